/** The pages a build wrote, so crawl tests compare with the build instead of a typed number. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function builtPages(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .map((f) => relative(dir, join(dir, f)).split(sep).join('/'))
    .sort();
}

/** Site path of a built file: articles/a/index.html → articles/a/ */
export function pathOf(file: string): string {
  return file.replace(/index\.html$/, '');
}

/**
 * Site paths of the pages a sitemap should list: every built page but the 404
 * and alias pages (a meta refresh to a renamed section).
 */
export function listedPagePaths(dir: string): string[] {
  return builtPages(dir)
    .filter((f) => !/<meta http-equiv="refresh"/i.test(readFileSync(join(dir, f), 'utf8')))
    .map(pathOf)
    .sort();
}
