/**
 * Rehype plugin: a self-link after every h2–h4 in an MDX body, at build time
 * (issue 3; STYLE.md "Heading anchors"; Starlight rehype-heading-links.ts). The
 * markup matches src/components/HeadingAnchor.astro, whose stylesheet styles both:
 *
 *   <div class="ex-heading ex-heading--h3">
 *     <h3 id="energy--costs">Costs</h3>
 *     <a class="ex-heading-anchor" href="#energy--costs">
 *       <svg aria-hidden="true">…</svg>
 *       <span class="ex-visually-hidden">Link to section: Costs</span>
 *     </a>
 *   </div>
 *
 * The link sits after the heading, not inside it, so the heading's accessible
 * name stays its own text (Docusaurus issues 8336, 6128). It needs ids, so in
 * astro.config.ts it goes after rehypeHeadingIds and rehypePrefixIds.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export interface HeadingLinksOptions {
  /** Heading levels that get a link. */
  levels?: readonly number[];
  /** Accessible name of the link, from the heading's text. */
  label?: (text: string) => string;
}

export const anchorLabel = (text: string): string => `Link to section: ${text}`;

/** A chain-link glyph; decorative, the label names the link. */
export function linkIcon(): Element {
  const path = (d: string): Element => ({ type: 'element', tagName: 'path', properties: { d }, children: [] });
  return {
    type: 'element',
    tagName: 'svg',
    properties: {
      ariaHidden: 'true',
      focusable: 'false',
      width: 16,
      height: 16,
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: '2',
      strokeLinecap: 'round',
    },
    children: [path('M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1'), path('M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1')],
  };
}

export function anchorLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['ex-heading-anchor'], href: `#${id}` },
    children: [linkIcon(), { type: 'element', tagName: 'span', properties: { className: ['ex-visually-hidden'] }, children: [{ type: 'text', value: label }] }],
  };
}

function classes(node: Element): string[] {
  const c: unknown = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

export function rehypeHeadingLinks(options: HeadingLinksOptions = {}) {
  const levels = new Set((options.levels ?? [2, 3, 4]).map((n) => `h${n}`));
  const label = options.label ?? anchorLabel;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !levels.has(node.tagName)) return;
      const id = node.properties?.id;
      // No id: nothing to link to. sr-only: GFM's hidden "Footnotes" heading. Already wrapped: ran twice.
      if (typeof id !== 'string' || id === '' || classes(node).includes('sr-only')) return;
      if (parent.type === 'element' && classes(parent).includes('ex-heading')) return SKIP;
      const text = toString(node).trim();
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['ex-heading', `ex-heading--${node.tagName}`] },
        children: [node, anchorLink(id, label(text))],
      };
      parent.children[index] = wrapper as ElementContent;
      return SKIP;
    });
  };
}
