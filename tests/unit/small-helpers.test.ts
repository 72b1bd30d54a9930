import { describe, expect, it } from 'vitest';
import { calendarDay, formatDate, isoDate } from '../../src/lib/dates';
import { andList, listingPositionLabel, sectionCountLabel, topicLine } from '../../src/lib/labels';
import { paragraphs } from '../../src/lib/paragraphs';
import { isVisible, scheduledNotice, updatedDateProblem } from '../../src/lib/publishing';
import { contentDir } from '../../src/lib/content-dir';
import { contextLabelId, disagreementId, isReservedSectionId, ID_PATTERN, personId, timelineEntryId } from '../../src/lib/ids';

describe('dates', () => {
  it('formats calendar dates in UTC', () => {
    const d = new Date('2025-03-04');
    expect(formatDate(d)).toBe('4 March 2025');
    expect(isoDate(d)).toBe('2025-03-04');
  });
  it('rejects invalid dates', () => {
    expect(() => formatDate(new Date('nope'))).toThrow(/invalid date/);
  });
});

describe('sectionCountLabel', () => {
  it('pluralises', () => {
    expect(sectionCountLabel(0)).toBe('0 sections');
    expect(sectionCountLabel(1)).toBe('1 section');
    expect(sectionCountLabel(5)).toBe('5 sections');
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(paragraphs('One\nline.\n\n  Two.  \n\n\n')).toEqual(['One line.', 'Two.']);
  });
});

describe('isVisible', () => {
  const now = new Date('2026-01-01');
  it('hides drafts and future articles in production', () => {
    expect(isVisible({ draft: false, published: new Date('2025-01-01') }, { includeDrafts: false, now })).toBe(true);
    expect(isVisible({ draft: true, published: new Date('2025-01-01') }, { includeDrafts: false, now })).toBe(false);
    expect(isVisible({ draft: false, published: new Date('2027-01-01') }, { includeDrafts: false, now })).toBe(false);
  });
  it('shows everything in dev', () => {
    expect(isVisible({ draft: true, published: new Date('2027-01-01') }, { includeDrafts: true, now })).toBe(true);
  });
});

describe('scheduledNotice', () => {
  const now = new Date('2026-12-07T16:00:00Z');
  it('names each article a production build leaves out for its date, with the date, and says what to fix', () => {
    const articles = [
      { id: 'laos-grid', draft: false, published: new Date('2027-12-05') },
      { id: 'today', draft: false, published: new Date('2026-12-07') },
      { id: 'a-draft', draft: true, published: new Date('2028-01-01') },
      { id: 'unreadable', draft: false, published: undefined },
    ];
    expect(scheduledNotice(articles, now)).toBe('1 article is dated after today, so production builds leave it out until then: "laos-grid" (published: 2027-12-05). If that is a typo, fix "published:" in the article\'s index.mdx.');
    expect(scheduledNotice([...articles, { id: 'b', draft: false, published: new Date('2026-12-08') }], now)).toMatch(/^2 articles are dated after today, so production builds leave them out until then: "laos-grid" \(published: 2027-12-05\), "b" \(published: 2026-12-08\)\./);
  });
  it('says nothing when every article is out or a draft', () => {
    expect(scheduledNotice([{ id: 'a', draft: false, published: new Date('2025-03-04') }, { id: 'd', draft: true, published: new Date('2030-01-01') }], now)).toBeUndefined();
  });
});

describe('contentDir', () => {
  it('defaults to ./content and honours CONTENT_DIR', () => {
    expect(contentDir({})).toBe('./content');
    expect(contentDir({ CONTENT_DIR: ' tests/fixtures/x ' })).toBe('tests/fixtures/x');
  });
});

