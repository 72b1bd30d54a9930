/**
 * Timeline ordering and selection. Pure; Timeline.astro renders the result.
 * Dates are ISO strings: YYYY-MM-DD, or YYYY-MM when only the month is known.
 */

export interface Dated {
  /** YYYY-MM-DD or YYYY-MM. */
  date: string;
}

export interface Topical {
  topic: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(date: string): { y: number; m: number; d?: number } {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) throw new Error(`timeline: expected a date as YYYY-MM-DD or YYYY-MM, got "${date}"`);
  return { y: Number(match[1]), m: Number(match[2]), d: match[3] === undefined ? undefined : Number(match[3]) };
}

/**
 * Oldest first. A month-only date sorts before the days of that month (it is
 * less precise, not later). Equal dates keep their input order (stable).
 */
export function sortTimeline<T extends Dated>(entries: readonly T[]): T[] {
  const key = (e: T) => {
    const { y, m, d } = parts(e.date);
    return y * 10000 + m * 100 + (d ?? 0);
  };
  return entries
    .map((e, i) => ({ e, i, k: key(e) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map(({ e }) => e);
}

/** Entries of one topic, order kept. */
export function filterByTopic<T extends Topical>(entries: readonly T[], topic: string): T[] {
  return entries.filter((e) => e.topic === topic);
}

/** "1 February 2021", or "July 2022" for a month-only date. */
export function formatTimelineDate(date: string): string {
  const { y, m, d } = parts(date);
  const month = MONTHS[m - 1];
  if (month === undefined) throw new Error(`timeline: month out of range in "${date}"`);
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

/** Days since 1970 for the start of the date (month-only: the 1st). */
function dayNumber(date: string): number {
  const { y, m, d } = parts(date);
  return Date.UTC(y, m - 1, d ?? 1) / 86_400_000;
}

/**
 * The compact timeline on the article page: where the story starts (the
 * earliest entry, the coup) plus the `limit - 1` entries nearest in time to
 * `focus` (the visit), in date order. Ties in distance go to the earlier entry.
 */
export function compactTimeline<T extends Dated>(entries: readonly T[], options: { focus: string; limit: number }): T[] {
  const { focus, limit } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`compactTimeline: limit must be a whole number ≥ 1, got ${limit}`);
  const { sorted, days } = sortedOnce(entries);
  if (sorted.length <= limit) return [...sorted];
  const target = dayNumber(focus);
  const k = limit - 1;
  // Every article page asks this of the same, growing timeline, so no whole-
  // timeline sort per page (issue 7): binary-search the focus among the rest
  // (index 1…), keep a window of k entries each side, widened to whole groups
  // of equal days (ties go to the earlier entry, which may lie further out),
  // and rank only that window. Anything outside it has k entries strictly nearer.
  let lo = 1;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  let start = Math.max(1, lo - k);
  while (start > 1 && days[start - 1] === days[start]) start--;
  let end = Math.min(sorted.length, lo + k);
  while (end < sorted.length && days[end] === days[end - 1]) end++;
  const nearest = [];
  for (let i = start; i < end; i++) nearest.push({ i, distance: Math.abs(days[i] - target) });
  const chosen = nearest
    .sort((a, b) => a.distance - b.distance || a.i - b.i)
    .slice(0, k)
    .sort((a, b) => a.i - b.i)
    .map(({ i }) => sorted[i]);
  return [sorted[0], ...chosen];
}

/** The sorted timeline and each entry's day number, computed once per input array (treated as immutable). */
const sortedCache = new WeakMap<readonly Dated[], { sorted: Dated[]; days: number[] }>();

function sortedOnce<T extends Dated>(entries: readonly T[]): { sorted: T[]; days: number[] } {
  let hit = sortedCache.get(entries);
  if (!hit) {
    const sorted = sortTimeline(entries);
    hit = { sorted, days: sorted.map((e) => dayNumber(e.date)) };
    sortedCache.set(entries, hit);
  }
  return hit as { sorted: T[]; days: number[] };
}
