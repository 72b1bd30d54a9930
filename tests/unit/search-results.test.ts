import { describe, expect, it } from 'vitest';
import { excerptIsContextNote, excerptSegments, resultsLabel, withSearchQuery } from '../../src/lib/search-results';

describe('excerptSegments', () => {
  it('splits marked words from the text around them', () => {
    expect(excerptSegments('plans for a <mark>nuclear</mark> power plant')).toEqual([
      { text: 'plans for a ', marked: false },
      { text: 'nuclear', marked: true },
      { text: ' power plant', marked: false },
    ]);
  });

  it('decodes entities and drops any other tag, so nothing is rendered as HTML', () => {
    expect(excerptSegments('Rosatom &amp; <b>Myanmar</b> &lt;script&gt; <mark>energy</mark>')).toEqual([
      { text: 'Rosatom & Myanmar <script> ', marked: false },
      { text: 'energy', marked: true },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('resultsLabel', () => {
  it('counts sections in words', () => {
    expect(resultsLabel(0, ' nuclear ')).toBe('No sections match “nuclear”.');
    expect(resultsLabel(1, 'nuclear')).toBe('1 section matches “nuclear”.');
    expect(resultsLabel(3, 'russia')).toBe('3 sections match “russia”.');
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => resultsLabel(-1, 'x')).toThrow('expected a whole number ≥ 0, got -1');
  });
});

describe('excerptIsContextNote', () => {
  it('is true only when every matched word is in a context note (weight 0.5)', () => {
    // As Pagefind reported them on the built site: "Belousov" (note only), "nuclear" (text and note).
    expect(excerptIsContextNote([0.5])).toBe(true);
    expect(excerptIsContextNote([0.5, 0.5])).toBe(true);
    expect(excerptIsContextNote([1, 1, 0.5, 0.5])).toBe(false);
    expect(excerptIsContextNote([7])).toBe(false);
    expect(excerptIsContextNote([])).toBe(false);
  });
});

describe('withSearchQuery', () => {
  const page = new URL('https://news.example.org/explainer/search/?lang=en#results');
  it('puts the trimmed query in ?q=, keeping the other parameters and the fragment', () => {
    expect(withSearchQuery(page, '  Rosatom reactor ').href).toBe('https://news.example.org/explainer/search/?lang=en&q=Rosatom+reactor#results');
  });
  it('drops q for an empty box, and leaves its input alone', () => {
    const searched = withSearchQuery(page, 'Dawei');
    expect(withSearchQuery(searched, '   ').href).toBe('https://news.example.org/explainer/search/?lang=en#results');
    expect(searched.href).toContain('q=Dawei');
    expect(page.href).toBe('https://news.example.org/explainer/search/?lang=en#results');
  });
});
