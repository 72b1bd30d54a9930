import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import satori from 'satori';
import { afterEach, describe, expect, it } from 'vitest';
import { createOgImageCache, loadOgFonts, nativeMemoryGuard, ogCacheKey, ogCardTree, OG_HEIGHT, OG_TEMPLATE_VERSION, OG_WIDTH, readPngSize, renderOgPng, titleFontSize, type OgCardInput } from '../../src/lib/og-image';

const card: OgCardInput = {
  siteName: 'Explainer',
  articleTitle: 'Junta Chief Visits Russia',
  sectionTitle: 'Economic and Energy Cooperation',
  topic: 'Energy',
  footer: 'x.org/articles/a/energy/',
};

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'og-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('renderOgPng', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await renderOgPng(card);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(readPngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('the card\'s top line', () => {
  // Where satori puts things, from its SVG: the site name's glyphs (muted, above the title) and the topic label's box (the accent-filled shape with a width).
  async function layout(topic: string) {
    const { fonts } = await loadOgFonts();
    const svg = await satori(ogCardTree({ siteName: 'Explainer: Myanmar and Russia', articleTitle: 'Myanmar’s Junta Chief Visits Russia for Strategic Talks', topic, footer: 'x.org/a/' }) as Parameters<typeof satori>[0], {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      fonts,
    });
    const nameYs = [...svg.matchAll(/<path fill="#55524b" d="([^"]+)"/g)]
      .flatMap((m) => (m[1]!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 1))
      .filter((y) => y < 200);
    const label = /<path x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="#9b1c1c"/.exec(svg);
    return { nameTop: Math.min(...nameYs), nameBottom: Math.max(...nameYs), labelTop: Number(label![2]), labelWidth: Number(label![3]) };
  }

  it('keeps a short topic label beside the site name, on one line', async () => {
    const l = await layout('Energy');
    expect(l.nameBottom - l.nameTop).toBeLessThan(40);
    expect(l.labelTop).toBeLessThan(l.nameBottom);
  });

  it('moves a label too long to sit beside the name under it, and the name keeps one line', async () => {
    const l = await layout('Diplomacy · Energy · Military · International · Domestic');
    expect(l.nameBottom - l.nameTop).toBeLessThan(40);
    expect(l.labelTop).toBeGreaterThan(l.nameBottom);
    expect(l.labelWidth).toBeLessThanOrEqual(OG_WIDTH - 160);
  });
});

describe('readPngSize', () => {
  it('rejects bytes that are not a PNG', () => {
    expect(() => readPngSize(new TextEncoder().encode('GIF89a............................'))).toThrow('readPngSize: not a PNG (bad signature)');
  });
});

describe('nativeMemoryGuard', () => {
  // Each card leaves a 3 MB pixmap in native memory until V8 collects its
  // wrapper (100 cards grew a process by 150–300 MB without the guard). What
  // that costs a build is measured by the benchmark's peak RSS (budget 2 GB
  // at N = 1,000), not here; these tests pin the guard's decisions.
  it('runs one collection for cards that finish together, and none until the process grows again', async () => {
    let rss = 1000;
    let collections = 0;
    const guard = nativeMemoryGuard(100, { rss: () => rss, collect: () => void collections++ });
    await guard();
    expect(collections).toBe(0);
    rss = 1150;
    await Promise.all([guard(), guard(), guard(), guard()]);
    expect(collections).toBe(1);
    rss = 1200; // grown by 50 since the collection: below the slack
    await guard();
    expect(collections).toBe(1);
    rss = 1300;
    await guard();
    expect(collections).toBe(2);
  });

  it('tries again after a collection that failed', async () => {
    let rss = 1000;
    let fail = true;
    let collections = 0;
    const guard = nativeMemoryGuard(100, {
      rss: () => rss,
      collect: () => {
        collections++;
        if (fail) throw new Error('no gc');
      },
    });
    rss = 5000;
    await expect(guard()).rejects.toThrow('no gc');
    fail = false;
    await expect(guard()).resolves.toBeUndefined();
    expect(collections).toBe(2);
  });
});

describe('createOgImageCache', () => {
  function countingRenderer() {
    const calls: OgCardInput[] = [];
    const render = async (input: OgCardInput) => {
      calls.push(input);
      return new Uint8Array([calls.length, 1, 2, 3]);
    };
    return { calls, render };
  }
  const fontHash = async () => 'fonts-v1';

  it('renders once, then serves the stored PNG to a new build', async () => {
    const dir = await tempDir();
    const { calls, render } = countingRenderer();
    const first = await createOgImageCache({ dir, render, fontHash }).get(card);
    expect(first.cached).toBe(false);
    // A second cache object stands for the next build: only the disk is shared.
    const nextBuild = createOgImageCache({ dir, render, fontHash });
    const second = await nextBuild.get({ ...card });
    expect(second.cached).toBe(true);
    expect([...second.png]).toEqual([1, 1, 2, 3]);
    expect(calls).toHaveLength(1);
    expect(nextBuild.stats()).toMatchObject({ rendered: 0, cached: 1 });
    expect(await readdir(dir)).toEqual([`${ogCacheKey(card, 'fonts-v1')}.png`]);
  });

  it('redraws when any input, the fonts or the template change', async () => {
    const dir = await tempDir();
    const { calls, render } = countingRenderer();
    const cache = createOgImageCache({ dir, render, fontHash });
    await cache.get(card);
    await cache.get({ ...card, sectionTitle: 'Energy deals' });
    await cache.get({ ...card, topic: undefined });
    await createOgImageCache({ dir, render, fontHash: async () => 'fonts-v2' }).get(card);
    expect(calls).toHaveLength(4);
    expect(ogCacheKey(card, 'f', OG_TEMPLATE_VERSION)).not.toBe(ogCacheKey(card, 'f', OG_TEMPLATE_VERSION + 1));
    expect(ogCacheKey(card, 'f')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('draws at most drawConcurrency cards at once, however many are asked for', async () => {
    const dir = await tempDir();
    let drawing = 0;
    let peak = 0;
    const render = async () => {
      drawing++;
      peak = Math.max(peak, drawing);
      await new Promise((r) => setTimeout(r, 3));
      drawing--;
      return new Uint8Array([1]);
    };
    const cache = createOgImageCache({ dir, render, fontHash, drawConcurrency: 2 });
    await Promise.all(Array.from({ length: 7 }, (_, i) => cache.file({ ...card, sectionTitle: `Section ${i}` })));
    expect(peak).toBe(2);
    expect(cache.stats().rendered).toBe(7);
  });
});

describe('titleFontSize', () => {
  it('shrinks type for long titles', () => {
    expect([titleFontSize('Energy'), titleFontSize('x'.repeat(50)), titleFontSize('x'.repeat(80)), titleFontSize('x'.repeat(120))]).toEqual([72, 62, 52, 44]);
  });
});
