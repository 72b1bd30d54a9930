/**
 * After the build, every page's links to the site itself are checked against
 * the files written (link-check.ts): a broken one fails the build, naming the
 * page and the link. Runs after the integrations that write files (OG cards,
 * the sitemap), so it sees the whole output.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFilesIn } from './built-files';
import { contentDir } from './content-dir';
import { listContentFiles } from './content-snapshot';
import { withTrailingSlash } from './urls';
import { formatLinkProblems, pageIds, pageLinkProblems, whereWritten, type BuiltSite, type LinkProblem } from './link-check';

export function linkCheckIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'explainer:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const read = (file: string) => {
          const path = join(root, file);
          return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
        };
        const site: BuiltSite = { base, exists: (file) => existsSync(join(root, file)) };
        // Ids only of pages that fragments point at, each read once.
        const idsByFile = new Map<string, Set<string> | undefined>();
        const ids = (file: string) => {
          if (!idsByFile.has(file)) {
            const html = read(file);
            idsByFile.set(file, html === undefined ? undefined : pageIds(html));
          }
          return idsByFile.get(file);
        };
        const problems: LinkProblem[] = [];
        let pages = 0;
        for (const file of htmlFilesIn(root)) {
          const page = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
          problems.push(...pageLinkProblems(page, readFileSync(join(root, file), 'utf8'), site, ids));
          pages++;
        }
        if (problems.length > 0) {
          // Name the content file an editor wrote each address in, where one holds it.
          const dir = contentDir();
          const sources = new Map(listContentFiles(dir).filter((f) => /\.(mdx|ya?ml)$/.test(f)).map((f) => [`${dir.replace(/^\.\//, '').replace(/\/$/, '')}/${f}`, readFileSync(join(dir, f), 'utf8')]));
          for (const p of problems) p.writtenIn = whereWritten(p, base, sources).join(' and ') || undefined;
          // As when a build fails earlier: no output that looks like a complete site (Astro empties the folder when a build starts).
          for (const entry of readdirSync(root)) rmSync(join(root, entry), { recursive: true, force: true });
          throw new Error(formatLinkProblems(problems));
        }
        logger.info(`links to the site itself on ${pages} pages all go to a built page and id, in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}
