/**
 * Measuring suggestions against a gold standard: which relations a text supports, and in which
 * passages. Pure, shared by `npm run eval:suggest` and its test.
 *
 * A gold relation is *found* when a candidate names its pair (in either order). Its candidate is
 * the best-scored one of that pair whose quote overlaps one of the gold passages ("found at its
 * evidence"), or failing that the best-scored one of that pair anywhere; sign and type accuracy are
 * judged on that candidate. A pair whose gold relations have different signs (two stances in one
 * text: a membership and an estrangement) is judged on as many of its best candidates (at any of
 * their passages, else anywhere) as it has signs: a gold relation whose own candidate has the other
 * sign is right when one of those has its sign, so the engine must rank both stances that high. Pair precision is the share of candidates whose pair is a gold pair.
 *
 * A candidate's actor stands for a gold actor by its id, or, when its id is none of the gold's, by
 * its name or one of its aliases squashed as the gold convention writes ids (tests/fixtures/suggest/
 * README.md: upper case, spaces and punctuation removed: "Srpska Lista" → SRPSKALISTA), so an actor
 * the engine learns from the text matches the id a blind annotator gives it.
 */
import type { Actor, Dataset } from "../schema.ts";
import { readText, suggest, type Candidate, type CandidateActor, type SuggestDataset, type SuggestOptions } from "./suggest.ts";
import { namesOf } from "./unrecognised.ts";
import { squashName } from "./gazetteer.ts";

export { squashName };

/** The gold id a candidate's actor stands for: its own id if the gold has it, else the gold id its name or an alias squashes to, else its id. */
export function goldIdOf(actor: Pick<CandidateActor, "id" | "label"> & { aliases?: readonly string[] }, goldIds: ReadonlySet<string>): string {
  if (goldIds.has(actor.id)) return actor.id;
  for (const name of [actor.label, ...(actor.aliases ?? [])]) {
    const squashed = squashName(name);
    if (goldIds.has(squashed)) return squashed;
  }
  return actor.id;
}

export interface GoldRelation {
  /** The dataset relation's id, or `source-target-type`. */
  id: string;
  source: string;
  target: string;
  type: string;
  sign: -1 | 0 | 1;
  /** A directed type (mediation: the mediator is `source`; membership: the member; prosecution: the court). */
  directed?: boolean;
  /** Passages of the text that support it, as [start, end) offsets. */
  spans: Array<[number, number]>;
}

export interface GoldText {
  name: string;
  text: string;
  /** Written after the engine was frozen: reported apart, never tuned on. */
  heldOut: boolean;
  relations: GoldRelation[];
}

export interface Miss {
  gold: GoldRelation;
  /** "pair not found", or what the matched candidate said instead. */
  reason: string;
}

export interface TextScore {
  name: string;
  heldOut: boolean;
  gold: number;
  candidates: number;
  found: number;
  foundAtEvidence: number;
  /** Candidates whose pair is one of the gold pairs. */
  goldPairCandidates: number;
  /** The gold's distinct pairs (a pair with two gold relations counts once). */
  goldPairs: number;
  /**
   * Of those, the pairs named by one of the first `goldPairs` candidates in the order given (the
   * engine's best first): what a curator meets on reviewing as many suggestions as the text has
   * pairs. Not a target of the issue; it says whether "best first" serves the review.
   */
  goldPairsFirst: number;
  signCorrect: number;
  typeCorrect: number;
  /** Found pairs of a directed gold type read with that type; and of those, read the right way round. */
  directedTyped: number;
  directionCorrect: number;
  verbatim: number;
  misses: Miss[];
  wrongSign: Miss[];
  wrongDirection: Miss[];
}

export interface Rates {
  recall: number;
  recallAtEvidence: number;
  candidatesPerGold: number;
  pairPrecision: number;
  signAccuracy: number;
  typeAccuracy: number;
  verbatimRate: number;
  /** Gold pairs among the first as many candidates as there are gold pairs (`goldPairsFirst / goldPairs`). */
  bestFirst: number;
}

const pairOf = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const overlaps = (c: Candidate, [s, e]: [number, number]) => c.start < e && s < c.end;

