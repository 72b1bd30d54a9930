/**
 * Reads the dates and section ids of every article straight from the content
 * files, for astro.config.ts, where `astro:content` is not available (the
 * sitemap's `lastmod`, issue 5). Only the fields the sitemap needs; the
 * content collections still validate everything during the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDay, DAY_HINT } from './dates';
import { requireFrontmatter } from './frontmatter';
import type { DatedArticle } from './sitemap';

const frontmatter = (file: string): Record<string, unknown> => requireFrontmatter(readFileSync(file, 'utf8'), file).data;

function date(value: unknown, field: string, file: string): Date {
  if (value === undefined || value === null) throw new Error(`content-dates: ${field} is missing in ${file}; write it as ${DAY_HINT}`);
  const d = calendarDay(value);
  if (!d) throw new Error(`content-dates: ${field} in ${file} is not a date: ${String(value)} (write it as ${DAY_HINT})`);
  return d;
}

export function readArticleDates(contentDir: string): DatedArticle[] {
  const articlesDir = join(contentDir, 'articles');
  return readdirSync(articlesDir, { withFileTypes: true })
    // A folder without index.mdx is reported by the content checks (content-layout.ts), not here.
    .filter((d) => d.isDirectory() && existsSync(join(articlesDir, d.name, 'index.mdx')))
    .map((dir) => {
      const folder = join(articlesDir, dir.name);
      const indexFile = join(folder, 'index.mdx');
      const data = frontmatter(indexFile);
      const sections = readdirSync(folder)
        .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
        .map((f) => frontmatter(join(folder, f)))
        .map((s) => ({ id: String(s.id), topic: String(s.topic), aliases: Array.isArray(s.aliases) ? s.aliases.map(String) : [] }));
      return {
        id: dir.name,
        published: date(data.published, 'published', indexFile),
        updated: data.updated === undefined ? undefined : date(data.updated, 'updated', indexFile),
        corrections: (Array.isArray(data.corrections) ? data.corrections : []).map((c, i) => ({ date: date(c?.date, `corrections[${i}].date`, indexFile) })),
        draft: data.draft === true,
        sections,
      };
    });
}
