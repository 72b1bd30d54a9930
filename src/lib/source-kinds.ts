/**
 * The closed list of source kinds and how each is named to readers. The sheet's
 * own labels map onto these (see the header of content/sources.yaml).
 */
export const SOURCE_KINDS = [
  'primary',
  'wire',
  'major-outlet',
  'state-media',
  'repost',
  'trade-press',
  'encyclopedia',
  'legal',
  'myanmar-outlet',
  'minor-outlet',
  'state-owned',
] as const;

export type SourceKindId = (typeof SOURCE_KINDS)[number];

/** Reader-facing label. State media is always named as such (facts.md, issue 4). */
export const SOURCE_KIND_LABELS: Record<SourceKindId, string> = {
  primary: 'Primary source',
  wire: 'Wire service',
  'major-outlet': 'Major outlet',
  'state-media': 'State media',
  repost: 'Repost',
  'trade-press': 'Trade press',
  encyclopedia: 'Encyclopedia',
  legal: 'Legal publication',
  'myanmar-outlet': 'Myanmar outlet',
  'minor-outlet': 'Minor outlet',
  'state-owned': 'State-owned outlet',
};
