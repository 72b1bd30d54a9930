import { describe, expect, it } from 'vitest';
import { articleFolderOf, assertValidContent, checkInvariants, formatProblem, type SectionFacts } from '../../src/lib/invariants';

const A = 'content/articles/a/index.mdx';
const section = (over: Partial<SectionFacts> = {}): SectionFacts => ({
  file: 'content/articles/a/01-energy.mdx',
  article: 'a',
  id: 'energy',
  order: 1,
  topic: 'energy',
  aliases: [],
  body: 'Text.',
  ...over,
});
const valid = {
  articles: [{ id: 'a', file: A }],
  sections: [section(), section({ file: 'content/articles/a/02-military.mdx', id: 'military', order: 2, topic: 'military' })],
  topicIds: ['energy', 'military'],
};

describe('checkInvariants', () => {
  it('accepts valid content', () => {
    expect(checkInvariants(valid)).toEqual([]);
  });

  it('fails a duplicate section id, naming the file and field', () => {
    const problems = checkInvariants({ ...valid, sections: [section(), section({ file: 'content/articles/a/02-energy.mdx', order: 2 })] });
    expect(problems).toEqual([
      { file: 'content/articles/a/02-energy.mdx', field: 'id', message: '"energy" is already used by content/articles/a/01-energy.mdx; section ids must be unique within an article' },
    ]);
  });

  it('allows the same section id in two articles', () => {
    const problems = checkInvariants({
      articles: [{ id: 'a', file: A }, { id: 'b', file: 'content/articles/b/index.mdx' }],
      sections: [section(), section({ file: 'content/articles/b/01-energy.mdx', article: 'b' })],
      topicIds: ['energy'],
    });
    expect(problems).toEqual([]);
  });

  it('fails a duplicate order', () => {
    const problems = checkInvariants({ ...valid, sections: [section(), section({ file: 'content/articles/a/01-military.mdx', id: 'military', topic: 'military' })] });
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/articles/a/01-military.mdx', 'order']]);
    expect(problems[0]!.message).toMatch(/1 is already used by content\/articles\/a\/01-energy.mdx/);
  });

  it('fails a reference to a missing article', () => {
    const problems = checkInvariants({ ...valid, sections: [section(), section({ file: 'content/articles/a/02-x.mdx', id: 'x', order: 2, article: 'nope' })] });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/articles/a/02-x.mdx', field: 'article', message: expect.stringMatching(/"nope", which does not exist/) }));
  });

  it('fails a section filed under another article’s folder', () => {
    const problems = checkInvariants({
      articles: [{ id: 'a', file: A }, { id: 'b', file: 'content/articles/b/index.mdx' }],
      sections: [section(), section({ file: 'content/articles/a/02-x.mdx', article: 'b', id: 'x', order: 2 })],
      topicIds: ['energy'],
    });
    expect(problems.find((p) => p.field === 'article')?.message).toMatch(/folder of article "a"/);
  });

  it('fails a reference to a missing topic', () => {
    const problems = checkInvariants({ ...valid, sections: [section({ topic: 'sport' }), valid.sections[1]!] });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/articles/a/01-energy.mdx', field: 'topic' })]);
    expect(problems[0]!.message).toContain('expected one of: energy, military');
  });

  it('fails an article without sections', () => {
    const problems = checkInvariants({ ...valid, articles: [...valid.articles, { id: 'empty', file: 'content/articles/empty/index.mdx' }] });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/articles/empty/index.mdx', field: 'sections' })]);
  });

  it('fails an empty section body, and one with only comments', () => {
    const problems = checkInvariants({ ...valid, sections: [section({ body: '  \n ' }), valid.sections[1]!] });
    expect(problems).toEqual([expect.objectContaining({ field: 'body' })]);
    for (const body of ['{/* TODO later */}\n', '<!-- draft -->\n{/* a */}{ /* b */ }']) {
      expect(checkInvariants({ ...valid, sections: [section({ body }), valid.sections[1]!] }), body).toEqual([expect.objectContaining({ field: 'body' })]);
    }
    expect(checkInvariants({ ...valid, sections: [section({ body: '{/* note */}\nText.' }), valid.sections[1]!] })).toEqual([]);
  });

  it('fails an alias that is a live id or is claimed twice', () => {
    const live = checkInvariants({ ...valid, sections: [section({ aliases: ['military'] }), valid.sections[1]!] });
    expect(live).toEqual([expect.objectContaining({ field: 'aliases', message: expect.stringMatching(/current id of content\/articles\/a\/02-military.mdx/) })]);
    const twice = checkInvariants({ ...valid, sections: [section({ aliases: ['old'] }), { ...valid.sections[1]!, aliases: ['old'] }] });
    expect(twice).toEqual([expect.objectContaining({ field: 'aliases', message: expect.stringMatching(/also an alias/) })]);
  });
});

describe('assertValidContent', () => {
  it('does nothing without problems', () => {
    expect(() => assertValidContent([])).not.toThrow();
  });
  it('lists every problem with file and field', () => {
    const problems = [
      { file: 'x.mdx', field: 'id', message: 'bad' },
      { file: 'y.mdx', field: 'topic', message: 'worse' },
    ];
    expect(() => assertValidContent(problems)).toThrow('Content has 2 problems:\n  - x.mdx: field "id": bad\n  - y.mdx: field "topic": worse');
    expect(formatProblem(problems[0]!)).toBe('x.mdx: field "id": bad');
  });
});

describe('articleFolderOf', () => {
  it('returns the folder holding the file', () => {
    expect(articleFolderOf('content/articles/a/01-energy.mdx')).toBe('a');
  });
});
