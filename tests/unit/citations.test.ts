import { describe, expect, it } from 'vitest';
import {
  backLink,
  citeAnchor,
  citeIdsInMdx,
  createCitationRegistry,
  describeUnusedSources,
  findUnknownCitations,
  findUnusedSources,
  numberCitations,
  parseCiteIds,
  refAnchor,
} from '../../src/lib/citations';
import type { Source } from '../../src/lib/schemas/analysis';

const source = (id: string, over: Partial<Source> = {}): Source => ({
  id,
  title: `Piece ${id}`,
  publisher: `Publisher ${id}`,
  url: `https://example.org/${id}`,
  kind: 'wire',
  ...over,
});
const sources = ['V1', 'V2a', 'V3', 'N3'].map((id) => source(id));

describe('parseCiteIds', () => {
  it('splits on spaces and commas and drops blanks', () => {
    expect(parseCiteIds(' V3  V4,V2a , ')).toEqual(['V3', 'V4', 'V2a']);
    expect(parseCiteIds(['V3 V4', 'N1'])).toEqual(['V3', 'V4', 'N1']);
  });
});

describe('citeIdsInMdx', () => {
  it('reads ids from every <Cite> in order, keeping repeats', () => {
    const body = 'One. <Cite ids="V3" /> Two. <Cite ids="V3 V4" />\n\nThree <Cite ids=\'N1\'/> four <Cite ids={"S3b"} />';
    expect(citeIdsInMdx(body)).toEqual(['V3', 'V3', 'V4', 'N1', 'S3b']);
  });
  it('ignores other components', () => {
    expect(citeIdsInMdx('<Citation ids="V1" /> <Other ids="V2" />')).toEqual([]);
  });
});

describe('numberCitations', () => {
  it('numbers in first-use order and reuses the number of a repeated id', () => {
    expect([...numberCitations(['V3', 'N3', 'V3', 'V1', 'N3'])]).toEqual([
      ['V3', 1],
      ['N3', 2],
      ['V1', 3],
    ]);
  });
});

describe('createCitationRegistry', () => {
  it('lists cited sources in number order with their use counts', () => {
    const r = createCitationRegistry(sources, ['N3', 'V1', 'N3']);
    expect(r.entries.map((e) => [e.number, e.source.id, e.uses])).toEqual([
      [1, 'N3', 2],
      [2, 'V1', 1],
    ]);
  });

  it('gives each use its own anchor and the shared reference link', () => {
    const r = createCitationRegistry(sources, ['N3', 'V1', 'N3']);
    expect(r.use('N3')).toMatchObject({ number: 1, anchor: 'cite-1-1', href: '#ref-1' });
    expect(r.use('V1')).toMatchObject({ number: 2, anchor: 'cite-2-1', href: '#ref-2' });
    expect(r.use('N3')).toMatchObject({ number: 1, anchor: 'cite-1-2', href: '#ref-1' });
  });

  it('links to a list on another page when given its address', () => {
    const r = createCitationRegistry(sources, ['N3'], { listHref: '/explainer/articles/a/sources/' });
    expect(r.use('N3')).toMatchObject({ anchor: 'cite-1-1', href: '/explainer/articles/a/sources/#ref-1' });
  });

  it('throws when a source is used more often than collected', () => {
    const r = createCitationRegistry(sources, ['V1']);
    r.use('V1');
    expect(() => r.use('V1')).toThrow('Cite: source id "V1" is cited 2 times on this page but was collected 1 times');
  });

  it('throws on an unknown id at creation, naming it', () => {
    expect(() => createCitationRegistry(sources, ['V1', 'X9', 'Q1'])).toThrow('unknown source ids "X9", "Q1"');
  });

  it('says whether an uncollected id is a real source', () => {
    const r = createCitationRegistry(sources, ['V1']);
    expect(() => r.numberOf('V3')).toThrow('Cite: source id "V3" has no number on this page: it is in content/sources.yaml but the page did not pass it');
    expect(() => r.numberOf('ZZ')).toThrow('Cite: source id "ZZ" has no number on this page: it is not in content/sources.yaml');
  });

  it('builds anchors the list and the text agree on', () => {
    expect(refAnchor(3)).toBe('ref-3');
    expect(citeAnchor(3, 2)).toBe('cite-3-2');
    expect(backLink(4, 1, 1)).toEqual({ mark: '↩', label: 'Back to citation 4' });
    expect(backLink(4, 2, 3)).toEqual({ mark: '↩b', label: 'Back to citation 4, use 2 of 3' });
    expect([backLink(1, 26, 27).mark, backLink(1, 27, 27).mark]).toEqual(['↩z', '↩27']);
  });
});

describe('unknown and unused sources', () => {
  const files = [
    { file: 'content/timeline.yaml', ids: ['V1', 'V3'] },
    { file: 'content/articles/a/context/energy.mdx', ids: ['N3', 'N9', 'N9'] },
  ];
  it('reports each unknown id once per file, naming file and id', () => {
    expect(findUnknownCitations(files, ['V1', 'V3', 'N3'])).toEqual([
      { file: 'content/articles/a/context/energy.mdx', id: 'N9', message: 'content/articles/a/context/energy.mdx: cites source "N9", which is not in content/sources.yaml' },
    ]);
  });
  it('lists sources nothing cites, in source order', () => {
    expect(findUnusedSources(files, ['V1', 'V2a', 'V3', 'N3', 'D1'])).toEqual(['V2a', 'D1']);
    expect(describeUnusedSources(['V2a', 'D1'])).toBe('Sources nothing cites (2): V2a, D1. Cite them or remove them from content/sources.yaml.');
    expect(describeUnusedSources([])).toBe('');
  });
});
