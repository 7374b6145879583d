/**
 * Dyad counts (aggregation.ts) → a Stancegraph dataset. Per dyad, each window is classified:
 * cooperative when it has at least `minEvents` cooperative or conflictual events and the margin
 * |coop − conf| / (coop + conf) is at least `margin` with more cooperation, conflictual likewise,
 * and nothing otherwise. Consecutive windows of one sign merge into one relation `[from, to)`
 * (from the first window's first day to the day after the last window), so a turn from cooperation
 * to conflict is two relations that meet at the turn; a window without a sign ends a relation.
 * Every relation carries its provenance as structured evidence (`derived`, see schema.ts).
 */
import type { Actor, Dataset, Evidence, Relation, RelationType, Source } from "../../model/schema.ts";
import { FORMAT_VERSION, MAX_URL_LENGTH } from "../../model/schema.ts";
import { stateActor } from "./countries.ts";
import { addDays } from "../../model/dates.ts";
import { NAME_KEY_PREFIX, SAMPLE_SIZE, compareText, sortDyadCounts, windowEnd, windowStart, type ActorScope, type DyadCount, type WindowUnit } from "./aggregation.ts";

export interface IngestRules {
  window: WindowUnit;
  /** Least number of cooperative + conflictual events in a window for it to count. */
  minEvents: number;
  /** Least |coop − conf| / (coop + conf), 0 to 1. */
  margin: number;
  actors: ActorScope;
}

/** Defaults, chosen on the fixtures and justified in docs/ingest.md. */
export const DEFAULT_RULES: IngestRules = { window: "quarter", minEvents: 5, margin: 0.3, actors: "countries" };

export interface IngestSource {
  /** What the events are, e.g. "GDELT 2.0 event export". */
  title: string;
  publisher: string;
  url?: string;
  /** What was read: file names or a table. */
  inputs: string[];
  /** How codes became signs, e.g. "CAMEO root code → quad class". */
  coding: string;
}

export interface IngestOptions {
  id?: string;
  title?: string;
}

export const COOPERATION: RelationType = {
  id: "cooperation",
  label: "Cooperation (machine-coded)",
  sign: 1,
  directed: false,
  color: "#009E73",
  description: "More cooperative than conflictual events between the two actors in the period.",
};
export const CONFLICT: RelationType = {
  id: "conflict",
  label: "Conflict (machine-coded)",
  sign: -1,
  directed: false,
  color: "#D55E00",
  description: "More conflictual than cooperative events between the two actors in the period.",
};

const SOURCE_ID = "events";

/** The sign a window gets under the rules, or 0 when it gets none. */
export function windowSign(row: Pick<DyadCount, "cooperative" | "conflictual">, rules: IngestRules): -1 | 0 | 1 {
  const signed = row.cooperative + row.conflictual;
  if (signed === 0 || signed < rules.minEvents || row.cooperative === row.conflictual) return 0;
  if (Math.abs(row.cooperative - row.conflictual) / signed < rules.margin) return 0;
  return row.cooperative > row.conflictual ? 1 : -1;
}

/** The rule in words, as the provenance records it. */
export function describeRule(rules: IngestRules, coding: string): string {
  return (
    `${coding}; per ${rules.window}, at least ${rules.minEvents} cooperative or conflictual events and ` +
    `|coop − conf| / (coop + conf) ≥ ${rules.margin}; consecutive ${rules.window}s of one sign merged`
  );
}

