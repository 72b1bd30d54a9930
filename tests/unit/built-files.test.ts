import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFilesIn } from '../../src/lib/built-files';

describe('htmlFilesIn', () => {
  const root = mkdtempSync(join(tmpdir(), 'built-files-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const file of ['index.html', 'topics/energy/index.html', 'articles/a/b/index.html', 'rss.xml', '_astro/app.css', '404.html']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  mkdirSync(join(root, 'odd.html'), { recursive: true }); // a folder, not a page

  it('lists every .html file, not folder, below the folder, relative, with / separators, sorted', () => {
    expect(htmlFilesIn(root)).toEqual(['404.html', 'articles/a/b/index.html', 'index.html', 'topics/energy/index.html']);
  });
});
