import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import CopyLink from '../../src/components/CopyLink.astro';

const strip = (html: string) => html.replace(/\s*data-astro-[a-z-]+(="[^"]*")?/g, '').replace(/>\s+</g, '><');

describe('CopyLink', () => {
  it('is a plain absolute link with hidden buttons and a polite live region when JS is off', async () => {
    const container = await AstroContainer.create();
    const html = strip(await container.renderToString(CopyLink, { props: { url: 'https://x.org/sub/articles/a/energy/', title: 'Energy & power' } }));
    const element = html.match(/<ex-copy-link[\s\S]*<\/ex-copy-link>/)![0];
    expect(element).toBe(
      '<ex-copy-link class="ex-copy-link" data-url="https://x.org/sub/articles/a/energy/" data-title="Energy &amp; power" data-copied="Link copied" data-failed="Could not copy; the link is shown instead">' +
        '<a class="ex-copy-link__control" href="https://x.org/sub/articles/a/energy/">Link to this section<span class="ex-visually-hidden"> for Energy &amp; power</span></a>' +
        '<button class="ex-copy-link__control" type="button" data-copy hidden>Copy link<span class="ex-visually-hidden"> for Energy &amp; power</span></button>' +
        '<button class="ex-copy-link__control" type="button" data-share hidden>Share<span class="ex-visually-hidden"> for Energy &amp; power</span></button>' +
        '<span class="ex-copy-link__status" role="status" aria-live="polite"></span>' +
        '</ex-copy-link>',
    );
    // No inline script: the enhancement is a bundled module, allowed by a hash-based CSP.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>[^<]+<\/script>/);
  });

  it('links to a base-relative page, keeps the link visible and copies the absolute URL', async () => {
    const container = await AstroContainer.create();
    const html = strip(
      await container.renderToString(CopyLink, {
        props: { url: 'https://x.org/sub/articles/a/energy/', href: '/sub/articles/a/energy/', title: 'Energy', linkText: 'Section permalink', keepLink: true },
      }),
    );
    expect(html).toContain('data-url="https://x.org/sub/articles/a/energy/"');
    expect(html).toContain('data-keep-link');
    expect(html).toContain('<a class="ex-copy-link__control" href="/sub/articles/a/energy/">Section permalink<span class="ex-visually-hidden"> for Energy</span></a>');
  });

  it('refuses a relative URL', async () => {
    const container = await AstroContainer.create();
    await expect(container.renderToString(CopyLink, { props: { url: '/articles/a/energy/', title: 'Energy' } })).rejects.toThrow(
      'CopyLink: "url" must be an absolute http(s) URL (use absolute() from src/lib/links.ts), got "/articles/a/energy/" for "Energy"',
    );
  });
});
