import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import AliasRedirect from '../../src/components/AliasRedirect.astro';

const strip = (html: string) => html.replace(/\s*data-astro-[a-z-]+(="[^"]*")?/g, '').replace(/>\s+</g, '><');

describe('AliasRedirect', () => {
  it('refreshes to, canonicalises and links the current section page', async () => {
    const container = await AstroContainer.create();
    const html = strip(await container.renderToString(AliasRedirect, { props: { to: 'https://x.org/articles/a/power/', title: 'Power & fuel' }, partial: false }));
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=https://x.org/articles/a/power/">');
    expect(html).toContain('<link rel="canonical" href="https://x.org/articles/a/power/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<title>Moved: Power &amp; fuel</title>');
    expect(html).toContain('<h1>Moved: Power &amp; fuel</h1><p>This section has a new address: <a href="https://x.org/articles/a/power/">Power &amp; fuel</a>.</p>');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/i);
  });

  it('says what it sends the reader to when it is not a section: the page title and the sentence are given', async () => {
    const container = await AstroContainer.create();
    const html = strip(
      await container.renderToString(AliasRedirect, {
        props: { to: 'https://x.org/', href: '/', title: 'The explainer', pageTitle: 'Articles | The explainer', heading: 'Articles', lead: 'The articles are listed on the home page:' },
        partial: false,
      }),
    );
    expect(html).toContain('<title>Articles | The explainer</title>');
    expect(html).toContain('<h1>Articles</h1>');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/">');
    expect(html).toContain('<p>The articles are listed on the home page: <a href="/">The explainer</a>.</p>');
  });

  it('refuses a relative target', async () => {
    const container = await AstroContainer.create();
    await expect(container.renderToString(AliasRedirect, { props: { to: '/articles/a/power/', title: 'Power' } })).rejects.toThrow(
      'AliasRedirect: "to" must be an absolute URL, got "/articles/a/power/" for "Power"',
    );
  });
});
