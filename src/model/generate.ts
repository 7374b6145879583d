/**
 * A seeded synthetic dataset: invented actors and dated relations with the structure of real
 * dyadic event data, for benchmarks and tests. The same options always give the same dataset, and
 * `serializeDataset` gives the same bytes for it.
 *
 * Structure, and why:
 * - A few blocs. Most ties are sparse and skewed (a few regional powers hold many relations);
 *   ties inside a bloc are mostly cooperative, ties across blocs mostly adversarial, so structural
 *   balance has something to find.
 * - Each actor pair carries one chain of relations that turn from one type to another over time
 *   (alliance → estrangement), each turn sharing its date: the earlier relation's `to` is the later
 *   one's `from`. Relations on one pair never overlap, so the validator has nothing to warn about.
 * - Bloc organisations with directed memberships; neutral bodies that mediate (directed, two
 *   relations mediator → party) between adversaries; events at some turns; evidence everywhere.
 * - Sources are reference sources (a citation, no local file), so validation needs no texts.
 *
 * Built for size: 50,000 actors and 500,000 relations take a few seconds. Dates come from one
 * precomputed table, pairs are numeric keys, and nothing builds a string larger than one item.
 */
import type { Actor, ActorKind, Dataset, Evidence, Period, Relation, RelationType, Source, StanceEvent } from "./schema.ts";
import { FORMAT_VERSION } from "./schema.ts";
import { fromDay, toDay } from "./dates.ts";
import { mulberry32 } from "./random.ts";

export interface GenerateOptions {
  /** Number of actors (at least 1). */
  actors: number;
  /** Exact number of relations; at most one per actor pair on average (see `maxRelations`). */
  relations: number;
  /** Length of the time span in years; it ends on 2025-01-01. */
  years: number;
  /** PRNG seed, an unsigned 32-bit integer. */
  seed: number;
}

/** Bounds of each option, inclusive. `relations` is also bounded by `maxRelations(actors)`. */
export const GENERATE_LIMITS: Readonly<Record<keyof GenerateOptions, { min: number; max: number }>> = {
  actors: { min: 1, max: 1_000_000 },
  relations: { min: 0, max: 5_000_000 },
  years: { min: 1, max: 1000 },
  seed: { min: 0, max: 0xffffffff },
};

/**
 * The most relations `actors` actors can hold here: one per unordered pair. Every chain of relations
 * takes a pair of its own, so this bound guarantees that a free pair always remains.
 */
export function maxRelations(actors: number): number {
  return (actors * (actors - 1)) / 2;
}

/** What is wrong with the options (naming the option), or null when they are fine. */
export function checkGenerateOptions(options: GenerateOptions): string | null {
  for (const key of Object.keys(GENERATE_LIMITS) as Array<keyof GenerateOptions>) {
    const v = options[key];
    const { min, max } = GENERATE_LIMITS[key];
    if (!Number.isSafeInteger(v)) return `${key} must be a whole number, got ${String(v)}`;
    if (v < min || v > max) return `${key} ${v} is out of range (${min} to ${max})`;
  }
  const most = maxRelations(options.actors);
  if (options.relations > most) {
    return `relations ${options.relations} is more than ${options.actors} actor${options.actors === 1 ? "" : "s"} can hold (at most ${most}, one per pair)`;
  }
  return null;
}

const END_DATE = "2025-01-01";

const RELATION_TYPES: RelationType[] = [
  { id: "alliance", label: "Alliance", sign: 1, directed: false, color: "#009E73", description: "A declared alliance or defence treaty." },
  { id: "partnership", label: "Partnership", sign: 1, directed: false, color: "#56B4E9", description: "Cooperative ties short of an alliance." },
  { id: "estrangement", label: "Estrangement", sign: -1, directed: false, color: "#E69F00", description: "Political distance or rivalry without fighting." },
  { id: "hostility", label: "Hostility", sign: -1, directed: false, color: "#D55E00", description: "Armed enmity, or a war held in check by a ceasefire." },
  { id: "mediation", label: "Mediation", sign: 0, directed: true, color: "#CC79A7", description: "Source mediates for target (one relation per party)." },
  { id: "membership", label: "Membership", sign: 1, directed: true, color: "#0072B2", description: "Source is a member of the bloc organisation target." },
];

type DyadType = "alliance" | "partnership" | "estrangement" | "hostility";

/** What a dyadic relation turns into, with weights. Never into itself: a turn changes the type. */
const TURNS: Record<DyadType, Array<[DyadType, number]>> = {
  alliance: [["estrangement", 0.8], ["partnership", 0.2]],
  partnership: [["estrangement", 0.6], ["alliance", 0.4]],
  estrangement: [["partnership", 0.5], ["hostility", 0.5]],
  hostility: [["estrangement", 0.7], ["partnership", 0.3]],
};

