/**
 * The curation engine's benchmark (issue #13): one edit of each kind, and its undo, applied to a
 * loaded model in place (EditSession: compile, validate what it touched, update the dataset, the
 * graph, the interval index, the parallel indices and the history), beside the baseline an edit
 * would cost without the incremental update: building the model again from the edited dataset
 * (createModel without layout: graph, interval index and lookups; the layout would only add).
 *
 * Each repetition applies the edit, then undoes it, timing each, so the model is back where it
 * started for the next one; the median of the repetitions is reported. `npm run bench -- --suites
 * edit` runs this suite alone. The UI's cost to the next painted frame is measured separately
 * (in the browser suite, once the workspace UI exists).
 */
import type { Dataset } from "../src/model/schema.ts";
import type { Command, Plan } from "../src/model/edit/index.ts";
import { mulberry32 } from "../src/model/random.ts";
import type { BenchContext, BenchRow, BenchSuite, BudgetLine, SuiteResult } from "./types.ts";

// The engine is imported when the suite runs, not when the runner loads its suites: code loaded
// for nothing changes what the Node suite's heap measure sees at small sizes.

/** Budget per edit and per undo at 10k actors / 100k relations (issue #13). */
const BUDGET_MS = 50;
const BUDGET_ACTORS = 10_000;

