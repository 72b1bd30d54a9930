import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCitesInArticleText, checkPlaceholders, contentProblems, unusedSourcesNotice } from '../../src/lib/content-checks';
import { readContentSnapshot } from '../../src/lib/content-snapshot';
import { formatProblem } from '../../src/lib/invariants';
import { PLACEHOLDERS } from '../../src/lib/scaffold';

const seed = 'min-aung-hlaing-russia-visit-2025';

describe('readContentSnapshot on content/', () => {
  const snapshot = readContentSnapshot('./content');
  it('reads what the collections hold, with the same ids and file names', () => {
    expect(snapshot.articles.map((a) => [a.id, a.file, a.draft])).toEqual([[seed, `content/articles/${seed}/index.mdx`, false]]);
    expect(snapshot.sections.map((s) => `${s.order} ${s.id} ${s.topic}`)).toEqual(['1 diplomacy diplomacy', '2 energy energy', '3 military military', '4 international international', '5 domestic domestic']);
    expect(snapshot.contextNotes.map((n) => n.file)).toContain(`content/articles/${seed}/context/energy.mdx`);
    expect(snapshot.topicIds).toEqual(['diplomacy', 'energy', 'military', 'international', 'domestic']);
    expect(snapshot.keyFacts.map((k) => k.id)).toEqual([seed]);
  });
  it('finds no problems in the committed content', () => {
    expect(contentProblems(snapshot)).toEqual([]);
  });
  it('has no source that nothing cites, and names one that nothing cites', () => {
    expect(unusedSourcesNotice(snapshot)).toBe('');
    expect(unusedSourcesNotice({ ...snapshot, sourceIds: [...snapshot.sourceIds, 'Q1'] })).toBe('Sources nothing cites (1): Q1. Cite them or remove them from content/sources.yaml.');
  });
});

describe('contentProblems on broken files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-checks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('content', dir, { recursive: true });
  const edit = (path: string, from: string, to: string) => {
    const file = join(dir, path);
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  };
  edit(`articles/${seed}/02-energy.mdx`, 'topic: energy', 'topic: sport');
  edit(`articles/${seed}/context/diplomacy.mdx`, 'ids="V1"', 'ids="V99"');
  edit('timeline.yaml', 'sources: [', 'sources: [Z9, ');

  it('reports each with the file, the field and the build’s wording', () => {
    const lines = contentProblems(readContentSnapshot(dir)).map(formatProblem);
    expect(lines).toHaveLength(3);
    expect(lines).toContain(
      `${dir}/articles/${seed}/02-energy.mdx: field "topic": names topic "sport", which is not in topics.yaml; expected one of: diplomacy, energy, military, international, domestic`,
    );
    expect(lines).toContain(`${dir}/articles/${seed}/context/diplomacy.mdx: field "sources": cites source "V99", which is not in content/sources.yaml`);
    expect(lines.filter((l) => l.startsWith(`${dir}/timeline.yaml (entry "`) && l.endsWith('field "sources": cites source "Z9", which is not in content/sources.yaml'))).toHaveLength(1);
  });
});

describe('checkPlaceholders', () => {
  const section = { file: 'a/01-energy.mdx', article: 'a', id: 'energy', order: 1, topic: 'energy', aliases: [], title: 'Energy', summary: 'S.', body: PLACEHOLDERS.sectionBody };
  const text = (body: string) => ({ title: 'T', dek: 'D', summary: 'S', conclusion: '', body });
  const note = { file: 'a/context/energy.mdx', article: 'a', section: 'energy', topic: 'energy', body: 'Context. TODO: find the source.' };
  it('refuses TODO notes in a published article, the scaffold’s and an editor’s own, its context notes included', () => {
    expect(checkPlaceholders({ articles: [{ id: 'a', file: 'a/index.mdx', draft: false, text: text(PLACEHOLDERS.lede) }], sections: [section], contextNotes: [note] })).toEqual([
      {
        file: 'a/index.mdx',
        field: 'draft',
        message: `article "a" is not a draft but still has TODO notes ("${PLACEHOLDERS.lede}", "${PLACEHOLDERS.sectionBody}", "TODO: find the source."); replace every TODO or keep draft: true`,
      },
    ]);
  });
  it('lets a draft keep them, and looks at no other article’s notes', () => {
    expect(checkPlaceholders({ articles: [{ id: 'a', file: 'a/index.mdx', draft: true, text: text(PLACEHOLDERS.lede) }], sections: [section], contextNotes: [note] })).toEqual([]);
    expect(checkPlaceholders({ articles: [{ id: 'b', file: 'b/index.mdx', draft: false, text: text('Lede.') }], sections: [section], contextNotes: [note] })).toEqual([]);
  });
});

describe('checkCitesInArticleText', () => {
  const article = { id: 'a', file: 'content/articles/a/index.mdx', draft: false, text: { title: 'Title', dek: 'Dek', summary: 'Summary', conclusion: '', body: 'The lede.' } };
  const section = { file: 'content/articles/a/01-energy.mdx', article: 'a', id: 'energy', order: 1, topic: 'energy', aliases: [], body: 'Text.', title: 'Energy', summary: 'S.' };

  it('passes article text without citations', () => {
    expect(checkCitesInArticleText({ articles: [article], sections: [section] })).toEqual([]);
  });

  it('names the lede or section that cites, and where the citation goes instead', () => {
    const problems = checkCitesInArticleText({
      articles: [{ ...article, text: { ...article.text, conclusion: 'In sum. <Cite ids="N1" />', body: 'The lede. <Cite ids="V3" />' } }],
      sections: [{ ...section, body: 'A claim. <Cite ids="V3 N1" />' }],
    }).map(formatProblem);
    expect(problems).toEqual([
      'content/articles/a/index.mdx: field "conclusion": has <Cite ids="…" />, but the article’s conclusion is the article’s own text, kept verbatim; cite sources in the context note after it (context/<section-id>.mdx) or in the data files',
      'content/articles/a/index.mdx: field "body": has <Cite ids="…" />, but the lede is the article’s own text, kept verbatim; cite sources in the context note after it (context/<section-id>.mdx) or in the data files',
      'content/articles/a/01-energy.mdx: field "body": has <Cite ids="…" />, but a section is the article’s own text, kept verbatim; cite sources in the context note after it (context/<section-id>.mdx) or in the data files',
    ]);
  });
});