const TURN_EVENT_LABEL: Record<DyadType, string> = {
  alliance: "Alliance signed",
  partnership: "Rapprochement",
  estrangement: "Rupture",
  hostility: "Armed clashes",
};

const PUBLISHERS = ["Synthetic Wire", "Synthetic Gazette", "Synthetic Ministry Bulletin", "Synthetic Research Brief"];
const CONSONANTS = "bdfgklmnprstvz";
const VOWELS = "aeiou";

/** Builds the dataset described by `options`. Throws a RangeError naming the option that is wrong. */
export function generateDataset(options: GenerateOptions): Dataset {
  const problem = checkGenerateOptions(options);
  if (problem) throw new RangeError(problem);
  const { actors: n, relations: m, years, seed } = options;
  const rng = mulberry32(seed);
  const chance = (p: number) => rng() < p;
  const below = (k: number) => Math.floor(rng() * k);

  // ── time: day numbers relative to the start of the span, one ISO string per day ──
  const startDate = `${String(2025 - years).padStart(4, "0")}-01-01`;
  const start = toDay(startDate);
  const days = toDay(END_DATE) - start;
  const dateOf: string[] = Array.from({ length: days + 1 }, (_, d) => fromDay(start + d));

  // ── actors: bloc organisations first, then neutral bodies, then members of blocs ──
  const blocCount = Math.max(1, Math.min(8, Math.floor(Math.log2(n + 1) / 2)));
  const headCount = n >= 10 * blocCount ? blocCount : 0;
  const mediatorCount = n >= 50 ? Math.max(1, Math.min(200, Math.floor(n / 100))) : 0;
  const idWidth = Math.max(4, String(n - 1).length);
  const actorId = (i: number) => `A${String(i).padStart(idWidth, "0")}`;
  const nameOf = makeNamer(n, rng);
  const actors: Actor[] = [];
  const labels: string[] = [];
  const blocOf = new Int32Array(n).fill(-1);
  const blocMembers: number[][] = Array.from({ length: blocCount }, () => []);
  const members: number[] = [];
  for (let i = 0; i < n; i++) {
    const name = nameOf(i);
    let kind: ActorKind;
    let label: string;
    if (i < headCount) {
      kind = "bloc";
      label = `${name} Pact`;
      blocOf[i] = i;
    } else if (i < headCount + mediatorCount) {
      kind = "organization";
      label = `${name} Council`;
    } else {
      kind = chance(0.04) ? "non-state" : "state";
      label = kind === "state" ? name : `${name} Front`;
      // Blocs of unequal size: the first blocs are the big ones.
      const bloc = Math.floor(blocCount * rng() ** 1.4);
      blocOf[i] = bloc;
      blocMembers[bloc]!.push(i);
      members.push(i);
    }
    const actor: Actor = { id: actorId(i), label, kind };
    if (kind === "state" && chance(0.1)) actor.aliases = [`Republic of ${name}`];
    actors.push(actor);
    labels.push(label);
  }

  // ── sources: reference sources spread evenly over the span, so evidence can postdate its claim ──
  const sourceCount = Math.max(1, Math.ceil(m / 200));
  const sourceWidth = Math.max(4, String(sourceCount - 1).length);
  const sources: Source[] = [];
  for (let s = 0; s < sourceCount; s++) {
    const id = `S${String(s).padStart(sourceWidth, "0")}`;
    const date = dateOf[Math.floor(((s + 0.5) * days) / sourceCount)]!;
    sources.push({ id, title: `Synthetic report ${s + 1}`, publisher: PUBLISHERS[s % PUBLISHERS.length]!, date, url: `https://example.org/stancegraph-synthetic/${id}` });
  }
  /** A source dated on or after `day` (the last one when none is). */
  const sourceAfter = (day: number) => {
    const first = Math.min(sourceCount - 1, Math.ceil((day / days) * sourceCount));
    return sources[first + below(sourceCount - first)]!.id;
  };
  const evidence = (day: number, claim: string): Evidence[] => {
    const list: Evidence[] = [{ source: sourceAfter(day), citation: claim }];
    if (chance(0.15)) list.push({ source: sourceAfter(day), citation: `Also reported: ${claim}` });
    return list;
  };

  // ── relations ──
  const relations: Relation[] = [];
  const events: StanceEvent[] = [];
  const relationWidth = Math.max(5, String(m - 1).length);
  const eventWidth = relationWidth;
  const usedPairs = new Set<number>();
  const pairKey = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const addRelation = (source: number, target: number, type: string, from: number, to: number | null, claim: string) => {
    const id = `R${String(relations.length).padStart(relationWidth, "0")}`;
    const ends = { source: actorId(source), target: actorId(target), type, from: dateOf[from]! };
    const proof = evidence(from, claim);
    const confidence = rng() < 0.5 ? "high" : rng() < 0.7 ? "medium" : "low";
    // Literal key order (no `to` key at all when ongoing) keeps the serialised bytes stable.
    relations.push(
      to === null
        ? { id, ...ends, evidence: proof, confidence }
        : { id, ...ends, to: dateOf[to]!, evidence: proof, confidence },
    );
  };
  const addEvent = (day: number, end: number | null, label: string, who: number[]) => {
    const id = `E${String(events.length).padStart(eventWidth, "0")}`;
    const date = dateOf[day]!;
    const actorIds = who.map(actorId);
    const proof = evidence(day, `${label} (${who.map((i) => labels[i]).join(", ")}) on ${date}.`);
    events.push(
      end !== null && end > day
        ? { id, date, end: dateOf[end]!, label, actors: actorIds, evidence: proof }
        : { id, date, label, actors: actorIds, evidence: proof },
    );
  };

  // Memberships: about a tenth of the relations, members → their bloc's organisation.
  if (headCount > 0) {
    const share = Math.min(members.length, Math.floor(m / 10));
    for (let k = 0; k < share; k++) {
      const member = members[Math.floor((k * members.length) / share)]!;
      const head = blocOf[member]!;
      usedPairs.add(pairKey(member, head));
      const from = below(Math.max(1, days >> 1));
      const to = chance(0.1) ? from + 1 + below(days - from) : null;
      addRelation(member, head, "membership", from, to, `${labels[member]} is a member of the ${labels[head]} from ${dateOf[from]}.`);
    }
  }

  // Pair picking: skewed (hubs), mostly within the bloc; a sequential scan when random picks keep
  // hitting used pairs (small dense datasets), so the loop always ends.
  const everyone = members.length >= 2 ? members : Array.from({ length: n }, (_, i) => i);
  const skewed = (list: number[]) => list[Math.floor(list.length * rng() ** 1.5)]!;
  let scanA = 0;
  let scanB = 1;
  const pickPair = (): [number, number] => {
    for (let attempt = 0; attempt < 30; attempt++) {
      const a = skewed(everyone);
      const bloc = blocOf[a]!;
      const b = bloc >= 0 && chance(0.65) && blocMembers[bloc]!.length > 1 ? skewed(blocMembers[bloc]!) : skewed(everyone);
      if (a !== b && !usedPairs.has(pairKey(a, b))) return [a, b];
    }
    for (; scanA < n; scanA++, scanB = scanA + 1) {
      for (; scanB < n; scanB++) if (!usedPairs.has(pairKey(scanA, scanB))) return [scanA, scanB];
    }
    throw new Error("no free actor pair left (checkGenerateOptions should have refused these options)");
  };

  const typeLabel = new Map(RELATION_TYPES.map((t) => [t.id, t.label.toLowerCase()]));
  while (relations.length < m) {
    const [a, b] = pickPair();
    usedPairs.add(pairKey(a, b));
    const sameBloc = blocOf[a]! >= 0 && blocOf[a] === blocOf[b];
    const remaining = m - relations.length;
    const steps = Math.min(remaining, rng() < 0.5 ? 1 : rng() < 0.7 ? 2 : 3);
    // Turn dates: sorted distinct days after the chain's start; the last relation may be ongoing.
    const first = below(Math.max(1, Math.floor(days * 0.8)));
    const ongoing = chance(0.6);
    const cuts = distinctSortedDays(first, days, steps - 1 + (ongoing ? 0 : 1), rng);
    const chainLength = Math.min(steps, cuts.length + (ongoing ? 1 : 0)) || 1;
    let type: DyadType = sameBloc ? (chance(0.35) ? "alliance" : "partnership") : rng() < 0.55 ? "estrangement" : rng() < 0.35 ? "hostility" : "partnership";
    let from = first;
    for (let k = 0; k < chainLength; k++) {
      const to = k < cuts.length ? cuts[k]! : null;
      addRelation(a, b, type, from, to, `${labelFor(typeLabel, type)} between ${labels[a]} and ${labels[b]} from ${dateOf[from]}.`);
      if (k > 0 && chance(0.25)) {
        const end = type === "hostility" ? Math.min(days, from + 5 + below(60)) : null;
        addEvent(from, end, `${TURN_EVENT_LABEL[type]}: ${labels[a]}–${labels[b]}`, [a, b]);
      }
      // Mediation adds two relations; only when the rest of this chain still fits in the budget.
      const stillToAdd = chainLength - k - 1;
      if ((type === "hostility" || type === "estrangement") && !sameBloc && m - relations.length - stillToAdd >= 2 && chance(0.08)) {
        mediate(a, b, from, to);
      }
      if (to === null) break;
      from = to;
      type = weighted(TURNS[type], rng);
    }
  }

  /** A neutral body (or a third party) mediates between adversaries a and b during [from, to). */
  function mediate(a: number, b: number, from: number, to: number | null): void {
    const m0 = mediatorCount > 0 ? headCount + below(mediatorCount) : below(n);
    if (m0 === a || m0 === b || usedPairs.has(pairKey(m0, a)) || usedPairs.has(pairKey(m0, b))) return;
    const end = to ?? days;
    if (end - from < 2) return;
    const start = from + below(end - from - 1);
    const stop = to === null && chance(0.5) ? null : start + 1 + below(end - start);
    usedPairs.add(pairKey(m0, a));
    usedPairs.add(pairKey(m0, b));
    for (const party of [a, b]) {
      addRelation(m0, party, "mediation", start, stop, `${labels[m0]} mediates between ${labels[a]} and ${labels[b]} from ${dateOf[start]}.`);
    }
    if (chance(0.5)) addEvent(start, null, `Talks hosted by ${labels[m0]}`, [m0, a, b]);
  }

  const periods: Period[] = [
    { id: "early", label: `Early (${dateOf[days >> 2]!.slice(0, 4)})`, date: dateOf[days >> 2]! },
    { id: "middle", label: `Middle (${dateOf[days >> 1]!.slice(0, 4)})`, date: dateOf[days >> 1]! },
    { id: "late", label: `Late (${dateOf[(3 * days) >> 2]!.slice(0, 4)})`, date: dateOf[(3 * days) >> 2]! },
  ];

  return {
    format: FORMAT_VERSION,
    id: `synthetic-${n}-${m}-${years}-${seed}`,
    title: `Synthetic dataset: ${n} actors, ${m} relations, ${years} years (seed ${seed})`,
    description:
      `Made by "stancegraph generate --actors ${n} --relations ${m} --years ${years} --seed ${seed}". ` +
      "Invented actors and relations with realistic structure, for benchmarks and tests; not real data.",
    span: { from: startDate, to: END_DATE },
    actors,
    relationTypes: RELATION_TYPES.map((t) => ({ ...t })),
    relations,
    events,
    sources,
    periods,
  };
}

