/**
 * Which actors a text names, and where: a gazetteer of surface forms ("Armenia", "Yerevan",
 * "Armenian", "the Kremlin", "Global Lawbreaker Court") matched as whole words.
 *
 * Forms come from the dataset first (labels and aliases, which carry a source's odd names), then
 * from the bundled data: the world's states (countries.json, from world-countries) and the blocs,
 * bodies and groups in bodies.ts. A bundled entry stands for a dataset actor when the ISO code, the
 * id or one of its names matches that actor; otherwise a mention of it is a new actor, offered
 * with its ISO code. A form the dataset uses wins over the same form in the bundled data.
 *
 * Written here rather than taken from a package: matching must keep character offsets, honour
 * capitalisation (Turkey the state, not turkey the bird) and handle "Moscow-led", which general
 * entity recognisers for English do not.
 */
import { mergeShortenings } from "./shortenings.ts";
import type { Actor, ActorKind } from "../schema.ts";
import { addMonths } from "../dates.ts";
import countriesFile from "./data/countries.json";
import citiesFile from "./data/cities.json";
import { BODIES, GEOGRAPHIC_HEADS, STATE_SUPPLEMENT } from "./data/bodies.ts";
import { POLITY_TITLES, TITLE_HOLDERS } from "./data/anaphora.ts";
import { isGivenName } from "./data/leaders.ts";
import { FORMER_STATES, LATER_STATES, type FormerState } from "./data/formerStates.ts";
import { HISTORIC_MARGIN_YEARS, HISTORIC_STATES } from "./data/historicStates.ts";
import { HONORIFICS, MAX_PERSON_WORDS, NAME_PARTICLES, OTHER_TITLES, TITLE_HEADS, TITLE_MODIFIERS } from "./data/titles.ts";
import { PARTY_DESCRIPTORS, ARMY_DESCRIPTIONS, ARMY_NAME_TAILS, CENTRE_HEADS, CENTRE_VENUE_WORDS, DOCUMENT_HEADS, ARMY_NOUNS, RULING_ARMY_DESCRIPTIONS, RULING_ARMY_NOUNS, COORDINATED_HEADS, GROUP_COMMON_NOUNS, PUBLIC_NAMING_PHRASES, SELF_NAMING_PHRASES, DEFAULT_NAME_KIND, DESCRIPTOR_PHRASES, MAX_NAME_WORDS, MAX_ACRONYM_NAME_WORDS, MEMBERS_OF_HEADS, NAME_CONNECTORS, NAME_HEADS, NAMING_PHRASES, NON_STATE_MODIFIERS, OPPOSITION_FORMS, WING_PHRASES } from "./data/names.ts";

/** How a mention names its actor: by name, by a seat of power ("Moscow"), or by a people-word ("Russian"). */
export type MentionForm = "name" | "metonym" | "demonym";

export interface GazetteerActor {
  /** The dataset actor's id, or for a new actor the id it would get (ISO alpha-3 or a short code). */
  id: string;
  label: string;
  kind: ActorKind;
  iso3?: string;
  /** False for an actor the dataset does not have yet. */
  inDataset: boolean;
  /** Forms of government a state is called by ("kingdom", "emirate"), lower-case; see data/anaphora.ts. */
  titles?: readonly string[];
  /**
   * For actors a text names together under one plural name ("the Donetsk and Lugansk People's
   * Republics"): the key they share and that name's plural head, lower-case ("republics").
   */
  together?: { key: string; head: string };
  /** A new actor's other names: a learned name's forms (its acronym, its short form), a bundled body's names. Not a state's. */
  aliases?: readonly string[];
  /** A name the text introduces itself (learnNames), not the dataset's or the bundled data's. */
  ownName?: boolean;
  /** For a state's army the text names as an actor of its own ("the Sudanese Armed Forces"): the state's id. */
  armyOf?: string;
  /** What news calls a bundled body alone ("alliance" for NATO, "world body" for the UN): data/bodies.ts `described`. */
  described?: readonly string[];
  /** For a state proclaimed after the text's date (data/formerStates.ts `LATER_STATES`): its people-words speak of the movement that sought it (`beforeTheirState`). */
  notYet?: true;
  /**
   * For a state whose name ends a name of a state of the text's date that exists no more ("Russia"
   * in "Soviet Russia" in a report of 1920): that state's id and those of its names, lower-case.
   * Where the text writes one of them, the short name alone is that state (`shortForFormer`).
   */
  shortOf?: { actor: string; names: readonly string[] };
}

interface Form {
  /** The form's words, as written ("the", "Kremlin"). */
  words: string[];
  /** What separates consecutive words: " ", "-", ".", ". " or "'". */
  separators: string[];
  actor: string;
  form: MentionForm;
  /** A description the text gave a learned actor ("the army"), all lower-case: see `describesAnother`. */
  generic?: boolean;
  /** A person's one-word surname ("Hussein" of "King Hussein"): see `insideAnotherName`. */
  surname?: boolean;
}

export interface Gazetteer {
  actors: Map<string, GazetteerActor>;
  /** Forms by their first word, lower-cased; longest first. */
  forms: Map<string, Form[]>;
  /** The year of the text's date (withFormerStates): who held an office then (data/leaders.ts `EARLIER_LEADERS`). */
  year?: number;
}

export interface Mention {
  actor: string;
  start: number;
  end: number;
  form: MentionForm;
  /** A hyphenated modifier right after the name ("Moscow-led": "led"), lower-cased. */
  compound?: string;
}

type StateRow = [id: string, iso3: string, label: string, names: string[], capitals: string[], demonyms: string[]];
const STATES = (countriesFile as unknown as { states: StateRow[] }).states;
/** Cities of a million people or more and venues of talks, by their state's ISO code: metonyms ("talks in Jeddah"). */
const CITIES = new Map<string, string[]>();
for (const [name, iso3] of (citiesFile as unknown as { cities: Array<[string, string]> }).cities) CITIES.set(iso3, [...(CITIES.get(iso3) ?? []), name]);
/** People-words and names two states share ("Congolese": both Congos), which the states' rows leave out. */
const SHARED = (countriesFile as unknown as { shared: Array<[form: string, ids: string[]]> }).shared;

/** Participles that make a name a modifier: "Saudi-led", "Iran-aligned", "US-brokered". */
export const COMPOUND_PARTICIPLES: ReadonlySet<string> = new Set([
  "led", "backed", "brokered", "sponsored", "supported", "aligned", "allied", "controlled", "dominated", "run",
  "funded", "armed", "friendly", "hosted", "mediated",
  // The Karabakh paraphrase's word for "led" ("Moscow-drove"), listed in facts.md.
  "drove",
]);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** The words of a text with their offsets. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return words;
}

/** Whether only spaces or tabs stand between two words of a text (no comma, no line break); false with no second word. */
export function spacedApart(text: string, a: Word, b: Word | undefined): boolean {
  return b !== undefined && /^[ \t]+$/.test(text.slice(a.end, b.start));
}

/** Whether a capitalised word follows the `k`th across spaces only: the word is inside a longer name ("Tigray People's …"), not alone. */
function capitalisedAfter(text: string, words: readonly Word[], k: number): boolean {
  return spacedApart(text, words[k]!, words[k + 1]) && isCapitalised(words[k + 1]!);
}

/** The separator between two words of a form or a text, normalised: whitespace → " ", ’ → '. */
function separator(between: string): string | null {
  if (/^\s+$/.test(between)) return " ";
  const s = between.replace(/’/g, "'");
  if (s === "-" || s === "'" || s === ".") return s;
  if (/^'[ \t]+$/.test(s)) return "' "; // a plural's possessive inside a name: "the Workers' Party"
  if (/^\s+\($/.test(s)) return " ("; // "Communist Party of Nepal (Maoist)"
  return /^\.\s+$/.test(s) ? ". " : null; // "U.N. Security Council"
}

function splitForm(surface: string): { words: string[]; separators: string[] } | null {
  const words = wordsOf(surface);
  if (words.length === 0) return null;
  const separators: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const sep = separator(surface.slice(words[i - 1]!.end, words[i]!.start));
    if (sep === null) return null;
    separators.push(sep);
  }
  return { words: words.map((w) => w.text), separators };
}

/**
 * The actor a name stands for as a name in the gazetteer: the dataset's actor when it answers to the
 * bundled name ("United Nations" for a dataset's "UN"), else the bundled one; undefined if none.
 */
export function actorNamed(gazetteer: Gazetteer, name: string): string | undefined {
  const split = splitForm(name);
  if (!split) return undefined;
  const key = split.words.join(" ").toLowerCase();
  return gazetteer.forms.get(split.words[0]!.toLowerCase())?.find((f) => f.form === "name" && f.words.join(" ").toLowerCase() === key)?.actor;
}

const gazetteerCache = new WeakMap<readonly Actor[], Gazetteer>();

/**
 * The gazetteer for a dataset's actors (none: the bundled data alone). Cached per actors array, so
 * a worker that suggests for many texts of one dataset builds it once.
 */
export function buildGazetteer(datasetActors: readonly Actor[] = []): Gazetteer {
  const cached = gazetteerCache.get(datasetActors);
  if (cached) return cached;
  const actors = new Map<string, GazetteerActor>();
  const forms = new Map<string, Form[]>();
  const claimed = new Set<string>();
  const add = (surface: string, actor: string, form: MentionForm) => {
    const key = surface.replace(/’/g, "'").toLowerCase();
    if (claimed.has(key)) return;
    const split = splitForm(surface);
    if (!split) return;
    claimed.add(key);
    const first = split.words[0]!.toLowerCase();
    const list = forms.get(first) ?? [];
    list.push({ ...split, actor, form });
    forms.set(first, list);
  };

  // The dataset's actors and their names come first: they win any clash.
  const byName = new Map<string, string>();
  for (const a of datasetActors) {
    actors.set(a.id, { id: a.id, label: a.label, kind: a.kind, ...(a.iso3 ? { iso3: a.iso3 } : {}), inDataset: true });
    for (const n of [a.label, ...(a.aliases ?? [])]) byName.set(n.toLowerCase(), a.id);
  }
  const byIso = new Map(datasetActors.filter((a) => a.iso3).map((a) => [a.iso3!, a.id]));
  const byId = new Set(datasetActors.map((a) => a.id));
  const resolve = (id: string, iso3: string, names: string[]): string | undefined =>
    (iso3 && byIso.get(iso3)) || (byId.has(id) ? id : undefined) || names.map((n) => byName.get(n.toLowerCase())).find((x) => x !== undefined);

  // Bundled entries, mapped to dataset actors where they are the same.
  const bundled: Array<{ actor: string; names: string[]; metonyms: string[]; demonyms: string[] }> = [];
  const supplement = new Map(STATE_SUPPLEMENT.map((s) => [s.iso3, s]));
  for (const [id, iso3, label, names, capitals, demonyms] of STATES) {
    const extra = supplement.get(iso3);
    const allNames = [...names, ...(extra?.names ?? [])];
    allNames.push(...shortNames(allNames));
    const actor = resolve(id, iso3, allNames) ?? id;
    if (!actors.has(actor)) actors.set(actor, { id, label, kind: "state", ...(iso3 ? { iso3 } : {}), inDataset: false });
    bundled.push({ actor, names: allNames, metonyms: [...capitals, ...(extra?.metonyms ?? []), ...(CITIES.get(iso3) ?? [])], demonyms: withPlurals([...demonyms, ...(extra?.people ?? [])]) });
  }
  for (const b of BODIES) {
    const actor = resolve(b.id, "", b.names) ?? b.id;
    if (!actors.has(actor)) actors.set(actor, { id: b.id, label: b.label, kind: b.kind, inDataset: false, aliases: b.names.filter((n) => n !== b.label), ...(b.described ? { described: b.described } : {}) });
    // A dataset actor that is a bundled body keeps what news calls the body alone ("the alliance" for NATO).
    else if (b.described && actors.get(actor)!.described === undefined) actors.set(actor, { ...actors.get(actor)!, described: b.described });
    bundled.push({ actor, names: b.names, metonyms: [], demonyms: [] });
  }

  // A dataset alias that the bundled data knows as a capital or a people-word keeps that form.
  const bundledForm = new Map<string, MentionForm>();
  for (const b of bundled) {
    for (const m of b.metonyms) bundledForm.set(m.toLowerCase(), "metonym");
    for (const d of b.demonyms) bundledForm.set(d.toLowerCase(), "demonym");
  }
  for (const a of datasetActors) {
    for (const n of [a.label, ...(a.aliases ?? [])]) add(n, a.id, bundledForm.get(n.toLowerCase()) ?? "name");
  }
  for (const b of bundled) {
    for (const n of b.names) {
      add(n, b.actor, "name");
      // An acronym of letters and a number is also written with a hyphen between them ("M23", "M-23"; "G20", "G-20").
      const split = /^(\p{Lu}+)(\p{N}+)$/u.exec(n);
      if (split) add(`${split[1]}-${split[2]}`, b.actor, "name");
    }
    for (const m of b.metonyms) add(m, b.actor, "metonym");
    for (const d of b.demonyms) add(d, b.actor, "demonym");
  }
  for (const list of forms.values()) list.sort((x, y) => y.words.length - x.words.length);
  addTitles(actors, bundled, datasetActors);
  const gazetteer = { actors, forms };
  gazetteerCache.set(datasetActors, gazetteer);
  return gazetteer;
}

/**
 * Forms news writes for a state's name that the country data lacks: "St Vincent and the
 * Grenadines", "St. Lucia" for "Saint …", and the first part of a name joined by "and" ("Saint
 * Vincent", "Trinidad", "Antigua"). A form another entry claims first stays that entry's.
 */
export function shortNames(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const parts = n.split(" and ");
    const bases = parts.length === 2 && !/\b(?:of|Republic)\b/.test(n) ? [n, parts[0]!] : [n];
    if (bases.length === 2) out.push(parts[0]!);
    for (const b of bases) if (b.startsWith("Saint ")) out.push(`St ${b.slice(6)}`, `St. ${b.slice(6)}`);
  }
  return out.filter((f) => !names.includes(f));
}

/**
 * The forms of government each state is called by: a title its names contain as words ("Kingdom of
 * Bahrain", "United Kingdom"), or one data/anaphora.ts lists for it ("emirate": Qatar, Kuwait).
 */
function addTitles(actors: Map<string, GazetteerActor>, bundled: ReadonlyArray<{ actor: string; names: string[] }>, datasetActors: readonly Actor[]): void {
  const namesOf = new Map<string, string[]>();
  for (const b of bundled) namesOf.set(b.actor, [...(namesOf.get(b.actor) ?? []), ...b.names]);
  for (const a of datasetActors) namesOf.set(a.id, [...(namesOf.get(a.id) ?? []), a.label, ...(a.aliases ?? [])]);
  for (const [id, actor] of actors) {
    if (actor.kind !== "state") continue;
    const words = (namesOf.get(id) ?? []).map((n) => ` ${n.toLowerCase().replace(/[^\p{L}\p{M}]+/gu, " ")} `);
    const titles = POLITY_TITLES.filter((t) => words.some((w) => w.includes(` ${t} `)) || (actor.iso3 !== undefined && TITLE_HOLDERS.get(t)?.includes(actor.iso3)));
    if (titles.length > 0) actor.titles = titles;
  }
}

/** Whether a word of the text may stand for a word of a form, by the capitalisation rules. */
function wordMatches(formWord: string, textWord: Word): boolean {
  if (formWord.toLowerCase() !== textWord.lower) return false;
  const first = formWord[0]!;
  if (first === first.toLowerCase()) return true; // "the", "of": any case
  if (formWord.length >= 2 && formWord === formWord.toUpperCase()) return textWord.text === formWord; // NATO, US
  const t = textWord.text[0]!;
  return t !== t.toLowerCase(); // Turkey, not turkey
}

/**
 * A people-word's plural when the data gives only the singular ("New Zealander" → "New Zealanders",
 * "Filipino" → "Filipinos"): words ending in -an, -er, -i or -o take an "s" ("British", "Chinese",
 * "Swiss" have none).
 */
function withPlurals(demonyms: readonly string[]): string[] {
  const out = [...demonyms];
  for (const d of demonyms) if (/(an|er|i|o)$/.test(d) && !demonyms.includes(`${d}s`)) out.push(`${d}s`);
  return out;
}

/** Capitalised words that make a following people-word a region's ("South American", "Latin American", "Pan-African"). */
const REGION_WORDS: ReadonlySet<string> = new Set(["South", "North", "East", "West", "Central", "Latin", "Pan", "Sub", "Southern", "Northern", "Eastern", "Western"]);

/** Every actor mention in `text`, left to right, longest form first, no two overlapping. */
/** Combining forms of states' names, written before a hyphen ("Franco-German", "Sino-Indian", "Russo-Ukrainian"). */
const COMBINING_FORMS: ReadonlyMap<string, string> = new Map([
  ["Franco", "FRA"], ["Sino", "CHN"], ["Russo", "RUS"], ["Anglo", "GBR"], ["Italo", "ITA"], ["Turco", "TUR"], ["Nippo", "JPN"], ["Hispano", "ESP"], ["Luso", "PRT"], ["Greco", "GRC"], ["Germano", "DEU"],
]);
/** A group's nouns written between a people-word and the group's name ("the Lebanese movement Hezbollah"). */
const NAMED_GROUP_NOUNS: ReadonlySet<string> = new Set(["movement", "group", "militia", "organisation", "organization", "faction", "party"]);

/**
 * The people-word ending at `last` is followed by a group's noun (lower case, one space each side) and a
 * form of a known actor that is no state ("Lebanese movement Hezbollah"): the word describes that actor.
 */
function describesNamedGroup(text: string, words: Word[], last: number, gazetteer: Gazetteer): boolean {
  const noun = words[last + 1];
  const name = words[last + 2];
  if (!noun || !name || !NAMED_GROUP_NOUNS.has(noun.text) || text.slice(words[last]!.end, noun.start) !== " " || text.slice(noun.end, name.start) !== " ") return false;
  return (gazetteer.forms.get(name.lower) ?? []).some((f) => f.form === "name" && gazetteer.actors.get(f.actor)?.kind !== "state" && matchAt(text, words, last + 2, f) >= 0);
}

let stateWordsCache: ReadonlySet<string> | undefined;
/**
 * Every lower-cased word of a state's own forms, now or former: names, capitals and cities, people-words,
 * combining forms. A state's mention with none of these words is a name the text bound to it, as a
 * person's ("Kabila" for Congo, people.ts): see anaphora.ts `personRead`.
 */
export function stateWords(): ReadonlySet<string> {
  if (stateWordsCache) return stateWordsCache;
  const forms = [
    ...STATES.flatMap(([, , label, names, capitals, demonyms]) => [label, ...names, ...capitals, ...demonyms]),
    ...[...CITIES.values()].flat(),
    ...SHARED.map(([form]) => form),
    ...COMBINING_FORMS.keys(),
    ...FORMER_STATES.flatMap((f) => [f.label, ...f.names, ...f.metonyms, ...f.demonyms, ...(f.keptBy?.names ?? [])]),
    ...HISTORIC_STATES.flatMap((f) => [f.label, ...f.names, ...f.metonyms, ...f.demonyms]),
  ];
  stateWordsCache = new Set(forms.flatMap((f) => f.toLowerCase().match(WORD) ?? []));
  return stateWordsCache;
}
let stateNamesCache: ReadonlySet<string> | undefined;
/**
 * Whether `name` (case aside) is a state's own name in the world list, now or former ("United
 * States", "Portugal"): a dataset actor of another kind that took the name as an alias (the
 * default dataset's "EU/US" answers to "United States") is then named as that state.
 */
export function isStateName(name: string): boolean {
  stateNamesCache ??= new Set([...STATES.flatMap(([, , label, names]) => [label, ...names]), ...FORMER_STATES.flatMap((f) => [f.label, ...f.names])].map((n) => n.toLowerCase()));
  return stateNamesCache.has(name.toLowerCase());
}
const byIsoCache = new WeakMap<Gazetteer, Map<string, string>>();
/** The gazetteer's actor for a state's ISO code (the dataset's, when it has the state). */
export function stateByIso(gazetteer: Gazetteer, iso3: string): string | undefined {
  let map = byIsoCache.get(gazetteer);
  if (!map) {
    map = new Map();
    for (const a of gazetteer.actors.values()) if (a.iso3 && (!map.has(a.iso3) || a.inDataset)) map.set(a.iso3, a.id);
    byIsoCache.set(gazetteer, map);
  }
  return map.get(iso3);
}

/** Words after a place that make it the name of a treaty or a process ("Geneva Agreement", "Minsk format"). */
/** Words a language's adjective qualifies ("known by its French acronym", "the Spanish initials"): the language, no state. */
const LANGUAGE_ITEMS: ReadonlySet<string> = new Set(["acronym", "acronyms", "initials", "abbreviation", "abbreviations", "translation", "spelling", "transliteration"]);
/** Words joined by a hyphen after a place or people-word that tell a person's birth ("Ugandan-born"): no actor. */
const BIRTH_WORDS: ReadonlySet<string> = new Set(["born", "bred"]);
const NAMED_AFTER_PLACES: ReadonlySet<string> = new Set(["agreement", "agreements", "accord", "accords", "protocol", "protocols", "convention", "conventions", "declaration", "process", "format", "treaty", "framework", "memorandum", "communique", "consensus", "document", "statute"]);

export function findMentions(text: string, gazetteer: Gazetteer, words: Word[] = wordsOf(text)): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < words.length) {
    const options = gazetteer.forms.get(words[i]!.lower);
    let best: { form: Form; last: number } | undefined;
    let compound: { form: Form; last: number; participle: string } | undefined;
    for (const form of options ?? []) {
      const last = matchAt(text, words, i, form);
      if (last < 0 || (form.generic && describesAnother(text, words, i, last)) || (form.surname && insideAnotherName(text, words, i, gazetteer))) continue;
      best ??= { form, last };
      // "Moscow-led X": the name is a mention of its own even when a longer form starts with it.
      const next = words[last + 1];
      if (!compound && next && text.slice(words[last]!.end, next.start) === "-" && COMPOUND_PARTICIPLES.has(next.lower)) {
        compound = { form, last, participle: next.lower };
      }
    }
    const useCompound = compound !== undefined && (best === undefined || compound.form.actor !== best.form.actor || compound.last >= best.last);
    const chosen = useCompound ? compound! : best;
    // "a Franco-German initiative", "Sino-US talks": a state's combining form before a hyphen.
    const combining = !chosen && words[i + 1] && text.slice(words[i]!.end, words[i + 1]!.start) === "-" ? COMBINING_FORMS.get(words[i]!.text) : undefined;
    const combined = combining ? stateByIso(gazetteer, combining) : undefined;
    if (combined) mentions.push({ actor: combined, start: words[i]!.start, end: words[i]!.end, form: "demonym" });
    if (!chosen) {
      i++;
      continue;
    }
    // "South American states", "Latin American leaders": a region's people-word, not the state's.
    if (chosen.form.form === "demonym" && i > 0 && REGION_WORDS.has(words[i - 1]!.text) && /^[ -]$/.test(text.slice(words[i - 1]!.end, words[i]!.start))) {
      i = chosen.last + 1;
      continue;
    }
    // "the Inter-American Commission", "a Pan-African force", "Trans-Atlantic trade": a people-word after a
    // prefix of many lands is a region's, not the state's.
    if (chosen.form.form === "demonym" && afterRegionPrefix(text, words, i)) {
      i = chosen.last + 1;
      continue;
    }
    // "the Lebanese movement Hezbollah", "the Palestinian group Hamas": a people-word before a group's
    // noun and the group's own name describes the group, it names no party (the state is no actor there).
    if (chosen.form.form === "demonym" && describesNamedGroup(text, words, chosen.last, gazetteer)) {
      i = chosen.last + 1;
      continue;
    }
    // "known by its French acronym", "its Spanish initials": a language's adjective, not the state's.
    const item = words[chosen.last + 1];
    if (chosen.form.form === "demonym" && item && /^[ \t]+$/.test(text.slice(words[chosen.last]!.end, item.start)) && LANGUAGE_ITEMS.has(item.lower)) {
      i = chosen.last + 1;
      continue;
    }
    // "the Ugandan-born envoy", "a Paris-born banker": where a person was born describes the person, no actor.
    const after = words[chosen.last + 1];
    if (after && text.slice(words[chosen.last]!.end, after.start) === "-" && BIRTH_WORDS.has(after.lower)) {
      i = chosen.last + 2;
      continue;
    }
    // "the 1966 Geneva Agreement", "the Minsk agreements", "the Oslo Accords": a city names the treaty, not its state.
    if (chosen.form.form === "metonym" && after && text.slice(words[chosen.last]!.end, after.start) === " " && NAMED_AFTER_PLACES.has(after.lower)) {
      i = chosen.last + 1;
      continue;
    }
    // "the South China Sea", "the Indian Ocean", "the Sea of Japan": a place named after the state.
    const spaced = (a: number) => spacedApart(text, words[a]!, words[a + 1]);
    if ((after && spaced(chosen.last) && GEOGRAPHIC_HEADS.has(after.text)) || (i >= 2 && words[i - 1]!.lower === "of" && spaced(i - 2) && spaced(i - 1) && GEOGRAPHIC_HEADS.has(words[i - 2]!.text))) {
      i = chosen.last + 1;
      continue;
    }
    // "the Duke of Wellington", "the Marquess of Salisbury": a peer's title names a town, not the
    // state whose capital it is (a ruler's "King of Saxony" names a state, and a state is no metonym).
    if (chosen.form.form === "metonym" && i >= 2 && words[i - 1]!.lower === "of" && spaced(i - 2) && spaced(i - 1) && PEERAGE_TITLES.has(words[i - 2]!.lower)) {
      i = chosen.last + 1;
      continue;
    }
    const mention: Mention = { actor: chosen.form.actor, start: words[i]!.start, end: words[chosen.last]!.end, form: chosen.form.form };
    if (useCompound) mention.compound = compound!.participle;
    mentions.push(mention);
    i = useCompound ? chosen.last + 2 : chosen.last + 1;
  }
  return shortForFormer(text, beforeTheirState(text, mentions, gazetteer), gazetteer);
}

