/**
 * `stancegraph suggest`: the relations a source text may support, ranked, each quoted verbatim
 * from the text (src/model/suggest, the same engine the app runs in a web worker).
 */
import { dirname, resolve } from "node:path";
import type { Command } from "../cli.ts";
import { parseOptions, UsageError } from "../cli.ts";
import { readDatasetFile } from "../datasetFile.ts";
import { formatIssue } from "../../model/validate.ts";
import { isIsoDate } from "../../model/dates.ts";
import { dateInText } from "../../model/textDate.ts";
import { formatBytes } from "../../model/load.ts";
import { readRegularFile } from "../../io/regularFile.ts";
import { decodeText } from "../../io/decode.ts";
import { clip, echo } from "../../model/echo.ts";
import { toCsv } from "../../io/csv.ts";
import { suggestWithNames, type Candidate, type SuggestOptions, type UnrecognisedName } from "../../model/suggest/index.ts";
import type { Dataset } from "../../model/schema.ts";

/** A source text larger than this is refused before it is read (a long report is ~1 MiB). */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

type Format = "table" | "json" | "csv";

export const suggestCommand: Command = {
  name: "suggest",
  summary: "suggest relations (pair, type, quote, date) from a source text",
  help: `Usage: stancegraph suggest --source FILE [--dataset FILE] [--date YYYY-MM-DD] [--format table|json|csv]

Reads a source text (plain text: UTF-8, or UTF-16 with its byte order mark) and lists the relations
it may support, best first: the two actors (the dataset's, or new ones with their ISO code), a
relation type and sign from the words that suggest it, the sentence as the quote (verbatim, with
its character offsets), a "from" date (from the sentence, else the source's date) and a score.
Candidates that match a relation already in the dataset are marked as evidence for it. Method and
measured accuracy: docs/suggest.md.

  --source FILE    the text to read (required; at most ${formatBytes(MAX_SOURCE_BYTES)})
  --dataset FILE   the dataset whose actors, aliases and relation types to use
                   (default: the embedded Karabakh dataset)
  --date DATE      the source's publication date, for "in February" and as the fallback "from"
                   (default: the date of the dataset's source with this file, if any)
  --format FORMAT  table (default, for people), json, or csv (for scripts)
  --max N          at most N candidates (default: 2.5 per sentence that names two actors)`,
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      source: { type: "string" },
      dataset: { type: "string" },
      date: { type: "string" },
      format: { type: "string", default: "table" },
      max: { type: "string" },
    });
    if (values.help) return io.out(this.help), 0;
    const format = values.format as Format;
    if (!["table", "json", "csv"].includes(format)) throw new UsageError(`unknown --format ${echo(String(values.format))} (use table, json or csv)`);
    if (values.source === undefined) throw new UsageError("give the text to read with --source FILE");
    if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`--date ${echo(values.date)} is not a calendar date (YYYY-MM-DD)`);
    let max: number | undefined;
    if (values.max !== undefined) {
      if (!/^[1-9]\d{0,5}$/.test(values.max)) throw new UsageError(`--max ${echo(values.max)} is not a whole number from 1`);
      max = Number(values.max);
    }
    const text = readSourceText(values.source);
    if (typeof text !== "string") {
      io.err(text.error);
      return 1;
    }

    const { path, result } = readDatasetFile(values.dataset);
    if (!result.ok) {
      for (const e of result.errors) io.err(formatIssue(e));
      io.err(`${clip(path)}: not a valid dataset (${result.errors.length} problem${result.errors.length === 1 ? "" : "s"}); see stancegraph validate`);
      return 1;
    }
    const dataset = result.dataset;
    // The text may be one of the dataset's own sources: then its date and id come with it.
    const known = dataset.sources.find((s) => s.file !== undefined && resolve(dirname(resolve(path)), s.file) === resolve(values.source!));
    const options: SuggestOptions = {
      ...((values.date ?? known?.date) ? { sourceDate: (values.date ?? known?.date)! } : {}),
      ...(known ? { sourceId: known.id } : {}),
      ...(max !== undefined ? { maxCandidates: max } : {}),
    };
    // A text without a given date: its dateline's is offered (never taken unasked), as in the app.
    const dateline = options.sourceDate === undefined ? dateInText(text) : null;
    if (dateline) io.err(`${clip(values.source)}: no --date given; its dateline says "${dateline.phrase}": add --date ${dateline.date} to date the candidates and read "on Monday" from it`);
    const { candidates, names } = suggestWithNames(text, dataset, options);
    if (format === "json") io.out(JSON.stringify(asJson(values.source, dataset, options, candidates, names), null, 2));
    else if (format === "csv") io.out(asCsv(candidates).trimEnd());
    else io.out(`${asTable(candidates)}${asNames(names)}`);
    return 0;
  },
};

