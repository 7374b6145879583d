/**
 * What surrounds a mention or a cue in a sentence: lists of actors ("Iraq and Oman"), who a cue
 * directly follows, other actors in between, clause breaks, places and weak mentions. Helpers of
 * pairs.ts, kept apart so each file reads in one sitting.
 */
import type { Token } from "./nlp.ts";
import type { CueHit } from "./cues.ts";
import type { PlacedMention } from "./pairs.ts";

/** Nouns for private persons: "an Azerbaijani analyst" speaks for no state. */
const PRIVATE_PERSONS = new Set([
  "expert", "analyst", "specialist", "scholar", "researcher", "academic", "professor", "journalist", "writer", "resident",
  "citizen", "woman", "man", "people", "public", "diaspora", "community", "student", "refugee", "voter", "civilian",
  "bookkeeper", "accountant", "messenger", "individual", "family", "businessman", "political", "senior",
]);
/** Words that may stand between actors listed together. */
export const LIST_WORDS = new Set(["and", "or", ",", "the", "as", "well", "both", "its", "their", "&"]);

/**
 * The mentions listed with the given ones, as far as the list runs ("ordered Arvenia, Osterlich and
 * Tarland to withdraw": from Arvenia, all three): `seed` grown by every mention `listed` with one
 * already in it. Returns a new set.
 */
export function withListed(tokens: readonly Token[], mentions: readonly PlacedMention[], seed: Iterable<PlacedMention>): Set<PlacedMention> {
  const grown = new Set(seed);
  for (let grew = true; grew; ) {
    grew = false;
    for (const m of mentions) {
      if (grown.has(m) || ![...grown].some((o) => listed(tokens, o, m))) continue;
      grown.add(m);
      grew = true;
    }
  }
  return grown;
}

/** Whether only list words stand between two mentions ("Iraq and Oman", "Australia, Britain"). */
export function listed(tokens: readonly Token[], a: PlacedMention, b: PlacedMention): boolean {
  // The members of one group phrase ("the two countries") are listed together by the phrase.
  if (a.anaphor !== undefined && a.anaphor.group === b.anaphor?.group) return true;
  if (b.firstToken <= a.lastToken) return false;
  // "Iran and Turkey, Pakistan's partners in CENTO": a list closed by "and" goes on with no name after
  // a bare comma; what follows is in apposition (eighty-third round). ("A, B, and C" is one list.)
  if (closedBefore(tokens, a) && !tokens.slice(a.lastToken + 1, b.firstToken).some((t) => t.lower === "and" || t.lower === "or")) return false;
  // "Sudan's army and the paramilitary Rapid Support Forces": up to two describing words after "the".
  let described = 0;
  for (let k = a.lastToken + 1; k < b.firstToken; k++) {
    if (LIST_WORDS.has(tokens[k]!.lower)) continue;
    // The bracket closing the first name's short form ("the Transitional Government (TG) and the …").
    if (tokens[k]!.lower === ")" && k === a.lastToken + 1) continue;
    // A side's standing before its name reads like a describing word ("and the opposition Popular Front").
    const describing = tokens[k]!.pos === "ADJ" || STANDING_WORDS.has(tokens[k]!.lower);
    if (!describing || ++described > LISTED_DESCRIBING || !tokens.slice(a.lastToken + 1, k).some((t) => t.lower === "the")) return false;
  }
  return true;
}
/** Whether a mention is the last of a list, joined to a name before it by "and" or "or" ("Iran and Turkey"). */
function closedBefore(tokens: readonly Token[], a: PlacedMention): boolean {
  let k = a.firstToken - 1;
  if (tokens[k]?.lower === "the") k--;
  return (tokens[k]?.lower === "and" || tokens[k]?.lower === "or") && tokens[k]!.sentence === tokens[a.firstToken]!.sentence && (tokens[k - 1]?.pos === "PROPN" || tokens[k - 1]?.lower === ")");
}

/** Most describing words between "and the" and the next name of a list. */
const LISTED_DESCRIBING = 2;
/** Nouns that say which side a party stands on, written before its name like adjectives. */
const STANDING_WORDS = new Set(["opposition", "rebel", "insurgent", "separatist", "militia", "government"]);

/** The mention a cue directly follows ("Moscow's anxiety", "Armenia's rapprochement"), if any. */
export function ownerOf(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  let k = cue.first - 1;
  while (k >= 0 && (tokens[k]!.lower === "'s" || tokens[k]!.lower === "’s" || tokens[k]!.lower === "'")) k--;
  return mentions.find((m) => m.lastToken === k);
}

/**
 * Distinct actors named between `from` and `to` (mentions or token positions), leaving out those
 * listed together with either end ("Azerbaijan and Turkey", "Australia, Britain and the United
 * States") and the actor `pairedWith` (the pair's other end).
 */
