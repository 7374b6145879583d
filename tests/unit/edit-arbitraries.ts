/**
 * Random edit commands for property tests: given a dataset and a seeded random source, one command
 * of any kind, mostly sensible (existing ids, dates in order, quotes copied from an inline text)
 * and sometimes broken on purpose (an unknown actor, "to" before "from", a quote that is not in
 * its source, a duplicate id, evidence removed down to none), so both acceptance and refusal run.
 */
import type { Actor, Dataset, Evidence, Relation } from "../../src/model/schema.ts";
import type { Command } from "../../src/model/edit/commands.ts";
import { addDays } from "../../src/model/dates.ts";
import { mulberry32 } from "../../src/model/random.ts";

export type Random = () => number;

export const seeded = (seed: number): Random => mulberry32(seed);

const TEXTS = [
  "Alpha and Beta signed a pact. Later Alpha turned on Beta.\nGamma mediated between them.",
  "The Kremlin said Moscow would stay. Yerevan froze its CSTO membership.",
  "Ünïcödé text: 日本 and 😀 emoji. Quotes \"inside\" and <markup>.",
];
const DATES = ["1999-12-31", "2020-01-01", "2021-06-15", "2023-09-19", "2023-10-03", "2024-04-18", "2030-02-28"];
const NAMES = ["Alpha", "Beta", "Kremlin", "Moscow", "x", "Ünïcödé", "日本"];

