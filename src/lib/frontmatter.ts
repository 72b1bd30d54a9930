/**
 * How content YAML is read, everywhere: MDX frontmatter (by the build's MDX
 * loader, mdx-loader.ts, and by the code that reads content without
 * `astro:content`: the sitemap's dates in astro.config.ts and `npm run
 * check:content`) and the data files (data-file-loader.ts, data-file.ts).
 *
 * Frontmatter is found with Astro's own pattern (from
 * @astrojs/internal-helpers/frontmatter: a byte-order mark or blank lines may
 * come first), so a file Astro would read is read here, not refused as having
 * no frontmatter because an editor saved it with a BOM.
 *
 * YAML is parsed with js-yaml, as Astro does, with one change: a date stays
 * the text written. js-yaml's default schema turns `2025-13-45` into 14
 * February 2026 without a word, so an impossible date was published as
 * another one; kept as text, the schemas' date checks (src/lib/dates.ts)
 * refuse it, naming the file and the field. Merge keys (`<<: *anchor`) and
 * the explicit tags still work, but for `!!timestamp`, which no longer resolves.
 *
 * Imports carry `.ts` so Node runs this file directly (type stripping).
 */
import { DEFAULT_SCHEMA, load, Type, YAMLException } from 'js-yaml';

/**
 * js-yaml's default schema with its timestamp type replaced by one that never
 * matches, so a date reads as the string written (a type replaces the one
 * with the same tag and kind when a schema is extended).
 */
export const CONTENT_YAML_SCHEMA = DEFAULT_SCHEMA.extend({ implicit: [new Type('tag:yaml.org,2002:timestamp', { kind: 'scalar', resolve: () => false })] });

/**
 * Parses content YAML. A syntax error throws js-yaml's YAMLException, naming
 * `file` and the line when given. So does a `__proto__:` key: js-yaml keeps
 * it, but the schemas' object parsing drops it without a word (it names the
 * object's prototype in JavaScript), so its value would be lost.
 */
export function parseContentYaml(text: string, file?: string): unknown {
  const options = { schema: CONTENT_YAML_SCHEMA, ...(file === undefined ? {} : { filename: file }) };
  const data = load(text, options);
  const cut = text.includes('#') ? textCutByComment(text, options) : undefined;
  if (cut) {
    const mark = { name: file ?? null, buffer: text, position: cut.position, line: cut.line, column: cut.column, snippet: null };
    throw new YAMLException(
      `"${cut.kept} ${cut.comment}" is cut at " #": YAML reads a space and # as the start of a comment, so "${cut.comment}" would be lost. Put the whole value in quotes (${JSON.stringify(`${cut.kept} ${cut.comment}`)}), or, for a comment, put a space after the #`,
      mark as never,
    );
  }
  if (hasProtoKey(data)) {
    const at = protoKeyAt(text, options) ?? { line: 0, column: 0 };
    const mark = { name: file ?? null, buffer: text, position: 0, ...at, snippet: null };
    throw new YAMLException('"__proto__" cannot be a key: JavaScript reads it as the object\'s prototype, so its value would be lost; rename it', mark as never);
  }
  return data;
}

/**
 * Where the first `__proto__` key starts (0-based line and column), found by
 * parsing again with js-yaml's node listener: a scalar `__proto__` followed by
 * a colon is a key, in block or flow style, quoted or not; the same text inside
 * a block scalar or as a value is not.
 */
function protoKeyAt(text: string, options: Parameters<typeof load>[1]): { line: number; column: number } | undefined {
  const opened: { line: number; column: number }[] = [];
  let found: { line: number; column: number } | undefined;
  load(text, {
    ...options,
    listener(event, state) {
      if (event === 'open') {
        opened.push({ line: state.line, column: state.position - state.lineStart });
        return;
      }
      const at = opened.pop();
      if (!found && state.kind === 'scalar' && state.result === '__proto__' && /^[ \t]*(?:\r?\n[ \t]*)?:/.test(text.slice(state.position))) found = at;
    },
  });
  return found;
}

