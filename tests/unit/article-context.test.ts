import { describe, expect, it } from 'vitest';
import { articleContext, COMPACT_TIMELINE_LENGTH } from '../../src/lib/article-context';
import type { Disagreement, TimelineEntry } from '../../src/lib/schemas/analysis';

const entry = (id: string, date: string, sources: string[]): TimelineEntry => ({ id, date, text: id, topic: 'diplomacy', sources });
const timeline = Array.from({ length: 12 }, (_, i) => entry(`e${i}`, `2025-0${1 + Math.floor(i / 3)}-1${i % 3}`, [`T${i}`]));
const disagreements = [
  { id: 'X1', article: 'a', point: 'p', topic: 'diplomacy', sides: [{ label: 'a', claim: 'c', sources: ['D1'] }] },
  { id: 'X2', article: 'b', point: 'q', topic: 'energy', sides: [{ label: 'b', claim: 'd', sources: ['D2'] }] },
] as unknown as Disagreement[];
const article = (focus?: Date) =>
  ({
    id: 'a',
    entry: { data: { timelineFocus: focus } },
    facts: { id: 'a', shortVersion: [{ text: 's', sources: ['S1'] }], facts: [{ label: 'l', value: 'v', sources: ['F1', 'S1'] }] },
    sections: [{ contextNote: { body: 'One. <Cite ids="N1 N2" />' } }, {}, { contextNote: { body: 'Two. <Cite ids="N1" />' } }],
  }) as never;

describe('articleContext', () => {
  it('lists citations in reading order: short version, key facts, notes, disagreements, timeline', () => {
    const ctx = articleContext(article(new Date('2025-02-10')), { timeline, disagreements });
    // The first entry, then the five nearest 10 February: 10–12 Feb, 10 Mar (28 days), and of
    // 12 Jan and 11 Mar (29 days each) the earlier.
    expect(COMPACT_TIMELINE_LENGTH).toBe(6);
    expect(ctx.timeline.map((t) => t.id)).toEqual(['e0', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(ctx.citationIds).toEqual(['S1', 'F1', 'S1', 'N1', 'N2', 'N1', 'D1', 'T0', 'T2', 'T3', 'T4', 'T5', 'T6']);
  });
  it('shows no timeline without a focus date', () => {
    const ctx = articleContext(article(), { timeline, disagreements });
    expect(ctx.timeline).toEqual([]);
    expect(ctx.citationIds).toEqual(['S1', 'F1', 'S1', 'N1', 'N2', 'N1', 'D1']);
  });
  it("shows only the article's own disagreements", () => {
    expect(articleContext(article(), { timeline, disagreements }).disagreements.map((d) => d.id)).toEqual(['X1']);
  });
});