/** Builds the dataset. Rows may come in any order. */
export function buildIngestDataset(input: DyadCount[], rules: IngestRules, source: IngestSource, options: IngestOptions = {}): Dataset {
  const rows = sortDyadCounts([...input]);
  const rule = describeRule(rules, source.coding);
  const runs: Array<{ a: string; b: string; sign: 1 | -1; rows: DyadCount[] }> = [];
  let current: (typeof runs)[number] | undefined;
  for (const row of rows) {
    const sign = windowSign(row, rules);
    const continues =
      current !== undefined &&
      current.a === row.actorA &&
      current.b === row.actorB &&
      current.sign === sign &&
      windowEnd(current.rows[current.rows.length - 1]!.window, rules.window) === row.window;
    if (continues) current!.rows.push(row);
    else current = undefined;
    if (sign === 0 || continues) continue;
    current = { a: row.actorA, b: row.actorB, sign, rows: [row] };
    runs.push(current);
  }

  const actorIds = assignActorIds(runs.flatMap((r) => [r.a, r.b]));
  const relations: Relation[] = [];
  const usedIds = new Set<string>();
  for (const run of runs) {
    const type = run.sign === 1 ? COOPERATION : CONFLICT;
    const source = actorIds.get(run.a)!.id;
    const target = actorIds.get(run.b)!.id;
    const from = run.rows[0]!.window;
    const to = windowEnd(run.rows[run.rows.length - 1]!.window, rules.window);
    let id = `${type.id}-${source}-${target}-${from}`;
    if (id.length > 64 || usedIds.has(id)) id = `r${relations.length + 1}`;
    usedIds.add(id);
    relations.push({ id, source, target, type: type.id, from, to, evidence: [derivedEvidence(run.rows, rule)] });
  }
  relations.sort((p, q) => compareText(p.source, q.source) || compareText(p.target, q.target) || compareText(p.from, q.from));

  const actors = [...actorIds.values()].sort((p, q) => compareText(p.id, q.id));
  const froms = relations.map((r) => r.from).sort();
  const tos = relations.map((r) => r.to!).sort();
  const sourceEntry: Source = {
    id: SOURCE_ID,
    title: `${source.title}: ${source.inputs.join(", ")}`.slice(0, 500),
    publisher: source.publisher,
    ...(source.url ? { url: source.url } : {}),
    note: `Machine-coded by stancegraph ingest. ${rule}.`,
  };
  return {
    format: FORMAT_VERSION,
    id: options.id ?? "ingested-events",
    title: options.title ?? `${source.title}, by ${rules.window} (machine-coded)`,
    description: `Relations derived from event data: ${rule}. Each relation's evidence says from how many events.`,
    ...(froms.length > 0 ? { span: { from: froms[0]!, to: tos[tos.length - 1]! } } : {}),
    actors,
    relationTypes: [COOPERATION, CONFLICT],
    relations,
    events: [],
    sources: [sourceEntry],
    periods: froms.length > 0 ? windowPeriods(froms[0]!, tos[tos.length - 1]!, rules.window) : [],
  };
}

/** Two named views for the before/after toggle: the first and the last window of the data. */
function windowPeriods(from: string, to: string, unit: WindowUnit): Dataset["periods"] {
  const last = windowStart(addDays(to, -1), unit);
  const name = (start: string) =>
    unit === "year" ? start.slice(0, 4) : unit === "month" ? start.slice(0, 7) : `${start.slice(0, 4)} Q${(Number(start.slice(5, 7)) + 2) / 3}`;
  const first = { id: "first-window", label: `First ${unit}: ${name(from)}`, date: from };
  return last === from ? [first] : [first, { id: "last-window", label: `Last ${unit}: ${name(last)}`, date: last }];
}

function derivedEvidence(rows: DyadCount[], rule: string): Evidence {
  const sum = (k: "cooperative" | "conflictual" | "neutral") => rows.reduce((n, r) => n + r[k], 0);
  const sampleIds = rows.flatMap((r) => r.sampleIds).slice(0, SAMPLE_SIZE);
  // A URL over the format's limit is left out, not cut: a cut URL would lead to the wrong page.
  const sampleUrls = [...new Set(rows.flatMap((r) => r.sampleUrls).filter((u) => /^https?:\/\//.test(u) && u.length <= MAX_URL_LENGTH))].slice(0, SAMPLE_SIZE);
  const neutral = sum("neutral");
  return {
    source: SOURCE_ID,
    derived: {
      rule,
      cooperative: sum("cooperative"),
      conflictual: sum("conflictual"),
      ...(neutral > 0 ? { neutral } : {}),
      first: rows.map((r) => r.first).sort()[0]!,
      last: rows.map((r) => r.last).sort().at(-1)!,
      sampleIds,
      ...(sampleUrls.length > 0 ? { sampleUrls } : {}),
    },
  };
}

/**
 * Actor keys → actors. A state keeps its ISO code as id; any other actor (`~name`) gets an id made
 * from its name (the characters ids allow, at most 64), numbered when two names make the same id.
 */
function assignActorIds(keys: string[]): Map<string, Actor> {
  const unique = [...new Set(keys)].sort(compareText);
  const out = new Map<string, Actor>();
  const taken = new Set<string>();
  for (const key of unique) {
    if (key.startsWith(NAME_KEY_PREFIX)) continue;
    out.set(key, stateActor(key));
    taken.add(key);
  }
  for (const key of unique) {
    if (!key.startsWith(NAME_KEY_PREFIX)) continue;
    const name = key.slice(NAME_KEY_PREFIX.length);
    const base = (name.normalize("NFKD").replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "").replace(/-+$/, "") || "actor").slice(0, 56);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    out.set(key, { id, label: name.trim() || id, kind: "non-state" });
  }
  return out;
}
