/**
 * Open Graph cards (1200×630 PNG) for articles and sections (issue 3), drawn by
 * satori (layout → SVG) and @resvg/resvg-js (SVG → PNG) with fonts from
 * @fontsource packages: no network. A card costs about 46 ms of CPU on this
 * 2-core VM (where it goes: renderOgPng) and 22–33 ms of wall time in a cold
 * build of 8,000, depending on the hour (docs/performance-notes.md;
 * ../shared/STACK-NOTES.md saw 0.1–0.35 s on a cold start), so
 * each PNG is cached on disk under a hash of everything that shapes it: the
 * inputs, OG_TEMPLATE_VERSION and the font bytes.
 *
 *   ┌────────────────────────────────────────────────┐
 *   │▌ SITE NAME                           [ Topic ] │
 *   │▌ [ Topic · Topic · … ]  (a label too long to   │
 *   │▌   sit beside the name wraps under it)         │
 *   │▌ Section title (large, bold)                   │
 *   │▌ Article title (smaller, muted)                │
 *   │▌                                               │
 *   │▌ ───────────────────────────────────────────── │
 *   │▌ host/path                                     │
 *   └────────────────────────────────────────────────┘
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { limiter } from './concurrency';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the layout below changes, so every cached card is redrawn once. */
export const OG_TEMPLATE_VERSION = 2;

export interface OgCardInput {
  siteName: string;
  articleTitle: string;
  /** Absent on the article's own card. */
  sectionTitle?: string;
  /** Topic name(s) shown in the tag, e.g. "Energy" or "Diplomacy · Energy". */
  topic?: string;
  /** Short address printed at the foot, e.g. "example.org/articles/a/energy/". */
  footer?: string;
}

export type OgRenderer = (input: OgCardInput) => Promise<Uint8Array>;

