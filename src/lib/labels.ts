/** Small pieces of reader-facing text that depend on numbers. */

export function sectionCountLabel(count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new Error(`sectionCountLabel: expected a whole number ≥ 0, got ${count}`);
  return count === 1 ? '1 section' : `${count} sections`;
}

/**
 * Where a listing page stands, newest first: "Page 2 of 4: sections 21–40 of 61,
 * newest first"; on a listing that fits on one page, `whole` ("7 sections") instead.
 */
export function listingPositionLabel(
  page: { number: number; count: number; first: number; last: number; total: number },
  items: string,
  whole: string,
): string {
  if (page.count === 1) return `${whole}, newest first`;
  return `Page ${page.number} of ${page.count}: ${items} ${page.first}–${page.last} of ${page.total}, newest first`;
}

const AND_LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "A", "A and B", "A, B and C" (house style: no serial comma). */
export function andList(items: readonly string[]): string {
  return AND_LIST.format(items);
}

/** An article's topics as one line for its share card and the card's alt text: "Diplomacy · Energy"; undefined with none. */
export function topicLine(names: readonly string[]): string | undefined {
  return names.length > 0 ? names.join(' · ') : undefined;
}
