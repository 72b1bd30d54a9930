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
