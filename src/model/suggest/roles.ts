/**
 * A mediator's role is the text's, not one sentence's. News states it once ("talks that Ankara
 * hosted between the two foreign ministers", "the deal Washington brokered between them") and then
 * names the mediator beside a party in sentences whose own words say something else: it "helped"
 * one side, "signed agreements with" both, one side "belongs to" it. Read sentence by sentence, such
 * a pair gets the stance of those words, and the role is lost.
 *
 * `findRoles` learns the roles a text states: in a sentence that reads M as the mediator (the
 * acting side of a mediation cue that names an agent: brokered, hosted talks, guarantor, envoy,
 * auspices …, not a word for the event such as "ceasefire" or "talks") with both X and Y, M mediates
 * between X and Y when X and Y are read with a stance of their own (a cue of sign +1 or −1) in more
 * sentences than M is with either of them: the parties are the pair with the quarrel or the deal,
 * the mediator the one the text keeps between them, whatever the order of the sentence.
 *
 * `applyRoles` then works on the ranked, capped list (so no pair leaves it and its length grows by
 * at most one per such pair): a mediation candidate of a role pair ranks just above that pair's best
 * stance candidate, and a role pair with no mediation candidate but a cooperative one ("helped",
 * "pledged", "members") gets one in that sentence, by the sentence's own mediation cue when it has
 * one, else by the cue it was read from, now read as the mediator's. The stance candidates stay: the
 * curator sees both readings. An adversarial reading of a mediator and a party gets no such twin: a
 * mediator that accuses or fights a party holds that stance of its own; nor does one of taking a
 * party's side (`SIDING_CUES`: backing, arming, fighting beside it), for the same reason. And a mediation of a role
 * pair read the other way round (the party as its source: "X and Y met under M's auspices", where
 * the mediator is named last) is turned, so that the mediator is the source.
 */
import type { CueHit } from "./cues.ts";
import type { GazetteerActor } from "./gazetteer.ts";
import type { PairReading } from "./pairs.ts";
import { CUE_CLASSES } from "./lexicon.ts";

export interface RankedReading {
  reading: PairReading;
  first: number;
  last: number;
}

/**
 * Cues of taking one side in a fight: backing, arming, supporting, defending, fighting beside.
 * A mediator the text names so beside a party ("M backed X", "X fought with M's backing", "M is
 * arming X") holds that stance of its own, as one that accuses or fights a party does: the role
 * gives such a pair no mediation twin. Not "ally": a state the text calls one party's ally can
 * still be the go-between the role says it is (a patron that brokers its client's peace).
 */
const SIDING_CUES = new Set(["back", "arm", "support", "defend", "fight"]);

/** A role pair's mediation ranks this much above the best stance reading of the pair. */
export const ROLE_RANK = 1.05;

/** Mediation cues that name the event, not an agent's part in it: the parties sign a ceasefire, hold talks. */
const EVENT_CUES = new Set(["truce", "ceasefire", "cease-fire", "peace treaty", "nonaggression treaty", "peace deal", "peace talk", "talk", "negotiation", "intervene", "peacekeeper", "peacekeeping", "maintain order", "observer"]);

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** The mediators a text states, each with the parties it stands between. */
export function findRoles(raw: readonly RankedReading[], actors: ReadonlyMap<string, GazetteerActor>): Map<string, Set<string>> {
  // The sentences that read each pair with a stance; per sentence, the mediator of each pair it reads as mediation.
  const stance = new Map<string, Set<number>>();
  const mediatedIn = new Map<number, Map<string, Set<string>>>();
  for (const { reading: r, first, last } of raw) {
    if (first !== last || !r.cue || !r.cueClass) continue;
    const key = pairKey(r.a.actor, r.b.actor);
    if (r.cueClass === "mediation") {
      if (r.cue.negated || EVENT_CUES.has(r.cue.phrase)) continue;
      const mediator = r.reversed ? r.b.actor : r.a.actor;
      const party = r.reversed ? r.a.actor : r.b.actor;
      const here = mediatedIn.get(first) ?? new Map<string, Set<string>>();
      here.set(mediator, (here.get(mediator) ?? new Set<string>()).add(party));
      mediatedIn.set(first, here);
    } else if (CUE_CLASSES[r.cueClass].sign !== 0) {
      stance.set(key, (stance.get(key) ?? new Set<number>()).add(first));
    }
  }
  const stanceOf = (x: string, y: string) => stance.get(pairKey(x, y))?.size ?? 0;
  const roles = new Map<string, Set<string>>();
  for (const here of mediatedIn.values()) {
    for (const [m, partySet] of here) {
      if (actors.get(m)?.kind === "person") continue;
      const parties = [...partySet];
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++) {
          const [x, y] = [parties[i]!, parties[j]!];
          if (stanceOf(x, y) <= Math.max(stanceOf(m, x), stanceOf(m, y))) continue;
          roles.set(m, (roles.get(m) ?? new Set<string>()).add(x).add(y));
        }
      }
    }
  }
  return roles;
}

