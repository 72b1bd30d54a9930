import { describe, expect, it } from 'vitest';
import { readMdxFiles } from '../../src/lib/content-snapshot';
import { mdxProblems } from '../../src/lib/mdx-check';

describe('mdxProblems', () => {
  it('names the file, line and column of MDX that does not compile (tests/fixtures/broken/malformed-mdx)', async () => {
    const dir = 'tests/fixtures/broken/malformed-mdx';
    expect(await mdxProblems(readMdxFiles(dir))).toEqual([
      {
        file: `${dir}/articles/sample-article/01-talks.mdx`,
        field: 'body',
        message: 'the MDX does not compile: Expected a closing tag for `<strong>` (10:25-10:33) before the end of `paragraph`',
      },
    ]);
  });
  it('passes every MDX file of content/, tables and footnotes included', async () => {
    const files = readMdxFiles('./content');
    expect(files.length).toBe(11);
    expect(await mdxProblems(files)).toEqual([]);
  });
});