/** The edits timed, each built against the dataset as loaded. */
function edits(d: Dataset, plan: (d: Dataset, c: Command) => Plan): Array<{ name: string; command: Command }> {
  const rnd = mulberry32(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const middle = d.relations[Math.floor(d.relations.length / 2)]!;
  const open = d.relations.find((r, i) => i > d.relations.length / 3 && r.to === undefined) ?? middle;
  const degree = new Map<string, number>();
  for (const r of d.relations) for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
  // A typical actor (median degree) for removal and merging, not a hub.
  const byDegree = d.actors.map((a) => a.id).sort((a, b) => (degree.get(a) ?? 0) - (degree.get(b) ?? 0));
  const typical = byDegree[Math.floor(byDegree.length / 2)]!;
  const other = byDegree[Math.floor(byDegree.length / 2) + 1]!;
  const source = d.sources[0]!;
  const text = "The two governments signed a treaty of friendship and mutual assistance. Observers called it a turning point.";
  const quote = "signed a treaty of friendship";
  const evidence = [{ source: "bench-src", quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }];
  return [
    { name: "add an actor and a relation to it (one batch)", command: { kind: "batch", label: "Added an actor", commands: [{ kind: "addActor", actor: { id: "bench-new", label: "Benchland", kind: "state" } }, { kind: "addRelation", relation: { id: "bench-r", source: "bench-new", target: pick(d.actors).id, type: "alliance", from: "2010-01-01", evidence: [{ source: source.id, citation: "bench" }] } }] } },
    { name: "rename an actor", command: { kind: "updateActor", id: pick(d.actors).id, changes: { label: "Renamed", aliases: ["Other name"] } } },
    { name: "add a relation", command: { kind: "addRelation", relation: { id: "bench-r2", source: d.actors[1]!.id, target: d.actors[2]!.id, type: "partnership", from: "2001-01-01", to: "2003-01-01", evidence: [{ source: source.id, citation: "bench" }] } } },
    { name: "change a relation's dates and type", command: { kind: "updateRelation", id: middle.id, changes: { from: middle.from, to: middle.to ?? "2024-12-31", type: middle.type === "alliance" ? "partnership" : "alliance" } } },
    { name: "delete a relation (mid-list)", command: { kind: "removeRelation", id: middle.id } },
    { name: "record a change of stance", command: { kind: "changeStance", relation: open.id, date: "2024-06-01", next: { id: "bench-turn", type: "estrangement", evidence: [{ source: source.id, citation: "bench" }] } } },
    { name: "add evidence", command: { kind: "addEvidence", owner: { collection: "relations", id: middle.id }, evidence: { source: source.id, citation: "more" } } },
    { name: `delete an actor (${degree.get(typical) ?? 0} relations go)`, command: plan(d, { kind: "removeActor", id: typical }).command },
    { name: "merge two actors", command: plan(d, { kind: "mergeActors", from: typical, into: other }).command },
    { name: "add a source with its text", command: { kind: "addSource", source: { id: "bench-src", title: "Bench", publisher: "Wire", text } } },
    { name: "add a source and quote it (one batch)", command: { kind: "batch", label: "Quoted", commands: [{ kind: "addSource", source: { id: "bench-src", title: "Bench", publisher: "Wire", text } }, { kind: "addEvidence", owner: { collection: "relations", id: middle.id }, evidence: evidence[0]! }] } },
    { name: "recolour a relation type", command: { kind: "updateRelationType", id: "alliance", changes: { color: "#000000" } } },
    { name: "change a relation type's sign (all its edges)", command: { kind: "updateRelationType", id: "partnership", changes: { sign: 0 } } },
  ];
}

export const editSuite: BenchSuite = {
  name: "edit",
  async run(context: BenchContext): Promise<SuiteResult> {
    const { EditSession, plan } = await import("../src/model/edit/index.ts");
    const { generateDataset } = await import("../src/model/generate.ts");
    const { createModel } = await import("../src/model/stanceModel.ts");
    const rows: BenchRow[] = [];
    const budgets: BudgetLine[] = [];
    for (const actors of context.sizes) {
      const relations = actors * context.relationsPerActor;
      const reps = context.reps ?? (context.quick ? 3 : actors <= 2000 ? 9 : actors <= 20_000 ? 7 : 3);
      const say = (what: string) => context.log(`[edit] ${actors} actors / ${relations} relations: ${what}`);
      const row = (measure: string, value: number, baseline: number) =>
        rows.push({ suite: "edit", actors, relations, measure, value, unit: "ms", reps, baseline: { measure: "full model rebuild (createModel, no layout)", value: baseline }, ratio: value / baseline });
      say("generating");
      const dataset = generateDataset({ actors, relations, years: 30, seed: 1 });
      say("baseline: full rebuild");
      const rebuild = middle(Array.from({ length: Math.min(reps, 5) }, () => time(() => createModel(dataset, { layout: false }))));
      const model = createModel(dataset, { layout: false });
      const session = new EditSession(dataset, { model });
      let worst = { edit: 0, undo: 0 };
      for (const { name, command } of edits(dataset, plan)) {
        say(name);
        const doTimes: number[] = [];
        const undoTimes: number[] = [];
        for (let r = 0; r < reps; r++) {
          doTimes.push(time(() => must(session.perform(command), name)));
          undoTimes.push(time(() => must(session.undo(), `undo ${name}`)));
        }
        const e = middle(doTimes);
        const u = middle(undoTimes);
        worst = { edit: Math.max(worst.edit, e), undo: Math.max(worst.undo, u) };
        row(`edit: ${name}`, e, rebuild);
        row(`undo: ${name}`, u, rebuild);
      }
      if (actors === BUDGET_ACTORS || (context.quick && actors === context.sizes[context.sizes.length - 1])) {
        const ok = worst.edit <= BUDGET_MS && worst.undo <= BUDGET_MS;
        budgets.push({
          pass: ok,
          text: `every edit and its undo at ${actors} actors / ${relations} relations within ${BUDGET_MS} ms (model only): slowest edit ${worst.edit.toFixed(1)} ms, slowest undo ${worst.undo.toFixed(1)} ms, full rebuild ${rebuild.toFixed(0)} ms`,
        });
      }
    }
    const notes = [
      "Edit and undo: EditSession.perform / undo on a loaded model — compile the command, validate what it touched, apply with structural sharing, update graph, interval index, parallel indices and history — median over repetitions, each an edit followed by its undo. Baseline: createModel of the dataset without the layout (graph, interval index, lookups), what an edit would cost if the model were rebuilt; the app's rebuild would also re-run the layout.",
      "The interval index folds its overlay into a rebuilt tree every ~n/64 edits; a repetition that triggers it is slower, which the median hides and the slowest repetitions would show.",
    ];
    return { rows, budgets, notes };
  },
};

function must(out: { ok: boolean; errors?: Array<{ path: string; message: string }> }, what: string): void {
  if (!out.ok) throw new Error(`bench edit refused (${what}): ${out.errors?.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function middle(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