export function interveningActors(
  tokens: readonly Token[],
  from: PlacedMention | number,
  to: PlacedMention | number,
  mentions: readonly PlacedMention[],
  pairedWith?: PlacedMention,
): number {
  const lo = typeof from === "number" ? from : from.lastToken;
  const hi = typeof to === "number" ? to : to.firstToken;
  const ends = new Set([typeof from === "number" ? "" : from.actor, typeof to === "number" ? "" : to.actor, pairedWith?.actor ?? ""]);
  // Places ("the war in Yemen") and modifiers ("the Iran-aligned Houthis") do not stand in the way.
  const between = mentions.filter((m) => m.firstToken > lo && m.lastToken < hi && !ends.has(m.actor) && !m.compound && !isPlace(tokens, m));
  if (between.length === 0) return 0;
  const inList = new Set<PlacedMention>();
  if (typeof from !== "number") {
    let cur = from;
    for (const m of between) {
      if (!listed(tokens, cur, m)) break;
      inList.add(m);
      cur = m;
    }
  }
  if (typeof to !== "number") {
    let cur = to;
    for (const m of [...between].reverse()) {
      if (!listed(tokens, m, cur)) break;
      inList.add(m);
      cur = m;
    }
  }
  return new Set(between.filter((m) => !inList.has(m)).map((m) => m.actor)).size;
}

/** Words that open a new clause after a comma ("…, but", "…, while"). */
const CLAUSE_OPENERS = new Set(["but", "while", "whereas", "although", "though", "yet", "however"]);

/** Words that open a relative clause after a comma ("Jordan, which hosts …", "Machar, who leads …"). */
const RELATIVE_OPENERS = new Set(["which", "who", "whose", "whom", "where"]);

/**
 * The relative clause (", which … ,") that holds token `k`, as [its comma, its last token], or
 * undefined: from the comma before "which"/"who"/"whose"/"whom"/"where" to the token before the next
 * comma, semicolon or dash, or the sentence's end. It describes the name before its comma (its
 * antecedent); the sentence's main clause goes on around it. A past participle and "by" after the
 * comma open one too (", backed by Ghana and Benin,": `participleOpens`), when no other verb follows
 * (sixty-fifth round).
 */
export function relativeClauseAt(tokens: readonly Token[], k: number): [number, number] | undefined {
  let memo = clauseMemo.get(tokens);
  if (!memo) clauseMemo.set(tokens, (memo = new Map()));
  if (memo.has(k)) return memo.get(k);
  const clause = findRelativeClause(tokens, k);
  memo.set(k, clause);
  return clause;
}
const clauseMemo = new WeakMap<readonly Token[], Map<number, [number, number] | undefined>>();

function findRelativeClause(tokens: readonly Token[], k: number): [number, number] | undefined {
  const sentence = tokens[k]?.sentence;
  for (let c = k; c >= 0 && tokens[c]!.sentence === sentence; c--) {
    const t = tokens[c]!.lower;
    if (c < k && (t === ";" || DASHES.has(t))) return undefined;
    if (t !== ",") continue;
    if (!RELATIVE_OPENERS.has(tokens[c + 1]?.lower ?? "") && !participleOpens(tokens, c)) {
      if (c < k && listRest(tokens, c) < 0) return undefined;
      continue;
    }
    let end = c + 1;
    for (;;) {
      while (end + 1 < tokens.length && tokens[end + 1]!.sentence === sentence && ![",", ";"].includes(tokens[end + 1]!.lower) && !DASHES.has(tokens[end + 1]!.lower)) end++;
      // "…, which is chaired by Peru, Chile and Brazil, has …": a comma between names of a list
      // ends no clause; the list goes on to its "and".
      const next = listRest(tokens, end + 1);
      if (next < 0) break;
      end = next;
    }
    // A participle's phrase names its agents only: a verb of its own after them ("led by Hun Sen and
    // now calling itself …", "founded by X and now led by his son") makes it more than a reduced
    // relative clause.
    if (!RELATIVE_OPENERS.has(tokens[c + 1]!.lower) && tokens.slice(c + 3, end + 1).some((t) => t.pos === "VERB" || t.pos === "AUX")) return undefined;
    return k <= end ? [c, end] : undefined;
  }
  return undefined;
}
const DASHES = new Set(["—", "–", "--"]);

/** A past participle and its agent right after comma `c` (", backed by Ghana,", ", led by Tanzania,"): a reduced relative clause. */
export function participleOpens(tokens: readonly Token[], c: number): boolean {
  const v = tokens[c + 1];
  return v !== undefined && tokens[c + 2]?.lower === "by" && ((v.pos === "VERB" && v.lower !== v.lemma) || (v.pos === "ADJ" && /ed$/.test(v.lower)));
}

/**
 * When the comma at `c` stands between two names of a list (a proper noun before it, and after it
 * proper nouns, "the" and "and" only, up to a name after "and" or the next comma): the last token of
 * what follows it up to that comma or the sentence's end; else -1.
 */
function listRest(tokens: readonly Token[], c: number): number {
  if (tokens[c]?.lower !== "," || tokens[c - 1]?.pos !== "PROPN") return -1;
  const sentence = tokens[c]!.sentence;
  let k = c + 1;
  let and = false;
  while (k < tokens.length && tokens[k]!.sentence === sentence && (tokens[k]!.pos === "PROPN" || tokens[k]!.lower === "the" || (tokens[k]!.lower === "and" && !and))) {
    if (tokens[k]!.lower === "and") and = true;
    k++;
  }
  if (k === c + 1 || tokens[k - 1]!.pos !== "PROPN") return -1;
  return and || tokens[k]?.lower === "," ? k - 1 : -1;
}

