import { describe, expect, it } from 'vitest';
import { documentTitle, seoTags, type SeoInput } from '../../src/lib/seo';

const image = { url: 'https://x.org/og/articles/a/energy.png', width: 1200, height: 630, alt: 'Card: Energy' };
const section: SeoInput = {
  kind: 'section',
  title: 'Economic and Energy Cooperation',
  articleTitle: 'Junta Chief Visits Russia',
  siteName: 'Explainer',
  description: 'A nuclear plant and a port.',
  canonical: 'https://x.org/articles/a/energy/',
  image,
  published: new Date('2026-11-27T00:00:00Z'),
  modified: new Date('2026-11-28T09:30:00Z'),
  topic: 'Energy',
};

describe('seoTags', () => {
  it('gives a section page its own values, in order', () => {
    expect(seoTags(section)).toEqual([
      { tag: 'title', text: 'Economic and Energy Cooperation – Junta Chief Visits Russia | Explainer' },
      { tag: 'meta', name: 'description', content: 'A nuclear plant and a port.' },
      { tag: 'link', rel: 'canonical', href: 'https://x.org/articles/a/energy/' },
      { tag: 'meta', property: 'og:type', content: 'article' },
      { tag: 'meta', property: 'og:title', content: 'Economic and Energy Cooperation' },
      { tag: 'meta', property: 'og:description', content: 'A nuclear plant and a port.' },
      { tag: 'meta', property: 'og:url', content: 'https://x.org/articles/a/energy/' },
      { tag: 'meta', property: 'og:site_name', content: 'Explainer' },
      { tag: 'meta', property: 'og:image', content: 'https://x.org/og/articles/a/energy.png' },
      { tag: 'meta', property: 'og:image:width', content: '1200' },
      { tag: 'meta', property: 'og:image:height', content: '630' },
      { tag: 'meta', property: 'og:image:alt', content: 'Card: Energy' },
      { tag: 'meta', property: 'article:published_time', content: '2026-11-27T00:00:00.000Z' },
      { tag: 'meta', property: 'article:modified_time', content: '2026-11-28T09:30:00.000Z' },
      { tag: 'meta', property: 'article:section', content: 'Energy' },
      { tag: 'meta', name: 'twitter:card', content: 'summary_large_image' },
    ]);
  });

  it('omits article:modified_time when the article was never updated', () => {
    const props = (i: SeoInput) => seoTags(i).flatMap((t) => ('property' in t ? [t.property] : []));
    expect(props({ ...section, modified: undefined })).not.toContain('article:modified_time');
    expect(props({ ...section, modified: section.published })).not.toContain('article:modified_time');
  });

  it('marks topic pages as websites without article:* tags', () => {
    const tags = seoTags({ kind: 'topic', title: 'Energy', siteName: 'Explainer', description: 'Power.', canonical: 'https://x.org/topics/energy/', image, topic: 'Energy', published: new Date() });
    expect(tags.find((t) => 'property' in t && t.property === 'og:type')).toEqual({ tag: 'meta', property: 'og:type', content: 'website' });
    expect(tags.filter((t) => 'property' in t && t.property.startsWith('article:'))).toEqual([]);
    expect(tags[0]).toEqual({ tag: 'title', text: 'Energy | Explainer' });
  });

  it('falls back to a summary card without an image', () => {
    const tags = seoTags({ kind: 'page', title: 'Topics', siteName: 'Explainer', description: 'All topics.', canonical: 'https://x.org/topics/' });
    expect(tags.at(-1)).toEqual({ tag: 'meta', name: 'twitter:card', content: 'summary' });
    expect(tags.some((t) => 'property' in t && t.property === 'og:image')).toBe(false);
  });

  it('does not repeat the site name on the home page', () => {
    expect(documentTitle({ kind: 'page', title: 'Explainer', siteName: 'Explainer' })).toBe('Explainer');
    expect(documentTitle({ kind: 'article', title: 'Headline', siteName: 'Explainer' })).toBe('Headline | Explainer');
  });

  it('throws a message naming the bad value', () => {
    expect(() => seoTags({ ...section, canonical: '/articles/a/energy/' })).toThrow(
      'seoTags: canonical must be an absolute http(s) URL (build it with absoluteUrl() from src/lib/urls.ts), got "/articles/a/energy/"',
    );
    expect(() => seoTags({ ...section, image: undefined })).toThrow('seoTags: image is required for section pages ("Economic and Energy Cooperation")');
    expect(() => seoTags({ ...section, published: undefined })).toThrow('published is required for section pages');
    expect(() => seoTags({ ...section, image: { ...image, alt: ' ' } })).toThrow('image.alt must describe the image');
  });
});
