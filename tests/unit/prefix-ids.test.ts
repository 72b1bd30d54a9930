import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { prefixIds } from '../../src/lib/prefix-ids';
import { rehypePrefixIds } from '../../src/lib/rehype-prefix-ids';

const el = (tagName: string, properties: Element['properties'] = {}, children: Element['children'] = []): Element => ({ type: 'element', tagName, properties, children });

function footnoteTree(): Root {
  return {
    type: 'root',
    children: [
      el('h3', { id: 'background' }, [{ type: 'text', value: 'Background' }]),
      el('p', {}, [el('sup', {}, [el('a', { href: '#user-content-fn-1', id: 'user-content-fnref-1', ariaDescribedBy: ['footnote-label'] })])]),
      el('a', { href: '#elsewhere' }),
      el('a', { href: 'https://example.org/#background' }),
      el('h2', { id: 'footnote-label' }),
      el('li', { id: 'user-content-fn-1' }, [el('a', { href: '#user-content-fnref-1' })]),
    ],
  };
}

const props = (tree: Root, i: number, path: number[] = []) => {
  let node = tree.children[i] as Element;
  for (const p of path) node = node.children[p] as Element;
  return node.properties;
};

describe('prefixIds', () => {
  it('prefixes ids and the in-page links and idrefs that point at them', () => {
    const tree = prefixIds(footnoteTree(), 'energy');
    expect(props(tree, 0).id).toBe('energy--background');
    expect(props(tree, 1, [0, 0])).toEqual({ href: '#energy--user-content-fn-1', id: 'energy--user-content-fnref-1', ariaDescribedBy: ['energy--footnote-label'] });
    expect(props(tree, 4).id).toBe('energy--footnote-label');
    expect(props(tree, 5).id).toBe('energy--user-content-fn-1');
    expect(props(tree, 5, [0]).href).toBe('#energy--user-content-fnref-1');
  });
  it('leaves links to ids outside the entry and external links alone', () => {
    const tree = prefixIds(footnoteTree(), 'energy');
    expect(props(tree, 2).href).toBe('#elsewhere');
    expect(props(tree, 3).href).toBe('https://example.org/#background');
  });
  it('keeps two sections’ footnotes apart', () => {
    const a = prefixIds(footnoteTree(), 'energy');
    const b = prefixIds(footnoteTree(), 'military');
    expect(props(a, 5).id).not.toBe(props(b, 5).id);
  });
});

describe('rehypePrefixIds', () => {
  it('uses the frontmatter id, or "lede" for an entry without one', () => {
    const withId = footnoteTree();
    rehypePrefixIds()(withId, { data: { astro: { frontmatter: { id: 'domestic' } } } } as never);
    expect(props(withId, 0).id).toBe('domestic--background');
    const lede = footnoteTree();
    rehypePrefixIds()(lede, { data: { astro: { frontmatter: {} } } } as never);
    expect(props(lede, 0).id).toBe('lede--background');
  });
});
