import { describe, expect, it } from 'vitest';
import { requireFrontmatter } from '../../src/lib/frontmatter';
import {
  PLACEHOLDERS,
  articleIdProblem,
  parseTopicAnswer,
  parseTopicList,
  placeholdersIn,
  previewUrl,
  scaffoldFiles,
  slugify,
} from '../../src/lib/scaffold';

const topics = [
  { id: 'diplomacy', name: 'Diplomacy' },
  { id: 'energy', name: 'Energy' },
  { id: 'military', name: 'Military' },
];

const frontmatter = (content: string): Record<string, unknown> => requireFrontmatter(content).data;

describe('slugify', () => {
  it('lowercases, drops apostrophes and accents, joins words with single hyphens', () => {
    expect(slugify('Myanmar’s Junta Chief Visits Russia for Strategic Talks')).toBe('myanmars-junta-chief-visits-russia-for-strategic-talks');
    expect(slugify('  Naypyidaw & Moscow: 10 deals — “Café” talks! ')).toBe('naypyidaw-moscow-10-deals-cafe-talks');
  });
  it('writes Latin letters that have no accent to drop in plain letters, not dropping them', () => {
    expect(slugify('Đà Nẵng port deal')).toBe('da-nang-port-deal');
    expect(slugify('Łódź, Øresund, Straße, Æsir, Œuvre, Þing')).toBe('lodz-oresund-strasse-aesir-oeuvre-thing');
  });
  it('cuts long titles at a word boundary, at most 60 characters', () => {
    const id = slugify('One two three four five six seven eight nine ten eleven twelve thirteen fourteen');
    expect(id).toBe('one-two-three-four-five-six-seven-eight-nine-ten-eleven');
    expect(id.length).toBeLessThanOrEqual(60);
  });
  it('gives an empty id for a title with no Latin letters or digits (a Burmese title), which is refused with the way out', () => {
    expect(slugify('— ! —')).toBe('');
    expect(slugify('မြန်မာ')).toBe('');
    expect(articleIdProblem('')).toBe('the title has no Latin letters or digits to make an id from (ids are a-z, 0-9 and hyphens); pass one with --id, e.g. --id port-talks');
  });
});

describe('articleIdProblem', () => {
  it('accepts ids of ID_PATTERN and explains the rule otherwise', () => {
    expect(articleIdProblem('dawei-port-2026')).toBeUndefined();
    expect(articleIdProblem('Dawei_Port')).toBe('article id "Dawei_Port" must be lowercase letters, digits and single hyphens, e.g. "energy" or "dawei-port"');
  });
});

describe('topic choice', () => {
  it('keeps the order given', () => {
    expect(parseTopicList('military, energy', topics).map((t) => t.id)).toEqual(['military', 'energy']);
  });
  it('names the known topics when one is unknown, repeated or none is given', () => {
    expect(() => parseTopicList('energy,sport', topics)).toThrow('unknown topic "sport"; expected some of: diplomacy, energy, military');
    expect(() => parseTopicList('energy,energy', topics)).toThrow('topic "energy" is listed twice');
    expect(() => parseTopicList(' , ', topics)).toThrow('choose at least one topic; expected some of: diplomacy, energy, military');
  });
  it('reads prompt answers as numbers or ids', () => {
    expect(parseTopicAnswer('3,1', topics).map((t) => t.id)).toEqual(['military', 'diplomacy']);
    expect(parseTopicAnswer('energy, 3', topics).map((t) => t.id)).toEqual(['energy', 'military']);
    expect(() => parseTopicAnswer('4', topics)).toThrow('unknown topic "4"');
  });
});

describe('scaffoldFiles', () => {
  const files = scaffoldFiles({ title: 'Talks: “What next?”', id: 'talks-what-next', published: '2026-11-27', topics: [topics[2], topics[1]], draft: true });

  it('writes index.mdx and one numbered section per topic, in the order chosen', () => {
    expect(files.map((f) => f.path)).toEqual(['index.mdx', '01-military.mdx', '02-energy.mdx']);
  });
  it('writes article frontmatter that parses to the schema fields, as a draft with placeholders', () => {
    expect(frontmatter(files[0].content)).toEqual({
      title: 'Talks: “What next?”',
      dek: PLACEHOLDERS.dek,
      published: '2026-11-27',
      byline: 'Explainer desk',
      summary: PLACEHOLDERS.summary,
      draft: true,
      corrections: [],
    });
    expect(files[0].content.endsWith(`---\n\n${PLACEHOLDERS.lede}\n`)).toBe(true);
  });
  it('writes sections that name the article, topic, id and order', () => {
    expect(frontmatter(files[2].content)).toEqual({
      article: 'talks-what-next',
      id: 'energy',
      order: 2,
      title: 'Energy',
      topic: 'energy',
      summary: PLACEHOLDERS.sectionSummary,
    });
    expect(placeholdersIn(files[2].content)).toEqual([PLACEHOLDERS.sectionSummary, PLACEHOLDERS.sectionBody]);
  });
  it('finds an editor’s own TODO: note too, not only the scaffold’s', () => {
    expect(placeholdersIn('The plant is 110 MW. TODO: check this figure with the desk.\nMore text.')).toEqual(['TODO: check this figure with the desk.']);
    expect(placeholdersIn('A to-do list is not a TODO marker.')).toEqual([]);
  });
  it('writes draft: false only when asked', () => {
    const published = scaffoldFiles({ title: 'T', id: 't', published: '2026-11-27', topics: [topics[0]], draft: false });
    expect(frontmatter(published[0].content).draft).toBe(false);
  });
  it('refuses a bad id, date or an empty topic list', () => {
    const base = { title: 'T', id: 't', published: '2026-11-27', topics: [topics[0]], draft: true };
    expect(() => scaffoldFiles({ ...base, id: 'T!' })).toThrow('article id "T!" must be');
    expect(() => scaffoldFiles({ ...base, published: '27/11/2026' })).toThrow('published must be a real date written YYYY-MM-DD, got "27/11/2026"');
    expect(() => scaffoldFiles({ ...base, published: '2026-13-45' })).toThrow('published must be a real date written YYYY-MM-DD, got "2026-13-45"');
    expect(() => scaffoldFiles({ ...base, topics: [] })).toThrow('choose at least one topic');
  });
});

describe('previewUrl', () => {
  it('follows BASE_PATH', () => {
    expect(previewUrl('talks')).toBe('http://localhost:4321/articles/talks/');
    expect(previewUrl('talks', '/explainer/')).toBe('http://localhost:4321/explainer/articles/talks/');
    expect(previewUrl('talks', 'explainer')).toBe('http://localhost:4321/explainer/articles/talks/');
  });
});
