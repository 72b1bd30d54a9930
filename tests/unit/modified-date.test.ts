import { describe, expect, it } from 'vitest';
import { modifiedDate, updatedDate } from '../../src/lib/modified-date';

const day = (s: string) => new Date(s);

describe('modifiedDate', () => {
  it('is the publication date when nothing changed', () => {
    expect(modifiedDate({ published: day('2026-01-15'), corrections: [] }).toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });
  it('is `updated` when that is the latest change', () => {
    expect(modifiedDate({ published: day('2026-01-15'), updated: day('2026-02-01'), corrections: [{ date: day('2026-01-20') }] }).toISOString()).toBe(
      '2026-02-01T00:00:00.000Z',
    );
  });
  it('is the latest correction when it comes after `updated`, whatever the list order', () => {
    const corrections = [{ date: day('2026-03-09') }, { date: day('2026-02-10') }];
    expect(modifiedDate({ published: day('2026-01-15'), updated: day('2026-02-01'), corrections }).toISOString()).toBe('2026-03-09T00:00:00.000Z');
  });
  it('counts corrections without an `updated` date', () => {
    expect(modifiedDate({ published: day('2026-01-15'), corrections: [{ date: day('2026-01-16') }] }).toISOString()).toBe('2026-01-16T00:00:00.000Z');
  });
});

describe('updatedDate', () => {
  it('is none for an unchanged article and the latest change otherwise', () => {
    expect(updatedDate({ published: day('2026-01-15'), corrections: [] })).toBeUndefined();
    expect(updatedDate({ published: day('2026-01-15'), updated: day('2026-01-15') })).toBeUndefined();
    expect(updatedDate({ published: day('2026-01-15'), corrections: [{ date: day('2026-02-03') }] })?.toISOString()).toBe('2026-02-03T00:00:00.000Z');
  });
});
