/**
 * Synthetic content for the build benchmark (issue 7): N articles shaped like
 * the real one, written as the same files editors write, so the real content
 * collections, schemas and invariants load them unchanged.
 *
 * Per article: index.mdx (lede, dek, summary, conclusion, timelineFocus), seven
 * sections covering all five topics (two topics twice), context notes after
 * four of them citing the article's sources, three sources in sources.yaml, one
 * key-facts entry and one timeline entry. Site-wide: topics (the real five),
 * six people, two places and six disagreements (fixed, as on the real site; each disagreement
 * belongs to one of the first six articles).
 *
 * Pure and deterministic: the same (n, seed) gives byte-identical files. Runs
 * under Node's type stripping (bench/run.mjs) and Vitest, so erasable syntax only.
 */

import { ARTICLES_PER_PAGE, pageCount, SECTIONS_PER_TOPIC_PAGE } from '../../src/lib/pagination.ts';

/** mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const TOPICS = ['diplomacy', 'energy', 'military', 'international', 'domestic'] as const;
export const SECTIONS_PER_ARTICLE = 7;
export const NOTES_PER_ARTICLE = 4;
export const SOURCES_PER_ARTICLE = 3;

const WORDS = (
  'agreement minister delegation capital border pipeline reactor port refinery treaty sanctions embassy ' +
  'council election ceasefire exercise navy airbase envoy summit parliament opposition province militia ' +
  'investment loan grid output tariff export import corridor railway harbour budget ministry court ' +
  'warrant tribunal observers refugees villages monsoon rice fuel power supply shortage convoy talks ' +
  'statement visit meeting memorandum roadmap project plant capacity megawatts cooperation security ' +
  'training officers aircraft helicopters radar drills partners neighbours region alliance accord ' +
  'negotiators ports trade growth currency reserves banks payments shipping insurance cargo tankers ' +
  'press agency reporters sources officials spokesman analysts diplomats governments leaders residents'
).split(' ');

const TOPIC_NAMES: Record<(typeof TOPICS)[number], string> = {
  diplomacy: 'Diplomacy',
  energy: 'Energy',
  military: 'Military',
  international: 'International',
  domestic: 'Domestic',
};

const KINDS = ['wire', 'major-outlet', 'state-media', 'trade-press', 'primary', 'legal'] as const;

type Rand = () => number;

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const int = (rand: Rand, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function words(rand: Rand, n: number): string {
  return Array.from({ length: n }, () => pick(rand, WORDS)).join(' ');
}

function sentence(rand: Rand): string {
  return `${cap(words(rand, int(rand, 8, 18)))}.`;
}

function paragraph(rand: Rand, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rand)).join(' ');
}

function title(rand: Rand, n: number): string {
  return cap(words(rand, n));
}

/** YAML-safe single-line string (double-quoted, escaped). */
function q(s: string): string {
  return JSON.stringify(s);
}

/** Day `offset` after 2020-01-01, as YYYY-MM-DD. */
export function isoDay(offset: number): string {
  return new Date(Date.UTC(2020, 0, 1 + offset)).toISOString().slice(0, 10);
}

/** Article id for index i (0-based): stable, sortable, URL-safe. */
export function articleId(i: number): string {
  return `synthetic-${String(i + 1).padStart(4, '0')}`;
}

/** Source id j (0-based): matches the schema's /^[A-Z][0-9]+[a-z]?$/. */
export function sourceId(j: number): string {
  return `S${j + 1}`;
}

/**
 * The seven section topics: every topic once, in a shuffled order, then two
 * more drawn at random. Ids are the topic, or `<topic>-2` for a repeat.
 */
export function sectionPlan(rand: Rand): { id: string; topic: string }[] {
  const order = [...TOPICS];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const topics: string[] = [...order];
  while (topics.length < SECTIONS_PER_ARTICLE) topics.push(pick(rand, TOPICS));
  const seen = new Map<string, number>();
  return topics.map((topic) => {
    const n = (seen.get(topic) ?? 0) + 1;
    seen.set(topic, n);
    return { id: n === 1 ? topic : `${topic}-${n}`, topic };
  });
}

