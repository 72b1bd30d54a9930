/**
 * Which source ids a page cites, in the order a reader meets them, repeats
 * included. The page passes this list to createCitationRegistry (citations.ts)
 * so every <Cite> and the numbered Sources list agree before anything renders.
 */
import { citeIdsInMdx } from './citations';
import type { ArticleFacts, Disagreement, TimelineEntry } from './schemas/analysis';

export interface PageCitationParts {
  facts?: ArticleFacts;
  /** Raw MDX bodies of the context notes, in the order they appear. */
  noteBodies?: readonly string[];
  disagreements?: readonly Disagreement[];
  timeline?: readonly TimelineEntry[];
}

export function pageCitationIds(parts: PageCitationParts): string[] {
  return [
    ...(parts.facts?.shortVersion ?? []).flatMap((b) => b.sources),
    ...(parts.facts?.facts ?? []).flatMap((f) => f.sources),
    ...(parts.noteBodies ?? []).flatMap((body) => citeIdsInMdx(body)),
    ...(parts.disagreements ?? []).flatMap((d) => d.sides.flatMap((s) => s.sources)),
    ...(parts.timeline ?? []).flatMap((t) => t.sources),
  ];
}