/**
 * The first unquoted text value cut short by " #" and a word on its own line
 * (`title: Vietnam's #1 supplier`): YAML ends the text at " #", so the rest of
 * the line is dropped without a word. A comment written as one, with a space
 * after the # (`date: 2025-03-04 # per Reuters`), is left alone, as is any
 * comment after a number, true/false or quoted text, and on a line of its own;
 * text in a block scalar (`>-`, `|`) has no comments.
 */
function textCutByComment(text: string, options: Parameters<typeof load>[1]): { kept: string; comment: string; position: number; line: number; column: number } | undefined {
  const opened: { position: number; line: number; column: number }[] = [];
  let found: ReturnType<typeof textCutByComment>;
  load(text, {
    ...options,
    listener(event, state) {
      if (event === 'open') {
        opened.push({ position: state.position, line: state.line, column: state.position - state.lineStart });
        return;
      }
      const at = opened.pop();
      if (found || !at || state.kind !== 'scalar' || typeof state.result !== 'string') return;
      const raw = text.slice(at.position, state.position);
      const written = raw.trimStart();
      // Quoted or block text, behind any anchor (&a) or tag (!!str), ends where the editor put its quote.
      if (/^["'|>]/.test(written.replace(/^(?:[&!]\S*\s+)+/, ''))) return;
      // js-yaml may stop at a comment on a later, deeper line: only one on the value's own line cuts it.
      const end = raw.trimEnd().length;
      if (/[\r\n]/.test(raw.slice(end))) return;
      // "#1", "#MeToo": a number sign, not a comment (`# per Reuters`, with its space, reads as one).
      const comment = /^[ \t]*(#[^\s#][^\r\n]*)/.exec(text.slice(state.position))?.[1];
      const lead = raw.length - written.length;
      if (comment !== undefined) found = { kept: state.result, comment: comment.trimEnd(), position: at.position + lead, line: at.line, column: at.column + lead };
    },
  });
  return found;
}

/** Whether a `__proto__` key is an own key of any mapping in the parsed value. */
function hasProtoKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasProtoKey);
  if (value === null || typeof value !== 'object' || value instanceof Date) return false;
  return Object.hasOwn(value, '__proto__') || Object.values(value).some(hasProtoKey);
}

/** Astro's frontmatter pattern, for `---` fences (TOML's `+++` is not used in content/). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export interface Frontmatter {
  /** The parsed frontmatter; `{}` when the file has none or it is not a mapping (Astro keeps a list, which its schema then refuses). */
  data: Record<string, unknown>;
  /** Everything after the closing fence, as the glob loader passes it to MDX. */
  body: string;
  /** The frontmatter's text between the fences (empty when there is none). */
  raw: string;
  /** False when no frontmatter fence was found. */
  found: boolean;
}

/**
 * Splits `text` into frontmatter and body. Frontmatter that is not valid YAML
 * throws an error naming `file` and the line and column in the file (not in
 * the frontmatter), with a `loc` that Astro shows as the error's Location.
 */
export function readFrontmatter(text: string, file?: string): Frontmatter {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text, raw: '', found: false };
  let parsed: unknown;
  try {
    parsed = parseContentYaml(match[1]);
  } catch (error) {
    if (!(error instanceof YAMLException) || !error.mark) throw error;
    // The frontmatter starts on the fence's line: lines before the fence, then the mark's line in the frontmatter.
    const line = text.slice(0, match.index + match[0].indexOf('---')).split('\n').length + error.mark.line;
    const column = error.mark.column + 1;
    const where = file === undefined ? `line ${line}:${column}` : `${file}:${line}:${column}`;
    throw Object.assign(new Error(`${where}: the frontmatter is not valid YAML: ${error.reason}`), file === undefined ? {} : { loc: { file, line, column } });
  }
  const data = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, body: text.slice(match.index + match[0].length), raw: match[1], found: true };
}

/** readFrontmatter() for a file that must have frontmatter: without it, throws naming the file (or the text's start). */
export function requireFrontmatter(text: string, file?: string): Frontmatter {
  const read = readFrontmatter(text, file);
  if (!read.found) throw new Error(`${file ?? JSON.stringify(text.slice(0, 60))}: no frontmatter (a --- line, the fields, then a --- line, at the top of the file)`);
  return read;
}
