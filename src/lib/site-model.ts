/**
 * The whole site, computed once per build: articles with their ordered sections,
 * topics with their sections, and every route. Pages call this and render; no
 * page queries a collection itself (Starlight utils/routing).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertValidContent, checkInvariants } from './invariants';
import { byOrder, groupByTopic, neighbours, newestFirst, uniqueInOrder } from './ordering';
import { isVisible } from './publishing';
import { countWords, readingMinutes } from './reading-time';

export type ArticleEntry = CollectionEntry<'articles'>;
export type SectionEntry = CollectionEntry<'sections'>;
export type TopicEntry = CollectionEntry<'topics'>;

export interface SectionModel {
  entry: SectionEntry;
  /** The stable id used in URLs and anchors. */
  id: string;
  article: ArticleModel;
  topic: TopicEntry;
  /** 1-based position in the article. */
  position: number;
  previous?: SectionModel;
  next?: SectionModel;
}

export interface ArticleModel {
  entry: ArticleEntry;
  id: string;
  sections: SectionModel[];
  topics: TopicEntry[];
  readingMinutes: number;
  /** Date shown as "updated": `updated` or else `published`. */
  modified: Date;
}

export interface TopicModel {
  entry: TopicEntry;
  id: string;
  /** Every visible section in the topic, newest article first, then reading order. */
  sections: SectionModel[];
}

export interface SiteModel {
  articles: ArticleModel[];
  topics: TopicModel[];
  sections: SectionModel[];
}

let cached: Promise<SiteModel> | undefined;

/** Builds the model once; later calls share the same promise. */
export function getSiteModel(): Promise<SiteModel> {
  cached ??= loadSiteModel();
  return cached;
}

function fileOf(entry: { id: string; filePath?: string }, fallback: string): string {
  return entry.filePath ?? fallback;
}

async function loadSiteModel(): Promise<SiteModel> {
  const [allArticles, allSections, topicEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('sections'),
    getCollection('topics'),
  ]);

  assertValidContent(
    checkInvariants({
      articles: allArticles.map((a) => ({ id: a.id, file: fileOf(a, `articles/${a.id}/index.mdx`) })),
      sections: allSections.map((s) => ({
        file: fileOf(s, `articles/${s.id}.mdx`),
        article: s.data.article.id,
        id: s.data.id,
        order: s.data.order,
        topic: s.data.topic.id,
        aliases: s.data.aliases,
        body: s.body ?? '',
      })),
      topicIds: topicEntries.map((t) => t.id),
    }),
  );

  const now = new Date();
  const includeDrafts = import.meta.env.DEV;
  const topics = byOrder(topicEntries.map((t) => ({ entry: t, order: t.data.order }))).map((t) => t.entry);
  const topicById = new Map(topics.map((t) => [t.id, t]));

  const visible = newestFirst(
    allArticles.filter((a) => isVisible(a.data, { includeDrafts, now })),
    (a) => a.data.published,
    (a) => a.id,
  );

  const articles: ArticleModel[] = visible.map((entry) => {
    const own = byOrder(allSections.filter((s) => s.data.article.id === entry.id).map((s) => ({ s, order: s.data.order })));
    const words = countWords(entry.body ?? '') + countWords(entry.data.conclusion ?? '') + own.reduce((n, { s }) => n + countWords(s.body ?? ''), 0);
    const article: ArticleModel = {
      entry,
      id: entry.id,
      sections: [],
      topics: [],
      readingMinutes: readingMinutes(words),
      modified: entry.data.updated ?? entry.data.published,
    };
    article.sections = own.map(({ s }, i) => ({
      entry: s,
      id: s.data.id,
      article,
      topic: topicById.get(s.data.topic.id)!,
      position: i + 1,
    }));
    article.sections.forEach((section, i) => Object.assign(section, neighbours(article.sections, i)));
    article.topics = uniqueInOrder(article.sections.map((s) => s.topic));
    return article;
  });

  const sections = articles.flatMap((a) => a.sections);
  const grouped = groupByTopic(
    topics.map((t) => t.id),
    sections,
    (s) => s.topic.id,
  );
  return {
    articles,
    sections,
    topics: topics.map((entry) => ({ entry, id: entry.id, sections: grouped.get(entry.id) ?? [] })),
  };
}
