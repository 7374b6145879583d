/**
 * Finding the lexicon's cues in a tokenised text: each occurrence with its class, weight, tokens
 * and whether a negation governs it. Tokens inside an actor mention are never cues ("Collective
 * Security Treaty Organization" is not a treaty).
 */
import type { Token } from "./nlp.ts";
import { CUE_LEXICON, MAX_GAP, REFUSING_VERBS, type CueClass, type CueEntry } from "./lexicon.ts";

export interface CueHit {
  class: CueClass;
  weight: number;
  phrase: string;
  /** First and last token of the cue (inclusive). */
  first: number;
  last: number;
  negated: boolean;
  /** A cue that speaks of one pair only ("Moscow-led CSTO": Russia and the CSTO), by actor id. */
  onlyFor?: readonly [string, string];
}

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
    const words = entry.phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ entry, words });
    byFirst.set(words[0]!, list);
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
  if (t.pos === "ADJ" && w.endsWith("ed")) {
    const guesses = [w.slice(0, -1), w.slice(0, -2)];
    if (w.endsWith("ied")) guesses.push(`${w.slice(0, -3)}y`);
    if (w.at(-3) === w.at(-4)) guesses.push(w.slice(0, -3));
    return guesses;
  }
  if (t.pos === "PROPN" && w.endsWith("s") && !w.endsWith("ss")) return w.endsWith("ies") ? [`${w.slice(0, -3)}y`, w.slice(0, -1)] : [w.slice(0, -1)];
  return [];
}

const isWordOf = (t: Token, w: string) => t.lemma === w || t.lower === w || lemmaGuesses(t).includes(w);
/**
 * The tagger often takes a verb after "will", "to" or "has" for an adverb or a noun ("will back
 * the plan"); a verb cue there is read as a verb.
 */
function verbAfterAuxiliary(tokens: readonly Token[], i: number, pos: string): boolean {
  const prev = tokens[i - 1];
  return pos === "VERB" && prev !== undefined && (prev.pos === "AUX" || (prev.pos === "PART" && prev.lower === "to"));
}

/** Punctuation ends a gap, except the hyphen inside "cease-fire". */
const breaksGap = (t: Token) => t.pos === "PUNCT" && t.lower !== "-";

/**
 * Every cue in tokens `from` to `to` (exclusive). `blocked[i]` marks tokens that belong to an
 * actor mention. A token is part of at most one cue; longer phrases are taken first.
 */
export function findCues(tokens: readonly Token[], from: number, to: number, blocked: readonly boolean[]): CueHit[] {
  const { byFirst, lengths } = index();
  const used = new Uint8Array(to - from);
  const hits: CueHit[] = [];
  // Longest phrases first over the whole span, so "restore diplomatic relations" beats "relation".
  for (const length of lengths) {
    for (let i = from; i < to; i++) {
      if (used[i - from] || blocked[i]) continue;
      const t = tokens[i]!;
      let hit = matchHere(tokens, i, to, length, byFirst.get(t.lemma), used, from, blocked) ?? (t.lemma !== t.lower ? matchHere(tokens, i, to, length, byFirst.get(t.lower), used, from, blocked) : undefined);
      for (const guess of hit ? [] : lemmaGuesses(t)) hit ??= matchHere(tokens, i, to, length, byFirst.get(guess), used, from, blocked);
      if (!hit) continue;
      for (let k = i; k <= hit.last; k++) used[k - from] = 1;
      hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.first - b.first);
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
): CueHit | undefined {
  if (!options) return undefined;
  const t = tokens[i]!;
  for (const cue of options) {
    if (cue.words.length !== length) continue;
    if (length === 1 && cue.entry.pos && t.pos !== cue.entry.pos && !verbAfterAuxiliary(tokens, i, cue.entry.pos)) continue;
    const last = matchRest(tokens, i, to, cue.words, used, from, blocked, cue.entry.gap ?? MAX_GAP);
    if (last < 0) continue;
    let negated = refused(tokens, i, from);
    for (let k = i; k <= last; k++) negated ||= tokens[k]!.negated;
    return { class: cue.entry.class, weight: cue.entry.weight, phrase: cue.entry.phrase, first: i, last, negated };
  }
  return undefined;
}

/** "refused to lift …", "failed to condemn …": the cue at `i` is not done. */
function refused(tokens: readonly Token[], i: number, from: number): boolean {
  return i - 2 >= from && tokens[i - 1]!.lower === "to" && REFUSING_VERBS.has(tokens[i - 2]!.lemma);
}

/** Last token of a phrase whose first word is at `i`, allowing short gaps; -1 if it does not match. */
function matchRest(tokens: readonly Token[], i: number, to: number, words: string[], used: Uint8Array, from: number, blocked: readonly boolean[], gap: number): number {
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
      if (breaksGap(t)) break;
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}