/**
 * Dataset JSON with one array item per line: compact enough for large files, yet readable with
 * `head` and diffable. Deterministic: equal datasets give equal bytes.
 */
export function serializeDataset(dataset: Dataset): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(dataset)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length > 0) {
      parts.push(`${JSON.stringify(key)}:[\n${value.map((item) => JSON.stringify(item)).join(",\n")}\n]`);
    } else {
      parts.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
    }
  }
  return `{\n${parts.join(",\n")}\n}\n`;
}

/** Up to `count` distinct sorted days in (after, last]; fewer when the window is too short. */
function distinctSortedDays(after: number, last: number, count: number, rng: () => number): number[] {
  const window = last - after;
  if (count <= 0 || window <= 0) return [];
  const picks = Array.from({ length: count }, () => after + 1 + Math.floor(rng() * window)).sort((x, y) => x - y);
  return picks.filter((d, i) => i === 0 || d !== picks[i - 1]);
}

function weighted<T>(options: Array<[T, number]>, rng: () => number): T {
  let u = rng();
  for (const [value, weight] of options) {
    if (u < weight) return value;
    u -= weight;
  }
  return options[options.length - 1]![0];
}

function labelFor(labels: Map<string, string>, type: string): string {
  const l = labels.get(type) ?? type;
  return l.charAt(0).toUpperCase() + l.slice(1);
}

/**
 * Unique pronounceable names: actor i's index is scrambled by a bijection of [0, 70^L) (multiplying
 * by a number coprime to 70) and written as L consonant–vowel syllables. Same length for all, so
 * distinct numbers give distinct names.
 */
function makeNamer(n: number, rng: () => number): (i: number) => string {
  const base = CONSONANTS.length * VOWELS.length;
  let length = 2;
  while (base ** length < n) length++;
  const range = base ** length;
  const offset = Math.floor(rng() * range);
  return (i) => {
    let x = (i * 7919 + offset) % range;
    let name = "";
    for (let k = 0; k < length; k++) {
      const syllable = x % base;
      x = Math.floor(x / base);
      name += CONSONANTS[syllable % CONSONANTS.length]! + VOWELS[Math.floor(syllable / CONSONANTS.length)]!;
    }
    return name.charAt(0).toUpperCase() + name.slice(1);
  };
}
