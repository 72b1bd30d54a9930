import { describe, expect, it } from 'vitest';
import { ACCESS_PLACEHOLDER, citationText } from '../../src/lib/cite-text';

const base = { byline: 'Explainer desk', title: 'Headline', siteName: 'Site', published: new Date('2025-03-04'), url: 'https://x.org/articles/a/' };

describe('citationText', () => {
  it('cites an article with its permalink and leaves the access date to the reader', () => {
    expect(citationText(base)).toBe(`Explainer desk. “Headline”. Site, 4 March 2025. https://x.org/articles/a/ (${ACCESS_PLACEHOLDER}).`);
  });
  it('cites a section inside its article, with the update date', () => {
    expect(citationText({ ...base, sectionTitle: 'Energy', updated: new Date('2025-04-01'), url: 'https://x.org/articles/a/energy/' })).toBe(
      'Explainer desk. “Energy”, in “Headline”. Site, 4 March 2025; updated 1 April 2025. https://x.org/articles/a/energy/ (accessed [date]).',
    );
  });
  it('refuses a relative URL', () => {
    expect(() => citationText({ ...base, url: '/articles/a/' })).toThrow('citationText: url must be absolute, got "/articles/a/"');
  });
});
