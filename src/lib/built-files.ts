/**
 * The HTML files of a build, for the checks that read them after it: the CSP
 * trim and the link check (integrations), and the quality-gate scripts.
 *
 * Only node: imports and erasable TypeScript, so scripts run it directly (type stripping).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every .html file (files only) under `root`, as sorted '/'-separated paths relative to it ('index.html', 'topics/energy/index.html'). */
export function htmlFilesIn(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
