/**
 * The rules every YAML data file in `content/` (sources, timeline, people,
 * places, disagreements, key facts, topics) must meet before Astro's file()
 * loader reads it. That loader only logs a YAML syntax error, an entry without
 * an id or two entries with one id, and builds on with the file empty or an
 * entry gone; here each is an error naming the file, the entry and the field.
 *
 * Imports carry `.ts` so Node runs this file directly (type stripping).
 */
import { parseDocument } from 'yaml';

/** What is wrong with a data file's text, one message per problem; empty when it may be loaded. */
export function dataFileProblems(file: string, text: string): string[] {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    // The first error places the fault; later ones mostly follow from it.
    const e = doc.errors[0];
    const at = e.linePos?.[0];
    return [`${file}${at ? `:${at.line}:${at.col}` : ''}: the YAML does not parse: ${e.message.split('\n')[0].replace(/:$/, '')}`];
  }
  const data: unknown = doc.toJS();
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