/** One random command for `d`. `fresh` makes ids no record has yet. */
export function randomCommand(d: Dataset, rnd: Random, fresh: () => string): Command {
  const pick = <T>(xs: readonly T[]): T | undefined => (xs.length === 0 ? undefined : xs[Math.floor(rnd() * xs.length)]);
  const chance = (p: number) => rnd() < p;
  const date = () => pick(DATES)!;
  const actorId = () => (chance(0.05) ? "NOPE" : pick(d.actors)?.id ?? "NOPE");
  const newId = (list: ReadonlyArray<{ id: string }>) => (chance(0.07) && list.length > 0 ? pick(list)!.id : fresh());
  const evidence = (): Evidence => {
    const withText = d.sources.filter((s) => typeof s.text === "string" && s.text.length > 3);
    const s = pick(withText);
    if (s && chance(0.8)) {
      const text = s.text!;
      const start = Math.floor(rnd() * (text.length - 2));
      const end = start + 1 + Math.floor(rnd() * Math.min(20, text.length - start - 1));
      const quote = text.slice(start, end);
      if (chance(0.05)) return { source: s.id, quote: `${quote}!not there` };
      if (chance(0.05)) return { source: s.id, quote, start: start + 1, end: end + 1 };
      return chance(0.6) ? { source: s.id, quote, start, end } : { source: s.id, quote };
    }
    const ref = pick(d.sources.filter((x) => x.text === undefined && x.file === undefined));
    if (ref) return { source: ref.id, citation: "says so" };
    return { source: pick(d.sources)?.id ?? "nosource", citation: "says so" };
  };
  const relation = (): Relation => {
    const from = date();
    const r: Relation = {
      id: newId(d.relations),
      source: actorId(),
      target: actorId(),
      type: chance(0.05) ? "notatype" : pick(d.relationTypes)!.id,
      from,
      evidence: [evidence()],
    };
    if (chance(0.6)) r.to = chance(0.08) ? addDays(from, -1) : addDays(from, 1 + Math.floor(rnd() * 4000));
    if (chance(0.3)) r.confidence = pick(["low", "medium", "high"] as const)!;
    return r;
  };
  const actor = (): Actor => {
    const a: Actor = { id: newId(d.actors), label: pick(NAMES)!, kind: pick(["state", "bloc", "person"] as const)! };
    if (chance(0.4)) a.aliases = [pick(NAMES)!];
    if (a.kind === "state" && chance(0.3)) a.iso3 = "ABC";
    return a;
  };
  const owner = () => {
    const r = pick(d.relations);
    const e = pick(d.events);
    if (r && (chance(0.8) || !e)) return { collection: "relations" as const, id: r.id };
    if (e) return { collection: "events" as const, id: e.id };
    return undefined;
  };

  const r = pick(d.relations);
  const a = pick(d.actors);
  const choices: Array<() => Command | undefined> = [
    () => ({ kind: "addActor", actor: actor() }),
    () => a && { kind: "updateActor", id: a.id, changes: chance(0.5) ? { label: pick(NAMES)! } : { aliases: chance(0.5) ? null : [pick(NAMES)!], kind: pick(["state", "court"] as const)! } },
    () => a && { kind: "removeActor", id: a.id, consequences: undefined },
    () => {
      const b = pick(d.actors);
      return a && b && { kind: "mergeActors", from: a.id, into: b.id };
    },
    () => ({ kind: "addRelation", relation: relation() }),
    () => ({ kind: "addRelation", relation: relation() }),
    () =>
      r && {
        kind: "updateRelation",
        id: r.id,
        changes: chance(0.3) ? { to: chance(0.5) ? null : addDays(r.from, chance(0.1) ? 0 : 30) } : chance(0.5) ? { type: pick(d.relationTypes)!.id } : { source: actorId(), target: actorId() },
      },
    () => r && { kind: "removeRelation", id: r.id },
    () => r && { kind: "changeStance", relation: r.id, date: chance(0.8) ? addDays(r.from, 1 + Math.floor(rnd() * 200)) : r.from, next: { id: newId(d.relations), type: pick(d.relationTypes)!.id, evidence: [evidence()] } },
    () => {
      const o = owner();
      return o && { kind: "addEvidence", owner: o, evidence: evidence() };
    },
    () => {
      const o = owner();
      return o && { kind: "removeEvidence", owner: o, index: 0 };
    },
    () => ({
      kind: "addSource",
      source: chance(0.7)
        ? { id: newId(d.sources), title: "A story", publisher: "Wire", text: pick(TEXTS)!, ...(chance(0.05) ? { file: "sources/x.txt" } : {}) }
        : { id: newId(d.sources), title: "A reference", publisher: "Encyclopedia", url: "https://example.org/" },
    }),
    () => {
      const s = pick(d.sources.filter((x) => typeof x.text === "string"));
      return s && { kind: "updateSource", id: s.id, changes: chance(0.5) ? { text: pick(TEXTS)! } : { title: "Retitled" } };
    },
    () => {
      const s = pick(d.sources);
      return s && { kind: "removeSource", id: s.id };
    },
    () => ({ kind: "addRelationType", relationType: { id: newId(d.relationTypes), label: "Rivalry", sign: -1, directed: chance(0.5), color: "#CC79A7" } }),
    () => {
      const t = pick(d.relationTypes);
      return t && { kind: "updateRelationType", id: t.id, changes: chance(0.5) ? { directed: !t.directed } : { sign: pick([-1, 0, 1] as const)!, color: "#56B4E9" } };
    },
    () => {
      const t = pick(d.relationTypes);
      return t && { kind: "removeRelationType", id: t.id };
    },
    () => ({ kind: "addPeriod", period: { id: newId(d.periods), label: "Then", date: chance(0.05) ? "2023-02-30" : date() } }),
    () => {
      const p = pick(d.periods);
      return p && (chance(0.5) ? { kind: "updatePeriod", id: p.id, changes: { date: date() } } : { kind: "removePeriod", id: p.id });
    },
    () => ({ kind: "addEvent", event: { id: newId(d.events), date: date(), label: "Summit", actors: [actorId()], evidence: [evidence()] } }),
    () => {
      const e = pick(d.events);
      return e && (chance(0.5) ? { kind: "updateEvent", id: e.id, changes: { end: chance(0.1) ? "1990-01-01" : null } } : { kind: "removeEvent", id: e.id });
    },
    () => ({ kind: "updateDataset", changes: chance(0.5) ? { title: "Retitled" } : { description: chance(0.5) ? null : "About" } }),
    () => ({ kind: "batch", label: "Added two actors and a relation", commands: [{ kind: "addActor", actor: { ...actor(), id: "B1" + fresh() } }, { kind: "addRelation", relation: relation() }] }),
  ];
  for (;;) {
    const c = pick(choices)!();
    if (c) return c;
  }
}

/** A counter of fresh ids ("n1", "n2", …) that no generated dataset uses (theirs are random). */
export function freshIds(prefix = "n"): () => string {
  let k = 0;
  return () => `${prefix}${++k}zz`;
}
