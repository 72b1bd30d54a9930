/** Ordering and grouping of content. Pure, so every page agrees. */

export interface Ordered {
  order: number;
}

/** Sections in reading order (their `order` field). Does not mutate. */
export function byOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

/** Newest first by date; ties keep a stable order by `key`. */
export function newestFirst<T>(items: readonly T[], date: (item: T) => Date, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => date(b).getTime() - date(a).getTime() || key(a).localeCompare(key(b)));
}

/**
 * Groups items under every topic id given, in that order; a topic with no items
 * still gets an empty list (its page says so).
 */
export function groupByTopic<T>(topicIds: readonly string[], items: readonly T[], topicOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>(topicIds.map((id) => [id, []]));
  for (const item of items) {
    const list = groups.get(topicOf(item));
    if (!list) throw new Error(`groupByTopic: unknown topic "${topicOf(item)}"; expected one of ${topicIds.join(', ')}`);
    list.push(item);
  }
  return groups;
}

/** Previous and next items around index i, or undefined at the ends. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: index < items.length - 1 ? items[index + 1] : undefined };
}

/** Unique values in first-seen order. */
export function uniqueInOrder<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Alphabetical by a label (English collation), e.g. the map key's places; stable for equal labels. */
export function byLabel<T>(items: readonly T[], label: (item: T) => string): T[] {
  return [...items].sort((a, b) => label(a).localeCompare(label(b), 'en'));
}

/** Oldest first, by `date`; equal dates keep their order (corrections, read as written). */
export function oldestFirst<T extends { date: Date }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.date.getTime() - b.date.getTime());
}
