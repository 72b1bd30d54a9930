import { describe, expect, it } from 'vitest';
import { countWords, formatReadingTime, readingMinutes } from '../../src/lib/reading-time';

describe('countWords', () => {
  it('counts words, including curly-apostrophe words, and ignores markup', () => {
    expect(countWords('Myanmar’s junta chief visits Russia.')).toBe(5);
    expect(countWords('## Heading\n\nSome *text* with <Cite ids="V3" /> a tag.')).toBe(6);
    expect(countWords('')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(700)).toBe(3);
  });
  it('rejects a negative count', () => {
    expect(() => readingMinutes(-1)).toThrow(/expected a word count/);
  });
  it('formats', () => {
    expect(formatReadingTime(4)).toBe('Article text: 4 min read');
  });
});
