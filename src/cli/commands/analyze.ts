/**
 * `stancegraph analyze`: the stance analytics of docs/analytics.md on the command line — balance,
 * alignment and blocs at a date (optionally the movement since another date), or the series over
 * the whole timeline — as a table for people, JSON, or CSV for scripts.
 */
import type { Command } from "../cli.ts";
import { parseOptions, UsageError } from "../cli.ts";
import { loadModelOrReport, resolveDateOption } from "../common.ts";
import type { StanceModel } from "../../model/stanceModel.ts";
import { isIsoDate } from "../../model/dates.ts";
import { toCsv, type CsvCell } from "../../io/csv.ts";
import { clip, echo } from "../../model/echo.ts";
import {
  TRIAD_TYPES,
  TRIAD_TYPE_NAMES,
  alignmentOf,
  alignmentSeries,
  alignmentShift,
  balanceOf,
  findBlocs,
  isStrongBalanced,
  isWeakBalanced,
  signedGraphAt,
  stanceSeries,
  type AlignmentShiftReport,
  type BalanceFigure,
  type CombineRule,
  type StanceSeries,
} from "../../model/analytics/index.ts";

type Format = "table" | "json" | "csv";

export const analyzeCommand: Command = {
  name: "analyze",
  summary: "structural balance, alignment and blocs at a date or over time",
  help: `Usage: stancegraph analyze (--at YYYY-MM-DD | --period ID | --series) [options]

At a date: the signed graph, structural balance (closed triads by type, balanced ratios under
strong and weak balance, the unbalanced triads), each actor's alignment (positive and negative
ties, net) and the blocs that best explain the signs, with the ties they leave unexplained.
With --series: balance and every actor's net alignment at each date where the active relations
change, between the ends of the dataset's timeline. Definitions: docs/analytics.md.

  --at DATE          a calendar date, e.g. 2024-04-18
  --period ID        a named period of the dataset, e.g. before-2023 or after-2023
  --series           the measures over the whole timeline
  --since WHEN       with --at/--period: also who moved between WHEN (a date or a period id)
                     and the date, and toward which bloc
  --dataset FILE     a dataset file (default: the embedded Karabakh dataset)
  --format FORMAT    table (default, for people), json, or csv (for scripts)
  --blocs K          at most K blocs per connected group of actors (default: any number;
                     2 gives the frustration index of strong balance)
  --combine RULE     how several relation types active on one pair combine: sum (default; the
                     sign of the sum, ambivalent when they cancel) or negative-dominates`,
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      at: { type: "string" },
      period: { type: "string" },
      series: { type: "boolean" },
      since: { type: "string" },
      dataset: { type: "string" },
      format: { type: "string", default: "table" },
      blocs: { type: "string" },
      combine: { type: "string", default: "sum" },
    });
    if (values.help) return io.out(this.help), 0;
    const format = values.format as Format;
    if (!["table", "json", "csv"].includes(format)) throw new UsageError(`unknown --format ${echo(String(values.format))} (use table, json or csv)`);
    const rule = values.combine as CombineRule;
    if (rule !== "sum" && rule !== "negative-dominates") throw new UsageError(`unknown --combine ${echo(String(values.combine))} (use sum or negative-dominates)`);
    const maxBlocs = parseBlocs(values.blocs);
    if (values.series && (values.at !== undefined || values.period !== undefined)) throw new UsageError("give one of --at, --period or --series");
    if (values.series && values.since !== undefined) throw new UsageError("--since goes with --at or --period, not --series");
    const model = loadModelOrReport(values.dataset, io);
    if (!model) return 1;

    if (values.series) {
      const series = stanceSeries(model, { rule });
      io.out(format === "json" ? JSON.stringify({ dataset: model.dataset.id, ...series }, mapsAsObjects, 2) : format === "csv" ? seriesCsv(series).trimEnd() : seriesTable(series));
      return 0;
    }
    const { date, period } = resolveDateOption(model, values);
    const since = values.since === undefined ? undefined : resolveWhen(model, values.since);
    const report = analyzeAt(model, date, { rule, maxBlocs, since });
    if (format === "json") io.out(JSON.stringify({ dataset: model.dataset.id, date, period: period ?? null, ...report }, mapsAsObjects, 2));
    else if (format === "csv") io.out(reportCsv(report).trimEnd());
    else io.out(reportTable(model, date, period, report));
    return 0;
  },
};

