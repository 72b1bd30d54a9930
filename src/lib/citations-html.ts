/**
 * Citation markup as HTML text, shared by Cite.astro (citations the pages write
 * themselves) and by MDX bodies, which are rendered to HTML once, before any
 * page exists (mdx-html.ts). A body holds a placeholder per `<Cite ids="…" />`;
 * the page that shows the body replaces each with numbered links from its own
 * registry (citations.ts), in reading order, so numbers and back-links match
 * the page's source list exactly as when Cite rendered inside the MDX.
 */

/** The placeholder element mdx-html.ts writes: `<ex-cite-ids data-ids="V3 V4"></ex-cite-ids>`. */
export const CITE_PLACEHOLDER_TAG = 'ex-cite-ids';

const PLACEHOLDER = new RegExp(`<${CITE_PLACEHOLDER_TAG} data-ids="([^"]*)"></${CITE_PLACEHOLDER_TAG}>`, 'g');

export interface CiteLink {
  number: number;
  /** Element id of this use (the back-link target). */
  anchor: string;
  href: string;
}

const escapeAttr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<sup class="ex-cite"><a id=… href=… aria-label="Source 3">[3]</a> …</sup>`. */
export function citeMarkup(links: readonly CiteLink[]): string {
  const anchors = links.map((l) => `<a id="${escapeAttr(l.anchor)}" href="${escapeAttr(l.href)}" aria-label="Source ${l.number}">[${l.number}]</a>`);
  return `<sup class="ex-cite">${anchors.join(' ')}</sup>`;
}

const decode = (v: string): string => v.replace(/&quot;/g, '"').replace(/&#x22;/g, '"').replace(/&amp;/g, '&');

/** Spaces and line ends between a word and a placeholder (not after a tag, such as a paragraph's end): the marker keeps to the word. */
const SPACE_BEFORE = new RegExp(`(?<=[^>\\s])[ \\t\\r\\n]+(?=<${CITE_PLACEHOLDER_TAG}[\\s>])`, 'g');

/**
 * Replaces each placeholder, left to right, with `render(ids)`, bound to the
 * word before it by a no-break space, so a line never starts with a citation
 * marker. Throws when `html` still holds something that looks like a
 * placeholder but does not parse.
 */
export function resolveCitePlaceholders(html: string, render: (ids: string[]) => string): string {
  const out = html.replace(SPACE_BEFORE, '&#xA0;').replace(PLACEHOLDER, (_, ids: string) => render(decode(ids).split(/[\s,]+/).filter(Boolean)));
  if (out.includes(`<${CITE_PLACEHOLDER_TAG}`)) throw new Error(`resolveCitePlaceholders: a <${CITE_PLACEHOLDER_TAG}> placeholder was not in the expected form`);
  return out;
}