/** Titles of the peerage, whose "of" names a town or county ("the Duke of Wellington"). */
const PEERAGE_TITLES: ReadonlySet<string> = new Set(["duke", "duchess", "marquess", "marquis", "marchioness", "earl", "countess", "viscount", "viscountess", "baron", "baroness"]);

/**
 * "Estonia and Soviet Russia signed a peace treaty … Under the treaty, Russia recognises Estonia" (a
 * report of 1920): a report that names a state of its date by a longer name ending in a present
 * state's name shortens that name to the present state's, which did not exist then: "Russia" there
 * is Soviet Russia, not the Russia of 1991 (`shortOf`, set by `withFormerStates`). Only when the text
 * writes the longer name: a report of 1919 that never does may mean the Whites' Russia.
 */
function shortForFormer(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  const to = new Map<string, string>();
  for (const m of mentions) {
    if (m.form !== "name") continue;
    const surface = text.slice(m.start, m.end).toLowerCase();
    for (const a of gazetteer.actors.values()) if (a.shortOf?.actor === m.actor && a.shortOf.names.includes(surface)) to.set(a.id, m.actor);
  }
  return to.size === 0 ? mentions : mentions.map((m) => (m.form === "name" && to.has(m.actor) ? { ...m, actor: to.get(m.actor)! } : m));
}

/** The last words of a movement's armed force: no body its people-word speaks of (`beforeTheirState`). */
const MOVEMENT_FORCE_HEADS: ReadonlySet<string> = new Set(["army", "force", "forces", "guard", "brigade", "brigades", "militia"]);

/**
 * A people-word of a state not yet proclaimed on the text's date (`notYet`) speaks of the movement
 * that sought the state: "Palestinian leaders accused Baghdad" in 1970 is the Palestine Liberation
 * Organisation, which the report names, not the State of Palestine of 1988. It stands for the one
 * body (no state) the text names whose name opens with the state's name or one of the people-words
 * the text writes ("Palestine Liberation Organisation", "Eritrean People's Liberation Front"); "the
 * Popular Front for the Liberation of Palestine" is a group of the movement, not the movement. With
 * no such body, or two, the people-word keeps its state.
 */
function beforeTheirState(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  const early = new Set(mentions.filter((m) => m.form === "demonym" && gazetteer.actors.get(m.actor)?.notYet).map((m) => m.actor));
  if (early.size === 0) return mentions;
  const movementOf = new Map<string, string>();
  for (const state of early) {
    const opening = new Set([gazetteer.actors.get(state)!.label, ...mentions.filter((m) => m.actor === state).map((m) => text.slice(m.start, m.end).replace(/s$/u, ""))].map((w) => w.toLowerCase()));
    // Not its armed force, which the text names as such ("the Palestine Liberation Army, the PLO's regular force").
    const opens = (name: string) => [...opening].some((w) => name.toLowerCase().replace(/^the\s+/u, "").startsWith(`${w} `)) && !MOVEMENT_FORCE_HEADS.has(name.toLowerCase().split(/\s+/u).at(-1)!);
    const bodies = new Set(
      mentions
        .filter((m) => m.form === "name")
        .map((m) => gazetteer.actors.get(m.actor))
        .filter((a): a is GazetteerActor => a !== undefined && a.kind !== "state" && a.kind !== "person" && [a.label, ...(a.aliases ?? [])].some(opens))
        .map((a) => a.id),
    );
    if (bodies.size === 1) movementOf.set(state, [...bodies][0]!);
  }
  return movementOf.size === 0 ? mentions : mentions.map((m) => (m.form === "demonym" && movementOf.has(m.actor) ? { ...m, actor: movementOf.get(m.actor)! } : m));
}

/** Words before a description that make it another's ("its army", "whose military", "a junta"). */
const OWNER_WORDS: ReadonlySet<string> = new Set(["s", "its", "his", "her", "their", "whose", "our", "your", "my", "own", "a", "an", "another", "other", "any", "every", "each", "no"]);

/**
 * Whether a description matched at words i..last ("army", "the military") is another actor's here:
 * a capitalised word right before it ("Russian army", "Burhan's"), a possessive or an owner word
 * ("Egypt's army", "whose military", "a junta"), or "of" right after it ("the army of Chad").
 */
function describesAnother(text: string, words: readonly Word[], i: number, last: number): boolean {
  const prev = words[i - 1];
  const next = words[last + 1];
  if (next?.lower === "of" && /^\s+$/.test(text.slice(words[last]!.end, next.start))) return true;
  if (!prev || words[i]!.lower === "the") return false;
  const between = text.slice(prev.end, words[i]!.start);
  if (!/^[ \t]+$/.test(between)) return false;
  return /^\p{Lu}/u.test(prev.text) || OWNER_WORDS.has(prev.lower);
}

/** Index of the last word of `form` matched at word `i`, or -1. */
function matchAt(text: string, words: Word[], i: number, form: Form): number {
  for (let k = 0; k < form.words.length; k++) {
    const w = words[i + k];
    if (!w || !wordMatches(form.words[k]!, w)) return -1;
    if (k > 0) {
      const sep = separator(text.slice(words[i + k - 1]!.end, w.start));
      const want = form.separators[k - 1]!;
      if (sep !== want) return -1;
    }
  }
  // "U.S." is the words U and S joined by a dot; the final dot is punctuation and not needed.
  return i + form.words.length - 1;
}

/**
 * Whether the surname at word `i` ends another person's full name: a capitalised word right before
 * it, across a space, that is no title or honorific ("King", "President", "Mr") and no actor's form
 * ("Saddam Hussein" is not "King Hussein", though both are "Hussein"; "King Hussein", "Jordanian
 * Hussein" are). A person's surname is shared by others; their given name tells them apart.
 */
function insideAnotherName(text: string, words: Word[], i: number, gazetteer: Gazetteer): boolean {
  const before = words[i - 1];
  if (!before || !/^[ \t]+$/.test(text.slice(before.end, words[i]!.start)) || !/^\p{Lu}/u.test(before.text)) return false;
  const lower = before.lower.replace(/\.$/u, "");
  if (TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || HONORIFICS.has(lower) || OTHER_TITLES.has(lower)) return false;
  // "In August Aoun's soldiers …", "But Aoun said …": a month, a day or a word that opens a sentence is no given name.
  if (TIME_WORDS.has(lower) || CAPITALISED_OPENERS.has(lower)) return false;
  return !gazetteer.forms.has(before.lower);
}

/** Prefixes that join a people-word into a region's word ("Inter-American", "Pan-African", "Trans-Atlantic"). */
const REGION_PREFIXES: ReadonlySet<string> = new Set(["inter", "pan", "trans", "intra"]);
const afterRegionPrefix = (text: string, words: Word[], i: number): boolean =>
  i > 0 && text.slice(words[i - 1]!.end, words[i]!.start) === "-" && REGION_PREFIXES.has(words[i - 1]!.lower);

/** Words capitalised only because they open a sentence ("In", "But", "When"): none is a given name. */
const CAPITALISED_OPENERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "in", "on", "at", "as", "but", "and", "or", "when", "after", "before", "since", "while", "if", "then", "for", "with",
  "yet", "so", "by", "from", "under", "to", "of", "that", "this", "there", "here", "now", "later", "meanwhile", "yesterday", "today", "until",
]);

/** A name the text introduces itself, and the forms it is called by there. */
export interface LearnedName {
  actor: GazetteerActor;
  /** The full name and, when the text gives one, its acronym. */
  forms: string[];
  /** Those of `forms` that are a person's one name after an office ("Hussein" of "King Hussein"): not matched inside another person's full name. */
  surnames?: readonly string[];
}

const isCapitalised = (w: Word) => /^[\p{Lu}\p{N}]/u.test(w.text);

/** A name written as the gold convention writes a learned actor's id: upper case, only letters and digits ("Srpska Lista" → SRPSKALISTA). */
export const squashName = (name: string): string => name.toUpperCase().replace(/[^\p{L}\p{N}]/gu, "");
const isConnector = (w: Word) => NAME_CONNECTORS.has(w.lower);

/**
 * Names a text introduces itself, which the gazetteer lacks: a capitalised name followed by its
 * acronym in parentheses ("the Coordination of Azawad Movements (CMA)"), a capitalised name after
 * "known as" / "called" / "dubbed" ("a militia known as the Rapid Support Forces"), and a run of
 * capitalised words whose first or last word is a body's or an armed group's head word ("the Arakan
 * Army", "the Front for the Liberation of …", data/names.ts) with no known actor inside it. Each is
 * a new actor (kind from its head word; id its acronym, else its initials), or, when the name is
 * one the gazetteer knows, its acronym becomes another form of that actor.
 */