/**
 * JSON.stringify's replacer for the analytics' Maps (ids → blocs, ids → steps): written as JSON
 * objects keyed by id, the shape scripts read. Object.fromEntries defines own properties, so an
 * id such as "__proto__" stays a key like any other.
 */
function mapsAsObjects(_key: string, value: unknown): unknown {
  return value instanceof Map ? Object.fromEntries(value) : value;
}

function parseBlocs(value: string | undefined): number | undefined {
  if (value === undefined || value === "any") return undefined;
  if (!/^[1-9][0-9]*$/.test(value)) throw new UsageError(`--blocs ${echo(value)} is not a whole number ≥ 1 (or "any")`);
  return Number(value);
}

/** A date, or the date of a named period. */
function resolveWhen(model: StanceModel, when: string): string {
  if (isIsoDate(when)) return when;
  const p = model.dataset.periods.find((x) => x.id === when);
  if (!p) {
    const known = model.dataset.periods.map((x) => x.id).join(", ") || "none";
    throw new UsageError(`--since ${echo(when)} is neither a calendar date (YYYY-MM-DD) nor a period (this dataset has: ${clip(known, 400)})`);
  }
  return p.date;
}

/** Every figure at one date, in the shape the JSON output prints. */
function analyzeAt(model: StanceModel, date: string, options: { rule: CombineRule; maxBlocs?: number | undefined; since?: string | undefined }) {
  const graph = signedGraphAt(model, date, { rule: options.rule });
  const blocs = findBlocs(graph, { maxBlocs: options.maxBlocs });
  // The sides of the movement are the blocs printed above, so the JSON leaves out the copy.
  const fullShift = options.since === undefined ? null : alignmentShift(signedGraphAt(model, options.since, { rule: options.rule }), graph, { sides: blocs });
  const shift = fullShift && { a: fullShift.a, b: fullShift.b, actors: fullShift.actors };
  return {
    rule: options.rule,
    signedGraph: { ties: graph.ties, ambivalent: graph.ambivalent, neutralRelations: graph.neutralRelations },
    balance: balanceOf(graph),
    alignment: alignmentOf(graph),
    blocs,
    shift,
  };
}

type Report = ReturnType<typeof analyzeAt>;