const FONT_FILES: { name: string; pkg: string; file: string; weight: 400 | 700 }[] = [
  { name: 'Noto Sans', pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-400-normal.woff', weight: 400 },
  { name: 'Noto Sans', pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-700-normal.woff', weight: 700 },
  // Satori falls back to another *family* for a missing glyph, but not to another
  // file of the same family, so each subset gets its own name (Ł, ź were blank otherwise).
  { name: 'Noto Sans Latin Ext', pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-ext-400-normal.woff', weight: 400 },
  { name: 'Noto Sans Latin Ext', pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-ext-700-normal.woff', weight: 700 },
  // Burmese names and quotes.
  { name: 'Noto Sans Myanmar', pkg: '@fontsource/noto-sans-myanmar', file: 'noto-sans-myanmar-myanmar-400-normal.woff', weight: 400 },
  { name: 'Noto Sans Myanmar', pkg: '@fontsource/noto-sans-myanmar', file: 'noto-sans-myanmar-myanmar-700-normal.woff', weight: 700 },
];

let fontsPromise: Promise<{ fonts: Font[]; hash: string }> | undefined;

/**
 * Fonts resolved from the project's node_modules (process.cwd()), not from this
 * file, because Astro bundles this module into dist/ before running it.
 */
export function loadOgFonts(): Promise<{ fonts: Font[]; hash: string }> {
  fontsPromise ??= (async () => {
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    const hash = createHash('sha256');
    const fonts: Font[] = [];
    for (const f of FONT_FILES) {
      const data = await readFile(require.resolve(`${f.pkg}/files/${f.file}`));
      hash.update(data);
      fonts.push({ name: f.name, data, weight: f.weight, style: 'normal' });
    }
    return { fonts, hash: hash.digest('hex').slice(0, 16) };
  })();
  return fontsPromise;
}

/** Smaller type for longer titles, so a long heading still fits in three lines. */
export function titleFontSize(text: string): number {
  const n = [...text].length;
  if (n <= 30) return 72;
  if (n <= 55) return 62;
  if (n <= 90) return 52;
  return 44;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** The card as satori's element tree (the same shape JSX would produce). */
export function ogCardTree(input: OgCardInput): Node {
  const main = input.sectionTitle ?? input.articleTitle;
  const colors = { bg: '#fbfaf7', text: '#1c1b19', muted: '#55524b', accent: '#9b1c1c', border: '#cfcabd' };
  return h('div', { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', backgroundColor: colors.bg, fontFamily: 'Noto Sans', color: colors.text }, [
    h('div', { width: 24, height: '100%', flexShrink: 0, backgroundColor: colors.accent }),
    h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 48px 64px' }, [
      // The site name keeps one line; a topic label too long to sit beside it (an article's five topics) moves under it.
      h('div', { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: '16px 32px', fontSize: 28 }, [
        h('div', { color: colors.muted, fontWeight: 700, letterSpacing: 1, textTransform: 'uppercase', flexShrink: 0 }, input.siteName),
        input.topic
          ? h('div', { color: '#ffffff', backgroundColor: colors.accent, padding: '6px 20px', borderRadius: 999, fontWeight: 700 }, input.topic)
          : h('div', {}, ''),
      ]),
      h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }, [
        h('div', { fontSize: titleFontSize(main), fontWeight: 700, lineHeight: 1.15, lineClamp: 3 }, main),
        input.sectionTitle
          ? h('div', { fontSize: 32, color: colors.muted, marginTop: 24, lineHeight: 1.3, lineClamp: 2 }, input.articleTitle)
          : h('div', {}, ''),
      ]),
      h('div', { display: 'flex', borderTop: `2px solid ${colors.border}`, paddingTop: 20, fontSize: 24, color: colors.muted }, input.footer ?? ''),
    ]),
  ]);
}

/**
 * resvg-js keeps each card's pixmap (1200×630×4 bytes, 3 MB) in native memory
 * until V8 collects its JS wrapper, and V8 does not count that memory, so it
 * seldom collects: 600 cards in a row grew a process by 1.8 GB, and a cold
 * build of 8,000 cards peaked at 2.0 GiB (docs/performance-notes.md, issue 7).
 *
 * The guard returned here runs a full collection, then a turn of the event
 * loop for the finalizers, whenever the process has grown by `slackBytes`
 * since the last one. A collection every 10 cards fixed the memory but cost
 * about four minutes at 8,000 cards (230 ms each in a build-sized heap); a
 * minor one was cheap but, in a build, the wrappers had already moved to the
 * old generation. Collecting on growth costs one per ~80 cards.
 */
export function nativeMemoryGuard(
  slackBytes: number,
  { rss = () => process.memoryUsage.rss(), collect = collectGarbage }: { rss?: () => number; collect?: () => void } = {},
): () => Promise<void> {
  let base = rss();
  // Cards finishing side by side share one collection rather than each running their own.
  let pending: Promise<void> | undefined;
  return () => {
    if (pending) return pending;
    if (rss() - base < slackBytes) return Promise.resolve();
    pending = (async () => {
      collect();
      await new Promise((resolve) => setImmediate(resolve));
      base = rss();
    })().finally(() => {
      pending = undefined; // also after a failed collection: it fails these cards, not every later one
    });
    return pending;
  };
}

let gc: (() => void) | null | undefined;

function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

const releaseNativeMemory = nativeMemoryGuard(256 * 1024 ** 2);

/**
 * Draws one card: satori → SVG → resvg → PNG bytes. satori's layout (about
 * 12 ms) and the PNG encoding (`asPng()`, about 20 ms, synchronous) run on
 * this thread; only the rasterising (about 14 ms) runs on libuv's thread pool
 * (renderAsync); figures from one section card drawn 30 times on 29 Nov.
 * So while this thread lays out or encodes one card, the pool rasterises
 * another: this thread's 32 ms is the floor, and the 33 ms a card took in the
 * cold build measured the same morning (docs/performance-notes.md) is at it (issue 7).
 */
export const renderOgPng: OgRenderer = async (input) => {
  const { fonts } = await loadOgFonts();
  const svg = await satori(ogCardTree(input) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  const png = new Uint8Array((await renderAsync(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } })).asPng());
  await releaseNativeMemory();
  return png;
};

