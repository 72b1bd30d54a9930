/**
 * Rehype plugin: a GFM table column's alignment (`| ---: |`) becomes a class
 * (`ex-align-right`) instead of the `align` attribute remark-rehype writes,
 * which HTML has deprecated (html-validate's no-deprecated-attr) and a
 * `style` attribute could not replace: the pages' CSP allows no inline style
 * attributes. global.css aligns the classes.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export const ALIGNMENTS = ['left', 'center', 'right'] as const;

export function rehypeAlignClasses() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const align = node.properties?.align;
      if (align === undefined) return;
      delete node.properties.align;
      if (typeof align !== 'string' || !(ALIGNMENTS as readonly string[]).includes(align)) return;
      const existing = node.properties.className;
      node.properties.className = [...(Array.isArray(existing) ? existing : []), `ex-align-${align}`];
    });
  };
}
