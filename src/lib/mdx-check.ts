/**
 * MDX that does not compile (an unclosed tag, a stray `{`) fails only when the
 * build renders the page. `npm run check:content` compiles every body with the
 * MDX compiler the build's unified pipeline uses (@mdx-js/mdx, through
 * @astrojs/markdown-remark) and reports the file, line and column (issue 8).
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { ContentProblem } from './invariants.ts';

export interface MdxFile {
  file: string;
  /** The MDX after the frontmatter. */
  body: string;
  /** Lines before the body (the frontmatter and its fences), to report file line numbers. */
  bodyStartLine: number;
}

export async function mdxProblems(files: readonly MdxFile[]): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const f of files) {
    try {
      // Blank lines in place of the frontmatter, so positions are the file's own.
      await compile('\n'.repeat(f.bodyStartLine) + f.body, { remarkPlugins: [remarkGfm] });
    } catch (error) {
      const e = error as { reason?: string; message?: string; line?: number };
      const reason = e.reason ?? e.message ?? String(error);
      const where = e.line && !/\(\d+:\d+/.test(reason) ? ` (line ${e.line})` : '';
      problems.push({ file: f.file, field: 'body', message: `the MDX does not compile: ${reason}${where}` });
    }
  }
  return problems;
}