/**
 * Reads the text: a path that is missing, not a regular file or too large is a usage error (the
 * reader every command shares, src/io/regularFile.ts); bytes that are not text are wrong data
 * (exit 1), refused by the decoder every import shares (src/io/decode.ts: UTF-8, or UTF-16 with its
 * byte order mark) with the byte offset where decoding failed.
 */
function readSourceText(file: string): string | { error: string } {
  const bytes = readRegularFile(file, MAX_SOURCE_BYTES, "source file");
  const decoded = decodeText(bytes);
  if (decoded.ok) return decoded.text;
  // A text's lines help to find the byte (UTF-8 or not, a line feed is the byte 0x0A).
  const line = bytes.subarray(0, decoded.offset).filter((b) => b === 0x0a).length + 1;
  return { error: `${echo(file)}, line ${line}: ${decoded.message}` };
}

const SIGN = new Map<number | null, string>([
  [1, "+"],
  [0, "0"],
  [-1, "−"],
  [null, "?"],
]);

function actorText(a: Candidate["source"]): string {
  return a.inDataset ? a.id : `${a.label} (new${a.iso3 ? `, ${a.iso3}` : `, ${a.id}`})`;
}

function asTable(candidates: Candidate[]): string {
  if (candidates.length === 0) return "No suggestions: no sentence names two actors the gazetteer knows.";
  const lines: string[] = [];
  candidates.forEach((c, i) => {
    const type = c.type ?? (c.cueClass ? `(${c.cueClass})` : "no cue");
    const note = c.supportsExisting ? `  evidence for ${c.supportsExisting.relation}${c.supportsExisting.quoted ? " (already quoted)" : ""}` : "";
    lines.push(
      `${String(i + 1).padStart(3)}. ${c.score.toFixed(2)}  ${actorText(c.source)} → ${actorText(c.target)}  ${type} ${SIGN.get(c.sign)}` +
        `${c.cue ? `  cue "${c.cue.text}"${c.cue.negated ? " (negated)" : ""}` : ""}  from ${c.from ?? "?"}${c.fromBasis === "source" ? " (source date)" : ""}${note}`,
    );
    const quote = c.quote.replace(/\s+/g, " ");
    lines.push(`      "${quote.length > 160 ? `${quote.slice(0, 159)}…` : quote}" [${c.start}–${c.end}]`);
  });
  return lines.join("\n");
}

/** Under the table: the names the text uses that no actor reads, for the curator to add as actors. */
function asNames(names: readonly UnrecognisedName[]): string {
  if (names.length === 0) return "";
  const lines = ["", "", "Names the text uses that are no actor yet (add one as an actor, then suggest again):"];
  for (const n of names) {
    lines.push(`  ${n.name}  id ${n.id}, ${n.kind}, ${n.count}×${n.contains ? `, read as ${n.containsLabel ?? n.contains} (${n.contains}) inside it` : ""}  [${n.start}–${n.end}]`);
  }
  return lines.join("\n");
}

function asJson(source: string, dataset: Dataset, options: SuggestOptions, candidates: Candidate[], names: UnrecognisedName[]) {
  const newActors = new Map<string, Candidate["source"]>();
  for (const c of candidates) for (const a of [c.source, c.target]) if (!a.inDataset && !newActors.has(a.id)) newActors.set(a.id, a);
  return {
    source,
    dataset: dataset.id,
    sourceDate: options.sourceDate ?? null,
    count: candidates.length,
    candidates,
    newActors: [...newActors.values()].map(({ mention, ...a }) => ({ ...a, aliases: [mention] })),
    names,
  };
}

function asCsv(candidates: Candidate[]): string {
  const header = [
    "rank", "score", "source", "source_label", "source_new", "target", "target_label", "target_new", "type", "sign", "cue",
    "cue_negated", "from", "from_basis", "supports_relation", "already_quoted", "start", "end", "quote",
  ];
  return toCsv(
    header,
    candidates.map((c, i) => [
      i + 1, c.score, c.source.id, c.source.label, !c.source.inDataset, c.target.id, c.target.label, !c.target.inDataset, c.type, c.sign,
      c.cue?.text, c.cue?.negated ?? null, c.from, c.fromBasis, c.supportsExisting?.relation, c.supportsExisting?.quoted ?? null, c.start, c.end, c.quote,
    ]),
  );
}
