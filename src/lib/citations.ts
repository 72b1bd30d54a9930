/**
 * Citations: numbering, lookup and checks. Pure; the components Cite.astro and
 * SourcesList.astro render what a registry says.
 *
 * Design (issue 4: numbered superscripts, a reference list with back-links):
 *
 *   page frontmatter                       rendering (any order)
 *   ─────────────────                      ─────────────────────
 *   collect the ids the page cites, in     Cite        → registry.use(id)  → n, "cite-n-k"
 *   reading order (data + MDX bodies) ──►  SourcesList → registry.entries  → ref-n, back-links
 *   createCitationRegistry(sources, ids)
 *   Astro.locals.citations = registry
 *
 * Numbers are fixed before anything renders, because Astro renders sibling
 * components concurrently: a counter bumped as each Cite renders could number
 * out of reading order, and SourcesList might render before the last Cite.
 * The registry is one plain object per page, reached by every component via
 * `Astro.locals.citations` (MDX components cannot be given page props) or a
 * `registry` prop. Only the per-use anchor counter changes during rendering.
 */
import type { Source } from './schemas/analysis';

/** An id list as editors write it: "V3 V4", "V3, V4" or ["V3", "V4"]. */
export function parseCiteIds(ids: string | readonly string[]): string[] {
  const list = typeof ids === 'string' ? ids.split(/[\s,]+/) : ids.flatMap((i) => i.split(/[\s,]+/));
  return list.map((i) => i.trim()).filter((i) => i !== '');
}

/** Ids cited in MDX source by `<Cite ids="…" />`, in order of appearance (repeats kept). */
export function citeIdsInMdx(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/<Cite\b[^>]*?\bids=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g)) {
    out.push(...parseCiteIds(m[1] ?? m[2] ?? m[3] ?? ''));
  }
  return out;
}

