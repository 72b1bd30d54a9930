import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  articleFactsSchema,
  disagreementSchema,
  personSchema,
  placeSchema,
  sourceSchema,
  strictObject,
  timelineEntrySchema,
} from '../../src/lib/schemas/analysis';

const source = { id: 'V3', title: 'Meeting', publisher: 'Stars and Stripes (AP)', url: 'https://stripes.com/x', kind: 'wire' };

describe('sourceSchema', () => {
  it('accepts a sheet address and normalises a YAML date to ISO', () => {
    const out = sourceSchema.parse({ ...source, date: new Date('2025-03-04T00:00:00Z') });
    expect(out.date).toBe('2025-03-04');
    expect(sourceSchema.parse({ ...source, url: 'http://uk.reuters.com/article/x' }).url).toBe('http://uk.reuters.com/article/x');
  });

  it('rejects a non-http URL with a message naming the field', () => {
    const result = sourceSchema.safeParse({ ...source, url: 'ftp://stripes.com/x' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['url', 'url must be an http:// or https:// address copied from the fact sheet'],
    ]);
    expect(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('rejects a kind outside the closed list and a malformed id', () => {
    expect(sourceSchema.safeParse({ ...source, kind: 'blog' }).success).toBe(false);
    const bad = sourceSchema.safeParse({ ...source, id: 'v3' });
    expect(bad.error!.issues[0].message).toBe('a source id is one capital letter, then digits, then at most one small letter, such as "V3", "L12" or "V2a"');
  });

  it('rejects an impossible date', () => {
    expect(sourceSchema.safeParse({ ...source, date: '2025-02-30' }).error!.issues[0].message).toBe('must be a real calendar date (YYYY-MM-DD)');
  });
});

describe('timelineEntrySchema', () => {
  const entry = { id: 'coup', date: '2021-02-01', text: 'The coup began.', topic: 'domestic', sources: ['H1'] };
  it('accepts a month-only date and needs at least one source', () => {
    expect(timelineEntrySchema.parse({ ...entry, date: '2022-07' }).date).toBe('2022-07');
    expect(timelineEntrySchema.safeParse({ ...entry, sources: [] }).error!.issues[0].message).toBe(
      'cite at least one source id from content/sources.yaml',
    );
  });
});

describe('personSchema', () => {
  it('keeps the Burmese name as given', () => {
    const p = personSchema.parse({ id: 'tatmadaw', name: 'Tatmadaw', nameMy: 'တပ်မတော်', kind: 'organisation', role: 'Armed forces.', sources: ['P2'] });
    expect(p.nameMy).toBe('တပ်မတော်');
  });
});

describe('strictObject', () => {
  it('refuses a misspelt field, naming it and the fields the object may have', () => {
    const schema = strictObject({ title: z.string(), draft: z.boolean().default(false) });
    const issues = schema.safeParse({ title: 'T', Draft: true, upated: '2025-01-01' }).error?.issues ?? [];
    // Each key at its own path: Astro prints an issue as `path: message`.
    expect(issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'Draft: unknown field: misspelt? The fields here are: title, draft',
      'upated: unknown field: misspelt? The fields here are: title, draft',
    ]);
    expect(schema.parse({ title: 'T' })).toEqual({ title: 'T', draft: false });
  });

  it('tells editors (Astro\'s JSON schema) that no other field is allowed, and types the data without an index signature', () => {
    const schema = strictObject({ title: z.string() });
    expect(z.toJSONSchema(schema, { io: 'input' })).toMatchObject({ additionalProperties: false, required: ['title'] });
    const data = schema.parse({ title: 'T' });
    // @ts-expect-error a misspelt property is a type error, as with z.strictObject (checked by `astro check`)
    expect(data.titel).toBeUndefined();
  });

  it('is what every data file schema uses: an unknown key in a source fails', () => {
    expect(sourceSchema.safeParse({ ...source, titel: 'x' }).success).toBe(false);
  });
});

describe('placeSchema', () => {
  const issues = (input: unknown) => placeSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('needs nothing more for a place the article names, and defaults the label side', () => {
    const p = placeSchema.parse({ id: 'moscow', label: 'Moscow', country: 'RU', inArticle: true });
    expect(p).toMatchObject({ side: 'right', sources: [] });
  });

  it('asks any other place for a note and its sources, naming each field', () => {
    expect(issues({ id: 'yangon', label: 'Yangon', country: 'MM' })).toEqual([
      expect.stringMatching(/^note: say why the map marks this place/),
      expect.stringMatching(/^sources: cite at least one source id/),
    ]);
    expect(issues({ id: 'yangon', label: 'Yangon', country: 'MM', note: 'Why.', sources: ['N2'] })).toEqual([]);
  });

  it('refuses a note or sources on a place the article names, which the key would not show', () => {
    expect(issues({ id: 'moscow', label: 'Moscow', country: 'RU', inArticle: true, note: 'Why.', sources: ['V3'] })).toEqual([
      expect.stringMatching(/^note: a place the article names \(inArticle: true\) takes no note/),
      expect.stringMatching(/^sources: a place the article names \(inArticle: true\) takes no sources/),
    ]);
  });

  it('rejects a country that is not a two-letter ISO code', () => {
    expect(issues({ id: 'x', label: 'X', country: 'Myanmar', inArticle: true })).toEqual([expect.stringMatching(/^country: must be a two-letter ISO country code/)]);
    expect(issues({ id: 'x', label: 'X', country: 'mm', inArticle: true })).toEqual([expect.stringMatching(/^country: must be a two-letter ISO country code/)]);
  });

  it('rejects two capitals that are no country (the map could not highlight it)', () => {
    expect(issues({ id: 'x', label: 'X', country: 'XX', inArticle: true })).toEqual(['country: is not an ISO 3166-1 alpha-2 country code (e.g. "MM" Myanmar, "RU" Russia, "CN" China)']);
    expect(issues({ id: 'x', label: 'X', country: 'CN', inArticle: true })).toEqual([]);
  });
});

describe('disagreementSchema', () => {
  const d = {
    id: 'X6',
    article: 'a',
    point: 'End of the trip',
    topic: 'diplomacy',
    sides: [
      { label: 'A', claim: '9 March.', sources: ['V2a'] },
      { label: 'B', claim: '10 March.', sources: ['V2b'] },
    ],
  };
  it('accepts two sourced sides', () => {
    expect(disagreementSchema.parse(d).sides).toHaveLength(2);
  });
  it('needs a basis for a side without sources', () => {
    const bad = disagreementSchema.safeParse({ ...d, sides: [d.sides[0], { label: 'B', claim: 'x' }] });
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['sides.1.sources', 'a side with no sources needs a "basis" saying where the claim comes from'],
    ]);
  });
  it('needs two sides', () => {
    expect(disagreementSchema.safeParse({ ...d, sides: [d.sides[0]] }).error!.issues[0].message).toBe('a disagreement needs at least two sides');
  });
});

describe('articleFactsSchema', () => {
  it('needs exactly three short-version bullets', () => {
    const bullet = { text: 'x', sources: ['V3'] };
    const facts = [{ label: 'Dates', value: 'x', sources: ['V2a'] }];
    expect(articleFactsSchema.safeParse({ id: 'a', facts, shortVersion: [bullet, bullet] }).error!.issues[0].message).toBe(
      'the short version has exactly three bullets',
    );
    expect(articleFactsSchema.safeParse({ id: 'a', facts, shortVersion: [bullet, bullet, bullet] }).success).toBe(true);
  });
});
