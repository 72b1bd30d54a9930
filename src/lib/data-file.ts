/**
 * The rules every YAML data file in `content/` (sources, timeline, people,
 * places, disagreements, key facts, topics) must meet before Astro's file()
 * loader reads it. That loader only logs a YAML syntax error, an entry without
 * an id or two entries with one id, and builds on with the file empty or an
 * entry gone; here each is an error naming the file, the entry and the field.
 *
 * It parses with parseContentYaml() (frontmatter.ts), the parser the loader
 * hands file() too, so a file passes here exactly when it loads there; the
 * `yaml` package took eight times as long and 170 MiB more on the benchmark's
 * 1,000 articles (1.7 MB of YAML).
 *
 * Imports carry `.ts` so Node runs this file directly (type stripping).
 */
import { YAMLException } from 'js-yaml';
import { parseContentYaml } from './frontmatter.ts';

/** What is wrong with a data file's text, one message per problem; empty when it may be loaded. */
export function dataFileProblems(file: string, text: string): string[] {
  let data: unknown;
  try {
    data = parseContentYaml(text, file);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const at = error.mark ? `:${error.mark.line + 1}:${error.mark.column + 1}` : '';
    return [`${file}${at}: the YAML does not parse: ${error.reason}`];
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) return [`${file}: expected a list of entries ("- id: …"), found ${typeof data === 'object' ? 'a mapping' : `a ${typeof data}`}`];
  const problems: string[] = [];
  const firstAt = new Map<string, number>();
  data.forEach((item: unknown, i) => {
    const n = i + 1;
    const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
    if (id === undefined || id === null || String(id).trim() === '') {
      problems.push(`${file} (entry ${n}): field "id": missing; every entry needs an id`);
      return;
    }
    const key = String(id);
    const first = firstAt.get(key);
    if (first !== undefined) {
      problems.push(`${file} (entry ${n}): field "id": "${key}" is already the id of entry ${first}; each entry needs its own (the later would replace the earlier)`);
    } else {
      firstAt.set(key, n);
    }
  });
  return problems;
}
