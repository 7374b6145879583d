/**
 * The armed groups a text itself calls rebels (MIT, written for Stancegraph; issue #14, round 38).
 *
 * A report names its rising once with the word it will use for it afterwards: "the leftist
 * guerrillas of the Farabundo Marti National Liberation Front (FMLN)", "the Kosovo Liberation Army
 * (KLA), the ethnic Albanian rebels who …", "the rebel Revolutionary United Front", "LRA rebels",
 * "Nepal's government and the Maoist rebels" (a word of the party's own name before the noun).
 * Later "the rebels", "the guerrillas" are that group, however many other non-state actors (a
 * militia on the government's side, a foreign force, a party) were named nearer the phrase. The
 * nearest actor of a fitting kind, which anaphora.ts takes otherwise, is as often another group.
 * Used by anaphora.ts (`resolveAnaphora`) for a description of a rising; only when the text names
 * exactly one group so (a wrong pair is worse than none).
 */
import type { Token } from "./nlp.ts";
import type { GazetteerActor } from "./gazetteer.ts";
import type { PlacedMention } from "./pairs.ts";
import { INSURGENCY_WORDS, INSURGENT_KINDS, APPOSITION_STOPS, APPOSITION_REACH, COUNT_WORDS, REBEL_PERSON_NOUNS, SEVERAL_BEFORE, SEVERAL_GROUP_NOUNS } from "./data/anaphora.ts";

const isWord = (t: Token | undefined) => t !== undefined && INSURGENCY_WORDS.has(t.lower);
/** The word as a group's, not a person's ("a former rebel commander" names a person, whose name may be the group's form). */
const groupWord = (tokens: readonly Token[], k: number) => isWord(tokens[k]) && !REBEL_PERSON_NOUNS.has(tokens[k + 1]?.lower ?? "");
const isModifier = (t: Token) => (t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN") && t.lower !== "the";

/** The token after a mention, past an acronym in brackets ("the National Liberation Army (NLA), …"). */
function afterMention(tokens: readonly Token[], m: PlacedMention): number {
  let e = m.lastToken + 1;
  if (tokens[e]?.lower === "(" && tokens[e + 2]?.lower === ")") e += 3;
  return e;
}

/**
 * How the mention is called a rebel on the spot, or undefined: "the rebel X", "rebel group X" (the
 * word up to three describing words before the name); "the rebels of X"; "X rebels" (the word right
 * after the name); "X, the ethnic Albanian rebels who …" (the word in an apposition, before its
 * verb, relative pronoun or closing comma).
 */
function calledRebel(tokens: readonly Token[], m: PlacedMention): boolean {
  const s = tokens[m.firstToken]!.sentence;
  for (let k = m.firstToken - 1; k >= m.firstToken - 3 && k >= 0 && tokens[k]!.sentence === s; k--) {
    if (groupWord(tokens, k)) return true;
    if (!isModifier(tokens[k]!)) break;
  }
  let k = m.firstToken - 1;
  if (tokens[k]?.lower === "the") k--;
  if (tokens[k]?.lower === "of" && isWord(tokens[k - 1])) return true;
  const e = afterMention(tokens, m);
  if (tokens[e]?.sentence !== s) return false;
  if (isWord(tokens[e])) return true;
  if (tokens[e]!.lower === "," && ["the", "a", "an"].includes(tokens[e + 1]?.lower ?? "")) {
    for (let j = e + 2; j <= e + 1 + APPOSITION_REACH && tokens[j]?.sentence === s; j++) {
      const t = tokens[j]!;
      if (groupWord(tokens, j)) return true;
      if (APPOSITION_STOPS.has(t.lower) || t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT") break;
    }
  }
  return false;
}

/**
 * "the Maoist rebels": a word right before the noun (a proper noun or an adjective, as the tagger
 * reads a capitalised word there) that is a word of exactly one group's own name ("Communist Party
 * of Nepal (Maoist)"). `nameWords` gives each candidate group's capitalised name words, lower-case.
 */
function namedByWord(tokens: readonly Token[], k: number, nameWords: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || t.sentence !== next.sentence || !isWord(next) || !(t.pos === "PROPN" || t.pos === "ADJ")) return undefined;
  const owners = [...nameWords].filter(([, words]) => words.has(t.lower)).map(([id]) => id);
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * Whether the text speaks of several risings, so that "the rebels" may be any of them: "the two
 * rebel movements", "four guerrilla groups", "the two rebel forces", "the rebel coalition", "a
 * coalition of Tuareg-led rebels", "Machar and other rebels". Not "rebel forces" (the fighters of
 * one) nor "7,000 guerrillas" (a number of fighters).
 */
function severalRisings(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    if (!isWord(t)) return false;
    const next = tokens[k + 1];
    if (next?.sentence === t.sentence && SEVERAL_GROUP_NOUNS.has(next.lower)) return true;
    const before = tokens[k - 1];
    // A count before the adjective counts groups ("the two rebel forces"); before the plural, or in digits, fighters ("3,000 guerrillas").
    if (before?.sentence === t.sentence && (SEVERAL_BEFORE.has(before.lower) || ((COUNT_WORDS.get(before.lower) ?? 0) >= 2 && !t.lower.endsWith("s")))) return true;
    for (let j = k - 1; j >= k - 4 && j > 0 && tokens[j]!.sentence === t.sentence; j--) if (tokens[j]!.lower === "of" && SEVERAL_GROUP_NOUNS.has(tokens[j - 1]!.lower)) return true;
    return false;
  });
}

/**
 * The actors the text calls rebels, guerrillas, insurgents or separatists where it names them, each
 * with the first token at which it does: groups only (not a state, a person or a state's army).
 */
export function namedInsurgents(tokens: readonly Token[], mentions: readonly PlacedMention[], actors: ReadonlyMap<string, GazetteerActor>): Map<string, number> {
  const found = new Map<string, number>();
  if (severalRisings(tokens)) return found;
  const fits = (id: string) => {
    const a = actors.get(id);
    return a !== undefined && INSURGENT_KINDS.has(a.kind) && a.armyOf === undefined;
  };
  for (const m of mentions) {
    if (m.anaphor || !fits(m.actor) || found.has(m.actor)) continue;
    if (calledRebel(tokens, m)) found.set(m.actor, m.firstToken);
  }
  // "the Maoist rebels": a word of a group's own name before the noun (capitalised in the text).
  const nameWords = new Map<string, ReadonlySet<string>>();
  for (const id of new Set(mentions.map((m) => m.actor))) {
    const a = actors.get(id);
    if (!a || !fits(id) || !a.ownName) continue;
    const words = a.label.split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
    if (words.length > 0) nameWords.set(id, new Set(words));
  }
  for (let k = 0; k + 1 < tokens.length; k++) {
    const id = namedByWord(tokens, k, nameWords);
    if (id !== undefined && !((found.get(id) ?? Infinity) < k)) found.set(id, k);
  }
  return found;
}
