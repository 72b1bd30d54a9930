import { describe, expect, it } from 'vitest';
import { byLabel, byOrder, groupByTopic, neighbours, newestFirst, oldestFirst, uniqueInOrder } from '../../src/lib/ordering';

describe('byOrder', () => {
  it('sorts by order without mutating the input', () => {
    const input = [{ order: 3, id: 'c' }, { order: 1, id: 'a' }, { order: 2, id: 'b' }];
    expect(byOrder(input).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(input.map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('newestFirst', () => {
  it('puts the latest date first and breaks ties by key', () => {
    const items = [
      { id: 'old', d: new Date('2025-01-01') },
      { id: 'new-b', d: new Date('2025-03-01') },
      { id: 'new-a', d: new Date('2025-03-01') },
    ];
    expect(newestFirst(items, (i) => i.d, (i) => i.id).map((i) => i.id)).toEqual(['new-a', 'new-b', 'old']);
  });
});

describe('groupByTopic', () => {
  it('keeps topic order and gives empty topics an empty list', () => {
    const groups = groupByTopic(['diplomacy', 'energy', 'military'], [{ t: 'energy', n: 1 }, { t: 'diplomacy', n: 2 }, { t: 'energy', n: 3 }], (x) => x.t);
    expect([...groups.keys()]).toEqual(['diplomacy', 'energy', 'military']);
    expect(groups.get('energy')!.map((x) => x.n)).toEqual([1, 3]);
    expect(groups.get('military')).toEqual([]);
  });
  it('throws on an unknown topic, naming it', () => {
    expect(() => groupByTopic(['energy'], [{ t: 'sport' }], (x) => x.t)).toThrow(/unknown topic "sport"/);
  });
});

describe('neighbours', () => {
  it('returns previous and next, undefined at the ends', () => {
    const list = ['a', 'b', 'c'];
    expect(neighbours(list, 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(list, 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(list, 2)).toEqual({ previous: 'b', next: undefined });
  });
});

describe('uniqueInOrder', () => {
  it('drops repeats and keeps first-seen order', () => {
    expect(uniqueInOrder(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});

describe('byLabel', () => {
  it('sorts alphabetically by the label, not by id or input order, without changing the input', () => {
    const places = [
      { id: 'spb', label: 'St Petersburg' },
      { id: 'a-yangon', label: 'Yangon' },
      { id: 'naypyidaw', label: 'Naypyidaw' },
      { id: 'dawei', label: 'dawei' },
    ];
    expect(byLabel(places, (p) => p.label).map((p) => p.label)).toEqual(['dawei', 'Naypyidaw', 'St Petersburg', 'Yangon']);
    expect(places[0].id).toBe('spb');
  });
});

describe('oldestFirst', () => {
  it('sorts by date, oldest first, keeping the written order of equal dates, without touching its input', () => {
    const input = [
      { date: new Date('2025-03-09'), text: 'b' },
      { date: new Date('2025-03-01'), text: 'a' },
      { date: new Date('2025-03-09'), text: 'c' },
    ];
    expect(oldestFirst(input).map((c) => c.text)).toEqual(['a', 'b', 'c']);
    expect(input.map((c) => c.text)).toEqual(['b', 'a', 'c']);
  });
});
