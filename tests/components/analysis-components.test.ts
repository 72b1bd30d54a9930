import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../src/components/Cite.astro';
import ContextNote from '../../src/components/ContextNote.astro';
import Disagreements from '../../src/components/Disagreements.astro';
import KeyFacts from '../../src/components/KeyFacts.astro';
import LocatorMap from '../../src/components/LocatorMap.astro';
import MapKey from '../../src/components/MapKey.astro';
import ShortVersion from '../../src/components/ShortVersion.astro';
import SourcesList from '../../src/components/SourcesList.astro';
import Timeline from '../../src/components/Timeline.astro';
import WhosWho from '../../src/components/WhosWho.astro';
import { createCitationRegistry } from '../../src/lib/citations';
import { buildLocatorMap, placeQueries } from '../../src/lib/locator-map';
import type { Place, Source } from '../../src/lib/schemas/analysis';

const sources: Source[] = [
  { id: 'V2a', title: 'Trip dates', publisher: 'Myanmar Ministry of Information', url: 'https://www.moi.gov.mm/moi:eng/news/17304', kind: 'state-media' },
  { id: 'V3', title: 'Meeting', publisher: 'Stars and Stripes (AP)', url: 'https://stripes.com/x', date: '2025-03-04', kind: 'wire' },
  { id: 'A1', title: 'Death trade', publisher: 'Progressive Voice', url: 'https://progressivevoicemyanmar.org/x', kind: 'repost', note: 'the UN press release' },
  { id: 'P2', title: 'Tatmadaw', publisher: 'Wikiwand (Wikipedia)', url: 'https://www.wikiwand.com/en/Tatmadaw', kind: 'encyclopedia' },
];

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('Cite', () => {
  it('renders numbered superscript links to the reference list, with back-link targets', async () => {
    const registry = createCitationRegistry(sources, ['V3', 'V2a', 'V3']);
    const first = parse(await container.renderToString(Cite, { props: { ids: 'V3 V2a' }, locals: { citations: registry } }));
    const links = first.querySelectorAll('sup.ex-cite a');
    expect(links.map((a) => [a.getAttribute('href'), a.id, a.getAttribute('aria-label'), a.text])).toEqual([
      ['#ref-1', 'cite-1-1', 'Source 1', '[1]'],
      ['#ref-2', 'cite-2-1', 'Source 2', '[2]'],
    ]);
    const again = parse(await container.renderToString(Cite, { props: { ids: 'V3', registry } }));
    expect(again.querySelector('a')!.id).toBe('cite-1-2');
  });

  it('fails loudly without a registry or with an id the page did not collect', async () => {
    await expect(container.renderToString(Cite, { props: { ids: 'V3' } })).rejects.toThrow('Cite: no citation registry');
    const registry = createCitationRegistry(sources, ['V3']);
    await expect(container.renderToString(Cite, { props: { ids: 'N9', registry } })).rejects.toThrow(
      'Cite: source id "N9" has no number on this page: it is not in content/sources.yaml',
    );
    await expect(container.renderToString(Cite, { props: { ids: ' ', registry } })).rejects.toThrow('Cite: got ids=" "');
  });
});

describe('SourcesList', () => {
  it('lists cited sources in number order with publisher, date, kind, link and back-links', async () => {
    const registry = createCitationRegistry(sources, ['V3', 'V2a', 'A1', 'V3']);
    const root = parse(await container.renderToString(SourcesList, { props: { registry } }));
    expect(root.querySelector('h2')!.text).toBe('Sources');
    const items = root.querySelectorAll('ol > li');
    expect(items.map((li) => [li.id, li.getAttribute('value')])).toEqual([
      ['ref-1', '1'],
      ['ref-2', '2'],
      ['ref-3', '3'],
    ]);
    expect(items[0].querySelector('.ex-sources-publisher')!.text).toBe('Stars and Stripes (AP)');
    expect(items[0].querySelector('time')!.getAttribute('datetime')).toBe('2025-03-04');
    expect(items[0].querySelector('time')!.text).toBe('4 March 2025');
    expect(items[0].querySelector('a.ex-sources-link')!.getAttribute('href')).toBe('https://stripes.com/x');
    // Two uses of V3: two back-links, each with its own target and name.
    expect(items[0].querySelectorAll('.ex-sources-backlinks a').map((a) => [a.getAttribute('href'), a.querySelector('.ex-visually-hidden')!.text])).toEqual([
      ['#cite-1-1', 'Back to citation 1, use 1 of 2'],
      ['#cite-1-2', 'Back to citation 1, use 2 of 2'],
    ]);
    expect(items[1].querySelector('.ex-sources-kind')!.text).toBe('State media');
    expect(items[1].querySelector('time')).toBeNull();
    expect(items[1].querySelector('.ex-sources-backlinks a')!.getAttribute('href')).toBe('#cite-2-1');
    expect(items[2].querySelector('.ex-sources-note')!.text).toBe(' (the UN press release)');
  });

  it('reads the registry from Astro.locals', async () => {
    const registry = createCitationRegistry(sources, ['P2']);
    const root = parse(await container.renderToString(SourcesList, { locals: { citations: registry } }));
    expect(root.querySelectorAll('ol > li').map((li) => li.querySelector('.ex-sources-publisher')!.text)).toEqual(['Wikiwand (Wikipedia)']);
  });
});

