/**
 * Writes src/model/suggest/data/countries.json, the states part of the suggestion gazetteer, from
 * the world-countries package (ODbL 1.0, see countries.LICENSE.md beside the output):
 * `npm run gazetteer`. A unit test fails when the committed file is stale.
 *
 * Kept: sovereign states, UN members, and Kosovo, Palestine, Taiwan and the Vatican. Per state: the
 * common and official English names, the alternative spellings written in Latin letters (not the
 * two-letter codes), capitals (as metonyms: "Moscow" for Russia) and English demonyms with their
 * plurals ("Armenian", "Armenians"). A form that would name two states ("Congolese", "Dominican")
 * is dropped from both: guessing would be worse than not knowing.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import countries from "world-countries";
import { countriesGazetteer } from "./gazetteerData.ts";

const target = fileURLToPath(new URL("../src/model/suggest/data/countries.json", import.meta.url));
writeFileSync(target, countriesGazetteer(countries));
console.log(`wrote ${target}`);
