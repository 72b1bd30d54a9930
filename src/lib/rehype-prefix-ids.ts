/**
 * Rehype plugin: prefixes ids in a section's MDX with the section's `id`
 * frontmatter (see prefix-ids.ts). Entries without an `id` (an article's lede)
 * use `lede`. Runs after Astro's rehypeHeadingIds so heading slugs exist.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { prefixIds } from './prefix-ids';

interface AstroData {
  frontmatter?: Record<string, unknown>;
  headings?: { depth: number; slug: string; text: string }[];
}

export const LEDE_PREFIX = 'lede';

export function rehypePrefixIds() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data as { astro?: AstroData }).astro;
    const id = astro?.frontmatter?.id;
    const prefix = typeof id === 'string' && id !== '' ? id : LEDE_PREFIX;
    prefixIds(tree, prefix);
  };
}
