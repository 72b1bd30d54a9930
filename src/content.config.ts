/**
 * The contract for everything editors write in `content/` (docs/authoring.md).
 * Schemas check each file; cross-file invariants (unique ids and orders,
 * references that resolve) are checked in src/lib/invariants.ts at build.
 * MDX bodies are rendered to HTML as they load (src/lib/mdx-loader.ts): Markdown,
 * lowercase HTML and <Cite ids="…" />; anything else fails naming file and line.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir';
import { DATA_FILE } from './lib/content-layout';
import { calendarDay, DAY_HINT } from './lib/dates';
import { dataFile } from './lib/data-file-loader';
import { mdxGlob } from './lib/mdx-loader';
import { updatedDateProblem } from './lib/publishing';
import {
  articleFactsSchema,
  contextNoteSchema,
  disagreementSchema,
  personSchema,
  placeSchema,
  slugId,
  sourceSchema,
  strictObject,
  timelineEntrySchema,
} from './lib/schemas/analysis';
import { isReservedSectionId, RESERVED_SECTION_ID_PREFIXES, RESERVED_SECTION_IDS } from './lib/ids';

const root = contentDir();

/** A section id or alias: a slug that no route or element id of the article page already uses (src/lib/ids.ts). */
const freeSectionId = (hint: string) =>
  slugId.refine((id) => !isReservedSectionId(id), {
    message: `is reserved for a route or an element id of the article page (reserved: ${RESERVED_SECTION_IDS.join(', ')}, and ids starting ${RESERVED_SECTION_ID_PREFIXES.join(', ')}); ${hint}`,
  });

/** A calendar day, YYYY-MM-DD, read as that day in UTC (src/lib/dates.ts). */
const day = z
  .unknown()
  .transform((value, ctx) => {
    const date = calendarDay(value);
    if (date) return date;
    ctx.addIssue({ code: 'custom', message: value === undefined ? `Required: the date, written ${DAY_HINT}` : `must be a date written ${DAY_HINT}; got ${JSON.stringify(value)}` });
    return z.NEVER;
  })
  // What the generated JSON schema (editor hints, docs/authoring.md §12) says: a transform alone would say nothing.
  .meta({ type: 'string', format: 'date', description: `A calendar day, ${DAY_HINT}` });

/** One article: `content/articles/<article-id>/index.mdx`; its body is the lede. */
const articles = defineCollection({
  loader: mdxGlob({ base: `${root}/articles`, pattern: '*/index.mdx' }),
  schema: strictObject({
    /** Headline, exactly as published. */
    title: z.string().min(1),
    /** Standfirst shown under the headline and used as the meta description. */
    dek: z.string().min(1),
    /** First publication date (YYYY-MM-DD). */
    published: day,
    /** Date of the last substantive update, if any. */
    updated: day.optional(),
    /** Who wrote it, or where the text comes from. */
    byline: z.string().min(1),
    /** Where the article's text comes from, when the byline does not say: a sentence shown under the byline. */
    origin: z.string().min(1).optional(),
    /** Two or three sentences for cards, feeds and search results. */
    summary: z.string().min(1),
    /** Date (YYYY-MM-DD) the compact timeline on the article page centres on; no timeline without it. */
    timelineFocus: day.optional(),
    /** Closing paragraph(s), shown after the last section without a heading; blank lines separate paragraphs. */
    conclusion: z.string().optional(),
    /** Drafts never reach a production build. */
    draft: z.boolean().default(false),
    /** Corrections, oldest first: what was wrong and when it was put right; shown under "Corrections". */
    corrections: z
      .array(
        strictObject({
          /** Date the correction was made (YYYY-MM-DD); a later date than `updated` becomes the modified date. */
          date: day,
          /** What was wrong and what it now says, in one or two sentences. */
          text: z.string().min(1),
        }),
      )
      .default([]),
  }).superRefine((a, ctx) => {
    const problem = a.published instanceof Date ? updatedDateProblem(a) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', path: ['updated'], message: problem });
  }),
});

/** One section of an article: `content/articles/<article-id>/<nn>-<section-id>.mdx`. */
const sections = defineCollection({
  loader: mdxGlob({ base: `${root}/articles`, pattern: '*/!(index).mdx' }),
  schema: strictObject({
    /** The article this section belongs to: its folder name. */
    article: reference('articles'),
    /** Stable id used in the permalink and the `#anchor`; never change it, add an alias. */
    id: freeSectionId('choose another'),
    /** Position in the article, 1 first; unique within the article. */
    order: z.number().int().positive(),
    /** The section's heading, exactly as published. */
    title: z.string().min(1),
    /** The topic this section belongs to (an id from content/topics.yaml). */
    topic: reference('topics'),
    /** One sentence: what this section says. Used in cards, meta descriptions and topic pages. */
    summary: z.string().min(1),
    /** Former ids of this section; each keeps its old link working. */
    aliases: z.array(freeSectionId('an alias becomes both, so drop it')).default([]),
  }),
});

/** The topic index: `content/topics.yaml`, one entry per topic. */
const topics = defineCollection({
  loader: dataFile(`${root}/${DATA_FILE.topics}`),
  schema: strictObject({
    /** Stable id, used in the topic's URL: /topics/<id>/. */
    id: slugId,
    /** Display name, e.g. "Energy". */
    name: z.string().min(1),
    /** One paragraph on what the topic covers. */
    description: z.string().min(1),
    /** Position in the topic index, 1 first. */
    order: z.number().int().positive(),
  }),
});

// The context layer, transcribed from the fact sheet (docs/authoring.md, "Citations").
// Ids inside these files are plain strings, checked across files by
// src/lib/analysis-invariants.ts: a dangling reference() would only log.

/** Every source address the site may cite: `content/sources.yaml`. */
const sources = defineCollection({ loader: dataFile(`${root}/${DATA_FILE.sources}`), schema: sourceSchema });
/** Dated events, each with its sources: `content/timeline.yaml`. */
const timeline = defineCollection({ loader: dataFile(`${root}/${DATA_FILE.timeline}`), schema: timelineEntrySchema });
/** Who's who: `content/people.yaml`. */
const people = defineCollection({ loader: dataFile(`${root}/${DATA_FILE.people}`), schema: personSchema });
/**
 * The locator map's places: `content/places.yaml`. Optional: without the file
 * the site has no map.
 */
const places = defineCollection({
  loader: dataFile(`${root}/${DATA_FILE.places}`, { optional: true }),
  schema: placeSchema,
});
/** Where reports differ: `content/disagreements.yaml`. */
const disagreements = defineCollection({ loader: dataFile(`${root}/${DATA_FILE.disagreements}`), schema: disagreementSchema });
/** Key facts and the short version, one entry per article: `content/key-facts.yaml`. */
const keyFacts = defineCollection({ loader: dataFile(`${root}/${DATA_FILE.keyFacts}`), schema: articleFactsSchema });
/**
 * Context notes after sections: `content/articles/<article>/context/<section>.mdx`.
 * The sections glob above does not reach into the `context/` subfolder.
 */
const contextNotes = defineCollection({ loader: mdxGlob({ base: `${root}/articles`, pattern: '*/context/*.mdx' }), schema: contextNoteSchema });

export const collections = { articles, sections, topics, sources, timeline, people, places, disagreements, keyFacts, contextNotes };
