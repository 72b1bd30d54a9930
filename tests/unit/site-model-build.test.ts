// The site model from collection entries (src/lib/site-model-build.ts): which
// articles show, in what order, and how sections, notes, topics and the
// timeline hang together. Entries carry only the fields the model reads.
import { describe, expect, it } from 'vitest';
import { buildSiteModel, contentSnapshotOf } from '../../src/lib/site-model-build';
import type { SiteCollections } from '../../src/lib/site-model';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const article = (id: string, published: string, extra: Record<string, unknown> = {}) => ({
  id,
  body: 'word '.repeat(460),
  data: { title: `Title ${id}`, dek: 'Dek.', summary: 'Summary.', published: day(published), draft: false, ...extra },
});
const section = (articleId: string, id: string, order: number, topic: string) => ({
  id: `${articleId}/${id}`,
  filePath: `content/articles/${articleId}/0${order}-${id}.mdx`,
  body: 'word '.repeat(230),
  data: { article: { id: articleId }, id, order, topic: { id: topic }, aliases: [], title: id, summary: 'S.' },
});
const topic = (id: string, order: number) => ({ id, data: { order, name: id, description: 'D.' } });
const note = (articleId: string, sectionId: string, topicId: string) => ({
  id: `${articleId}/context/${sectionId}`,
  body: 'Note. <Cite ids="S1" />',
  data: { article: articleId, section: sectionId, topic: topicId },
});

const collections = {
  articles: [
    article('older', '2025-03-01'),
    article('newer', '2025-03-09', { updated: day('2025-03-10') }),
    article('draft', '2025-03-05', { draft: true }),
    article('future', '2030-01-01'),
  ],
  // Written out of order on purpose: the model orders by `order`, not by file.
  sections: [
    section('older', 'energy', 2, 'energy'),
    section('older', 'talks', 1, 'diplomacy'),
    section('older', 'reactor', 3, 'energy'),
    section('newer', 'visit', 1, 'diplomacy'),
    section('draft', 'secret', 1, 'energy'),
  ],
  topics: [topic('energy', 2), topic('diplomacy', 1), topic('military', 3)],
  sources: [{ id: 'S1', data: { id: 'S1' } }],
  timeline: [
    { id: 'b', data: { id: 'b', date: '2025-03-04', text: 'B.', topic: 'energy', sources: ['S1'] } },
    { id: 'a', data: { id: 'a', date: '2021-02-01', text: 'A.', topic: 'diplomacy', sources: ['S1'] } },
  ],
  people: [],
  places: [
    { id: 'moscow', data: { id: 'moscow', label: 'Moscow', sources: ['S1'] } },
    { id: 'dawei', data: { id: 'dawei', label: 'Dawei', sources: ['S1'] } },
  ],
  disagreements: [],
  keyFacts: [{ id: 'older', data: { facts: [], shortVersion: [] } }],
  contextNotes: [note('older', 'energy', 'energy')],
} as unknown as SiteCollections;

const now = day('2025-12-01');

describe('buildSiteModel', () => {
  const model = buildSiteModel(collections, { now, includeDrafts: false });

  it('shows published articles only, newest first', () => {
    expect(model.articles.map((a) => a.id)).toEqual(['newer', 'older']);
  });

  it('shows drafts and future articles when asked (astro dev)', () => {
    expect(buildSiteModel(collections, { now, includeDrafts: true }).articles.map((a) => a.id)).toEqual(['future', 'newer', 'draft', 'older']);
  });

  it('orders each article’s sections by `order`, numbers them and links each to its neighbours', () => {
    const older = model.articles[1];
    expect(older.sections.map((s) => [s.id, s.position, s.previous?.id, s.next?.id])).toEqual([
      ['talks', 1, undefined, 'energy'],
      ['energy', 2, 'talks', 'reactor'],
      ['reactor', 3, 'energy', undefined],
    ]);
    expect(older.sections.every((s) => s.article === older)).toBe(true);
  });

  it('pairs a context note with its section, lists an article’s topics once each in reading order, and attaches its key facts', () => {
    const older = model.articles[1];
    expect(older.sections.map((s) => s.contextNote?.id)).toEqual([undefined, 'older/context/energy', undefined]);
    expect(older.topics.map((t) => t.id)).toEqual(['diplomacy', 'energy']);
    expect(older.facts).toEqual({ facts: [], shortVersion: [] });
    expect(model.articles[0].facts).toBeUndefined();
  });

  it('gives the reading time, the modified date and the "Updated" date', () => {
    const [newer, older] = model.articles;
    // 460 words of lede + 3 × 230 of sections = 1,150 words at 230 a minute.
    expect(older.readingMinutes).toBe(5);
    expect([older.modified, older.updated]).toEqual([day('2025-03-01'), undefined]);
    expect([newer.modified, newer.updated]).toEqual([day('2025-03-10'), day('2025-03-10')]);
  });

  it('orders topics by `order` and gives each its sections (newest article first), its notes and its timeline entries', () => {
    expect(model.topics.map((t) => [t.id, t.sections.map((s) => `${s.article.id}/${s.id}`)])).toEqual([
      ['diplomacy', ['newer/visit', 'older/talks']],
      ['energy', ['older/energy', 'older/reactor']],
      ['military', []],
    ]);
    const energy = model.topics[1];
    expect(energy.contextNotes.map((n) => [n.note.id, n.section.id])).toEqual([['older/context/energy', 'energy']]);
    expect(energy.timeline.map((e) => e.id)).toEqual(['b']);
  });

  it('leaves out the sections of hidden articles everywhere', () => {
    expect(model.sections.map((s) => s.id)).toEqual(['visit', 'talks', 'energy', 'reactor']);
    expect(model.topics.flatMap((t) => t.sections).some((s) => s.id === 'secret')).toBe(false);
  });

  it('sorts the timeline oldest first and the places by label', () => {
    expect(model.analysis.timeline.map((e) => e.id)).toEqual(['a', 'b']);
    expect(model.analysis.places.map((p) => p.label)).toEqual(['Dawei', 'Moscow']);
  });

  it('stops with the section and topic named when a section’s topic is not a topic', () => {
    const broken = { ...collections, sections: [section('older', 'talks', 1, 'sport')] } as unknown as SiteCollections;
    expect(() => buildSiteModel(broken, { now, includeDrafts: false })).toThrow('section older/talks names topic "sport"');
  });
});

describe('contentSnapshotOf', () => {
  it('hands the checks every file by the name an editor knows, and every entry’s checked fields', () => {
    const snapshot = contentSnapshotOf(collections, 'content', ['topics.yaml']);
    expect(snapshot.files).toEqual(['topics.yaml']);
    expect(snapshot.articles[0]).toMatchObject({ id: 'older', file: 'articles/older/index.mdx', draft: false, text: { title: 'Title older', conclusion: '' } });
    expect(snapshot.sections[0]).toMatchObject({ file: 'content/articles/older/02-energy.mdx', article: 'older', id: 'energy', order: 2, topic: 'energy' });
    expect(snapshot.topicIds).toEqual(['energy', 'diplomacy', 'military']);
    expect(snapshot.contextNotes[0]).toEqual({ file: 'older/context/energy', article: 'older', section: 'energy', topic: 'energy', body: 'Note. <Cite ids="S1" />' });
  });
});
