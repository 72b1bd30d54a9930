/**
 * The transcribed content itself: every file parses with its schema, every
 * citation resolves, every source is cited, and the counts match the fact
 * sheet. Files are read as the build reads them (parseContentYaml: dates stay
 * as written), so an impossible date fails here as it fails the build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCitations, checkAnalysis } from '../../src/lib/analysis-invariants';
import { analysisInput } from '../../src/lib/content-checks';
import { readContentSnapshot } from '../../src/lib/content-snapshot';
import { findUnusedSources } from '../../src/lib/citations';
import { parseContentYaml as parseYaml, readFrontmatter } from '../../src/lib/frontmatter';
import {
  contextNoteSchema,
  disagreementSchema,
  personSchema,
  sourceSchema,
  timelineEntrySchema,
} from '../../src/lib/schemas/analysis';
import { sortTimeline } from '../../src/lib/timeline';
import { z } from 'astro/zod';

const ARTICLE = 'min-aung-hlaing-russia-visit-2025';
const load = <T extends z.ZodType>(file: string, schema: T) =>
  z.array(schema).parse(parseYaml(readFileSync(join('content', file), 'utf8'))) as z.infer<T>[];

const sources = load('sources.yaml', sourceSchema);
const timeline = load('timeline.yaml', timelineEntrySchema);
const people = load('people.yaml', personSchema);
const disagreements = load('disagreements.yaml', disagreementSchema);

const contextDir = `content/articles/${ARTICLE}/context`;
const contextNotes = readdirSync(contextDir).map((name) => {
  const text = readFileSync(join(contextDir, name), 'utf8');
  const { data, body } = readFrontmatter(text);
  return { file: `${contextDir}/${name}`, ...contextNoteSchema.parse(data), body };
});
const sectionIds = readdirSync(`content/articles/${ARTICLE}`)
  .filter((n) => /^\d+-.*\.mdx$/.test(n))
  .map((n) => /\nid: (\S+)/.exec(readFileSync(`content/articles/${ARTICLE}/${n}`, 'utf8'))![1]);

// The same input the build and check:content give the cross-file rules (src/lib/content-checks.ts).
const input = analysisInput(readContentSnapshot('content'));

describe('analysis content', () => {
  it('has exactly one source per address on the fact sheet, with unique ids', () => {
    const sheet = readFileSync('tests/fixtures/facts.md', 'utf8');
    const addresses = new Set(sheet.match(/https?:\/\/[^\s)|]+/g));
    expect(new Set(sources.map((s) => s.url))).toEqual(addresses);
    expect(sources).toHaveLength(addresses.size);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  it('names state media only where the sheet does', () => {
    expect(sources.filter((s) => s.kind === 'state-media').map((s) => s.id)).toEqual(['V2a', 'V8', 'N1']);
  });

  it('breaks no cross-file rule', () => {
    expect(checkAnalysis(input)).toEqual([]);
  });

  it('hands the rules the citations of every data file that cites sources', () => {
    const dataFile = (file: string) => file.replace(/ \(entry "[^"]*"\)$/, '');
    expect(new Set(input.citing.map((c) => dataFile(c.file)))).toEqual(
      new Set(['content/timeline.yaml', 'content/people.yaml', 'content/places.yaml', 'content/disagreements.yaml', 'content/key-facts.yaml']),
    );
  });

  it('cites every source somewhere', () => {
    expect(findUnusedSources(allCitations(input), input.sourceIds)).toEqual([]);
  });

  it('has the six disagreements X1–X6', () => {
    expect(disagreements.map((d) => d.id)).toEqual(['X1', 'X2', 'X3', 'X4', 'X5', 'X6']);
  });

  it('runs the timeline from the coup to the election', () => {
    const sorted = sortTimeline(timeline);
    expect(sorted[0]).toMatchObject({ id: 'coup', date: '2021-02-01', sources: ['H1'] });
    expect(sorted.at(-1)).toMatchObject({ id: 'election-first-phase', date: '2025-12-28', sources: ['H6'] });
  });

  it('gives Burmese names only for the two the sheet gives', () => {
    expect(people.filter((p) => p.nameMy).map((p) => [p.id, p.nameMy])).toEqual([
      ['min-aung-hlaing', 'မင်းအောင်လှိုင်'],
      ['tatmadaw', 'တပ်မတော်'],
    ]);
  });

  it('has a context note for every section of the seed article', () => {
    expect(contextNotes.map((n) => n.section).sort()).toEqual([...sectionIds].sort());
  });

  it('keeps context notes out of the sections collection glob', () => {
    // The lead's sections glob (src/content.config.ts) and the proposed context-notes glob.
    expect(matchesGlob(`${ARTICLE}/02-energy.mdx`, '*/!(index).mdx')).toBe(true);
    expect(matchesGlob(`${ARTICLE}/context/energy.mdx`, '*/!(index).mdx')).toBe(false);
    expect(matchesGlob(`${ARTICLE}/context/energy.mdx`, '*/context/*.mdx')).toBe(true);
  });
});

describe('checkAnalysis', () => {
  it('names the file and the id of an unknown citation, and a missing section', () => {
    const broken = {
      ...input,
      contextNotes: [{ file: 'content/articles/a/context/x.mdx', article: ARTICLE, section: 'nope', topic: 'energy', body: 'Text. <Cite ids="Q7" />' }],
    };
    expect(checkAnalysis(broken)).toEqual([
      { file: 'content/articles/a/context/x.mdx', field: 'sources', message: 'cites source "Q7", which is not in content/sources.yaml' },
      {
        file: 'content/articles/a/context/x.mdx',
        field: 'section',
        message: `names section "nope", which article "${ARTICLE}" does not have; expected one of: ${sectionIds.join(', ')}`,
      },
    ]);
  });
  it('reports an unknown topic and a note that cites nothing', () => {
    const broken = {
      ...input,
      topical: [{ file: 'content/timeline.yaml', topic: 'sport' }],
      contextNotes: [{ file: 'n.mdx', article: ARTICLE, section: 'energy', topic: 'energy', body: 'No cite.' }],
    };
    expect(checkAnalysis(broken).map((p) => `${p.file} ${p.field}`)).toEqual(['content/timeline.yaml topic', 'n.mdx body']);
  });
  it('names a context note, key-facts entry or disagreement whose article does not exist, and the articles there are', () => {
    const broken = {
      ...input,
      contextNotes: [{ file: 'n.mdx', article: 'no-such-article', section: 'energy', topic: 'energy', body: '<Cite ids="S1" />' }],
      keyFacts: [{ file: 'content/key-facts.yaml (entry "no-such-article")', article: 'no-such-article' }],
      disagreements: [{ file: 'content/disagreements.yaml (entry "X1")', article: 'no-such-article' }],
    };
    const message = `names article "no-such-article", which does not exist; expected one of: ${[...input.sectionsByArticle.keys()].join(', ')}`;
    expect(checkAnalysis(broken)).toEqual([
      { file: 'n.mdx', field: 'article', message },
      { file: 'content/key-facts.yaml (entry "no-such-article")', field: 'id', message },
      { file: 'content/disagreements.yaml (entry "X1")', field: 'article', message },
    ]);
  });
});
