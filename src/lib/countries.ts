/**
 * Country codes and names for the locator map: content/places.yaml gives ISO
 * 3166-1 alpha-2 ("MM"); the map's shapes (world-atlas, Natural Earth) are
 * keyed by ISO 3166-1 numeric ("104") and carry abbreviated names ("Dem. Rep.
 * Congo"). The code table is `i18n-iso-countries`'; names are CLDR's, through
 * `Intl.DisplayNames`. Nothing here is typed by hand.
 */
import isoCountries from 'i18n-iso-countries';

/** The shape of an alpha-2 code as places.yaml writes it: two capitals. */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;

/** True for an ISO 3166-1 alpha-2 code in capitals ("MM"); false for "XX" or "mm". */
export function isCountryCode(code: string): boolean {
  return COUNTRY_CODE_PATTERN.test(code) && isoCountries.isValid(code);
}

const displayNames = new Intl.DisplayNames('en', { type: 'region' });

/**
 * The country's English name as a reader knows it: CLDR's, without its
 * bracketed alternative ("Myanmar (Burma)" → "Myanmar") and with "and" for "&"
 * ("Bosnia and Herzegovina").
 */
export function countryName(code: string): string {
  return (displayNames.of(code) ?? code).replace(/\s*\([^)]*\)$/, '').replace(/ & /g, ' and ');
}

/**
 * The key a world-atlas shape is found by: its ISO numeric id, or for the few
 * shapes without one (Kosovo; N. Cyprus and Somaliland have no ISO code) the
 * numeric code of the country whose name it carries. Undefined when none.
 */
export function shapeKey(shape: { id?: string | number; properties?: { name?: string } | null }): string | undefined {
  if (shape.id !== undefined) return String(shape.id);
  const name = shape.properties?.name;
  const code = name ? Object.keys(isoCountries.getAlpha2Codes()).find((c) => countryName(c) === name) : undefined;
  return code ? isoCountries.alpha2ToNumeric(code) : undefined;
}

/**
 * The countries to highlight: one per country the places are in, in the order
 * the places first name them, with the key of its shape. A country without a
 * shape in `shapeKeys` (world-atlas at 1:110m has none for Singapore, Bahrain
 * and other small states) is left out; its places are still marked. Throws,
 * naming the code, for one that is not ISO.
 */
export function highlightedCountries(countryCodes: readonly string[], shapeKeys: ReadonlySet<string>): { code: string; key: string }[] {
  const out: { code: string; key: string }[] = [];
  for (const code of countryCodes) {
    const key = isCountryCode(code) ? isoCountries.alpha2ToNumeric(code) : undefined;
    if (!key) throw new Error(`Locator map: "${code}" is not an ISO 3166-1 alpha-2 country code (content/places.yaml, country)`);
    if (shapeKeys.has(key) && !out.some((c) => c.key === key)) out.push({ code, key });
  }
  return out;
}

/**
 * A country's name as running text uses it: with "the" where English puts one
 * ("the United States", "the Philippines", "the Central African Republic"),
 * as written otherwise. For the map's description; titles take the bare name.
 */
export function countryInProse(name: string): string {
  const takesThe = /^(United |U\.S\. |Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$|Seychelles$)|(Republic|Islands|Territory|Territories|Emirates)$/;
  return takesThe.test(name) ? `the ${name}` : name;
}
