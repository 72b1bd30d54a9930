/** Reading time shown under the headline: of the article's own text, not the context added around it, and labelled so. */

/** Words per minute for an adult reading news prose on screen. */
export const WORDS_PER_MINUTE = 230;

export function countWords(text: string): number {
  const words = text
    // MDX/JSX tags and Markdown punctuation are not words.
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_>`~[\]()|-]+/g, ' ')
    .match(/[\p{L}\p{N}’']+/gu);
  return words ? words.length : 0;
}

/** Whole minutes, never less than 1. */
export function readingMinutes(words: number, wpm = WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words < 0) throw new Error(`readingMinutes: expected a word count ≥ 0, got ${words}`);
  return Math.max(1, Math.round(words / wpm));
}

export function formatReadingTime(minutes: number): string {
  return `Article text: ${minutes} min read`;
}
