/**
 * MDX bodies rendered to HTML when the content layer loads them, not compiled
 * into one JavaScript module per file (issue 7).
 *
 * Astro compiles every `.mdx` entry into a module of the server bundle. At
 * 1,000 articles that is 12,000 modules: the bundling step alone took about a
 * minute and held 2–4 GB of memory (docs/performance-notes.md). Content here needs no
 * JavaScript: its only component is `<Cite ids="…" />`. So each body goes
 * through the same unified pipeline as before (remark-gfm, heading ids, the
 * per-section id prefix, heading self-links) straight to HTML, which the
 * content layer caches by file digest like a `.md` entry's.
 *
 * What an MDX body may contain:
 * - Markdown with GFM (tables, footnotes, strikethrough, autolinks);
 * - lowercase HTML elements with literal attributes (`<abbr title="…">`), but
 *   for images, embeds, scripts, styles and forms (REFUSED_ELEMENTS: each would
 *   fail in the browser without a word at build time);
 * - `<Cite ids="V3 V4" />`, which becomes a placeholder resolved per page
 *   (resolveCitePlaceholders in citations-html.ts), because a citation's number
 *   depends on the page it appears on;
 * - `{/* comments *\/}`.
 * Anything else (imports, exports, other components, JavaScript expressions)
 * fails the build with the file, the line and what to write instead.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Properties, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Paragraph, Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toString } from 'hast-util-to-string';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { CITE_PLACEHOLDER_TAG } from './citations-html';
import { rehypeAlignClasses } from './rehype-align-classes';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { rehypePrefixIds } from './rehype-prefix-ids';

/** The MDX node types remark-mdx adds; remark-rehype passes them through to hast. */
const MDX_NODE_TYPES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] as const;

export interface MdxHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedMdx {
  html: string;
  metadata: { headings: MdxHeading[]; frontmatter: Record<string, unknown> };
}

/** A body that cannot be rendered, with where (1-based line and column of the text rendered). */
export class MdxBodyError extends Error {
  constructor(
    reason: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    // micromark's reasons already say where, as "(10:25-10:33)".
    super(line && !/\(\d+:\d+/.test(reason) ? `${reason} (line ${line}${column ? `:${column}` : ''})` : reason);
    this.name = 'MdxBodyError';
  }
}

interface Positioned {
  position?: { start: { line: number; column: number } };
}

function fail(node: Positioned, reason: string): never {
  throw new MdxBodyError(reason, node.position?.start.line, node.position?.start.column);
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

interface JsxNode extends Positioned {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: HastContent[];
}

interface ExpressionNode extends Positioned {
  type: 'mdxFlowExpression' | 'mdxTextExpression';
  value: string;
}

const COMPONENTS_HINT = 'content may use Markdown, lowercase HTML elements and <Cite ids="…" />';

/** `{"V3"}` or `{'V3'}`: a string literal in braces, the one expression an attribute may hold. */
function literalOf(expression: string): string | undefined {
  const m = /^\s*(["'`])([^"'`]*)\1\s*$/.exec(expression);
  return m?.[2];
}

function attributeValues(node: JsxNode): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) fail(node, `<${node.name ?? ''}> has a spread attribute ({...}); write each attribute out`);
    const v = attr.value;
    if (v === null || v === undefined) out[attr.name] = true;
    else if (typeof v === 'string') out[attr.name] = v;
    else {
      const literal = literalOf(v.value);
      if (literal === undefined) fail(node, `<${node.name ?? ''} ${attr.name}={${v.value}}>: attribute values must be plain text, such as ${attr.name}="…"`);
      out[attr.name] = literal;
    }
  }
  return out;
}

/** Only comments (`{/* … *\/}`) and whitespace. */
function isComment(expression: string): boolean {
  return expression.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

function jsxToHast(node: JsxNode): Element {
  const name = node.name;
  if (name === null) fail(node, 'fragments (<>…</>) are not available in content; write the text without them');
  if (name === 'Cite') {
    const ids = attributeValues(node).ids;
    if (typeof ids !== 'string' || ids.trim() === '') fail(node, '<Cite> needs ids, such as <Cite ids="V3 V4" />');
    return { type: 'element', tagName: CITE_PLACEHOLDER_TAG, properties: { dataIds: ids.trim() }, children: [] };
  }
  if (/^[a-z][a-z0-9-]*$/.test(name)) {
    const properties: Properties = {};
    for (const [k, v] of Object.entries(attributeValues(node))) properties[k === 'className' ? 'class' : k] = v;
    return { type: 'element', tagName: name, properties, children: node.children as ElementContent[], position: node.position as Element['position'] };
  }
  fail(node, `<${name}> is not available in content; ${COMPONENTS_HINT}`);
}

/** Rehype plugin: MDX nodes to plain hast (or a clear error), before any other rehype plugin sees the tree. */
export function rehypeMdxToHtml() {
  return (tree: HastRoot) => {
    const walk = (parent: { children: HastContent[] }): void => {
      const next: HastContent[] = [];
      for (const child of parent.children) {
        const type = child.type as string;
        if (type === 'mdxjsEsm') fail(child as Positioned, `import and export are not available in content; ${COMPONENTS_HINT}`);
        if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
          const expr = child as unknown as ExpressionNode;
          if (!isComment(expr.value)) fail(expr, `{${expr.value.trim()}}: JavaScript expressions are not available in content; write the text itself (comments {/* … */} are fine)`);
          continue;
        }
        if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
          const el = jsxToHast(child as unknown as JsxNode);
          walk(el as { children: HastContent[] });
          next.push(el);
          continue;
        }
        if ('children' in child) walk(child as { children: HastContent[] });
        next.push(child);
      }
      parent.children = next;
    };
    walk(tree);
  };
}

