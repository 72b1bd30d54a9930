import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingLinks } from '../../src/lib/rehype-heading-links';
import { rehypePrefixIds } from '../../src/lib/rehype-prefix-ids';

// The same plugin order as astro.config.ts, with this plugin appended.
async function render(markdown: string, frontmatter: Record<string, unknown> = { id: 'energy' }): Promise<string> {
  const processor = unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeHeadingIds, rehypePrefixIds, rehypeHeadingLinks], smartypants: false });
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  return (await renderer.render(markdown, { frontmatter })).code;
}

const ICON =
  '<svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1"></path><path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1"></path></svg>';

describe('rehypeHeadingLinks', () => {
  it('puts a named link after each h2–h4, pointing at the prefixed id', async () => {
    const html = await render('## Power *plants*\n\ntext\n\n#### Costs');
    expect(html).toBe(
      '<div class="ex-heading ex-heading--h2"><h2 id="energy--power-plants">Power <em>plants</em></h2>' +
        `<a class="ex-heading-anchor" href="#energy--power-plants">${ICON}<span class="ex-visually-hidden">Link to section: Power plants</span></a></div>\n` +
        '<p>text</p>\n' +
        '<div class="ex-heading ex-heading--h4"><h4 id="energy--costs">Costs</h4>' +
        `<a class="ex-heading-anchor" href="#energy--costs">${ICON}<span class="ex-visually-hidden">Link to section: Costs</span></a></div>`,
    );
  });

  it('leaves h1, h5, h6 and the hidden footnotes heading alone', async () => {
    const html = await render('# Top\n\n##### Small\n\nA claim.[^1]\n\n[^1]: Source.');
    expect(html).not.toContain('ex-heading-anchor');
    expect(html).toContain('<h2 class="sr-only" id="energy--footnote-label">Footnotes</h2>');
  });

  it('does not wrap twice when run twice', async () => {
    const processor = unified({ rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks, rehypeHeadingLinks] });
    const html = (await (await processor.createRenderer({ syntaxHighlight: false })).render('## Once')).code;
    expect(html.match(/ex-heading-anchor"/g)).toHaveLength(1);
  });

  it('accepts other levels and labels', async () => {
    const processor = unified({ rehypePlugins: [rehypeHeadingIds, [rehypeHeadingLinks, { levels: [3], label: (t: string) => `Section titled ‘${t}’` }]] });
    const html = (await (await processor.createRenderer({ syntaxHighlight: false })).render('## Two\n\n### Three')).code;
    expect(html).toContain('<h2 id="two">Two</h2>\n<div class="ex-heading ex-heading--h3">');
    expect(html).toContain('<span class="ex-visually-hidden">Section titled ‘Three’</span>');
  });
});
