import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Corrections from '../../src/components/Corrections.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('Corrections', () => {
  it('lists each correction with its date, oldest first, under a "Corrections" heading', async () => {
    const html = await container.renderToString(Corrections, {
      props: {
        corrections: [
          { date: new Date('2026-12-03'), text: 'Second fix.' },
          { date: new Date('2026-12-01'), text: 'First fix.' },
        ],
      },
    });
    const root = parse(html);
    expect(root.querySelector('section')!.getAttribute('aria-labelledby')).toBe('corrections');
    expect(root.querySelector('h2#corrections')!.text).toBe('Corrections');
    const items = root.querySelectorAll('li');
    expect(items.map((li) => li.text.trim())).toEqual(['1 December 2026: First fix.', '3 December 2026: Second fix.']);
    expect(items[0].querySelector('time')!.getAttribute('datetime')).toBe('2026-12-01');
  });
  it('renders nothing without corrections', async () => {
    const html = await container.renderToString(Corrections, { props: { corrections: [] } });
    expect(html.trim()).toBe('');
  });
});
