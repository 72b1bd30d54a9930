import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import EntryBody from '../../src/components/EntryBody.astro';
import SiteHeader from '../../src/components/SiteHeader.astro';
import { createCitationRegistry } from '../../src/lib/citations';
import { CITE_PLACEHOLDER_TAG } from '../../src/lib/citations-html';
import type { Source } from '../../src/lib/schemas/analysis';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('SiteHeader', () => {
  const render = async (path: string) => parse(await container.renderToString(SiteHeader, { request: new Request(`http://localhost${path}`) }));

  it('links home, topics and search in a navigation landmark named Site', async () => {
    const nav = (await render('/articles/a/')).querySelector('nav[aria-label="Site"]')!;
    expect(nav.querySelectorAll('a').map((a) => [a.text.trim(), a.getAttribute('href')])).toEqual([
      ['Articles', '/'],
      ['Topics', '/topics/'],
      ['Search', '/search/'],
    ]);
  });

  it('marks the link to the page the reader is on with aria-current, and no other', async () => {
    const current = async (path: string) => (await render(path)).querySelectorAll('nav a[aria-current="page"]').map((a) => a.text.trim());
    expect(await current('/topics/')).toEqual(['Topics']);
    expect(await current('/search/')).toEqual(['Search']);
    expect(await current('/')).toEqual(['Articles']);
    expect(await current('/topics/energy/')).toEqual([]);
  });
});

describe('EntryBody', () => {
  const sources: Source[] = [{ id: 'V3', title: 'Meeting', publisher: 'AP', url: 'https://example.org/v3', kind: 'wire' }];
  const entry = (html: string) => ({ id: 'a/energy', collection: 'sections', filePath: 'content/articles/a/02-energy.mdx', rendered: { html } });
  const cite = `<${CITE_PLACEHOLDER_TAG} data-ids="V3"></${CITE_PLACEHOLDER_TAG}>`;

  it('numbers each citation from the page’s registry, bound to the word before it, and keeps the body’s links', async () => {
    const html = await container.renderToString(EntryBody, {
      props: { entry: entry(`<p>Putin met him ${cite}. See <a href="/topics/energy/">Energy</a>.</p>`) },
      locals: { citations: createCitationRegistry(sources, ['V3']) },
    });
    const p = parse(html).querySelector('p')!;
    expect(p.querySelector('sup.ex-cite a')?.getAttribute('href')).toBe('#ref-1');
    expect(p.innerHTML).toMatch(/him&#xA0;<sup/);
    expect(p.querySelector('a[href="/topics/energy/"]')?.text).toBe('Energy');
    expect(html).not.toContain(CITE_PLACEHOLDER_TAG);
  });

  it('moves subheadings down a level when asked', async () => {
    const html = await container.renderToString(EntryBody, { props: { entry: entry('<h2 id="x">Sub</h2><p>T.</p>'), headingOffset: 1 }, locals: { citations: createCitationRegistry(sources, []) } });
    expect(parse(html).querySelector('h3#x')?.text).toBe('Sub');
  });

  it('names the file when the entry has no rendered body', async () => {
    await expect(container.renderToString(EntryBody, { props: { entry: { id: 'a/energy', collection: 'sections', filePath: 'content/articles/a/02-energy.mdx' } } })).rejects.toThrow(
      'content/articles/a/02-energy.mdx',
    );
  });
});
