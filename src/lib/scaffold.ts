/**
 * What `npm run new -- "Title"` writes (issue 8), as pure functions so they are
 * tested without touching the disk; scripts/new-article.mjs only reads
 * topics.yaml, asks, and writes these files. Every placeholder is listed in
 * PLACEHOLDERS, and content checks refuse a published article that still has
 * one (./content-checks.ts), so scaffold text can never go live.
 *
 * Imports carry `.ts` so Node runs this file directly (type stripping).
 */
import { ID_HINT, ID_PATTERN, isReservedSectionId } from './ids.ts';
import { calendarDay } from './dates.ts';

export interface TopicChoice {
  id: string;
  name: string;
}

export interface ScaffoldInput {
  title: string;
  /** Article id: the folder name and the URL. */
  id: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** Topics in reading order; one section file each. */
  topics: readonly TopicChoice[];
  draft: boolean;
}

export interface ScaffoldFile {
  /** Path inside the article folder. */
  path: string;
  content: string;
}

/** Placeholder text the scaffold writes. Obvious to a reader, and refused by the checks unless `draft: true`. */
export const PLACEHOLDERS = {
  dek: 'TODO: one sentence under the headline.',
  summary: 'TODO: two or three sentences for cards, feeds and search results.',
  lede: 'TODO: write the lede here.',
  sectionSummary: 'TODO: one sentence on what this section says.',
  sectionBody: 'TODO: write this section here.',
} as const;

const MAX_ID_LENGTH = 60;

/**
 * Latin letters that are not a base letter plus an accent, so NFKD leaves them
 * whole and they would be dropped: "Đà Nẵng" became "a-nang".
 */
const LATIN_LETTERS: Record<string, string> = { đ: 'd', ð: 'd', ł: 'l', ø: 'o', ħ: 'h', ı: 'i', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ŋ: 'ng' };
const LATIN_LETTER = new RegExp(`[${Object.keys(LATIN_LETTERS).join('')}]`, 'g');

/**
 * "Myanmar’s Junta Chief Visits Russia" → "myanmars-junta-chief-visits-russia".
 * Accents are dropped (and Đ, Ł, Ø, ß and the like written in plain letters),
 * apostrophes vanish inside words, anything else that is not a letter or digit
 * becomes one hyphen; long titles are cut at a hyphen.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(LATIN_LETTER, (c) => LATIN_LETTERS[c] ?? c)
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const cut = slug.slice(0, MAX_ID_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_ID_LENGTH)).replace(/-+$/, '');
}

/** Why `id` cannot be an article id, or undefined when it can. */
export function articleIdProblem(id: string): string | undefined {
  if (id === '') return 'the title has no Latin letters or digits to make an id from (ids are a-z, 0-9 and hyphens); pass one with --id, e.g. --id port-talks';
  if (!ID_PATTERN.test(id)) return `article id "${id}" must be ${ID_HINT}`;
  return undefined;
}

/**
 * "energy, military" → the matching topics, in the order given. Throws, naming
 * the known ids, on an unknown or repeated id or an empty list.
 */
export function parseTopicList(list: string, known: readonly TopicChoice[]): TopicChoice[] {
  const ids = list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const expected = known.map((t) => t.id).join(', ');
  if (ids.length === 0) throw new Error(`choose at least one topic; expected some of: ${expected}`);
  const seen = new Set<string>();
  return ids.map((id) => {
    const topic = known.find((t) => t.id === id);
    if (!topic) throw new Error(`unknown topic "${id}"; expected some of: ${expected}`);
    if (seen.has(id)) throw new Error(`topic "${id}" is listed twice`);
    if (isReservedSectionId(id)) throw new Error(`topic "${id}" is a reserved section id; choose another`);
    seen.add(id);
    return topic;
  });
}

/** Answer to the interactive prompt: numbers ("1,3") or ids ("energy, military"). */
export function parseTopicAnswer(answer: string, known: readonly TopicChoice[]): TopicChoice[] {
  const ids = answer.split(',').map((part) => {
    const n = Number(part.trim());
    return Number.isInteger(n) && n >= 1 && n <= known.length ? known[n - 1].id : part;
  });
  return parseTopicList(ids.join(','), known);
}

/** YYYY-MM-DD of a date in UTC: content dates are calendar dates. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A YAML scalar that is always a string: JSON strings are valid YAML. */
function yamlString(s: string): string {
  return JSON.stringify(s);
}

export function scaffoldFiles(input: ScaffoldInput): ScaffoldFile[] {
  const problem = articleIdProblem(input.id);
  if (problem) throw new Error(problem);
  if (input.title.trim() === '') throw new Error('the title is empty');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.published) || !calendarDay(input.published)) throw new Error(`published must be a real date written YYYY-MM-DD, got "${input.published}"`);
  if (input.topics.length === 0) throw new Error('choose at least one topic');

  const index = [
    '---',
    '# Every field is explained in docs/authoring.md. Replace each TODO, then set draft: false to publish.',
    `title: ${yamlString(input.title.trim())}`,
    `dek: ${yamlString(PLACEHOLDERS.dek)}`,
    `published: ${input.published}`,
    'byline: Explainer desk',
    `summary: ${yamlString(PLACEHOLDERS.summary)}`,
    `draft: ${input.draft}`,
    'corrections: []',
    '---',
    '',
    PLACEHOLDERS.lede,
    '',
  ].join('\n');

  const sections = input.topics.map((topic, i) => {
    const order = i + 1;
    const content = [
      '---',
      `article: ${input.id}`,
      '# The permalink: /articles/<article>/<id>/. Never change it once published; add the old id to aliases.',
      `id: ${topic.id}`,
      `order: ${order}`,
      `title: ${yamlString(topic.name)}`,
      `topic: ${topic.id}`,
      `summary: ${yamlString(PLACEHOLDERS.sectionSummary)}`,
      '---',
      '',
      PLACEHOLDERS.sectionBody,
      '',
    ].join('\n');
    return { path: `${String(order).padStart(2, '0')}-${topic.id}.mdx`, content };
  });
  return [{ path: 'index.mdx', content: index }, ...sections];
}

/** Where `npm run dev` serves the article, with BASE_PATH applied. */
export function previewUrl(id: string, basePath = '/', origin = 'http://localhost:4321'): string {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return `${origin}${base}articles/${id}/`;
}

/** The scaffold's placeholders in `text`, then any other `TODO:` note an editor left (up to the end of its line). */
export function placeholdersIn(text: string): string[] {
  const scaffold: string[] = Object.values(PLACEHOLDERS).filter((p) => text.includes(p));
  const others = [...text.matchAll(/\bTODO:[^\n"]*/g)].map((m) => m[0].trim()).filter((t) => !scaffold.includes(t));
  return [...scaffold, ...others];
}
