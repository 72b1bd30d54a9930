/** Dates as readers see them and as machines read them. Content dates are calendar dates (UTC). */

const display = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 4 March 2025 */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('formatDate: got an invalid date');
  return display.format(date);
}

/** 2025-03-04, for <time datetime>. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('isoDate: got an invalid date');
  return date.toISOString().slice(0, 10);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A content date as the calendar day it names, at 00:00 UTC, or undefined when
 * the value is not one. Content YAML keeps `2025-03-04` as written
 * (frontmatter.ts); a Date at UTC midnight also passes (js-yaml's default
 * reading, as in unit tests). A string passes only as YYYY-MM-DD, so `11/12/2026` (which
 * month?), `20 November 2026` and `2026-11-5` fail, and no string is read in
 * the machine's time zone (that moved a day west of UTC).
 */
export function calendarDay(value: unknown): Date | undefined {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) || t % 86_400_000 !== 0 ? undefined : new Date(t);
  }
  if (typeof value !== 'string') return undefined;
  const m = DAY.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/** How content date errors say what to write. */
export const DAY_HINT = 'YYYY-MM-DD, e.g. 2025-03-04';
