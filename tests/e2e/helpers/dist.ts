/** The pages a build wrote, so crawl tests compare with the build instead of a typed number. */
import { readdirSync } from 'node:fs';
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
