/**
 * Reads the editors' files directly (not the build), so end-to-end tests compare
 * the site with its source instead of with numbers typed into the test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { requireFrontmatter } from '../../../src/lib/frontmatter';

const ROOT = join(process.cwd(), process.env.CONTENT_DIR ?? 'content');

export interface SourceSection {
  article: string;
  id: string;
  order: number;
  title: string;
  topic: string;
}

const frontmatter = (file: string): Record<string, unknown> => requireFrontmatter(readFileSync(file, 'utf8'), file).data;

export function articleIds(): string[] {
  return readdirSync(join(ROOT, 'articles'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .filter((d) => frontmatter(join(ROOT, 'articles', d.name, 'index.mdx')).draft !== true)
    .map((d) => d.name);
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
