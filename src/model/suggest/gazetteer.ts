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
import type { Actor, ActorKind } from "../schema.ts";
import countriesFile from "./data/countries.json";
import { BODIES, STATE_SUPPLEMENT } from "./data/bodies.ts";
import { POLITY_TITLES, TITLE_HOLDERS } from "./data/anaphora.ts";

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
}

interface Form {
  /** The form's words, as written ("the", "Kremlin"). */
  words: string[];
  /** What separates consecutive words: " ", "-", ".", ". " or "'". */
  separators: string[];
  actor: string;
  form: MentionForm;
}

export interface Gazetteer {
  actors: Map<string, GazetteerActor>;
  /** Forms by their first word, lower-cased; longest first. */
  forms: Map<string, Form[]>;
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

/** Participles that make a name a modifier: "Saudi-led", "Iran-aligned", "US-brokered". */
export const COMPOUND_PARTICIPLES: ReadonlySet<string> = new Set([
  "led", "backed", "brokered", "sponsored", "supported", "aligned", "allied", "controlled", "dominated", "run",
  "funded", "armed", "friendly", "hosted", "mediated",
  // The Karabakh paraphrase's word for "led" ("Moscow-drove"), listed in facts.md.
  "drove",
]);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

interface Word {
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

/** The separator between two words of a form or a text, normalised: whitespace → " ", ’ → '. */
function separator(between: string): string | null {
  if (/^\s+$/.test(between)) return " ";
  const s = between.replace(/’/g, "'");
  if (s === "-" || s === "'" || s === ".") return s;
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
    const actor = resolve(id, iso3, allNames) ?? id;
    if (!actors.has(actor)) actors.set(actor, { id, label, kind: "state", ...(iso3 ? { iso3 } : {}), inDataset: false });
    bundled.push({ actor, names: allNames, metonyms: [...capitals, ...(extra?.metonyms ?? [])], demonyms: [...demonyms, ...(extra?.people ?? [])] });
  }
  for (const b of BODIES) {
    const actor = resolve(b.id, "", b.names) ?? b.id;
    if (!actors.has(actor)) actors.set(actor, { id: b.id, label: b.label, kind: b.kind, inDataset: false });
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
    for (const n of b.names) add(n, b.actor, "name");
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

/** Every actor mention in `text`, left to right, longest form first, no two overlapping. */
export function findMentions(text: string, gazetteer: Gazetteer, words: Word[] = wordsOf(text)): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < words.length) {
    const options = gazetteer.forms.get(words[i]!.lower);
    let best: { form: Form; last: number } | undefined;
    let compound: { form: Form; last: number; participle: string } | undefined;
    for (const form of options ?? []) {
      const last = matchAt(text, words, i, form);
      if (last < 0) continue;
      best ??= { form, last };
      // "Moscow-led X": the name is a mention of its own even when a longer form starts with it.
      const next = words[last + 1];
      if (!compound && next && text.slice(words[last]!.end, next.start) === "-" && COMPOUND_PARTICIPLES.has(next.lower)) {
        compound = { form, last, participle: next.lower };
      }
    }
    const useCompound = compound !== undefined && (best === undefined || compound.form.actor !== best.form.actor || compound.last >= best.last);
    const chosen = useCompound ? compound! : best;
    if (!chosen) {
      i++;
      continue;
    }
    const mention: Mention = { actor: chosen.form.actor, start: words[i]!.start, end: words[chosen.last]!.end, form: chosen.form.form };
    if (useCompound) mention.compound = compound!.participle;
    mentions.push(mention);
    i = useCompound ? chosen.last + 2 : chosen.last + 1;
  }
  return mentions;
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
