import { statSync } from "node:fs";
import { join } from "node:path";
import type { CliIO, Command } from "../cli.ts";
import { parseOptions, UsageError, writeOut } from "../cli.ts";
import { loadModelOrReport, resolveDateOption } from "../common.ts";
import type { StanceModel } from "../../model/stanceModel.ts";
import { ActorKind } from "../../model/schema.ts";
import { isIsoDate } from "../../model/dates.ts";
import { exportScope, viewCaption, type ExportView } from "../../io/exportView.ts";
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from "../../io/filenames.ts";
import { renderExport } from "../../io/renderExport.ts";
import { renderSvg } from "../../io/svg.ts";
import { pictureForScope } from "../../app/picture.ts";
import { datasetForScope } from "../../io/datasetJson.ts";
import { clip, echo } from "../../model/echo.ts";

export const exportCommand: Command = {
  name: "export",
  summary: "write a view or the whole dataset as SVG, GEXF (plain or styled for Gephi), GraphML, JSON or CSV",
  help: `Usage: stancegraph export --format FORMAT [--at DATE | --period ID | --compare A,B | --all]
                         [--hide-types LIST] [--hide-kinds LIST] [--dataset FILE] [--out FILE]

Writes what a view shows: the relations active on a date, those of two compared dates, or every
relation of all time (--all, the default).
  --format FORMAT    svg         the picture, with title, date and legend (stable layout)
                     gexf        GEXF 1.3 for Gephi: --all gives a dynamic graph for the timeline,
                                 a date or comparison a static snapshot; valid against the
                                 official GEXF 1.3 XML Schema
                     gexf-viz    the same GEXF styled for Gephi: each node with viz:color,
                                 viz:position (the stable layout) and viz:size, each edge with
                                 viz:color and viz:thickness, so Gephi opens it with this
                                 layout and these colours (viz: elements are outside the
                                 official schema: use gexf where a file must validate)
                     graphml     GraphML for networkx, yEd and Cytoscape
                     json        the dataset format itself (a date keeps only the relations active then)
                     graphology  graphology's serialized graph, for developers
                     csv         one row per relation (RFC 4180)
                     png         a browser export: use the app's Export menu
                     rdf-turtle  RDF as Turtle (vocabulary: docs/rdf.md)
                     jsonld      the same RDF as JSON-LD
  --at DATE          a calendar date, e.g. 2024-04-18
  --period ID        a named period of the dataset, e.g. after-2023
  --compare A,B      two dates or period ids, e.g. before-2023,after-2023
  --all              every relation of all time (default)
  --hide-types LIST  relation type ids to leave out, comma-separated
  --hide-kinds LIST  actor kinds to leave out, comma-separated (e.g. person,non-state)
  --dataset FILE     a dataset file (default: the embedded Karabakh dataset)
  --out FILE         write to FILE (a directory: a file named after the dataset, view and date
                     inside it); without --out the export goes to standard output
Exit status: 0 written, 1 the dataset is not valid, 2 bad arguments.`,
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      format: { type: "string" },
      at: { type: "string" },
      period: { type: "string" },
      compare: { type: "string" },
      all: { type: "boolean" },
      "hide-types": { type: "string" },
      "hide-kinds": { type: "string" },
      dataset: { type: "string" },
      out: { type: "string" },
    });
    if (values.help) return io.out(this.help), 0;
    if (values.format !== undefined && (RDF_FORMATS as readonly string[]).includes(values.format)) {
      return exportRdf(values.format as RdfFormat, values, io);
    }
    const format = parseFormat(values.format);
    if (format === "png") {
      io.err(
        "stancegraph export: PNG is a browser export. Open the app, choose the view and use Export → PNG (1×, 2× or 4×).\n" +
          "From the command line, --format svg gives the same picture as a vector file.",
      );
      return 2;
    }
    const viewCount = [values.at, values.period, values.compare, values.all].filter((v) => v !== undefined && v !== false).length;
    if (viewCount > 1) throw new UsageError("give one of --at, --period, --compare and --all");

    // The picture formats need the stable layout's positions; the others skip computing it.
    const model = loadModelOrReport(values.dataset, io, format === "svg" || format === "gexf-viz" ? {} : { layout: false });
    if (!model) return 1;
    const view = resolveView(model, values);
    const scope = exportScope(model, view, {
      hiddenRelationTypes: listOption(values["hide-types"], "--hide-types", model.dataset.relationTypes.map((t) => t.id)),
      hiddenActorKinds: listOption(values["hide-kinds"], "--hide-kinds", ACTOR_KINDS, "the kinds are") as ActorKind[],
    });
    const text = format === "svg" ? renderSvg(pictureForScope(model, scope)) : renderExport(model, scope, format);
    if (values.out === undefined) {
      io.out(text);
      return 0;
    }
    const target = isDirectory(values.out)
      ? join(values.out, exportFileName(model.dataset.id, view, format, { filtered: scope.filtered }))
      : values.out;
    writeOut(io, target, text);
    io.err(`wrote ${target}: ${scope.relations.length} relations, ${scope.actors.length} actors (${viewCaption(model, view, scope.filtered)})`);
    return 0;
  },
};

