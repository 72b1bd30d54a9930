/**
 * Reads the content folder into the plain snapshot that contentProblems()
 * checks, straight from the files, for `npm run check:content` (issue 8): no
 * build, no `astro:content`. The schemas have already passed (`astro sync`
 * runs first), so this reads only the fields the cross-file checks need, with
 * the ids and file names the collections give them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentSnapshot } from './content-checks.ts';
import { DATA_FILE } from './content-layout.ts';
import { parseContentYaml, readFrontmatter } from './frontmatter.ts';
import { calendarDay } from './dates.ts';

type Data = Record<string, unknown>;
type Mutable<T extends readonly unknown[]> = T[number][];

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const list = (v: unknown): Data[] => (Array.isArray(v) ? (v as Data[]) : []);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Every file under the content folder, '/'-separated and relative to it, sorted. */
export function listContentFiles(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(contentDir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

export function readContentSnapshot(contentDir: string): ContentSnapshot {
  const label = (...parts: string[]) => [contentDir, ...parts].join('/').replace(/^\.\//, '');
  const yamlFile = (name: string): Data[] => {
    const path = join(contentDir, name);
    return existsSync(path) ? list(parseContentYaml(readFileSync(path, 'utf8'), label(name))) : [];
  };
  const mdx = (...parts: string[]) => readFrontmatter(readFileSync(join(contentDir, ...parts), 'utf8'), label(...parts));

  const articles: Mutable<ContentSnapshot['articles']> = [];
  const sections: Mutable<ContentSnapshot['sections']> = [];
  const notes: Mutable<ContentSnapshot['contextNotes']> = [];
  const snapshot: ContentSnapshot = {
    contentDir,
    files: listContentFiles(contentDir),
    articles,
    sections,
    topicIds: yamlFile(DATA_FILE.topics).map((t) => str(t.id)),
    sourceIds: yamlFile(DATA_FILE.sources).map((s) => str(s.id)),
    timeline: yamlFile(DATA_FILE.timeline).map((t) => ({ id: str(t.id), sources: ids(t.sources), topic: str(t.topic) })),
    people: yamlFile(DATA_FILE.people).map((p) => ({ id: str(p.id), sources: ids(p.sources) })),
    places: yamlFile(DATA_FILE.places).map((p) => ({ id: str(p.id), sources: ids(p.sources) })),
    disagreements: yamlFile(DATA_FILE.disagreements).map((d) => ({ id: str(d.id), article: str(d.article), topic: str(d.topic), sides: list(d.sides).map((side) => ({ sources: ids(side.sources) })) })),
    keyFacts: yamlFile(DATA_FILE.keyFacts).map((k) => ({
      id: str(k.id),
      facts: list(k.facts).map((f) => ({ sources: ids(f.sources) })),
      shortVersion: list(k.shortVersion).map((f) => ({ sources: ids(f.sources) })),
    })),
    contextNotes: notes,
  };

  const articlesDir = join(contentDir, 'articles');
  const folders = existsSync(articlesDir) ? readdirSync(articlesDir, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
  for (const { name: folder } of folders) {
    const files = readdirSync(join(articlesDir, folder));
    if (files.includes('index.mdx')) {
      const { data, body } = mdx('articles', folder, 'index.mdx');
      articles.push({
        id: folder,
        file: label('articles', folder, 'index.mdx'),
        draft: data.draft === true,
        published: calendarDay(data.published),
        text: { title: str(data.title), dek: str(data.dek), summary: str(data.summary), conclusion: str(data.conclusion), body },
      });
    }
    for (const file of files.filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')) {
      const { data, body } = mdx('articles', folder, file);
      sections.push({
        file: label('articles', folder, file),
        article: str(data.article),
        id: str(data.id),
        order: Number(data.order),
        topic: str(data.topic),
        aliases: ids(data.aliases),
        body,
        title: str(data.title),
        summary: str(data.summary),
      });
    }
    const contextDir = join(articlesDir, folder, 'context');
    if (!existsSync(contextDir)) continue;
    for (const file of readdirSync(contextDir).filter((f) => f.endsWith('.mdx'))) {
      const { data, body } = mdx('articles', folder, 'context', file);
      notes.push({ file: label('articles', folder, 'context', file), article: str(data.article), section: str(data.section), topic: str(data.topic), body });
    }
  }
  return snapshot;
}
