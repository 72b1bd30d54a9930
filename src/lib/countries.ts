/**
 * Country codes: content/places.yaml gives ISO 3166-1 alpha-2 ("MM"); the
 * map's shapes (world-atlas) are keyed by ISO 3166-1 numeric ("104"). The
 * table is `i18n-iso-countries`', not typed here.
 */
import isoCountries from 'i18n-iso-countries';

/** True for an assigned ISO 3166-1 alpha-2 code in capitals ("MM"); false for "XX" or "mm". */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isoCountries.isValid(code);
}

/**
 * The shape ids (ISO 3166-1 numeric, as strings) of the countries to
 * highlight: one per country the places are in, in the order the places first
 * name them. A country without a shape in `shapeIds` (world-atlas at 1:110m has
 * none for Singapore, Bahrain and other small states) is left out; its places
 * are still marked. Throws, naming the code, for one that is not ISO.
 */
export function highlightedCountryIds(countryCodes: readonly string[], shapeIds: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  for (const code of countryCodes) {
    const id = isCountryCode(code) ? isoCountries.alpha2ToNumeric(code) : undefined;
    if (!id) throw new Error(`Locator map: "${code}" is not an ISO 3166-1 alpha-2 country code (content/places.yaml, country)`);
    if (shapeIds.has(id) && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
