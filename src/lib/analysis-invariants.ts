/**
 * Cross-file rules for the analysis layer (issue 4), in the same shape as
 * ./invariants.ts so the lead can report both in one error: every cited source
 * id exists, every topic/article/section named exists, key facts and context
 * notes point at real articles and sections.
 */
import { citeIdsInMdx, findUnknownCitations, type CitingFile } from './citations';
import type { ContentProblem } from './invariants';

export interface AnalysisInput {
  sourceIds: readonly string[];
  topicIds: readonly string[];
  /** Article id → the `id`s of its sections. */
  sectionsByArticle: ReadonlyMap<string, readonly string[]>;
  /** Data entries that cite sources (timeline, people, disagreements, key facts), with the file they come from. */
  citing: readonly CitingFile[];
  /** Entries that name a topic. */
  topical: readonly { file: string; topic: string }[];
  /** Context notes: file, frontmatter and raw MDX body. */
  contextNotes: readonly { file: string; article: string; section: string; topic: string; body: string }[];
  /** Key-facts entries: file and the article id (entry id). */
  keyFacts: readonly { file: string; article: string }[];
  /** Disagreements: file and the article whose page shows them. */
  disagreements: readonly { file: string; article: string }[];
}

/** The citing files, with context-note bodies scanned for `<Cite ids="…" />`. */
export function allCitations(input: Pick<AnalysisInput, 'citing' | 'contextNotes'>): CitingFile[] {
  return [...input.citing, ...input.contextNotes.map((n) => ({ file: n.file, ids: citeIdsInMdx(n.body) }))];
}

export function checkAnalysis(input: AnalysisInput): ContentProblem[] {
  const problems: ContentProblem[] = findUnknownCitations(allCitations(input), input.sourceIds).map((p) => ({
    file: p.file,
    field: 'sources',
    message: `cites source "${p.id}", which is not in content/sources.yaml`,
  }));
  const topics = new Set(input.topicIds);
  const topicProblem = (file: string, topic: string) =>
    topics.has(topic) ? [] : [{ file, field: 'topic', message: `names topic "${topic}", which is not in topics.yaml; expected one of: ${input.topicIds.join(', ')}` }];

  for (const t of input.topical) problems.push(...topicProblem(t.file, t.topic));
  const articleIds = [...input.sectionsByArticle.keys()];
  const articleProblem = (file: string, field: string, article: string): ContentProblem[] =>
    input.sectionsByArticle.has(article) ? [] : [{ file, field, message: `names article "${article}", which does not exist; expected one of: ${articleIds.join(', ')}` }];

  const seenNotes = new Map<string, string>();
  for (const n of input.contextNotes) {
    problems.push(...topicProblem(n.file, n.topic));
    const sections = input.sectionsByArticle.get(n.article);
    if (!sections) {
      problems.push(...articleProblem(n.file, 'article', n.article));
      continue;
    }
    if (!sections.includes(n.section)) {
      problems.push({ file: n.file, field: 'section', message: `names section "${n.section}", which article "${n.article}" does not have; expected one of: ${sections.join(', ')}` });
    }
    const key = `${n.article}/${n.section}`;
    const other = seenNotes.get(key);
    if (other) problems.push({ file: n.file, field: 'section', message: `section "${n.section}" already has a context note in ${other}; one note per section` });
    else seenNotes.set(key, n.file);
    if (citeIdsInMdx(n.body).length === 0) {
      problems.push({ file: n.file, field: 'body', message: 'a context note must cite at least one source with <Cite ids="…" />' });
    }
  }
  for (const k of input.keyFacts) problems.push(...articleProblem(k.file, 'id', k.article));
  for (const d of input.disagreements) problems.push(...articleProblem(d.file, 'article', d.article));
  return problems;
}