describe('ContextNote', () => {
  it('is a labelled aside apart from the article text', async () => {
    const root = parse(
      await container.renderToString(ContextNote, { props: { section: 'energy', sectionTitle: 'Economic and Energy Cooperation' }, slots: { default: '<p>Note.</p>' } }),
    );
    const aside = root.querySelector('aside.ex-context')!;
    expect(aside.getAttribute('aria-labelledby')).toBe('context-energy');
    expect(root.querySelector('#context-energy')!.text).toBe('Context for Economic and Energy Cooperation');
    expect(aside.querySelector('.ex-context-body')!.innerHTML).toBe('<p>Note.</p>');
  });

  it('keys its label by article too where notes from several articles share a page', async () => {
    const html = (article: string) => container.renderToString(ContextNote, { props: { article, section: 'energy', sectionTitle: 'Energy' }, slots: { default: '<p>Note.</p>' } });
    const [a, b] = await Promise.all([html('port-talks'), html('gas-deal')]);
    expect(parse(a).querySelector('aside')!.getAttribute('aria-labelledby')).toBe('context-port-talks--energy');
    expect(parse(b).querySelector('#context-gas-deal--energy')).not.toBeNull();
  });
});

describe('KeyFacts and ShortVersion', () => {
  it('renders each key fact with its citations and note', async () => {
    const registry = createCitationRegistry(sources, ['V2a', 'V3']);
    const facts = [{ label: 'Dates', value: '3–9 March 2025 according to Myanmar state media.', note: 'Sources differ.', sources: ['V2a', 'V3'] }];
    const root = parse(await container.renderToString(KeyFacts, { props: { facts, registry } }));
    expect(root.querySelector('h2')!.text).toBe('Key facts');
    expect(root.querySelector('dt')!.text).toBe('Dates');
    expect(root.querySelectorAll('dd a').map((a) => a.getAttribute('href'))).toEqual(['#ref-1', '#ref-2']);
    expect(root.querySelector('.ex-key-facts-note')!.text).toBe('Sources differ.');
  });

  it('renders exactly three short-version bullets, and refuses two', async () => {
    const registry = createCitationRegistry(sources, ['V3', 'V3', 'A1']);
    const bullets = [
      { text: 'One.', sources: ['V3'] },
      { text: 'Two.', sources: ['V3'] },
      { text: 'Three.', sources: ['A1'] },
    ];
    const root = parse(await container.renderToString(ShortVersion, { props: { bullets, registry } }));
    expect(root.querySelector('h2')!.text).toBe('The short version');
    expect(root.querySelectorAll('li').map((li) => li.querySelector('a')!.text)).toEqual(['[1]', '[1]', '[2]']);
    await expect(container.renderToString(ShortVersion, { props: { bullets: bullets.slice(0, 2), registry } })).rejects.toThrow(
      'ShortVersion: expected exactly 3 bullets, got 2',
    );
  });
});

describe('Disagreements', () => {
  it('lists every item with each side, citing sources or showing the basis', async () => {
    const registry = createCitationRegistry(sources, ['V3', 'V2a']);
    const items = ['X1', 'X2'].map((id) => ({
      id,
      point: `Point ${id}`,
      topic: 'diplomacy',
      sides: [
        { label: 'Side A', claim: 'A.', sources: id === 'X1' ? ['V3'] : ['V2a'] },
        { label: 'The article', claim: 'B.', sources: [], basis: 'The article’s own text.' },
      ],
    }));
    const root = parse(await container.renderToString(Disagreements, { props: { items, registry } }));
    expect(root.querySelector('h2')!.text).toBe('Where reports differ');
    expect(root.querySelectorAll('section > ol > li').map((li) => [li.id, li.querySelector('h3')!.text])).toEqual([
      ['differ-x1', 'Point X1'],
      ['differ-x2', 'Point X2'],
    ]);
    expect(root.querySelector('.ex-disagreements-basis')!.text).toBe('(The article’s own text.)');
  });
});

describe('Timeline', () => {
  const entries = [
    { id: 'b', date: '2025-03-04', text: 'Later.', topic: 'diplomacy', sources: ['V3'] },
    { id: 'a', date: '2022-07', text: 'Earlier.', topic: 'energy', sources: ['A1'] },
    { id: 'c', date: '2023-11-07', dateLabel: '7–9 November 2023', text: 'Span.', topic: 'military', sources: ['V3'] },
  ];
  it('renders an ordered list with <time> in date order', async () => {
    const registry = createCitationRegistry(sources, ['A1', 'V3', 'V3']);
    const root = parse(await container.renderToString(Timeline, { props: { entries, registry } }));
    const items = root.querySelectorAll('ol > li');
    expect(items.map((li) => [li.id, li.querySelector('time')!.getAttribute('datetime'), li.querySelector('time')!.text])).toEqual([
      ['timeline-a', '2022-07', 'July 2022'],
      ['timeline-c', '2023-11-07', '7–9 November 2023'],
      ['timeline-b', '2025-03-04', '4 March 2025'],
    ]);
    expect(root.querySelector('.ex-timeline-more')).toBeNull();
  });
  it('compact variant links to the full timeline', async () => {
    const registry = createCitationRegistry(sources, ['A1', 'V3', 'V3']);
    const root = parse(await container.renderToString(Timeline, { props: { entries, registry, variant: 'compact', fullHref: '/timeline/' } }));
    expect(root.querySelector('section')!.classList.contains('ex-timeline-compact')).toBe(true);
    expect(root.querySelector('.ex-timeline-more a')!.getAttribute('href')).toBe('/timeline/');
  });
});

