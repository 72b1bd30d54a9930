import { describe, expect, it } from 'vitest';
import { backgroundCitationIds, mapKey, pageCitationIds } from '../../src/lib/page-citations';
import type { ArticleFacts, Disagreement, Person, Place, TimelineEntry } from '../../src/lib/schemas/analysis';

describe('pageCitationIds', () => {
  it('lists every citation in reading order, repeats included', () => {
    const facts = { id: 'a', shortVersion: [{ text: 'a', sources: ['V3'] }, { text: 'b', sources: ['V7', 'N3'] }], facts: [{ label: 'l', value: 'v', sources: ['V3'] }] } as unknown as ArticleFacts;
    const disagreements = [{ id: 'X1', sides: [{ sources: ['V4'] }, { sources: [] }] }] as unknown as Disagreement[];
    const timeline = [{ id: 't', sources: ['E1a', 'E1b'] }] as unknown as TimelineEntry[];
    expect(
      pageCitationIds({ facts, noteBodies: ['A. <Cite ids="N3" /> B. <Cite ids="D2a D2b" />', 'C. <Cite ids="V3" />'], disagreements, timeline }),
    ).toEqual(['V3', 'V7', 'N3', 'V3', 'N3', 'D2a', 'D2b', 'V3', 'V4', 'E1a', 'E1b']);
  });
  it('is empty for a page with no context', () => {
    expect(pageCitationIds({})).toEqual([]);
  });
});

describe('backgroundCitationIds', () => {
  const place = (label: string, sources: string[], inArticle = false) => ({ id: label.toLowerCase(), label, country: 'RU', side: 'right', inArticle, sources }) as unknown as Place;
  const person = (name: string, kind: 'person' | 'organisation', sources: string[]) => ({ id: name.toLowerCase(), name, kind, role: 'r', sources }) as unknown as Person;

  it('numbers the map key first, then who’s who group by group, as the page shows them', () => {
    const places = [place('Dawei', [], true), place('Minsk', ['V12']), place('Samara', ['V11'])];
    // Data order mixes the groups; the page shows every person before any body.
    const people = [person('Tatmadaw', 'organisation', ['P2']), person('Putin', 'person', ['V3']), person('Rosatom', 'organisation', ['N1']), person('Belousov', 'person', ['V9'])];
    expect(backgroundCitationIds(places, people)).toEqual(['V12', 'V11', 'V3', 'V9', 'P2', 'N1']);
  });

  it('splits the map key into the places the article names and the noted ones, keeping their order', () => {
    const { named, noted } = mapKey([place('Moscow', [], true), place('Minsk', ['V12']), place('Dawei', [], true), place('Samara', ['V11'])]);
    expect(named.map((p) => p.label)).toEqual(['Moscow', 'Dawei']);
    expect(noted.map((p) => p.label)).toEqual(['Minsk', 'Samara']);
  });
});
