/**
 * Writes src/model/suggest/data/leaders.json, the people the suggestion engine reads as their state
 * when a text names them ("President Barack Obama", "Vladimir Putin"), from the Phoenix country-actors
 * dictionary of PETRARCH2 (Open Event Data Alliance, MIT: see leaders.LICENSE.md beside the output).
 * The dictionary is not a dependency: take the file from the openeventdata/petrarch2 repository
 * (petrarch2/data/dictionaries/Phoenix.Countries.actors.txt) and pass its path,
 *
 *   PHOENIX_COUNTRIES=/path/to/Phoenix.Countries.actors.txt npx tsx scripts/build-leaders.ts
 *
 * Kept: every person the dictionary codes as a member of a state's government (`[XXXGOV …]`, any
 * office: heads of state and government, ministers) with a term in office that ends in 2000 or
 * later or is open, under their full name and their other names of two words or more that carry no
 * title ("PRESIDENT_OBAMA" is left out); a name two states share is left out. Each row is the name
 * (lower case, without diacritics), the state's ISO 3166-1 alpha-3 code, and the first and last
 * year of government office (null: open when the dictionary was made, in 2014).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** CAMEO country codes that differ from ISO 3166-1 alpha-3; codes of no state in countries.json are dropped. */
const CAMEO_TO_ISO = new Map([["KSV", "XKX"], ["TMP", "TLS"]]);
/** First words of a name that make it a title, not a name ("PRESIDENT_OBAMA", "MR_OBAMA"). */
const TITLE_WORDS = new Set([
  "PRESIDENT", "VICE", "VICE-PRESIDENT", "PRIME", "MINISTER", "FOREIGN", "DEFENSE", "DEFENCE", "CHANCELLOR", "KANZLER", "KING", "QUEEN", "PRINCE", "EMIR", "SHEIKH", "SULTAN",
  "MR", "MR.", "MRS", "MRS.", "MS", "DR", "DR.", "GENERAL", "GEN", "GEN.", "ACTING", "FORMER", "PREMIER", "SECRETARY", "SPEAKER", "AMBASSADOR", "DEPUTY", "COLONEL", "MARSHAL", "ADMIRAL",
]);
const FIRST_YEAR_OF_INTEREST = 2005;
/** Words of an institution's name, not a person's ("WHITE_HOUSE", "NATIONAL_SECURITY_COUNCIL", "THE_BUSH_ADMINISTRATION"): such rows are left out. */
const INSTITUTION_WORDS = new Set([
  "THE", "HOUSE", "OF", "FOR", "AND", "NATIONAL", "MINISTRY", "MINISTER", "COUNCIL", "ADMINISTRATION", "DEPARTMENT", "BUREAU", "AGENCY", "OFFICE", "COMMITTEE", "SERVICE", "SERVICES",
  "FORCES", "ARMY", "POLICE", "GOVERNMENT", "PARTY", "COURT", "COMMISSION", "FOUNDATION", "BOARD", "STAFF", "SECURITY", "CABINET", "PARLIAMENT", "ASSEMBLY", "SENATE", "CONGRESS",
  "ADVISOR", "ADVISER", "SPOKESMAN", "EMBASSY", "AUTHORITY", "BANK", "INSTITUTE", "DIRECTORATE", "REGIME", "JUNTA", "STATE", "FEDERAL", "CENTRAL", "REPUBLIC", "KINGDOM",
]);

const path = process.env.PHOENIX_COUNTRIES;
if (!path) throw new Error("PHOENIX_COUNTRIES is not set: the path of Phoenix.Countries.actors.txt (see the comment at the top of scripts/build-leaders.ts)");
const states = new Set((JSON.parse(readFileSync(fileURLToPath(new URL("../src/model/suggest/data/countries.json", import.meta.url)), "utf8")) as { states: Array<[string, string]> }).states.map((s) => s[1]));