describe('WhosWho', () => {
  it('marks Burmese names with lang="my" and groups people and bodies', async () => {
    const registry = createCitationRegistry(sources, ['P2', 'V3']);
    const people = [
      { id: 'tatmadaw', name: 'Tatmadaw', nameMy: 'တပ်မတော်', kind: 'organisation' as const, role: 'The name of Myanmar’s armed forces.', sources: ['P2'] },
      { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person' as const, role: 'Russian president.', sources: ['V3'] },
    ];
    const root = parse(await container.renderToString(WhosWho, { props: { people, registry } }));
    expect(root.querySelectorAll('h3').map((h) => h.text)).toEqual(['People', 'Bodies']);
    const my = root.querySelectorAll('[lang="my"]');
    expect(my.map((el) => el.text)).toEqual(['တပ်မတော်']);
    expect(my[0].classList.contains('ex-burmese')).toBe(true);
    expect(root.querySelector('#who-tatmadaw dd a')!.getAttribute('href')).toBe('#ref-1');
  });
});

const places: Place[] = [
  { id: 'naypyidaw', label: 'Naypyidaw', gazetteer: 'Nay Pyi Taw', country: 'MM', side: 'right', inArticle: false, note: 'Where he flew from.', sources: ['V3'] },
  { id: 'yangon', label: 'Yangon', country: 'MM', side: 'left', inArticle: false, note: 'Where a deal was signed.', sources: ['A1', 'V3'] },
  { id: 'dawei', label: 'Dawei', country: 'MM', side: 'right', inArticle: true, sources: [] },
  { id: 'moscow', label: 'Moscow', country: 'RU', side: 'right', inArticle: true, sources: [] },
  { id: 'st-petersburg', label: 'St Petersburg', gazetteer: 'Saint Petersburg', country: 'RU', side: 'right', inArticle: false, note: 'A consulate opened.', sources: ['V3'] },
];

describe('MapKey', () => {
  it('groups the places the article names and gives every other place its note and citations', async () => {
    const registry = createCitationRegistry(sources, places.flatMap((p) => p.sources));
    const root = parse(await container.renderToString(MapKey, { props: { places, registry } }));
    expect(root.querySelector('p')!.text).toBe('Named in the article: Dawei and Moscow.');
    const items = root.querySelectorAll('li');
    expect(items.map((li) => li.querySelector('strong')!.text)).toEqual(['Naypyidaw', 'Yangon', 'St Petersburg']);
    expect(items[1].text).toContain('Where a deal was signed.');
    // Numbered in the order cited: V3 first (1), then A1 (2).
    expect(items[1].querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['#ref-2', '#ref-1']);
    expect(items[0].querySelector('a')!.getAttribute('href')).toBe('#ref-1');
  });

  it('leaves out the "named in the article" line when no place is', async () => {
    const registry = createCitationRegistry(sources, ['V3']);
    const root = parse(await container.renderToString(MapKey, { props: { places: places.slice(0, 1), registry } }));
    expect(root.querySelector('p')).toBeNull();
    expect(root.querySelectorAll('li')).toHaveLength(1);
  });
});

describe('LocatorMap', () => {
  it('is an inline SVG image named by its title and described by its desc', async () => {
    const map = buildLocatorMap(placeQueries(places));
    const root = parse(await container.renderToString(LocatorMap, { props: { map } }));
    expect(root.querySelector('figcaption')).toBeNull();
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('locator-map-title');
    expect(svg.getAttribute('aria-describedby')).toBe('locator-map-desc');
    expect(root.querySelector('#locator-map-title')!.text).toBe('Locator map: Myanmar and Russia');
    expect(root.querySelector('#locator-map-desc')!.text).toBe(map.description);
    expect(root.querySelectorAll('path.hl').map((p) => p.getAttribute('data-country'))).toEqual(['Myanmar', 'Russia']);
    expect(root.querySelectorAll('text').map((t) => t.text)).toEqual(['Naypyidaw', 'Yangon', 'Dawei', 'Moscow', 'St Petersburg']);
    expect(root.querySelector('script')).toBeNull();
  });

  it('captions the map with what goes in its slot', async () => {
    const map = buildLocatorMap(placeQueries(places.slice(3, 4)));
    const root = parse(await container.renderToString(LocatorMap, { props: { map }, slots: { default: '<p>Key.</p>' } }));
    expect(root.querySelector('figure > figcaption')!.innerHTML).toBe('<p>Key.</p>');
  });
});
