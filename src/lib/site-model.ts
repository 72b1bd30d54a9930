/**
 * The whole site, computed once per build: articles with their ordered sections,
 * topics with their sections, and every route. Pages call this and render; no
 * page queries a collection itself (Starlight utils/routing). This file reads
 * the collections and stops the build on bad content; what the model holds is
 * decided in src/lib/site-model-build.ts, pure and unit-tested.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentProblems } from './content-checks';
import { listContentFiles } from './content-snapshot';
import { assertValidContent } from './invariants';
import type { ArticleFacts, Disagreement, Person, Place, Source, TimelineEntry } from './schemas/analysis';
import { scheduledNotice } from './publishing';
import { contentDir } from './content-dir';
import { buildSiteModel, contentSnapshotOf } from './site-model-build';

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

/** Every collection the site model is built from, as `getCollection()` returns them. */
export interface SiteCollections {
  articles: ArticleEntry[];
  sections: SectionEntry[];
  topics: TopicEntry[];
  sources: CollectionEntry<'sources'>[];
  timeline: CollectionEntry<'timeline'>[];
  people: CollectionEntry<'people'>[];
  places: CollectionEntry<'places'>[];
  disagreements: CollectionEntry<'disagreements'>[];
  keyFacts: CollectionEntry<'keyFacts'>[];
  contextNotes: ContextNoteEntry[];
}

async function loadSiteModel(): Promise<SiteModel> {
  const [articles, sections, topics, sources, timeline, people, places, disagreements, keyFacts, contextNotes] = await Promise.all([
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
  const collections: SiteCollections = { articles, sections, topics, sources, timeline, people, places, disagreements, keyFacts, contextNotes };

  // Every cross-file problem, structural and analytical, in one error (issue 6),
  // from the same function `npm run check:content` calls (issue 8).
  assertValidContent(contentProblems(contentSnapshotOf(collections, contentDir(), listContentFiles(contentDir()))));

  const now = new Date();
  // Only `astro dev` shows drafts, whatever NODE_ENV says (src/lib/drafts-integration.ts).
  const includeDrafts = import.meta.env.EX_INCLUDE_DRAFTS === true;
  if (!includeDrafts) {
    const scheduled = scheduledNotice(articles.map((a) => ({ id: a.id, draft: a.data.draft, published: a.data.published })), now);
    // Once per build: the model is computed once and shared by every page.
    if (scheduled) console.warn(`[explainer] ${scheduled}`);
  }
  return buildSiteModel(collections, { now, includeDrafts });
}