/** The role's mediator of a reading's pair, when one of the two mediates for the other (and not both ways). */
function mediatorOf(roles: ReadonlyMap<string, ReadonlySet<string>>, r: PairReading): "a" | "b" | undefined {
  const aMediates = roles.get(r.a.actor)?.has(r.b.actor) ?? false;
  const bMediates = roles.get(r.b.actor)?.has(r.a.actor) ?? false;
  return aMediates === bMediates ? undefined : aMediates ? "a" : "b";
}

/**
 * The ranked list with the roles applied (see above): in the same order, with the twins after it
 * (so each candidate keeps its id; the caller ranks again). `sentenceCues` gives a sentence's
 * cues, for a mediation cue of the sentence a twin is read in.
 */
export function applyRoles(kept: readonly RankedReading[], roles: ReadonlyMap<string, ReadonlySet<string>>, sentenceCues: (s: number) => CueHit[]): RankedReading[] {
  if (roles.size === 0) return [...kept];
  const bestStance = new Map<string, RankedReading>();
  const mediated = new Set<string>();
  for (const k of kept) {
    const r = k.reading;
    if (k.first !== k.last || !r.cue || !r.cueClass || !mediatorOf(roles, r)) continue;
    const key = pairKey(r.a.actor, r.b.actor);
    if (r.cueClass === "mediation") mediated.add(key);
    else if (CUE_CLASSES[r.cueClass].sign !== 0 && (bestStance.get(key)?.reading.score ?? -1) < r.score) bestStance.set(key, k);
  }
  // The best reading of each pair in each span that is no mediation, looked up for the same-sentence bond below.
  const bondAt = new Map<string, number>();
  for (const o of kept) {
    if (o.reading.cueClass === "mediation") continue;
    const at = `${o.first}-${o.last}:${pairKey(o.reading.a.actor, o.reading.b.actor)}`;
    if ((bondAt.get(at) ?? -1) < o.reading.score) bondAt.set(at, o.reading.score);
  }
  const out = kept.map((k) => {
    const mediator = k.reading.cueClass === "mediation" ? mediatorOf(roles, k.reading) : undefined;
    // The role says who mediates: a mediation of the pair read the other way round ("X and Y met under M's auspices") is turned.
    const r = mediator && (k.reading.reversed !== (mediator === "b") || k.reading.guessed) ? { ...k.reading, reversed: mediator === "b", guessed: false } : k.reading;
    if (r !== k.reading) k = { ...k, reading: r };
    if (k.first !== k.last || r.cueClass !== "mediation" || !r.cue || r.cue.negated || !mediator) return k;
    const key = pairKey(r.a.actor, r.b.actor);
    // The sentence's own choice stands: a bond it states beside the role ("hosted by X, whose country is Y's ally") outranks the role there.
    if ((bondAt.get(`${k.first}-${k.last}:${key}`) ?? -1) > r.score) return k;
    const top = bestStance.get(key)?.reading.score;
    return top !== undefined && top * ROLE_RANK > r.score ? { ...k, reading: { ...r, score: top * ROLE_RANK } } : k;
  });
  for (const [key, k] of bestStance) {
    const r = k.reading;
    if (mediated.has(key) || CUE_CLASSES[r.cueClass!].sign !== 1 || SIDING_CUES.has(r.cue!.phrase)) continue;
    const own = sentenceCues(k.first).find((c) => c.class === "mediation" && !c.negated && !c.onlyFor);
    out.push({ reading: { a: r.a, b: r.b, cue: own ?? r.cue, cueClass: "mediation", score: r.score * ROLE_RANK, reversed: mediatorOf(roles, r) === "b" }, first: k.first, last: k.last });
  }
  return out;
}
