// The benchmark's content generator (bench/lib/synthetic.ts, issue 7): the
// same seed gives the same files, and what it writes passes the site's own
// schemas and cross-file checks, so `npm run bench` builds real pages.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleId, expectedOutputs, generateSite, isoDay, mulberry32, sectionPlan, sourceId, TOPICS } from '../../bench/lib/synthetic.ts';
import { checkAnalysis } from '../../src/lib/analysis-invariants';
import { parseContentYaml, requireFrontmatter as split } from '../../src/lib/frontmatter';
import { checkInvariants } from '../../src/lib/invariants';
import { articleFactsSchema, contextNoteSchema, disagreementSchema, personSchema, placeSchema, sourceSchema, timelineEntrySchema } from '../../src/lib/schemas/analysis';

function digest(files: Map<string, string>): string {
  const h = createHash('sha256');
  for (const [k, v] of files) h.update(`${k}\0${v}\0`);
  return h.digest('hex');
}

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    const r = mulberry32(1);
    expect([r(), r(), r()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });
});

describe('sectionPlan', () => {
  it('covers all five topics in seven sections with unique ids', () => {
    expect(sectionPlan(mulberry32(7))).toEqual([
      { id: 'international', topic: 'international' },
      { id: 'energy', topic: 'energy' },
      { id: 'military', topic: 'military' },
      { id: 'domestic', topic: 'domestic' },
      { id: 'diplomacy', topic: 'diplomacy' },
      { id: 'military-2', topic: 'military' },
      { id: 'military-3', topic: 'military' },
    ]);
  });
});

describe('generateSite', () => {
  it('is deterministic: seed 1, N = 3 always gives these exact files', () => {
    const site = generateSite(3);
    expect(digest(site.files)).toBe('5249355274cdb65a4c96074f9c19c6c34a55858a3514124e0ffa41ade2a5064f');
    expect(digest(generateSite(3, 2).files)).not.toBe(digest(site.files));
  });

  it('writes per article an index, seven sections, four context notes, three sources', () => {
    const site = generateSite(3);
    expect(site.files.size).toBe(3 * (1 + 7 + 4) + 7);
    expect([site.sections, site.contextNotes, site.sources]).toEqual([21, 12, 9]);
    expect(site.articleIds).toEqual(['synthetic-0001', 'synthetic-0002', 'synthetic-0003']);
    expect([...site.files.keys()].slice(0, 4)).toEqual([
      'articles/synthetic-0001/index.mdx',
      'articles/synthetic-0001/01-military.mdx',
      'articles/synthetic-0001/context/military.mdx',
      'articles/synthetic-0001/02-domestic.mdx',
    ]);
  });

  it('scales linearly: N = 100 gives 700 sections and 806 OG cards (800 for articles and sections, 5 for topics, 1 for the site)', () => {
    const site = generateSite(100);
    expect([site.files.size, site.sections, site.contextNotes, site.sources]).toEqual([1207, 700, 400, 300]);
    // 100 article pages, 100 sources pages, 700 section pages, 5 home pages, 5 fixed pages and the topics' pages.
    // Topics in pages of 20: 130 → 7, 138 → 7, 134 → 7, 158 → 8, 140 → 7.
    expect(site.topicSections).toEqual({ diplomacy: 130, energy: 138, military: 134, international: 158, domestic: 140 });
    expect(Object.values(site.topicSections).reduce((a, b) => a + b)).toBe(site.sections);
    expect(expectedOutputs(site)).toEqual({ html: 200 + 700 + 5 + 6 + (7 + 7 + 7 + 8 + 7), og: 800 + 5 + 1 });
  });

  it('passes the site schemas and cross-file checks', () => {
    const site = generateSite(5);
    const yaml = (name: string) => parseContentYaml(site.files.get(name)!) as unknown[];
    const sources = yaml('sources.yaml').map((s) => sourceSchema.parse(s));
    const timeline = yaml('timeline.yaml').map((s) => timelineEntrySchema.parse(s));
    const people = yaml('people.yaml').map((s) => personSchema.parse(s));
    const places = yaml('places.yaml').map((s) => placeSchema.parse(s));
    const disagreements = yaml('disagreements.yaml').map((s) => disagreementSchema.parse(s));
    const keyFacts = yaml('key-facts.yaml').map((s) => articleFactsSchema.parse(s));
    const topicIds = (yaml('topics.yaml') as { id: string }[]).map((t) => t.id);
    expect(topicIds).toEqual([...TOPICS]);

    const entries = [...site.files].filter(([p]) => p.endsWith('.mdx'));
    const articles = entries.filter(([p]) => p.endsWith('/index.mdx')).map(([p]) => ({ id: p.split('/')[1], file: p }));
    const sections = entries
      .filter(([p]) => !p.endsWith('/index.mdx') && !p.includes('/context/'))
      .map(([file, text]) => {
        const { data, body } = split(text);
        return { file, article: String(data.article), id: String(data.id), order: Number(data.order), topic: String(data.topic), aliases: [], body };
      });
    const notes = entries.filter(([p]) => p.includes('/context/')).map(([file, text]) => ({ file, ...contextNoteSchema.parse(split(text).data), body: split(text).body }));
    const sectionsByArticle = new Map(articles.map((a) => [a.id, sections.filter((s) => s.article === a.id).map((s) => s.id)]));

    expect(checkInvariants({ articles, sections, topicIds })).toEqual([]);
    expect(
      checkAnalysis({
        sourceIds: sources.map((s) => s.id),
        topicIds,
        sectionsByArticle,
        citing: [...timeline, ...people, ...places].map((e) => ({ file: 'yaml', ids: e.sources })).concat(
          disagreements.map((d) => ({ file: 'disagreements.yaml', ids: d.sides.flatMap((s) => s.sources) })),
          keyFacts.map((k) => ({ file: 'key-facts.yaml', ids: [...k.facts, ...k.shortVersion].flatMap((f) => f.sources) })),
        ),
        topical: [...timeline, ...disagreements].map((e) => ({ file: 'yaml', topic: e.topic })),
        contextNotes: notes,
        keyFacts: keyFacts.map((k) => ({ file: 'key-facts.yaml', article: k.id })),
        disagreements: disagreements.map((d) => ({ file: 'disagreements.yaml', article: d.article })),
      }),
    ).toEqual([]);
    // Every section page of article 1 has every topic at least once.
    expect(new Set(sections.filter((s) => s.article === 'synthetic-0001').map((s) => s.topic)).size).toBe(5);
  });

  it('refuses a size that is not a whole number ≥ 1', () => {
    expect(() => generateSite(0)).toThrow('generateSite: n must be a whole number ≥ 1, got 0');
  });
});

describe('ids and dates', () => {
  it('formats article ids, source ids and days', () => {
    expect([articleId(0), articleId(999), sourceId(0), sourceId(2999)]).toEqual(['synthetic-0001', 'synthetic-1000', 'S1', 'S3000']);
    expect([isoDay(0), isoDay(365), isoDay(999)]).toEqual(['2020-01-01', '2020-12-31', '2022-09-26']);
  });
});
