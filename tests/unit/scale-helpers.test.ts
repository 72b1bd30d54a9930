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
    }
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

  it('reads the timeline once, however many pages ask (no whole-list work per call)', () => {
    // Each entry counts reads of its date: the whole-list version read all 1,000
    // on every call (~2 s for 1,000 calls, issue 7). Counted, not timed.
    let reads = 0;
    const entries = Array.from({ length: 1000 }, (_, i) => {
      const date = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
      return Object.defineProperty({ id: `e${i}` }, 'date', { enumerable: true, get: () => (reads++, date) }) as E;
    });
    const first = compactTimeline(entries, { focus: '2020-06-01', limit: 8 });
    const afterOne = reads;
    expect(afterOne).toBeGreaterThan(0);
    for (let i = 0; i < 1000; i++) compactTimeline(entries, { focus: `2020-0${1 + (i % 9)}-15`, limit: 8 });
    expect(reads).toBe(afterOne);
    expect(first.map((e) => e.id)).toEqual(['e0', 'e149', 'e150', 'e151', 'e152', 'e153', 'e154', 'e155']);
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
  it('indexes the sources list once, however many pages build a registry', () => {
    // Each source counts reads of its id: indexing the list per page read all
    // 3,000 for each of 8,000 pages (~6 s, issue 7). Counted, not timed.
    let reads = 0;
    const counted: Source[] = sources.map((s) => {
      const { id, ...rest } = s;
      return Object.defineProperty({ ...rest }, 'id', { enumerable: true, get: () => (reads++, id) }) as Source;
    });
    createCitationRegistry(counted, ['S1', 'S2']);
    const afterOne = reads;
    expect(afterOne).toBeGreaterThanOrEqual(3000);
    for (let p = 0; p < 8000; p++) createCitationRegistry(counted, ['S1', 'S2', 'S3', 'S1']);
    expect(reads).toBe(afterOne);
  });
});
