/**
 * Where the content collections are read from. `content/` at the top level by
 * default; `CONTENT_DIR` points the same pipeline at another folder (broken-content
 * fixtures in tests, synthetic articles in the benchmark).
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = (env.CONTENT_DIR ?? '').trim();
  return dir === '' ? './content' : dir;
}
