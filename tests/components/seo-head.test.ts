import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, it } from 'vitest';
import SeoHead from '../../src/components/SeoHead.astro';

it('renders the head tags with escaped values', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(SeoHead, {
    props: {
      kind: 'article',
      title: 'Tom & Jerry say "hi"',
      siteName: 'Explainer',
      description: 'A <b> test.',
      canonical: 'https://x.org/articles/a/',
      image: { url: 'https://x.org/og/articles/a.png', width: 1200, height: 630, alt: 'Card' },
      published: new Date('2026-11-27T00:00:00Z'),
      topic: 'Energy',
    },
  });
  expect(html).toContain('<title>Tom &amp; Jerry say &quot;hi&quot; | Explainer</title>');
  expect(html).toContain('<meta name="description" content="A <b> test.">');
  expect(html).toContain('<link rel="canonical" href="https://x.org/articles/a/">');
  expect(html).toContain('<meta property="og:type" content="article">');
  expect(html).toContain('<meta property="og:title" content="Tom &amp; Jerry say &quot;hi&quot;">');
  expect(html).toContain('<meta property="og:image:width" content="1200">');
  expect(html).toContain('<meta property="article:section" content="Energy">');
  expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
  expect(html).not.toContain('article:modified_time');
});
