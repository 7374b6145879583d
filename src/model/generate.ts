/**
 * A seeded synthetic dataset: invented actors and dated relations with the structure of real
 * dyadic event data, for benchmarks and tests. The same options always give the same dataset, and
 * `datasetJsonLines` (src/io/datasetJson.ts) gives the same bytes for it.
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
 *
 * The phases, in the order they draw random numbers (generate/): the calendar, the actors
 * (actors.ts), the sources and the evidence citing them (sources.ts), the relations and the events
 * at their turns (relations.ts, written through ledger.ts), the named periods (calendar.ts).
 */
import type { Dataset } from "./schema.ts";
import { FORMAT_VERSION } from "./schema.ts";
import { createDraws } from "./generate/draws.ts";
import { createCalendar, END_DATE, generatedPeriods } from "./generate/calendar.ts";
import { castActors } from "./generate/actors.ts";
import { citingSources, referenceSources } from "./generate/sources.ts";
import { createLedger } from "./generate/ledger.ts";
import { generateRelations } from "./generate/relations.ts";
import { RELATION_TYPES } from "./generate/relationTypes.ts";

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

/** Builds the dataset described by `options`. Throws a RangeError naming the option that is wrong. */
export function generateDataset(options: GenerateOptions): Dataset {
  const problem = checkGenerateOptions(options);
  if (problem) throw new RangeError(problem);
  const { actors: n, relations: m, years, seed } = options;
  // The phases draw from one stream in this order; reordering them changes every dataset.
  const draws = createDraws(seed);
  const calendar = createCalendar(years);
  const cast = castActors(n, draws);
  const sources = referenceSources(m, calendar);
  const ledger = createLedger(m, cast, calendar, citingSources(sources, calendar, draws), draws);
  generateRelations(m, cast, calendar, ledger, draws);
  return {
    format: FORMAT_VERSION,
    id: `synthetic-${n}-${m}-${years}-${seed}`,
    title: `Synthetic dataset: ${n} actors, ${m} relations, ${years} years (seed ${seed})`,
    description:
      `Made by "stancegraph generate --actors ${n} --relations ${m} --years ${years} --seed ${seed}". ` +
      "Invented actors and relations with realistic structure, for benchmarks and tests; not real data.",
    span: { from: calendar.startDate, to: END_DATE },
    actors: cast.actors,
    relationTypes: RELATION_TYPES.map((t) => ({ ...t })),
    relations: ledger.relations,
    events: ledger.events,
    sources,
    periods: generatedPeriods(calendar),
  };
}

