/**
 * An MDX file's frontmatter and body, read the way Astro's glob loader reads
 * them, for the code that reads content without `astro:content`: the sitemap's
 * dates in astro.config.ts (content-dates.ts) and `npm run check:content`
 * (content-snapshot.ts).
 *
 * Astro finds the frontmatter with the pattern below (from
 * @astrojs/internal-helpers/frontmatter: a byte-order mark or blank lines may
 * come first) and parses it with js-yaml. Doing the same here means a file the
 * build accepts is read, with the same values (YAML merge keys, dates), and not
 * refused as having no frontmatter because an editor saved it with a BOM.
 *
 * Imports carry `.ts` so Node runs this file directly (type stripping).
 */
import { load } from 'js-yaml';

/** Astro's frontmatter pattern, for `---` fences (TOML's `+++` is not used in content/). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export interface Frontmatter {
  /** The parsed frontmatter; `{}` when the file has none or it is not a mapping, as Astro has it. */
  data: Record<string, unknown>;
  /** Everything after the closing fence, as the glob loader passes it to MDX. */
  body: string;
  /** False when no frontmatter fence was found. */
  found: boolean;
}

/**
 * Splits `text` into frontmatter and body. A YAML syntax error throws
 * js-yaml's YAMLException, naming `file` and the line when given.
 */
export function readFrontmatter(text: string, file?: string): Frontmatter {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text, found: false };
  const parsed: unknown = load(match[1], file === undefined ? {} : { filename: file });
  const data = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, body: text.slice(match.index + match[0].length), found: true };
}
