/**
 * Witnesses to a signing stand between those who signed. News names the two apart: one sentence
 * tells who signed ("The accord was signed by the president of A, by B and by C"), a later one who
 * signed beside them as witnesses ("The UN, D and the E signed the document as witnesses"). Read
 * sentence by sentence, the witnesses' sentence names no party, and the text's main pair (two
 * actors) holds only two of the signers.
 *
 * `witnessedSigners` reads, for each sentence with a witness's cue ("as witnesses"), the actors
 * named before the cue (no person, no place) as mediating between each signer of the nearest
 * sentence before it that tells a signing: the actors named after "signed … by" (passive), else
 * those named before the verb "sign" (its subject), two or more, none of them a witness.
 */
import type { Token } from "./nlp.ts";
import type { CueHit } from "./cues.ts";
import type { GazetteerActor } from "./gazetteer.ts";
import { WITNESS_PHRASES, type PairReading, type PlacedMention } from "./pairs.ts";
import { isPlace } from "./context.ts";

/**
 * A witness's reading with a signer (times the cue's weight): a little above a mediator's read from
 * its sentence's cue with the main pair (suggest.ts `EVENT_SCORE`, 0.45; measured: at 0.45 congo's
 * cap left out one of its pairs, at 0.5 none).
 */
export const WITNESS_SCORE = 0.5;
/** How many sentences back the signing may be told. */
export const SIGNING_REACH = 4;

const DASHES: ReadonlySet<string> = new Set(["—", "–", "--"]);

interface Sentence {
  index: number;
  firstToken: number;
  endToken: number;
}

/** The signers a sentence names: after "signed … by" (passive), else before the verb "sign". */
function signersOf(tokens: readonly Token[], sent: Sentence, here: readonly PlacedMention[], actors: ReadonlyMap<string, GazetteerActor>): PlacedMention[] {
  const fit = (m: PlacedMention) => !isPlace(tokens, m) && actors.get(m.actor)?.kind !== "person";
  for (let k = sent.firstToken; k < sent.endToken; k++) {
    if (tokens[k]!.lemma !== "sign" || tokens[k]!.pos !== "VERB") continue;
    // "was signed at the Assembly by A, and by B": the names after the verb's "by".
    let by = k + 1;
    while (by < sent.endToken && tokens[by]!.lower !== "by") by++;
    if (by === sent.endToken) by = -1;
    const passive = tokens[k - 1]?.lemma === "be" && by > 0;
    // (A dateline before a dash names the place of the report, no signer: "LUSAKA, July 10 — A and B signed".)
    let dash = k - 1;
    while (dash >= sent.firstToken && !DASHES.has(tokens[dash]!.lower)) dash--;
    const named = passive ? here.filter((m) => m.firstToken > by && fit(m)) : here.filter((m) => m.lastToken < k && m.firstToken > dash && fit(m));
    if (new Set(named.map((m) => m.actor)).size >= 2) return named;
  }
  return [];
}

export function witnessedSigners(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  bySentence: ReadonlyMap<number, PlacedMention[]>,
  sentenceCues: (s: number) => CueHit[],
  actors: ReadonlyMap<string, GazetteerActor>,
): Array<{ reading: PairReading; first: number; last: number }> {
  const out: Array<{ reading: PairReading; first: number; last: number }> = [];
  for (const sent of sentences) {
    const cue = sentenceCues(sent.index).find((c) => WITNESS_PHRASES.has(c.phrase) && !c.negated);
    if (!cue) continue;
    const here = bySentence.get(sent.index) ?? [];
    const witnesses = here.filter((m) => m.lastToken < cue.first && !m.anaphor && !isPlace(tokens, m) && actors.get(m.actor)?.kind !== "person");
    if (witnesses.length === 0) continue;
    const ids = new Set(witnesses.map((m) => m.actor));
    for (let s = sent.index - 1; s >= 0 && sent.index - s <= SIGNING_REACH; s--) {
      const signers = signersOf(tokens, sentences[s]!, bySentence.get(s) ?? [], actors).filter((m) => !ids.has(m.actor));
      if (new Set(signers.map((m) => m.actor)).size < 2) continue;
      // (Each as strong however many are listed: measured, a long list's fading readings lost the
      // four parties' witnesses to the text's cap.)
      const score = WITNESS_SCORE * cue.weight;
      const seen = new Set<string>();
      for (const w of witnesses) {
        for (const p of signers) {
          const key = `${w.actor}|${p.actor}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ reading: { a: w, b: p, cue, cueClass: "mediation", score, reversed: false }, first: sent.index, last: sent.index });
        }
      }
      break;
    }
  }
  return out;
}
