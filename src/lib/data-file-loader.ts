/**
 * Astro's file() loader for a YAML data file, behind dataFileProblems(): a file
 * that does not parse, an entry without an id or a repeated id fails the sync
 * (and so the build and `npm run check:content`) instead of being logged and
 * dropped. `optional` files may be absent: the collection is then empty.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';
import { dataFileProblems } from './data-file';

export function dataFile(path: string, options: { optional?: boolean } = {}): Loader {
  const label = path.replace(/^\.\//, '');
  const inner = file(path);
  return {
    name: 'data-file',
    load: async (context) => {
      if (!existsSync(path)) {
        if (options.optional) return context.store.clear();
        throw new Error(`${label} is missing; the site needs it (docs/authoring.md, "Where things live")`);
      }
      const problems = dataFileProblems(label, readFileSync(path, 'utf8'));
      if (problems.length > 0) throw new Error(`${label} cannot be loaded:\n  - ${problems.join('\n  - ')}`);
      return inner.load(context);
    },
  };
}
