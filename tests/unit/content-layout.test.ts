import { describe, expect, it } from 'vitest';
import { contentLayoutProblems, DATA_FILES, skippedBackups } from '../../src/lib/content-layout';
import { formatProblem } from '../../src/lib/invariants';
import { listContentFiles } from '../../src/lib/content-snapshot';

const A = 'articles/port-talks';
const good = [...DATA_FILES, `${A}/index.mdx`, `${A}/01-energy.mdx`, `${A}/context/energy.mdx`, '.DS_Store', `${A}/.gitkeep`, `${A}/01-energy.mdx~`, `${A}/#01-energy.mdx#`, `${A}/01-energy.mdx.orig`, `${A}/.01-energy.mdx.swp`];
const problems = (files: string[]) => contentLayoutProblems('content', files).map(formatProblem);

describe('contentLayoutProblems', () => {
  it('accepts every file the collections read, and hidden files and editor backups', () => {
    expect(problems(good)).toEqual([]);
  });

  it('the real content folder has nothing the site would leave out', () => {
    expect(contentLayoutProblems('content', listContentFiles('content'))).toEqual([]);
  });

  it('names a section saved as .md and says to rename it', () => {
    expect(problems([...good, `${A}/03-military.md`])).toEqual([
      'content/articles/port-talks/03-military.md: field "file name": is not read by the site: only .mdx files are read: rename it to 03-military.mdx',
    ]);
    expect(problems([...good, `${A}/context/energy.md`])).toEqual([
      'content/articles/port-talks/context/energy.md: field "file name": is not read by the site: only .mdx files are read: rename it to energy.mdx',
    ]);
  });

  it('names a section moved into a subfolder, beside the articles or to the top, and says where files go', () => {
    const out = problems([...good, `${A}/sections/03-military.mdx`, 'articles/03-military.mdx', '03-military.mdx', 'drafts/notes.mdx']);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatch(/^content\/articles\/port-talks\/sections\/03-military\.mdx: .*articles\/<article-id>\/<nn>-<section-id>\.mdx/);
    expect(out[1]).toMatch(/^content\/articles\/03-military\.mdx: .*one folder per article/);
    expect(out[2]).toMatch(/^content\/03-military\.mdx: .*the files at the top of the content folder are topics\.yaml/);
    expect(out[3]).toBe(
      'content/drafts/notes.mdx: field "file name": is not read by the site: the site reads articles/<article-id>/index.mdx, sections as articles/<article-id>/<nn>-<section-id>.mdx, context notes as articles/<article-id>/context/<section-id>.mdx',
    );
  });

  it('names an unknown data file at the top (a misspelt name would leave the real one missing)', () => {
    expect(problems([...good, 'timline.yaml'])).toEqual([expect.stringMatching(/^content\/timline\.yaml: field "file name": is not read by the site; the files at the top .* are topics\.yaml, sources\.yaml, timeline\.yaml/)]);
  });

  it('checks article folder names, which are ids and URLs, and that each folder has an index.mdx', () => {
    expect(problems([...good, 'articles/Port-Talks/index.mdx', 'articles/orphan/01-energy.mdx'])).toEqual([
      'content/articles/Port-Talks/: field "folder name": "Port-Talks" is the article\'s id and URL, so it must be lowercase letters, digits and single hyphens, e.g. "energy" or "dawei-port"',
      'content/articles/orphan/: field "index.mdx": the article folder has no index.mdx (headline, dates, lede), so none of its sections can be shown; add one (npm run new scaffolds it)',
    ]);
  });
});

describe('skippedBackups', () => {
  it('lists backups of content files, which the site skips without a problem, and nothing else', () => {
    const files = ['articles/a/03-military.mdx.bak', 'articles/a/02-energy.mdx~', 'articles/a/#01-diplomacy.mdx#', 'timeline.yaml.orig', 'articles/a/notes.txt.bak', 'articles/a/.02-energy.mdx.swp', 'articles/a/index.mdx', 'articles/a/01-diplomacy.mdx', 'sources.yaml'];
    expect(skippedBackups(files)).toEqual(['articles/a/03-military.mdx.bak', 'articles/a/02-energy.mdx~', 'articles/a/#01-diplomacy.mdx#', 'timeline.yaml.orig']);
    expect(contentLayoutProblems('content', files).map((p) => p.file)).toEqual([]);
  });
});
