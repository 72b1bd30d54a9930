/**
 * Turning Pagefind results into safe text for the search page (issue 5).
 * Pagefind's excerpts are HTML: the page text entity-escaped, with the matched
 * words wrapped in <mark>. We split them into segments and render them with
 * textContent, so no result text ever reaches innerHTML.
 */
import { decodeEntities } from './html-entities';

export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/** excerptSegments('a <mark>nuclear</mark> plant') → a, nuclear (marked), plant. Other tags are dropped. */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) marked = true;
    else if (/^<\/mark>$/i.test(part)) marked = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text !== '') segments.push({ text, marked });
    }
  }
  return segments;
}

/** What the live region says after a search. */
export function resultsLabel(count: number, query: string): string {
  if (!Number.isInteger(count) || count < 0) throw new Error(`resultsLabel: expected a whole number ≥ 0, got ${count}`);
  const q = `“${query.trim()}”`;
  if (count === 0) return `No sections match ${q}.`;
  return count === 1 ? `1 section matches ${q}.` : `${count} sections match ${q}.`;
}

/**
 * The search weight of a section page's context note (`data-pagefind-weight`
 * in src/pages/articles/[article]/[section].astro): half the article's own
 * words, so a section whose text matches ranks above one whose note does.
 */
export const CONTEXT_NOTE_WEIGHT = 0.5;

/**
 * True when every matched word of a result is in its context note, so its
 * excerpt is the note's text and the results list says so (added context is
 * kept visibly apart from the article, issue 4). Pagefind gives each matched
 * location's weight (`weighted_locations`): 1 for body text, more in headings.
 */
export function excerptIsContextNote(weights: readonly number[]): boolean {
  return weights.length > 0 && weights.every((w) => w <= CONTEXT_NOTE_WEIGHT);
}

/**
 * The page's address with the search in it, so a search can be linked and
 * survives a reload: `?q=<trimmed query>`, or no `q` for an empty box. Other
 * parameters and the fragment stay.
 */
export function withSearchQuery(url: URL, query: string): URL {
  const next = new URL(url);
  const q = query.trim();
  if (q === '') next.searchParams.delete('q');
  else next.searchParams.set('q', q);
  return next;
}
