/**
 * Rules that span files, which a per-file schema cannot check. Astro only logs a
 * dangling reference() and still exits 0 (../shared/STACK-NOTES.md), so the
 * references are checked here too. Every problem names the file and the field.
 */

export interface ArticleFacts {
  /** Folder name, used in URLs. */
  id: string;
  /** Path of index.mdx, relative to the project. */
  file: string;
}

export interface SectionFacts {
  file: string;
  /** The article id the section's `article` field names. */
  article: string;
  id: string;
  order: number;
  /** The topic id the section's `topic` field names. */
  topic: string;
  aliases: readonly string[];
  /** Raw MDX body. */
  body: string;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: field "${p.field}": ${p.message}`;
}

/** Folder of the article a section file lives in: content/articles/<here>/02-x.mdx. */
export function articleFolderOf(file: string): string | undefined {
  const parts = file.split(/[\\/]/);
  return parts.length >= 2 ? parts[parts.length - 2] : undefined;
}

export function checkInvariants(input: {
  articles: readonly ArticleFacts[];
  sections: readonly SectionFacts[];
  topicIds: readonly string[];
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const articleIds = new Set(input.articles.map((a) => a.id));
  const topics = new Set(input.topicIds);

  for (const s of input.sections) {
    if (!articleIds.has(s.article)) {
      problems.push({
        file: s.file,
        field: 'article',
        message: `names article "${s.article}", which does not exist; expected one of: ${[...articleIds].join(', ') || '(no articles)'}`,
      });
    } else {
      const folder = articleFolderOf(s.file);
      if (folder !== undefined && folder !== s.article) {
        problems.push({
          file: s.file,
          field: 'article',
          message: `names article "${s.article}" but the file sits in the folder of article "${folder}"; move the file or fix the field`,
        });
      }
    }
    if (!topics.has(s.topic)) {
      problems.push({
        file: s.file,
        field: 'topic',
        message: `names topic "${s.topic}", which is not in topics.yaml; expected one of: ${[...topics].join(', ')}`,
      });
    }
    // Comments ({/* … */}, <!-- … -->) are not text a reader sees.
    if (s.body.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}|<!--[\s\S]*?-->/g, '').trim() === '') {
      problems.push({ file: s.file, field: 'body', message: 'the section has no text below its frontmatter (comments do not count)' });
    }
  }

  const byArticle = new Map<string, SectionFacts[]>();
  for (const s of input.sections) byArticle.set(s.article, [...(byArticle.get(s.article) ?? []), s]);

  for (const [, sections] of byArticle) {
    const seenIds = new Map<string, SectionFacts>();
    const seenOrders = new Map<number, SectionFacts>();
    for (const s of sections) {
      const idOwner = seenIds.get(s.id);
      if (idOwner) {
        problems.push({ file: s.file, field: 'id', message: `"${s.id}" is already used by ${idOwner.file}; section ids must be unique within an article` });
      } else {
        seenIds.set(s.id, s);
      }
      const orderOwner = seenOrders.get(s.order);
      if (orderOwner) {
        problems.push({ file: s.file, field: 'order', message: `${s.order} is already used by ${orderOwner.file}; each section needs its own order` });
      } else {
        seenOrders.set(s.order, s);
      }
    }
    // Aliases share the id namespace: an alias may not shadow a live id or another alias.
    const aliasOwner = new Map<string, SectionFacts>();
    for (const s of sections) {
      for (const alias of s.aliases) {
        const live = seenIds.get(alias);
        if (live) {
          problems.push({ file: s.file, field: 'aliases', message: `"${alias}" is the current id of ${live.file}; an alias must be a former id no section uses now` });
        }
        const other = aliasOwner.get(alias);
        if (other && other !== s) {
          problems.push({ file: s.file, field: 'aliases', message: `"${alias}" is also an alias in ${other.file}; an old link can lead to one section only` });
        }
        aliasOwner.set(alias, s);
      }
    }
  }

  for (const a of input.articles) {
    if (!byArticle.has(a.id)) {
      problems.push({ file: a.file, field: 'sections', message: `article "${a.id}" has no sections; add at least one <nn>-<id>.mdx file beside index.mdx` });
    }
  }
  return problems;
}

/** Throws one error listing every problem, so an editor fixes them in one pass. */
export function assertValidContent(problems: readonly ContentProblem[]): void {
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
  throw new Error(`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines}`);
}
