/**
 * Country codes and names in event data that ISO 3166 (as i18n-iso-countries spells it) does not
 * know, mapped to the ISO 3166-1 alpha-3 code of the same country.
 *
 * CAMEO codes: the CAMEO actor codebook (Schrodt 2012, "CAMEO Conflict and Mediation Event
 * Observations Event and Actor Codebook", 1.1b3, country codes) uses the ISO codes of its time,
 * some of which ISO has since replaced: ROM (Romania, ISO ROU since 2002), ZAR (Zaire, ISO COD
 * since 1997), TMP (East Timor, ISO TLS since 2002).
 *
 * Names: the country names the ICEWS event files use where they differ from every English name in
 * i18n-iso-countries (ICEWS codebook, "Source Country"/"Target Country").
 */
export const CAMEO_COUNTRY_CODES: ReadonlyMap<string, string> = new Map([
  ["ROM", "ROU"],
  ["ZAR", "COD"],
  ["TMP", "TLS"],
]);

export const EVENT_DATA_COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ["Syria", "SYR"],
  ["Occupied Palestinian Territory", "PSE"],
  ["Democratic Republic of Congo", "COD"],
  ["Congo, Democratic Republic of", "COD"],
  ["Republic of Congo", "COG"],
  ["Laos", "LAO"],
  ["Moldova", "MDA"],
  ["Macedonia", "MKD"],
  ["Russia", "RUS"],
]);
