/** The pure part of build-gazetteer.ts, shared with the test that checks the committed file. */
import { CAPITALS_NOT_METONYMS } from "../src/model/suggest/data/bodies.ts";

/** The fields of a world-countries record that the gazetteer reads. */
export interface WorldCountry {
  cca3: string;
  status: string;
  independent?: boolean | null;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

/** Not sovereign or not UN members in the data, but named as parties in world news. */
const ALSO_KEPT = new Set(["UNK", "PSE", "TWN", "VAT"]);
/** Kosovo has no ISO 3166-1 code; XKX is the code the EU and the IMF use for it. */
const ID_FOR = new Map([["UNK", "XKX"]]);

/** Latin letters, spaces, dots, apostrophes, hyphens: what English news would print. */
const LATIN = /^\p{Script=Latin}[\p{Script=Latin} .'’-]*[\p{Script=Latin}.]$/u;

function keepSpelling(s: string): boolean {
  return LATIN.test(s) && s.length >= 3 && !/^[A-Z]{2}$/.test(s);
}

function plural(demonym: string): string[] {
  // Armenian → Armenians, Azerbaijani → Azerbaijanis; "Chinese", "French", "Swiss" have none.
  return /(an|i)$/.test(demonym) ? [demonym, `${demonym}s`] : [demonym];
}

/**
 * The compact gazetteer file: `{ "license", "source", "states": [[id, iso3 | "", label, names,
 * capitals, demonyms], …] }`, sorted by id, one state per line so diffs stay readable.
 */
export function countriesGazetteer(all: readonly WorldCountry[]): string {
  const rows = all
    .filter((c) => c.independent === true || c.unMember || ALSO_KEPT.has(c.cca3))
    .map((c) => {
      const names = uniq([c.name.common, c.name.official, ...c.altSpellings].filter(keepSpelling));
      const capitals = uniq(c.capital.filter((x) => keepSpelling(x) && !CAPITALS_NOT_METONYMS.has(x)));
      const eng = c.demonyms?.eng;
      const demonyms = eng ? uniq([...plural(eng.m), ...plural(eng.f)]) : [];
      const iso3 = c.status === "officially-assigned" ? c.cca3 : "";
      return { id: ID_FOR.get(c.cca3) ?? c.cca3, iso3, label: c.name.common, names, capitals, demonyms };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // A form shared by two states names neither for sure.
  const owners = new Map<string, Set<string>>();
  for (const r of rows) for (const f of [...r.names, ...r.capitals, ...r.demonyms]) {
    const set = owners.get(f) ?? new Set<string>();
    set.add(r.id);
    owners.set(f, set);
  }
  const single = (f: string) => owners.get(f)!.size === 1;
  const lines = rows.map((r) =>
    JSON.stringify([r.id, r.iso3, r.label, r.names.filter(single), r.capitals.filter(single), r.demonyms.filter(single)]),
  );
  // The shared forms, with their states: a text that names one of them otherwise decides (gazetteer.ts learnShortNames).
  const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([f, ids]) => JSON.stringify([f, [...ids].sort()]));
  return `{\n"license": "ODbL-1.0",\n"source": "world-countries (github.com/mledoze/countries), derived by scripts/build-gazetteer.ts; see countries.LICENSE.md",\n"states": [\n${lines.join(",\n")}\n],\n"shared": [\n${shared.join(",\n")}\n]\n}\n`;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
