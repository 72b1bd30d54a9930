import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import HeadingAnchor from '../../src/components/HeadingAnchor.astro';
import { rehypeHeadingLinks } from '../../src/lib/rehype-heading-links';

const strip = (html: string) => html.replace(/\s*data-astro-[a-z-]+(="[^"]*")?/g, '').replace(/>\s+</g, '><');

describe('HeadingAnchor', () => {
  it('renders a named link to the heading id', async () => {
    const container = await AstroContainer.create();
    const html = strip(await container.renderToString(HeadingAnchor, { props: { id: 'energy', title: 'Economic & Energy Cooperation' } }));
    expect(html).toMatch(/^<a class="ex-heading-anchor" href="#energy"><svg aria-hidden="true" focusable="false"/);
    expect(html).toContain('<span class="ex-visually-hidden">Link to section: Economic &amp; Energy Cooperation</span></a>');
    expect(html).not.toMatch(/>#</);
  });

  it('renders the same link markup as the rehype plugin', async () => {
    const container = await AstroContainer.create();
    const component = strip(await container.renderToString(HeadingAnchor, { props: { id: 'costs', title: 'Costs' } }));
    const renderer = await unified({ rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks] }).createRenderer({ syntaxHighlight: false });
    const plugin = (await renderer.render('## Costs')).code.match(/<a class="ex-heading-anchor".*<\/a>/)![0];
    expect(component).toBe(plugin);
  });

  it('fails loudly on a bad id', async () => {
    const container = await AstroContainer.create();
    await expect(container.renderToString(HeadingAnchor, { props: { id: '#energy', title: 'Energy' } })).rejects.toThrow(
      'HeadingAnchor: "id" must be a heading id without spaces or "#", got "#energy" (heading "Energy")',
    );
  });
});
