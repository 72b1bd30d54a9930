/**
 * Proposed collection definitions for the analysis layer (issue 4). The lead
 * registers them in src/content.config.ts:
 *
 *   import { analysisCollections } from './lib/schemas/analysis-collections';
 *   export const collections = { articles, sections, topics, ...analysisCollections };
 *
 * Collection names: sources, timeline, people, disagreements, keyFacts,
 * contextNotes. Ids, topics, articles and sections inside them are plain
 * strings, checked across files by src/lib/analysis-invariants.ts (a dangling
 * reference() would only log; ../shared/STACK-NOTES.md).
 *
 * Context notes sit in `articles/<article>/context/<section>.mdx`; the sections
 * glob `*\/!(index).mdx` does not reach into the subfolder
 * (tests/unit/analysis-content.test.ts checks both patterns).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from '../content-dir';
import {
  articleFactsSchema,
  contextNoteSchema,
  disagreementSchema,
  personSchema,
  sourceSchema,
  timelineEntrySchema,
} from './analysis';

const root = contentDir();

export const analysisCollections = {
  /** Every address on the fact sheet: `content/sources.yaml`. */
  sources: defineCollection({ loader: file(`${root}/sources.yaml`), schema: sourceSchema }),
  /** Myanmar–Russia ties since the coup: `content/timeline.yaml`. */
  timeline: defineCollection({ loader: file(`${root}/timeline.yaml`), schema: timelineEntrySchema }),
  /** Who's who: `content/people.yaml`. */
  people: defineCollection({ loader: file(`${root}/people.yaml`), schema: personSchema }),
  /** Where reports differ (X1–X6): `content/disagreements.yaml`. */
  disagreements: defineCollection({ loader: file(`${root}/disagreements.yaml`), schema: disagreementSchema }),
  /** Key facts and the short version, one entry per article: `content/key-facts.yaml`. */
  keyFacts: defineCollection({ loader: file(`${root}/key-facts.yaml`), schema: articleFactsSchema }),
  /** Context notes after sections: `content/articles/<article>/context/<section>.mdx`. */
  contextNotes: defineCollection({ loader: glob({ base: `${root}/articles`, pattern: '*/context/*.mdx' }), schema: contextNoteSchema }),
};
