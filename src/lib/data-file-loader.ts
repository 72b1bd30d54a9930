/**
 * Astro's file() loader for a YAML data file, behind dataFileProblems(): a file
 * that does not parse, an entry without an id or a repeated id fails the sync
 * (and so the build and `npm run check:content`) instead of being logged and
 * dropped. `optional` files may be absent: the collection is then empty.
 *
 * Under `astro dev` the loader also reloads the file when it changes; a change
 * that breaks those rules is reported in the terminal and not loaded, so the
 * preview keeps the last good entries rather than losing one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { file } from 'astro/loaders';
import { dataFileProblems } from './data-file';
import { parseContentYaml } from './frontmatter';

type Watcher = NonNullable<LoaderContext['watcher']>;
type ChangeHandler = (changedPath: string) => unknown;

/**
 * The watcher as file() sees it: `change` handlers for `path` run only when
 * `problems()` finds nothing; otherwise `report` gets the problems.
 */
export function guardedWatcher(watcher: Pick<Watcher, 'add' | 'on'>, path: string, problems: () => string[], report: (problems: string[]) => void) {
  const target = resolve(path);
  return {
    add: (p: string | readonly string[]) => watcher.add(p as string),
    on: (event: 'change', handler: ChangeHandler) =>
      watcher.on(event, (changedPath: string) => {
        if (resolve(changedPath) === target) {
          const found = problems();
          if (found.length > 0) return report(found);
        }
        return handler(changedPath);
      }),
  };
}

export function dataFile(path: string, options: { optional?: boolean } = {}): Loader {
  const label = path.replace(/^\.\//, '');
  // Astro's file() with the content YAML parser: dates stay as written, for the schemas to check.
  const inner = file(path, { parser: (text) => parseContentYaml(text, label) as Record<string, unknown>[] });
  const problems = () => dataFileProblems(label, readFileSync(path, 'utf8'));
  return {
    name: 'data-file',
    load: async (context) => {
      if (!existsSync(path)) {
        if (options.optional) return context.store.clear();
        throw new Error(`${label} is missing; the site needs it (docs/authoring.md, "Where things live")`);
      }
      const found = problems();
      if (found.length > 0) throw new Error(`${label} cannot be loaded:\n  - ${found.join('\n  - ')}`);
      const watcher =
        context.watcher &&
        guardedWatcher(context.watcher, path, problems, (p) => context.logger.error(`${label} not reloaded, the last good version stays:\n  - ${p.join('\n  - ')}`));
      return inner.load({ ...context, watcher: watcher as Watcher | undefined });
    },
  };
}