/** Why a script, in any form, is refused. */
const SCRIPT_WHY = 'scripts are not available in content: pages run only the site’s own code (the pages’ security policy blocks the rest)';

/**
 * Elements a body may not hold, with why: each would build and then fail in
 * the reader's browser, silently. Every page's Content Security Policy
 * (src/lib/csp.ts) allows only the site's own files and no inline script, and
 * the site has no place for an editor's images yet: an image beside the MDX
 * file is not published, and one on another site is blocked.
 */
const REFUSED_ELEMENTS: Record<string, string> = {
  img: 'images are not available in content yet: a file beside the MDX is not published, and an image on another site is blocked by the pages’ security policy. Describe it in words, or link to it: [the map](https://…)',
  picture: 'images are not available in content yet; describe it in words, or link to it',
  video: 'video is not available in content: the site loads nothing from other sites; link to it instead: [the video](https://…)',
  audio: 'audio is not available in content: the site loads nothing from other sites; link to it instead',
  iframe: 'embeds are not available in content: the site loads nothing from other sites (the pages’ security policy blocks them); link to it instead: [the post](https://…)',
  embed: 'embeds are not available in content: the site loads nothing from other sites; link to it instead',
  object: 'embeds are not available in content: the site loads nothing from other sites; link to it instead',
  script: SCRIPT_WHY,
  style: 'styles are not available in content: the site’s stylesheet sets how text looks; use Markdown (**bold**, *italic*) or the <Cite> and HTML elements the guide lists',
  link: '<link> is not available in content; write a Markdown link: [text](https://…)',
  meta: '<meta> is not available in content; the page writes its own',
  base: '<base> is not available in content; it would change where every link on the page goes',
  form: 'forms are not available in content: the site is static and has nowhere to send them',
  svg: 'drawings (<svg>) are not available in content yet; describe it in words, or link to it',
  math: '<math> is not available in content; write the formula in words or plain text',
};

/**
 * Rehype plugin: fails on REFUSED_ELEMENTS, from Markdown (`![…](…)`) or HTML
 * alike, and on what the pages' security policy would block in an allowed
 * element (a style attribute, an on… handler, a javascript: link), naming the line.
 */
export function rehypeRefuseElements() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const why = REFUSED_ELEMENTS[node.tagName];
      if (why) fail(node, `<${node.tagName}>: ${why}`);
      for (const key of Object.keys(node.properties)) {
        if (/^on/i.test(key)) fail(node, `<${node.tagName} ${key}>: ${SCRIPT_WHY}`);
        if (key === 'style') fail(node, `<${node.tagName} style>: styles are not available in content: the pages’ security policy blocks them, and the site’s stylesheet sets how text looks; use Markdown (**bold**, *italic*) or the HTML elements the guide lists`);
      }
      const href = node.properties.href;
      if (typeof href === 'string' && /^\s*(javascript|vbscript|data):/i.test(href)) fail(node, `a link to "${href.slice(0, 40)}": ${SCRIPT_WHY}; link to a web address (https://…) instead`);
    });
  };
}

/**
 * Remark plugin, as @mdx-js/mdx's remark-mark-and-unravel: a paragraph holding
 * only JSX or expressions (and whitespace) is replaced by its children, so
 * `<Cite ids="V1" />` alone on a line is not wrapped in an empty-looking `<p>`.
 */