/** Hash of everything that changes the pixels. Key order is fixed so equal inputs hash equally. */
export function ogCacheKey(input: OgCardInput, fontHash: string, version = OG_TEMPLATE_VERSION): string {
  const canonical = [version, fontHash, input.siteName, input.articleTitle, input.sectionTitle ?? null, input.topic ?? null, input.footer ?? null];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 32);
}

export function defaultOgCacheDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.OG_CACHE_DIR?.trim() || 'node_modules/.cache/og-images');
}

export interface OgImageCache {
  /** The PNG for these inputs: from disk when cached, else drawn and stored. */
  get(input: OgCardInput): Promise<{ png: Uint8Array; cached: boolean; ms: number }>;
  /** Path of the cached PNG for these inputs, drawn and stored first if missing (for copying without reading it). */
  file(input: OgCardInput): Promise<string>;
  stats(): { rendered: number; cached: number; renderMs: number; cachedMs: number };
  /** The folder on disk, for pruning (og-cache-prune.ts); absent for caches that are not folders. */
  readonly dir?: string;
}

/**
 * Cards drawn at once: libuv's default pool size, so the pool always has a
 * card to rasterise while this thread encodes another. This thread, not the
 * pool, sets the pace (see renderOgPng), so more in flight does not help:
 * 16 in flight gave the same peak memory and no faster a cold build
 * (docs/performance-notes.md, N = 1,000).
 */
export const OG_DRAW_CONCURRENCY = 4;

export function createOgImageCache(
  options: { dir?: string; render?: OgRenderer; fontHash?: () => Promise<string>; drawConcurrency?: number } = {},
): OgImageCache {
  const dir = options.dir ?? defaultOgCacheDir();
  const render = options.render ?? renderOgPng;
  const drawing = limiter(options.drawConcurrency ?? OG_DRAW_CONCURRENCY);
  const fontHash = options.fontHash ?? (async () => (await loadOgFonts()).hash);
  const totals = { rendered: 0, cached: 0, renderMs: 0, cachedMs: 0 };
  const pathFor = async (input: OgCardInput) => path.join(dir, `${ogCacheKey(input, await fontHash())}.png`);
  /** Draws and stores a card; write then rename, so a build killed mid-write never leaves a half PNG that later counts as cached. */
  async function draw(input: OgCardInput, file: string, start: number): Promise<Uint8Array> {
    const png = await drawing(() => render(input));
    await mkdir(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, png);
    await rename(tmp, file);
    totals.rendered++;
    totals.renderMs += performance.now() - start;
    return png;
  }
  const hit = (start: number) => {
    totals.cached++;
    totals.cachedMs += performance.now() - start;
  };
  return {
    async get(input) {
      const start = performance.now();
      const file = await pathFor(input);
      try {
        const png = new Uint8Array(await readFile(file));
        hit(start);
        return { png, cached: true, ms: performance.now() - start };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const png = await draw(input, file, start);
      return { png, cached: false, ms: performance.now() - start };
    },
    async file(input) {
      const start = performance.now();
      const file = await pathFor(input);
      try {
        // Marks the card as used now (og-cache-prune.ts keeps what builds use); fails with ENOENT when it is not cached.
        const now = new Date();
        await utimes(file, now, now);
        hit(start);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        await draw(input, file, start);
      }
      return file;
    },
    stats: () => ({ ...totals }),
    dir,
  };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function readPngSize(png: Uint8Array): { width: number; height: number } {
  if (png.length < 24 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('readPngSize: not a PNG (bad signature)');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const type = String.fromCharCode(png[12], png[13], png[14], png[15]);
  if (type !== 'IHDR') throw new Error(`readPngSize: first chunk is "${type}", expected "IHDR"`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