const ratioText = (f: BalanceFigure) => (f.ratio === null ? "n/a (no closed triad)" : `${f.ratio.toFixed(3)} (${f.balanced} of ${f.balanced + f.unbalanced})`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const signText = (s: number) => (s > 0 ? "+" : s < 0 ? "−" : "0");

function reportTable(model: StanceModel, date: string, period: string | undefined, r: Report): string {
  const name = (id: string) => model.actors.get(id)?.label ?? id;
  const { balance: b, blocs } = r;
  const out: string[] = [`${model.dataset.title} — ${date}${period ? ` (period ${period})` : ""}`, ""];
  out.push(
    "Signed graph",
    `  ${plural(b.ties.total, "signed tie")}: ${b.ties.positive} positive, ${b.ties.negative} negative; ` +
      `${plural(r.signedGraph.ambivalent.length, "ambivalent pair")}; ${plural(r.signedGraph.neutralRelations, "neutral relation")} not counted as ties`,
    `  combination rule: ${r.rule === "sum" ? "sum (sign of the sum of the distinct active types)" : "negative-dominates"}`,
    ...r.signedGraph.ambivalent.map((p) => `  ambivalent: ${name(p.a)} – ${name(p.b)} (${p.types.join(", ")})`),
    "",
    `Structural balance: ${plural(b.triads, "closed triad")}`,
    ...indent(
      table(
        ["type", "count", "strong balance", "weak balance"],
        TRIAD_TYPES.map((t) => [t, b.counts[t], isStrongBalanced(t) ? "balanced" : "unbalanced", isWeakBalanced(t) ? "balanced" : "unbalanced"]),
        [false, true, false, false],
      ),
    ),
    `  balanced ratio, strong: ${ratioText(b.strong)}`,
    `  balanced ratio, weak:   ${ratioText(b.weak)}`,
    "",
  );
  if (b.unbalanced.length) {
    out.push("Unbalanced triads (strong balance)");
    out.push(...indent(table(["type", "actors", "weak balance"], b.unbalanced.map((t) => [t.type, t.labels.join(", "), t.weakBalanced ? "balanced" : "unbalanced"]))));
    out.push("");
  }
  const alignment = [...r.alignment].sort((p, q) => q.net - p.net || p.label.localeCompare(q.label));
  out.push("Alignment (net = positive − negative)");
  out.push(...indent(table(["actor", "positive", "negative", "net"], alignment.map((a) => [a.label, a.positive, a.negative, a.net]), [false, true, true, true])));
  out.push("");
  const limit = blocs.maxBlocs === null ? "any number of blocs" : `at most ${blocs.maxBlocs} blocs`;
  const explained = `${plural(blocs.blocs.length, "bloc")} leave${blocs.blocs.length === 1 ? "s" : ""} ${blocs.frustration} of ${plural(blocs.ties, "tie")} unexplained`;
  out.push(`Blocs (${limit}; ${blocs.exact ? "exact" : "heuristic, an upper bound"}): ${explained}`);
  out.push(...indent(table(["bloc", "members"], blocs.blocs.map((x) => [x.id, x.labels.join(", ")]), [true, false])));
  if (blocs.unaligned.length) out.push(`  no ties: ${blocs.unaligned.map(name).join(", ")}`);
  for (const u of blocs.unexplained) {
    out.push(`  unexplained: ${name(u.a)} – ${name(u.b)} (${u.reason === "negative-inside" ? "negative inside a bloc" : "positive between blocs"})`);
  }
  if (blocs.undetermined.length) out.push(`  could sit in another bloc as well: ${blocs.undetermined.map(name).join(", ")}`);
  if (r.shift) out.push("", ...shiftTable(r.shift, name));
  return out.join("\n");
}

function shiftTable(s: Pick<AlignmentShiftReport, "a" | "b" | "actors">, name: (id: string) => string): string[] {
  const moved = s.actors.filter((a) => a.movement > 0);
  const side = (x: { bloc: number; delta: number } | null) => (x ? `bloc ${x.bloc} (${x.delta > 0 ? "+" : "−"}${Math.abs(x.delta)})` : "");
  const rows = moved.map((a) => [
    a.label,
    a.movement,
    a.before.net,
    a.after.net,
    side(a.toward),
    side(a.awayFrom),
    a.partners.map((p) => `${name(p.partner)} ${signText(p.before)}→${signText(p.after)}`).join(", "),
  ]);
  return [
    `Movement from ${s.a} to ${s.b} (sides: the blocs above; movement = ties gained or lost + 2 × ties flipped)`,
    ...(moved.length
      ? indent(table(["actor", "movement", "net before", "net after", "toward", "away from", "changed ties"], rows, [false, true, true, true, false, false, false]))
      : ["  nobody moved"]),
  ];
}

function reportCsv(r: Report): string {
  const rows: CsvCell[][] = [];
  const add = (measure: string, subject: string, value: CsvCell) => rows.push([measure, subject, value]);
  const b = r.balance;
  add("ties_total", "", b.ties.total);
  add("ties_positive", "", b.ties.positive);
  add("ties_negative", "", b.ties.negative);
  add("ambivalent_pairs", "", r.signedGraph.ambivalent.length);
  add("triads", "", b.triads);
  for (const t of TRIAD_TYPES) add(`triads_${TRIAD_TYPE_NAMES[t]}`, "", b.counts[t]);
  add("strong_balanced", "", b.strong.balanced);
  add("strong_ratio", "", b.strong.ratio);
  add("weak_balanced", "", b.weak.balanced);
  add("weak_ratio", "", b.weak.ratio);
  for (const t of b.unbalanced) add("unbalanced_triad", t.actors.join(" "), TRIAD_TYPE_NAMES[t.type]);
  for (const a of r.alignment) {
    add("positive_ties", a.id, a.positive);
    add("negative_ties", a.id, a.negative);
    add("net_alignment", a.id, a.net);
  }
  add("blocs", "", r.blocs.blocs.length);
  add("frustration", "", r.blocs.frustration);
  add("blocs_exact", "", r.blocs.exact);
  for (const [id, bloc] of r.blocs.blocOf) add("bloc", id, bloc);
  for (const u of r.blocs.unexplained) add("unexplained_tie", `${u.a} ${u.b}`, u.reason);
  for (const a of r.shift?.actors ?? []) {
    add("movement", a.id, a.movement);
    add("net_change", a.id, a.netChange);
    if (a.toward) add("toward_bloc", a.id, a.toward.bloc);
    if (a.awayFrom) add("away_from_bloc", a.id, a.awayFrom.bloc);
  }
  return toCsv(["measure", "subject", "value"], rows);
}

function seriesColumns(series: StanceSeries) {
  const nets = series.actors.map((a) => alignmentSeries(series, a.id));
  return series.points.map((p, i) => ({ p, nets: nets.map((n) => n[i]!.net) }));
}

function seriesCsv(series: StanceSeries): string {
  const header = [
    "date",
    "ties_total",
    "ties_positive",
    "ties_negative",
    "ambivalent_pairs",
    "triads",
    ...TRIAD_TYPES.map((t) => `triads_${TRIAD_TYPE_NAMES[t]}`),
    "strong_ratio",
    "weak_ratio",
    ...series.actors.map((a) => `net_${a.id}`),
  ];
  const rows = seriesColumns(series).map(({ p, nets }) => [
    p.date,
    p.ties.total,
    p.ties.positive,
    p.ties.negative,
    p.ambivalent,
    p.triads,
    ...TRIAD_TYPES.map((t) => p.counts[t]),
    p.strong.ratio,
    p.weak.ratio,
    ...nets,
  ]);
  return toCsv(header, rows);
}

function seriesTable(series: StanceSeries): string {
  const cols = seriesColumns(series);
  const ratio = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));
  return [
    `Structural balance from ${series.from} to ${series.to} (${series.points.length} dates where the active relations change)`,
    ...indent(
      table(
        ["date", "ties", "+", "−", "triads", ...TRIAD_TYPES, "strong", "weak"],
        cols.map(({ p }) => [p.date, p.ties.total, p.ties.positive, p.ties.negative, p.triads, ...TRIAD_TYPES.map((t) => p.counts[t]), ratio(p.strong.ratio), ratio(p.weak.ratio)]),
        [false, true, true, true, true, true, true, true, true, true, true],
      ),
    ),
    "",
    "Net alignment (positive − negative ties) by date",
    ...indent(
      table(
        ["date", ...series.actors.map((a) => a.id)],
        cols.map(({ p, nets }) => [p.date, ...nets]),
        [false, ...series.actors.map(() => true)],
      ),
    ),
  ].join("\n");
}

/** Plain-text table: columns padded to their widest cell, numbers right-aligned. */
function table(header: string[], rows: Array<Array<string | number>>, alignRight: boolean[] = []): string[] {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => [...(r[c] ?? "")].length)));
  return cells.map((r) =>
    r
      .map((cell, c) => {
        const pad = " ".repeat(widths[c]! - [...cell].length);
        return alignRight[c] ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}

function indent(lines: string[]): string[] {
  return lines.map((l) => `  ${l}`);
}
