/**
 * Ids that appear in URLs. They are written by editors, never derived from a
 * title, so retitling a section never breaks a shared link.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ID_HINT = 'lowercase letters, digits and single hyphens, e.g. "energy" or "dawei-port"';

/**
 * Names a section id may not take, because a route or file beside the sections
 * already uses them under /articles/<article>/ (og images, feeds, the lede prefix),
 * or the article and section pages use them as element ids: a section's id is
 * its heading's id there, and a second element with it breaks `#<id>` links.
 */
export const RESERVED_SECTION_IDS = [
  'index', 'og', 'rss', 'feed', 'lede', 'sources', 'timeline', 'cite', 'corrections',
  'main', 'toc-label', 'short-version', 'key-facts', 'where-reports-differ', 'cite-this-article', 'cite-this-section',
] as const;

/** Prefixes of element ids the pages number or derive: citations, references, context notes, disagreements, timeline entries, who's who. */
export const RESERVED_SECTION_ID_PREFIXES = ['cite-', 'ref-', 'context-', 'differ-', 'timeline-', 'who-'] as const;

/**
 * The id of a context note's label. Where notes from several articles share a
 * page (topic pages) it carries the article too, joined by `--`, which no id can
 * contain (single hyphens only): article a + section b-c and a-b + c stay apart.
 */
export function contextLabelId(section: string, article?: string): string {
  return article ? `context-${article}--${section}` : `context-${section}`;
}

/** A timeline entry's element id on every page that lists it: `timeline-<entry id>`. */
export function timelineEntryId(entry: string): string {
  return `timeline-${entry}`;
}

/** A person's or body's element id in Who's who: `who-<id>`. */
export function personId(person: string): string {
  return `who-${person}`;
}

/** A disagreement's element id under "Where reports differ": `differ-x1` for X1 (ids in URLs are lowercase). */
export function disagreementId(disagreement: string): string {
  return `differ-${disagreement.toLowerCase()}`;
}

export function isReservedSectionId(id: string): boolean {
  return (RESERVED_SECTION_IDS as readonly string[]).includes(id) || RESERVED_SECTION_ID_PREFIXES.some((p) => id.startsWith(p));
}
