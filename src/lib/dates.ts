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
