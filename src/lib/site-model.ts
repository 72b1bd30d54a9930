/**
 * The whole site, computed once per build: articles with their ordered sections,
 * topics with their sections, and every route. Pages call this and render; no
 * page queries a collection itself (Starlight utils/routing).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentProblems } from './content-checks';
import { listContentFiles } from './content-snapshot';
import { assertValidContent } from './invariants';
import { modifiedDate, updatedDate } from './modified-date';
import type { ArticleFacts, Disagreement, Person, Place, Source, TimelineEntry } from './schemas/analysis';
import { filterByTopic, sortTimeline } from './timeline';
import { byLabel, byOrder, groupByTopic, neighbours, newestFirst, uniqueInOrder } from './ordering';
import { isVisible, scheduledNotice } from './publishing';
import { contentDir } from './content-dir';
import { countWords, readingMinutes } from './reading-time';

export type ArticleEntry = CollectionEntry<'articles'>;
export type SectionEntry = CollectionEntry<'sections'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type ContextNoteEntry = CollectionEntry<'contextNotes'>;

export interface SectionModel {
  entry: SectionEntry;
  /** The stable id used in URLs and anchors. */
  id: string;
  article: ArticleModel;
  topic: TopicEntry;
  /** 1-based position in the article. */
  position: number;
  /** The "Context" note shown after the section, if the fact sheet has one. */
  contextNote?: ContextNoteEntry;
  previous?: SectionModel;
  next?: SectionModel;
}

export interface ArticleModel {
  entry: ArticleEntry;
  id: string;
  sections: SectionModel[];
  topics: TopicEntry[];
  readingMinutes: number;
  /** Date of the last change: the latest of `published`, `updated` and the corrections (src/lib/modified-date.ts). */
  modified: Date;
  /** What pages show as "Updated": the modified date when later than publication, else none (src/lib/modified-date.ts). */
  updated?: Date;
  /** Key facts and the short version, if content/key-facts.yaml has them. */
  facts?: ArticleFacts;
}

export interface TopicModel {
  entry: TopicEntry;
  id: string;
  /** Every visible section in the topic, newest article first, then reading order. */
  sections: SectionModel[];
  /** Context notes on this topic, with the section each follows. */
  contextNotes: { note: ContextNoteEntry; section: SectionModel }[];
  /** Timeline entries on this topic, oldest first. */
  timeline: TimelineEntry[];
}

/** The context layer, from content/*.yaml (transcribed from the fact sheet). */
export interface AnalysisModel {
  sources: Source[];
  /** Oldest first. */
  timeline: TimelineEntry[];
  people: Person[];
  /** The locator map's places, alphabetical by label; empty when there is no content/places.yaml. */
  places: Place[];
  disagreements: Disagreement[];
}

export interface SiteModel {
  articles: ArticleModel[];
  topics: TopicModel[];
  sections: SectionModel[];
  analysis: AnalysisModel;
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
  const [allArticles, allSections, topicEntries, sources, timeline, people, places, disagreements, keyFacts, contextNotes] = await Promise.all([
    getCollection('articles'),
    getCollection('sections'),
    getCollection('topics'),
    getCollection('sources'),
    getCollection('timeline'),
    getCollection('people'),
    getCollection('places'),
    getCollection('disagreements'),
    getCollection('keyFacts'),
    getCollection('contextNotes'),
  ]);

