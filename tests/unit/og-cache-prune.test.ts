import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_OG_CACHE_MAX_AGE_DAYS, ogCacheMaxAgeDays, pruneOgCache, staleOgCacheFiles } from '../../src/lib/og-cache-prune';
import { createOgImageCache, ogCacheKey, type OgCardInput } from '../../src/lib/og-image';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 28);

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'og-prune-'));
  dirs.push(dir);
  return dir;
}

describe('staleOgCacheFiles', () => {
  const files = [
    { name: 'a.png', mtimeMs: NOW - 31 * DAY, size: 10 },
    { name: 'b.png', mtimeMs: NOW - 29 * DAY, size: 20 },
    { name: 'c.png.123.k3j.tmp', mtimeMs: NOW - 40 * DAY, size: 5 },
    { name: 'notes.txt', mtimeMs: NOW - 400 * DAY, size: 1 },
  ];
  it('picks the cache’s own files last used before the cutoff', () => {
    expect(staleOgCacheFiles(files, NOW, 30).map((f) => f.name)).toEqual(['a.png', 'c.png.123.k3j.tmp']);
    expect(staleOgCacheFiles(files, NOW, 1).map((f) => f.name)).toEqual(['a.png', 'b.png', 'c.png.123.k3j.tmp']);
  });
  it('keeps everything at 0 days', () => {
    expect(staleOgCacheFiles(files, NOW, 0)).toEqual([]);
  });
});

describe('ogCacheMaxAgeDays', () => {
  it('reads OG_CACHE_MAX_AGE_DAYS, 30 when unset', () => {
    expect(ogCacheMaxAgeDays({})).toBe(DEFAULT_OG_CACHE_MAX_AGE_DAYS);
    expect(ogCacheMaxAgeDays({ OG_CACHE_MAX_AGE_DAYS: ' 7 ' })).toBe(7);
    expect(ogCacheMaxAgeDays({ OG_CACHE_MAX_AGE_DAYS: '0' })).toBe(0);
  });
  it('names the variable when the value is not a number of days', () => {
    expect(() => ogCacheMaxAgeDays({ OG_CACHE_MAX_AGE_DAYS: 'soon' })).toThrow(/OG_CACHE_MAX_AGE_DAYS .*"soon"/);
    expect(() => ogCacheMaxAgeDays({ OG_CACHE_MAX_AGE_DAYS: '-1' })).toThrow(/OG_CACHE_MAX_AGE_DAYS/);
  });
});

describe('pruneOgCache', () => {
  const card: OgCardInput = { siteName: 'Explainer', articleTitle: 'A title', sectionTitle: 'One', topic: 'Energy', footer: 'x.org/a/' };
  const render = async () => new Uint8Array([0x89, 1, 2]);
  const fontHash = async () => 'f1';

  it('removes cards no build used for the age limit and keeps cards a build just used', async () => {
    const dir = await tempDir();
    const old = new Date(Date.now() - 90 * DAY);
    const first = createOgImageCache({ dir, render, fontHash });
    const used = await first.file(card);
    const orphan = await first.file({ ...card, articleTitle: 'An older title' });
    await writeFile(path.join(dir, 'README'), 'not a card');
    for (const f of [used, orphan, path.join(dir, 'README')]) await utimes(f, old, old);

    // The next build uses one card: its hit marks it as used now.
    const next = createOgImageCache({ dir, render, fontHash });
    await next.file(card);
    expect(next.stats()).toMatchObject({ cached: 1, rendered: 0 });
    expect((await stat(used)).mtimeMs).toBeGreaterThan(Date.now() - DAY);

    const result = await pruneOgCache(dir, { maxAgeDays: 30 });
    expect(result).toMatchObject({ removed: 1, bytes: 3, kept: 2 });
    expect((await readdir(dir)).sort()).toEqual([`${ogCacheKey(card, 'f1')}.png`, 'README'].sort());
  });

  it('treats a missing folder as an empty cache', async () => {
    expect(await pruneOgCache(path.join(await tempDir(), 'none'), { maxAgeDays: 30 })).toEqual({ removed: 0, bytes: 0, kept: 0 });
  });
});
