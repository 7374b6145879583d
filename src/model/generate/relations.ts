/**
 * The generated relations, in three kinds:
 * - memberships: about a tenth of the relations, members → their bloc's organisation;
 * - chains: each actor pair carries one chain of relations that turn from one type to another
 *   over time, each turn sharing its date (the earlier relation's `to` is the later one's `from`),
 *   so relations on one pair never overlap; some turns are marked by an event;
 * - mediation: now and then a neutral body mediates between adversaries (directed, two relations
 *   mediator → party), sometimes hosting talks.
 * Pairs are skewed (a few hubs hold many relations) and mostly within a bloc; ties inside a bloc
 * are mostly cooperative, across blocs mostly adversarial, so structural balance has something to find.
 */
import type { Cast } from "./actors.ts";
import type { Calendar } from "./calendar.ts";
import { distinctSortedDays, weighted, type Draws } from "./draws.ts";
import type { Ledger } from "./ledger.ts";
import { TURN_EVENT_LABEL, TURNS, typeSentenceLabel, type DyadType } from "./relationTypes.ts";

/** Which actor pairs hold a relation already (unordered pairs as numbers, not strings: 500k of them). */
interface UsedPairs {
  has(a: number, b: number): boolean;
  add(a: number, b: number): void;
}

function usedPairs(n: number): UsedPairs {
  const used = new Set<number>();
  const key = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  return { has: (a, b) => used.has(key(a, b)), add: (a, b) => void used.add(key(a, b)) };
}

/** Fills `ledger` with exactly `count` relations (and the events that go with them). */
export function generateRelations(count: number, cast: Cast, calendar: Calendar, ledger: Ledger, draws: Draws): void {
  const used = usedPairs(cast.actors.length);
  addMemberships(count, cast, calendar, ledger, used, draws);
  const pickPair = createPairPicker(cast, used, draws);
  while (ledger.relations.length < count) {
    const [a, b] = pickPair();
    used.add(a, b);
    addChain(a, b, count, cast, calendar, ledger, used, draws);
  }
}

/** Memberships: about a tenth of the relations, members → their bloc's organisation. */
function addMemberships(count: number, { members, blocOf, labels, headCount }: Cast, { days, dateOf }: Calendar, ledger: Ledger, used: UsedPairs, draws: Draws): void {
  if (headCount === 0) return;
  const share = Math.min(members.length, Math.floor(count / 10));
  for (let k = 0; k < share; k++) {
    const member = members[Math.floor((k * members.length) / share)]!;
    const head = blocOf[member]!;
    used.add(member, head);
    const from = draws.below(Math.max(1, days >> 1));
    const to = draws.chance(0.1) ? from + 1 + draws.below(days - from) : null;
    ledger.addRelation(member, head, "membership", from, to, `${labels[member]} is a member of the ${labels[head]} from ${dateOf[from]}.`);
  }
}

/**
 * Picks a free pair: skewed towards hubs, mostly within a bloc; a sequential scan when random
 * picks keep hitting used pairs (small dense datasets), so the generator always ends.
 */
function createPairPicker({ members, blocOf, blocMembers, actors }: Cast, used: UsedPairs, draws: Draws): () => [number, number] {
  const n = actors.length;
  const everyone = members.length >= 2 ? members : Array.from({ length: n }, (_, i) => i);
  const skewed = (list: readonly number[]) => list[Math.floor(list.length * draws.next() ** 1.5)]!;
  let scanA = 0;
  let scanB = 1;
  return () => {
    for (let attempt = 0; attempt < 30; attempt++) {
      const a = skewed(everyone);
      const bloc = blocOf[a]!;
      const b = bloc >= 0 && draws.chance(0.65) && blocMembers[bloc]!.length > 1 ? skewed(blocMembers[bloc]!) : skewed(everyone);
      if (a !== b && !used.has(a, b)) return [a, b];
    }
    for (; scanA < n; scanA++, scanB = scanA + 1) {
      for (; scanB < n; scanB++) if (!used.has(scanA, scanB)) return [scanA, scanB];
    }
    throw new Error("no free actor pair left (checkGenerateOptions should have refused these options)");
  };
}

/** One to three relations between a and b that turn from one type to the next. */
function addChain(a: number, b: number, count: number, cast: Cast, calendar: Calendar, ledger: Ledger, used: UsedPairs, draws: Draws): void {
  const { blocOf, labels } = cast;
  const { days, dateOf } = calendar;
  const sameBloc = blocOf[a]! >= 0 && blocOf[a] === blocOf[b];
  const remaining = count - ledger.relations.length;
  const steps = Math.min(remaining, draws.next() < 0.5 ? 1 : draws.next() < 0.7 ? 2 : 3);
  // Turn dates: sorted distinct days after the chain's start; the last relation may be ongoing.
  const first = draws.below(Math.max(1, Math.floor(days * 0.8)));
  const ongoing = draws.chance(0.6);
  const cuts = distinctSortedDays(first, days, steps - 1 + (ongoing ? 0 : 1), draws);
  const chainLength = Math.min(steps, cuts.length + (ongoing ? 1 : 0)) || 1;
  let type: DyadType = sameBloc ? (draws.chance(0.35) ? "alliance" : "partnership") : draws.next() < 0.55 ? "estrangement" : draws.next() < 0.35 ? "hostility" : "partnership";
  let from = first;
  for (let k = 0; k < chainLength; k++) {
    const to = k < cuts.length ? cuts[k]! : null;
    ledger.addRelation(a, b, type, from, to, `${typeSentenceLabel(type)} between ${labels[a]} and ${labels[b]} from ${dateOf[from]}.`);
    if (k > 0 && draws.chance(0.25)) {
      const end = type === "hostility" ? Math.min(days, from + 5 + draws.below(60)) : null;
      ledger.addEvent(from, end, `${TURN_EVENT_LABEL[type]}: ${labels[a]}–${labels[b]}`, [a, b]);
    }
    // Mediation adds two relations; only when the rest of this chain still fits in the budget.
    const stillToAdd = chainLength - k - 1;
    if ((type === "hostility" || type === "estrangement") && !sameBloc && count - ledger.relations.length - stillToAdd >= 2 && draws.chance(0.08)) {
      mediate(a, b, from, to, cast, calendar, ledger, used, draws);
    }
    if (to === null) break;
    from = to;
    type = weighted(TURNS[type], draws);
  }
}

/** A neutral body (or a third party) mediates between adversaries a and b during [from, to). */
function mediate(a: number, b: number, from: number, to: number | null, cast: Cast, { days, dateOf }: Calendar, ledger: Ledger, used: UsedPairs, draws: Draws): void {
  const { headCount, mediatorCount, labels } = cast;
  const m0 = mediatorCount > 0 ? headCount + draws.below(mediatorCount) : draws.below(cast.actors.length);
  if (m0 === a || m0 === b || used.has(m0, a) || used.has(m0, b)) return;
  const end = to ?? days;
  if (end - from < 2) return;
  const start = from + draws.below(end - from - 1);
  const stop = to === null && draws.chance(0.5) ? null : start + 1 + draws.below(end - start);
  used.add(m0, a);
  used.add(m0, b);
  for (const party of [a, b]) {
    ledger.addRelation(m0, party, "mediation", start, stop, `${labels[m0]} mediates between ${labels[a]} and ${labels[b]} from ${dateOf[start]}.`);
  }
  if (draws.chance(0.5)) ledger.addEvent(start, null, `Talks hosted by ${labels[m0]}`, [m0, a, b]);
}