export function remarkUnravelJsx() {
  return (tree: MdastRoot) => {
    const walk = (parent: { children: MdastContent[] }): void => {
      const next: MdastContent[] = [];
      for (const child of parent.children) {
        if (child.type === 'paragraph' && unravels(child)) {
          next.push(...(child.children.filter((c) => c.type !== 'text') as unknown as MdastContent[]));
          continue;
        }
        if ('children' in child) walk(child as { children: MdastContent[] });
        next.push(child);
      }
      parent.children = next;
    };
    walk(tree);
  };
}

function unravels(p: Paragraph): boolean {
  let jsx = false;
  for (const c of p.children) {
    const type = c.type as string;
    if (type === 'mdxJsxTextElement' || type === 'mdxTextExpression') jsx = true;
    else if (!(c.type === 'text' && c.value.trim() === '')) return false;
  }
  return jsx;
}

/** Headings with their final (prefixed) ids, for `render(entry).headings`. */
function rehypeCollectHeadings() {
  return (tree: HastRoot, file: VFile) => {
    const headings: MdxHeading[] = [];
    visit(tree, 'element', (node: Element) => {
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (depth && typeof node.properties.id === 'string') headings.push({ depth: Number(depth), slug: node.properties.id, text: toString(node) });
    });
    (file.data as { headings?: MdxHeading[] }).headings = headings;
  };
}

/**
 * The site's Markdown plugins, shared with astro.config.ts (its `markdown`
 * settings, for any .md or .mdx page) so both render alike. Heading ids first,
 * so the prefixer and the self-links see them (Astro issues 5001, 6026).
 */
export const SITE_REMARK_PLUGINS = [remarkGfm];
export const SITE_REHYPE_PLUGINS = [rehypeHeadingIds, rehypePrefixIds, rehypeHeadingLinks, rehypeAlignClasses];

/** The pipeline: the site's Markdown plugins applied to MDX syntax, ending in HTML. */
function createProcessor() {
  const processor = unified().use(remarkParse).use(remarkMdx);
  for (const plugin of SITE_REMARK_PLUGINS) processor.use(plugin);
  processor.use(remarkUnravelJsx).use(remarkRehype, { allowDangerousHtml: false, passThrough: [...MDX_NODE_TYPES] }).use(rehypeMdxToHtml).use(rehypeRefuseElements);
  for (const plugin of SITE_REHYPE_PLUGINS) processor.use(plugin);
  return processor.use(rehypeCollectHeadings).use(rehypeStringify);
}

export type MdxHtmlRenderer = (body: string, frontmatter: Record<string, unknown>) => Promise<RenderedMdx>;

/** One processor, reused for every body (creating one per file costs more than most bodies). */
export function createMdxHtmlRenderer(): MdxHtmlRenderer {
  const processor = createProcessor();
  return async (body, frontmatter) => {
    const file = new VFile({ value: body, data: { astro: { frontmatter } } });
    let out: VFile;
    try {
      out = await processor.process(file);
    } catch (error) {
      if (error instanceof MdxBodyError) throw error;
      // Syntax errors from micromark carry a place; keep its reason and position.
      const e = error as { reason?: string; message?: string; line?: number; column?: number };
      throw new MdxBodyError(e.reason ?? e.message ?? String(error), e.line ?? undefined, e.column ?? undefined);
    }
    const headings = (out.data as { headings?: MdxHeading[] }).headings ?? [];
    return { html: String(out.value), metadata: { headings, frontmatter } };
  };
}

/** The file line of the body's first line: 1 + the lines before it (frontmatter, fences, blank lines). */
export function bodyStartLine(fileContents: string, body: string): number {
  const at = body === '' ? -1 : fileContents.indexOf(body);
  return at === -1 ? 1 : fileContents.slice(0, at).split('\n').length;
}

/** Why a body does not render, and where in its file (when the compiler says). */
export interface MdxFailure {
  message: string;
  line?: number;
  column?: number;
}

/**
 * Why a body does not render, with the file's own line numbers: the body is
 * rendered again behind blank lines in place of the frontmatter, so every
 * position in the message (ours and micromark's) counts from the top of the file.
 */
export async function explainFailure(render: MdxHtmlRenderer, body: string, frontmatter: Record<string, unknown>, fileContents: string): Promise<MdxFailure> {
  const padded = '\n'.repeat(bodyStartLine(fileContents, body) - 1) + body;
  try {
    await render(padded, frontmatter);
  } catch (error) {
    const { line, column } = error instanceof MdxBodyError ? error : {};
    return { message: `the MDX does not compile: ${error instanceof Error ? error.message : String(error)}`, line, column };
  }
  return { message: 'the MDX did not compile, but compiled when tried again; run the build once more' };
}
