/**
 * The cards at /og/articles/<article>.png and /og/articles/<article>/<section>.png,
 * one per topic at /og/topics/<topic>.png, and the site's own at /og/site.png for
 * every other page (home, the topic index, timeline, places and people, search).
 * The build writes them from a list (createOgManifestEndpoint, og-integration.ts);
 * `astro dev` draws each on request (createOgEndpoint). The route files only re-export:
 *
 *   // src/routes/og-card.png.ts
 *   export const { getStaticPaths, GET } = createOgEndpoint({ siteName: SITE_NAME });
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { topicLine } from './labels';
import type { OgManifestEntry } from './og-integration';
import { createOgImageCache, type OgCardInput, type OgImageCache } from './og-image';
import type { SiteModel } from './site-model';
import { articlePath, homePath, sectionPath, topicPath } from './urls';

export interface OgArticleFacts {
  id: string;
  title: string;
  /** Topic names of the article's sections, in reading order, no repeats. */
  topics: readonly string[];
  sections: readonly { id: string; title: string; topic: string }[];
}

/** The `slug` param: "articles/<a>" or "articles/<a>/<s>". */
export function ogSlug(articleId: string, sectionId?: string): string {
  return sectionId ? `articles/${articleId}/${sectionId}` : `articles/${articleId}`;
}

/** Site path of a card (pass it through withBase/absoluteUrl for og:image). */
export function ogImagePath(articleId: string, sectionId?: string): string {
  return `/og/${ogSlug(articleId, sectionId)}.png`;
}

/** og:image:alt for a card: what the picture says, in words. */
export function ogImageAlt(card: OgCardInput): string {
  const topic = card.topic ? ` (${card.topic})` : '';
  return card.sectionTitle
    ? `${card.siteName}: “${card.sectionTitle}”${topic}, a section of “${card.articleTitle}”`
    : `${card.siteName}: “${card.articleTitle}”${topic}`;
}

/** Shown at the foot of the card: the page's address without the scheme. */
export function footerUrl(absolute: string): string {
  return absolute.replace(/^https?:\/\//, '');
}

export interface OgTopicFacts {
  id: string;
  name: string;
  /** What the topic covers (content/topics.yaml), under its name on the card. */
  description: string;
}

/** The slug of the site's own card, for pages that are not an article, a section or a topic. */
export const OG_SITE_SLUG = 'site';

export function ogTopicSlug(topicId: string): string {
  return `topics/${topicId}`;
}

/** Site path of a topic's card. */
export function ogTopicImagePath(topicId: string): string {
  return `/og/${ogTopicSlug(topicId)}.png`;
}

/** Site path of the site's own card. */
export function ogSiteImagePath(): string {
  return `/og/${OG_SITE_SLUG}.png`;
}

/** og:image:alt of a topic's card. */
export function ogTopicImageAlt(siteName: string, topic: Pick<OgTopicFacts, 'name' | 'description'>): string {
  return `${siteName}: the topic “${topic.name}”. ${topic.description}`;
}

/** og:image:alt of the site's own card. */
export function ogSiteImageAlt(siteName: string, tagline: string): string {
  return `${siteName}: ${tagline}`;
}

export interface OgRoute {
  params: { slug: string };
  props: { card: OgCardInput };
}

/** One card per article and per section. */
export function ogRoutes(articles: readonly OgArticleFacts[], options: { siteName: string; absolute: (path: string) => string }): OgRoute[] {
  return articles.flatMap((a) => [
    {
      params: { slug: ogSlug(a.id) },
      props: { card: { siteName: options.siteName, articleTitle: a.title, topic: topicLine(a.topics), footer: footerUrl(options.absolute(articlePath(a.id))) } },
    },
    ...a.sections.map((s) => ({
      params: { slug: ogSlug(a.id, s.id) },
      props: { card: { siteName: options.siteName, articleTitle: a.title, sectionTitle: s.title, topic: s.topic, footer: footerUrl(options.absolute(sectionPath(a.id, s.id))) } },
    })),
  ]);
}

/** The site's own card (its name and tagline) and one card per topic (its name and what it covers). */
export function ogSiteRoutes(topics: readonly OgTopicFacts[], options: { siteName: string; tagline: string; absolute: (path: string) => string }): OgRoute[] {
  return [
    { params: { slug: OG_SITE_SLUG }, props: { card: { siteName: options.siteName, articleTitle: options.tagline, footer: footerUrl(options.absolute(homePath())) } } },
    ...topics.map((t) => ({
      params: { slug: ogTopicSlug(t.id) },
      props: { card: { siteName: options.siteName, articleTitle: t.description, sectionTitle: t.name, topic: 'Topic', footer: footerUrl(options.absolute(topicPath(t.id))) } },
    })),
  ];
}

export function ogTopicFactsFromModel(model: Pick<SiteModel, 'topics'>): OgTopicFacts[] {
  return model.topics.map((t) => ({ id: t.id, name: t.entry.data.name, description: t.entry.data.description }));
}

/** Every card of the site: articles and sections, then the site's own and the topics'. */
function allOgRoutes(model: Pick<SiteModel, 'articles' | 'topics'>, options: { siteName: string; tagline: string; absolute: (path: string) => string }): OgRoute[] {
  return [...ogRoutes(ogFactsFromModel(model), options), ...ogSiteRoutes(ogTopicFactsFromModel(model), options)];
}

export function ogFactsFromModel(model: Pick<SiteModel, 'articles'>): OgArticleFacts[] {
  return model.articles.map((a) => ({
    id: a.id,
    title: a.entry.data.title,
    topics: a.topics.map((t) => t.data.name),
    sections: a.sections.map((s) => ({ id: s.id, title: s.entry.data.title, topic: s.topic.data.name })),
  }));
}

export function createOgEndpoint(options: { siteName: string; tagline: string; absolute?: (path: string) => string; cache?: OgImageCache }): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute;
} {
  const cache = options.cache ?? createOgImageCache();
  return {
    getStaticPaths: async () => {
      // Imported here so this module loads without astro:content (unit tests).
      const [{ getSiteModel }, { absolute }] = await Promise.all([import('./site-model'), import('./links')]);
      return allOgRoutes(await getSiteModel(), { siteName: options.siteName, tagline: options.tagline, absolute: options.absolute ?? absolute });
    },
    GET: async ({ props }) => {
      const { png } = await cache.get((props as OgRoute['props']).card);
      return new Response(new Uint8Array(png), {
        headers: { 'Content-Type': 'image/png' },
      });
    },
  };
}

/** Every card as the build's list: the PNG's output path and its inputs. */
export function ogManifest(routes: readonly OgRoute[]): OgManifestEntry[] {
  return routes.map((r) => ({ file: `og/${r.params.slug}.png`, card: r.props.card }));
}

/** The build's /og/cards.json (og-integration.ts writes the PNGs from it). */
export function createOgManifestEndpoint(options: { siteName: string; tagline: string; absolute?: (path: string) => string }): { GET: APIRoute } {
  return {
    GET: async () => {
      const [{ getSiteModel }, { absolute }] = await Promise.all([import('./site-model'), import('./links')]);
      const routes = allOgRoutes(await getSiteModel(), { siteName: options.siteName, tagline: options.tagline, absolute: options.absolute ?? absolute });
      return new Response(JSON.stringify(ogManifest(routes)), { headers: { 'Content-Type': 'application/json' } });
    },
  };
}
