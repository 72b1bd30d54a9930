/**
 * Every cross-file check, from one plain snapshot of the content. The build
 * (src/lib/site-model.ts, from the collections) and `npm run check:content`
 * (scripts/check-content.mjs, from the files) both call contentProblems(), so
 * an editor sees the same messages in both (issue 8).
 *
 * Imports carry `.ts` so Node runs this file directly (type stripping).
 */
import { allCitations, checkAnalysis, type AnalysisInput } from './analysis-invariants.ts';
import { citeIdsInMdx, describeUnusedSources, findUnusedSources } from './citations.ts';
import { contentLayoutProblems, DATA_FILE } from './content-layout.ts';
import { checkInvariants, type ContentProblem, type SectionFacts } from './invariants.ts';
import { placeholdersIn } from './scaffold.ts';

/** The fields of an article's index.mdx that hold text readers see. */
export type ArticleTextField = 'title' | 'dek' | 'summary' | 'conclusion' | 'body';

export interface ContentSnapshot {
  /** The content folder as configured (CONTENT_DIR), used to name data files. */
  contentDir: string;
  /** Every file in it, '/'-separated and relative to it (listContentFiles()). */
  files: readonly string[];
  articles: readonly {
    id: string;
    file: string;
    draft: boolean;
    /** `published:` as a day, or undefined when it is not one (the schema says so). */
    published?: Date;
    /** Frontmatter text fields and the body (the lede), scanned for TODO notes and citations. */
    text: Readonly<Record<ArticleTextField, string>>;
  }[];
  sections: readonly (SectionFacts & { title: string; summary: string })[];
  topicIds: readonly string[];
  sourceIds: readonly string[];
  timeline: readonly { id: string; sources: readonly string[]; topic: string }[];
  people: readonly { id: string; sources: readonly string[] }[];
  places: readonly { id: string; sources: readonly string[] }[];
  disagreements: readonly { id: string; article: string; topic: string; sides: readonly { sources: readonly string[] }[] }[];
  keyFacts: readonly { id: string; facts: readonly { sources: readonly string[] }[]; shortVersion: readonly { sources: readonly string[] }[] }[];
  contextNotes: readonly { file: string; article: string; section: string; topic: string; body: string }[];
}

/** "content/timeline.yaml": how problems name a data file. */
export function dataFile(contentDir: string, name: string): string {
  return `${contentDir}/${name}`.replace(/^\.\//, '');
}

/**
 * A published article may not keep a `TODO:` note, the scaffold's
 * (src/lib/scaffold.ts PLACEHOLDERS) or an editor's own, anywhere readers would
 * see it: its fields, lede, sections and context notes. A draft may, since it
 * never reaches production.
 */
export function checkPlaceholders(snapshot: Pick<ContentSnapshot, 'articles' | 'sections' | 'contextNotes'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Grouped once, so the check stays linear in the number of articles (issue 7).
  const textsOf = new Map<string, string[]>();
  const add = (article: string, ...texts: string[]) => {
    const list = textsOf.get(article);
    if (list) list.push(...texts);
    else textsOf.set(article, texts);
  };
  for (const s of snapshot.sections) add(s.article, s.title, s.summary, s.body);
  for (const n of snapshot.contextNotes) add(n.article, n.body);
  for (const a of snapshot.articles) {
    if (a.draft) continue;
    const texts = [...Object.values(a.text), ...(textsOf.get(a.id) ?? [])];
    const left = [...new Set(texts.flatMap(placeholdersIn))];
    if (left.length > 0) {
      problems.push({
        file: a.file,
        field: 'draft',
        message: `article "${a.id}" is not a draft but still has TODO notes (${left.map((p) => `"${p}"`).join(', ')}); replace every TODO or keep draft: true`,
      });
    }
  }
  return problems;
}

/**
 * An article's lede and sections are its own text, kept verbatim; sources are
 * cited in the context around it. A `<Cite>` there would also have no number:
 * pages number the context's citations only.
 */
export function checkCitesInArticleText(snapshot: Pick<ContentSnapshot, 'articles' | 'sections'>): ContentProblem[] {
  const where = 'the article’s own text, kept verbatim; cite sources in the context note after it (context/<section-id>.mdx) or in the data files';
  return [
    ...snapshot.articles.flatMap((a) =>
      (Object.entries(a.text) as [ArticleTextField, string][])
        .filter(([, text]) => citeIdsInMdx(text).length > 0)
        .map(([field]) => ({ file: a.file, field, message: `has <Cite ids="…" />, but ${field === 'body' ? 'the lede' : `the article’s ${field}`} is ${where}` })),
    ),
    ...snapshot.sections.filter((s) => citeIdsInMdx(s.body).length > 0).map((s) => ({ file: s.file, field: 'body', message: `has <Cite ids="…" />, but a section is ${where}` })),
  ];
}

/** The cross-file analysis rules' input (src/lib/analysis-invariants.ts), each data entry named by its file and id. */
export function analysisInput(s: ContentSnapshot): AnalysisInput {
  const data = (name: string, id: string) => `${dataFile(s.contentDir, name)} (entry "${id}")`;
  const sectionsByArticle = new Map<string, string[]>(s.articles.map((a) => [a.id, []]));
  for (const section of s.sections) sectionsByArticle.get(section.article)?.push(section.id);
  return {
    sourceIds: s.sourceIds,
    topicIds: s.topicIds,
    sectionsByArticle,
    citing: [
      ...s.timeline.map((t) => ({ file: data(DATA_FILE.timeline, t.id), ids: t.sources })),
      ...s.people.map((p) => ({ file: data(DATA_FILE.people, p.id), ids: p.sources })),
      ...s.places.map((p) => ({ file: data(DATA_FILE.places, p.id), ids: p.sources })),
      ...s.disagreements.map((d) => ({ file: data(DATA_FILE.disagreements, d.id), ids: d.sides.flatMap((side) => side.sources) })),
      ...s.keyFacts.map((k) => ({ file: data(DATA_FILE.keyFacts, k.id), ids: [...k.facts, ...k.shortVersion].flatMap((f) => f.sources) })),
    ],
    topical: [
      ...s.timeline.map((t) => ({ file: data(DATA_FILE.timeline, t.id), topic: t.topic })),
      ...s.disagreements.map((d) => ({ file: data(DATA_FILE.disagreements, d.id), topic: d.topic })),
    ],
    contextNotes: s.contextNotes,
    keyFacts: s.keyFacts.map((k) => ({ file: data(DATA_FILE.keyFacts, k.id), article: k.id })),
    disagreements: s.disagreements.map((d) => ({ file: data(DATA_FILE.disagreements, d.id), article: d.article })),
  };
}

/**
 * A line for `check:content` naming sources nothing cites ("" when every one is
 * cited). Not an error: an editor may add a source before the text that cites it.
 */
export function unusedSourcesNotice(s: ContentSnapshot): string {
  return describeUnusedSources(findUnusedSources(allCitations(analysisInput(s)), s.sourceIds));
}

export function contentProblems(s: ContentSnapshot): ContentProblem[] {
  return [
    ...contentLayoutProblems(s.contentDir, s.files),
    ...checkInvariants({ articles: s.articles, sections: s.sections, topicIds: s.topicIds }),
    ...checkAnalysis(analysisInput(s)),
    ...checkPlaceholders(s),
    ...checkCitesInArticleText(s),
  ];
}
