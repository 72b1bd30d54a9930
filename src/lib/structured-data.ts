/**
 * JSON-LD for search engines and link previews (issue 3): NewsArticle on article
 * pages, BreadcrumbList on article, section and topic pages. Typed with
 * schema-dts so a misspelt property fails `astro check`.
 * Google's field guide: https://developers.google.com/search/docs/appearance/structured-data/article
 */
import type { BreadcrumbList, NewsArticle, Organization, Person, WithContext } from 'schema-dts';

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

export interface JsonLdImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
}

export interface NewsArticleInput {
  headline: string;
  description: string;
  /** Absolute canonical URL of the page the data describes. */
  url: string;
  datePublished: Date;
  /** Defaults to datePublished: Google asks for both. */
  dateModified?: Date;
  /** A byline such as "Explainer desk" names a desk, so Organization is the default. */
  author: { name: string; type?: 'Person' | 'Organization'; url?: string };
  publisher: { name: string; url: string; logo?: JsonLdImage };
  image: JsonLdImage;
  /** Topic names; one becomes a string, several an array. */
  sections: readonly string[];
  /** For a section page: the article it is part of. */
  isPartOf?: { headline: string; url: string };
}

function assertAbsolute(where: string, url: string): void {
  if (!/^https?:\/\//.test(url)) {
    throw new Error(`structured-data: ${where} must be an absolute http(s) URL (use absoluteUrl() from src/lib/urls.ts), got "${url}"`);
  }
}

export function newsArticle(input: NewsArticleInput): WithContext<NewsArticle> {
  assertAbsolute('url', input.url);
  assertAbsolute('image.url', input.image.url);
  assertAbsolute('publisher.url', input.publisher.url);
  if (input.sections.length === 0) throw new Error(`structured-data: "${input.headline}" has no sections (topic names) for articleSection`);
  const author: Person | Organization =
    input.author.type === 'Person'
      ? { '@type': 'Person', name: input.author.name, ...(input.author.url ? { url: input.author.url } : {}) }
      : { '@type': 'Organization', name: input.author.name, ...(input.author.url ? { url: input.author.url } : {}) };
  const publisher: Organization = {
    '@type': 'Organization',
    name: input.publisher.name,
    url: input.publisher.url,
    ...(input.publisher.logo
      ? { logo: { '@type': 'ImageObject', url: input.publisher.logo.url, width: `${input.publisher.logo.width}`, height: `${input.publisher.logo.height}` } }
      : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: input.datePublished.toISOString(),
    dateModified: (input.dateModified ?? input.datePublished).toISOString(),
    author: [author],
    publisher,
    image: [{ '@type': 'ImageObject', url: input.image.url, width: `${input.image.width}`, height: `${input.image.height}` }],
    articleSection: input.sections.length === 1 ? input.sections[0] : [...input.sections],
    ...(input.isPartOf ? { isPartOf: { '@type': 'NewsArticle', headline: input.isPartOf.headline, url: input.isPartOf.url } } : {}),
  };
}

export function breadcrumbList(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
  if (crumbs.length === 0) throw new Error('structured-data: a breadcrumb list needs at least one item');
  crumbs.forEach((c, i) => assertAbsolute(`breadcrumb ${i + 1} ("${c.name}")`, c.url));
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/** Home › Article [› Section]. */
export function articleCrumbs(p: { home: Crumb; article: Crumb; section?: Crumb }): Crumb[] {
  return p.section ? [p.home, p.article, p.section] : [p.home, p.article];
}

/**
 * JSON for a <script type="application/ld+json">. `<` becomes \u003c so text such
 * as "</script>" in a headline cannot close the element; U+2028/2029 are escaped
 * because some older parsers treat them as line ends. The result is still valid
 * JSON that parses back to the same value.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface StoryPageInput {
  /** The article, with its absolute URL; its dates and byline serve its sections too. */
  article: { title: string; url: string; byline: string; published: Date; modified: Date };
  /** On a section page: the section, with its absolute URL. */
  section?: { title: string; url: string };
  description: string;
  /** Topic names, for articleSection. */
  topics: readonly string[];
  image: JsonLdImage;
  /** The site: its name and absolute home URL, also the breadcrumb's first step. */
  publisher: { name: string; url: string };
}

/**
 * The two blocks an article or section page carries: its NewsArticle (a
 * section's is part of its article's) and Home › Article [› Section].
 */
export function storyJsonLd(p: StoryPageInput): [WithContext<NewsArticle>, WithContext<BreadcrumbList>] {
  const page = p.section ?? { title: p.article.title, url: p.article.url };
  const article = { name: p.article.title, url: p.article.url };
  return [
    newsArticle({
      headline: page.title,
      description: p.description,
      url: page.url,
      datePublished: p.article.published,
      dateModified: p.article.modified,
      author: { name: p.article.byline },
      publisher: p.publisher,
      image: p.image,
      sections: p.topics,
      ...(p.section ? { isPartOf: { headline: p.article.title, url: p.article.url } } : {}),
    }),
    breadcrumbList(articleCrumbs({ home: { name: 'Home', url: p.publisher.url }, article, ...(p.section ? { section: { name: p.section.title, url: p.section.url } } : {}) })),
  ];
}
