/**
 * The HTML of an MDX entry's body, rendered when the content loaded
 * (mdx-loader.ts). An entry without it was loaded by another loader, or its
 * render failed; say which file rather than printing nothing.
 */
import { withTrailingSlash } from './urls';
export interface RenderedEntry {
  id: string;
  collection: string;
  filePath?: string;
  rendered?: { html: string };
}

export function bodyHtml(entry: RenderedEntry): string {
  if (typeof entry.rendered?.html !== 'string') {
    throw new Error(`${entry.filePath ?? `${entry.collection}/${entry.id}`}: field "body": has no rendered HTML; its collection must use mdxGlob() from src/lib/mdx-loader.ts (src/content.config.ts)`);
  }
  return entry.rendered.html;
}

/**
 * Moves every heading in a body's HTML down `by` levels (h2 → h3 at 1), at most
 * to h6. A section's `##` subheading is an h2 on its own page, under the h1
 * title; on the article page the section title is the h2, so its subheadings
 * go one level down there and the outline stays a tree. The HTML is the
 * pipeline's own (tags well formed, text `<` escaped), so tags are rewritten
 * by name.
 */
export function shiftHeadings(html: string, by: number): string {
  if (!Number.isInteger(by) || by < 0) throw new Error(`shiftHeadings: expected a whole number of levels ≥ 0, got ${by}`);
  if (by === 0) return html;
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}

/**
 * Puts the site's base path in front of every root-relative link in a body's
 * HTML: an editor writes `[Energy](/topics/energy/)` as the site's own address,
 * and under BASE_PATH=/explainer/ it must go to /explainer/topics/energy/.
 * Bodies are cached without the base (mdx-loader.ts), so it is added per page.
 * Links to other sites, protocol-relative ones (`//host/…`), in-page `#…` and
 * relative ones are left as written.
 */
export function withBaseInLinks(html: string, base: string): string {
  if (!base.startsWith('/')) throw new Error(`withBaseInLinks: base must start with "/", got "${base}"`);
  const prefix = withTrailingSlash(base);
  if (prefix === '/') return html;
  return html.replace(/(<a\s[^>]*?\bhref=")\/(?!\/)/g, `$1${prefix}`);
}
