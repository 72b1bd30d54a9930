/**
 * Reads the editors' files directly (not the build), so end-to-end tests compare
 * the site with its source instead of with numbers typed into the test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { readArticleDates } from '../../../src/lib/content-dates';
import { requireFrontmatter } from '../../../src/lib/frontmatter';
import { newestFirst } from '../../../src/lib/ordering';
import { isVisible } from '../../../src/lib/publishing';

const ROOT = join(process.cwd(), process.env.CONTENT_DIR ?? 'content');

export interface SourceSection {
  article: string;
  id: string;
  order: number;
  title: string;
  topic: string;
}

const frontmatter = (file: string): Record<string, unknown> => requireFrontmatter(readFileSync(file, 'utf8'), file).data;

/** The articles a production build shows, in the site's order: newest first (src/lib/site-model.ts). Dates read as the sitemap reads them (content-dates.ts). */
export function articleIds(): string[] {
  const visible = readArticleDates(ROOT).filter((a) => isVisible(a, { includeDrafts: false, now: new Date() }));
  return newestFirst(visible, (a) => a.published, (a) => a.id).map((a) => a.id);
}

export function sectionsOf(article: string): SourceSection[] {
  const dir = join(ROOT, 'articles', article);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
    .map((f) => frontmatter(join(dir, f)) as unknown as SourceSection)
    .sort((a, b) => a.order - b.order);
}

export function topics(): { id: string; name: string }[] {
  return load(readFileSync(join(ROOT, 'topics.yaml'), 'utf8')) as { id: string; name: string }[];
}

export function articleTitle(article: string): string {
  return String(frontmatter(join(ROOT, 'articles', article, 'index.mdx')).title);
}