/** Scores one text's candidates against its gold relations. */
export function scoreText(gold: GoldText, given: readonly Candidate[]): TextScore {
  const goldIds = new Set(gold.relations.flatMap((g) => [g.source, g.target]));
  // Each candidate's actors as the gold names them (by id, else by name squashed).
  const candidates = given.map((c) => {
    const [source, target] = [goldIdOf(c.source, goldIds), goldIdOf(c.target, goldIds)];
    return source === c.source.id && target === c.target.id ? c : { ...c, source: { ...c.source, id: source }, target: { ...c.target, id: target } };
  });
  const goldPairs = new Set(gold.relations.map((g) => pairOf(g.source, g.target)));
  const first = new Set(candidates.slice(0, goldPairs.size).map((c) => pairOf(c.source.id, c.target.id)).filter((p) => goldPairs.has(p)));
  const score: TextScore = {
    name: gold.name,
    heldOut: gold.heldOut,
    gold: gold.relations.length,
    candidates: candidates.length,
    found: 0,
    foundAtEvidence: 0,
    goldPairCandidates: candidates.filter((c) => goldPairs.has(pairOf(c.source.id, c.target.id))).length,
    goldPairs: goldPairs.size,
    goldPairsFirst: first.size,
    signCorrect: 0,
    typeCorrect: 0,
    directedTyped: 0,
    directionCorrect: 0,
    verbatim: candidates.filter((c) => c.quote.length > 0 && gold.text.slice(c.start, c.end) === c.quote).length,
    misses: [],
    wrongSign: [],
    wrongDirection: [],
  };
  const byScore = (x: Candidate, y: Candidate) => y.score - x.score;
  for (const g of gold.relations) {
    const samePair = candidates.filter((c) => pairOf(c.source.id, c.target.id) === pairOf(g.source, g.target));
    if (samePair.length === 0) {
      score.misses.push({ gold: g, reason: "pair not found" });
      continue;
    }
    score.found++;
    const atEvidence = samePair.filter((c) => g.spans.some((span) => overlaps(c, span)));
    if (atEvidence.length > 0) score.foundAtEvidence++;
    let chosen = [...(atEvidence.length > 0 ? atEvidence : samePair)].sort(byScore)[0]!;
    // A pair whose gold relations have different signs (a membership and an estrangement): as many
    // of its best candidates as it has signs are judged, and one of this relation's sign counts.
    const signs = new Set(gold.relations.filter((o) => pairOf(o.source, o.target) === pairOf(g.source, g.target)).map((o) => o.sign));
    if (chosen.sign !== g.sign && signs.size > 1) {
      const atAny = samePair.filter((c) => gold.relations.some((o) => pairOf(o.source, o.target) === pairOf(g.source, g.target) && o.spans.some((span) => overlaps(c, span))));
      chosen = [...(atAny.length > 0 ? atAny : samePair)].sort(byScore).slice(0, signs.size).find((c) => c.sign === g.sign) ?? chosen;
    }
    if (chosen.sign === g.sign) score.signCorrect++;
    else score.wrongSign.push({ gold: g, reason: `read as ${chosen.type ?? "no type"} (sign ${chosen.sign ?? "none"})${chosen.cue ? ` from "${chosen.cue.text}"` : ""} in sentence ${chosen.sentence}` });
    if (chosen.type === g.type) score.typeCorrect++;
    if (chosen.type === g.type && g.directed) {
      score.directedTyped++;
      if (chosen.source.id === g.source) score.directionCorrect++;
      else score.wrongDirection.push({ gold: g, reason: `read as ${chosen.source.id} → ${chosen.target.id}${chosen.cue ? ` from "${chosen.cue.text}"` : ""} in sentence ${chosen.sentence}` });
    }
  }
  return score;
}

/** Sums of several texts' scores (micro-averaged rates follow from the sums). */
export function sumScores(name: string, scores: readonly TextScore[]): TextScore {
  const sum = (k: "gold" | "candidates" | "found" | "foundAtEvidence" | "goldPairCandidates" | "goldPairs" | "goldPairsFirst" | "signCorrect" | "typeCorrect" | "directedTyped" | "directionCorrect" | "verbatim") =>
    scores.reduce((n, s) => n + s[k], 0);
  return {
    name,
    heldOut: scores.every((s) => s.heldOut),
    gold: sum("gold"),
    candidates: sum("candidates"),
    found: sum("found"),
    foundAtEvidence: sum("foundAtEvidence"),
    goldPairCandidates: sum("goldPairCandidates"),
    goldPairs: sum("goldPairs"),
    goldPairsFirst: sum("goldPairsFirst"),
    signCorrect: sum("signCorrect"),
    typeCorrect: sum("typeCorrect"),
    directedTyped: sum("directedTyped"),
    directionCorrect: sum("directionCorrect"),
    verbatim: sum("verbatim"),
    misses: scores.flatMap((s) => s.misses),
    wrongSign: scores.flatMap((s) => s.wrongSign),
    wrongDirection: scores.flatMap((s) => s.wrongDirection),
  };
}

