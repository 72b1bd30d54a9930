/**
 * Which source ids a page cites, in the order a reader meets them, repeats
 * included. The page passes this list to createCitationRegistry (citations.ts)
 * so every <Cite> and the numbered Sources list agree before anything renders.
 */
import { citeIdsInMdx } from './citations';
import type { ArticleFacts, Disagreement, Person, Place, TimelineEntry } from './schemas/analysis';

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

/** Who's who's groups, in the order WhosWho.astro shows them. */
export const WHOS_WHO_GROUPS = [
  { kind: 'person', title: 'People' },
  { kind: 'organisation', title: 'Bodies' },
] as const satisfies readonly { kind: Person['kind']; title: string }[];

/** People of one group of who's who, in the order given. */
export function whosWhoGroup(people: readonly Person[], kind: Person['kind']): Person[] {
  return people.filter((p) => p.kind === kind);
}

/**
 * The locator map's key, as MapKey.astro shows it: the places the article
 * names, listed together without a note, then every other place with its note
 * and sources, each in the order given.
 */
export function mapKey(places: readonly Place[]): { named: Place[]; noted: Place[] } {
  return { named: places.filter((p) => p.inArticle), noted: places.filter((p) => !p.inArticle) };
}

/**
 * The citations of /background/ in reading order: the map key's notes, then
 * who's who, group by group.
 */
export function backgroundCitationIds(places: readonly Place[], people: readonly Person[]): string[] {
  return [
    ...mapKey(places).noted.flatMap((p) => p.sources),
    ...WHOS_WHO_GROUPS.flatMap((g) => whosWhoGroup(people, g.kind)).flatMap((p) => p.sources),
  ];
}
