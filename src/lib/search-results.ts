/**
 * Turning Pagefind results into safe text for the search page (issue 5).
 * Pagefind's excerpts are HTML: the page text entity-escaped, with the matched
 * words wrapped in <mark>. We split them into segments and render them with
 * textContent, so no result text ever reaches innerHTML.
 */

export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the named entities Pagefind writes and any numeric ones; unknown names stay as written. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
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