describe('ids', () => {
  it('accepts short hyphenated ids and rejects others', () => {
    expect(ID_PATTERN.test('energy')).toBe(true);
    expect(ID_PATTERN.test('dawei-port-2')).toBe(true);
    expect(ID_PATTERN.test('Energy')).toBe(false);
    expect(ID_PATTERN.test('a--b')).toBe(false);
    expect(ID_PATTERN.test('-a')).toBe(false);
  });
  it('reserves route names', () => {
    expect(isReservedSectionId('og')).toBe(true);
    expect(isReservedSectionId('energy')).toBe(false);
    // Element ids of the article page: the section's heading would share them.
    for (const id of ['key-facts', 'where-reports-differ', 'main', 'short-version', 'context-energy', 'ref-1', 'timeline-coup']) expect(isReservedSectionId(id), id).toBe(true);
    expect(isReservedSectionId('referendum')).toBe(false);
  });
});

describe('topicLine', () => {
  it('joins an article’s topics with a middle dot, and gives nothing for none', () => {
    expect([topicLine(['Diplomacy', 'Energy']), topicLine(['Energy']), topicLine([])]).toEqual(['Diplomacy · Energy', 'Energy', undefined]);
  });
});

describe('andList', () => {
  it('joins with commas and a final "and", no serial comma', () => {
    expect(andList([])).toBe('');
    expect(andList(['Moscow'])).toBe('Moscow');
    expect(andList(['Dawei', 'Moscow'])).toBe('Dawei and Moscow');
    expect(andList(['Naypyidaw', 'Yangon', 'Dawei'])).toBe('Naypyidaw, Yangon and Dawei');
  });
});

describe('calendarDay', () => {
  it('reads YYYY-MM-DD as that day at 00:00 UTC', () => {
    expect(calendarDay('2025-03-04')?.toISOString()).toBe('2025-03-04T00:00:00.000Z');
    expect(calendarDay(new Date(Date.UTC(2025, 2, 4)))?.toISOString()).toBe('2025-03-04T00:00:00.000Z');
  });

  it('refuses what a reader of the file could take two ways, or no way', () => {
    for (const v of ['11/12/2026', '20 November 2026', '2026-11-5', '2025-13-45', '2025-02-30', '', undefined, 20250304, new Date(Date.UTC(2025, 2, 4, 17, 30)), new Date('nope')]) {
      expect(calendarDay(v), String(v)).toBeUndefined();
    }
  });
});

describe('contextLabelId', () => {
  it('is context-<section> on one article’s pages, and keys by article with a -- no id can contain where articles share a page', () => {
    expect(contextLabelId('energy')).toBe('context-energy');
    expect(contextLabelId('energy', 'port-talks')).toBe('context-port-talks--energy');
    expect(contextLabelId('b-c', 'a')).not.toBe(contextLabelId('c', 'a-b'));
  });
});

describe('element ids of timeline entries, people and disagreements', () => {
  it('carry a prefix no section id may take, so they never clash with a section heading', () => {
    expect([timelineEntryId('coup'), personId('min-aung-hlaing'), disagreementId('X1')]).toEqual(['timeline-coup', 'who-min-aung-hlaing', 'differ-x1']);
    for (const id of [timelineEntryId('coup'), personId('putin'), disagreementId('X6')]) expect(isReservedSectionId(id)).toBe(true);
  });
});

describe('listingPositionLabel', () => {
  it('says which items a later page holds, and the whole count on a listing of one page', () => {
    expect(listingPositionLabel({ number: 2, count: 4, first: 21, last: 40, total: 61 }, 'sections', '61 sections')).toBe('Page 2 of 4: sections 21–40 of 61, newest first');
    expect(listingPositionLabel({ number: 1, count: 1, first: 1, last: 1, total: 1 }, 'sections', '1 section')).toBe('1 section, newest first');
  });
});

describe('updatedDateProblem', () => {
  it('refuses an update dated before publication, giving both dates', () => {
    expect(updatedDateProblem({ published: new Date('2025-01-15'), updated: new Date('2024-01-20') })).toBe(
      'is 2024-01-20, before published (2025-01-15): an update comes after publication; fix the date, or leave updated: out',
    );
  });
  it('accepts an update on the day of publication or later, and none', () => {
    const published = new Date('2025-01-15');
    expect(updatedDateProblem({ published, updated: new Date('2025-01-15') })).toBeUndefined();
    expect(updatedDateProblem({ published, updated: new Date('2025-02-01') })).toBeUndefined();
    expect(updatedDateProblem({ published })).toBeUndefined();
  });
});
