/**
 * Keeps ids unique when several MDX entries share one page.
 *
 * The article page renders every section; each entry numbers its own heading
 * slugs and GFM footnotes (`user-content-fn-1` in every section), so ids repeat
 * (../shared/STACK-NOTES.md). Every id in an entry is prefixed with the entry's
 * own id, and every in-page reference to one of those ids follows it.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Attributes that hold space-separated id references. */
const IDREF_LIST_PROPS = ['ariaDescribedBy', 'ariaLabelledBy', 'htmlFor', 'ariaControls'] as const;

export const ID_SEPARATOR = '--';

export function prefixedId(prefix: string, id: string): string {
  return `${prefix}${ID_SEPARATOR}${id}`;
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}

/** Prefixes every `id` in the tree and rewrites `#fragment` links and idrefs that point at them. */
export function prefixIds(tree: Root, prefix: string): Root {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const id = node.properties?.id;
    if (typeof id === 'string' && id !== '') ids.add(id);
  });
  if (ids.size === 0) return tree;

  const rename = (id: string) => (ids.has(id) ? prefixedId(prefix, id) : id);
  visit(tree, 'element', (node: Element) => {
    const props = node.properties ?? {};
    if (typeof props.id === 'string' && props.id !== '') props.id = rename(props.id);
    if (typeof props.href === 'string' && props.href.startsWith('#')) {
      const target = decodeURIComponent(props.href.slice(1));
      if (ids.has(target)) props.href = `#${rename(target)}`;
    }
    for (const key of IDREF_LIST_PROPS) {
      if (props[key] !== undefined) {
        const refs = asList(props[key]);
        // hast keeps idref lists as arrays; serialisers join them with spaces.
        props[key] = refs.map(rename);
      }
    }
  });
  return tree;
}
