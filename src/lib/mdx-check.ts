/**
 * `npm run check:content` renders every MDX body with the build's own renderer
 * (mdx-html.ts, as src/lib/mdx-loader.ts does while the content loads) and
 * reports the file, line and column of any that fails, in the build's words
 * (issue 8).
 */
import type { ContentProblem } from './invariants.ts';
import { createMdxHtmlRenderer, explainFailure } from './mdx-html.ts';

export interface MdxFile {
  file: string;
  /** The MDX after the frontmatter. */
  body: string;
  /** Lines before the body (the frontmatter and its fences), to report file line numbers. */
  bodyStartLine: number;
  /** The frontmatter, for the per-section id prefix; optional in checks. */
  frontmatter?: Record<string, unknown>;
}

export async function mdxProblems(files: readonly MdxFile[]): Promise<ContentProblem[]> {
  const render = createMdxHtmlRenderer();
  const problems: ContentProblem[] = [];
  for (const f of files) {
    const frontmatter = f.frontmatter ?? {};
    try {
      await render(f.body, frontmatter);
    } catch {
      // The whole file's text is not at hand here; blank lines stand in for the frontmatter.
      const message = await explainFailure(render, f.body, frontmatter, `${'\n'.repeat(f.bodyStartLine)}${f.body}`);
      problems.push({ file: f.file, field: 'body', message });
    }
  }
  return problems;
}
