import { describe, expect, it } from 'vitest';
import { compactTimeline, filterByTopic, formatTimelineDate, sortTimeline } from '../../src/lib/timeline';

const e = (id: string, date: string, topic = 'diplomacy') => ({ id, date, topic });

describe('sortTimeline', () => {
  it('orders by date, oldest first', () => {
    const out = sortTimeline([e('c', '2025-03-04'), e('a', '2021-02-01'), e('b', '2023-11-07')]);
    expect(out.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
  it('keeps input order for equal dates (stable)', () => {
    const out = sortTimeline([e('x', '2025-03-04'), e('early', '2025-03-03'), e('y', '2025-03-04'), e('z', '2025-03-04')]);
    expect(out.map((x) => x.id)).toEqual(['early', 'x', 'y', 'z']);
  });
  it('puts a month-only date before the days of that month', () => {
    const out = sortTimeline([e('day', '2022-07-01'), e('month', '2022-07'), e('june', '2022-06-30')]);
    expect(out.map((x) => x.id)).toEqual(['june', 'month', 'day']);
  });
  it('does not mutate its input', () => {
    const input = [e('b', '2025-01-01'), e('a', '2024-01-01')];
    sortTimeline(input);
    expect(input.map((x) => x.id)).toEqual(['b', 'a']);
  });
  it('throws on a malformed date, naming it', () => {
    expect(() => sortTimeline([e('a', '4 March 2025')])).toThrow('timeline: expected a date as YYYY-MM-DD or YYYY-MM, got "4 March 2025"');
  });
});

describe('filterByTopic', () => {
  it('keeps only the topic, in order', () => {
    const out = filterByTopic([e('a', '2021-01-01', 'energy'), e('b', '2021-01-02', 'military'), e('c', '2021-01-03', 'energy')], 'energy');
    expect(out.map((x) => x.id)).toEqual(['a', 'c']);
  });
});

describe('formatTimelineDate', () => {
  it('formats days and months', () => {
    expect(formatTimelineDate('2021-02-01')).toBe('1 February 2021');
    expect(formatTimelineDate('2022-07')).toBe('July 2022');
  });
});

describe('compactTimeline', () => {
  const all = [
    e('coup', '2021-02-01'),
    e('e1', '2021-06-22'),
    e('e3', '2022-09-07'),
    e('warrant', '2025-02-13'),
    e('dep', '2025-03-03'),
    e('meet', '2025-03-04'),
    e('quake', '2025-03-28'),
    e('parade', '2025-05'),
    e('vote', '2025-12-28'),
  ];
  it('keeps the start and the entries nearest the focus, in date order', () => {
    expect(compactTimeline(all, { focus: '2025-03-04', limit: 5 }).map((x) => x.id)).toEqual(['coup', 'warrant', 'dep', 'meet', 'quake']);
  });
  it('returns everything, sorted, when there are no more than the limit', () => {
    expect(compactTimeline([all[2], all[0]], { focus: '2025-03-04', limit: 5 }).map((x) => x.id)).toEqual(['coup', 'e3']);
  });
  it('rejects a limit below 1', () => {
    expect(() => compactTimeline(all, { focus: '2025-03-04', limit: 0 })).toThrow('compactTimeline: limit must be a whole number ≥ 1, got 0');
  });
});
