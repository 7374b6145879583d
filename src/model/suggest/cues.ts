/**
 * Finding the lexicon's cues in a tokenised text: each occurrence with its class, weight, tokens
 * and whether a negation governs it. Tokens inside an actor mention are never cues ("Collective
 * Security Treaty Organization" is not a treaty).
 */
import type { Token } from "./nlp.ts";
import { COMPOUND_LINKS, CUE_CLASSES, PARTY_GATHERINGS, PARTY_GATHERING_BEFORE, CUE_LEXICON, EVENT_PARTIES_AFTER, FRAMED_EVENTS, OPPOSED_EVENT_BEFORE, OPPOSITION_NOUNS, GUEST_WORDS, HOSTED_VISIT_WEIGHT, MAX_GAP, SETTING_NOUNS, TIME_FRAME_BEFORE, TIME_FRAME_NOUNS, VERB_PARTICLES, PLEDGE_FRAME_REACH, PLEDGE_FRAMES, PLEDGE_OBJECTS, PLEDGE_PREPOSITIONS, PLEDGE_REACH, REFUSING_VERBS, UNMET_CONDITIONS, UNMET_IF_PRESENT, UNMET_REACH, ASKING_WORDS, MONITORING_WORDS, REPORTING_VERBS, type CueClass, type CueEntry } from "./lexicon.ts";

export interface CueHit {
  class: CueClass;
  weight: number;
  phrase: string;
  /** First and last token of the cue (inclusive). */
  first: number;
  last: number;
  negated: boolean;
  /** A second class the same words say (lexicon.ts `also`: leaving a body). */
  also?: CueClass;
  /** Negated, this class at full weight (lexicon.ts `negatedAs`: not recognising). */
  negatedAs?: CueClass;
  /** Backing a plan (lexicon.ts `backing`). */
  backing?: boolean;
  /** Seeking an agreement between others (lexicon.ts `seeking`): a go-between's cue only. */
  seeking?: boolean;
  /** Holding a body's chair (lexicon.ts `chair`). */
  chair?: boolean;
  /** Chaired by those listed after it (lexicon.ts `chairedBy`). */
  chairedBy?: boolean;
  /** Troops of a force (lexicon.ts `troops`). */
  troops?: boolean;
  /** A force that includes soldiers from states (lexicon.ts `contributors`). */
  contributors?: boolean;
  /** A force made up of states' soldiers (lexicon.ts `madeOf`). */
  madeOf?: boolean;
  /** Pressing or urging, read only on both parties (lexicon.ts `bothSides`). */
  bothSides?: boolean;
  /** "a bloc to which A and B belong": the relative clause's subjects are the antecedent's members (lexicon.ts `belongs`). */
  belongs?: boolean;
  /** Forming a body ("A, B and C formed the Front"): its listed subjects are its members (lexicon.ts `forms`). */
  forms?: boolean;
  /** A court's order, read only between the court and those it orders (lexicon.ts `courtOrder`). */
  courtOrder?: boolean;
  /** Bringing member bodies together ("brings together five groups"): the subject is made of those after it (`gatheredMembers`). */
  gathers?: boolean;
  /** The token of the envoys through whom the gathered sit ("brings together the envoys of …"): part of the gathering, no go-between's word. */
  seated?: number;
  /** Lifting a penalty (lexicon.ts `lifting`). */
  lifting?: boolean;
  /** "the Lakeside Group of Norway, Chile and Ghana": a body and a member listed after its name's "of" (suggest.ts `membersListedOf`); `onlyFor` holds [body, member]. */
  membersOf?: boolean;
  /** … the members being those of a panel the body sends ("named a panel … from A, B and C", suggest.ts `panelMembers`): they go together to others, no co-members offered with each other. */
  panel?: boolean;
  /** A cue that speaks of one pair only ("Moscow-led CSTO": Russia and the CSTO), by actor id. */
  onlyFor?: readonly [string, string];
}

/** The lexicon entry's flags a hit carries, each read by pairs.ts (lexicon.ts `CueEntry`). */
const HIT_FLAGS = ["backing", "seeking", "chair", "chairedBy", "troops", "contributors", "madeOf", "lifting", "bothSides", "courtOrder", "forms", "belongs"] as const;

interface CompiledCue {
  entry: CueEntry;
  words: string[];
}

interface CompiledLexicon {
  /** Cues by their first word. */
  byFirst: Map<string, CompiledCue[]>;
  /** The phrase lengths that occur, longest first. */
  lengths: number[];
}