/** Numbers in first-use order: the first id cited is 1; a repeated id keeps its number. */
export function numberCitations(ids: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/** Anchor of the reference-list entry for citation number n. */
export function refAnchor(n: number): string {
  return `ref-${n}`;
}

/** Anchor of the k-th use (1-based) of citation number n, target of the back-link. */
export function citeAnchor(n: number, k: number): string {
  return `cite-${n}-${k}`;
}

/**
 * The Sources list's back-link to use `k` (1-based) of source `n`, cited `uses`
 * times: what it shows (↩, or ↩a, ↩b … then ↩27 past the alphabet) and what a
 * screen reader hears instead.
 */
export function backLink(n: number, k: number, uses: number): { mark: string; label: string } {
  if (uses === 1) return { mark: '↩', label: `Back to citation ${n}` };
  const letter = k <= 26 ? String.fromCharCode(96 + k) : String(k);
  return { mark: `↩${letter}`, label: `Back to citation ${n}, use ${k} of ${uses}` };
}

export interface CitedSource {
  /** 1-based number shown in the text and the list. */
  number: number;
  source: Source;
  /** How many times the page cites it; SourcesList prints one back-link per use. */
  uses: number;
}

export interface CitationUse {
  number: number;
  /** The element id for this use (the back-link target). */
  anchor: string;
  /** `#ref-n`. */
  href: string;
  source: Source;
}

export interface CitationRegistry {
  /** Every cited source in number order. */
  readonly entries: readonly CitedSource[];
  /** The number for an id; throws if the page did not collect it. */
  numberOf(id: string): number;
  /** Records one rendered citation of `id` and returns its number and anchor. */
  use(id: string): CitationUse;
}

/**
 * Every page passes the same `analysis.sources` array, so its id index is built
 * once per array, not once per page: at 1,000 articles (3,000 sources, 8,000
 * pages) rebuilding it per page cost ~6 s (issue 7, docs/performance-notes.md). The array
 * is treated as immutable, as the site model's is.
 */
const indexBySources = new WeakMap<readonly Source[], ReadonlyMap<string, Source>>();

function sourcesById(sources: readonly Source[]): ReadonlyMap<string, Source> {
  let byId = indexBySources.get(sources);
  if (!byId) {
    byId = new Map(sources.map((s) => [s.id, s]));
    indexBySources.set(sources, byId);
  }
  return byId;
}

/**
 * One registry per page. `citedIds` is every citation on the page in reading
 * order, repeats included (they set the back-link count). Throws on an id not
 * in `sources`, naming it.
 */
export interface RegistryOptions {
  /**
   * The page that holds the numbered list, when it is not this page: citations
   * then link to `<listHref>#ref-n` (the article page keeps its list on
   * /articles/<a>/sources/ to stay within its byte budget, issue 6).
   */
  listHref?: string;
}

export function createCitationRegistry(sources: readonly Source[], citedIds: readonly string[], options: RegistryOptions = {}): CitationRegistry {
  const byId = sourcesById(sources);
  const unknown = [...new Set(citedIds.filter((id) => !byId.has(id)))];
  if (unknown.length > 0) {
    throw new Error(`Citation registry: unknown source id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; every id must be in content/sources.yaml`);
  }
  const numbers = numberCitations(citedIds);
  const counts = new Map<string, number>();
  for (const id of citedIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const entries: CitedSource[] = [...numbers].map(([id, number]) => ({ number, source: byId.get(id)!, uses: counts.get(id)! }));
  const rendered = new Map<string, number>();

  function numberOf(id: string): number {
    const n = numbers.get(id);
    if (n === undefined) {
      const hint = byId.has(id)
        ? 'it is in content/sources.yaml but the page did not pass it to createCitationRegistry'
        : 'it is not in content/sources.yaml';
      throw new Error(`Cite: source id "${id}" has no number on this page: ${hint}`);
    }
    return n;
  }

  return {
    entries,
    numberOf,
    use(id) {
      const number = numberOf(id);
      const k = (rendered.get(id) ?? 0) + 1;
      rendered.set(id, k);
      if (k > counts.get(id)!) {
        throw new Error(`Cite: source id "${id}" is cited ${k} times on this page but was collected ${counts.get(id)} times; collect every use so each back-link has a target`);
      }
      return { number, anchor: citeAnchor(number, k), href: `${options.listHref ?? ''}#${refAnchor(number)}`, source: byId.get(id)! };
    },
  };
}

export interface CitingFile {
  /** Path of the file that cites, relative to the project. */
  file: string;
  /** The ids it cites. */
  ids: readonly string[];
}

export interface CitationProblem {
  file: string;
  id: string;
  message: string;
}

/** Every citation of an id that is not a source, with the file that makes it. */
export function findUnknownCitations(files: readonly CitingFile[], sourceIds: readonly string[]): CitationProblem[] {
  const known = new Set(sourceIds);
  const problems: CitationProblem[] = [];
  for (const f of files) {
    for (const id of new Set(f.ids)) {
      if (!known.has(id)) {
        problems.push({ file: f.file, id, message: `${f.file}: cites source "${id}", which is not in content/sources.yaml` });
      }
    }
  }
  return problems;
}

/** Source ids nothing cites, in the order of `sourceIds`. */
export function findUnusedSources(files: readonly CitingFile[], sourceIds: readonly string[]): string[] {
  const cited = new Set(files.flatMap((f) => f.ids));
  return sourceIds.filter((id) => !cited.has(id));
}

/** One line for `check:content` about sources nothing cites ("" when all are cited). */
export function describeUnusedSources(unused: readonly string[]): string {
  if (unused.length === 0) return '';
  return `Sources nothing cites (${unused.length}): ${unused.join(', ')}. Cite them or remove them from content/sources.yaml.`;
}

/**
 * The page's registry for a component: its `registry` prop if given, else
 * `Astro.locals.citations` (how MDX components, which get no page props, reach it).
 */
export function registryFrom(prop: CitationRegistry | undefined, locals: { citations?: CitationRegistry } | undefined, component: string): CitationRegistry {
  const registry = prop ?? locals?.citations;
  if (!registry) {
    throw new Error(
      `${component}: no citation registry. The page must create one with createCitationRegistry(sources, citedIds) and set Astro.locals.citations (or pass it as the \`registry\` prop).`,
    );
  }
  return registry;
}
