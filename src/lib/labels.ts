/** Small pieces of reader-facing text that depend on numbers. */

export function sectionCountLabel(count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new Error(`sectionCountLabel: expected a whole number ≥ 0, got ${count}`);
  return count === 1 ? '1 section' : `${count} sections`;
}

const AND_LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "A", "A and B", "A, B and C" (house style: no serial comma). */
export function andList(items: readonly string[]): string {
  return AND_LIST.format(items);
}
