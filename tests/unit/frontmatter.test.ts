import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/lib/content-checks';
import { readArticleDates } from '../../src/lib/content-dates';
import { readContentSnapshot } from '../../src/lib/content-snapshot';
import { dataFileProblems } from '../../src/lib/data-file';
import { parseContentYaml, readFrontmatter, requireFrontmatter } from '../../src/lib/frontmatter';
import { formatProblem } from '../../src/lib/invariants';

/** The error readFrontmatter throws for `text`, with the `loc` Astro shows; undefined when it does not throw. */
function frontmatterError(text: string, file: string): (Error & { loc?: unknown }) | undefined {
  try {
    readFrontmatter(text, file);
  } catch (e) {
    return e as Error & { loc?: unknown };
  }
  return undefined;
}

describe('readFrontmatter', () => {
  it('splits frontmatter from the body as the glob loader does', () => {
    expect(readFrontmatter('---\ntitle: "A: b"\ndraft: true\n---\n\nLede.\n')).toEqual({ data: { title: 'A: b', draft: true }, body: '\n\nLede.\n', raw: '\ntitle: "A: b"\ndraft: true\n', found: true });
  });

  it('finds frontmatter after a byte-order mark or blank lines, and with Windows line ends, as Astro does', () => {
    expect(readFrontmatter('\uFEFF---\ntitle: T\n---\nLede.').data).toEqual({ title: 'T' });
    expect(readFrontmatter('\n\n---\ntitle: T\n---\nLede.').data).toEqual({ title: 'T' });
    expect(readFrontmatter('---\r\ntitle: T\r\ndraft: true\r\n---\r\nLede.')).toMatchObject({ data: { title: 'T', draft: true }, found: true });
  });

  it('reads values as js-yaml does, merge keys included, but keeps a date as written', () => {
    const { data } = readFrontmatter('---\npublished: 2025-03-04\nbase: &b {topic: energy}\nsection:\n  <<: *b\n  id: x\n---\n');
    expect(data.published).toBe('2025-03-04');
    expect(data.section).toEqual({ topic: 'energy', id: 'x' });
  });

  it('keeps an impossible date as written, for the schema to refuse, where js-yaml would roll it over', () => {
    expect(parseContentYaml('published: 2025-13-45')).toEqual({ published: '2025-13-45' });
    expect(load('published: 2025-13-45')).toEqual({ published: new Date(Date.UTC(2026, 1, 14)) });
  });

  it('says when there is none, and keeps the whole text as the body', () => {
    expect(readFrontmatter('Just text.\n')).toEqual({ data: {}, body: 'Just text.\n', raw: '', found: false });
    expect(readFrontmatter('---\n- a list\n---\n').data).toEqual({});
  });

  it('names the file, and the line and column in the file, of frontmatter that is not YAML', () => {
    const text = '\n---\nid: x\ntitle: "unclosed\n---\nBody.\n';
    const error = frontmatterError(text, 'content/a/index.mdx');
    // The fence is on line 2; js-yaml stops at the end of the frontmatter, line 5 of the file.
    expect(error?.message).toMatch(/^content\/a\/index\.mdx:5:1: the frontmatter is not valid YAML: /);
    expect(error?.loc).toEqual({ file: 'content/a/index.mdx', line: 5, column: 1 });
  });
});

describe('a __proto__ key', () => {
  // js-yaml keeps it as an own key, but Zod's object parsing drops it without a word, value and all.
  const reason = '"__proto__" cannot be a key: JavaScript reads it as the object\'s prototype, so its value would be lost; rename it';

  it('fails frontmatter, naming the file and the key\'s line in the file', () => {
    const error = frontmatterError('---\ntitle: T\n__proto__:\n  draft: true\n---\nBody.\n', 'content/a/index.mdx');
    expect(error?.message).toBe(`content/a/index.mdx:3:1: the frontmatter is not valid YAML: ${reason}`);
    expect(error?.loc).toEqual({ file: 'content/a/index.mdx', line: 3, column: 1 });
  });

  it('fails a data file at any depth, quoted or not, naming the line', () => {
    expect(dataFileProblems('content/people.yaml', '- id: a\n  name: A\n- id: b\n  "__proto__": 1\n')).toEqual([`content/people.yaml:4:3: the YAML does not parse: ${reason}`]);
    expect(() => parseContentYaml('a:\n  - b: 1\n    __proto__: {}\n')).toThrow(/^"__proto__" cannot be a key.* \(3:5\)$/);
  });

  it('names the key\'s own line in flow style, and not a line of text earlier in the file that looks like one', () => {
    expect(() => parseContentYaml('a: 1\nb: {__proto__: 1}\n')).toThrow(/ \(2:5\)$/);
    expect(() => parseContentYaml('note: |\n  __proto__: only text\nb:\n  __proto__: 1\n')).toThrow(/ \(4:3\)$/);
  });

  it('is only refused as a key: as a value it is text like any other', () => {
    expect(parseContentYaml('a: __proto__\nb: ["__proto__"]\n')).toEqual({ a: '__proto__', b: ['__proto__'] });
    expect(parseContentYaml('a: |\n  __proto__: x\n')).toEqual({ a: '__proto__: x\n' });
  });
});

