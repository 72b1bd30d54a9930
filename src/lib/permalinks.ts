/**
 * Permalinks that never break (issue 3). A committed manifest, permalinks.json,
 * lists every published URL: pages, each section anchor `/articles/<a>/#<s>`
 * and alias URLs. scripts/permalinks.mjs crawls the built site and compares.
 * Paths are site paths without the base (dist/ has no base folder), so one
 * manifest serves every host.
 *
 * No imports but urls.ts, and only erasable TypeScript, so Node runs this file
 * directly from scripts/permalinks.mjs (type stripping); hence the `.ts` suffix.
 */
import { sectionPath } from './urls.ts';

export const MANIFEST_FILE = 'permalinks.json';
export const UPDATE_COMMAND = 'npm run permalinks:update';

export interface PermalinkSection {
  id: string;
  /** Former ids; each keeps `/articles/<a>/<alias>/` and `#<alias>` working. */
  aliases?: readonly string[];
}

export interface PermalinkArticle {
  id: string;
  sections: readonly PermalinkSection[];
}

function sortedUnique(urls: Iterable<string>): string[] {
  return [...new Set(urls)].sort();
}

export interface AliasRedirect {
  article: string;
  /** The former section id. */
  alias: string;
  /** The section it now belongs to. */
  section: string;
  /** Site path of the old section page. */
  from: string;
  /** Site path of the current section page. */
  to: string;
}

/** One redirect page per alias: /articles/<a>/<old>/ → /articles/<a>/<new>/. */
export function aliasRedirects(articles: readonly PermalinkArticle[]): AliasRedirect[] {
  return articles.flatMap((a) =>
    a.sections.flatMap((s) =>
      (s.aliases ?? []).map((alias) => ({ article: a.id, alias, section: s.id, from: sectionPath(a.id, alias), to: sectionPath(a.id, s.id) })),
    ),
  );
}

export interface BuiltPage {
  /** Site path: "/articles/a/" for dist/articles/a/index.html. */
  path: string;
  /** Every id attribute in the page. */
  ids: readonly string[];
}

/** Pages whose ids are checked as permalinks: the full article pages. */
export const ANCHOR_PAGES = /^\/articles\/[^/]+\/$/;

/**
 * URLs a build provides. Anchors count only on article pages and only for ids
 * that also have a page beneath: `#energy` on /articles/a/ because
 * /articles/a/energy/ exists (a section, or an alias redirect). Footnote and
 * sub-heading ids come from heading text, so they are not promised forever.
 */
export function builtUrls(pages: readonly BuiltPage[], anchorPages: RegExp = ANCHOR_PAGES): string[] {
  const paths = new Set(pages.map((p) => p.path));
  const urls: string[] = [...paths];
  for (const page of pages) {
    if (!anchorPages.test(page.path)) continue;
    for (const id of page.ids) if (paths.has(`${page.path}${id}/`)) urls.push(`${page.path}#${id}`);
  }
  return sortedUnique(urls);
}

export interface PermalinkProblem {
  url: string;
  message: string;
}

/** "/articles/a/energy/" or "/articles/a/#energy" → { article: 'a', id: 'energy' }. */
export function sectionOf(url: string): { article: string; id: string } | undefined {
  const m = /^\/articles\/([^/#]+)\/(?:#([^/#]+)|([^/#]+)\/)$/.exec(url);
  return m ? { article: m[1], id: m[2] ?? m[3] } : undefined;
}

export function missingMessage(url: string): string {
  const head = `${url} is in ${MANIFEST_FILE} but the build no longer has it, so links people shared to it would break.`;
  const section = sectionOf(url);
  if (section) {
    return (
      `${head} If section "${section.id}" of article "${section.article}" was renamed, add \`aliases: [${section.id}]\` ` +
      `to the section that replaced it (content/articles/${section.article}/<nn>-<new-id>.mdx), ` +
      `or run \`${UPDATE_COMMAND}\` if the removal is intended.`
    );
  }
  return `${head} Restore the page, or run \`${UPDATE_COMMAND}\` if the removal is intended.`;
}

export interface PermalinkCheck {
  /** In the manifest, not in the build: fails the check. */
  missing: PermalinkProblem[];
  /** In the build, not yet in the manifest: recorded by the update command. */
  added: string[];
}

export function checkPermalinks(manifest: readonly string[], built: readonly string[]): PermalinkCheck {
  const have = new Set(built);
  const known = new Set(manifest);
  return {
    missing: sortedUnique(manifest)
      .filter((url) => !have.has(url))
      .map((url) => ({ url, message: missingMessage(url) })),
    added: sortedUnique(built).filter((url) => !known.has(url)),
  };
}

export function formatCheck(result: PermalinkCheck, checked: number): string {
  const lines: string[] = [];
  if (result.missing.length > 0) {
    lines.push(`${result.missing.length} permalink${result.missing.length === 1 ? '' : 's'} no longer resolve${result.missing.length === 1 ? 's' : ''}:`);
    for (const p of result.missing) lines.push(`  - ${p.message}`);
  }
  if (result.added.length > 0) {
    lines.push(`${result.added.length} new URL${result.added.length === 1 ? ' is' : 's are'} not in ${MANIFEST_FILE} yet (run \`${UPDATE_COMMAND}\` to record them):`);
    for (const url of result.added) lines.push(`  + ${url}`);
  }
  lines.push(`permalinks: ${checked} checked, ${result.missing.length} missing, ${result.added.length} new`);
  return lines.join('\n');
}

export interface PermalinkManifest {
  $comment: string;
  urls: string[];
}

export function serializeManifest(urls: readonly string[]): string {
  const manifest: PermalinkManifest = {
    $comment: `Every published URL (site paths, without the base). Checked against each build; update with \`${UPDATE_COMMAND}\`.`,
    urls: sortedUnique(urls),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function parseManifest(text: string, file = MANIFEST_FILE): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}); regenerate it with \`${UPDATE_COMMAND}\``);
  }
  const urls = (data as { urls?: unknown })?.urls;
  if (!Array.isArray(urls) || urls.some((u) => typeof u !== 'string' || !u.startsWith('/'))) {
    throw new Error(`${file} must be {"urls": ["/path/", …]} with site paths starting with "/"; regenerate it with \`${UPDATE_COMMAND}\``);
  }
  return urls as string[];
}

/** dist-relative file → site path: "articles/a/index.html" → "/articles/a/"; "404.html" → "/404.html". */
export function sitePathOfHtml(relativeFile: string): string {
  const file = relativeFile.split(/[\\/]/).join('/');
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}