/**
 * 1 when the cue and mention `m` stand on either side of a relative clause's edge: one inside it,
 * the other in the clause around it, unless `m` is the name the clause describes (its antecedent,
 * right before the comma: "Moscow, which lists the Taliban …"). "Uganda … remains his closest ally,
 * which has left Machar's followers wary": the ally is not Machar's.
 */
function relativeEdge(tokens: readonly Token[], cue: CueHit, m: PlacedMention): number {
  const cueIn = relativeClauseAt(tokens, cue.first);
  const mIn = relativeClauseAt(tokens, m.firstToken);
  if (cueIn && mIn && cueIn[0] === mIn[0]) return 0;
  if (cueIn && !mIn && m.lastToken === cueIn[0] - 1) return 0;
  return mIn && !cueIn ? 1 : 0;
}

/** Clause breaks between the cue and the farther end of the pair. */
export function clauseBreaks(tokens: readonly Token[], cue: CueHit, a: PlacedMention, b: PlacedMention): number {
  const count = (lo: number, hi: number) => {
    let n = 0;
    for (let k = lo + 1; k < hi; k++) {
      const t = tokens[k]!;
      if (t.lower === ";" || (t.lower === "," && CLAUSE_OPENERS.has(tokens[k + 1]?.lower ?? ""))) n++;
    }
    return n;
  };
  const toA = (cue.last < a.firstToken ? count(cue.last, a.firstToken) : count(a.lastToken, cue.first)) + relativeEdge(tokens, cue, a);
  const toB = (cue.first > b.lastToken ? count(b.lastToken, cue.first) : count(cue.last, b.firstToken)) + relativeEdge(tokens, cue, b);
  return Math.max(toA, toB);
}

/** Prepositions that make a name a place rather than an actor ("the war in Yemen"). */
const PLACE_PREPOSITIONS = new Set(["in", "at", "across", "throughout", "inside", "within"]);

/**
 * 1 for a name; less for a place ("announced in Beijing"), and for a people-word that describes a
 * private person ("an Azerbaijani analyst") or starts a proper name ("Georgian Key Investigation Place").
 */
export function isPlace(tokens: readonly Token[], m: PlacedMention): boolean {
  const before = tokens[m.firstToken - 1];
  const before2 = tokens[m.firstToken - 2];
  return (
    (before !== undefined && (PLACE_PREPOSITIONS.has(before.lower) || (before.lower === "the" && before2 !== undefined && PLACE_PREPOSITIONS.has(before2.lower)))) ||
    // "on the island of St Vincent", "the port city of Jeddah"
    (before?.lower === "of" && before2 !== undefined && PLACE_NOUNS.has(before2.lemma)) ||
    inDateline(tokens, m)
  );
}

/** Nouns before "of" that make the name after it a place ("the island of …", "the city of …"). */
const PLACE_NOUNS = new Set(["island", "city", "town", "port", "village", "province", "region", "resort", "coast", "outskirts", "suburb"]);

/** Dashes that end a dateline ("JEDDAH, Saudi Arabia — …"). */
const DATELINE_DASHES = new Set(["—", "–", "-", "--"]);
/** How many words into its sentence a dateline's names may stand. */
const DATELINE_WORDS = 4;

/** A name in a sentence's dateline: among its first words, only names and commas between it and a dash ("JEDDAH, Saudi Arabia —", "ASTANA —"). */
function inDateline(tokens: readonly Token[], m: PlacedMention): boolean {
  const sentence = tokens[m.firstToken]!.sentence;
  let opening = m.firstToken;
  while (opening > 0 && tokens[opening - 1]!.sentence === sentence) opening--;
  if (m.firstToken - opening > DATELINE_WORDS) return false;
  for (let k = m.lastToken + 1; k < tokens.length && k - opening <= DATELINE_WORDS + 3; k++) {
    const t = tokens[k]!;
    if (DATELINE_DASHES.has(t.lower)) return true;
    if (!(t.pos === "PROPN" || t.lower === ",")) return false;
  }
  return false;
}

/** How much a resolved phrase ("the four countries", "the emirate") counts against a name: it may be resolved wrong. */
const ANAPHOR_QUALITY = 0.85;

export function mentionQuality(tokens: readonly Token[], m: PlacedMention): number {
  if (isPlace(tokens, m)) return 0.7;
  if (m.anaphor) return ANAPHOR_QUALITY;
  if (m.form !== "demonym") return 1;
  const next = tokens[m.lastToken + 1];
  const after = tokens[m.lastToken + 2];
  if ((next && PRIVATE_PERSONS.has(next.lemma)) || (next?.lemma === "political" && after && PRIVATE_PERSONS.has(after.lemma))) return 0.45;
  if (next && next.pos === "PROPN") return 0.7;
  return 0.9;
}