let compiled: CompiledLexicon | undefined;

/** The lexicon indexed by its first word. */
function index(): CompiledLexicon {
  if (compiled) return compiled;
  const byFirst = new Map<string, CompiledCue[]>();
  for (const entry of CUE_LEXICON) {
    // A hyphenated word is found split ("cease - fire") or whole, as the tokenizer gives it ("non-recognition").
    const splits = [entry.phrase.toLowerCase().split(/[\s-]+/).filter(Boolean), entry.phrase.toLowerCase().split(/\s+/).filter(Boolean)];
    for (const words of entry.phrase.includes("-") ? splits : splits.slice(0, 1)) {
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ entry, words });
      byFirst.set(words[0]!, list);
    }
  }
  const lengths = [...new Set([...byFirst.values()].flat().map((c) => c.words.length))].sort((a, b) => b - a);
  compiled = { byFirst, lengths };
  return compiled;
}

/**
 * Lemmas for words the tagger left as they are: a passive participle it calls an adjective ("were
 * mediated", "was hosted", "were banned") and a capitalised plural it calls a proper noun at the start
 * of a sentence ("Talks between …", "Allies of …").
 */
export function lemmaGuesses(t: Token): string[] {
  const w = t.lower;
  if (t.lemma !== w || w.length < 4) return [];
  // A participle the tagger calls an adjective: the verbs it may be of.
  if (t.pos === "ADJ" && w.endsWith("ed")) return verbFormGuesses(w);
  if (t.pos === "PROPN" && w.endsWith("s") && !w.endsWith("ss")) return w.endsWith("ies") ? [`${w.slice(0, -3)}y`, w.slice(0, -1)] : [w.slice(0, -1)];
  return [];
}

const isWordOf = (t: Token, w: string) => t.lemma === w || t.lower === w || lemmaGuesses(t).includes(w);
/**
 * The tagger often takes a verb after "will", "to" or "has", or after "which" / "who" / "that", for
 * an adverb or a noun ("will back the plan", "which backs the government"); a verb cue there is read
 * as a verb.
 */
function verbAfterAuxiliary(tokens: readonly Token[], i: number, pos: string): boolean {
  const prev = tokens[i - 1];
  // … and after a relative pronoun ("Qatar, which backs the Tripoli government": "backs" is no plural noun).
  return pos === "VERB" && prev !== undefined && (prev.pos === "AUX" || (prev.pos === "PART" && prev.lower === "to") || RELATIVE_PRONOUNS.has(prev.lower));
}
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["which", "who", "that"]);

/**
 * Whether token `i` stands where a verb stands, whatever the tagger called it: wink's model tags
 * "Azerbaijan armed Armenia" as an adjective, "Russia arms Armenia" and "Iran is arming the Houthis"
 * as nouns. After a subject (an actor's name, a subject pronoun), an auxiliary, "to", a relative
 * pronoun, or "of" / "by" / "for" before a gerund ("accused of arming"), and before its object (a
 * name, a determiner, a pronoun), with no determiner or possessive before it. "armed forces", "the
 * arms embargo", "its backing", "militias armed with drones" are not in that place.
 */
export function verbSlot(tokens: readonly Token[], i: number, from: number, to: number, blocked: readonly boolean[]): boolean {
  if (i <= from || i + 1 >= to || blocked[i]) return false;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1]!;
  const t = tokens[i]!;
  // No compound's tail ("Russian-armed").
  if (prev.lower === "-" || prev.end === t.start) return false;
  const subject = blocked[i - 1] || SUBJECT_PRONOUNS.has(prev.lower);
  // "accused of arming", "denies arming", "stopped backing".
  const gerund = t.lower.endsWith("ing") && (GERUND_BEFORE.has(prev.lower) || prev.pos === "VERB");
  // The second verb of a list: "Tehran arms, trains and funds …", "trained and armed by …".
  const listed = (prev.lower === "and" || prev.lower === ",") && i - 2 >= from && verbLike(tokens[i - 2]!);
  const before = subject || gerund || listed || prev.pos === "AUX" || (prev.pos === "PART" && prev.lower === "to") || RELATIVE_PRONOUNS.has(prev.lower);
  if (!before || prev.pos === "DET" || POSSESSIVES.has(prev.lower)) return false;
  const object = (k: number) => blocked[k] === true || tokens[k]?.pos === "DET" || (tokens[k]?.pos === "PRON" && OBJECT_PRONOUNS.has(tokens[k]!.lower));
  // "the rebels, whom Chile accuses Peru of arming": the deed's object is the relative pronoun's antecedent.
  if (gerund && GERUND_BEFORE.has(prev.lower) && next.pos === "PUNCT" && tokens.slice(from, i).some((w) => w.lower === "whom")) return true;
  // A passive participle and its agent: "armed by the UAE".
  const agent = t.lower.endsWith("ed") && next.lower === "by" && object(i + 2);
  // The first verb of a list: "which arms and finances Hezbollah".
  const listing = (next.lower === "and" || next.lower === ",") && i + 2 < to && verbLike(tokens[i + 2]!);
  return object(i + 1) || agent || listing;
}

