/**
 * The article page's contents list ("In this article"): every part a reader can
 * jump to, in the order the page shows them — the briefing, the article's
 * sections, then corrections and the context added around it. Pure. The
 * components that render those parts take their ids and headings from
 * ARTICLE_PARTS; CiteThis builds its own from `what`, which a component test
 * holds to ARTICLE_PARTS. A browser test holds the list to the page's headings.
 */

export interface ContentsItem {
  id: string;
  title: string;
}

/** The parts the explainer adds around an article, with the id and heading each renders. */
export const ARTICLE_PARTS = {
  shortVersion: { id: 'short-version', title: 'The short version' },
  keyFacts: { id: 'key-facts', title: 'Key facts' },
  corrections: { id: 'corrections', title: 'Corrections' },
  disagreements: { id: 'where-reports-differ', title: 'Where reports differ' },
  timeline: { id: 'timeline', title: 'Timeline' },
  sources: { id: 'sources', title: 'Sources' },
  citeThis: { id: 'cite-this-article', title: 'Cite this article' },
} as const satisfies Record<string, ContentsItem>;

export interface ArticleParts {
  sections: readonly ContentsItem[];
  /** The short version and key facts (content/key-facts.yaml has an entry for the article). */
  briefing: boolean;
  corrections: boolean;
  disagreements: boolean;
  timeline: boolean;
}

export function articleContents(parts: ArticleParts): ContentsItem[] {
  const p = ARTICLE_PARTS;
  return [
    ...(parts.briefing ? [p.shortVersion, p.keyFacts] : []),
    ...parts.sections.map(({ id, title }) => ({ id, title })),
    ...(parts.corrections ? [p.corrections] : []),
    ...(parts.disagreements ? [p.disagreements] : []),
    ...(parts.timeline ? [p.timeline] : []),
    p.sources,
    p.citeThis,
  ];
}
