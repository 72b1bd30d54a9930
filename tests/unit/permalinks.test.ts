import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  aliasRedirects,
  builtUrls,
  checkPermalinks,
  missingMessage,
  parseManifest,
  sectionOf,
  serializeManifest,
  sitePathOfHtml,
} from '../../src/lib/permalinks';

const articles = [{ id: 'a', sections: [{ id: 'diplomacy' }, { id: 'power', aliases: ['energy'] }] }];

describe('aliasRedirects', () => {
  it('maps each old id to the current section page', () => {
    expect(aliasRedirects(articles)).toEqual([{ article: 'a', alias: 'energy', section: 'power', from: '/articles/a/energy/', to: '/articles/a/power/' }]);
  });
});

describe('builtUrls', () => {
  it('counts an article-page id as a permalink only when a page sits beneath it', () => {
    const pages = [
      { path: '/', ids: ['main'] },
      { path: '/articles/a/', ids: ['main', 'power', 'power--costs', 'energy'] },
      { path: '/articles/a/power/', ids: ['power'] },
    ];
    expect(builtUrls(pages)).toEqual(['/', '/articles/a/', '/articles/a/#power', '/articles/a/power/']);
  });
});

describe('checkPermalinks', () => {
  const manifest = ['/', '/articles/a/', '/articles/a/#energy', '/articles/a/energy/'];

  it('fails a section renamed without an alias, naming the URL and the fix', () => {
    const result = checkPermalinks(manifest, ['/', '/articles/a/', '/articles/a/#power', '/articles/a/power/']);
    expect(result.missing.map((p) => p.url)).toEqual(['/articles/a/#energy', '/articles/a/energy/']);
    expect(result.missing[1].message).toBe(
      '/articles/a/energy/ is in permalinks.json but the build no longer has it, so links people shared to it would break. ' +
        'If section "energy" of article "a" was renamed, add `aliases: [energy]` to the section that replaced it ' +
        '(content/articles/a/<nn>-<new-id>.mdx), or run `npm run permalinks:update` if the removal is intended.',
    );
    expect(result.added).toEqual(['/articles/a/#power', '/articles/a/power/']);
  });

  it('passes when the alias keeps the old URLs', () => {
    const built = ['/', '/articles/a/', '/articles/a/#diplomacy', '/articles/a/#energy', '/articles/a/#power', '/articles/a/diplomacy/', '/articles/a/energy/', '/articles/a/power/'];
    expect(checkPermalinks(manifest, built).missing).toEqual([]);
  });

  it('gives a page-level hint for URLs that are not sections', () => {
    expect(missingMessage('/topics/energy/')).toBe(
      '/topics/energy/ is in permalinks.json but the build no longer has it, so links people shared to it would break. Restore the page, or run `npm run permalinks:update` if the removal is intended.',
    );
    expect(sectionOf('/articles/a/#energy')).toEqual({ article: 'a', id: 'energy' });
    expect(sectionOf('/articles/a/')).toBeUndefined();
  });
});

describe('manifest file', () => {
  it('round-trips sorted, unique URLs and rejects bad files', () => {
    expect(parseManifest(serializeManifest(['/b/', '/a/', '/b/']))).toEqual(['/a/', '/b/']);
    expect(() => parseManifest('{"urls": ["a/"]}')).toThrow('permalinks.json must be {"urls": ["/path/", …]} with site paths starting with "/"');
    expect(() => parseManifest('nope')).toThrow('permalinks.json is not valid JSON');
  });
  it('maps built files to site paths', () => {
    expect(['index.html', 'articles/a/index.html', '404.html'].map(sitePathOfHtml)).toEqual(['/', '/articles/a/', '/404.html']);
  });
});

describe('scripts/permalinks.mjs', () => {
  const run = promisify(execFile);
  const fixtures = 'tests/fixtures/permalinks';
  const script = (...args: string[]) => run(process.execPath, ['scripts/permalinks.mjs', ...args]);

  it('check exits 1 with the clear message when a section was renamed without an alias', async () => {
    const error = await script('check', '--dist', `${fixtures}/renamed-without-alias`, '--manifest', `${fixtures}/permalinks.json`).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('2 permalinks no longer resolve:');
    expect(error.stderr).toContain('  - /articles/a/energy/ is in permalinks.json but the build no longer has it');
    expect(error.stderr).toContain('add `aliases: [energy]` to the section that replaced it');
    expect(error.stderr).toContain('permalinks: 5 checked, 2 missing, 2 new');
  });

  it('check passes when the renamed section keeps an alias', async () => {
    const { stdout } = await script('check', '--dist', `${fixtures}/renamed-with-alias`, '--manifest', `${fixtures}/permalinks.json`);
    expect(stdout).toContain('permalinks: 5 checked, 0 missing, 2 new');
  });

  it('update writes every URL the build has, and nothing from 404.html', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'permalinks-'));
    try {
      const manifest = path.join(dir, 'permalinks.json');
      await script('update', '--dist', `${fixtures}/renamed-with-alias`, '--manifest', manifest);
      expect(parseManifest(await readFile(manifest, 'utf8'))).toEqual([
        '/',
        '/articles/a/',
        '/articles/a/#energy',
        '/articles/a/#power',
        '/articles/a/energy/',
        '/articles/a/power/',
        '/topics/',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