/** A section body: paragraphs, with GFM (table, footnote, autolink, strikethrough) in some, so remark-gfm has work. */
function sectionBody(rand: Rand): string {
  const parts = Array.from({ length: int(rand, 2, 4) }, () => paragraph(rand, int(rand, 2, 4)));
  if (rand() < 0.3) {
    parts.splice(1, 0, ['| Item | Figure |', '| --- | ---: |', ...Array.from({ length: 3 }, () => `| ${title(rand, 2)} | ${int(rand, 10, 999)} |`)].join('\n'));
  }
  if (rand() < 0.3) parts[0] += ` ${cap(words(rand, 6))}.[^1]`;
  if (rand() < 0.3) parts.push(`Details at www.example.org/${words(rand, 1)} and ~~${words(rand, 2)}~~ ${words(rand, 3)}.`);
  if (parts[0].includes('[^1]')) parts.push(`[^1]: ${sentence(rand)}`);
  return parts.join('\n\n');
}

function frontmatter(fields: Record<string, string | number>): string {
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n`;
}

export interface SyntheticSite {
  /** Path relative to the content folder → file text. */
  files: Map<string, string>;
  articleIds: string[];
  /** HTML pages and endpoints the real site builds from this content (see `expectedOutputs`). */
  sections: number;
  /** Sections per topic id, for the topic pages' count. */
  topicSections: Record<string, number>;
  contextNotes: number;
  sources: number;
}

/** Generates the whole content folder for `n` articles. */
export function generateSite(n: number, seed = 1): SyntheticSite {
  if (!Number.isInteger(n) || n < 1) throw new Error(`generateSite: n must be a whole number ≥ 1, got ${n}`);
  const rand = mulberry32(seed);
  const files = new Map<string, string>();
  const sources: string[] = [];
  const keyFacts: string[] = [];
  const timeline: string[] = [];
  const articleIds: string[] = [];
  let sections = 0;
  const topicSections: Record<string, number> = Object.fromEntries(TOPICS.map((t) => [t, 0]));
  let contextNotes = 0;

  for (let i = 0; i < n; i++) {
    const id = articleId(i);
    articleIds.push(id);
    const published = isoDay(i);
    const own = Array.from({ length: SOURCES_PER_ARTICLE }, (_, k) => sourceId(i * SOURCES_PER_ARTICLE + k));
    files.set(
      `articles/${id}/index.mdx`,
      frontmatter({
        title: q(title(rand, int(rand, 5, 9))),
        dek: q(sentence(rand)),
        published,
        byline: 'Explainer desk',
        timelineFocus: published,
        summary: q(paragraph(rand, 2)),
        conclusion: q(paragraph(rand, 3)),
      }) + `\n${paragraph(rand, 3)}\n`,
    );

    const plan = sectionPlan(rand);
    const withNote = new Set<number>();
    while (withNote.size < NOTES_PER_ARTICLE) withNote.add(Math.floor(rand() * plan.length));
    plan.forEach((s, k) => {
      const order = k + 1;
      files.set(
        `articles/${id}/${String(order).padStart(2, '0')}-${s.id}.mdx`,
        frontmatter({ article: id, id: s.id, order, title: q(title(rand, int(rand, 3, 6))), topic: s.topic, summary: q(sentence(rand)) }) +
          `\n${sectionBody(rand)}\n`,
      );
      sections++;
      topicSections[s.topic]++;
      if (withNote.has(k)) {
        const a = pick(rand, own);
        const b = pick(rand, own);
        files.set(
          `articles/${id}/context/${s.id}.mdx`,
          frontmatter({ article: id, section: s.id, topic: s.topic }) +
            `\n${paragraph(rand, 2)} <Cite ids="${a}" />\n\n${paragraph(rand, 2)} <Cite ids="${a} ${b}" />\n`,
        );
        contextNotes++;
      }
    });

    own.forEach((sid, k) => {
      sources.push(
        `- id: ${sid}\n  title: ${q(title(rand, 6))}\n  publisher: ${q(`${cap(pick(rand, WORDS))} ${k % 2 ? 'Times' : 'News'}`)}\n  url: https://example.org/${id}/${k + 1}\n  date: ${published}\n  kind: ${pick(rand, KINDS)}`,
      );
    });
    keyFacts.push(
      `- id: ${id}\n  shortVersion:\n${own.map((sid) => `    - text: ${q(sentence(rand))}\n      sources: [${sid}]`).join('\n')}\n  facts:\n` +
        own.map((sid) => `    - label: ${q(title(rand, 2))}\n      value: ${q(sentence(rand))}\n      sources: [${sid}]`).join('\n'),
    );
    timeline.push(`- id: event-${i + 1}\n  date: ${published}\n  text: ${q(sentence(rand))}\n  topic: ${plan[0].topic}\n  sources: [${own[0]}]`);
  }

  files.set(
    'topics.yaml',
    TOPICS.map((t, k) => `- id: ${t}\n  order: ${k + 1}\n  name: ${TOPIC_NAMES[t]}\n  description: ${q(`Synthetic sections about ${t}.`)}`).join('\n') + '\n',
  );
  files.set('sources.yaml', sources.join('\n') + '\n');
  files.set('key-facts.yaml', keyFacts.join('\n') + '\n');
  files.set('timeline.yaml', timeline.join('\n') + '\n');
  // Fixed size, like the real site's: people, places and disagreements do not grow with articles.
  files.set(
    'people.yaml',
    Array.from({ length: 6 }, (_, k) => `- id: person-${k + 1}\n  name: ${q(title(rand, 2))}\n  kind: ${k < 4 ? 'person' : 'organisation'}\n  role: ${q(sentence(rand))}\n  sources: [${sourceId(k % sources.length)}]`).join('\n') + '\n',
  );
  files.set(
    'places.yaml',
    [
      { id: 'yangon', country: 'MM' },
      { id: 'moscow', country: 'RU' },
    ].map((p, k) => `- id: ${p.id}\n  label: ${cap(p.id)}\n  country: ${p.country}\n  note: ${q(sentence(rand))}\n  sources: [${sourceId(k % sources.length)}]`).join('\n') + '\n',
  );
  files.set(
    'disagreements.yaml',
    Array.from(
      { length: 6 },
      (_, k) =>
        `- id: X${k + 1}\n  article: ${articleIds[k % articleIds.length]}\n  point: ${q(title(rand, 4))}\n  topic: ${TOPICS[k % TOPICS.length]}\n  sides:\n` +
        `    - label: ${q(title(rand, 2))}\n      claim: ${q(sentence(rand))}\n      sources: [${sourceId(k % sources.length)}]\n` +
        `    - label: ${q(title(rand, 2))}\n      claim: ${q(sentence(rand))}\n      basis: ${q('The article’s own text.')}`,
    ).join('\n') + '\n',
  );
  return { files, articleIds, sections, topicSections, contextNotes, sources: sources.length };
}

/**
 * What the real site outputs for this content: an HTML page per article, per
 * section and per article's sources list, an OG card for each article,
 * section and topic and one for the site, the home page and each topic in pages (src/lib/pagination.ts), plus
 * the six fixed pages (404, search, timeline, background, the topics index and
 * /articles/, which sends readers to the home page). tests/e2e/scale/ holds
 * this to the 45-article build, so a new page shows up there, not only here.
 */
export function expectedOutputs(site: Pick<SyntheticSite, 'articleIds' | 'sections' | 'topicSections'>): { html: number; og: number } {
  const articles = site.articleIds.length;
  const topicPages = TOPICS.reduce((n, t) => n + pageCount(site.topicSections[t] ?? 0, SECTIONS_PER_TOPIC_PAGE), 0);
  // Cards: one per article and per section, one per topic, and the site's own.
  return { html: 2 * articles + site.sections + pageCount(articles, ARTICLES_PER_PAGE) + 6 + topicPages, og: articles + site.sections + TOPICS.length + 1 };
}
