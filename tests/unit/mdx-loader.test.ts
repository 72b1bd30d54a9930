// mdxGlob() (src/lib/mdx-loader.ts) over Astro's own glob() and data store: a
// body that does not compile never stays in the store as if it had rendered.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// Astro's data store, as the content layer uses it (not a public export; a move shows up here).
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import { mdxGlob, unrenderedNotice } from '../../src/lib/mdx-loader';

const GOOD = '---\ntitle: Energy\n---\n\nPrices rose by 5% last year.\n';
const BROKEN = '---\ntitle: Energy\n---\n\nPrices rose by <5% last year.\n';

let root: string;
let watcher: EventEmitter & { add: () => void };
let store: ReturnType<MutableDataStore['scopedStore']>;
let logger: { error: ReturnType<typeof vi.fn>; warn: ReturnType<typeof vi.fn>; info: ReturnType<typeof vi.fn>; debug: ReturnType<typeof vi.fn> };

function context(): LoaderContext {
  const rootUrl = pathToFileURL(`${root}/`);
  return {
    collection: 'sections',
    config: { root: rootUrl, srcDir: new URL('src/', rootUrl) },
    logger,
    watcher,
    store,
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: unknown) => JSON.stringify(data),
    // Only its extensions are used: mdxGlob() supplies the rest.
    entryTypes: new Map([['.mdx', { extensions: ['.mdx'], getEntryInfo: async () => ({ data: {} }) }]]),
  } as unknown as LoaderContext;
}

/** glob()'s watcher handler is not awaited by whoever emits: wait for its store write. */
async function change(file: string, contents: string): Promise<void> {
  const before = store.get('energy');
  writeFileSync(file, contents);
  watcher.emit('change', file);
  await vi.waitFor(() => expect(store.get('energy')).not.toBe(before));
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'mdx-loader-'));
  writeFileSync(path.join(root, 'energy.mdx'), GOOD);
  watcher = Object.assign(new EventEmitter(), { add: () => {} });
  store = new MutableDataStore().scopedStore('sections');
  logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('mdxGlob', () => {
  it('renders each body into the store, keyed by the file’s digest', async () => {
    await mdxGlob({ base: root, pattern: '*.mdx' }).load(context());
    const entry = store.get('energy')!;
    expect(entry.rendered?.html).toBe('<p>Prices rose by 5% last year.</p>');
    expect(entry.digest).toBeTruthy();
  });

  it('fails a sync on a body that does not compile, naming the file, the field and the line, and keeps nothing of it', async () => {
    writeFileSync(path.join(root, 'energy.mdx'), BROKEN);
    await expect(mdxGlob({ base: root, pattern: '*.mdx' }).load(context())).rejects.toThrow(/energy\.mdx: field "body": the MDX does not compile: .*5:\d+/);
    expect(store.get('energy')).toBeUndefined();
  });

  it('on a change while `astro dev` runs: says so in the terminal and on the page, and the next build fails instead of publishing an empty body', async () => {
    const file = path.join(root, 'energy.mdx');
    await mdxGlob({ base: root, pattern: '*.mdx' }).load(context());
    await change(file, BROKEN);
    expect(logger.error).toHaveBeenCalledWith(expect.stringMatching(/energy\.mdx: field "body": the MDX does not compile/));
    const entry = store.get('energy')!;
    expect(entry.rendered?.html).toContain('role="alert"');
    expect(entry.rendered?.html).toContain('energy.mdx: field "body"');
    expect(entry.rendered?.html).not.toContain('<5%');
    expect(entry.digest).toBeUndefined();
    // The dev server stops; the file stays as it is; a build syncs the same store.
    await expect(mdxGlob({ base: root, pattern: '*.mdx' }).load(context())).rejects.toThrow(/energy\.mdx: field "body"/);
  });

  it('takes a fixed file back as rendered, digest and all', async () => {
    const file = path.join(root, 'energy.mdx');
    await mdxGlob({ base: root, pattern: '*.mdx' }).load(context());
    await change(file, BROKEN);
    await change(file, GOOD);
    const entry = store.get('energy')!;
    expect(entry.rendered?.html).toBe('<p>Prices rose by 5% last year.</p>');
    expect(entry.digest).toBeTruthy();
    await expect(mdxGlob({ base: root, pattern: '*.mdx' }).load(context())).resolves.toBeUndefined();
  });
});

describe('unrenderedNotice', () => {
  it('escapes the problem, which quotes the editor’s own text', () => {
    const html = unrenderedNotice('a.mdx: field "body": unexpected <5% & more.');
    expect(html).toContain('a.mdx: field "body": unexpected &lt;5% &amp; more. Fix the file');
    expect(html).not.toContain('<5%');
  });
});
