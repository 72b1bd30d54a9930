// Issue 7 (performance at scale): compactTimeline and createCitationRegistry
// are called once per page over site-wide lists, so they no longer sort or
// index the whole list per call. These tests pin that the fast paths give
// exactly what the straightforward versions gave.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/lib/synthetic.ts';
import { createCitationRegistry } from '../../src/lib/citations';
import type { Source } from '../../src/lib/schemas/analysis';
import { compactTimeline, sortTimeline } from '../../src/lib/timeline';

interface E {
  id: string;
  date: string;
}

/** The original whole-list version, kept here as the reference. */
function reference(entries: readonly E[], focus: string, limit: number): E[] {
  const day = (d: string) => {
    const [y, m, dd = 1] = d.split('-').map(Number);
    return Date.UTC(y, m - 1, dd) / 86_400_000;
  };
  const sorted = sortTimeline(entries);
  if (sorted.length <= limit) return sorted;
  const [first, ...rest] = sorted;
  const target = day(focus);
  return [
    first,
    ...rest
      .map((e, i) => ({ e, i, distance: Math.abs(day(e.date) - target) }))
      .sort((a, b) => a.distance - b.distance || a.i - b.i)
      .slice(0, limit - 1)
      .sort((a, b) => a.i - b.i)
      .map(({ e }) => e),
  ];
}

describe('compactTimeline at scale', () => {
  it('matches the whole-list version on 300 random timelines with ties and month-only dates', () => {
    const rand = mulberry32(42);
    let compared = 0;
    for (let t = 0; t < 300; t++) {
      const n = 1 + Math.floor(rand() * 40);
      const entries: E[] = Array.from({ length: n }, (_, i) => {
        const y = 2020 + Math.floor(rand() * 3);
        const m = String(1 + Math.floor(rand() * 3)).padStart(2, '0');
        // Few distinct days, so equal dates and equal distances are common.
        const date = rand() < 0.2 ? `${y}-${m}` : `${y}-${m}-${String(1 + Math.floor(rand() * 4) * 7).padStart(2, '0')}`;
        return { id: `e${i}`, date };
      });
      const focus = `${2020 + Math.floor(rand() * 3)}-0${1 + Math.floor(rand() * 3)}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
      const limit = 1 + Math.floor(rand() * 9);
      expect(compactTimeline(entries, { focus, limit }).map((e) => e.id)).toEqual(reference(entries, focus, limit).map((e) => e.id));
      compared++;
    }
    expect(compared).toBe(300);
  });

  it('prefers the earlier of two entries on the same far day', () => {
    const entries = [
      { id: 'start', date: '2020-01-01' },
      { id: 'a', date: '2020-03-01' },
      { id: 'b', date: '2020-03-01' },
      { id: 'c', date: '2020-03-10' },
    ];
    expect(compactTimeline(entries, { focus: '2020-03-10', limit: 3 }).map((e) => e.id)).toEqual(['start', 'a', 'c']);
  });

  it('answers 1,000 calls over a 1,000-entry timeline in well under a second', () => {
    const entries = Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10) }));
    const start = performance.now();
    for (let i = 0; i < 1000; i++) compactTimeline(entries, { focus: entries[i].date, limit: 8 });
    // The whole-list version took ~2 s here (issue 7); the budget leaves room for a loaded CI machine.
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('createCitationRegistry over a large sources list', () => {
  const sources: Source[] = Array.from({ length: 3000 }, (_, i) => ({ id: `S${i + 1}`, title: `t${i}`, publisher: 'p', url: 'https://example.org/', kind: 'wire' }));
  it('numbers and resolves the same as before', () => {
    const r = createCitationRegistry(sources, ['S3000', 'S1', 'S3000']);
    expect(r.entries.map((e) => [e.number, e.source.id, e.uses])).toEqual([
      [1, 'S3000', 2],
      [2, 'S1', 1],
    ]);
    expect(() => createCitationRegistry(sources, ['S3001'])).toThrow('Citation registry: unknown source id "S3001"; every id must be in content/sources.yaml');
  });
  it('builds 8,000 page registries over 3,000 sources in well under a second', () => {
    const start = performance.now();
    for (let p = 0; p < 8000; p++) createCitationRegistry(sources, ['S1', 'S2', 'S3', 'S1']);
    // Indexing the list per page took ~6 s here (issue 7).
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
