/**
 * Country codes and names in event data → state actors with ISO 3166-1 alpha-3 ids, labels and
 * aliases from i18n-iso-countries (maintained, MIT, the names of the ISO standard in many
 * languages; English is registered here so the browser bundle carries one language only).
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import type { Actor } from "../../model/schema.ts";
import { CAMEO_COUNTRY_CODES, EVENT_DATA_COUNTRY_NAMES } from "./tables/countryCodes.ts";

countries.registerLocale(en);

/** How a source names an actor's country: by a 3-letter code (GDELT, PLOVER) or a name (ICEWS). */
export type CountryBy = "code" | "name";

let byCode: Map<string, string> | undefined;
let byName: Map<string, string> | undefined;

/**
 * Raw country code or name → ISO 3166-1 alpha-3. Exact strings only (no case folding), so the
 * SQL path (a join on this table, see sql.ts) and the TypeScript path agree byte for byte.
 */
export function countryTable(by: CountryBy): ReadonlyMap<string, string> {
  if (by === "code") {
    byCode ??= new Map([...Object.keys(countries.getAlpha3Codes()).map((c): [string, string] => [c, c]), ...CAMEO_COUNTRY_CODES]);
    return byCode;
  }
  if (!byName) {
    byName = new Map();
    const ambiguous = new Set<string>();
    for (const [alpha2, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      if (alpha3 === undefined) continue;
      for (const name of names) {
        const known = byName.get(name);
        if (known !== undefined && known !== alpha3) ambiguous.add(name);
        byName.set(name, alpha3);
      }
    }
    // "Congo" names two states: an event file that says only that cannot be placed.
    for (const name of ambiguous) byName.delete(name);
    for (const [name, alpha3] of EVENT_DATA_COUNTRY_NAMES) byName.set(name, alpha3);
  }
  return byName;
}

/** The state actor of an ISO alpha-3 code: the short English name as label, the others as aliases. */
export function stateActor(alpha3: string): Actor {
  const alpha2 = countries.alpha3ToAlpha2(alpha3);
  const names = alpha2 === undefined ? [] : (countries.getName(alpha2, "en", { select: "all" }) ?? []);
  const label = (alpha2 === undefined ? undefined : countries.getName(alpha2, "en", { select: "alias" })) ?? names[0] ?? alpha3;
  const aliases = [...new Set(names.filter((n) => n !== label))];
  return { id: alpha3, label, kind: "state", iso3: alpha3, ...(aliases.length > 0 ? { aliases } : {}) };
}
