/**
 * Every file in the content folder must be one the site reads. The collections
 * read files by pattern (src/content.config.ts), so a section saved as `.md`,
 * moved into a subfolder or dropped beside the articles would vanish from the
 * site without a word; here each is a problem naming the file and what to do.
 * Also checked: an article folder's name is its id and URL, so it follows the
 * id rules (Astro would lowercase `Port-Talks`), and it has an index.mdx.
 *
 * Pure: takes the folder's file list ('/'-separated, relative to it).
 * Imports carry `.ts` so Node runs this file directly (type stripping).
 */
import { ID_HINT, ID_PATTERN } from './ids.ts';
import type { ContentProblem } from './invariants.ts';

/** The data file each data collection reads, at the top of the content folder: src/content.config.ts loads them from here. */
export const DATA_FILE = {
  topics: 'topics.yaml',
  sources: 'sources.yaml',
  timeline: 'timeline.yaml',
  people: 'people.yaml',
  places: 'places.yaml',
  disagreements: 'disagreements.yaml',
  keyFacts: 'key-facts.yaml',
} as const;

/** The data files at the top of the content folder. */
export const DATA_FILES = Object.values(DATA_FILE);

const WHERE = 'articles/<article-id>/index.mdx, sections as articles/<article-id>/<nn>-<section-id>.mdx, context notes as articles/<article-id>/context/<section-id>.mdx';

/** Hidden files and folders (.DS_Store, .gitkeep, .obsidian/): not content, and not a problem. */
function isHidden(path: string): boolean {
  return path.split('/').some((p) => p.startsWith('.'));
}

/** Editor backups (x.mdx~, #x.mdx#, x.orig, x.swp …): not content, and not a problem. */
const BACKUP = /~$|^#.*#$|\.(orig|bak|swp|swo|tmp)$/;

/**
 * Backups of content files (`03-military.mdx.bak`, `timeline.yaml~`), which
 * the site skips: `npm run check:content` lists them, because a section
 * renamed to one is gone from the site without an error.
 */
export function skippedBackups(files: readonly string[]): string[] {
  return files.filter((path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return !isHidden(path) && BACKUP.test(name) && /\.(mdx|ya?ml)\b/.test(name);
  });
}

export function contentLayoutProblems(contentDir: string, files: readonly string[]): ContentProblem[] {
  const label = (path: string) => `${contentDir}/${path}`.replace(/^\.\//, '');
  const problems: ContentProblem[] = [];
  const stray = (path: string, message: string) => problems.push({ file: label(path), field: 'file name', message });
  const folders = new Map<string, boolean>(); // article folder → has index.mdx

  for (const path of files) {
    const parts = path.split('/');
    const name = parts[parts.length - 1];
    // Editors' and systems' hidden files (.DS_Store, .gitkeep) and editor backups (x.mdx~, #x.mdx#, x.orig, x.swp) are not content.
    if (isHidden(path) || BACKUP.test(name)) continue;
    const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')) : '';
    const hint = ext === '.md' ? `only .mdx files are read: rename it to ${name.slice(0, -3)}.mdx` : `the site reads ${WHERE}`;

    if (parts.length === 1) {
      if (!(DATA_FILES as readonly string[]).includes(name)) {
        stray(path, `is not read by the site; the files at the top of the content folder are ${DATA_FILES.join(', ')}${ext === '.mdx' || ext === '.md' ? `, and ${WHERE}` : ''}`);
      }
      continue;
    }
    if (parts[0] !== 'articles') {
      stray(path, `is not read by the site: ${hint}`);
      continue;
    }
    if (parts.length === 2) {
      stray(path, `is not read by the site: articles/ holds one folder per article; ${hint}`);
      continue;
    }
    const folder = parts[1];
    if (!folders.has(folder)) folders.set(folder, false);
    const inFolder = parts.length === 3;
    const inContext = parts.length === 4 && parts[2] === 'context';
    if ((inFolder || inContext) && ext === '.mdx') {
      if (inFolder && name === 'index.mdx') folders.set(folder, true);
      continue;
    }
    stray(path, `is not read by the site: ${hint}`);
  }

  for (const [folder, hasIndex] of folders) {
    if (!ID_PATTERN.test(folder)) {
      problems.push({ file: label(`articles/${folder}/`), field: 'folder name', message: `"${folder}" is the article's id and URL, so it must be ${ID_HINT}` });
    }
    if (!hasIndex) {
      problems.push({ file: label(`articles/${folder}/`), field: 'index.mdx', message: 'the article folder has no index.mdx (headline, dates, lede), so none of its sections can be shown; add one (npm run new scaffolds it)' });
    }
  }
  return problems;
}