/** "YYMMDD" (two-digit years up to 20 are 20YY) or "YYYYMMDD": the year. */
function yearOf(date: string): number | undefined {
  if (/^\d{8}$/.test(date)) return Number(date.slice(0, 4));
  if (/^\d{6}$/.test(date)) {
    const yy = Number(date.slice(0, 2));
    return yy <= 20 ? 2000 + yy : 1900 + yy;
  }
  return undefined;
}
const key = (name: string) =>
  name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[.’']/g, "").split(/[_\s-]+/).filter(Boolean).join(" ");

interface Person { names: string[]; terms: Array<{ iso3: string; from?: number; to: number | null }> }
const people: Person[] = [];
let current: Person | undefined;
for (const raw of readFileSync(path, "latin1").split("\n")) {
  const line = raw.split("#")[0]!.replace(/\s+$/, "");
  if (line.trim() === "") continue;
  if (/^\s/.test(line)) {
    const m = /^\s*\[([A-Z]{3})GOV\s*([^\]A-Z]*)\]/.exec(line);
    if (!m || !current) continue;
    const iso3 = CAMEO_TO_ISO.get(m[1]!) ?? m[1]!;
    const range = m[2]!.trim();
    if (range.startsWith(">")) current.terms.push({ iso3, from: yearOf(range.slice(1)), to: null });
    else if (range.includes("-")) {
      const [a, b] = range.split("-");
      const to = yearOf(b!);
      if (to !== undefined) current.terms.push({ iso3, from: yearOf(a!), to });
    } else if (range === "") current.terms.push({ iso3, to: null });
    continue;
  }
  if (line.startsWith("+")) {
    current?.names.push(line.slice(1).trim());
    continue;
  }
  const name = /^([^\s[]+)/.exec(line)?.[1];
  // A state's own entry ("AFGHANISTAN_ [AFG]") or an institution's line is no person; persons have GOV terms below them.
  current = name ? { names: [name], terms: [] } : undefined;
  if (current) people.push(current);
}

const rows = new Map<string, { iso3: Set<string>; from?: number; to: number | null }>();
for (const p of people) {
  const terms = p.terms.filter((t) => states.has(t.iso3) && (t.to === null || t.to >= FIRST_YEAR_OF_INTEREST));
  if (terms.length === 0) continue;
  const froms = terms.map((t) => t.from).filter((y) => y !== undefined);
  const from = froms.length > 0 ? Math.min(...froms) : undefined;
  const to = terms.some((t) => t.to === null) ? null : Math.max(...terms.map((t) => t.to!));
  for (const name of p.names) {
    const words = name.split(/_+/).filter(Boolean);
    if (words.length < 2 || TITLE_WORDS.has(words[0]!) || words.some((w) => INSTITUTION_WORDS.has(w)) || !/^[A-Z'.-]+$/.test(words.join(""))) continue;
    const k = key(name);
    const row = rows.get(k) ?? { iso3: new Set<string>(), from, to };
    for (const t of terms) row.iso3.add(t.iso3);
    rows.set(k, row);
  }
}
const leaders = [...rows].filter(([, r]) => r.iso3.size === 1).map(([name, r]) => [name, [...r.iso3][0]!, r.from ?? null, r.to] as const);
leaders.sort((x, y) => x[1].localeCompare(y[1]) || x[0].localeCompare(y[0]));
const target = fileURLToPath(new URL("../src/model/suggest/data/leaders.json", import.meta.url));
const out = {
  license: "MIT",
  source: "Phoenix.Countries.actors.txt of openeventdata/petrarch2 (Open Event Data Alliance, 2014), derived by scripts/build-leaders.ts; see leaders.LICENSE.md",
  leaders,
};
writeFileSync(target, `{\n"license": ${JSON.stringify(out.license)},\n"source": ${JSON.stringify(out.source)},\n"leaders": [\n${leaders.map((l) => JSON.stringify(l)).join(",\n")}\n]\n}\n`);
console.log(`${leaders.length} names written to ${target}`);
