/**
 * The head tags that make a shared link show the right card (issue 3, "Cards
 * that show the section"). Pure: the page passes its own values in, so a section
 * page can never fall back to the article's title or image by accident.
 *
 * Open Graph: https://ogp.me/ (og:*), https://ogp.me/#type_article (article:*).
 * X/Twitter reads og:* and needs only twitter:card beside them.
 */

export type PageKind = 'article' | 'section' | 'topic' | 'page';

export interface SeoImage {
  /** Absolute URL of the image. */
  url: string;
  width: number;
  height: number;
  /** What the image shows, for people who cannot see it. */
  alt: string;
}

export interface SeoInput {
  kind: PageKind;
  /** The page's own title: the headline, the section heading, the topic name. */
  title: string;
  /** For a section page: the headline of the article it belongs to (goes in <title> only). */
  articleTitle?: string;
  siteName: string;
  description: string;
  /** Absolute canonical URL of this page. */
  canonical: string;
  image?: SeoImage;
  /** Required for article and section pages. */
  published?: Date;
  /** Emitted as article:modified_time only when later than `published`. */
  modified?: Date;
  /** Topic name, emitted as article:section (article and section pages). */
  topic?: string;
}

export type HeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; name: string; content: string }
  | { tag: 'meta'; property: string; content: string }
  | { tag: 'link'; rel: string; href: string };

/** Separates the parts of a document title: "Energy – Headline | Site". */
export const TITLE_PART_SEPARATOR = ' – ';
export const TITLE_SITE_SEPARATOR = ' | ';

function fail(field: string, got: unknown, expected: string): never {
  throw new Error(`seoTags: ${field} ${expected}, got ${JSON.stringify(got)}`);
}

function assertAbsolute(field: string, value: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    fail(field, value, 'must be an absolute http(s) URL (build it with absoluteUrl() from src/lib/urls.ts)');
  }
}

/** The text of <title>: the page's own name first, the site last. */
export function documentTitle(input: Pick<SeoInput, 'kind' | 'title' | 'articleTitle' | 'siteName'>): string {
  const { kind, title, articleTitle, siteName } = input;
  if (kind === 'page' && title === siteName) return siteName;
  const own = kind === 'section' && articleTitle ? `${title}${TITLE_PART_SEPARATOR}${articleTitle}` : title;
  return `${own}${TITLE_SITE_SEPARATOR}${siteName}`;
}

/** Article and section pages: each must give its own share card and publication date. */
export function isArticleKind(kind: PageKind): boolean {
  return kind === 'article' || kind === 'section';
}

/** Every head tag for one page, in the order they are rendered. Throws on values that cannot work. */
export function seoTags(input: SeoInput): HeadTag[] {
  const { kind, title, siteName, description, canonical, image, published, modified, topic } = input;
  if (!['article', 'section', 'topic', 'page'].includes(kind)) fail('kind', kind, 'must be article, section, topic or page');
  if (title.trim() === '') fail('title', title, 'must not be empty');
  if (description.trim() === '') fail('description', description, `must not be empty (page "${title}")`);
  assertAbsolute('canonical', canonical);
  if (image) {
    assertAbsolute('image.url', image.url);
    if (!(image.width > 0 && image.height > 0)) fail('image width/height', [image.width, image.height], 'must be positive numbers');
    if (image.alt.trim() === '') fail('image.alt', image.alt, `must describe the image (page "${title}")`);
  }
  if (isArticleKind(kind)) {
    if (!published || Number.isNaN(published.getTime())) fail('published', published, `is required for ${kind} pages ("${title}")`);
    if (!image) fail('image', image, `is required for ${kind} pages ("${title}")`);
  }

  const tags: HeadTag[] = [
    { tag: 'title', text: documentTitle(input) },
    { tag: 'meta', name: 'description', content: description },
    { tag: 'link', rel: 'canonical', href: canonical },
    { tag: 'meta', property: 'og:type', content: isArticleKind(kind) ? 'article' : 'website' },
    { tag: 'meta', property: 'og:title', content: title },
    { tag: 'meta', property: 'og:description', content: description },
    { tag: 'meta', property: 'og:url', content: canonical },
    { tag: 'meta', property: 'og:site_name', content: siteName },
  ];
  if (image) {
    tags.push(
      { tag: 'meta', property: 'og:image', content: image.url },
      { tag: 'meta', property: 'og:image:width', content: String(image.width) },
      { tag: 'meta', property: 'og:image:height', content: String(image.height) },
      { tag: 'meta', property: 'og:image:alt', content: image.alt },
    );
  }
  if (isArticleKind(kind) && published) {
    tags.push({ tag: 'meta', property: 'article:published_time', content: published.toISOString() });
    if (modified && modified.getTime() > published.getTime()) {
      tags.push({ tag: 'meta', property: 'article:modified_time', content: modified.toISOString() });
    }
    if (topic) tags.push({ tag: 'meta', property: 'article:section', content: topic });
  }
  // Without an image a large card would be an empty box; "summary" shows the text only.
  tags.push({ tag: 'meta', name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' });
  return tags;
}
