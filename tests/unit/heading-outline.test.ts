import { describe, expect, it } from 'vitest';
import { checkOutline, headingsIn } from '../../src/lib/heading-outline';

const h = (level: number, text = `H${level}`) => ({ level, text });

describe('headingsIn', () => {
  it('reads levels and text in document order, tags and entities stripped', () => {
    const html = `<h1 class="t">Myanmar&#39;s <em>junta</em></h1><p>x</p>
      <h2 id="energy">Energy <a href="#energy"><span class="ex-visually-hidden">Section titled ‘Energy’</span></a></h2>
      <H3>Gas &amp; oil</H3><h6>&quot;Deep&quot;</h6><header>not a heading</header>`;
    expect(headingsIn(html)).toEqual([
      { level: 1, text: "Myanmar's junta" },
      { level: 2, text: 'Energy Section titled ‘Energy’' },
      { level: 3, text: 'Gas & oil' },
      { level: 6, text: '"Deep"' },
    ]);
  });
});

describe('checkOutline', () => {
  it('accepts one h1, steps down one level at a time and jumps back up', () => {
    expect(checkOutline([h(1), h(2), h(3), h(4), h(2), h(3), h(2)])).toEqual([]);
  });

  it('names a skipped level and the heading before it', () => {
    expect(checkOutline([h(1, 'Headline'), h(2, 'Contents'), h(4, 'Aside')])).toEqual(['h4 "Aside" follows h2 "Contents", skipping h3']);
  });

  it('requires the outline to start at h1', () => {
    expect(checkOutline([h(2, 'Site'), h(1, 'Headline')])).toEqual(['h2 "Site" is the first heading; the outline must start at h1']);
  });

  it('reports a page with no h1', () => {
    expect(checkOutline([])).toEqual(['the page has no h1']);
  });

  it('reports two h1 elements by name', () => {
    expect(checkOutline([h(1, 'A'), h(2), h(1, 'B')])).toEqual(['the page has 2 h1 elements (h1 "A", h1 "B"); it needs exactly one']);
  });
});
