import { describe, expect, it } from 'vitest';
import { ARTICLE_PARTS, articleContents } from '../../src/lib/article-contents';
import { isReservedSectionId } from '../../src/lib/ids';

const sections = [
  { id: 'diplomacy', title: 'Strengthening Diplomatic Relations' },
  { id: 'energy', title: 'Economic and Energy Cooperation' },
];
const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('articleContents', () => {
  it('lists every part in the order the page shows them: briefing, sections, corrections, then the context', () => {
    expect(titles(articleContents({ sections, briefing: true, corrections: true, disagreements: true, timeline: true }))).toEqual([
      'The short version',
      'Key facts',
      'Strengthening Diplomatic Relations',
      'Economic and Energy Cooperation',
      'Corrections',
      'Where reports differ',
      'Timeline',
      'Sources',
      'Cite this article',
    ]);
  });

  it('leaves out a part the article does not have, and always keeps Sources and Cite this', () => {
    const items = articleContents({ sections, briefing: false, corrections: false, disagreements: false, timeline: false });
    expect(items.map((i) => i.id)).toEqual(['diplomacy', 'energy', 'sources', 'cite-this-article']);
  });

  it('gives the parts ids no section can take, so no link in the list lands on the wrong heading', () => {
    for (const part of Object.values(ARTICLE_PARTS)) expect(isReservedSectionId(part.id), part.id).toBe(true);
  });
});
