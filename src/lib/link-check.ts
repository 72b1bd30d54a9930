/**
 * Every link from a built page to the site itself goes to a file the build
 * wrote, under the base path, and to an id on that page when it names one
 * (`/articles/a/#energy`). A link an editor mistypes in a body
 * (`[x](/articles/no-such/)`) or one a template gets wrong fails the build
 * here, naming the page and the link, instead of being found by a reader.
 *
 * Pure: asks about built files through the functions it is given, so the same
 * code checks a built folder (link-check-integration.ts) and a unit test's strings.
 */
import { decodeEntities } from './html-entities';

export interface BuiltSite {
  /** The site's base path, e.g. "/" or "/explainer/". */
  base: string;
  /** Whether the build wrote a file at this path below the output folder. */
  exists(file: string): boolean;
}

export interface LinkProblem {
  /** The page holding the link, as a site path ("/topics/energy/"). */
  page: string;
  href: string;
  /** The link's text, for finding it on the page. */
  text: string;
  message: string;
  /** Where an editor wrote it, when a content file holds the address: "content/articles/a/02-energy.mdx, field \"body\"". */
  writtenIn?: string;
}

/** `<a … href="…">text</a>`, in the HTML Astro writes (attributes in double quotes). */
const LINK = /<a\s[^>]*?\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g;
const ID = /\sid="([^"]*)"/g;

/** decodeURIComponent, or undefined for a malformed escape (`%zz`). */
function decodePath(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function textOf(html: string): string {
  const text = decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The ids in a page, for its fragments. */
export function pageIds(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(ID), (m) => decodeEntities(m[1]!)));
}

/** The built HTML file a site path is served from ("/explainer/topics/" → "topics/index.html" under base "/explainer/"). */
export function fileForPath(pathname: string, base: string): string | undefined {
  if (`${pathname}/` === base) return 'index.html';
  if (!pathname.startsWith(base)) return undefined;
  const rel = pathname.slice(base.length);
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/**
 * The problems of one page's links. `page` is the page's site path (with the
 * base); `ids` gives a built page's ids by file, and is called only for links
 * with a fragment.
 */
export function pageLinkProblems(page: string, html: string, site: BuiltSite, ids: (file: string) => Set<string> | undefined): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const origin = 'http://site.invalid';
  for (const [, raw, inner] of html.matchAll(LINK)) {
    const href = decodeEntities(raw!);
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // Another site, mailto: …
    const text = textOf(inner!);
    const problem = (message: string) => problems.push({ page, href, text, message });
    let url: URL;
    try {
      url = new URL(href, `${origin}${page}`);
    } catch {
      problem('is not a valid address');
      continue;
    }
    const pathname = decodePath(url.pathname);
    const fragment = decodePath(url.hash.slice(1));
    if (pathname === undefined || fragment === undefined) {
      problem('has a malformed %-escape; write the characters themselves, or %20-style escapes of two hex digits');
      continue;
    }
    const file = fileForPath(pathname, site.base);
    if (file === undefined) {
      problem(`goes outside the site's base path ${site.base}: write it from the site's root (the build adds the base), or give the whole address`);
      continue;
    }
    let target = file;
    if (!site.exists(target)) {
      // "/topics/energy" (no slash): hosts redirect it to the folder's index.html.
      if (!target.endsWith('index.html') && site.exists(`${target}/index.html`)) target = `${target}/index.html`;
      else {
        problem(`goes to ${pathname}, a page the build did not write`);
        continue;
      }
    }
    if (fragment === '' || fragment === 'top' || !target.endsWith('.html')) continue;
    if (!ids(target)?.has(fragment)) problem(`goes to #${fragment} on ${pathname}, which has no element with that id`);
  }
  return problems;
}

/**
 * The content files that hold a broken link's address as an editor writes it
 * (from the site's root, without the base): a Markdown link `](/x/)` or an
 * HTML one `href="/x/"` in an .mdx body, or a quoted value in a data file.
 */
export function whereWritten(problem: Pick<LinkProblem, 'href'>, base: string, files: ReadonlyMap<string, string>): string[] {
  const written = problem.href.startsWith(base) ? `/${problem.href.slice(base.length)}` : problem.href;
  const forms = [`](${written})`, `](${written} `, `href="${written}"`, `"${written}"`];
  return [...files].filter(([, text]) => forms.some((f) => text.includes(f))).map(([file]) => (file.endsWith('.mdx') ? `${file}, field "body"` : file));
}

/** How a build reports them: each page and link, the first 20 in full. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
  const shown = problems.slice(0, 20).map((p) => `  - ${p.page}: the link "${p.text}" (${p.href}) ${p.message}${p.writtenIn ? `; written in ${p.writtenIn}` : ''}`);
  const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
  return `${problems.length} broken ${problems.length === 1 ? 'link' : 'links'} in the built site:\n${shown.join('\n')}${more}\nA link in an article's text is in its .mdx files; write links to the site's own pages from its root, e.g. [Energy](/topics/energy/) (docs/authoring.md, section 4).`;
}
