/**
 * Text from HTML the build or Pagefind wrote: character references decoded.
 * Shared by the search results (Pagefind's excerpts) and the link check (the
 * href and id attributes of the built pages: rehype writes `&` as `&#x26;`,
 * Astro as `&amp;`).
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the named references HTML writers use and any numeric ones; unknown names and impossible code points stay as written. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