  // Every cross-file problem, structural and analytical, in one error (issue 6),
  // from the same function `npm run check:content` calls (issue 8).
  assertValidContent(
    contentProblems({
      contentDir: contentDir(),
      files: listContentFiles(contentDir()),
      articles: allArticles.map((a) => ({
        id: a.id,
        file: fileOf(a, `articles/${a.id}/index.mdx`),
        draft: a.data.draft,
        text: { title: a.data.title, dek: a.data.dek, summary: a.data.summary, conclusion: a.data.conclusion ?? '', body: a.body ?? '' },
      })),
      sections: allSections.map((s) => ({
        file: fileOf(s, `articles/${s.id}.mdx`),
        article: s.data.article.id,
        id: s.data.id,
        order: s.data.order,
        topic: s.data.topic.id,
        aliases: s.data.aliases,
        body: s.body ?? '',
        title: s.data.title,
        summary: s.data.summary,
      })),
      topicIds: topicEntries.map((t) => t.id),
      sourceIds: sources.map((s) => s.id),
      timeline: timeline.map((t) => ({ id: t.id, sources: t.data.sources, topic: t.data.topic })),
      people: people.map((p) => ({ id: p.id, sources: p.data.sources })),
      places: places.map((p) => ({ id: p.id, sources: p.data.sources })),
      disagreements: disagreements.map((d) => ({ id: d.id, article: d.data.article, topic: d.data.topic, sides: d.data.sides })),
      keyFacts: keyFacts.map((k) => ({ id: k.id, facts: k.data.facts, shortVersion: k.data.shortVersion })),
      contextNotes: contextNotes.map((n) => ({ file: fileOf(n, n.id), ...n.data, body: n.body ?? '' })),
    }),
  );
  const noteByKey = new Map(contextNotes.map((n) => [`${n.data.article}/${n.data.section}`, n]));
  const factsById = new Map(keyFacts.map((k) => [k.id, k.data]));

  const now = new Date();
  // Only `astro dev` shows drafts, whatever NODE_ENV says (src/lib/drafts-integration.ts).
  const includeDrafts = import.meta.env.EX_INCLUDE_DRAFTS === true;
  const topics = byOrder(topicEntries.map((t) => ({ entry: t, order: t.data.order }))).map((t) => t.entry);
  const topicById = new Map(topics.map((t) => [t.id, t]));

  if (!includeDrafts) {
    const scheduled = scheduledNotice(allArticles.map((a) => ({ id: a.id, draft: a.data.draft, published: a.data.published })), now);
    // Once per build: the model is computed once and shared by every page.
    if (scheduled) console.warn(`[explainer] ${scheduled}`);
  }
  const visible = newestFirst(
    allArticles.filter((a) => isVisible(a.data, { includeDrafts, now })),
    (a) => a.data.published,
    (a) => a.id,
  );

  // Grouped once: filtering all sections per article was O(articles × sections) (issue 7).
  const sectionEntriesByArticle = new Map<string, SectionEntry[]>();
  for (const s of allSections) {
    const list = sectionEntriesByArticle.get(s.data.article.id);
    if (list) list.push(s);
    else sectionEntriesByArticle.set(s.data.article.id, [s]);
  }

  const articles: ArticleModel[] = visible.map((entry) => {
    const own = byOrder((sectionEntriesByArticle.get(entry.id) ?? []).map((s) => ({ s, order: s.data.order })));
    const words = countWords(entry.body ?? '') + countWords(entry.data.conclusion ?? '') + own.reduce((n, { s }) => n + countWords(s.body ?? ''), 0);
    const article: ArticleModel = {
      entry,
      id: entry.id,
      sections: [],
      topics: [],
      readingMinutes: readingMinutes(words),
      modified: modifiedDate(entry.data),
      updated: updatedDate(entry.data),
      facts: factsById.get(entry.id),
    };
    article.sections = own.map(({ s }, i) => ({
      entry: s,
      id: s.data.id,
      article,
      topic: topicById.get(s.data.topic.id)!,
      position: i + 1,
      contextNote: noteByKey.get(`${entry.id}/${s.data.id}`),
    }));
    article.sections.forEach((section, i) => Object.assign(section, neighbours(article.sections, i)));
    article.topics = uniqueInOrder(article.sections.map((s) => s.topic));
    return article;
  });

  const sections = articles.flatMap((a) => a.sections);
  const sortedTimeline = sortTimeline(timeline.map((t) => t.data));
  const grouped = groupByTopic(
    topics.map((t) => t.id),
    sections,
    (s) => s.topic.id,
  );
  return {
    articles,
    sections,
    topics: topics.map((entry) => ({
      entry,
      id: entry.id,
      sections: grouped.get(entry.id) ?? [],
      contextNotes: sections.flatMap((s) => (s.contextNote?.data.topic === entry.id ? [{ note: s.contextNote, section: s }] : [])),
      timeline: filterByTopic(sortedTimeline, entry.id),
    })),
    analysis: {
      sources: sources.map((s) => s.data),
      timeline: sortedTimeline,
      people: people.map((p) => p.data),
      places: byLabel(places.map((p) => p.data), (p) => p.label),
      disagreements: disagreements.map((d) => d.data),
    },
  };
}
