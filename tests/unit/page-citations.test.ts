import { describe, expect, it } from 'vitest';
import { pageCitationIds } from '../../src/lib/page-citations';
import type { ArticleFacts, Disagreement, TimelineEntry } from '../../src/lib/schemas/analysis';

describe('pageCitationIds', () => {
  it('lists every citation in reading order, repeats included', () => {
    const facts = { id: 'a', shortVersion: [{ text: 'a', sources: ['V3'] }, { text: 'b', sources: ['V7', 'N3'] }], facts: [{ label: 'l', value: 'v', sources: ['V3'] }] } as unknown as ArticleFacts;
    const disagreements = [{ id: 'X1', sides: [{ sources: ['V4'] }, { sources: [] }] }] as unknown as Disagreement[];
    const timeline = [{ id: 't', sources: ['E1a', 'E1b'] }] as unknown as TimelineEntry[];
    expect(
      pageCitationIds({ facts, noteBodies: ['A. <Cite ids="N3" /> B. <Cite ids="D2a D2b" />', 'C. <Cite ids="V3" />'], disagreements, timeline }),
    ).toEqual(['V3', 'V7', 'N3', 'V3', 'N3', 'D2a', 'D2b', 'V3', 'V4', 'E1a', 'E1b']);
  });
  it('is empty for a page with no context', () => {
    expect(pageCitationIds({})).toEqual([]);
  });
});
