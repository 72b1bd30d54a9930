/**
 * The HTML of an MDX entry's body, rendered when the content loaded
 * (mdx-loader.ts). An entry without it was loaded by another loader, or its
 * render failed; say which file rather than printing nothing.
 */
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