export function learnNames(text: string, gazetteer: Gazetteer, words: Word[] = wordsOf(text)): LearnedName[] {
  const learned = new Map<string, LearnedName>();
  const ids = new Set(gazetteer.actors.keys());
  // The words the text writes in capitals ("GNA"): an acronym the text uses without introducing it.
  let upper: Set<string> | undefined;
  const upperWords = () => (upper ??= new Set(words.filter((w) => w.text.length >= 2 && w.text === w.text.toUpperCase() && /\p{Lu}/u.test(w.text)).map((w) => w.text)));
  // Words i..j joined as a name may be: spaces or hyphens between them, within one line.
  const joined = (i: number) => {
    const between = text.slice(words[i]!.end, words[i + 1]!.start);
    return between === "-" || /^[ \t]+$/.test(between) || (/^['’]$/.test(between) && words[i + 1]!.lower === "s" && knownAt(i, i) === undefined) || pluralPossessive(i) || apostropheInside(i + 1);
  };
  // A plural's possessive inside a name, its apostrophe alone ("the Workers' Party", "the Refugees' Welfare
  // Association"): a capitalised word in "s" and a capitalised word after it, the first no known actor's
  // ("the Kurds' Democratic Union" is the Kurds').
  const pluralPossessive = (i: number) =>
    /^['’][ \t]+$/.test(text.slice(words[i]!.end, words[i + 1]!.start)) && /^\p{Lu}\p{Ll}*s$/u.test(words[i]!.text) && /^\p{Lu}/u.test(words[i + 1]!.text) && knownAt(i, i) === undefined;
  // The rest of a capitalised word an apostrophe splits ("Ta'ang", "Kata'ib", "Sant'Egidio", "O'Brien"): not a possessive's "s".
  const apostropheInside = (k: number) =>
    k > 0 && /^['’]$/.test(text.slice(words[k - 1]!.end, words[k]!.start)) && words[k]!.lower !== "s" && /^\p{L}\p{Ll}+$/u.test(words[k]!.text) && isCapitalised(words[k - 1]!);
  // A word that may continue a name: capitalised, a connector, or the "s" of a possessive inside it ("People's").
  // Not after a known actor's name: "Sudan's Rapid Support Forces" is Sudan's, and the name starts after it.
  const inName = (k: number) =>
    isCapitalised(words[k]!) ||
    apostropheInside(k) ||
    isConnector(words[k]!) ||
    hyphenated(k) ||
    (words[k]!.lower === "s" && k > 0 && /^['’]$/.test(text.slice(words[k - 1]!.end, words[k]!.start)) && knownAt(k - 1, k - 1) === undefined && !headAlone(k - 1));
  /**
   * Words `a`..`b` open with a document's word before their first "of" ("Final Act of the Congress"):
   * the document, no body; unless they end in an armed body's or a party's head word ("the
   * Declaration of Freedom and Change Forces" is a coalition named after its declaration).
   */
  const namesDocument = (a: number, b: number): boolean => {
    const last = words[b]!.lower;
    if (NAME_HEADS.get(last) === "non-state" || last === "party") return false;
    const of = words.slice(a, b + 1).findIndex((w) => w.lower === "of");
    return of > 0 && DOCUMENT_HEADS.has(words[a + of - 1]!.lower);
  };
  // "the League's Assembly", "the Front's Political Bureau": a head word alone after "the" is a body
  // named before by its head (anaphora.ts), and what it owns is no name that holds it.
  const headAlone = (k: number) => NAME_HEADS.has(words[k]!.lower) && k > 0 && words[k - 1]!.lower === "the";
  // A small word joined by a hyphen to a capitalised one is the rest of that word ("Co-operation"),
  // not a participle that makes it a modifier ("Moscow-led", "Iranian-backed", "Russian-speaking").
  const hyphenated = (k: number) =>
    k > 0 && text.slice(words[k - 1]!.end, words[k]!.start) === "-" && isCapitalised(words[k - 1]!) && /^\p{Ll}+$/u.test(words[k]!.text) && !COMPOUND_PARTICIPLES.has(words[k]!.lower) && !/(?:ed|ing)$/.test(words[k]!.lower);
  // The last capitalised word that hyphens alone join to word `k` ("Movement-in-Opposition": "Opposition"), within `last`; else `k`.
  const hyphenTail = (k: number, last: number): number => {
    let end = k;
    for (let n = k; n < last && text.slice(words[n]!.end, words[n + 1]!.start) === "-"; n++) if (isCapitalised(words[n + 1]!)) end = n + 1;
    return end;
  };
  const knownAt = (i: number, last: number): { actor: string; last: number } | undefined => {
    for (const form of gazetteer.forms.get(words[i]!.lower) ?? []) {
      if (form.form === "demonym" && afterRegionPrefix(text, words, i)) continue;
      const end = matchAt(text, words, i, form);
      if (end >= 0 && end <= last) return { actor: form.actor, last: end };
    }
    return undefined;
  };
  const trim = (i: number, j: number): [number, number] => {
    // "Kanu Ndoto in May", "the Front on Monday", "joined the League in 1934": a date (a month, a day,
    // a year) after a connector ends the name before it.
    for (let k = i + 1; k < j; k++) if (DATE_CONNECTORS.has(words[k]!.lower) && (TIME_WORDS.has(words[k + 1]!.lower) || YEAR.test(words[k + 1]!.text))) j = k - 1;
    // "In November the League's Assembly", "On Monday the Council": a month or a day right before an
    // article opens a clause, not the name after it.
    for (let k = i; k < j; k++) if (TIME_WORDS.has(words[k]!.lower) && ARTICLES.has(words[k + 1]!.lower)) i = k + 1;
    // "Since November 18 League members …": a month and its day's number, no article before them, is
    // a date, and the name (if any) starts after it; "the March 23 Movement" is a name.
    for (let k = i; k + 1 < j; k++) if (MONTHS.has(words[k]!.lower) && /^\d{1,2}$/.test(words[k + 1]!.text) && !ARTICLES.has(words[k - 1]?.lower ?? "")) i = k + 2;
    // … and an article opening it ("A U.N. Transition Assistance Group (UNTAG)" opens a sentence),
    // or a possessive's "s" whose owner is no name ("the president's National … Movement (NRM)").
    const possessiveS = (k: number) => k > 0 && words[k]!.lower === "s" && /^['’]$/.test(text.slice(words[k - 1]!.end, words[k]!.start));
    while (i <= j && (isConnector(words[i]!) || (i < j && (ARTICLES.has(words[i]!.lower) || possessiveS(i))))) i++;
    while (j >= i && isConnector(words[j]!)) j--;
    return [i, j];
  };
  const capitals = (i: number, j: number) => words.slice(i, j + 1).filter((w) => isCapitalised(w) && !isConnector(w)).length;
  // Words a..b written again elsewhere with the first inside a sentence ("… loyalists in Kikosi Maalum"):
  // a sentence's opening word there is the name's own, not the sentence's ("Yesterday").
  const writtenMidSentence = (a: number, b: number): boolean =>
    words.some((w, k) => k !== a && w.text === words[a]!.text && !sentenceStart(text, words, k) && words.slice(a + 1, b + 1).every((x, n) => words[k + 1 + n]?.text === x.text && joined(k + n)));
  // Word `k` of a run from `i`, before an article, ends a name there: "to" ("the lender Rosselkhozbank
  // to the SWIFT network"), or "in", "on", "at" after a state's name alone ("a partner of Luanda in the
  // Southern African Development Community (SADC)"; not "al-Qaeda in the Arabian Peninsula").
  const placeCut = (i: number, k: number): boolean => {
    if (!ARTICLES.has(words[k + 1]?.lower ?? "")) return false;
    if (words[k]!.lower === "to") return k > i;
    if (!PLACE_CUT_WORDS.has(words[k]!.lower) || k === i) return false;
    const known = knownAt(i, k - 1);
    return known !== undefined && known.last === k - 1 && gazetteer.actors.get(known.actor)?.kind === "state";
  };
  const headKind = (i: number, j: number, before = ""): ActorKind =>
    NAME_HEADS.get(words[j]!.lower) ?? NAME_HEADS.get(words[i]!.lower) ?? words.slice(i, j + 1).map((w) => NAME_HEADS.get(w.lower)).find((k) => k !== undefined) ?? [...before.toLowerCase().matchAll(/\p{L}+/gu)].map((m) => NAME_HEADS.get(m[0])).findLast((k) => k !== undefined) ?? DEFAULT_NAME_KIND;
  // "the U.N. Transition Assistance Group", "an AU Observer Force": a known organization's name inside
  // a group's or a force's makes it that organization's organ, no armed group (whom "the rebels" may mean).
  const kindOf = (i: number, j: number, before = ""): ActorKind => {
    const kind = headKind(i, j, before);
    if (kind !== "non-state") return kind;
    for (let k = i; k < j; k++) {
      const known = knownAt(k, j - 1);
      if (known && ORGAN_OWNER_KINDS.has(gazetteer.actors.get(known.actor)?.kind ?? "")) return "organization";
    }
    return kind;
  };
  // "the self-styled …", "the breakaway …": within the three words before word `i`.
  const nonStateBefore = (i: number): boolean => {
    const before = text.slice(words[Math.max(0, i - 3)]!.start, words[i]!.start).toLowerCase();
    return i > 0 && NON_STATE_BEFORE.test(before);
  };
  // A name learned above, written again ("… the Front for Change and Concord in Chad attacked").
  // A form's words, split once (learnedAt runs at every word of the text, over every name learned).
  const formWords = new Map<string, Word[]>();
  const wordsOfForm = (form: string): Word[] => {
    let fw = formWords.get(form);
    if (!fw) formWords.set(form, (fw = wordsOf(form)));
    return fw;
  };
  const learnedAt = (i: number, last: number): { actor: string; last: number } | undefined => {
    for (const name of learned.values()) {
      for (const form of name.forms) {
        const fw = wordsOfForm(form);
        const end = i + fw.length - 1;
        if (end <= last && fw.every((w, n) => words[i + n]!.text === w.text)) return { actor: name.actor.id, last: end };
      }
    }
    return undefined;
  };
  /** The known body whose possessive opens the organ at words a..b ("UNESCO's World Heritage Committee"), or undefined. */
  const organOwner = (a: number, b: number): string | undefined => {
    if (a < 2 || !ORGAN_HEADS.has(words[b]!.lower) || words[a - 1]!.lower !== "s" || !/^['’]$/.test(text.slice(words[a - 2]!.end, words[a - 1]!.start))) return undefined;
    for (let k = Math.max(0, a - 5); k <= a - 2; k++) {
      const owner = knownAt(k, a - 2);
      if (owner?.last === a - 2 && ORGAN_OWNER_KINDS.has(gazetteer.actors.get(owner.actor)?.kind ?? "")) return owner.actor;
    }
    return undefined;
  };
  // Names the text gives to a state's armed forces it describes by a common noun ("The military, known as …").
  const namedArmies = new Set<LearnedName>();
  // Names the text gives to an armed group it describes by a common noun ("The insurgents call themselves …").
  const groupNamed = new Set<LearnedName>();
  // Names the text introduces as the opposition ("the opposition Unitary Platform", "X, the main opposition alliance").
  const oppositionNamed = new Set<LearnedName>();
  const OPPOSITION = /\bopposition\b/iu;
  // Words already inside a learned name: a shorter run within it is not another name.
  const covered = new Set<number>();
  const remember = (i: number, j: number, acronym: string | undefined, kind: ActorKind, also: readonly string[] = []) => {
    for (let k = i; k <= j; k++) covered.add(k);
    const label = text.slice(words[i]!.start, words[j]!.end);
    const known = knownAt(i, j);
    if (known && known.last === j) {
      // A name the gazetteer knows: its acronym here is one more form of it.
      if (acronym || also.length > 0) learned.set(`${known.actor}|${acronym ?? also[0]}`, { actor: gazetteer.actors.get(known.actor)!, forms: [...(acronym ? [acronym] : []), ...also] });
      return;
    }
    rememberAs(label, words.slice(i, j + 1), kind, acronym, also);
  };
  /** A new actor called `label`, its id `acronym` or else from `nameWords`' initials, found by `label`, its acronym and `also`. */
  const rememberAs = (label: string, nameWords: readonly Word[], kind: ActorKind, acronym: string | undefined, also: readonly string[] = [], within = text): LearnedName => {
    const key = label.toLowerCase();
    const existing = learned.get(key);
    if (existing) {
      for (const f of [...(acronym ? [acronym] : []), ...also]) if (!existing.forms.includes(f)) existing.forms.push(f);
      return existing;
    }
    // The id, by the gold convention (tests/fixtures/suggest/README.md): the acronym the text gives in
    // parentheses or uses ("… (CMA)"; "GNA" written anywhere as a word for "Government of National
    // Accord"), otherwise the name as written, squashed ("Srpska Lista": SRPSKALISTA). The "s" of a
    // possessive inside the name ("People's") is no initial: TPLF, not TPSLF.
    const initials = nameWords.filter((w) => !isConnector(w) && !(w.lower === "s" && /['’]$/.test(within.slice(w.start - 1, w.start)))).map((w) => w.text[0]!.toUpperCase()).join("");
    const used = acronym ?? (nameWords.length > 1 && initials.length >= 2 && upperWords().has(initials) ? initials : undefined);
    // An acronym with a hyphen ("SPLM-IO") is squashed like a name: SPLMIO (the form keeps the hyphen).
    const base = squashName(used ?? label);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    const name: LearnedName = { actor: { id, label, kind, inDataset: false, ownName: true }, forms: [label, ...(used ? [used] : []), ...also] };
    learned.set(key, name);
    return name;
  };

  // "four guerrilla groups: the Guerrilla Army of the Poor (EGP), the Rebel Armed Forces (FAR) … and the
  // Guatemalan Party of Labour (PGT)": a name listed next to another name with its acronym in
  // parentheses, the acronym at `start`..`end` is its own, whatever its letters (another language's).
  const listedWithAcronyms = (start: number, end: number) =>
    LISTED_ACRONYM_AFTER.test(text.slice(end, end + 120)) || LISTED_ACRONYM_BEFORE.test(text.slice(Math.max(0, start - 120), start));
  // Whether the text writes `acronym` as a word of its own, outside the parentheses at `at`.
  const usedAlone = (acronym: string, at: number) => words.some((w) => w.text === acronym && w.start !== at + 1);
  // "Name (ACR)": the acronym's letters are initials of the name's words.
  // "Orange Democratic Movement-Kenya (ODM-Kenya)": an acronym may carry a word after a hyphen, as the name does.
  // An acronym of another language may keep a small word's letter in lower case between capitals
  // ("the Movement for Democracy (MpD)", "the People of Freedom (PdL)").
  for (const m of text.matchAll(/\(([\p{Lu}](?:[\p{Lu}\p{N}&-]|\p{Ll}(?=\p{Lu})){1,9}(?:-\p{Lu}\p{Ll}+)?)\)/gu)) {
    const acronym = m[1]!;
    let j = words.findLastIndex((w) => w.end <= m.index);
    if (j < 0 || !/^\s*$/.test(text.slice(words[j]!.end, m.index))) continue;
    let i = j;
    // "the U.N. Protection Force (UNPROFOR)": a single capital and its full stop stay inside the name.
    const abbreviated = (k: number) => /^\p{Lu}$/u.test(words[k]!.text) && /^\.[ \t]?$/.test(text.slice(words[k]!.end, words[k + 1]!.start));
    while (i > 0 && j - i + 1 < MAX_ACRONYM_NAME_WORDS && (joined(i - 1) || abbreviated(i - 1)) && inName(i - 1)) i--;
    [i, j] = trim(i, j);
    // "Meanwhile the Coordination of … (CCM)": a word before an article is not part of the name
    // (walking back over connectors reached the sentence's first word); "and" too ("the Communist
    // Party of El Salvador and the Revolutionary Party of … (PRTC)": two names).
    for (let k = i; k < j; k++) if (ARTICLES.has(words[k + 1]!.lower) && (!isConnector(words[k]!) || words[k]!.lower === "and" || placeCut(i, k))) [i, j] = trim(k + 2, j);
    // "Odinga's Orange Democratic Movement (ODM)": a possessive opening the run is its owner's, not
    // the name's, when the acronym is the initials of the words after it (not "Lord's Resistance Army (LRA)").
    // So too a longer owner, a person with an office ("former President Henri Konan Bedie's Democratic
    // Party of … (PDCI)"), and an acronym in another language that fits the words after the possessive
    // but not the whole run ("Alassane Ouattara's Rally of the Republicans (RDR)").
    let owner: string | undefined;
    const possessive = words.findLastIndex((w, k) => k > i && k < j - 1 && w.lower === "s" && /^['’]$/.test(text.slice(words[k - 1]!.end, w.start)));
    if (possessive > i) {
      const rest = words.slice(possessive + 1, j + 1);
      const whole = words.slice(i, j + 1);
      // A name of two words or more before the possessive (not "People's" opening "the People's Democratic Party").
      const ownerNamed = possessive - i >= 2 || knownAt(i, possessive - 2)?.last === possessive - 2;
      const fitsRest = exactInitials(acronym, rest) || (ownerNamed && !exactInitials(acronym, whole) && capitals(possessive + 1, j) >= 2 && acronymFits(acronym, rest));
      if (fitsRest) {
        for (let k = i; k < possessive - 1 && owner === undefined; k++) if (knownAt(k, possessive - 1)?.last === possessive - 1) owner = knownAt(k, possessive - 1)!.actor;
        i = possessive + 1;
      }
    }
    if (i > j || capitals(i, j) < 2) continue;
    // "The Minsk Group of the Organization for Security … (OSCE)", "the Andean Committee of the
    // League of States (LOS)": a body's head word, then "of the" and words whose initials are the
    // acronym (or a known body's name) are two names, the acronym's and the body within it, whose
    // name may start with a city's ("Minsk" is no state's here).
    for (let k = i + 1; k + 2 <= j; k++) {
      if (words[k]!.lower !== "of" || !ARTICLES.has(words[k + 1]!.lower) || !BODY_TAIL_HEADS.has(words[k - 1]!.lower) || !isCapitalised(words[k - 1]!)) continue;
      if (!exactInitials(acronym, words.slice(k + 2, j + 1)) && knownAt(k + 2, j)?.last !== j) continue;
      if (capitals(i, k - 1) >= 2 && !covered.has(i)) remember(i, k - 1, undefined, "organization");
      i = k + 2;
      break;
    }
    // "the mission in Chechnya of the Organization for Security and Cooperation in Europe (OSCE)": the
    // acronym is exactly the initials of the words after "of the" and not of the whole run, so the
    // name is theirs; the place before is no part of it (it was offered to the curator as "Chechnya of
    // the Organization …"). Not "the Movement for the Liberation of the Andes (MLA)", whose acronym
    // takes in the words before.
    // A person's name before "of the" ("Arben Xhaferi of the Democratic Party of Albanians (DPA)")
    // speaks for the body: the name and the surname are forms of it, as the whole run was before.
    let speakers: string[] = [];
    if (!exactInitials(acronym, words.slice(i, j + 1))) {
      for (let k = i + 1; k + 2 <= j; k++) {
        if (words[k]!.lower !== "of" || !ARTICLES.has(words[k + 1]!.lower) || !exactInitials(acronym, words.slice(k + 2, j + 1))) continue;
        const before = words.slice(i, k);
        if (before.length >= 2 && before.length <= MAX_PERSON_WORDS && before.every(isCapitalised) && isGivenName(before[0]!.text)) speakers = [text.slice(before[0]!.start, before.at(-1)!.end), before.at(-1)!.text];
        // Nor is what came before a name of its own ("Leaders of the …" opening a sentence).
        for (let q = i; q < k + 2; q++) covered.add(q);
        i = k + 2;
        break;
      }
    }
    // "Somalia's Transitional Federal Government (TFG)": a state's own government named after its
    // possessive is that state here (its name and acronym are forms of it), not an actor apart.
    if (owner === undefined && i >= 2 && words[i - 1]!.lower === "s" && /^['’]$/.test(text.slice(words[i - 2]!.end, words[i - 1]!.start)) && joined(i - 1)) {
      for (let k = Math.max(0, i - 4); k <= i - 2 && owner === undefined; k++) if (knownAt(k, i - 2)?.last === i - 2) owner = knownAt(k, i - 2)!.actor;
    }
    // Not when the text names a rival camp of the same state ("Libya's Government of National Accord"
    // and "the Libyan National Army"): each camp is then a party of its own.
    const rivalOf = (state: string) =>
      words.some((_, k) => (k < i - 2 || k > j) && knownAt(k, k)?.actor === state && rivalHead(k));
    const rivalHead = (k: number) => {
      for (let n = k + 1; n < words.length && n <= k + MAX_NAME_WORDS && joined(n - 1) && (isCapitalised(words[n]!) || words[n]!.lower === "s" || isConnector(words[n]!)); n++) if (RIVAL_CAMP_HEADS.has(words[n]!.lower)) return true;
      return false;
    };
    if (owner !== undefined && gazetteer.actors.get(owner)?.kind === "state" && STATE_GOVERNMENT_HEADS.has(words[j]!.lower) && acronymFits(acronym, words.slice(i, j + 1)) && !rivalOf(owner)) {
      for (let k = i; k <= j; k++) covered.add(k);
      learned.set(`${owner}|${acronym}`, { actor: gazetteer.actors.get(owner)!, forms: [acronym, text.slice(words[i]!.start, words[j]!.end)] });
      continue;
    }
    // "Petróleos de Venezuela (PDVSA), the state oil company …": a description of a body right after the
    // acronym says the words before it are that body's name, whatever the acronym's letters.
    const described = ACRONYM_DESCRIBED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)) && capitals(i, j) >= 2 && !gazetteer.forms.has(acronym.toLowerCase());
    if (!described && !acronymFits(acronym, words.slice(i, j + 1)) && !translatedAcronym(acronym, words.slice(i, j + 1), (usedAlone(acronym, m.index) || acronym.length >= WRITTEN_ONCE_ACRONYM || listedWithAcronyms(m.index, m.index + m[0].length)) && !gazetteer.forms.has(acronym.toLowerCase()))) continue;
    remember(i, j, acronym, kindOf(i, j), speakers);
  }

  // "the UN mission in Congo (MONUC)", "the African Union force in Somalia (AMISOM)": an acronym
  // after a known body's mission or force described in lower case, and the place it serves, names
  // that mission (its letters are often another language's). Its id is the acronym; the description
  // is a form of it, so the body and the place inside it are the mission here, not parties of their own.
  for (const m of text.matchAll(/\(([\p{Lu}][\p{Lu}\p{N}&-]{2,9})\)/gu)) {
    const acronym = m[1]!;
    const j = words.findLastIndex((w) => w.end <= m.index);
    if (j < 0 || !/^[ \t]*$/.test(text.slice(words[j]!.end, m.index)) || covered.has(j) || gazetteer.forms.has(acronym.toLowerCase())) continue;
    // The place: capitalised words (connectors inside) back to "in", "to", "for" or "on".
    let p = j;
    while (p > 0 && joined(p - 1) && (isCapitalised(words[p - 1]!) || (isConnector(words[p - 1]!) && !MISSION_PLACE_WORDS.has(words[p - 1]!.lower)))) p--;
    if (!isCapitalised(words[p]!) || p < 3 || !MISSION_PLACE_WORDS.has(words[p - 1]!.lower) || !joined(p - 2)) continue;
    // The mission's noun, lower-case modifiers before it ("peacekeeping", "stabilisation"), and the body.
    let h = p - 2;
    if (!MISSION_NOUNS.has(words[h]!.text)) continue;
    while (h > 0 && joined(h - 1) && MISSION_MODIFIERS.has(words[h - 1]!.text)) h--;
    const body = h > 0 && joined(h - 1) ? words.findLastIndex((w, n) => n < h && knownAt(n, h - 1)?.last === h - 1) : -1;
    const bodyKind = body >= 0 ? gazetteer.actors.get(knownAt(body, h - 1)!.actor)?.kind : undefined;
    if (body < 0 || bodyKind === undefined || !BODY_KINDS_OF_MISSIONS.has(bodyKind)) continue;
    const label = text.slice(words[body]!.start, words[j]!.end);
    for (let k = body; k <= j; k++) covered.add(k);
    rememberAs(acronym, [], "organization", undefined, [label]);
  }

  // "the Communist Party of Nepal (Maoist)": capitalised words in parentheses that are no acronym,
  // right after a name with a head word, are part of that name (which one of the kind the text
  // means), and the id is the whole name squashed; ", or UML" right after it is its acronym.
  for (const m of text.matchAll(/\((\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3})\)/gu)) {
    const end = m.index + m[0].length;
    let j = words.findLastIndex((w) => w.end <= m.index);
    if (j < 0 || !/^[ \t]+$/.test(text.slice(words[j]!.end, m.index))) continue;
    const qualifier = words.filter((w) => w.start > m.index && w.end < end);
    // … nor a name of its own, a translation of the name before it ("the Forces Nouvelles (New
    // Forces)": a head word among several), which is then no actor either.
    if (qualifier.length > 1 && qualifier.some((w) => NAME_HEADS.has(w.lower))) {
      for (const w of qualifier) covered.add(words.indexOf(w));
      continue;
    }
    if (qualifier.some((w, n) => TIME_WORDS.has(w.lower) || (gazetteer.forms.get(w.lower) ?? []).some((f) => matchAt(text, words, words.indexOf(w), f) >= 0) || (n === 0 && NAME_HEADS.has(w.lower)))) continue;
    let i = j;
    while (i > 0 && j - i + 1 < MAX_NAME_WORDS && joined(i - 1) && inName(i - 1)) i--;
    [i, j] = trim(i, j);
    // A word before an article, "and" too ("Koirala's Nepali Congress and the Communist Party …"), is not part of the name.
    for (let k = i; k < j; k++) if (ARTICLES.has(words[k + 1]!.lower) && (!isConnector(words[k]!) || words[k]!.lower === "and")) [i, j] = trim(k + 2, j);
    if (i > j || capitals(i, j) < 2 || covered.has(i) || !words.slice(i, j + 1).some((w) => NAME_HEADS.has(w.lower))) continue;
    const nameWords = [...words.slice(i, j + 1), ...qualifier];
    const or = /^,?[ \t]+or[ \t]+(\p{Lu}[\p{Lu}\p{N}&-]{1,9})(?![\p{L}\p{N}])/u.exec(text.slice(end));
    const acronym = or && acronymFits(or[1]!, nameWords) ? or[1]! : undefined;
    for (let k = i; k <= j; k++) covered.add(k);
    for (const w of qualifier) covered.add(words.indexOf(w));
    // "the Communist Party of Peru (Maoist)" is also "the Maoists" and "the Maoist rebels": a one-word
    // qualifier, plural or before a word for insurgents, names the party it qualifies.
    const also = qualifier.length === 1 ? [`${qualifier[0]!.text}s`, ...GROUP_COMMON_NOUNS.map((n) => `${qualifier[0]!.text} ${n}`)] : [];
    rememberAs(text.slice(words[i]!.start, end), nameWords, kindOf(i, j), acronym, also);
  }

  // "the Arakan Army", "the Coordination of Azawad Movements": a head word first or last; a known
  // actor splits the run ("Chad and the Rapid Support Forces"), and a run right after one is its
  // modifier ("Sudanese Armed Forces"); a word opening a sentence is left out ("Rebels of the …").
  const lineIsTitle = titleLines(text, words);
  // A "Centre" that is a place ("the … Convention Centre"), or a party's name before its lower-case
  // head ("his Democratic Centre party", read below): no body's name here.
  const venue = (a: number, b: number): boolean =>
    CENTRE_HEADS.has(words[b]!.lower) && (words.slice(a, b).some((w) => CENTRE_VENUE_WORDS.has(w.lower)) || (b + 1 < words.length && LOWER_HEADS.has(words[b + 1]!.text) && joined(b)));
  const ends = new Map<number, LearnedName>();
  // A city's name (a state's metonym, not its name) at word `k` to `last`, right before a capitalised head word of a body of states.
  const cityBefore = (k: number, last: number): boolean =>
    last + 1 < words.length && joined(last) && isCapitalised(words[last + 1]!) && CITY_BODY_HEADS.has(words[last + 1]!.lower) && (gazetteer.forms.get(words[k]!.lower) ?? []).some((f) => f.form === "metonym" && matchAt(text, words, k, f) === last);
  // The head words such a city's name opens.
  const cityBodies = new Set<number>();
  // The own forces of known bodies learned below ("the United Nations Command"), by the owner's id and the words after its name.
  const ownForces = new Map<string, LearnedName>();
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i]!) || lineIsTitle(i)) continue;
    let j = i;
    // A dotted acronym the gazetteer knows ("U.N.", "U.S.") is one word of the run, whose dots join no words.
    const dotted = (k: number) => {
      const known = /^\./.test(text.slice(words[k]!.end, words[k + 1]?.start ?? words[k]!.end)) ? knownAt(k, words.length - 1) : undefined;
      return known && known.last > k && words.slice(k, known.last).every((_, n) => /^\.$/.test(text.slice(words[k + n]!.end, words[k + n + 1]!.start))) ? known.last : -1;
    };
    for (;;) {
      const d = j + 1 < words.length && j - i + 1 < MAX_NAME_WORDS ? dotted(j) : -1;
      if (d > j) {
        j = d;
        // … its last dot then a space before the run's next capitalised word ("the U.N. Command").
        if (j + 1 < words.length && /^\.[ \t]+$/.test(text.slice(words[j]!.end, words[j + 1]!.start)) && isCapitalised(words[j + 1]!) && !isConnector(words[j + 1]!)) j++;
        else break;
      } else if (j + 1 < words.length && j - i + 1 < MAX_NAME_WORDS && joined(j) && inName(j + 1)) j++;
      else break;
    }
    // "the Selva Popular Army and the Rural Workers Movement": "and" before an article ends the run; the next begins after it.
    for (let k = i + 1; k < j; k++) if (words[k]!.lower === "and" && ARTICLES.has(words[k + 1]!.lower)) j = k - 1;
    const run: [number, number] = [i, j];
    i = j;
    // "the Kosovo Liberation Army", "the Free Syrian Army": a word of insurgency makes the whole run a
    // group's name, a state's name inside it too (an army of a state has none: "Sudanese Armed Forces").
    const [ra, last] = trim(run[0] === run[1] || !sentenceStart(text, words, run[0]) || NAME_HEADS.has(words[run[0]]!.lower) || knownAt(run[0], run[0]) ? run[0] : run[0] + 1, run[1]);
    let rb = last;
    // "the Sudan Liberation Army and the Justice and Equality Movement": "and" before an article ends the name.
    const andThe = words.slice(ra, rb).findIndex((w, n) => w.lower === "and" && ARTICLES.has(words[ra + n + 1]!.lower));
    if (andThe > 0) rb = ra + andThe - 1;
    // The name ends at its last head word ("the Kosovo Liberation Army's", "… Army in 1998") …
    while (rb > ra && !NAME_HEADS.has(words[rb]!.lower)) rb--;
    // … and the words a hyphen joins to that head, up to a capitalised one ("Movement-in-Opposition",
    // "Movement-North"): one word as written, not a name and a modifier after it.
    const headed = NAME_HEADS.has(words[rb]!.lower);
    if (headed) rb = hyphenTail(rb, last);
    // "the self-styled Libyan National Army", "the breakaway Transnistrian Republican Guard": a word
    // before the run that calls it no state's makes it a group's name with a state's word inside.
    if (ra < rb && !covered.has(ra) && headed && (words.slice(ra, rb + 1).some((w) => INSURGENT_WORDS.has(w.lower)) || nonStateBefore(ra)) && knownAt(ra, rb)?.last !== rb) {
      remember(ra, rb, undefined, kindOf(ra, rb));
      continue;
    }
    // "the European Commission of the Danube", "the Arab League of Upper Nilia": a known body's name
    // ending in a body's head word, then "of" and capitalised words that name no actor, is another
    // body (a river's commission, a region's league), not the known one; the whole run is its name.
    const inner = ra < last && !covered.has(ra) ? knownAt(ra, last) : undefined;
    if (inner && inner.last + 2 <= last && ORGAN_OWNER_KINDS.has(gazetteer.actors.get(inner.actor)?.kind ?? "") && NAME_HEADS.has(words[inner.last]!.lower) && words[inner.last + 1]!.lower === "of") {
      const tail = words[inner.last + 2]!.lower === "the" ? inner.last + 3 : inner.last + 2;
      let free = tail <= last;
      for (let k = tail; free && k <= last; k++) free = isCapitalised(words[k]!) && knownAt(k, last) === undefined && learnedAt(k, last) === undefined;
      if (free) {
        remember(ra, last, undefined, kindOf(ra, inner.last));
        continue;
      }
    }
    // "the League of Nations Union", "the United Nations Association": a known body's whole name, then
    // one head word of a society of citizens, ending the run, names that society, not the body.
    if (inner && inner.last + 1 === last && SOCIETY_HEADS.has(words[last]!.lower) && ORGAN_OWNER_KINDS.has(gazetteer.actors.get(inner.actor)?.kind ?? "") && knownAt(ra, last)?.last !== last) {
      remember(ra, last, undefined, "organization");
      continue;
    }
    let from = run[0];
    // The known name the segment from `from` follows, by its first word (-1: none).
    let ownerStart = -1;
    let ownerActor = "";
    for (let k = run[0]; k <= run[1] + 1; k++) {
      const known = k <= run[1] ? (knownAt(k, run[1]) ?? learnedAt(k, run[1])) : undefined;
      if (k <= run[1] && !known) continue;
      // "the Minsk Group", "the Lima Committee": a city's name right before a body's head word names
      // the body (it met there first), not the city's state.
      if (known && cityBefore(k, known.last)) {
        cityBodies.add(known.last + 1);
        k = known.last;
        continue;
      }
      // "the Government of Southern Sudan", "the Council of Northern Iraq": a state's name after "of"
      // and a compass word is a region's, part of the name, not the state that splits it.
      if (known && k > from + 1 && words[k - 2]!.lower === "of" && COMPASS.has(words[k - 1]!.lower) && isCapitalised(words[k - 1]!) && joined(k - 1) && gazetteer.actors.get(known.actor)?.kind === "state") {
        k = known.last;
        continue;
      }
      // The segment from..k-1, unless it directly follows a known name without a connector.
      let [a, b] = trim(from, k - 1);
      if (a <= b && a === run[0] && sentenceStart(text, words, a) && !NAME_HEADS.has(words[a]!.lower)) [a, b] = trim(a + 1, b);
      const modifier = from > run[0] && from < k && !isConnector(words[from]!);
      // "his Rhodesian Front", "the Peruvian Popular Party": a state's people-word opening the run, then
      // capitalised words ending in a party's head, is a party named after its state, not the state
      // (its army, forces or government stay the state's: no party head).
      if (modifier && a === from && a <= b && ownerStart >= 0 && !known && PEOPLE_PARTY_HEADS.has(words[b]!.lower) && words.slice(a, b + 1).every(isCapitalised) && words.slice(run[0], ownerStart).every((w) => isConnector(w) || ARTICLES.has(w.lower)) && !covered.has(ownerStart) && gazetteer.actors.get(ownerActor)?.kind === "state" && (gazetteer.forms.get(words[ownerStart]!.lower) ?? []).some((f) => f.form === "demonym" && f.actor === ownerActor && f.words.length === 1 && matchAt(text, words, ownerStart, f) === a - 1)) {
        remember(ownerStart, b, undefined, kindOf(ownerStart, b));
        const name = learned.get(text.slice(words[ownerStart]!.start, words[b]!.end).toLowerCase());
        if (name) ends.set(b, name);
        continue;
      }
      // "the United Nations Command", "a Commonwealth Monitoring Force": a known body's name opening a
      // run that ends in a force's or a command's head word names a new body (the body's force, not
      // the body), the whole run its name; not a state's ("the Sudan Armed Forces" are the state's).
      // The head may stand before an "of" the run goes on with ("a … Force of 1,200 men").
      const forceHead = a <= b ? words.slice(a, b + 1).findIndex((w, n) => OWN_FORCE_HEADS.has(w.lower) && (a + n === b || OF_WORDS.has(words[a + n + 1]!.lower))) : -1;
      // After the body's possessive ("the African Union's Regional Task Force") the force's name is
      // the words after it: the possessive names its owner, not part of its name.
      const owned = from + 1 === a && words[from]!.lower === "s" && /^['’]$/.test(text.slice(words[from - 1]!.end, words[from]!.start));
      if (modifier && (a === from || owned) && forceHead >= 0 && ownerStart >= 0 && !covered.has(ownerStart) && ORGAN_OWNER_KINDS.has(gazetteer.actors.get(ownerActor)?.kind ?? "")) {
        b = a + forceHead;
        // The body's name written again with the owner's other form ("the UN Command") is the same body.
        const key = `${ownerActor}|${text.slice(words[from]!.start, words[b]!.end).toLowerCase()}`;
        const label = text.slice(words[owned ? a : ownerStart]!.start, words[b]!.end);
        const same = ownForces.get(key);
        if (same && !same.forms.includes(label)) same.forms.push(label);
        if (!same) remember(owned ? a : ownerStart, b, undefined, "organization");
        for (let n = ownerStart; n <= b; n++) covered.add(n);
        const name = same ?? learned.get(label.toLowerCase());
        if (name) {
          ownForces.set(key, name);
          ends.set(b, name);
        }
      }
      // … or the head just before the name's "of"/"for" ("the Permanent Court of Arbitration", "the Islamic
      // Movement of Uzbekistan"); the name then ends before a place's "in"/"at" ("… in The Hague").
      const headBeforeOf = (x: number, y: number): number => {
        for (let h = x + 1; h < y; h++) {
          if (!OF_WORDS.has(words[h + 1]!.lower) && !(words[h + 1]!.lower === "on" && onTopic(h + 2, y))) continue;
          if (!NAME_HEADS.has(words[h]!.lower) || !words.slice(x, h + 1).every(isCapitalised)) return -1;
          // "the Minsk Group of the Organization for … (OSCE)": a name learned after "of" is the body's own, not part of this one.
          if (words.slice(h + 2, y + 1).some((_, n) => covered.has(h + 2 + n))) return h;
          const place = words.slice(h + 2, y + 1).findIndex((w) => PLACE_WORDS.has(w.lower));
          return place < 0 ? y : trim(x, h + 1 + place)[1];
        }
        return -1;
      };
      // "the Regional Commission on Human Rights", "the Conference on Security and Co-operation": a head's
      // "on" and a topic of two capitalised words or more, up to the run's end, is part of the name ("the
      // Commission on Monday" is trimmed before as a date).
      const onTopic = (x: number, y: number): boolean =>
        x < y && words.slice(x, y + 1).every((w) => isCapitalised(w) || isConnector(w)) && words.slice(x, y + 1).filter(isCapitalised).length >= 2;
      const headed = a <= b && (NAME_HEADS.has(words[a]!.lower) || NAME_HEADS.has(words[b]!.lower)) && !venue(a, b) && !namesDocument(a, b);
      const complemented = a <= b && !headed ? headBeforeOf(a, b) : -1;
      if (complemented > a) b = complemented;
      if (a <= b && !modifier && !covered.has(a) && capitals(a, b) >= 2 && (headed || complemented > a)) {
        // "UNESCO's World Heritage Committee": an organ a known body's possessive names speaks for that body here.
        const body = organOwner(a, b);
        if (body !== undefined) {
          learned.set(`${body}|organ|${a}`, { actor: gazetteer.actors.get(body)!, forms: [text.slice(words[a]!.start, words[b]!.end)] });
          for (let n = a; n <= b; n++) covered.add(n);
          if (known) {
            from = known.last + 1;
            k = known.last;
          }
          continue;
        }
        remember(a, b, undefined, cityBodies.has(b) ? "organization" : kindOf(a, b));
        const name = learned.get(text.slice(words[a]!.start, words[b]!.end).toLowerCase());
        if (name) ends.set(b, name);
      }
      if (known) {
        ownerStart = k;
        ownerActor = known.actor;
        from = known.last + 1;
        k = known.last;
      }
    }
  }

  // "the Special Court for Sierra Leone", "the International Contact Group on Liberia", "the Regional
  // Peace Initiative on Burundi": a body's head word, then "of", "for" or "on" ("in" after a mission or
  // a resistance: "the Islamic Resistance in Iraq") and a state's name that ends the capitalised run,
  // is one name with the state in it (the body is no more the state than "Court" alone is), written
  // once or more; the words before the tail stay a form of it ("the Special Court"). Not a state's own
  // organs ("the Government of Sudan", "the Armed Forces of …").
  for (let h = 1; h + 2 < words.length; h++) {
    if (!BODY_TAIL_HEADS.has(words[h]!.lower) || !isCapitalised(words[h]!) || !STATE_TAIL_WORDS.has(words[h + 1]!.lower) || (words[h + 1]!.lower === "in" && !IN_STATE_HEADS.has(words[h]!.lower)) || !joined(h) || !joined(h + 1) || lineIsTitle(h)) continue;
    const state = knownAt(h + 2, words.length - 1);
    if (!state || gazetteer.actors.get(state.actor)?.kind !== "state") continue;
    const e = state.last;
    // The state's name ends the name: no capitalised word or qualifier right after it.
    if ((e + 1 < words.length && joined(e) && isCapitalised(words[e + 1]!)) || /^[ \t]*\(/.test(text.slice(words[e]!.end))) continue;
    // "the Lakeside Group of Norway, Chile and Ghana": a state's name followed by another's after a
    // comma or "and" opens a list of the body's members, no tail of its name (suggest.ts `membersListedOf` reads them).
    if (e + 2 < words.length && /^(?:[ \t]*,[ \t]*|[ \t]+)$/.test(text.slice(words[e]!.end, words[e + 1]!.start))) {
      const n = words[e + 1]!.lower === "and" ? e + 2 : e + 1;
      const other = knownAt(n, words.length - 1);
      if ((n === e + 2 || /,/.test(text.slice(words[e]!.end, words[e + 1]!.start))) && other && gazetteer.actors.get(other.actor)?.kind === "state") continue;
    }
    let i = h;
    while (i > 0 && h - i + 1 < MAX_NAME_WORDS && joined(i - 1) && isCapitalised(words[i - 1]!) && !isConnector(words[i - 1]!) && knownAt(i - 1, h) === undefined && !lineIsTitle(i - 1)) i--;
    if (i === h) continue;
    // "the Peruvian National Committee of Chile": a people-word opening the run is the name's first word.
    if (i > 0 && joined(i - 1) && isCapitalised(words[i - 1]!) && !lineIsTitle(i - 1) && (gazetteer.forms.get(words[i - 1]!.lower) ?? []).some((f) => f.form === "demonym" && f.words.length === 1)) i--;
    const short = text.slice(words[i]!.start, words[h]!.end);
    // The words before the tail may have been learned alone ("the Special Court"): the whole name replaces them.
    const before = learned.get(short.toLowerCase());
    if (words.slice(before ? h + 1 : i, e + 1).some((_, n) => covered.has((before ? h + 1 : i) + n)) || (before === undefined && covered.has(i - 1))) continue;
    if (before) {
      learned.delete(short.toLowerCase());
      ids.delete(before.actor.id);
      if (ends.get(h) === before) ends.delete(h);
    }
    for (let k = i; k <= e; k++) covered.add(k);
    const name = rememberAs(text.slice(words[i]!.start, words[e]!.end), words.slice(i, e + 1), kindOf(i, h), undefined, [short]);
    ends.set(e, name);
    h = e;
  }

  // "The Harbour States, Peru, Chile and Ecuador, have …": a capitalised name ending in a grouping's
  // head word, then in apposition two or more states listed and closed by a comma or a bracket,
  // defines a bloc by its members (suggest.ts `membersListedOf` reads them), though it is written once.
  const stateAt = (k: number) => {
    const known = k < words.length ? knownAt(k, words.length - 1) : undefined;
    return known && gazetteer.actors.get(known.actor)?.kind === "state" ? known.last : -1;
  };
  for (let h = 1; h + 4 < words.length; h++) {
    if (!MEMBERS_OF_HEADS.has(words[h]!.lower) || !isCapitalised(words[h]!) || covered.has(h) || lineIsTitle(h) || !/^[ \t]*,[ \t]*$/.test(text.slice(words[h]!.end, words[h + 1]!.start))) continue;
    let count = 0;
    let closed = false;
    for (let k = h + 1, e = stateAt(k); e >= 0; e = stateAt(k)) {
      count++;
      const after = e + 1 < words.length ? text.slice(words[e]!.end, words[e + 1]!.start) : "";
      if (e + 1 < words.length && words[e + 1]!.lower === "and" && /^[ \t]*,?[ \t]*$/.test(after)) k = e + 2;
      else if (/^[ \t]*,[ \t]*$/.test(after) && e + 2 < words.length && stateAt(e + 1) >= 0) k = e + 1;
      else {
        closed = count >= 2 && /^[ \t]*[,)]/.test(text.slice(words[e]!.end)) && words.slice(h + 1, e).some((w) => w.lower === "and");
        break;
      }
    }
    if (!closed) continue;
    let i = h;
    while (i > 0 && h - i + 1 < MAX_NAME_WORDS && joined(i - 1) && isCapitalised(words[i - 1]!) && !isConnector(words[i - 1]!) && !ARTICLES.has(words[i - 1]!.lower) && knownAt(i - 1, h) === undefined && !lineIsTitle(i - 1)) i--;
    if (i === h || covered.has(i) || learnedAt(i, h) !== undefined) continue;
    for (let k = i; k <= h; k++) covered.add(k);
    rememberAs(text.slice(words[i]!.start, words[h]!.end), words.slice(i, h + 1), "bloc", undefined);
  }

  // "the self-proclaimed Donetsk and Lugansk People's Republics", "the Karen and Kachin Armies": two
  // names sharing their last words, whose head is plural. Each is a new actor ("Donetsk People's
  // Republic", DPR), also called by its own first word alone, as the text goes on to ("the rebel
  // strongholds of Donetsk and Lugansk"); the two keep the plural head ("the republics").
  for (let i = 0; i + 3 < words.length; i++) {
    if (!isCapitalised(words[i]!) || words[i + 1]!.lower !== "and" || !isCapitalised(words[i + 2]!) || lineIsTitle(i)) continue;
    if (!/^[ \t]+$/.test(text.slice(words[i]!.end, words[i + 1]!.start)) || !/^[ \t]+$/.test(text.slice(words[i + 1]!.end, words[i + 2]!.start))) continue;
    // A city's name may open one ("Donetsk"): only a state's or a body's name stops it.
    const named = (k: number) => (gazetteer.forms.get(words[k]!.lower) ?? []).some((f) => f.form !== "metonym" && matchAt(text, words, k, f) >= k) || learnedAt(k, k) !== undefined;
    if (covered.has(i) || named(i) || named(i + 2)) continue;
    // The shared words after the second name, up to a plural head.
    let h = i + 2;
    let head: { singular: string; kind: ActorKind } | undefined;
    while (h + 1 < words.length && h - i < MAX_NAME_WORDS && joined(h) && inName(h + 1)) {
      h++;
      head = singularHead(words[h]!.text);
      if (head) break;
    }
    if (!head) continue;
    const shared = text.slice(words[i + 3]!.start, words[h]!.start) + head.singular;
    const before = text.slice(Math.max(0, words[i]!.start - 40), words[i]!.start).toLowerCase();
    const kind = [...NON_STATE_MODIFIERS].some((m) => before.includes(m)) ? "non-state" : head.kind;
    const together = { key: text.slice(words[i]!.start, words[h]!.end), head: words[h]!.lower };
    for (const own of [i, i + 2]) {
      const label = `${words[own]!.text} ${shared}`;
      rememberAs(label, wordsOf(label), kind, undefined, [words[own]!.text], label).actor.together = together;
    }
    for (let k = i; k <= h; k++) covered.add(k);
    i = h;
  }

  // Whether words up to `j` are a person's name: two capitalised words or more (particles inside),
  // no head word, no known actor, and no article before them ("the Islamic State" is none).
  const personNameEndsAt = (j: number): boolean => {
    // "The military, known as the Tatmadaw": a sentence's capitalised "The" before a common noun is no name.
    if (!isCapitalised(words[j]!)) return false;
    let i = j;
    while (i > 0 && j - i + 1 < MAX_PERSON_WORDS && joined(i - 1) && (isCapitalised(words[i - 1]!) || NAME_PARTICLES.has(words[i - 1]!.lower))) i--;
    const ws = words.slice(i, j + 1);
    return ws.length >= 2 && isCapitalised(ws[0]!) && ws.every((w) => !NAME_HEADS.has(w.lower)) && !ws.some((_, n) => knownAt(i + n, j) !== undefined) && !ARTICLES.has(words[i - 1]?.lower ?? "");
  };

  // "… known as the Name", "… called Name".
  // Longest phrase first: "called themselves" before "called".
  // "known by its Arabic initials as NAS": an acronym the text gives in words; "as" is often left out
  // ("a UN mission known by its French acronym, ONUCI", "known by its Spanish initials COPAZ").
  // "the party's youth militia, the Wazamba": a wing its owner's possessive names, then its name.
  const naming = new RegExp(`\\b(?:known\\s+by\\s+its\\s+(?:\\p{L}+\\s+)?(?:initials|acronym|abbreviation)(?:\\s+as|,)?|(?<=['’]s\\s)(?:${WING_PHRASES.map((p) => p.replace(/ /g, "\\s+")).join("|")}),|${[...NAMING_PHRASES, ...DESCRIPTOR_PHRASES].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, "\\s+")).join("|")})\\s+(?:the\\s+)?`, "giu");
  const phraseIn = (phrases: readonly string[], matched: string) => phrases.some((p) => new RegExp(`^${p.replace(/ /g, "\\s+")}\\s`, "iu").test(matched));
  // The name a group gives itself in this sentence ("The insurgents call themselves Ansar al-Sunna, …").
  let selfNamed: { name: LearnedName; at: number } | undefined;
  for (const m of text.matchAll(naming)) {
    let i = words.findIndex((w) => w.start >= m.index + m[0].length);
    if (i < 0 || words[i]!.start !== m.index + m[0].length || lineIsTitle(i)) continue;
    // "al-Shabaab", "el-Nusra": an article joined to a capitalised word opens the name.
    const article = ARABIC_ARTICLES.has(words[i]!.lower) && i + 1 < words.length && text.slice(words[i]!.end, words[i + 1]!.start) === "-" && isCapitalised(words[i + 1]!);
    if (!isCapitalised(words[i]!) && !article) continue;
    let j = i;
    while (j + 1 < words.length && j - i + 1 < MAX_NAME_WORDS && joined(j) && inName(j + 1)) j++;
    for (let k = i + 1; k < j; k++) if (placeCut(i, k)) j = k - 1;
    [i, j] = article ? [i, trim(i + 1, j)[1]] : trim(i, j);
    if (i > j || (capitals(i, j) < 2 && knownAt(i, j) === undefined && words[article ? i + 1 : i]!.text.length < 3)) continue;
    // "the March 23 Movement, known as M23": another form of the name just before.
    const before = words.findLastIndex((w) => w.end <= m.index);
    const named = before >= 0 && /^,\s*$/.test(text.slice(words[before]!.end, m.index)) ? ends.get(before) : undefined;
    if (named) {
      const form = text.slice(words[i]!.start, words[j]!.end);
      named.forms.push(form);
      // "A National Commission for …, known by its Spanish initials COPAZ": the acronym the text gives
      // is the id, by the gold convention, as one in parentheses is.
      if (ACRONYM_NAMING.test(m[0]) && i === j && /^\p{Lu}{2,}$/u.test(form) && !gazetteer.actors.has(named.actor.id)) {
        const id = squashName(form);
        if (!ids.has(id)) {
          ids.delete(named.actor.id);
          ids.add(id);
          named.actor.id = id;
        }
      }
      continue;
    }
    // "the National Salvation Front, a rebel group known by its Arabic initials as NAS": an acronym
    // after the learned name's description is that name's, and its id by the gold convention.
    const given = text.slice(words[i]!.start, words[j]!.end);
    if (i === j && /^known\s+by\s/iu.test(m[0]) && given === given.toUpperCase()) {
      const described = /,\s*(?:(?:a|an|the)\s+[\p{Ll}\s-]*)?$/u.exec(text.slice(Math.max(0, m.index - 60), m.index));
      const end = described ? m.index - described[0].length : -1;
      const owner = end < 0 ? undefined : [...learned.values()].find((n) => !gazetteer.actors.has(n.actor.id) && text.slice(end - n.actor.label.length, end) === n.actor.label);
      if (owner && acronymFits(given, wordsOf(owner.actor.label))) {
        if (!owner.forms.includes(given)) owner.forms.push(given);
        const id = squashName(given);
        if (!ids.has(id)) {
          ids.delete(owner.actor.id);
          ids.add(id);
          owner.actor.id = id;
        }
        continue;
      }
    }
    // "General Mohamed Hamdan Dagalo, known as Hemedti": a person's nickname, no actor (people.ts
    // makes it a form of the party the person heads, when the text says which).
    if (before >= 0 && /^,\s*$/.test(text.slice(words[before]!.end, m.index)) && /^known\s/i.test(m[0]) && i === j && words[i]!.text !== words[i]!.text.toUpperCase() && personNameEndsAt(before)) continue;
    // "Jimmy Chérizier, a former police officer known as Barbecue who leads …": the same, after the person's description.
    if (/^known\s/i.test(m[0]) && i === j && words[i]!.text !== words[i]!.text.toUpperCase() && NICK_LEADS.test(text.slice(words[j]!.end, words[j]!.end + 20))) {
      const description = /,\s+(?:a|an|the)\s+[\p{Ll}\s-]+$/u.exec(text.slice(Math.max(0, m.index - 60), m.index));
      const comma = description ? words.findLastIndex((w) => w.end <= m.index - description[0].length) : -1;
      if (comma >= 0 && personNameEndsAt(comma)) continue;
    }
    remember(i, j, undefined, OPPOSITION.test(m[0]) ? "non-state" : kindOf(i, j, text.slice(Math.max(0, m.index - 40), m.index + m[0].length)));
    // "The military, known as the Tatmadaw", "the junta, which calls itself the State Administration
    // Council": a name given to a state's armed forces described by a common noun makes them a party of
    // their own in this text (the state's army, below).
    const described = text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    let learnedHere = learned.get(text.slice(words[i]!.start, words[j]!.end).toLowerCase());
    if (learnedHere && ARMY_COMMON_NOUN.test(described)) namedArmies.add(learnedHere);
    // A name the gazetteer knows ("locals know them as al-Shabaab"): the self-name and the nouns join that actor.
    const knownHere = learnedHere ? undefined : knownAt(i, j);
    if (knownHere && knownHere.last === j) {
      const key = `${knownHere.actor}|named`;
      learnedHere = learned.get(key) ?? { actor: gazetteer.actors.get(knownHere.actor)!, forms: [] };
      learned.set(key, learnedHere);
    }
    if (!learnedHere) continue;
    if (OPPOSITION.test(m[0]) && learnedHere.actor.inDataset === false) oppositionNamed.add(learnedHere);
    // "The insurgents call themselves Ansar al-Sunna, but locals know them as al-Shabaab": one party,
    // its id from the name others know it by, the self-name one more form.
    if (selfNamed && selfNamed.name !== learnedHere && phraseIn(PUBLIC_NAMING_PHRASES, m[0]) && !/[.!?]\s/.test(text.slice(selfNamed.at, m.index))) {
      const self = selfNamed.name;
      for (const f of self.forms) if (!learnedHere.forms.includes(f)) learnedHere.forms.push(f);
      learned.delete(self.actor.label.toLowerCase());
      ids.delete(self.actor.id);
      if (namedArmies.delete(self)) namedArmies.add(learnedHere);
      if (groupNamed.delete(self)) groupNamed.add(learnedHere);
    }
    selfNamed = phraseIn(SELF_NAMING_PHRASES, m[0]) ? { name: learnedHere, at: m.index } : undefined;
    // "The insurgents call themselves …", "the militants, known as …": the group's common nouns stand for it.
    if (GROUP_NOUN_BEFORE.test(described)) groupNamed.add(learnedHere);
  }

  // "pro-Jakarta militias such as Aitarak", "the jihadist groups, including AQIM, Ansar Dine and
  // al-Mourabitoun": names listed after a plural noun for armed groups or parties are such groups'
  // names, the text's own ("Ansar Dine" written bare elsewhere too). The list runs on over ", " and
  // "and" while each item is a name alone; a known actor in it is that actor.
  for (const m of text.matchAll(GROUPS_SUCH_AS)) {
    const kind: ActorKind = /^part/iu.test(m[1]!) ? "organization" : "non-state";
    let i = words.findIndex((w) => w.start === m.index + m[0].length);
    while (i >= 0 && i < words.length) {
      const article = ARABIC_ARTICLES.has(words[i]!.lower) && i + 1 < words.length && text.slice(words[i]!.end, words[i + 1]!.start) === "-" && isCapitalised(words[i + 1]!);
      if (!isCapitalised(words[i]!) && !article) break;
      let j = article ? i + 1 : i;
      while (j + 1 < words.length && j - i + 1 < MAX_NAME_WORDS && /^[ \t-]+$/.test(text.slice(words[j]!.end, words[j + 1]!.start)) && isCapitalised(words[j + 1]!)) j++;
      const after = text.slice(words[j]!.end, (words[j + 1] ?? words[j]!).start);
      const known = knownAt(i, j) ?? learnedAt(i, j);
      if (!(known && known.last === j) && !covered.has(i) && !lineIsTitle(i)) {
        remember(i, j, undefined, kind);
        for (let k = i; k <= j; k++) covered.add(k);
      }
      // The next item: after ", ", " and " or ", and ", and only when this one ended there.
      if (j + 1 >= words.length || !/^(?:,[ \t]+|[ \t]+)$/.test(after)) break;
      i = words[j + 1]!.lower === "and" ? j + 2 : /^,/.test(after) ? j + 1 : -1;
    }
  }

  // "The Amhara region's forces battled …", "Amhara regional troops": a region whose forces, police or
  // government act is a party of its own, named "X region" (the gold convention's id: AMHARAREGION),
  // and "X regional" is a form of it too. Not a region a known actor's name gives ("the Somali region").
  for (const m of text.matchAll(REGION_ACTING)) {
    let i = words.findIndex((w) => w.start === m.index);
    const regionWord = words.findIndex((w) => w.start >= m.index + m[1]!.length);
    if (i < 0 || regionWord < 0) continue;
    const j = regionWord - 1;
    while (i < j && ARTICLES.has(words[i]!.lower)) i++;
    if (ARTICLES.has(words[i]!.lower) || covered.has(i) || lineIsTitle(i) || words.slice(i, j + 1).some((_, n) => knownAt(i + n, i + n) !== undefined || learnedAt(i + n, i + n) !== undefined)) continue;
    const name = text.slice(words[i]!.start, words[j]!.end);
    rememberAs(`${name} region`, [...words.slice(i, j + 1), words[regionWord]!], "non-state", undefined, [`${name} regional`]);
    for (let k = i; k <= j; k++) covered.add(k);
  }

  // "In 1997 Anjouan and the smaller island of Mohéli declared their secession from the federation":
  // a place that declares its secession or independence is a party of its own (its authorities act
  // for it), when the text also calls it a place ("the island of Anjouan", "the region of X"). Not a
  // known actor's name ("Kosovo declared independence" is the known Kosovo, "Donetsk" the city), and
  // not a word the text never gives as a place ("Parliament declared independence"). Round 38.
  for (const m of text.matchAll(SECEDING)) {
    for (const group of [1, 2]) {
      const at = m.indices?.[group];
      if (!at) continue;
      const i = words.findIndex((w) => w.start === at[0]);
      if (i < 0 || words[i]!.end !== at[1] || covered.has(i) || lineIsTitle(i) || knownAt(i, i) !== undefined || learnedAt(i, i) !== undefined) continue;
      const name = words[i]!.text;
      if (!placeCalled(text, name)) continue;
      const folded = name.normalize("NFD").replace(/\p{M}/gu, "");
      rememberAs(name, [words[i]!], "non-state", undefined, folded !== name ? [folded] : []);
      covered.add(i);
    }
  }

  // "Srpska Lista, the party that speaks for …", "Al-Fatah, a rival faction": a name before its description.
  for (const m of text.matchAll(APPOSITIVE)) {
    const j = words.findLastIndex((w) => w.end <= m.index);
    if (j < 0 || words[j]!.end !== m.index || !isCapitalised(words[j]!)) continue;
    let i = j;
    while (i > 0 && j - i + 1 < MAX_NAME_WORDS && joined(i - 1) && inName(i - 1)) i--;
    let [a, b] = trim(i, j);
    // The sentence's opening word is no part of the name ("Yesterday Hamas, the movement …"), unless a
    // hyphen joins it to the next: an article written into the name ("As-Saiqa, a member group …").
    if (a <= b && sentenceStart(text, words, a) && a < b && !knownAt(a, a) && text.slice(words[a]!.end, words[a + 1]!.start) !== "-" && !writtenMidSentence(a, b)) [a, b] = trim(a + 1, b);
    if (a > b || covered.has(a) || lineIsTitle(a) || knownAt(a, b)?.last === b || learnedAt(a, b)?.last === b) continue;
    // "the United States, Britain and Norway, a group diplomats call …": known actors joined by
    // "and" are a list the description speaks of, not one name.
    if (words.slice(a, b).some((w, n) => w.lower === "and" && knownAt(a + n + 1, b) !== undefined && knownAt(a, a + n - 1) !== undefined)) continue;
    // Several capitalised words, or one that no sentence opens ("Fatah, the movement …").
    if (capitals(a, b) < 2 && sentenceStart(text, words, a)) continue;
    const head = m[1]!.toLowerCase();
    remember(a, b, undefined, APPOSITIVE_NON_STATE.test(m[0]) ? "non-state" : NAME_HEADS.get(head) ?? APPOSITIVE_KINDS.get(head) ?? DEFAULT_NAME_KIND);
    const introduced = learned.get(text.slice(words[a]!.start, words[b]!.end).toLowerCase());
    if (introduced && OPPOSITION.test(m[0])) oppositionNamed.add(introduced);
  }

  // "the Amal movement", "his Democratic Centre party": one to three capitalised words, no known
  // actor's, between "the" or a possessive and a lower-case head word are a party's name ("Amal",
  // "Democratic Centre"); "the Kurdish movement", "the Islamist party" (a people-word, a creed) are none.
  // A possessive opens such a name too ("Arafat's Fatah movement"), and so does a participle joined to
  // a word by a hyphen after "the" ("the Syrian-backed Amal movement"); the sentence's capitalised
  // "The" is the opener, not the name's ("The Sihala Urumaya party"). A state's one-word name or
  // people-word after the name's first word is part of it ("the Pheu Thai party"), not the state's.
  const isAllCaps = (w: Word) => w.text === w.text.toUpperCase();
  // Only spaces or tabs between word n - 1 and word n.
  const spacedBefore = (n: number) => /^[ \t]+$/.test(text.slice(words[n - 1]!.end, words[n]!.start));
  const possessiveAt = (n: number) => n > 0 && words[n]!.lower === "s" && /^['’]$/.test(text.slice(words[n - 1]!.end, words[n]!.start)) && isCapitalised(words[n - 1]!);
  const participleAt = (n: number) => n >= 2 && /ed$/.test(words[n]!.lower) && text.slice(words[n - 1]!.end, words[n]!.start) === "-" && NAME_OPENERS.has(words[n - 2]!.lower) && spacedBefore(n - 1);
  const peopleWordAt = (n: number) => (gazetteer.forms.get(words[n]!.lower) ?? []).some((f) => f.words.length === 1 && f.form !== "metonym" && gazetteer.actors.get(f.actor)?.kind === "state" && matchAt(text, words, n, f) === n);
  // "the nationalist VMRO-DPMNE party": acronyms a hyphen joins are one name.
  const hyphenedCaps = (n: number) => text.slice(words[n - 1]!.end, words[n]!.start) === "-" && isAllCaps(words[n - 1]!) && isAllCaps(words[n]!);
  // "the Ukrainian nationalist group UNA-UNSO", "the security firm Alpen Guard Services", and a
  // sentence that opens with the description in apposition ("A British company, Keenie Meenie
  // Services, has …"): the capitalised run right after a body's lower-case head word is that body's
  // name (the reverse of ", a rebel group" after it). Not a known or learned name, not a date, not one
  // capitalised word after a comma (a speaker: "the group, Smith said").
  for (const m of text.matchAll(DESCRIBED_NAME)) {
    const i = words.findIndex((w) => w.start === m.index + m[0].length);
    if (i < 0 || !isCapitalised(words[i]!) || lineIsTitle(i) || covered.has(i)) continue;
    const comma = m[2] === ",";
    if (comma && !/^(?:\s*|[\s\S]*[.!?]["”’]?\s+)$/.test(text.slice(0, m.index))) continue;
    let j = i;
    while (j + 1 < words.length && j - i + 1 < MAX_NAME_WORDS && isCapitalised(words[j + 1]!) && !isConnector(words[j + 1]!) && (spacedBefore(j + 1) || text.slice(words[j]!.end, words[j + 1]!.start) === "-")) j++;
    if (comma && !/^,/.test(text.slice(words[j]!.end))) continue;
    if (comma && capitals(i, j) < 2 && !isAllCaps(words[i]!)) continue;
    if (words.slice(i, j + 1).some((w, n) => TIME_WORDS.has(w.lower) || covered.has(i + n) || knownAt(i + n, j) !== undefined || learnedAt(i + n, j) !== undefined)) continue;
    const head = m[1]!.toLowerCase();
    remember(i, j, undefined, APPOSITIVE_NON_STATE.test(m[0]) ? "non-state" : NAME_HEADS.get(head) ?? APPOSITIVE_KINDS.get(head) ?? DEFAULT_NAME_KIND);
  }
  for (let h0 = 2; h0 < words.length; h0++) {
    if (!LOWER_HEADS.has(words[h0]!.text)) continue;
    // "the Seleka rebel coalition", "the Ansar armed group": the fighters' word between the name and
    // its head describes the party (non-state), it is no word of the name; the name ends before it.
    const armed = h0 > 2 && ARMED_HEAD_DESCRIPTORS.has(words[h0 - 1]!.text) && spacedBefore(h0);
    const h = armed ? h0 - 1 : h0;
    let k = h - 1;
    while (k > 0 && h - k < 3 && isCapitalised(words[k - 1]!) && !NAME_OPENERS.has(words[k - 1]!.lower) && (spacedBefore(k) || hyphenedCaps(k))) k--;
    // A party's description between the opener and the name ("the conservative New Democracy party", "the main opposition … party").
    let o = k - 1;
    while (o > 0 && k - o <= 2 && PARTY_DESCRIPTORS.has(words[o]!.text) && spacedBefore(o + 1)) o--;
    const opener = words[o];
    if (!opener || !(NAME_OPENERS.has(opener.lower) || possessiveAt(o) || participleAt(o)) || !spacedBefore(o + 1)) continue;
    const run = words.slice(k, h);
    // … but not after a compass word or an adjective ("the South Slavic group", "the Western Thai group").
    const first = words[k]!.lower;
    const inside = (n: number) => n > 0 && peopleWordAt(k + n) && knownAt(k, k) === undefined && !ADJECTIVE_END.test(first) && !/ern$/.test(first) && !COMPASS_WORDS.has(first) && !REGION_MODIFIERS.has(first);
    const capsJoined = (n: number) => (n > 0 && hyphenedCaps(k + n)) || (k + n + 1 < h && hyphenedCaps(k + n + 1));
    if (!spacedBefore(h) || run.some((w, n) => !isCapitalised(w) || isConnector(w) || (isAllCaps(w) && !capsJoined(n)) || covered.has(k + n) || (knownAt(k + n, k + n) !== undefined && !inside(n)) || learnedAt(k + n, k + n) !== undefined) || lineIsTitle(k)) continue;
    if (ADJECTIVE_END.test(words[run.findLastIndex((_, n) => !inside(n)) + k]!.lower)) continue;
    // "the Western alliance", "the Gulf coalition": a region or a compass point describes, it names no party.
    if (k === h - 1 && (/ern$/.test(words[k]!.lower) || REGION_MODIFIERS.has(words[k]!.lower))) continue;
    const label = text.slice(words[k]!.start, words[h - 1]!.end);
    const described = text.slice(words[k]!.start, words[h0]!.end);
    rememberAs(label, run, armed ? "non-state" : (NAME_HEADS.get(words[h]!.text) ?? DEFAULT_NAME_KIND), undefined, [described]);
    for (let n = k; n < h; n++) covered.add(n);
  }

  // "Palestinian Islamic Jihad … Islamic Jihad": a people-word before two or more capitalised words
  // that the text also writes without it names a party of its own, not the people-word's state; no
  // head word needed, the recurrence says it is a name. Its id is the fullest name (the gold convention).
  for (let i = 0; i + 2 < words.length; i++) {
    const people = knownAt(i, i);
    if (!people || people.last !== i || covered.has(i) || lineIsTitle(i)) continue;
    if (!(gazetteer.forms.get(words[i]!.lower) ?? []).some((f) => f.words.length === 1 && f.actor === people.actor && f.form === "demonym")) continue;
    let j = i;
    while (j + 1 < words.length && j - i < MAX_NAME_WORDS - 1 && joined(j) && isCapitalised(words[j + 1]!) && !isConnector(words[j + 1]!)) j++;
    if (j - i < 2) continue;
    const tail = words.slice(i + 1, j + 1);
    if (tail.some((_, n) => covered.has(i + 1 + n) || knownAt(i + 1 + n, j) !== undefined || learnedAt(i + 1 + n, j) !== undefined)) continue;
    const alone = words.some(
      (_, k) =>
        k !== i + 1 &&
        tail.every((t, n) => words[k + n]?.text === t.text) &&
        !(k > 0 && joined(k - 1) && isCapitalised(words[k - 1]!) && !sentenceStart(text, words, k)) &&
        !(k + tail.length < words.length && joined(k + tail.length - 1) && isCapitalised(words[k + tail.length]!)),
    );
    if (!alone) continue;
    rememberAs(text.slice(words[i]!.start, words[j]!.end), words.slice(i, j + 1), DEFAULT_NAME_KIND, undefined, [text.slice(tail[0]!.start, tail.at(-1)!.end)]);
    for (let k = i; k <= j; k++) covered.add(k);
    i = j;
  }

  // "the Pathet Lao", "the Free French": after "the", a capitalised word of no known name, then a
  // state's one-word name or people-word that no noun follows (punctuation or a small word comes next,
  // so the people-word describes nothing) are a party's name, not the state. Not after a compass word,
  // a region's or an adjective's first word ("the North Korean", "the Baltic Russian").
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i - 1]!.text !== "the" || !isCapitalised(words[i]!) || isConnector(words[i]!) || isAllCaps(words[i]!) || covered.has(i) || covered.has(i + 1) || lineIsTitle(i)) continue;
    const first = words[i]!.lower;
    if (!spacedBefore(i + 1) || knownAt(i, i) !== undefined || learnedAt(i, i + 1) !== undefined || ADJECTIVE_END.test(first) || /ern$/.test(first) || COMPASS_WORDS.has(first) || REGION_MODIFIERS.has(first) || TIME_WORDS.has(first) || TITLE_HEADS.has(first) || HONORIFICS.has(first) || NAME_HEADS.has(first)) continue;
    // A plural people-word names a population ("the Sudeten Germans"), not a party.
    if (!peopleWordAt(i + 1) || words[i + 1]!.lower.endsWith("s")) continue;
    if (!PEOPLE_NAME_END.test(text.slice(words[i + 1]!.end, words[i + 1]!.end + 12))) continue;
    rememberAs(text.slice(words[i]!.start, words[i + 1]!.end), words.slice(i, i + 2), "non-state", undefined);
    covered.add(i);
    covered.add(i + 1);
  }

  // "the Syrian National Army, an umbrella of Turkish-backed rebel factions": a state's word in the name does not make it the state's.
  for (const m of text.matchAll(GATHERING_APPOSITIVE)) {
    const j = words.findLastIndex((w) => w.end <= m.index);
    if (j < 0 || words[j]!.end !== m.index || !NAME_HEADS.has(words[j]!.lower)) continue;
    let i = j;
    while (i > 0 && j - i + 1 < MAX_NAME_WORDS && joined(i - 1) && inName(i - 1)) i--;
    const [a, b] = trim(i, j);
    if (a >= b || covered.has(a) || lineIsTitle(a) || knownAt(a, b)?.last === b || learnedAt(a, b)?.last === b || capitals(a, b) < 2) continue;
    remember(a, b, undefined, "non-state");
  }

  // "the breakaway regions of South Ossetia and Abkhazia", "the separatist region of Transnistria",
  // "the disputed territory of Western Sahara": each name listed after such a description is a
  // party of its own (non-state), also called by its people-word ("South Ossetian", "Abkhaz"). A
  // state's or a body's name is none; a city's may be ("the rebel-held areas of Donetsk").
  const regionName = (i: number): [number, number] | undefined => {
    if (i < 0 || i >= words.length || !isCapitalised(words[i]!) || lineIsTitle(i)) return undefined;
    let j = i;
    while (j + 1 < words.length && j - i + 1 < MAX_REGION_WORDS && joined(j) && isCapitalised(words[j + 1]!) && !NAME_HEADS.has(words[j + 1]!.lower)) j++;
    // "the separatist Chechen Republic of Ichkeria", "the breakaway Serbian Republic of Krajina": a
    // republic's name goes on after "of" with the land's own name no actor holds (the name the
    // movement gave its land), one name; a known state or place after "of" is not part of it.
    if (j > i && REPUBLIC_WORDS.has(words[j]!.lower) && j + 2 < words.length && words[j + 1]!.lower === "of" && joined(j) && joined(j + 1) && isCapitalised(words[j + 2]!) && !isConnector(words[j + 2]!) && knownAt(j + 2, words.length - 1) === undefined) {
      let e = j + 2;
      while (e + 1 < words.length && e - i + 1 < MAX_REGION_WORDS && joined(e) && isCapitalised(words[e + 1]!) && !isConnector(words[e + 1]!) && !NAME_HEADS.has(words[e + 1]!.lower)) e++;
      j = e;
    }
    const named = (gazetteer.forms.get(words[i]!.lower) ?? []).some((f) => f.form !== "metonym" && matchAt(text, words, i, f) === j);
    return named || covered.has(i) || learnedAt(i, j)?.last === j ? undefined : [i, j];
  };
  // A people-word the text writes as the land's name clipped ("Ingush" villages, "the Ingush
  // president" beside "Ingushetia"): any capitalised word no actor holds that begins the one-word
  // name and leaves off at most its last four letters, itself at least five letters long.
  const clippedPeople = (label: string): string[] => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(label)) return [];
    const out = new Set<string>();
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!.text;
      if (w.length >= MIN_CLIPPED_PEOPLE && w.length < label.length && label.length - w.length <= MAX_CLIPPED_LETTERS && label.startsWith(w) && knownAt(k, k) === undefined) out.add(w);
    }
    return [...out];
  };
  const learnRegion = ([i, j]: [number, number]) => {
    const label = text.slice(words[i]!.start, words[j]!.end);
    rememberAs(label, words.slice(i, j + 1), "non-state", undefined, [...regionPeople(label), ...clippedPeople(label)]);
    for (let k = i; k <= j; k++) covered.add(k);
  };
  // "the southern Indian state of Tamil Nadu … Colombo has accused the Tamil Nadu government": a
  // state of a federation that the text also names with its own government acts as a party of its
  // own (non-state), beside the federation's; without "the X government" it is only a place.
  for (const m of text.matchAll(FEDERATED_INTRO)) {
    const people = words.findIndex((w) => w.start === m.index + m[0].indexOf(m[1]!));
    if (people < 0 || !(gazetteer.forms.get(words[people]!.lower) ?? []).some((f) => f.form === "demonym" && gazetteer.actors.get(f.actor)?.kind === "state")) continue;
    const name = regionName(words.findIndex((w) => w.start >= m.index + m[0].length));
    if (!name) continue;
    const label = text.slice(words[name[0]]!.start, words[name[1]]!.end);
    if (![`the ${label} government`, `the ${label} state government`, `${label}'s government`, `${label}’s government`].some((g) => text.includes(g))) continue;
    learnRegion(name);
  }
  for (const m of text.matchAll(REGION_INTRO)) {
    let i = words.findIndex((w) => w.start >= m.index + m[0].length);
    for (let n = 0; n < 6 && i >= 0; n++) {
      const name = regionName(i);
      if (!name) break;
      learnRegion(name);
      const after = text.slice(words[name[1]]!.end, words[name[1] + 1]?.start ?? text.length);
      const next = words[name[1] + 1];
      if (/^,\s*$/.test(after) && next) i = next.lower === "and" || next.lower === "or" ? name[1] + 2 : name[1] + 1;
      else if (/^\s+$/.test(after) && (next?.lower === "and" || next?.lower === "or")) i = name[1] + 2;
      else break;
    }
  }
  // "talks in Nazran, the capital of neighbouring Ingushetia", "refugees fled into neighbouring
  // Dagestan": a land the report calls the neighbour of another is a polity of its own — a party
  // to talks it hosts or refugees it shelters — when no actor holds its name (a known state is
  // itself already). Not a city, and not the first word of a longer name ("neighbouring Amhara
  // region", "neighbouring Dominican Republic").
  for (const m of text.matchAll(NEIGHBOUR_BEFORE)) {
    const i = words.findIndex((w) => w.start === m.index + m[0].length);
    const name = regionName(i);
    if (!name || name[0] !== name[1] || CITY_NAMES.has(words[i]!.text)) continue;
    const next = words[i + 1];
    if (next && joined(i) && (isCapitalised(next) || PLACE_NOUNS.includes(next.lower) || next.lower === "state" || next.lower === "republic")) continue;
    learnRegion(name);
  }
  // "Lutria, Peru's partner in the Varo Pact", "members of the Varo Pact", "the Varo Pact states": a
  // pact the text gives members or partners is a bloc, a party of its own (its members' membership),
  // not only a treaty ("the Varo Pact was signed in 1955" alone is none).
  for (const m of text.matchAll(PACT_MEMBERS)) {
    const label = m[1] ?? m[2]!;
    const at = m.index + m[0].indexOf(label);
    const i = words.findIndex((w) => w.start === at);
    const j = words.findIndex((w) => w.end === at + label.length);
    if (i < 0 || j <= i || covered.has(i) || lineIsTitle(i) || knownAt(i, j)?.last === j || learnedAt(i, j)?.last === j) continue;
    rememberAs(label, words.slice(i, j + 1), "bloc", undefined);
    for (let k = i; k <= j; k++) covered.add(k);
  }
  // "breakaway Abkhazia", "the separatist Transnistria region": the name right after the word.
  for (const m of text.matchAll(REGION_BEFORE_NAME)) {
    const i = words.findIndex((w) => w.start === m.index + m[0].length);
    const name = regionName(i);
    // A run that ends in a head word is a group's name, learned above ("the breakaway Abkhaz Army").
    if (name && !(words[name[1] + 1] && joined(name[1]) && isCapitalised(words[name[1] + 1]!))) learnRegion(name);
  }
  // "Velia, another breakaway region north of the capital", "Velia, a separatist enclave": the name
  // right before an apposition that calls it a breakaway region (one to three capitalised words).
  for (const m of text.matchAll(REGION_AFTER_NAME)) {
    const j = words.findIndex((w) => w.end === m.index);
    if (j < 0) continue;
    let i = j;
    while (i > 0 && j - i + 1 < MAX_REGION_WORDS && joined(i - 1) && isCapitalised(words[i - 1]!) && !sentenceStart(text, words, i)) i--;
    // A sentence's first word is the sentence's ("Meanwhile Velia, a breakaway region"), unless the
    // text writes the same words again with it inside a sentence ("South Velia" … "in South Velia").
    if (i < j && sentenceStart(text, words, i) && !knownAt(i, i) && !writtenMidSentence(i, j)) i++;
    const name = regionName(i);
    if (name && name[1] === j) learnRegion(name);
  }

  // "the Government of National Accord in Tripoli": a government the text names with its seat is
  // also called by the seat ("the Tripoli government", "the government in Tripoli", "behind Tripoli").
  for (const name of learned.values()) {
    const heads = name.actor.label.toLowerCase().split(/[^\p{L}]+/u);
    if (!heads.some((h) => SEATED_HEADS.has(h))) continue;
    for (const form of name.forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const seat = /^\s+(?:based\s+)?in\s+(\p{Lu}[\p{L}\p{M}'-]*(?:\s\p{Lu}[\p{L}\p{M}'-]*)?)/u.exec(text.slice(at + form.length));
        if (!seat) continue;
        const k = words.findIndex((w) => w.start === at + form.length + seat[0].length - seat[1]!.length);
        const metonym = k >= 0 && (gazetteer.forms.get(words[k]!.lower) ?? []).find((f) => f.form === "metonym" && matchAt(text, words, k, f) >= k);
        if (!metonym) continue;
        const city = text.slice(words[k]!.start, words[matchAt(text, words, k, metonym)]!.end);
        if (!name.forms.includes(city)) name.forms.push(city);
      }
    }
  }

  // "ExxonMobil", "TotalEnergies", "PetroChina": one word with a capital inside after three small
  // letters or more is a company's name ("McDonald", "DeSantis", "MacArthur" are not).
  for (let i = 0; i < words.length; i++) {
    if (!COMPANY_WORD.test(words[i]!.text) || covered.has(i) || knownAt(i, i) !== undefined || lineIsTitle(i)) continue;
    remember(i, i, undefined, "organization");
  }

  // "ISIS-K", "AQ-Y": a known acronym with a letter or two joined by a hyphen names a branch of its
  // own, of the same kind (not the body it branches from).
  for (let k = 0; k + 1 < words.length; k++) {
    const [w, x] = [words[k]!, words[k + 1]!];
    if (w.text.length < 2 || w.text !== w.text.toUpperCase() || !/^[\p{Lu}\p{N}]{1,2}$/u.test(x.text) || text.slice(w.end, x.start) !== "-") continue;
    const known = knownAt(k, k);
    if (!known || knownAt(k, k + 1)?.last === k + 1) continue;
    const label = text.slice(w.start, x.end);
    if (!learned.has(label.toLowerCase())) rememberAs(label, [w, x], gazetteer.actors.get(known.actor)?.kind ?? DEFAULT_NAME_KIND, undefined);
  }

  // A new actor's other names (its acronym, its short forms), for the curator and the scorer.
  for (const name of learned.values()) {
    const aliases = name.forms.filter((f) => f !== name.actor.label);
    if (!gazetteer.actors.has(name.actor.id) && aliases.length > 0) name.actor.aliases = aliases;
  }
  // A state's army the text names as an actor of its own ("the Sudanese Armed Forces (SAF)"): "the
  // army", "the military", "Sudan's army", "the Sudanese military" are that actor here, not the state
  // (not aliases: descriptions, no names). Only when the text names one such army: two would share them.
  const armies = [...learned.values()].flatMap((name) => {
    const lw = wordsOf(name.actor.label);
    if (lw.length < 2 || !ARMY_NAME_TAILS.has(lw.slice(1).map((w) => w.lower).join(" "))) return [];
    const state = (gazetteer.forms.get(lw[0]!.lower) ?? []).find((f) => f.words.length === 1 && f.form !== "metonym" && f.words[0] === lw[0]!.text && gazetteer.actors.get(f.actor)?.kind === "state");
    if (state) name.actor.armyOf = state.actor;
    return state ? [{ name, state: state.actor, ruling: false }] : [];
  });
  // A name given to "the military" / "the junta" ("The military, known as the Tatmadaw, seized power"):
  // the text keeps the armed forces apart from the state, which the state's own army-words name
  // ("Myanmar's junta", "the Burmese military"); the state is the one the text writes so, when one is.
  for (const name of namedArmies) {
    const owners = new Map<string, number>();
    for (const m of text.matchAll(ARMY_OWNED)) {
      const k = words.findIndex((w) => w.start === m.index);
      for (const f of k >= 0 ? (gazetteer.forms.get(words[k]!.lower) ?? []) : []) {
        if (f.form === "metonym" || gazetteer.actors.get(f.actor)?.kind !== "state" || matchAt(text, words, k, f) < k) continue;
        owners.set(f.actor, (owners.get(f.actor) ?? 0) + 1);
        break;
      }
    }
    if (owners.size === 1) armies.push({ name, state: [...owners.keys()][0]!, ruling: true });
  }
  // One group so named: "the insurgents", "the militants", "the jihadists" … stand for it (two would share them).
  if (groupNamed.size === 1) {
    const [name] = groupNamed;
    if ([...learned.values()].includes(name!)) name!.forms.push(...GROUP_COMMON_NOUNS.map((n) => `the ${n}`), "the group");
  }
  // "the Free Hill Union, the alliance of five guerrilla parties based in …": a name the text describes
  // once as a gathering of armed groups is what it calls later by that gathering's noun ("the
  // alliance") and by the fighters' word ("the guerrillas"), a nearer body of a fitting kind (a UN
  // mission) notwithstanding. Only when one name is so described (two would share the words).
  const gatherings = new Map<LearnedName, string[]>();
  for (const m of text.matchAll(ARMED_GATHERING)) {
    const name = [...learned.values()].find((n) => n.forms.some((f) => f.length > 0 && text.slice(m.index - f.length, m.index) === f));
    if (!name) continue;
    const fighters = m[2] ? (m[2].toLowerCase() === "resistance" ? "resistance" : `${m[2].toLowerCase()}s`) : undefined;
    // … and by its own last word when that is a group's head ("the mujahideen" of "… Hill Mujahideen").
    const head = name.actor.label.split(/\s+/u).at(-1)!.toLowerCase();
    const own = NAME_HEADS.has(head) && name.actor.label.includes(" ") ? [`the ${head}`] : [];
    gatherings.set(name, [`the ${m[1]!.toLowerCase()}`, ...(fighters ? [`the ${fighters}`] : []), ...own]);
  }
  if (gatherings.size === 1) {
    const [name, forms] = [...gatherings][0]!;
    for (const f of forms) if (!name.forms.includes(f)) name.forms.push(f);
  }
  // One party so introduced: "the opposition", "opposition candidates" … stand for it (two would share them).
  if (oppositionNamed.size === 1) {
    const [name] = oppositionNamed;
    if ([...learned.values()].includes(name!)) name!.forms.push(...OPPOSITION_FORMS);
  }
  if (armies.length === 1) {
    const { name, state, ruling } = armies[0]!;
    const nouns = ruling ? [...ARMY_NOUNS, ...RULING_ARMY_NOUNS] : ARMY_NOUNS;
    const surface = (f: Form) => f.words.map((w, k) => (k === 0 ? w : f.separators[k - 1]! + w)).join("");
    const stateForms = [...gazetteer.forms.values()].flat().filter((f) => f.actor === state && f.form !== "metonym");
    for (const f of stateForms) {
      const written = surface(f);
      for (const noun of nouns) name.forms.push(f.form === "name" ? `${written}'s ${noun}` : `${written} ${noun}`);
    }
    name.forms.push(...ARMY_DESCRIPTIONS, ...(ruling ? RULING_ARMY_DESCRIPTIONS : []));
  }

  // "the Republika Srpska, with 49 percent … The Republika Srpska's president": two or three
  // capitalised words the text writes at least twice, each time after "the" and ending its noun
  // phrase (punctuation or a possessive after it, never a lower-case word it would modify: "the Swiss
  // Alpine resort"), none of them a known actor's or a learned name's, name a party of their own
  // though no head word nor acronym says so: the recurrence and the article say it is a name. Not a
  // place: no locative word before the article ("in the Golan Heights"), no geographic head.
  const recurring = new Map<string, { at: number[]; ok: boolean }>();
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i - 1]!.lower !== "the" || !/^[ \t]+$/.test(text.slice(words[i - 1]!.end, words[i]!.start))) continue;
    let j = i;
    while (j - i < 3 && j < words.length && isCapitalised(words[j]!) && !isConnector(words[j]!) && (j === i || /^[ \t]+$/.test(text.slice(words[j - 1]!.end, words[j]!.start)))) j++;
    j--;
    if (j - i < 1 || j - i > 2 || (j + 1 < words.length && isCapitalised(words[j + 1]!) && /^[ \t-]+$/.test(text.slice(words[j]!.end, words[j + 1]!.start)))) continue;
    const run = words.slice(i, j + 1);
    if (run.some((w, n) => w.text === w.text.toUpperCase() || covered.has(i + n) || knownAt(i + n, j) !== undefined || learnedAt(i + n, j) !== undefined) || lineIsTitle(i)) continue;
    // Not an office ("the Prime Minister", "the Foreign Secretary") nor a body's name with its head word (learned above when it is one).
    if (GEOGRAPHIC_HEADS.has(words[j]!.text) || NAME_HEADS.has(words[j]!.lower) || run.some((w) => TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower))) continue;
    const label = run.map((w) => w.text).join(" ");
    const after = text.slice(words[j]!.end, words[j + 1]?.start ?? text.length);
    const ends = /^\s*[,.;:)—–]/.test(after) || (/^['’]$/.test(after) && words[j + 1]!.lower === "s") || /^['’]\s/.test(after) || j + 1 >= words.length;
    const locative = i >= 2 && LOCATIVE_BEFORE.has(words[i - 2]!.lower);
    const entry = recurring.get(label) ?? { at: [], ok: true };
    entry.at.push(i);
    entry.ok &&= ends && !locative;
    recurring.set(label, entry);
  }
  for (const [label, { at, ok }] of recurring) {
    if (!ok || at.length < 2) continue;
    const i = at[0]!;
    rememberAs(label, words.slice(i, i + label.split(" ").length), DEFAULT_NAME_KIND, undefined);
    for (const k of at) for (let n = 0; n < label.split(" ").length; n++) covered.add(k + n);
  }

  // "formed UNITA-Renovada", "its breakaway faction, the UFDD-Fundamental": a group's acronym the
  // gazetteer or the text knows, a hyphen and a capitalised word of no known actor is a wing or a
  // splinter of that group, a party of its own (not "the PLO-Hamas talks": two actors).
  for (let i = 0; i + 1 < words.length; i++) {
    const acronym = words[i]!;
    const wing = words[i + 1]!;
    if (!/^\p{Lu}{2,}$/u.test(acronym.text) || text.slice(acronym.end, wing.start) !== "-" || !/^\p{Lu}\p{Ll}+$/u.test(wing.text) || covered.has(i + 1) || lineIsTitle(i)) continue;
    if (i + 2 < words.length && /^[ \t-]+$/.test(text.slice(wing.end, words[i + 2]!.start)) && isCapitalised(words[i + 2]!)) continue;
    // A wing the gazetteer or the text knows already (a curator's actor) is that actor.
    if (knownAt(i, i + 1)?.last === i + 1 || learnedAt(i, i + 1)?.last === i + 1) continue;
    // The group: an actor the gazetteer or the text knows, or an acronym the text writes alone again and again ("UNITA", read as a party later).
    const parent = knownAt(i, i) ?? learnedAt(i, i);
    const usedAlone = words.filter((w, k) => k !== i && w.text === acronym.text && !(k + 1 < words.length && text.slice(w.end, words[k + 1]!.start) === "-")).length >= 2;
    const parentKind = parent ? (gazetteer.actors.get(parent.actor)?.kind ?? [...learned.values()].find((n) => n.actor.id === parent.actor)?.actor.kind) : usedAlone ? DEFAULT_NAME_KIND : undefined;
    if (!parentKind || !WING_PARENT_KINDS.has(parentKind) || knownAt(i + 1, i + 1) !== undefined || learnedAt(i + 1, i + 1) !== undefined) continue;
    rememberAs(text.slice(acronym.start, wing.end), [acronym, wing], parentKind, undefined);
    covered.add(i);
    covered.add(i + 1);
  }
  // "The Contra rebels … aid to the Contras": a capitalised word no name holds, written before
  // "rebels" (or "guerrillas", "insurgents") and in the plural as a noun after "the", is the name of
  // the armed group the text means (non-state: "Contras", also "Contra leaders").
  const learnedWords = new Set([...learned.values()].flatMap((n) => n.forms.flatMap((f) => f.toLowerCase().split(/[^\p{L}\p{M}]+/u))));
  for (const m of text.matchAll(NAMED_REBELS)) {
    const word = m[1]!;
    const plural = `${word}s`;
    if (gazetteer.forms.has(word.toLowerCase()) || gazetteer.forms.has(plural.toLowerCase()) || learnedWords.has(word.toLowerCase()) || learned.has(plural.toLowerCase())) continue;
    const k = words.findIndex((w, n) => n > 0 && w.text === plural && words[n - 1]!.lower === "the");
    if (k < 1 || capitalisedAfter(text, words, k)) continue;
    rememberAs(plural, [words[k]!], "non-state", undefined, [word]);
  }
  // "the Zviadists, as followers of the ousted president Zviad Gamsakhurdia are known", "the
  // Peronists": a capitalised plural after "the" made of a person's name the text writes ("Zviad",
  // "Peron") and "-ists", "-istas" or "-ites" is that person's followers, a group of its own (non-state).
  for (const m of text.matchAll(FOLLOWERS_WORD)) {
    const word = m[1]!;
    const stem = m[2]!;
    if (gazetteer.forms.has(word.toLowerCase()) || learnedWords.has(word.toLowerCase()) || learned.has(word.toLowerCase())) continue;
    const k = words.findIndex((w) => w.start === m.index + m[0].length - word.length);
    if (k < 0 || covered.has(k) || lineIsTitle(k) || capitalisedAfter(text, words, k)) continue;
    // The stem is a person's name as written: the whole word, beside another capitalised word ("Zviad
    // Gamsakhurdia", "Juan Peron"), so "the Islamists" beside "Islamic" or "Islam" alone is none.
    const besideName = (n: number) => (n > 0 && isCapitalised(words[n - 1]!) && spacedApart(text, words[n - 1]!, words[n]) && !sentenceStart(text, words, n - 1)) || capitalisedAfter(text, words, n);
    if (gazetteer.forms.has(stem.toLowerCase()) || !words.some((w, n) => n !== k && w.text === stem && besideName(n))) continue;
    rememberAs(word, [words[k]!], "non-state", undefined);
    covered.add(k);
  }
  // "the Popular Front" and "the Front" after "the Popular Front for the Liberation of …": one group.
  return withGroupPeople(text, words, gazetteer, mergeShortenings([...learned.values()].filter((name) => name.forms.length > 0)));
}

/**
 * "The Tigray People's Liberation Front (TPLF) … Abiy ordered troops into Tigray … the Amhara
 * region's forces battled the Tigrayans": a group named after its land, whose people-word the text
 * writes, is what that word stands for ("the Tigrayans", "Tigrayan forces", "the Tigrayan
 * movement"), as "Palestinian guerrillas" stood for the PLO before there was a Palestinian state.
 * The group's name opens with a capitalised word that no known actor's name or people-word begins,
 * the text writes that word alone as a place (no capitalised word after it), and no other group
 * learned opens with it. The people-words are the place's usual ones ("Tigray" → "Tigrayan",
 * "Darfur" → "Darfuri", "Kordofan" → "Kordofanian", "Ogaden" → "Ogadeni") that the text writes.
 */
function withGroupPeople(text: string, words: readonly Word[], gazetteer: Gazetteer, learned: LearnedName[]): LearnedName[] {
  const byPlace = new Map<string, LearnedName[]>();
  for (const name of learned) {
    const [place, ...rest] = name.actor.label.split(/\s+/u);
    if (name.actor.kind !== "non-state" || rest.length === 0 || !place || !/^\p{Lu}\p{Ll}{2,}$/u.test(place) || gazetteer.forms.has(place.toLowerCase())) continue;
    byPlace.set(place, [...(byPlace.get(place) ?? []), name]);
  }
  const spacedCapital = (k: number) => capitalisedAfter(text, words, k);
  const written = new Set(words.map((w) => w.text));
  const more = new Map<LearnedName, string[]>();
  for (const [place, names] of byPlace) {
    if (names.length !== 1 || !words.some((w, k) => w.text === place && !spacedCapital(k))) continue;
    const stem = /[aeo]$/u.test(place) ? place.slice(0, -1) : place;
    const people = [`${place}an`, `${place}n`, `${stem}ian`, `${place}i`].flatMap((p) => [p, `${p}s`]).filter((p) => p !== place && written.has(p));
    if (people.length > 0) more.set(names[0]!, people);
  }
  return more.size === 0 ? learned : learned.map((name) => (more.has(name) ? { ...name, forms: [...name.forms, ...more.get(name)!.filter((p) => !name.forms.includes(p))] } : name));
}

/** A plural head of names shared by two ("Republics", "Armies", "Movements"): its singular as written, and the kind it makes. */
function singularHead(word: string): { singular: string; kind: ActorKind } | undefined {
  const lower = word.toLowerCase();
  const singular = lower.endsWith("ies") ? `${lower.slice(0, -3)}y` : lower.endsWith("s") ? lower.slice(0, -1) : undefined;
  const kind = singular !== undefined ? COORDINATED_HEADS.get(singular) : undefined;
  if (!singular || !kind) return undefined;
  return { singular: word.slice(0, singular.length - (lower.endsWith("ies") ? 1 : 0)) + (lower.endsWith("ies") ? "y" : ""), kind };
}

/** A word that calls a name after it no state's ("the self-styled …"), up to one word between, at the end of a slice of text. */
/** Lower-case head words after a party's one-word name ("the Amal movement", "the Wagner group", "the Viv Ansanm coalition"). */
const LOWER_HEADS: ReadonlySet<string> = new Set(["movement", "militia", "group", "party", "faction", "coalition", "alliance", "federation"]);
/** Lower-case words of armed or opposing parties between such a name and its head ("the Seleka rebel coalition", "the Ansar armed group"). */
const ARMED_HEAD_DESCRIPTORS: ReadonlySet<string> = new Set(["rebel", "armed", "insurgent", "guerrilla", "militant", "separatist", "jihadist"]);
/** Regions written before a lower-case head that describe rather than name ("the Gulf coalition"). */
const REGION_MODIFIERS: ReadonlySet<string> = new Set(["gulf", "sahel", "baltic", "nordic", "caucasus", "balkan", "balkans", "horn"]);
/** Compass words that describe, before a people-word, rather than name ("the South Slavic group"). */
/** An adjective's ending ("Kurdish", "Islamist", "Lebanese"): before a party's head, such a word describes, it names no party. */
const ADJECTIVE_END = /(?:an|ish|ese|ic|i|ist)$/;
const COMPASS_WORDS: ReadonlySet<string> = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater"]);
/** Words before such a name ("the Amal movement", "his Democratic Centre party"). */
const NAME_OPENERS: ReadonlySet<string> = new Set(["the", "his", "her", "its", "their", "whose"]);
/** "… known as Barbecue who leads …": a nickname followed by the party its bearer heads. */
const NICK_LEADS = /^\s+who\s+(?:leads|led|heads|headed|commands|commanded|founded|runs)\s/u;
/** Articles joined by a hyphen to the capitalised word after them in Arabic names ("al-Shabaab"). */
const ARABIC_ARTICLES: ReadonlySet<string> = new Set(["al", "el", "ad", "ash", "as", "an", "ar", "at", "az"]);
/** Ends the words before a naming phrase that describe an armed group by a common noun ("The insurgents call themselves", "the militants, known as"). */
const GROUP_NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}])the\\s+(?:${GROUP_COMMON_NOUNS.join("|")})\\s*,?\\s*(?:which\\s+|who\\s+)?$`, "u");
/** Ends the words before a naming phrase that describe a state's armed forces ("The military, known as", "the junta, which calls itself"). */
const ARMY_COMMON_NOUN = /(?:^|[^\p{L}])the\s+(?:military|army|armed\s+forces|junta|generals|military\s+government)\s*,?\s*(?:which\s+|who\s+)?$/u;
/** A state's name or people-word before its armed forces ("Myanmar's junta", "the Burmese military"). */
const ARMY_OWNED = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}]+(?:['’]s)?\s+(?:military|army|armed\s+forces|junta|generals|regime)\b/gu;
const NON_STATE_BEFORE = new RegExp(`(?:^|[^\\p{L}-])(?:${NON_STATE_MODIFIERS.join("|")})\\s+(?:\\p{L}+\\s+)?$`, "u");
/** A body's lower-case head word right before its name ("the nationalist group UNA-UNSO"), or opening a sentence in apposition ("A British company, X, …"): `learnNames`. */
const DESCRIBED_NAME = /(?<![\p{L}\p{M}'’-])(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:of|for|in|and|or|the|a|an|to|by|with|from|on|at|its|his|her|their)\b)[\p{L}-]+\s+){0,3}?(group|company|firm|militia|movement|faction|organi[sz]ation)(,?)\s+(?=\p{Lu})/gu;
/** A party's head words after a state's people-word that make the run a party named after the state ("the Rhodesian Front"). */
const PEOPLE_PARTY_HEADS: ReadonlySet<string> = new Set(["front", "party", "congress", "movement", "league"]);
/** A self-proclaimed state's head word, whose name may go on with "of" and the land's own name ("the Chechen Republic of Ichkeria"). */
const REPUBLIC_WORDS: ReadonlySet<string> = new Set(["republic", "state", "emirate", "caliphate", "federation"]);
/** Descriptions of a region that is a party of its own, before "of" and its name(s): "the breakaway regions of …". */
const REGION_INTRO = /\b(?:breakaway|separatist|rebel|secessionist|disputed|self-declared|self-proclaimed|unrecognised|unrecognized|rebel-held|separatist-held)\s+(?:regions?|territor(?:y|ies)|enclaves?|provinces?|republics?|statelets?)\s+of\s+(?:the\s+)?/giu;
/** "the southern Indian state of …", "the Nigerian state of …": a state of a federation, after its federation's people-word. */
const FEDERATED_INTRO = /\b(?:(?:north|south|east|west|central|north-eastern|north-western|south-eastern|south-western|northern|southern|eastern|western)\s+)?(\p{Lu}[\p{L}\p{M}]+)\s+(?:state|province)\s+of\s+/gu;
/** … and right before its name: "breakaway Abkhazia", "the separatist Transnistria region". */
/** ", the alliance of five guerrilla parties", ", a coalition of rebel groups": a name's apposition calling it a gathering of armed groups (the gathering's noun, the fighters' word). */
const ARMED_GATHERING = /,\s+(?:the|an?)\s+(alliance|coalition|umbrella|grouping|front)\s+of\s+(?:[\p{L}-]+\s+){0,4}?(rebel|guerrilla|insurgent|militant|resistance)\s+(?:parties|groups|factions|movements|organi[sz]ations|militias|armies)\b/giu;
/** "partners in the Varo Pact", "members of the Varo Pact", "the Varo Pact states": a pact with members (the name in group 1 or 2). */
const PACT_MEMBERS = /\b(?:partners?|members?|allies|ally|signatories|membership)\s+(?:in|of)\s+the\s+((?:\p{Lu}[\p{L}-]*\s+){1,3}Pact)\b|\bthe\s+((?:\p{Lu}[\p{L}-]*\s+){1,3}Pact)\s+(?:members|partners|allies|states|countries|powers|nations)\b/gu;
/** "neighbouring Ingushetia": the word that calls a land the neighbour of another (before its name). */
const NEIGHBOUR_BEFORE = /\b[Nn]eighbou?r(?:ing)?\s+(?=\p{Lu})/gu;
/** A people-word clipped from a land's name ("Ingush" of "Ingushetia"): at least this many letters, … */
const MIN_CLIPPED_PEOPLE = 5;
/** … and at most this many left off the name. */
const MAX_CLIPPED_LETTERS = 4;
/** … and in apposition right after its name: ", another breakaway region", ", a separatist enclave". */
const REGION_AFTER_NAME = /,\s+(?:another|an?|the)\s+(?:breakaway|separatist|secessionist|self-declared|self-proclaimed|rebel-held|separatist-held)\s+(?:region|territory|enclave|province|republic|statelet)\b/gu;
const REGION_BEFORE_NAME = /\b(?:breakaway|separatist|secessionist|self-declared|self-proclaimed)\s+(?=\p{Lu})/gu;
/** Most words in such a region's name ("Nagorno-Karabakh" is two, "Republika Srpska" two). */
const MAX_REGION_WORDS = 3;
/** A region's people-words: "South Ossetian(s)" for "South Ossetia", "Abkhaz" for "Abkhazia". */
function regionPeople(name: string): string[] {
  if (!name.endsWith("a")) return [];
  const out = [`${name}n`, `${name}ns`];
  if (name.endsWith("ia") && name.length >= 6) out.push(name.slice(0, -2));
  return out;
}
/** Months and weekdays: after "in" or "on" they are a date, never the rest of a name ("the April 19 Movement" is one). */
const DATE_CONNECTORS: ReadonlySet<string> = new Set(["in", "on"]);
/** Connectors of place that end a name after a state's name alone, before an article ("Luanda in the …"). */
const PLACE_CUT_WORDS: ReadonlySet<string> = new Set(["in", "on", "at"]);
/** A body's mission before the place it serves and its acronym ("the UN mission in Congo (MONUC)"): the words before the place … */
const MISSION_PLACE_WORDS: ReadonlySet<string> = new Set(["in", "to", "for", "on"]);
/** … the mission's nouns, in lower case … */
const MISSION_NOUNS: ReadonlySet<string> = new Set(["mission", "force", "operation", "office"]);
/** … the lower-case words that may stand before them … */
const MISSION_MODIFIERS: ReadonlySet<string> = new Set(["peacekeeping", "peace", "peacebuilding", "electoral", "liaison", "stabilisation", "stabilization", "observer", "monitoring", "verification", "assistance", "political", "military", "naval", "police", "interim", "transition", "transitional", "support", "protection", "special", "integrated", "multidimensional", "training", "humanitarian"]);
/** … and the kinds of body that send one. */
const BODY_KINDS_OF_MISSIONS: ReadonlySet<ActorKind> = new Set(["organization", "bloc"]);
/** A year written in figures ("in 1934"): a date, like a month's or a day's name. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;
/** Head words of a society of citizens named after a body it supports ("the League of Nations Union"). */
const SOCIETY_HEADS: ReadonlySet<string> = new Set(["union", "association", "society"]);
/** The months' names, for a date written as a month and a day's number ("November 18"). */
const MONTHS: ReadonlySet<string> = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
const TIME_WORDS: ReadonlySet<string> = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** Head words of a body that a state's name after "of", "for", "on" (or "in": `IN_STATE_HEADS`) may complete ("the Special Court for Sierra Leone"): no state's own organs (government, army, forces, guard, bank). */
const BODY_TAIL_HEADS: ReadonlySet<string> = new Set(["group", "initiative", "council", "committee", "commission", "mission", "court", "tribunal", "union", "alliance", "coalition", "front", "movement", "party", "league", "organisation", "organization", "association", "congress", "forum", "conference", "resistance"]);
/** The kinds of actor whose name inside a group's or a force's name makes it their organ. */
const ORGAN_OWNER_KINDS: ReadonlySet<string> = new Set(["organization", "bloc"]);
/** Head words of a body's own force or command named with the body's name first ("the United Nations Command", "a Commonwealth Monitoring Force"). */
const OWN_FORCE_HEADS: ReadonlySet<string> = new Set(["command", "force", "forces"]);
/** Head words of bodies of states that may be named after a city where they first met ("the Minsk Group", "the Lima Committee"). */
const CITY_BODY_HEADS: ReadonlySet<string> = new Set(["group", "committee", "commission", "council", "forum", "initiative", "process", "club"]);
/** The words that join such a body to its state. */
const STATE_TAIL_WORDS: ReadonlySet<string> = new Set(["of", "for", "on", "in"]);
/**
 * … "in" only after the heads that name a mission or an armed resistance by the country it works in
 * ("the UN Mission in Liberia", "the Islamic Resistance in Iraq"): after others it is where the body
 * met or sits ("the Socialist Party in France said", "the High Court in Kenya").
 */
const IN_STATE_HEADS: ReadonlySet<string> = new Set(["mission", "resistance"]);

/** Heads of a learned name that sits somewhere and is called by its seat ("the Government of National Accord in Tripoli"). */
const SEATED_HEADS: ReadonlySet<string> = new Set(["government", "administration"]);

/** Words that make a run with a head word an insurgent group's name even with a state's name inside it. */
const INSURGENT_WORDS: ReadonlySet<string> = new Set(["liberation", "revolutionary", "resistance", "patriotic", "salvation", "independence", "rebel", "insurgent", "free"]);

/** Heads of a description after a name and a comma the name takes its kind from, when NAME_HEADS has none. */
const APPOSITIVE_KINDS: ReadonlyMap<string, ActorKind> = new Map([
  ...["faction", "rebels", "insurgents", "guerrillas", "militants", "separatists", "jihadists", "platform"].map((w) => [w, "non-state"] as const),
  ...["firm", "mission", "force", "agency"].map((w) => [w, "organization"] as const),
]);
/** Words in such a description that make the party non-state whatever its head ("the opposition coalition", "an armed alliance"). */
const APPOSITIVE_NON_STATE = /\b(?:opposition|rebel|armed|militant|insurgent|separatist|jihadist|guerrilla|nationalist|islamist|paramilitary)\b/iu;
/**
 * ", the party that …", ", a rebel movement": a description right after a name, up to three words
 * before its head (not "of", so "Sall, a member of the party" is no party), the head not a possessive.
 */
const APPOSITIVE = /,\s+(?:the|a|an)\s+(?:(?!of\b|for\b|in\b|and\b)[\p{L}-]+\s+){0,3}?(party|movement|militia|faction|rebels|insurgents|guerrillas|militants|separatists|jihadists|group|coalition|alliance|front|bloc|platform|firm|company|mission|force|agency)\b(?!['’])/giu;
/** "the Zviadists", "the Peronists": a person's name and a word for his followers, after "the" (`learnNames`). */
const FOLLOWERS_WORD = /(?<![\p{L}\p{M}'’-])[Tt]he\s+((\p{Lu}\p{Ll}{2,}?)(?:ists|istas|ites))(?![\p{L}\p{M}'’-])/gu;
/** "the Contra rebels": a capitalised word before a word for armed rebels (`learnNames`, with "the Contras" written too). */
const NAMED_REBELS = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}{2,})\s+(?:rebels|guerrillas|insurgents)\b/gu;
/** "the Syrian National Army, an umbrella of Turkish-backed rebel factions": a name described as a gathering of armed groups (non-state, a state's word inside notwithstanding). */
const GATHERING_APPOSITIVE = /,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:umbrella|coalition|alliance|grouping|network|collection)\s+of\s+(?:[\p{L}-]+\s+){0,3}?(?:factions|groups|militias|rebels|insurgents|fighters|brigades)\b/giu;

/** After a people-word that ends a party's name ("the Pathet Lao for a decade"): punctuation or a small word, no noun it describes. */
const PEOPLE_NAME_END = /^(?:\s*[,.;:)]|\s+(?:for|and|or|in|on|at|of|to|from|with|by|who|which|that|has|have|had|is|are|was|were|will|would|said|since|as|but|into|against)\b)/u;
/** A company's one-word name with a capital inside ("ExxonMobil"). */
const COMPANY_WORD = /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u;

/** Connectors after a name's head that open its complement ("Court of Arbitration", "Movement for Change"). */
const OF_WORDS: ReadonlySet<string> = new Set(["of", "for"]);
/** Connectors that open a place after such a name ("… of Arbitration in The Hague"). */
const PLACE_WORDS: ReadonlySet<string> = new Set(["in", "at", "on"]);

/** Articles: a capitalised word just before one ends a run, it does not open the name after it. */
const ARTICLES = new Set(["the", "a", "an"]);
/** After a name's "(ACR)": the list goes on with another name and its acronym (", the … (FAR)", " and the … (PGT)"). */
const LISTED_ACRONYM_AFTER = /^,?[ \t]+(?:and[ \t]+)?the[ \t]+\p{Lu}[^().;:\n]{2,80}?[ \t]\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)/u;
/** Before a name: the list's previous name and its acronym ("the … (FAR), the …", "… (ORPA) and the …"). */
const LISTED_ACRONYM_BEFORE = /\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\),?[ \t]+(?:and[ \t]+)?the[ \t]+\p{Lu}[^().;:\n]{2,80}?[ \t]*$/u;
/** "X region's forces", "X regional troops": a region named as acting through its forces or government (group 1: the name and the space after it). */
/**
 * A place declaring its secession or independence, alone or listed with another ("Anjouan and the
 * smaller island of Mohéli declared their secession"): groups 1 and 2 the places' names, one word each.
 */
const SECEDING = /(\p{Lu}[\p{L}'’-]+)(?:[ \t]+and[ \t]+(?:the[ \t]+)?(?:\p{Ll}+[ \t]+){0,2}(?:island|region|province|territory|enclave)[ \t]+of[ \t]+(\p{Lu}[\p{L}'’-]+))?[ \t]+(?:had[ \t]+|has[ \t]+|have[ \t]+)?(?:unilaterally[ \t]+)?declared[ \t]+(?:its[ \t]+|their[ \t]+)?(?:secession|independence)\b/dgu;

/** Words a text calls a place by before "of" and its name ("the island of Anjouan", "the province of X"). */
const PLACE_NOUNS = ["island", "region", "province", "territory", "enclave"];

/** Whether the text calls `name` a place: "the island of Name", "the region of Name". */
function placeCalled(text: string, name: string): boolean {
  return PLACE_NOUNS.some((noun) => {
    for (let at = text.indexOf(`${noun} of ${name}`); at >= 0; at = text.indexOf(`${noun} of ${name}`, at + 1)) {
      const after = text[at + noun.length + 4 + name.length];
      if (after === undefined || !/[\p{L}\p{N}]/u.test(after)) return true;
    }
    return false;
  });
}

const REGION_ACTING = /(\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?[ \t]+)(?:region['’]s|regional)[ \t]+(?:special[ \t]+)?(?:forces|troops|militias?|militiamen|police|government|authorities|administration|president|leaders)\b/gu;
/** Right after "Name (ACR)": a description of a body (", the state oil company", ", a rebel group"). */
const ACRONYM_DESCRIBED = /^,[ \t]+(?:the|a|an)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}?(?:company|firm|corporation|party|movement|group|militia|agency|mission|coalition|alliance|front|organisation|organization|commission|council)\b/u;
/** Head words of a body's organ named after the body's possessive ("UNESCO's World Heritage Committee"). */
const ORGAN_HEADS: ReadonlySet<string> = new Set(["committee", "council", "commission", "secretariat", "assembly", "office"]);
/** Kinds of actor whose acronym a hyphenated wing's name opens ("UNITA-Renovada", "UFDD-Fundamental"). */
const WING_PARENT_KINDS: ReadonlySet<string> = new Set(["non-state", "organization", "bloc"]);
/** A plural noun for armed groups or parties and "such as" / "including" / "like" after it: a list of their names follows. */
const GROUPS_SUCH_AS = /\b(militias|groups|factions|movements|parties|guerrilla\s+armies|armed\s+groups),?[ \t]+(?:such[ \t]+as|including|like)[ \t]+/giu;
/** "known by its [French] initials / acronym / abbreviation": the name given next is the acronym of what came before. */
const ACRONYM_NAMING = /^known\s+by\s+its\s+(?:\p{L}+\s+)?(?:initials|acronym|abbreviation)\b/iu;
/** Words before "the" that make the capitalised words after it a place ("in the Golan Heights", "across the Western Balkans"). */
const LOCATIVE_BEFORE: ReadonlySet<string> = new Set(["in", "at", "near", "across", "into", "from", "to", "on", "over", "through", "throughout", "inside", "outside", "around", "along", "within", "toward", "towards"]);

/** Whether an acronym fits a name: its letters are initials of the name's words (but one), or its letters in order, the first the name's initial ("IGAD"). */
/**
 * An armed group's or a body's name translated from another language, its acronym the original's
 * ("the National Liberation Army (ELN)"): a name ending in a head word, as many letters as its
 * capitalised words, all of them but one among their initials, in any order.
 */
/**
 * Letters from which an acronym in parentheses right after a name with a head word is that name's,
 * whatever its letters, though the text never writes it again ("the United Nations Observer Mission in
 * El Salvador (ONUSAL)", "the Nationalist Republican Alliance (ARENA)": the gold convention's id);
 * a shorter one has to fit the name or be used again (twenty-third round).
 */
const WRITTEN_ONCE_ACRONYM = 4;

function translatedAcronym(acronym: string, name: readonly Word[], usedAlone = false): boolean {
  const letters = [...acronym.toLowerCase()].filter((c) => /\p{L}/u.test(c));
  // A word of three or more capitals the text goes on to use as the name ("the Mozambican National
  // Resistance (RENAMO) … RENAMO said", "the Union for National Progress (UPRONA)"): the original's
  // acronym, whatever its letters ("Resistência Nacional Moçambicana"), when it is no actor's name
  // already and a head word is anywhere in the name.
  if (usedAlone && letters.length >= 3 && acronym === acronym.toUpperCase() && name.some((w) => NAME_HEADS.has(w.lower))) return true;
  // The name ends in its head, or names it before "of"/"for" and what it serves ("the General
  // Confederation of Labour (CGT)", the Spanish "Confederación General del Trabajo").
  const headOf = name.some((w, k) => k > 0 && NAME_HEADS.has(w.lower) && (name[k + 1]?.lower === "of" || name[k + 1]?.lower === "for"));
  if (!NAME_HEADS.has(name.at(-1)!.lower) && !headOf) return false;
  const capitalised = name.filter((w) => isCapitalised(w) && !isConnector(w));
  const initials = capitalised.map((w) => w.lower[0]!);
  return letters.length >= 3 && letters.length === capitalised.length && letters.filter((c) => !initials.includes(c)).length <= 1;
}

/** Whether `acronym`'s letters are the initials of the capitalised words of `name` (connectors left out), in order. */
function exactInitials(acronym: string, name: readonly Word[]): boolean {
  const initials = name.filter((w) => isCapitalised(w) && !isConnector(w)).map((w) => w.text[0]!.toUpperCase()).join("");
  return initials.length >= 2 && initials === acronym.replace(/[^\p{L}]/gu, "").toUpperCase();
}

export function acronymFits(acronym: string, name: readonly Word[]): boolean {
  const letters = [...acronym.toLowerCase().replace(/[^\p{L}]/gu, "")];
  const initials = new Set(name.map((w) => w.lower[0]!));
  // All its letters initials of the name's words ("CMA"), or all but one of three or more, the
  // first the name's own (a name translated from another language: "FACT").
  const misses = letters.filter((c) => !initials.has(c)).length;
  if (misses === 0 || (letters.length >= 3 && misses === 1 && letters[0] === name[0]!.lower[0])) return true;
  const flat = name.map((w) => w.lower).join("");
  let at = 0;
  for (const c of letters) {
    at = flat.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return letters[0] === name[0]!.lower[0];
}

/** Whether word `i` opens a sentence: the text's start, or after ". ", "! ", "? ", a line break or a quote. */
export function sentenceStart(text: string, words: readonly Word[], i: number): boolean {
  if (i === 0) return true;
  return /[.!?\n]["'”’]?\s*["“‘]?$|\n\s*$/.test(text.slice(words[i - 1]!.end, words[i]!.start));
}

/** For each word, whether its line is written in title case (a headline: most of its words capitalised). */
export function titleLines(text: string, words: readonly Word[]): (i: number) => boolean {
  const lineOf = (i: number) => text.lastIndexOf("\n", words[i]!.start);
  const stats = new Map<number, [number, number]>();
  for (let i = 0; i < words.length; i++) {
    const line = lineOf(i);
    const [caps, all] = stats.get(line) ?? [0, 0];
    stats.set(line, [caps + (isCapitalised(words[i]!) ? 1 : 0), all + 1]);
  }
  return (i) => {
    const [caps, all] = stats.get(lineOf(i))!;
    return all >= 4 && caps / all >= 0.75;
  };
}

/**
 * A state's short name that the data gives to another state, taken for the one the text names in
 * full: after "Democratic Republic of Congo", "Congo" is that state, not the Republic of the Congo,
 * unless the text also names the other by another of its forms ("Brazzaville"). Only a name's last
 * words after "of" ("… of [the] Congo") count, so "Sudan" stays Sudan beside "South Sudan". And a
 * form two states share ("Congolese", "Dominican"; countries.json `shared`) is the one of them the
 * text names by another form, when it names only one.
 */
export function learnShortNames(text: string, gazetteer: Gazetteer, words: Word[] = wordsOf(text)): LearnedName[] {
  const mentions = findMentions(text, gazetteer, words);
  const stateOf = (m: Mention) => gazetteer.actors.get(m.actor)?.kind === "state";
  const learned = new Map<string, LearnedName>();
  for (const m of mentions) {
    if (!stateOf(m) || m.form !== "name") continue;
    const tail = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}' -]*)$/u.exec(text.slice(m.start, m.end))?.[1];
    if (!tail) continue;
    const other = findMentions(tail, gazetteer).find((t) => t.start === 0 && t.end === tail.length && t.actor !== m.actor && stateOf(t));
    if (!other) continue;
    // The other state named otherwise than by this short name: the text knows both, leave it.
    if (mentions.some((n) => n.actor === other.actor && text.slice(n.start, n.end) !== tail)) continue;
    learned.set(`${m.actor}|${tail}`, { actor: gazetteer.actors.get(m.actor)!, forms: [tail] });
  }
  // The same when the text names that state by another form only ("Kinshasa", "the DRC") and uses the
  // short name too: "Congo" beside "Kinshasa" is the Democratic Republic of the Congo, unless the text
  // names the Republic of the Congo otherwise too ("Brazzaville"), and never another state's own name.
  const namedStates = new Set(mentions.filter(stateOf).map((m) => m.actor));
  for (const forms of gazetteer.forms.values()) {
    for (const f of forms) {
      if (f.form !== "name" || !namedStates.has(f.actor)) continue;
      const full = f.words.map((w, i) => (i === 0 ? w : `${f.separators[i - 1]}${w}`)).join("");
      const tail = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}' -]*)$/u.exec(full)?.[1];
      if (!tail || learned.has(`${f.actor}|${tail}`) || !words.some((w) => w.text === tail)) continue;
      const used = mentions.filter((n) => text.slice(n.start, n.end) === tail);
      const other = used[0]?.actor;
      // Only a short name of the other state, not its own name: "China" stays China beside Taiwan ("Republic of China").
      if (other === undefined || other === f.actor || !stateOf(used[0]!) || gazetteer.actors.get(other)!.label === tail) continue;
      if (mentions.some((n) => n.actor === other && text.slice(n.start, n.end) !== tail)) continue;
      learned.set(`${f.actor}|${tail}`, { actor: gazetteer.actors.get(f.actor)!, forms: [tail] });
    }
  }
  // A form two states share ("Congolese") is the one of them the text names otherwise, if only one.
  const reassigned = new Map([...learned.values()].map((l) => [l.forms[0]!, l.actor.id]));
  const named = new Set(mentions.map((m) => reassigned.get(text.slice(m.start, m.end)) ?? m.actor));
  for (const [form, ids] of SHARED) {
    if (!words.some((w) => w.text === form)) continue;
    const actorsOf = ids.map((id) => [...gazetteer.actors.values()].find((a) => a.id === id || a.iso3 === id)).filter((a) => a !== undefined);
    const inText = actorsOf.filter((a) => named.has(a.id));
    if (inText.length === 1) learned.set(`${inText[0]!.id}|${form}`, { actor: inText[0]!, forms: [form] });
  }
  return [...learned.values()];
}

/**
 * A body named in full and then by its head word alone, capitalised after "the" ("the League of
 * Nations … members of the League", "the Council of Europe … members of the Council", "the
 * Conference of Ambassadors … the Conference"): the head alone is one more form of that body when
 * the text names exactly one body, bundled or learned, whose name goes on past that head ("of",
 * "for"), and the head is no known actor's form. The head is a body's head word (data/names.ts),
 * or the first word of a bundled body's name ("Conference of …"). Each such "the League" had been no
 * actor at all, and a sentence that said "members of the League" gave no pair. A name that ends in
 * its head ("the Varo League") is left to anaphora.ts, which reads "the League" after it already.
 */
function learnHeadOnlyNames(text: string, gazetteer: Gazetteer, learned: readonly LearnedName[], words: Word[]): LearnedName[] {
  // The heads the text writes alone: "the League", not "the League of Nations", "the Balkan League" or "the League Council".
  const heads = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (words[i - 1]!.lower !== "the" || !/^\p{Lu}\p{Ll}+$/u.test(w.text)) continue;
    if (next && /^[ \t]+$/.test(text.slice(w.end, next.start)) && (isCapitalised(next) || next.lower === "of" || next.lower === "for")) continue;
    heads.add(w.text);
  }
  if (heads.size === 0) return [];
  // The head a name goes on past: the word before its first "of"/"for", a head word or the name's first word.
  const headOf = (name: string, bundled: boolean): string | undefined => {
    const ws = name.split(/\s+/u);
    const at = ws.findIndex((x, n) => n > 0 && (x === "of" || x === "for"));
    if (at < 1 || at === ws.length - 1) return undefined;
    const head = ws[at - 1]!;
    return NAME_HEADS.has(head.toLowerCase()) || (bundled && at === 1) ? head : undefined;
  };
  const full = new Map<string, { actor: GazetteerActor; heads: Set<string> }>();
  const add = (actor: GazetteerActor | undefined, name: string, bundled: boolean) => {
    const head = headOf(name, bundled);
    if (!actor || actor.kind === "state" || actor.kind === "person" || head === undefined) return;
    const entry = full.get(actor.id) ?? { actor, heads: new Set<string>() };
    entry.heads.add(head);
    full.set(actor.id, entry);
  };
  for (const m of findMentions(text, gazetteer, words)) if (m.form === "name") add(gazetteer.actors.get(m.actor), text.slice(m.start, m.end), true);
  for (const l of learned) for (const f of l.forms) if (text.includes(f)) add(l.actor, f, false);
  const out: LearnedName[] = [];
  for (const head of heads) {
    // A name that holds another owner's whole name ("the League of Nations Union") gives way to it.
    const all = [...full.values()].filter((e) => e.heads.has(head));
    const owners = all.filter((e) => !all.some((o) => o !== e && e.actor.label.includes(o.actor.label)));
    if (owners.length !== 1 || findMentions(head, gazetteer).length > 0) continue;
    out.push({ actor: owners[0]!.actor, forms: [head] });
  }
  return out;
}

/**
 * A learned name called by its words without its head ("the Polisario" after "the Polisario Front",
 * "Maute" after "the Maute Group"): when the text writes the words before the head alone,
 * capitalised, not inside a longer name and not a known actor's form, they become another form of
 * that name. News shortens a group's name so once it has given it in full. And the other way
 * round, a body called by its head alone (learnHeadOnlyNames).
 */
export function learnHeadlessNames(text: string, gazetteer: Gazetteer, learned: readonly LearnedName[], words: Word[] = wordsOf(text)): LearnedName[] {
  const out: LearnedName[] = learnHeadOnlyNames(text, gazetteer, learned, words);
  for (const { actor } of learned) {
    if (gazetteer.actors.has(actor.id) || actor.kind === "person" || actor.kind === "state") continue;
    const name = wordsOf(actor.label);
    const head = name.at(-1)?.lower;
    if (name.length < 2 || !head || !NAME_HEADS.has(head)) continue;
    const short = name.slice(0, -1);
    if (!short.every(isCapitalised) || isConnector(short.at(-1)!)) continue;
    const surface = actor.label.slice(0, short.at(-1)!.end);
    // A known actor's form ("Islamic" of "Islamic State", "Sudan" of "Sudan Liberation Army") stays that actor's.
    if (findMentions(surface, gazetteer).length > 0) continue;
    // A head alone that a body named in full goes on past is that body's (learnHeadOnlyNames): "the
    // League" after "the League of Nations" and "the League Council" is the League, not its Council.
    if (out.some((l) => l.actor.id !== actor.id && l.forms.includes(surface))) continue;
    const alone = words.some((w, i) => {
      if (short.some((s, n) => words[i + n]?.text !== s.text)) return false;
      const before = words[i - 1];
      const after = words[i + short.length];
      return !(before && isCapitalised(before) && !sentenceStart(text, words, i)) && !(after && (after.lower === head || isCapitalised(after)) && /^[ \t]+$/.test(text.slice(words[i + short.length - 1]!.end, after.start)));
    });
    if (alone) out.push({ actor, forms: [surface] });
  }
  return out;
}

/**
 * A party's name of two or more capitalised words that stands alone ("Sinn Fein", "Harakat
 * al-Nujaba"): no head word says it is a body, no acronym follows it, no "known as" introduces it, so
 * no rule of `learnNames` reads it, and every pair of it was lost. The recurrence says it is a name:
 * the same run written at least twice, each time whole (no capitalised word before or after it, but a
 * sentence's first word), none of its words a known actor's, an office's, a head word's, a month's
 * or a place's head. What says it is no person: no title or honorific before it, no "who" after it,
 * and none of its words written alone elsewhere in the text (a person is called by a surname, "Adams"
 * after "Gerry Adams"; "Kim" after "Kim Yong Chol"). What says it is no place: no locative word before
 * it ("in Cabo Delgado"; "left Ras al-Ain" is a verb's object, so the run must also be no city the
 * data knows), and no compass word opening it ("Western Sahara"). A word of its own before a known
 * group's one-word name ("Kataib Hezbollah", "Continuity IRA") is such a name too, another group's,
 * when that word is no people-word or adjective ("Kurdish PKK units").
 */
export function learnStandingNames(text: string, gazetteer: Gazetteer, words: Word[] = wordsOf(text)): LearnedName[] {
  if (words.length < 4) return [];
  const lineIsTitle = titleLines(text, words);
  // The words a known or learned actor's name covers.
  const covered = new Array<boolean>(words.length).fill(false);
  // Words that are a non-state party's name of one word ("Hezbollah", "IRA").
  const groupWord = new Array<boolean>(words.length).fill(false);
  let w = 0;
  for (const m of findMentions(text, gazetteer, words)) {
    while (w < words.length && words[w]!.end <= m.start) w++;
    for (let k = w; k < words.length && words[k]!.start < m.end; k++) covered[k] = true;
    if (m.form === "name" && w < words.length && words[w]!.start === m.start && words[w]!.end === m.end && gazetteer.actors.get(m.actor)?.kind === "non-state") groupWord[w] = true;
  }
  const between = (i: number) => text.slice(words[i]!.end, words[i + 1]!.start);
  const spaced = (i: number) => /^[ \t]+$/.test(between(i));
  // A lower-case particle inside a name: before a hyphen and a capitalised word ("al-Nujaba", "Ras al-Ain").
  const particle = (k: number) => k + 1 < words.length && STANDING_PARTICLES.has(words[k]!.text) && between(k) === "-" && isCapitalised(words[k + 1]!);
  const capital = (k: number) => /^\p{Lu}\p{Ll}/u.test(words[k]!.text);
  const lowerElsewhere = new Set(words.filter((x) => /^\p{Ll}/u.test(x.text)).map((x) => x.lower));
  const runs = new Map<string, { at: number[]; ok: boolean }>();
  for (let i = 0; i < words.length; i++) {
    if (!capital(i) && !particle(i)) continue;
    let j = i;
    while (j + 1 < words.length && (spaced(j) || between(j) === "-") && (capital(j + 1) || particle(j + 1) || (j === i && groupWord[j + 1] === true && spaced(j)))) j++;
    let a = i;
    // A sentence's first word that the text writes in lower case elsewhere ("After", "The") opens no name.
    if (sentenceStart(text, words, a) && (lowerElsewhere.has(words[a]!.lower) || STANDING_STOPS.has(words[a]!.lower))) a++;
    const next = j;
    const run = words.slice(a, j + 1);
    const capitals = run.filter((x) => /^\p{Lu}/u.test(x.text)).length;
    if (capitals >= 2 && run.length <= 4 && !/^\p{Ll}/u.test(run[0]!.text) && !lineIsTitle(a)) {
      const label = text.slice(words[a]!.start, words[j]!.end);
      const entry = runs.get(label) ?? { at: [], ok: true };
      entry.at.push(a);
      // "Kataib Hezbollah", "Continuity IRA": a word of its own before a group's one-word name makes another group's name.
      // Not a people-word or an adjective the data does not know ("Kurdish PKK units").
      const branch = run.length === 2 && groupWord[a + 1] === true && !covered[a] && !/(?:an|ish|ese|ic|i|ist|ite)$/.test(words[a]!.lower);
      const bad =
        run.some((x, n) => (covered[a + n] && !(branch && n === 1)) || NAME_HEADS.has(x.lower) || TITLE_HEADS.has(x.lower) || TITLE_MODIFIERS.has(x.lower) || HONORIFICS.has(x.lower) || TIME_WORDS.has(x.lower) || GEOGRAPHIC_HEADS.has(x.text) || STANDING_STOPS.has(x.lower)) ||
        COMPASS.has(run[0]!.lower) ||
        // "the Lusaka Protocol", "the Bicesse Accords": a treaty or a process, no actor.
        NAMED_AFTER_PLACES.has(run[run.length - 1]!.lower) ||
        // "the Final Act", "the General Act": a document's name, no actor.
        DOCUMENT_HEADS.has(run[run.length - 1]!.lower) ||
        (a > 0 && (PLACE_BEFORE.has(words[a - 1]!.lower) || TITLE_HEADS.has(words[a - 1]!.lower) || HONORIFICS.has(words[a - 1]!.lower))) ||
        (a > 1 && words[a - 1]!.lower === "the" && PLACE_BEFORE.has(words[a - 2]!.lower)) ||
        // "the Haji Pir pass", "the Kunar valley": a place's name before a lower-case word for the place.
        (j + 1 < words.length && spaced(j) && PLACE_AFTER.has(words[j + 1]!.text)) ||
        /^\s*,?\s*who\b/u.test(text.slice(words[j]!.end, words[j]!.end + 8));
      entry.ok &&= !bad;
      runs.set(label, entry);
    }
    i = next;
  }
  const out: LearnedName[] = [];
  // "Falintil, the guerrilla army that …", "The Mai-Mai, local militias which …": a name of one to three
  // capitalised words that an apposition calls an armed body or a movement, going on with a relative
  // pronoun, is that party's name, written once or more, with no head word of its own.
  const described = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    if (!capital(i) || covered[i]) continue;
    let j = i;
    while (j + 1 < words.length && j - i < 2 && (spaced(j) || between(j) === "-") && capital(j + 1) && !covered[j + 1]) j++;
    const after = text.slice(words[j]!.end, words[j]!.end + 80);
    const a = sentenceStart(text, words, i) && (lowerElsewhere.has(words[i]!.lower) || STANDING_STOPS.has(words[i]!.lower)) ? i + 1 : i;
    const run = words.slice(a, j + 1);
    const prev = a > 0 ? (words[a - 1]!.lower === "the" && a > 1 ? words[a - 2]! : words[a - 1]!) : undefined;
    if (
      run.length > 0 &&
      !covered[j + 1] &&
      APPOSED_PARTY.test(after) &&
      !run.some((x) => NAME_HEADS.has(x.lower) || TITLE_HEADS.has(x.lower) || HONORIFICS.has(x.lower) || TIME_WORDS.has(x.lower) || STANDING_STOPS.has(x.lower) || GEOGRAPHIC_HEADS.has(x.text)) &&
      !COMPASS.has(run[0]!.lower) &&
      !(prev && (PLACE_BEFORE.has(prev.lower) || TITLE_HEADS.has(prev.lower) || HONORIFICS.has(prev.lower))) &&
      !lineIsTitle(a)
    ) {
      const label = text.slice(run[0]!.start, words[j]!.end);
      if (!CITY_NAMES.has(label) && !described.has(label)) described.set(label, a);
    }
    i = j;
  }
  for (const label of described.keys()) {
    const base = squashName(label);
    if (gazetteer.actors.has(base)) continue;
    out.push({ actor: { id: base, label, kind: "non-state", inDataset: false }, forms: [label] });
  }
  for (const [label, { at, ok }] of runs) {
    if (!ok || at.length < 2 || CITY_NAMES.has(label)) continue;
    const own = wordsOf(label);
    const inside = new Set(at.flatMap((a) => own.map((_, n) => a + n)));
    // A word of it written alone elsewhere: a person's surname or given name, a place's part (the group's own name after a word of another's, "Hezbollah", may be).
    const ownWords = groupWord[at[0]! + 1] === true && own.length === 2 ? own.slice(0, 1) : own;
    // Not inside another actor's name: "Khmer" of "the Khmer People's National Liberation Front" is no
    // surname written alone beside "the Khmer Rouge".
    if (words.some((x, k) => !inside.has(k) && !covered[k] && ownWords.some((o) => /^\p{Lu}/u.test(o.text) && o.text === x.text))) continue;
    const base = squashName(label);
    if (gazetteer.actors.has(base) || described.has(label)) continue;
    out.push({ actor: { id: base, label, kind: DEFAULT_NAME_KIND, inDataset: false }, forms: [label] });
  }
  out.push(...campNames(words, covered, lineIsTitle, gazetteer, out));
  return out;
}

/**
 * "The Constitutionalists who rose in April …, the Constitutionalist camp": a camp named by the
 * creed its members hold, one capitalised word in "-ists" or "-istas" written after "the" at least
 * twice and never in lower case (then it is a word for anyone who holds it: "the communists"), no
 * known actor's form and not on a title line, is a party of the text (eightieth round). The word
 * before "camp", "side", "forces" and the like ("the Constitutionalist camp") is another form of it.
 * Not when the text speaks of its government or army ("his Sandinista government"): a ruling creed
 * is the state's.
 */
function campNames(words: readonly Word[], covered: readonly boolean[], lineIsTitle: (i: number) => boolean, gazetteer: Gazetteer, learned: readonly LearnedName[]): LearnedName[] {
  const uses = new Map<string, number>();
  const lower = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!CAMP_PLURAL.test(w.text)) {
      if (/^\p{Ll}/u.test(w.text)) lower.add(w.lower);
      continue;
    }
    if (covered[i] || lineIsTitle(i) || words[i - 1]?.lower !== "the") continue;
    uses.set(w.text, (uses.get(w.text) ?? 0) + 1);
  }
  const out: LearnedName[] = [];
  for (const [label, n] of uses) {
    const base = squashName(label);
    if (n < 2 || lower.has(label.toLowerCase()) || gazetteer.actors.has(base) || learned.some((l) => l.actor.id === base)) continue;
    const singular = label.replace(/s$/u, "");
    // "his Sandinista government", "the Sandinista army": a creed that governs is the state's, not a camp of its own.
    if (words.some((w, k) => w.text === singular && RULING_NOUNS.has(words[k + 1]?.lower ?? ""))) continue;
    const forms = [label];
    if (words.some((w, k) => w.text === singular && !covered[k] && CAMP_NOUNS.has(words[k + 1]?.lower ?? ""))) forms.push(singular);
    out.push({ actor: { id: base, label, kind: "non-state", inDataset: false }, forms });
  }
  return out;
}
/** A capitalised word for the holders of a creed ("Constitutionalists", "Sandinistas"). */
const CAMP_PLURAL = /^\p{Lu}\p{Ll}+ist(?:a)?s$/u;
/** Nouns after a creed's word that make it the ruling creed ("the Sandinista government"). */
const RULING_NOUNS: ReadonlySet<string> = new Set(["government", "army", "regime", "administration", "state", "authorities"]);
/** Nouns after a camp's word in the singular that make it the camp's name ("the Constitutionalist camp"). */
const CAMP_NOUNS: ReadonlySet<string> = new Set(["camp", "side", "forces", "troops", "fighters", "rebels", "leaders", "leadership", "movement"]);
/**
 * An acronym the text writes bare from its first mention and uses as a party ("aid to the Andean
 * Front and the RPLA"): no parenthesis introduces it, no "known as", no name it is the initials of,
 * so no rule above reads it, and it went to the names list while the party beside it was read. A
 * word of three or more capitals (letters only), no known or learned actor's form, not on a title
 * line, at a line's start (a dateline's place) nor written otherwise than in capitals elsewhere, no
 * regnal number ("Aquino III"),
 * becomes a party whose id and name are the acronym when the text uses it as one: in a list with an
 * actor ("X and Y", "X, Y", "X or the Y": a comma, "and" or "or", an article at most, between them),
 * but not as a modifier of the common noun after it (`nounAfter`: "the RPLA report"), or right beside
 * a cue (`cueAt`: whether a cue's words touch these offsets) as its subject ("RPLA attacked") or
 * object ("attacked RPLA", "aid to RPLA": a preposition or an article at most between).
 */
export function learnBareAcronyms(
  text: string,
  gazetteer: Gazetteer,
  words: Word[] = wordsOf(text),
  cueAt?: (start: number, end: number) => boolean,
  nounAfter?: (end: number) => boolean,
): LearnedName[] {
  const candidates = [...new Set(words.filter((w) => /^\p{Lu}{3,}$/u.test(w.text)).map((w) => w.text))];
  if (candidates.length === 0) return [];
  const mentions = findMentions(text, gazetteer, words);
  const inMention = (w: Word) => mentions.some((m) => m.start < w.end && w.start < m.end);
  const lineIsTitle = titleLines(text, words);
  const out: LearnedName[] = [];
  // Where each candidate stands, and the candidates the text also writes otherwise ("Rimbo"): one pass over the words, not one per candidate.
  const positions = new Map<string, number[]>(candidates.map((c) => [c, []]));
  const byLower = new Map<string, string[]>();
  for (const c of candidates) byLower.set(c.toLowerCase(), [...(byLower.get(c.toLowerCase()) ?? []), c]);
  const writtenOtherwise = new Set<string>();
  words.forEach((w, k) => {
    positions.get(w.text)?.push(k);
    for (const c of byLower.get(w.lower) ?? []) if (w.text !== c) writtenOtherwise.add(c);
  });
  // Only spaces or tabs between the line's start (or the text's) and `start`.
  const opensLine = (start: number) => {
    let p = start;
    while (p > 0 && (text[p - 1] === " " || text[p - 1] === "\t")) p--;
    return p === 0 || text[p - 1] === "\n";
  };
  for (const acronym of candidates) {
    const at = positions.get(acronym)!;
    // Not a dateline's place ("RIMBO, Sweden —" opening a line), nor a regnal number ("Aquino III").
    const dateline = (k: number) => opensLine(words[k]!.start) && /^[ \t]*(?:,|[—–-][ \t])/u.test(text.slice(words[k]!.end));
    // Where it is written alone: inside a known actor's longer name ("UNITA-Renovada", an actor the
    // curator added) it is that actor's word, and elsewhere still a party's own name.
    const alone = at.filter((k) => !inMention(words[k]!));
    if (/^[IVXLC]+$/u.test(acronym) || alone.length === 0 || alone.some((k) => lineIsTitle(k) || dateline(k))) continue;
    if (writtenOtherwise.has(acronym)) continue;
    if (gazetteer.actors.has(acronym) || (gazetteer.forms.get(acronym.toLowerCase()) ?? []).some((f) => f.words.length === 1)) continue;
    const used = alone.some((k) => {
      const w = words[k]!;
      const after = text.slice(w.end, w.end + 24);
      const before = text.slice(Math.max(0, w.start - 24), w.start);
      const listNext = /^(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?/u.exec(after);
      const listPrev = /(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?$/u.exec(before);
      const nextIsList = listNext !== null && mentions.some((m) => m.start === w.end + listNext[0].length || m.start === w.end + listNext[0].replace(/the[ \t]+$/u, "").length);
      const prevIsList = listPrev !== null && mentions.some((m) => m.end === w.start - listPrev[0].length);
      // "the X report": a modifier of the common noun after it, no party of the list.
      const modifier = nounAfter?.(w.end) === true;
      if ((nextIsList || prevIsList) && !modifier) return true;
      if (!cueAt) return false;
      // Its subject: the cue's first word right after it. Its object: the cue's last word before it, a preposition or an article at most between.
      const next = words[k + 1];
      if (next && /^[ \t]+$/.test(text.slice(w.end, next.start)) && cueAt(next.start, next.end)) return true;
      let p = k - 1;
      while (p >= 0 && k - p <= 2 && BARE_OBJECT_LINKS.has(words[p]!.lower)) p--;
      return p >= 0 && /^[ \t]+$/.test(text.slice(words[p]!.end, words[p + 1]!.start)) && cueAt(words[p]!.start, words[p]!.end);
    });
    if (!used) continue;
    // "the X rebel movement", "X guerrillas", "X's fighters": the text calls it an armed group.
    const armed = alone.some((k) => BARE_ARMED_AFTER.test(text.slice(words[k]!.end, words[k]!.end + 24)));
    out.push({ actor: { id: acronym, label: acronym, kind: armed ? "non-state" : DEFAULT_NAME_KIND, inDataset: false, ownName: true }, forms: [acronym] });
  }
  return out;
}
/** Head words of a state's own government named after the state's possessive ("Somalia's Transitional Federal Government"). */
const STATE_GOVERNMENT_HEADS: ReadonlySet<string> = new Set(["government", "administration"]);
/** Head words of a rival camp named with the same state ("the Libyan National Army", "Libya's House of Representatives"). */
const RIVAL_CAMP_HEADS: ReadonlySet<string> = new Set(["government", "administration", "army", "forces", "council", "authority", "representatives", "parliament"]);

/** Nouns of an armed group right after a bare acronym (a possessive's "'s" at most between): "the X rebel movement", "X's fighters". */
const BARE_ARMED_AFTER = /^(?:['’]s)?[ \t]+(?:rebel|rebels|guerrilla|guerrillas|insurgent|insurgents|militant|militants|militia|militias|fighters)\b/iu;
/** Words between a cue and its object ("aid to the X", "talks with X", "war against X"). */
const BARE_OBJECT_LINKS: ReadonlySet<string> = new Set(["to", "with", "against", "on", "from", "the", "of", "for"]);
/** Lower-case particles joined by a hyphen inside a name ("Harakat al-Nujaba"). */
const STANDING_PARTICLES: ReadonlySet<string> = new Set(["al", "el", "ad", "ash", "as", "an", "ar", "at", "az", "bin", "ibn"]);
/**
 * An apposition that calls the name before it an armed body or a movement and goes on to say what it
 * does: ", the guerrilla army that", ", local militias which", ", a rebel movement that".
 */
const APPOSED_PARTY = /^,[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[\p{Ll}-]+[ \t]+){0,2}(?:militias?|guerrillas?|army|rebels|insurgents|fighters|movement|faction|rebel group|armed group)[ \t]+(?:that|which|who|whose)\b/u;
/** Capitalised words that open or stand in no party's name of this kind. */
const STANDING_STOPS: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "and", "but", "or", "if", "when", "while", "after", "before", "in", "on", "at", "for", "with", "mr", "mrs", "ms", "saint", "st"]);
/** Words that make the name after them a place's ("in Cabo Delgado", "near the Tel Abyad"); not "to", "from", "on": a party is written to and from ("answer to Kataib Hezbollah"). */
const PLACE_BEFORE: ReadonlySet<string> = new Set(["in", "at", "near", "across", "into", "inside", "outside", "around", "throughout", "within", "through", "towards", "toward"]);
/** Lower-case words for a place after its name ("the Haji Pir pass", "the Kunar valley"): the name is the place's, no actor's. */
const PLACE_AFTER: ReadonlySet<string> = new Set(["pass", "valley", "river", "mountains", "hills", "heights", "plateau", "plain", "peninsula", "strait", "gulf", "bay", "lake", "desert", "glacier", "sector", "corridor", "salient", "enclave", "district", "airstrip", "airbase", "airfield", "crossing", "checkpoint"]);
/** Compass words that open a place's name ("Western Sahara", "North Kivu"). */
const COMPASS: ReadonlySet<string> = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater"]);
/** Cities the bundled data knows, by name. */
const CITY_NAMES: ReadonlySet<string> = new Set((citiesFile as unknown as { cities: Array<[string, string]> }).cities.map(([name]) => name));

/**
 * The gazetteer with the names a text introduces (learnNames) added for that text: a copy, the
 * shared one untouched; a learned form wins over a bundled form with the same words.
 */
export function withLearnedNames(gazetteer: Gazetteer, learned: readonly LearnedName[]): Gazetteer {
  if (learned.length === 0) return gazetteer;
  const actors = new Map(gazetteer.actors);
  const forms = new Map(gazetteer.forms);
  for (const { actor, forms: surfaces, surnames } of learned) {
    if (!actors.has(actor.id)) actors.set(actor.id, actor);
    for (const surface of surfaces) {
      const split = splitForm(surface);
      if (!split) continue;
      const first = split.words[0]!.toLowerCase();
      const list = [
        { ...split, actor: actor.id, form: "name" as const, ...(surface === surface.toLowerCase() && /\p{L}/u.test(surface) ? { generic: true } : {}), ...(surnames?.includes(surface) ? { surname: true } : {}) },
        ...(forms.get(first) ?? []),
      ];
      forms.set(first, list.sort((x, y) => y.words.length - x.words.length));
    }
  }
  return { ...gazetteer, actors, forms };
}

/** Words for a state's own end ("the collapse of the Soviet Union", "the USSR's breakdown", "after Yugoslavia broke up"). */
const STATE_END_NOUNS = "collapse|breakup|break-up|breakdown|dissolution|disintegration|demise|fall|end|implosion";
const STATE_END_BEFORE = new RegExp(`(?:\\b(?:${STATE_END_NOUNS}) of (?:the )?|\\bformer |\\bex-)$`, "iu");
const STATE_END_AFTER = new RegExp(`^(?:['’]s? (?:${STATE_END_NOUNS})\\b| (?:collapsed|broke up|broke apart|dissolved|disintegrated|imploded|fell apart|ceased to exist)\\b)`, "iu");
/** The names of the states that exist no more (and of the rump states that kept them), lower-cased. */
const FORMER_NAMES: ReadonlySet<string> = new Set([...FORMER_STATES.flatMap((f) => [...f.names, ...(f.keptBy?.names ?? [])]), ...HISTORIC_STATES.flatMap((f) => f.names)].map((n) => n.toLowerCase()));
/** The people-words a rump state kept ("Yugoslav"): "the former Yugoslav republic" is a place's past, not the rump state. */
const KEPT_DEMONYMS: ReadonlySet<string> = new Set(FORMER_STATES.flatMap((f) => f.keptBy?.demonyms ?? []).map((n) => n.toLowerCase()));

/**
 * Whether a name of a state that exists no more speaks of its end or of its former land, a time or
 * a place ("war broke out after the USSR's breakdown", "since the collapse of the Soviet Union",
 * "the tribunal for the former Yugoslavia"), not of the state acting.
 */
export function namesStateEnd(text: string, m: Mention): boolean {
  const surface = text.slice(m.start, m.end).toLowerCase();
  if (!(m.form === "name" ? FORMER_NAMES.has(surface) : m.form === "demonym" && KEPT_DEMONYMS.has(surface))) return false;
  return STATE_END_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || STATE_END_AFTER.test(text.slice(m.end, m.end + 40));
}

/** Adds a form of `actor` to a copy's forms (longest first under its first word). */
function addForm(forms: Map<string, Form[]>, surface: string, actor: string, form: MentionForm): void {
  const split = splitForm(surface);
  if (!split) return;
  const first = split.words[0]!.toLowerCase();
  const list = [{ ...split, actor, form }, ...(forms.get(first) ?? [])];
  forms.set(first, list.sort((x, y) => y.words.length - x.words.length));
}

/**
 * The gazetteer with the states that existed on `date` and exist no more (data/formerStates.ts):
 * their names, people-words and seats of power, which win over the successor's ("Moscow" is the
 * Soviet Union in a text of 1978). A dataset actor with the state's code or name stands for it.
 * A text dated after the state's end, or without a date, gets its names only (below). A copy; the
 * shared gazetteer is untouched.
 */
export function withFormerStates(gazetteer: Gazetteer, date: string | undefined): Gazetteer {
  // A historic state without a code of its own (data/historicStates.ts) is a state only in a text of
  // its years and the margin after them: later, and in a text without a date, "Bavaria" is a region
  // and "Hanover" a city, and it adds nothing (not even to `past` below). In the margin its names
  // only: its seat and people-word are its successor's from its end ("Berlin" in May 1871 is the
  // German Empire, "Turin" in 1861 Italy).
  const historic = date ? HISTORIC_STATES.filter((h) => h.from <= date && date <= addMonths(h.to, 12 * HISTORIC_MARGIN_YEARS)) : [];
  const uncoded = new Set(historic.filter((h) => h.iso3 === undefined).map((h) => h.id));
  const existing: FormerState[] = [
    ...(date ? FORMER_STATES.filter((f) => f.from <= date && date <= f.to) : []),
    ...historic.map((h) => ({ ...h, iso3: h.iso3 ?? h.id, ...(date! > h.to ? { metonyms: [], demonyms: [] } : {}) })),
  ];
  // A state that existed before the text's date (or a text without one) is still named by its own
  // names, with its ISO 3166-3 code ("the Soviet Union armed the MPLA" in a report of 2002: `SUN`,
  // not a name learned as "SOVIETUNION"); its seats of power and people-words name the successor now.
  const past = FORMER_STATES.filter((f) => !existing.includes(f) && (date === undefined || f.to < date));
  const later = date ? LATER_STATES.filter((l) => date < l.from) : [];
  const year = date && /^\d{4}/.test(date) ? { year: Number(date.slice(0, 4)) } : {};
  if (existing.length === 0 && past.length === 0 && later.length === 0) return { ...gazetteer, ...year };
  const actors = new Map(gazetteer.actors);
  // A state proclaimed after the text's date: its people-words may speak of its movement (findMentions).
  for (const { iso3 } of later) {
    const state = [...actors.values()].find((a) => a.kind === "state" && (a.iso3 === iso3 || a.id === iso3));
    if (state) actors.set(state.id, { ...state, notYet: true });
  }
  const forms = new Map(gazetteer.forms);
  for (const state of [...existing, ...past]) {
    const now = existing.includes(state);
    // The name held by a rump state on the text's date is the state that continues it.
    const keptBy = !now && date !== undefined && state.keptBy && date <= state.keptBy.until ? state.keptBy : undefined;
    if (keptBy) {
      const heir = [...actors.values()].find((a) => a.iso3 === keptBy.iso3 || a.id === keptBy.iso3);
      if (heir) {
        for (const name of keptBy.names) addForm(forms, name, heir.id, "name");
        for (const demonym of keptBy.demonyms ?? []) addForm(forms, demonym, heir.id, "demonym");
      }
      continue;
    }
    const known = [...actors.values()].find((a) => a.iso3 === state.iso3 || a.id === state.iso3 || a.label === state.label);
    const id = known?.id ?? state.iso3;
    if (!known) actors.set(id, { id, label: state.label, kind: "state", ...(uncoded.has(id) ? {} : { iso3: state.iso3 }), inDataset: false });
    // A bundled state whose code a state of the text's date held is offered under that state's name
    // ("Austria-Hungary" in a report of 1913, "West Germany" in 1975, not "Austria", "Germany"): the
    // name the text and its time give it. A dataset actor keeps the curator's label.
    else if (now && !known.inDataset && known.label !== state.label) actors.set(id, { ...known, label: state.label });
    const add = (surface: string, form: MentionForm) => addForm(forms, surface, id, form);
    for (const name of state.names) add(name, "name");
    if (!now) continue;
    // A present state whose name ends one of this state's ("Russia" of "Soviet Russia", "Bolshevik
    // Russia"), spaced from the words before it, and whose code no state of the date holds (not
    // "Vietnam" of "North Vietnam" while South Vietnam held VNM, nor "Hungary" of "Austria-Hungary").
    for (const name of state.names) {
      const split = splitForm(name);
      if (!split) continue;
      for (let k = 1; k < split.words.length; k++) {
        if (split.separators[k - 1] !== " ") continue;
        const rest = split.words.slice(k);
        const short = (gazetteer.forms.get(rest[0]!.toLowerCase()) ?? []).find((f) => f.form === "name" && f.words.length === rest.length && f.words.every((w, n) => w === rest[n]));
        const present = short ? actors.get(short.actor) : undefined;
        if (!present || present.kind !== "state" || present.id === id || existing.some((f) => f.iso3 === present.iso3 || f.iso3 === present.id)) continue;
        const names = [...(present.shortOf?.actor === id ? present.shortOf.names : []), name.toLowerCase()];
        actors.set(present.id, { ...present, shortOf: { actor: id, names } });
      }
    }
    for (const name of state.metonyms) add(name, "metonym");
    for (const name of state.demonyms) add(name, "demonym");
  }
  return { actors, forms, ...year };
}