describe('text cut short by a comment', () => {
  it('fails frontmatter, naming the file, the line and column of the value, and the words that would be lost', () => {
    const error = frontmatterError('---\ntitle: Laos becomes Vietnam’s #1 power supplier\n---\nBody.\n', 'content/a/index.mdx');
    expect(error?.message).toBe(
      'content/a/index.mdx:2:8: the frontmatter is not valid YAML: "Laos becomes Vietnam’s #1 power supplier" is cut at " #": YAML reads a space and # as the start of a comment, so "#1 power supplier" would be lost. Put the whole value in quotes ("Laos becomes Vietnam’s #1 power supplier"), or, for a comment, put a space after the #',
    );
    expect(error?.loc).toEqual({ file: 'content/a/index.mdx', line: 2, column: 8 });
  });

  it('fails a data file, in a list too, naming the line', () => {
    expect(dataFileProblems('content/timeline.yaml', '- id: a\n  text: He said "yes" to #MeToo rules\n')).toEqual([
      'content/timeline.yaml:2:9: the YAML does not parse: "He said "yes" to #MeToo rules" is cut at " #": YAML reads a space and # as the start of a comment, so "#MeToo rules" would be lost. Put the whole value in quotes ("He said \\"yes\\" to #MeToo rules"), or, for a comment, put a space after the #',
    ]);
    expect(() => parseContentYaml('ids: [V1, Talks #2\n  ]\n')).toThrow(/^"Talks #2" is cut at " #".* \(1:11\)$/s);
    // The quoted value it suggests is YAML for the whole text.
    expect(parseContentYaml('text: "He said \\"yes\\" to #MeToo rules"\n')).toEqual({ text: 'He said "yes" to #MeToo rules' });
  });

  it('leaves a comment written as one (a space after the #), and comments on lines of their own, however deep, with any line ending', () => {
    expect(parseContentYaml('date: 2025-03-04 # per Reuters\ntopic: energy # main one\n')).toEqual({ date: '2025-03-04', topic: 'energy' });
    expect(readFrontmatter('---\ntitle: Energy\nsummary: Prices rose\n  # TODO: check figure\n---\n').data).toEqual({ title: 'Energy', summary: 'Prices rose' });
    expect(parseContentYaml('topics:\n  - energy\n    #trade\n')).toEqual({ topics: ['energy'] });
    expect(parseContentYaml('- id: V3\r\n    #note\r\n  kind: wire\r\n')).toEqual([{ id: 'V3', kind: 'wire' }]);
    expect(parseContentYaml('title: &t "Vietnam #1" #c\nalso: !!str "x" #c\n')).toEqual({ title: 'Vietnam #1', also: 'x' });
  });

  it('leaves a comment after a number, true or false, quoted text, or on its own line; and # inside text or a block scalar is text', () => {
    const yaml = 'draft: true # until legal clears it\norder: 2 # second\ntitle: "Vietnam’s #1" # quoted\n# a line of its own\ntag: C#\nurl: https://example.org/a#b\nnote: >-\n  Laos is #1 # here\n';
    expect(parseContentYaml(yaml)).toEqual({ draft: true, order: 2, title: 'Vietnam’s #1', tag: 'C#', url: 'https://example.org/a#b', note: 'Laos is #1 # here' });
    expect(load(yaml)).toMatchObject({ tag: 'C#', url: 'https://example.org/a#b' });
  });
});

describe('content read outside the build, as the build reads it', () => {
  const seed = 'min-aung-hlaing-russia-visit-2025';
  const dir = mkdtempSync(join(tmpdir(), 'frontmatter-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('content', dir, { recursive: true });
  // An editor's Windows tool saved the article with a byte-order mark and CRLF line ends.
  const index = join(dir, 'articles', seed, 'index.mdx');
  writeFileSync(index, `\uFEFF${readFileSync(index, 'utf8').replace(/\n/g, '\r\n')}`);
  // Two timeline entries share their sources through a YAML anchor and merge key; the shared list cites a missing source.
  writeFileSync(
    join(dir, 'timeline.yaml'),
    ['- &shared', '  id: first', '  date: 2025-03-04', '  text: One.', '  topic: energy', '  sources: [V1, Z9]', '- <<: *shared', '  id: second', '  text: Two.', ''].join('\n'),
  );

  it('sitemap dates: a BOM-saved article is read, not refused as having no frontmatter', () => {
    const [article] = readArticleDates(dir);
    expect(article.id).toBe(seed);
    expect(article.published).toEqual(readArticleDates('./content')[0].published);
  });

  it('check:content: the BOM-saved article keeps its fields, and merged sources are checked for every entry', () => {
    const snapshot = readContentSnapshot(dir);
    const [article] = snapshot.articles;
    expect(article.text.title).toBe(readContentSnapshot('./content').articles[0].text.title);
    expect(snapshot.timeline).toEqual([
      { id: 'first', sources: ['V1', 'Z9'], topic: 'energy' },
      { id: 'second', sources: ['V1', 'Z9'], topic: 'energy' },
    ]);
    const lines = contentProblems(snapshot).map(formatProblem);
    expect(lines.filter((l) => l.includes('cites source "Z9"'))).toEqual([
      expect.stringMatching(/timeline\.yaml \(entry "first".*cites source "Z9"/),
      expect.stringMatching(/timeline\.yaml \(entry "second".*cites source "Z9"/),
    ]);
  });
});

describe('requireFrontmatter', () => {
  it('reads as readFrontmatter does, and refuses text without frontmatter, naming the file', () => {
    expect(requireFrontmatter('---\ntitle: T\n---\nBody.', 'a.mdx').data).toEqual({ title: 'T' });
    expect(() => requireFrontmatter('Just text.', 'content/a/index.mdx')).toThrow(/^content\/a\/index\.mdx: no frontmatter/);
  });
});
