/**
 * `npm run eval:suggest`: runs the suggestion engine on every text of the gold standard and prints,
 * per text and overall, recall of the gold relations (pair found; and found at the passage the gold
 * cites), candidates per gold relation, pair precision, sign and type accuracy on the found pairs,
 * and the share of verbatim quotes; the direction of directed types and how many gold pairs the
 * first suggestions hold (best first); then every miss. The held-out text is reported apart.
 *
 *   npm run eval:suggest             the table and the misses
 *   npm run eval:suggest -- --json   the same as JSON
 */
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { suggest } from "../src/model/suggest/suggest.ts";
import { rates, scoreText, simulateCurator, sumScores, type CuratorRun, type TextScore } from "../src/model/suggest/evaluate.ts";
import { goldStandard, type GoldCase } from "./suggestGold.ts";

export const TARGETS = { recall: 0.9, candidatesPerGold: 3, signAccuracy: 0.75, verbatimRate: 1 };

/** Scores every case; `rows` are the texts, then the sums (development texts, held-out, all). */
export function evaluate(cases: GoldCase[] = goldStandard()): { texts: TextScore[]; sums: TextScore[] } {
  const texts = cases.map((c) => scoreText(c.gold, suggest(c.gold.text, c.dataset, c.options)));
  const dev = texts.filter((t) => !t.heldOut);
  const held = texts.filter((t) => t.heldOut);
  const sums = [sumScores("all development texts", dev), ...(held.length ? [sumScores(held.length > 1 ? "held-out texts" : "held-out text", held), sumScores("all texts", texts)] : [])];
  return { texts, sums };
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

/** The table as Markdown (it reads as plain text in a terminal too). */
export function renderTable(rows: TextScore[]): string {
  const lines = [
    "| Text | Gold | Cand. | Cand./gold | Recall (pair) | Recall at evidence | Pair precision | Sign acc. | Type acc. | Verbatim |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const s of rows) {
    const r = rates(s);
    lines.push(
      `| ${s.name}${s.heldOut && !s.name.startsWith("held-out") ? " (held out)" : ""} | ${s.gold} | ${s.candidates} | ${r.candidatesPerGold.toFixed(2)} | ${s.found}/${s.gold} = ${pct(r.recall)} | ` +
        `${pct(r.recallAtEvidence)} | ${pct(r.pairPrecision)} | ${s.signCorrect}/${s.found} = ${pct(r.signAccuracy)} | ${pct(r.typeAccuracy)} | ${pct(r.verbatimRate)} |`,
    );
  }
  return lines.join("\n");
}

/** Whether one sum meets each target, and all of them. */
export function meetsTargets(s: TextScore): { recall: boolean; candidatesPerGold: boolean; signAccuracy: boolean; verbatimRate: boolean; all: boolean } {
  const r = rates(s);
  const met = {
    recall: r.recall >= TARGETS.recall,
    candidatesPerGold: r.candidatesPerGold <= TARGETS.candidatesPerGold,
    signAccuracy: r.signAccuracy >= TARGETS.signAccuracy,
    verbatimRate: r.verbatimRate >= TARGETS.verbatimRate,
  };
  return { ...met, all: Object.values(met).every(Boolean) };
}

/**
 * The targets, pass or fail for each sum (development texts, held-out texts, all texts): the
 * development texts are where the rules were tuned, so a held-out miss must show here too.
 */
export function renderTargets(sums: readonly TextScore[]): string {
  const mark = (ok: boolean) => (ok ? "pass" : "FAIL");
  const lines = [
    `Targets: recall ≥ ${pct(TARGETS.recall)}, ≤ ${TARGETS.candidatesPerGold} candidates per gold relation, sign accuracy ≥ ${pct(TARGETS.signAccuracy)}, verbatim ${pct(TARGETS.verbatimRate)}.`,
  ];
  for (const s of sums) {
    const r = rates(s);
    const m = meetsTargets(s);
    lines.push(
      `  ${mark(m.all)}  ${s.name}: recall ${pct(r.recall)} ${mark(m.recall)}, candidates per gold ${r.candidatesPerGold.toFixed(2)} ${mark(m.candidatesPerGold)}, ` +
        `sign accuracy ${pct(r.signAccuracy)} ${mark(m.signAccuracy)}, verbatim ${pct(r.verbatimRate)} ${mark(m.verbatimRate)}`,
    );
  }
  return lines.join("\n");
}

/**
 * Which way round the directed types are read (mediation: the mediator first; membership: the
 * member; prosecution: the court), on the found pairs read with the gold's type. Not a target of
 * the issue; a wrong way round is a wrong suggestion all the same (Accept would record it so).
 */
export function renderDirection(sums: readonly TextScore[]): string {
  const lines = ["Direction of the directed types (mediation, membership, prosecution), where the pair is read with the gold's type:"];
  for (const s of sums) lines.push(`  ${s.name}: ${s.directionCorrect}/${s.directedTyped} = ${pct(s.directedTyped === 0 ? 1 : s.directionCorrect / s.directedTyped)} the right way round`);
  return lines.join("\n");
}

/**
 * How well "best first" serves a review (not a target of the issue): of each text's distinct gold
 * pairs, those among its first as many candidates as it has pairs; the lowest texts named.
 */
export function renderBestFirst(texts: readonly TextScore[], sums: readonly TextScore[]): string {
  const lines = ["Best first: of the gold pairs, those named by the first N candidates of their text (N = the text's number of gold pairs):"];
  for (const s of sums) lines.push(`  ${s.name}: ${s.goldPairsFirst}/${s.goldPairs} = ${pct(rates(s).bestFirst)}`);
  const worst = [...texts].sort((a, b) => rates(a).bestFirst - rates(b).bestFirst || a.name.localeCompare(b.name)).slice(0, 5);
  lines.push(`  lowest: ${worst.map((t) => `${t.name} ${t.goldPairsFirst}/${t.goldPairs}`).join(", ")}`);
  return lines.join("\n");
}

export function renderMisses(texts: TextScore[]): string {
  const out: string[] = [];
  for (const t of texts) {
    const lines = [
      ...t.misses.map((m) => `  - missed ${m.gold.source}–${m.gold.target} ${m.gold.type}: ${m.reason}`),
      ...t.wrongSign.map((m) => `  - wrong sign ${m.gold.source}–${m.gold.target} ${m.gold.type}: ${m.reason}`),
      ...t.wrongDirection.map((m) => `  - wrong way round ${m.gold.source} → ${m.gold.target} ${m.gold.type}: ${m.reason}`),
    ];
    if (lines.length) out.push(`${t.name}:`, ...lines);
  }
  return out.join("\n");
}

/** The curator's path on every case (see `simulateCurator`): the names list, the clicks, the second run. */
export function curatorRuns(cases: GoldCase[] = goldStandard()): CuratorRun[] {
  return cases.map((c) => simulateCurator(c.gold, c.dataset, c.options));
}

/** The curator's path as a table: per text, and summed over development, held-out and all texts. */
export function renderCurator(runs: readonly CuratorRun[]): string {
  const cpg = (s: TextScore) => rates(s).candidatesPerGold.toFixed(2);
  const row = (name: string, group: readonly CuratorRun[]) => {
    const before = sumScores(name, group.map((r) => r.before));
    const after = sumScores(name, group.map((r) => r.after));
    const listed = group.reduce((n, r) => n + r.listed, 0);
    const clicks = group.reduce((n, r) => n + r.added.length, 0);
    const typed = group.flatMap((r) => r.mustType);
    const unpaired = group.reduce((n, r) => n + r.knownUnpaired.length, 0);
    const detail = group.length === 1 ? `${group[0]!.added.map((a) => `${a.name} → ${a.id}`).join("; ") || "–"} | ${typed.join(", ") || "–"}` : `${clicks} | ${typed.length}`;
    return (
      `| ${name} | ${listed} | ${clicks} | ${before.found}/${before.gold} → ${after.found}/${after.gold} (${pct(rates(before).recall)} → ${pct(rates(after).recall)}) | ` +
      `${before.signCorrect} → ${after.signCorrect} | ${cpg(before)} → ${cpg(after)} | ${unpaired} | ${detail} |`
    );
  };
  const dev = runs.filter((r) => !r.heldOut);
  const held = runs.filter((r) => r.heldOut);
  return [
    "Curator's path (a SIMULATION: the curator knows from the gold who the parties are; the names list is the engine's).",
    "For each text, every listed name whose suggested id or squashed name is a gold actor that no first-run candidate matched is",
    "added as an actor (one click each; label the listed name, id the gold id), and the engine runs again.",
    "",
    "| Text | Names listed | Clicks | Pairs before → after | Signs | Cand./gold | Known, no pair | Added (name → id) / to type |",
    "|---|--:|--:|--:|--:|--:|--:|---|",
    ...runs.map((r) => row(r.name, [r])),
    row("all development texts", dev),
    ...(held.length ? [row("held-out texts", held), row("all texts", runs)] : []),
  ].join("\n");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { texts, sums } = evaluate();
  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ targets: TARGETS, texts: texts.map((t) => ({ ...t, rates: rates(t) })), sums: sums.map((s) => ({ ...s, rates: rates(s), targetsMet: meetsTargets(s) })) }, null, 2)}\n`);
  } else {
    process.stdout.write(`${renderTable([...texts, ...sums])}\n\n`);
    process.stdout.write(`${renderTargets(sums)}\n\n`);
    process.stdout.write(`${renderDirection(sums)}\n\n`);
    process.stdout.write(`${renderBestFirst(texts, sums)}\n\n`);
    process.stdout.write(`Misses, wrong signs and directions:\n${renderMisses(texts) || "  none"}\n\n`);
    process.stdout.write(`${renderCurator(curatorRuns())}\n`);
  }
}