/** Every actor kind of the format, from the schema (so a kind absent from this dataset is still accepted). */
const ACTOR_KINDS: string[] = ActorKind.anyOf.map((k) => String(k.const));

function parseFormat(value: string | undefined): ExportFormat {
  if (value === undefined) throw new UsageError(`give --format (${EXPORT_FORMATS.join(", ")}) or an RDF format (${RDF_FORMATS.join(", ")})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`unknown --format ${echo(value)} (use ${[...EXPORT_FORMATS, ...RDF_FORMATS].join(", ")})`);
  }
  return value as ExportFormat;
}

type ViewValues = { at?: string | undefined; period?: string | undefined; compare?: string | undefined };

function resolveView(model: StanceModel, values: ViewValues): ExportView {
  if (values.compare !== undefined) {
    const parts = values.compare.split(",").map((s) => s.trim());
    if (parts.length !== 2 || parts.some((p) => p === "")) throw new UsageError(`--compare ${echo(values.compare)} must be two dates or period ids: A,B`);
    const [a, b] = parts.map((p) => compareDate(model, p)) as [string, string];
    return { kind: "compare", a, b };
  }
  if (values.at === undefined && values.period === undefined) return { kind: "all" };
  const { date, period } = resolveDateOption(model, values);
  return period === undefined ? { kind: "date", date } : { kind: "date", date, periodId: period };
}

/** One side of --compare: a calendar date, or a period id resolved to its date. */
function compareDate(model: StanceModel, item: string): string {
  if (/^\d{4}-/.test(item)) {
    if (!isIsoDate(item)) throw new UsageError(`--compare: ${echo(item)} is not a calendar date (YYYY-MM-DD)`);
    return item;
  }
  const period = model.dataset.periods.find((p) => p.id === item);
  if (!period) {
    const known = model.dataset.periods.map((p) => p.id).join(", ") || "none";
    throw new UsageError(`--compare: unknown period ${echo(item)} (this dataset has: ${clip(known, 400)})`);
  }
  return period.date;
}

/** A comma-separated list whose items must all be among `known`. */
function listOption(value: string | undefined, name: string, known: string[], knownAre = "this dataset has"): string[] {
  if (value === undefined) return [];
  const items = value.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const unknown = items.filter((s) => !known.includes(s));
  if (unknown.length > 0) throw new UsageError(`${name}: unknown ${clip(unknown.map((s) => echo(s)).join(", "), 200)} (${knownAre}: ${clip(known.join(", "), 400)})`);
  return items;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// ── RDF (issue 15): Turtle and JSON-LD, written by src/io/rdf.ts (Node only, loaded on use) ──

const RDF_FORMATS = ["rdf-turtle", "jsonld"] as const;
type RdfFormat = (typeof RDF_FORMATS)[number];
const RDF_EXTENSIONS: Record<RdfFormat, string> = { "rdf-turtle": "ttl", jsonld: "jsonld" };

type RdfValues = ViewValues & { all?: boolean | undefined; dataset?: string | undefined; out?: string | undefined; "hide-types"?: string | undefined; "hide-kinds"?: string | undefined };

/** Exports the view's dataset (as `--format json` would write it) as RDF. */
async function exportRdf(format: RdfFormat, values: RdfValues, io: CliIO): Promise<number> {
  const viewCount = [values.at, values.period, values.compare, values.all].filter((v) => v !== undefined && v !== false).length;
  if (viewCount > 1) throw new UsageError("give one of --at, --period, --compare and --all");
  const model = loadModelOrReport(values.dataset, io, { layout: false });
  if (!model) return 1;
  const view = resolveView(model, values);
  const scope = exportScope(model, view, {
    hiddenRelationTypes: listOption(values["hide-types"], "--hide-types", model.dataset.relationTypes.map((t) => t.id)),
    hiddenActorKinds: listOption(values["hide-kinds"], "--hide-kinds", ACTOR_KINDS, "the kinds are") as ActorKind[],
  });
  const dataset = datasetForScope(model.dataset, scope);
  const text = format === "jsonld" ? (await import("../../io/rdfJsonLd.ts")).writeJsonLd(dataset) : await (await import("../../io/rdf.ts")).writeTurtle(dataset);
  if (values.out === undefined) {
    io.out(text);
    return 0;
  }
  const target = isDirectory(values.out)
    ? join(values.out, exportFileName(model.dataset.id, view, "json", { filtered: scope.filtered }).replace(/\.json$/, `.${RDF_EXTENSIONS[format]}`))
    : values.out;
  writeOut(io, target, text);
  io.err(`wrote ${target}: ${scope.relations.length} relations, ${scope.actors.length} actors as ${format} (${viewCaption(model, view, scope.filtered)})`);
  return 0;
}
