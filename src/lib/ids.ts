/**
 * Ids that appear in URLs. They are written by editors, never derived from a
 * title, so retitling a section never breaks a shared link.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ID_HINT = 'lowercase letters, digits and single hyphens, e.g. "energy" or "dawei-port"';

/**
 * Names a section id may not take, because a route or file beside the sections
 * already uses them under /articles/<article>/ (og images, feeds, the lede prefix),
 * or the article page uses them as heading ids (sources, corrections).
 */
export const RESERVED_SECTION_IDS = ['index', 'og', 'rss', 'feed', 'lede', 'sources', 'timeline', 'cite', 'corrections'] as const;

export function isReservedSectionId(id: string): boolean {
  return (RESERVED_SECTION_IDS as readonly string[]).includes(id);
}