/** The rates of a score; a rate over nothing is 1 for verbatim quotes and 0 otherwise. */
export function rates(s: TextScore): Rates {
  const ratio = (a: number, b: number, empty = 0) => (b === 0 ? empty : a / b);
  return {
    recall: ratio(s.found, s.gold),
    recallAtEvidence: ratio(s.foundAtEvidence, s.gold),
    candidatesPerGold: ratio(s.candidates, s.gold),
    pairPrecision: ratio(s.goldPairCandidates, s.candidates),
    signAccuracy: ratio(s.signCorrect, s.found),
    typeAccuracy: ratio(s.typeCorrect, s.found),
    verbatimRate: ratio(s.verbatim, s.candidates, 1),
    bestFirst: ratio(s.goldPairsFirst, s.goldPairs),
  };
}

/**
 * The gold relations a dataset records for one of its sources: every relation with a quote from
 * `sourceId`, each quote located in `text` (a quote that is not found is an error: the dataset's
 * own validation forbids it).
 */
export function goldFromDataset(dataset: Pick<Dataset, "relations" | "relationTypes">, sourceId: string, text: string): GoldRelation[] {
  const signs = new Map(dataset.relationTypes.map((t) => [t.id, t.sign as -1 | 0 | 1]));
  const directed = new Set(dataset.relationTypes.filter((t) => t.directed).map((t) => t.id));
  const gold: GoldRelation[] = [];
  for (const r of dataset.relations) {
    const spans: Array<[number, number]> = [];
    for (const e of r.evidence) {
      if (e.source !== sourceId || e.quote === undefined) continue;
      const at = text.indexOf(e.quote);
      if (at < 0) throw new Error(`relation ${r.id}: quote not found in source "${sourceId}": ${e.quote.slice(0, 80)}`);
      spans.push([at, at + e.quote.length]);
    }
    if (spans.length > 0) gold.push({ id: r.id, source: r.source, target: r.target, type: r.type, sign: signs.get(r.type) ?? 0, directed: directed.has(r.type), spans });
  }
  return gold;
}

/**
 * A curator who knows who the parties of a text are, using the names list: after the first run,
 * each listed name (unrecognised.ts) whose suggested id or squashed name is a gold actor that no
 * candidate of the first run matched is added as an actor (label the listed name, id the gold id),
 * one click each; then the engine runs again. The list is the engine's; the gold only says which
 * of its entries a curator who knows the story would click. Gold actors still unmatched and absent
 * from the list are those a curator would have to type (`mustType`), apart from those the
 * gazetteer already knows and simply found in no pair (`knownUnpaired`).
 */
export interface CuratorRun {
  name: string;
  heldOut: boolean;
  /** How many names the list offered. */
  listed: number;
  /** The names clicked, with the gold id each was added under. */
  added: Array<{ name: string; id: string }>;
  mustType: string[];
  knownUnpaired: string[];
  before: TextScore;
  after: TextScore;
}

export function simulateCurator(gold: GoldText, dataset: SuggestDataset, options: SuggestOptions = {}): CuratorRun {
  const goldIds = new Set(gold.relations.flatMap((r) => [r.source, r.target]));
  const reading = readText(gold.text, dataset, options);
  const names = namesOf(reading);
  const matched = new Set(reading.candidates.flatMap((c) => [goldIdOf(c.source, goldIds), goldIdOf(c.target, goldIds)]));
  const unmatched = new Set([...goldIds].filter((id) => !matched.has(id)));
  const added: Array<{ name: string; id: string }> = [];
  const actors: Actor[] = [];
  for (const n of names) {
    const id = [n.id, squashName(n.name)].find((x) => unmatched.has(x));
    if (id === undefined || added.some((a) => a.id === id)) continue;
    added.push({ name: n.name, id });
    actors.push({ id, label: n.name, kind: n.kind });
  }
  const known = new Set([...reading.gazetteer.actors.values()].map((a) => goldIdOf(a, goldIds)));
  const left = [...unmatched].filter((id) => !added.some((a) => a.id === id));
  const after = added.length > 0 ? suggest(gold.text, { ...dataset, actors: [...dataset.actors, ...actors] }, options) : reading.candidates;
  return {
    name: gold.name,
    heldOut: gold.heldOut,
    listed: names.length,
    added,
    mustType: left.filter((id) => !known.has(id)),
    knownUnpaired: left.filter((id) => known.has(id)),
    before: scoreText(gold, reading.candidates),
    after: scoreText(gold, after),
  };
}
