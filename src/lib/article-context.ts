/**
 * What an article page shows of the context layer, and so what it cites, in
 * reading order. The article page and its sources page both call this, so the
 * numbers in the text and in the list always agree.
 */
import { isoDate } from './dates';
import { pageCitationIds } from './page-citations';
import type { Disagreement, TimelineEntry } from './schemas/analysis';
import type { AnalysisModel, ArticleModel } from './site-model';
import { compactTimeline } from './timeline';

/** How many timeline entries the article page shows around its focus date. */
export const COMPACT_TIMELINE_LENGTH = 6;

export interface ArticleContext {
  disagreements: readonly Disagreement[];
  /** The compact timeline; empty when the article sets no `timelineFocus`. */
  timeline: TimelineEntry[];
  /** Every citation on the article page, in reading order, repeats included. */
  citationIds: string[];
}

export function articleContext(article: Pick<ArticleModel, 'id' | 'entry' | 'facts' | 'sections'>, analysis: Pick<AnalysisModel, 'timeline' | 'disagreements'>): ArticleContext {
  const focus = article.entry.data.timelineFocus;
  const timeline = focus ? compactTimeline(analysis.timeline, { focus: isoDate(focus), limit: COMPACT_TIMELINE_LENGTH }) : [];
  // Only this article's: another article's disagreements are about another story.
  const disagreements = analysis.disagreements.filter((d) => d.article === article.id);
  return {
    disagreements,
    timeline,
    citationIds: pageCitationIds({
      facts: article.facts,
      noteBodies: article.sections.flatMap((s) => (s.contextNote ? [s.contextNote.body ?? ''] : [])),
      disagreements,
      timeline,
    }),
  };
}
