/**
 * The site model from the collections, pure: which articles are shown and in
 * what order, each article's sections with their positions and neighbours, the
 * context note after each section, each topic's sections, notes and timeline,
 * and the context layer's ordering. src/lib/site-model.ts reads the collections
 * and calls this once per build; tests/unit/site-model-build.test.ts holds it.
 */
import type { ContentSnapshot } from './content-checks';
import { modifiedDate, updatedDate } from './modified-date';
import { byLabel, byOrder, groupByTopic, neighbours, newestFirst, uniqueInOrder } from './ordering';
import { isVisible } from './publishing';
import { countWords, readingMinutes } from './reading-time';
import type { ArticleModel, SectionEntry, SiteCollections, SiteModel } from './site-model';
import { filterByTopic, sortTimeline } from './timeline';

function fileOf(entry: { id: string; filePath?: string }, fallback: string): string {
  return entry.filePath ?? fallback;
}

/** What the cross-file checks read (src/lib/content-checks.ts), from the collections: the same snapshot `check:content` reads from the files. */
export function contentSnapshotOf(c: SiteCollections, contentDir: string, files: readonly string[]): ContentSnapshot {
  return {
    contentDir,
    files,
    articles: c.articles.map((a) => ({
      id: a.id,
      file: fileOf(a, `articles/${a.id}/index.mdx`),
      draft: a.data.draft,
      text: { title: a.data.title, dek: a.data.dek, summary: a.data.summary, conclusion: a.data.conclusion ?? '', body: a.body ?? '' },
    })),
    sections: c.sections.map((s) => ({
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
    topicIds: c.topics.map((t) => t.id),
    sourceIds: c.sources.map((s) => s.id),
    timeline: c.timeline.map((t) => ({ id: t.id, sources: t.data.sources, topic: t.data.topic })),
    people: c.people.map((p) => ({ id: p.id, sources: p.data.sources })),
    places: c.places.map((p) => ({ id: p.id, sources: p.data.sources })),
    disagreements: c.disagreements.map((d) => ({ id: d.id, article: d.data.article, topic: d.data.topic, sides: d.data.sides })),
    keyFacts: c.keyFacts.map((k) => ({ id: k.id, facts: k.data.facts, shortVersion: k.data.shortVersion })),
    contextNotes: c.contextNotes.map((n) => ({ file: fileOf(n, n.id), ...n.data, body: n.body ?? '' })),
  };
}

/**
 * The model of valid content (the checks have run). `now` and `includeDrafts`
 * decide which articles are shown (src/lib/publishing.ts): drafts and articles
 * dated after `now` only with `includeDrafts`.
 */
export function buildSiteModel(c: SiteCollections, options: { now: Date; includeDrafts: boolean }): SiteModel {
  const noteByKey = new Map(c.contextNotes.map((n) => [`${n.data.article}/${n.data.section}`, n]));
  const factsById = new Map(c.keyFacts.map((k) => [k.id, k.data]));
  const topics = byOrder(c.topics.map((t) => ({ entry: t, order: t.data.order }))).map((t) => t.entry);
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const visible = newestFirst(
    c.articles.filter((a) => isVisible(a.data, options)),
    (a) => a.data.published,
    (a) => a.id,
  );

  // Grouped once: filtering all sections per article was O(articles × sections) (issue 7).
  const sectionEntriesByArticle = new Map<string, SectionEntry[]>();
  for (const s of c.sections) {
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
    article.sections = own.map(({ s }, i) => {
      const topic = topicById.get(s.data.topic.id);
      if (!topic) throw new Error(`buildSiteModel: section ${entry.id}/${s.data.id} names topic "${s.data.topic.id}", which is not a topic; the content checks should have stopped the build`);
      return { entry: s, id: s.data.id, article, topic, position: i + 1, contextNote: noteByKey.get(`${entry.id}/${s.data.id}`) };
    });
    article.sections.forEach((section, i) => Object.assign(section, neighbours(article.sections, i)));
    article.topics = uniqueInOrder(article.sections.map((s) => s.topic));
    return article;
  });

  const sections = articles.flatMap((a) => a.sections);
  const sortedTimeline = sortTimeline(c.timeline.map((t) => t.data));
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
      sources: c.sources.map((s) => s.data),
      timeline: sortedTimeline,
      people: c.people.map((p) => p.data),
      places: byLabel(c.places.map((p) => p.data), (p) => p.label),
      disagreements: c.disagreements.map((d) => d.data),
    },
  };
}