/** A verb, or a form of one of the lexicon's verb-only cues the tagger called otherwise ("trains", "funds"). */
function verbLike(t: Token): boolean {
  if (t.pos === "VERB") return true;
  verbCues ??= new Set(CUE_LEXICON.filter((e) => e.pos === "VERB").map((e) => e.phrase));
  return [t.lemma, t.lower, ...lemmaGuesses(t), ...verbFormGuesses(t.lower)].some((w) => verbCues!.has(w));
}
let verbCues: Set<string> | undefined;
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["it", "they", "he", "she", "we"]);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["them", "it", "him", "her", "us", "its", "their", "his"]);
const GERUND_BEFORE: ReadonlySet<string> = new Set(["of", "by", "for"]);
const POSSESSIVES: ReadonlySet<string> = new Set(["its", "their", "his", "her", "our", "'s", "’s"]);

/** The bare verbs a word may be an inflection of: "arms" → arm, "arming" → arm / arme, "equipped" → equip, "backs" → back. */
export function verbFormGuesses(w: string): string[] {
  const out: string[] = [];
  const undouble = (stem: string) => (stem.length > 2 && stem.at(-1) === stem.at(-2) ? [stem.slice(0, -1)] : []);
  if (w.endsWith("ing") && w.length > 5) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`, ...undouble(w.slice(0, -3)));
  else if (w.endsWith("ied")) out.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith("ed") && w.length > 4) out.push(w.slice(0, -2), w.slice(0, -1), ...undouble(w.slice(0, -2)));
  else if (w.endsWith("ies")) out.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith("es") && w.length > 4) out.push(w.slice(0, -1), w.slice(0, -2));
  else if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) out.push(w.slice(0, -1));
  return out;
}

/** Nouns for the bodies a front or an alliance is made of ("brings together five groups", "several parties"). */
const MEMBER_NOUNS: ReadonlySet<string> = new Set(["group", "party", "faction", "movement", "organisation", "organization", "militia", "member"]);

/**
 * "The front brings together five groups that united in 1980: …": bringing together, right before
 * a word for member bodies (a count or an adjective at most between), is what the subject is made of,
 * a membership, not a go-between's meeting ("brought the two sides together", twenty-third round).
 */
function gatheredMembers(tokens: readonly Token[], to: number, blocked: readonly boolean[], h: CueHit): CueHit {
  if (h.phrase !== "bring together" || h.last !== h.first + 1 || h.negated) return h;
  // … and, in the present, right before a body's name ("the Front, which brings together the
  // separatist Liberation Movement, …": what the Front is made of; "brought together Peru and
  // Ecuador" is a go-between's meeting).
  const present = ["brings", "bring"].includes(tokens[h.first]!.lower);
  for (let k = h.last + 1; k < to && k <= h.last + 3; k++) {
    const t = tokens[k]!;
    if ((MEMBER_NOUNS.has(t.lemma) && t.lower !== t.lemma) || (present && blocked[k])) return { ...h, class: "membership", gathers: true };
    // … and, in the present, right before the envoys of those it is made of ("the Conference, which
    // brings together the envoys of Germany, France and Russia": the states sit in it through them;
    // eighty-first round).
    if (present && SEATED_NOUNS.has(t.lower) && tokens[k + 1]?.lower === "of" && k + 2 < to && (blocked[k + 2] || (tokens[k + 2]!.lower === "the" && blocked[k + 3]))) return { ...h, class: "membership", gathers: true, seated: k };
    if (!(t.pos === "NUM" || t.pos === "ADJ" || t.pos === "DET")) break;
  }
  return h;
}
/** Those through whom a state sits in a body that brings them together ("the envoys of Germany, France and Russia"). */
const SEATED_NOUNS: ReadonlySet<string> = new Set(["envoys", "ambassadors", "representatives", "delegates", "delegations", "ministers", "leaders"]);

/** Punctuation ends a gap, except the hyphen inside "cease-fire". */
const breaksGap = (t: Token) => t.pos === "PUNCT" && t.lower !== "-";

/**
 * Every cue in tokens `from` to `to` (exclusive). `blocked[i]` marks tokens that belong to an
 * actor mention. A token is part of at most one cue; longer phrases are taken first.
 */
export function findCues(tokens: readonly Token[], from: number, to: number, blocked: readonly boolean[], text?: string): CueHit[] {
  const { byFirst, lengths } = index();
  const used = new Uint8Array(to - from);
  for (const k of noCues(tokens, from, to)) used[k - from] = 1;
  const named = text === undefined ? new Map<number, boolean>() : namedWords(tokens, from, to, blocked, text);
  for (const [k, body] of named) if (!body) used[k - from] = 1;
  const hits: CueHit[] = [];
  // Longest phrases first over the whole span, so "restore diplomatic relations" beats "relation".
  for (const length of lengths) {
    for (let i = from; i < to; i++) {
      if (used[i - from] || blocked[i]) continue;
      const t = tokens[i]!;
      const asVerb = length === 1 && t.pos !== "VERB" && verbSlot(tokens, i, from, to, blocked);
      let hit = matchHere(tokens, i, to, length, byFirst.get(t.lemma), used, from, blocked, asVerb) ?? (t.lemma !== t.lower ? matchHere(tokens, i, to, length, byFirst.get(t.lower), used, from, blocked, asVerb) : undefined);
      for (const guess of hit ? [] : lemmaGuesses(t)) hit ??= matchHere(tokens, i, to, length, byFirst.get(guess), used, from, blocked, asVerb);
      for (const guess of hit || !asVerb ? [] : verbFormGuesses(t.lower)) hit ??= matchHere(tokens, i, to, length, byFirst.get(guess), used, from, blocked, asVerb);
      if (!hit) continue;
      for (let k = i; k <= hit.last; k++) used[k - from] = 1;
      hits.push(hit);
    }
  }
  // In a body's name only a mediator's words stand ("the Peacekeeping Force", "the Truce Supervision Mission").
  const inBody = (h: CueHit) => h.class !== "mediation" && [...Array(h.last - h.first + 1).keys()].some((d) => named.has(h.first + d));
  const gathered = hits.filter((h) => !inBody(h) && !reportingMonitor(tokens, to, h)).map((h) => gatheredMembers(tokens, to, blocked, h));
  // The envoys a gathering is made of are no go-between's word of their own.
  const seated = new Set(gathered.flatMap((h) => (h.seated === undefined ? [] : [h.seated])));
  return askedLiftings(tokens, from, hostedVisits(tokens, from, to, blocked, collectiveDefence(tokens, from, to, helpedActs(tokens, to, gathered.filter((h) => !seated.has(h.first))).sort((a, b) => a.first - b.first))));
}

/**
 * A monitor quoted as a source ("fighters UN monitors say remain in the country", "sanctions monitors
 * have reported", "a war monitor has recorded", "independent monitors judged the vote credible") tells
 * what it saw, not that it stands between two actors: no cue (eighteenth round).
 */
function reportingMonitor(tokens: readonly Token[], to: number, h: CueHit): boolean {
  if (h.first !== h.last || !MONITORING_WORDS.includes(tokens[h.first]!.lemma) || tokens[h.first]!.pos === "VERB") return false;
  for (let k = h.last + 1; k < to && k <= h.last + 3; k++) {
    const t = tokens[k]!;
    if (REPORTING_VERBS.has(t.lemma) || REPORTING_VERBS.has(t.lower)) return true;
    if (t.pos !== "AUX" && t.pos !== "ADV") return false;
  }
  return false;
}

/**
 * "urged the council to lift the sanctions", "called for the gradual lifting of sanctions": who asks
 * for penalties to be lifted sides with the one they hit (cooperation); the one lifting them is the
 * one who imposed them, and the lifting stays the estrangement the lexicon gives it.
 */
function askedLiftings(tokens: readonly Token[], from: number, hits: CueHit[]): CueHit[] {
  // The asking word is the lifting's: no pressing of its own (lexicon `bothSides`).
  const asking = new Set<number>();
  for (const h of hits) {
    if (!h.lifting) continue;
    for (let k = h.first - 1; k >= from && k >= h.first - LIFTING_ASKED_REACH; k--) {
      if (tokens[k]!.pos === "PUNCT") break;
      if (ASKING_WORDS.has(tokens[k]!.lemma) || ASKING_WORDS.has(tokens[k]!.lower)) {
        Object.assign(h, { class: "cooperation" as const });
        asking.add(k);
        break;
      }
    }
  }
  return asking.size === 0 ? hits : hits.filter((h) => !(h.bothSides && asking.has(h.first)));
}
/** Words between the asking word and the lifting ("urged the Security Council to lift": 4, "called for the gradual lifting": 3). */
const LIFTING_ASKED_REACH = 6;

/**
 * "helped drive the jihadists from Mosul", "to help repel the attack", "helping to bring the sides
 * together": help followed by a verb helps someone do that verb; the verb's object is its own (an
 * enemy driven out, parties brought together), so "help" is no cue there and the verb speaks.
 */
function helpedActs(tokens: readonly Token[], to: number, hits: CueHit[]): CueHit[] {
  return hits.filter((h) => {
    if (h.phrase !== "help" || h.first !== h.last) return true;
    let k = h.last + 1;
    if (tokens[k]?.lower === "to") k++;
    return !(k < to && tokens[k]!.pos === "VERB");
  });
}

/** Tokens that are no cue where they stand (lexicon.ts: compounds, verb particles, "against this background"). */
function noCues(tokens: readonly Token[], from: number, to: number): number[] {
  const out: number[] = [];
  const hyphen = (k: number) => tokens[k]?.lower === "-" && tokens[k - 1]!.end === tokens[k]!.start && tokens[k]!.end === tokens[k + 1]?.start;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // "back-to-back": word, hyphen, link, hyphen, word (the tokenizer splits at each hyphen).
    if (k + 4 < to && hyphen(k + 1) && COMPOUND_LINKS.has(tokens[k + 2]!.lower) && hyphen(k + 3)) out.push(k, k + 2, k + 4);
    // ("went back and forth between them" is a phrase of its own: lexicon.ts.)
    if (VERB_PARTICLES.has(t.lower) && t.pos !== "VERB" && tokens[k + 1]?.lower !== "and") {
      const objectWords = (a: number) => tokens.slice(a, k).every((o) => o.pos === "DET" || o.pos === "NOUN" || o.pos === "PRON" || o.pos === "ADJ");
      if ([1, 2, 3].some((d) => k - d >= from && tokens[k - d]!.pos === "VERB" && objectWords(k - d + 1))) out.push(k);
    }
    if (t.lower === "against" && [1, 2].some((d) => k + d < to && SETTING_NOUNS.has(tokens[k + d]!.lower))) out.push(k);
    // "the internationally recognised government", "the UN-recognised authorities": a description, not a recognition.
    if (/^recogni[sz]ed$/.test(t.lower) && (RECOGNISED_AS_DESCRIPTION.has(tokens[k + 1]?.lower ?? "") || ["internationally", "widely", "-"].includes(tokens[k - 1]?.lower ?? ""))) out.push(k);
    if (FRAMED_EVENTS.has(t.lower) && timeFrame(tokens, from, k) && !EVENT_PARTIES_AFTER.has(tokens[k + 1]?.lower ?? "")) out.push(k);
    // "led the opposition to a war", "campaigning against a war": a war opposed, no fight between its opponents.
    if (t.lower === "war" && opposedEvent(tokens, from, k) && !EVENT_PARTIES_AFTER.has(tokens[k + 1]?.lower ?? "")) out.push(k);
    // "an alliance of three ethnic armed groups", "the northern rebel alliance": a party, not a bond.
    if (PARTY_GATHERINGS.has(t.lower) && (PARTY_GATHERING_BEFORE.has(tokens[k - 1]?.lower ?? "") || (tokens[k + 1]?.lower === "of" && (tokens[k + 2]?.pos === "NUM" || PARTY_GATHERING_BEFORE.has(tokens[k + 2]?.lower ?? ""))))) out.push(k);
  }
  return out;
}

/**
 * Words inside a capitalised name that no list knows ("Wright-Patterson Air Force Base", "the Nobel
 * Peace Prize", "the Peace Corps", "the Defence Forces"): two or more capitalised words in a row, not
 * an actor's name, are a name, and its words are no cues; by index, whether the name is a body's
 * (it ends in Force, Mission, …), where a mediator's word still says its role ("the Peacekeeping Force"). A name whose last word names a bond or a
 * meeting ("the Abraham Accords", "the Strategic Partnership Agreement", "the Minsk Protocol") says
 * that bond, and keeps its cues; so does a line written in title case (a headline: two thirds of its
 * words after the first capitalised), where capitals say nothing.
 */
function namedWords(tokens: readonly Token[], from: number, to: number, blocked: readonly boolean[], text: string): Map<number, boolean> {
  const upper = (t: Token) => /^\p{Lu}/u.test(text.slice(t.start, t.end));
  const capital = (k: number) => !blocked[k] && upper(tokens[k]!);
  // A headline: two thirds or more of its words after the first capitalised, names included.
  const words = tokens.slice(from + 1, to).filter((t) => /\p{L}/u.test(t.lower));
  const out = new Map<number, boolean>();
  if (words.length === 0 || words.filter(upper).length * 3 >= words.length * 2) return out;
  let k = from;
  while (k < to) {
    if (!capital(k)) {
      k++;
      continue;
    }
    // The run: capitalised words, joined by nothing or by a hyphen written tight ("Wright-Patterson").
    const run = [k];
    let e = k;
    for (;;) {
      const tight = tokens[e + 1]?.lower === "-" && tokens[e + 1]!.start === tokens[e]!.end && tokens[e + 2]?.start === tokens[e + 1]!.end;
      const next = tight ? e + 2 : e + 1;
      if (next >= to || !capital(next)) break;
      run.push(next);
      e = next;
    }
    if (run.length >= 2 && !NAMED_BONDS.has(tokens[e]!.lower)) for (const r of run) out.set(r, NAMED_BODIES.has(tokens[e]!.lower));
    k = e + 1;
  }
  return out;
}

/** Last words of a capitalised name that make it a body's, whose mediation words say its role. */
const NAMED_BODIES: ReadonlySet<string> = new Set(["force", "forces", "mission", "missions", "organisation", "organization", "operation", "commission", "office", "group", "body", "agency", "corps"]);

/** Last words of a capitalised name that make it the name of a bond or a meeting, whose cues stand. */
const NAMED_BONDS: ReadonlySet<string> = new Set([
  "agreement", "agreements", "accord", "accords", "treaty", "treaties", "pact", "deal", "declaration", "memorandum", "protocol", "charter", "convention",
  "ceasefire", "truce", "armistice", "partnership", "alliance", "framework", "compact", "understanding", "communique", "communiqué", "roadmap",
  "talks", "summit", "conference", "process", "initiative", "plan", "dialogue", "format",
]);

/** Nouns after "recognised" that make it a description ("the recognised government"). */
const RECOGNISED_AS_DESCRIPTION: ReadonlySet<string> = new Set(["government", "governments", "authorities", "authority", "administration", "leadership", "president", "parliament", "borders", "border"]);

/** "against a war", "opposed the war", "the opposition to a wider war": the event at `k` is what its actors oppose. */
function opposedEvent(tokens: readonly Token[], from: number, k: number): boolean {
  let d = k - 1;
  if (d > from && !ARTICLES.has(tokens[d]!.lower) && tokens[d]!.pos === "ADJ") d--;
  if (d <= from || !ARTICLES.has(tokens[d]!.lower)) return false;
  const before = tokens[d - 1]!;
  if (OPPOSED_EVENT_BEFORE.has(before.lower)) return true;
  return before.lower === "to" && d - 2 >= from && OPPOSITION_NOUNS.has(tokens[d - 2]!.lower);
}
const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);

/** Whether the event noun at `k` is named as a time: "[during|since|…] the [adj] war", "[the height|days|…] of the [adj] war". */
function timeFrame(tokens: readonly Token[], from: number, k: number): boolean {
  let d = k - 1;
  if (d > from && tokens[d]!.lower !== "the" && (tokens[d]!.pos === "ADJ" || tokens[d]!.pos === "NUM" || tokens[d]!.pos === "NOUN")) d--;
  // "five-day": the tokenizer splits the hyphen.
  while (d > from + 1 && tokens[d]!.lower === "-" ) d -= 2;
  if (d < from || (tokens[d]!.lower !== "the" && tokens[d]!.lower !== "that")) return false;
  const before = tokens[d - 1];
  if (before === undefined || d - 1 < from) return false;
  if (TIME_FRAME_BEFORE.has(before.lower)) return true;
  return before.lower === "of" && d - 2 >= from && TIME_FRAME_NOUNS.has(tokens[d - 2]!.lower);
}

/**
 * "an attack on Niger would be a declaration of war against them": adversarial cues before
 * "against them" / "on all of them" are a pledge to defend, read as alliance; the "against" itself
 * is then no cue.
 */
function collectiveDefence(tokens: readonly Token[], from: number, to: number, hits: CueHit[]): CueHit[] {
  for (let k = from; k + 1 < to; k++) {
    if (!PLEDGE_PREPOSITIONS.has(tokens[k]!.lower) || !PLEDGE_OBJECTS.has(tokens[k + 1]!.lower)) continue;
    const framed = (h: CueHit) => tokens.slice(Math.min(h.last + 1, k - PLEDGE_FRAME_REACH), k).some((t) => PLEDGE_FRAMES.has(t.lower) || PLEDGE_FRAMES.has(t.lemma));
    const pledged = hits.filter((h) => h.last < k && h.last >= k - PLEDGE_REACH && !h.negated && CUE_CLASSES[h.class].sign < 0 && framed(h));
    if (pledged.length === 0) continue;
    for (const h of pledged) Object.assign(h, { class: "alliance" as const, weight: h.weight * 0.9, phrase: `${h.phrase} … ${tokens[k]!.lower} ${tokens[k + 1]!.lower}` });
    hits = hits.filter((h) => !(h.first === k && h.last === k));
  }
  return hits;
}

/** The first cue of `options` with `length` words that matches at token `i`. */
function matchHere(
  tokens: readonly Token[],
  i: number,
  to: number,
  length: number,
  options: CompiledCue[] | undefined,
  used: Uint8Array,
  from: number,
  blocked: readonly boolean[],
  asVerb = false,
): CueHit | undefined {
  if (!options) return undefined;
  const t = tokens[i]!;
  for (const cue of options) {
    if (cue.words.length !== length) continue;
    if (length === 1 && cue.entry.pos && t.pos !== cue.entry.pos && !verbAfterAuxiliary(tokens, i, cue.entry.pos) && !(asVerb && cue.entry.pos === "VERB")) continue;
    let last = matchRest(tokens, i, to, cue.words, used, from, cue.entry.acrossNames ? NONE_BLOCKED : blocked, cue.entry.gap ?? MAX_GAP, cue.entry.acrossCommas ?? false);
    if (last < 0 || (cue.entry.objectBetween && last === i + 1)) continue;
    if (cue.entry.plainGap && tokens.slice(i + 1, last).some((t) => t.pos === "VERB" || t.pos === "AUX" || t.lower === "that")) continue;
    // "tore up military cooperation agreements": the bond's other words are the same cue.
    const absorbs = cue.entry.absorbs;
    if (absorbs) while (last + 1 < to && !used[last + 1 - from] && !blocked[last + 1] && absorbs.some((w) => isWordOf(tokens[last + 1]!, w))) last++;
    let negated = refused(tokens, i, from) || unmetCondition(tokens, i, from);
    for (let k = i; k <= last; k++) negated ||= tokens[k]!.negated;
    const hit: CueHit = { class: cue.entry.class, weight: cue.entry.weight, phrase: cue.entry.phrase, first: i, last, negated, ...(cue.entry.also ? { also: cue.entry.also } : {}), ...(cue.entry.negatedAs ? { negatedAs: cue.entry.negatedAs } : {}) };
    for (const flag of HIT_FLAGS) if (cue.entry[flag]) hit[flag] = true;
    return hit;
  }
  return undefined;
}

const NONE_BLOCKED: readonly boolean[] = [];

/**
 * "… until Lima recognises Bolivia", "unless Quito withdraws its troops": the verb at `i` is a
 * condition's, not met when the sentence is written, so it is read as not done. The opener stands a
 * few words before it with no verb, comma or semicolon between (its subject only); "until" needs a
 * verb in the present ("until the two signed a truce" tells a truce signed).
 */
function unmetCondition(tokens: readonly Token[], i: number, from: number): boolean {
  const verb = tokens[i]!;
  if (verb.pos !== "VERB") return false;
  for (let k = i - 1; k >= from && k >= i - UNMET_REACH; k--) {
    const t = tokens[k]!;
    if (UNMET_CONDITIONS.has(t.lower)) return !UNMET_IF_PRESENT.has(t.lower) || present(verb, tokens[i - 1]);
    if (t.pos === "VERB" || t.lower === "," || t.lower === ";" || t.lower === "that") return false;
  }
  return false;
}

/**
 * A verb in the present: its own lemma, or a form in "-s" ("recognises", whose lemma the tagger
 * spells "recognize"), or after "has"/"have"/"does"; a past form ("recognised", "fought") is neither.
 */
function present(verb: Token, before: Token | undefined): boolean {
  if (before && PRESENT_AUXILIARIES.has(before.lower)) return true;
  return verb.lower === verb.lemma || (verb.lower.endsWith("s") && !verb.lower.endsWith("ss"));
}

const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "does", "do", "is", "are"]);

/** "refused to lift …", "failed to condemn …": the cue at `i` is not done. */
function refused(tokens: readonly Token[], i: number, from: number): boolean {
  return (i - 2 >= from && tokens[i - 1]!.lower === "to" && REFUSING_VERBS.has(tokens[i - 2]!.lemma));
}

/**
 * "Erdogan hosted Zelensky in Istanbul": a bare "host" whose object is one actor (up to a few words
 * such as "the leaders of" between) is a visit received, cooperation; "hosted talks", "hosted the
 * leaders of Egypt and Somalia" and "was hosted by" stay as they are.
 */
function hostedVisits(tokens: readonly Token[], from: number, to: number, blocked: readonly boolean[], hits: CueHit[]): CueHit[] {
  for (const h of hits) {
    // "Jordan, which hosts US troops": the tagger may call "hosts" a noun where a verb stands.
    // ("which" is tagged a determiner, so verbSlot does not take it for a relative pronoun here.)
    const afterRelative = h.first > from && RELATIVE_PRONOUNS.has(tokens[h.first - 1]!.lower) && (blocked[h.first + 1] === true || tokens[h.first + 1]?.pos === "DET");
    if (h.phrase !== "host" || h.negated || (tokens[h.first]!.pos !== "VERB" && !afterRelative && !verbSlot(tokens, h.first, from, to, blocked))) continue;
    let k = h.last + 1;
    while (k < to && !blocked[k] && (GUEST_WORDS.has(tokens[k]!.lower) || GUEST_WORDS.has(tokens[k]!.lemma)) && k <= h.last + 4) k++;
    if (k >= to || !blocked[k]) continue;
    let e = k;
    while (e + 1 < to && blocked[e + 1]) e++;
    // "hosts US troops", "hosts a Russian naval base", "home to the US Navy's fleet": another's forces
    // stationed on one's soil are a standing bond, not a visit, whatever is listed after them.
    let n = e + 1;
    while (n < to && n <= e + 3 && (STATIONED_BEFORE.has(tokens[n]!.lower) || tokens[n]!.pos === "ADJ")) n++;
    if (n < to && STATIONED.has(tokens[n]!.lemma)) {
      Object.assign(h, { class: "cooperation" as const, weight: STATIONED_WEIGHT });
      continue;
    }
    // A second guest listed after the first: the host brings parties together.
    const next = tokens[e + 1]?.lower;
    if ((next === "and" || next === ",") && blocked[e + 2]) continue;
    Object.assign(h, { class: "cooperation" as const, weight: HOSTED_VISIT_WEIGHT });
  }
  return hits;
}

/** Another's forces on one's soil: what a host may be hosting ("US troops", "a Russian naval base", "American aircraft"). */
const STATIONED: ReadonlySet<string> = new Set(["troop", "troops", "soldier", "force", "forces", "base", "bases", "fleet", "headquarters", "aircraft", "warship", "warplane", "jet", "marine", "garrison", "contingent", "missile", "military"]);
/** Words between the actor and what is stationed ("US naval base", "Russia's air base"). */
const STATIONED_BEFORE: ReadonlySet<string> = new Set(["'s", "’s", "'", "naval", "air", "military", "army", "navy", "and"]);
/** Hosting another's forces: cooperation at this weight. */
const STATIONED_WEIGHT = 0.9;

/** Last token of a phrase whose first word is at `i`, allowing short gaps; -1 if it does not match. */
function matchRest(tokens: readonly Token[], i: number, to: number, words: string[], used: Uint8Array, from: number, blocked: readonly boolean[], gap: number, commas: boolean): number {
  let at = i;
  for (let w = 1; w < words.length; w++) {
    let found = -1;
    for (let k = at + 1; k < to && k <= at + 1 + gap; k++) {
      const t = tokens[k]!;
      if (used[k - from] || blocked[k]) break;
      if (isWordOf(t, words[w]!)) {
        found = k;
        break;
      }
      if (breaksGap(t) && !(commas && t.lower === ",")) break;
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}
