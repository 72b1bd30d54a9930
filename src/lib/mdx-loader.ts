/**
 * `mdxGlob()`: Astro's glob() loader for `.mdx` entries whose bodies are
 * rendered to HTML at load time by mdx-html.ts, instead of one compiled module
 * per file (issue 7). Used for articles, sections and context notes in
 * src/content.config.ts.
 *
 * glob() already renders an entry at load time when its entry type has a
 * render function (that is how `.md` works) and caches the result in the data
 * store by file digest. This loader hands glob() the `.mdx` entry type of
 * @astrojs/mdx with such a render function, and with frontmatter read by
 * frontmatter.ts, which keeps dates as written for the schemas to check.
 *
 * Two additions:
 * - the digest includes a key of the renderer's own code and the lockfile, so
 *   a change to a rehype plugin re-renders every body instead of serving
 *   stale HTML from the cache;
 * - glob() only logs a render error; here any error fails the sync, naming the
 *   file, the field ("body") and the line (counted in the file, frontmatter
 *   included), and the entry is dropped from the store so the next build
 *   renders it again;
 * - a file changed while `astro dev` runs is rendered again by glob()'s own
 *   watcher, outside this loader's sync, so there is no sync to fail. If it
 *   does not render, the error goes to the terminal and onto the page in
 *   place of the body, and the entry is stored without its digest: the next
 *   sync or build renders it again and fails, instead of reusing an empty
 *   body (which once shipped a section without its text).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFrontmatter } from './frontmatter';
import { formatProblem } from './invariants';
import { createMdxHtmlRenderer, explainFailure } from './mdx-html';

interface EntryType {
  extensions: string[];
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body?: string; slug?: string; rawData?: string }>;
  getRenderFunction?: (config: unknown) => Promise<RenderFunction>;
  contentModuleTypes?: string;
}

type RenderFunction = (params: { id: string; data: Record<string, unknown>; body?: string; filePath?: string }) => Promise<unknown>;

/** What glob() destructures from the context beyond the public LoaderContext. */
type GlobContext = LoaderContext & { entryTypes: Map<string, EntryType> };

let rendererKey: string | undefined;

/**
 * A hash of everything that decides a body's HTML: the code in src/lib (the
 * pipeline and its plugins) and the installed packages (package-lock.json).
 */
export function renderCacheKey(root: string): string {
  if (rendererKey) return rendererKey;
  const hash = createHash('sha256');
  const lib = path.join(root, 'src/lib');
  const files = existsSync(lib) ? readdirSync(lib, { recursive: true, encoding: 'utf8' }) : [];
  for (const rel of files.filter((f) => f.endsWith('.ts') && !f.includes('.test.')).sort()) {
    hash.update(rel).update(readFileSync(path.join(lib, rel)));
  }
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  rendererKey = hash.digest('hex').slice(0, 16);
  return rendererKey;
}

interface Failure {
  id: string;
  message: string;
  /** Where Astro's error report points ("Location:", with the lines around it). */
  loc?: { file: string; line: number; column: number };
}

export function mdxGlob(options: { base: string; pattern: string }): Loader {
  const inner = glob(options);
  return {
    name: 'mdx-html-glob',
    load: async (context) => {
      const ctx = context as GlobContext;
      const mdx = ctx.entryTypes.get('.mdx');
      if (!mdx) throw new Error('mdxGlob: no entry type for .mdx; add the @astrojs/mdx integration to astro.config.ts');
      const root = fileURLToPath(ctx.config.root);
      const key = renderCacheKey(root);
      const render = createMdxHtmlRenderer();
      const failures: Failure[] = [];
      /** Entries whose body did not render: stored without a digest (see `store` below). */
      const unrendered = new Set<string>();
      let syncing = true;
      const renderEntry: RenderFunction = async ({ id, data, body = '', filePath = '' }) => {
        try {
          return await render(body, data);
        } catch {
          const file = path.relative(root, filePath) || filePath;
          const contents = existsSync(filePath) ? readFileSync(filePath, 'utf8') : '';
          const { message, line, column } = await explainFailure(render, body, data, contents);
          const loc = line ? { file: filePath, line, column: column ?? 1 } : undefined;
          const problem = formatProblem({ file, field: 'body', message });
          unrendered.add(id);
          if (syncing) {
            failures.push({ id, message: problem, loc });
            // Not rethrown: glob() would log it with body-relative positions; the entry is dropped below.
            return { html: '' };
          }
          // glob()'s watcher (astro dev): nothing to fail, so say it where the editor is looking.
          ctx.logger.error(problem);
          return { html: unrenderedNotice(problem), metadata: { headings: [], frontmatter: data } };
        }
      };
      // glob() stores whatever the render gave, with the file's digest, and reuses it while the file is unchanged.
      const store = new Proxy(ctx.store, {
        get(target, prop, receiver) {
          if (prop !== 'set') {
            const value = Reflect.get(target, prop, receiver);
            return typeof value === 'function' ? value.bind(target) : value;
          }
          return (entry: Parameters<LoaderContext['store']['set']>[0]) => {
            if (!unrendered.delete(entry.id)) return target.set(entry);
            return target.set({ ...entry, digest: undefined });
          };
        },
      });
      const entryTypes = new Map(ctx.entryTypes);
      // No contentModuleTypes: glob() would otherwise defer rendering to a compiled module.
      // Frontmatter read as frontmatter.ts reads it (dates kept as written), not by @astrojs/mdx's js-yaml defaults.
      const getEntryInfo: EntryType['getEntryInfo'] = async ({ fileUrl, contents }) => {
        // Invalid YAML throws naming the file and line, with a loc Astro shows (frontmatter.ts).
        const { data, body, raw } = readFrontmatter(contents, fileURLToPath(fileUrl));
        return { data, body: body.trim(), slug: data.slug as string | undefined, rawData: raw };
      };
      entryTypes.set('.mdx', { extensions: mdx.extensions, getEntryInfo, getRenderFunction: async () => renderEntry });
      await inner.load({
        ...ctx,
        store,
        entryTypes,
        generateDigest: (data) => ctx.generateDigest(typeof data === 'string' ? `${key}\n${data}` : { key, data }),
      } as GlobContext);
      syncing = false;
      if (failures.length > 0) {
        for (const f of failures) ctx.store.delete(f.id);
        const lines = failures.map((f) => `  - ${f.message}`).join('\n');
        // Without a loc, Astro points at the line of this file that threw.
        throw Object.assign(new Error(`Content has ${failures.length} MDX problem${failures.length === 1 ? '' : 's'}:\n${lines}`), {
          loc: failures.find((f) => f.loc)?.loc,
        });
      }
    },
  };
}

/**
 * What `astro dev` shows in place of a body that does not render (a build
 * fails instead): the problem, escaped, in an alert the editor cannot miss.
 */
export function unrenderedNotice(problem: string): string {
  const text = problem.replace(/\.$/, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<p class="ex-unrendered" role="alert"><strong>This text does not compile, so it is left out.</strong> ${text}. Fix the file and save it; a build stops on it until then.</p>`;
}
