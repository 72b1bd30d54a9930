/**
 * Reads the editors' files directly (not the build), so end-to-end tests compare
 * the site with its source instead of with numbers typed into the test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { readArticleDates } from '../../../src/lib/content-dates';
import { requireFrontmatter } from '../../../src/lib/frontmatter';
import { byOrder, newestFirst } from '../../../src/lib/ordering';
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
const yaml = <T>(name: string): T => load(readFileSync(join(ROOT, name), 'utf8')) as T;

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

/** The topics in the site's order (their `order`, as src/lib/site-model.ts sorts them). */
export function topics(): { id: string; name: string; order: number }[] {
  return byOrder(yaml<{ id: string; name: string; order: number }[]>('topics.yaml'));
}

/** content/sources.yaml: every source the site may cite. */
export function sources(): { id: string; title: string; url: string; kind: string }[] {
  return yaml('sources.yaml');
}

/** content/places.yaml: the places the locator map marks, by the name it shows. */
export function places(): { id: string; label: string }[] {
  return yaml('places.yaml');
}

export interface SourceContextNote {
  article: string;
  section: string;
  topic: string;
  /** The MDX body as the editor wrote it, <Cite /> tags included. */
  body: string;
}

/** Every context note of the articles a production build shows. */
export function contextNotes(): SourceContextNote[] {
  return articleIds().flatMap((article) => {
    const dir = join(ROOT, 'articles', article, 'context');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const { data, body } = requireFrontmatter(readFileSync(join(dir, f), 'utf8'), join(dir, f));
        return { ...(data as { article: string; section: string; topic: string }), body };
      });
  });
}

export function articleTitle(article: string): string {
  return String(frontmatter(join(ROOT, 'articles', article, 'index.mdx')).title);
}
