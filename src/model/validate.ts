/**
 * Dataset validation: every problem at once, each with its JSON path and a plain reason, e.g.
 *   relations[4].target: unknown actor "ARMM"
 *   relations[7]: "to" 2021-01-01 is before "from" 2023-09-20
 *
 * Two passes. The structural pass checks the JSON against the TypeBox schema: first a fast yes/no
 * (validateFast.ts, closures built from the schema, which also checks every string for forbidden
 * characters); only when that says no does TypeBox interpret the schema (`Value.Check`, then
 * `Value.Errors` for the detailed messages). The TypeBox compiler is not used because it generates
 * code with `new Function`, and nothing in Stancegraph is evaluated. The semantic pass checks what a schema cannot: ids
 * that must exist or be unique, calendar dates, date order, and quotes that must occur verbatim in
 * their source text. It runs even when the structure is broken, skipping malformed entries, so a
 * user sees every problem in one go.
 */
import { Value } from "@sinclair/typebox/value";
import { ValueErrorType, type ValueError } from "@sinclair/typebox/errors";
import type { TSchema } from "@sinclair/typebox";
import { DatasetSchema, FORMAT_VERSION, MAX_FILE_NAME_LENGTH, MAX_SOURCE_TEXT_LENGTH, MAX_TEXT_LENGTH, type Dataset } from "./schema.ts";
import { isIsoDate, overlaps } from "./dates.ts";
import { clip, echo } from "./echo.ts";
import { forbiddenCharacterIssues, holdsForbiddenChar } from "./text.ts";
import { compileFastCheck } from "./validateFast.ts";
import { toDisplayPath } from "./paths.ts";
import { UNSAFE_NODE_KEYS } from "./graph.ts";

export { toDisplayPath };

/**
 * The schema and the forbidden characters in one walk, yes or no (validateFast.ts): a valid file
 * passes here and never pays for TypeBox's interpretation; anything else takes the detailed path.
 */
const isCleanDataset = compileFastCheck(DatasetSchema, (s) => !holdsForbiddenChar(s));

/** One problem found in a dataset. `path` is JSON-path-like: `relations[4].target`. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; dataset: Dataset; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

export interface ValidateOptions {
  /**
   * Text of a source's local file (`sources[i].file`), or `undefined` when it cannot be read.
   * Omit the option entirely when no source texts are available (e.g. a file opened in the
   * browser): quotes are then not checked, and a warning says so.
   */
  readSourceText?: (file: string) => string | undefined;
}

/** The error thrown by the loaders when a dataset does not validate. */
export class DatasetValidationError extends Error {
  readonly errors: ValidationIssue[];
  constructor(errors: ValidationIssue[]) {
    const head = errors.slice(0, 3).map(formatIssue).join("; ");
    super(`dataset is not valid (${errors.length} problem${errors.length === 1 ? "" : "s"}): ${head}${errors.length > 3 ? "; …" : ""}`);
    this.name = "DatasetValidationError";
    this.errors = errors;
  }
}

export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path}: ${issue.message}`;
}

/** Validates parsed JSON as a Stancegraph dataset. Never throws. */
export function validateDataset(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  if (!isObject(data)) {
    errors.push({ path: "(dataset)", message: `expected a JSON object, got ${describe(data)}` });
    return { ok: false, errors, warnings };
  }
  const clean = isCleanDataset(data);
  if (!clean && !Value.Check(DatasetSchema, data)) {
    const tooLong = new Set<string>();
    for (const e of Value.Errors(DatasetSchema, data)) {
      // A missing field is reported once as missing, not again as "expected text, got nothing".
      if (e.value === undefined && e.type !== ValueErrorType.ObjectRequiredProperty) continue;
      // A value over its length limit is reported for its length only, not again for its pattern.
      if (e.type === ValueErrorType.StringMaxLength) tooLong.add(e.path);
      else if (e.type === ValueErrorType.StringPattern && tooLong.has(e.path)) continue;
      errors.push(structuralIssue(e));
    }
  }
  checkSemantics(data, options, errors, warnings, clean);
  return errors.length === 0 ? { ok: true, dataset: data as Dataset, warnings } : { ok: false, errors, warnings };
}

/** Validates and returns the dataset, or throws `DatasetValidationError` with every problem. */
export function assertValidDataset(data: unknown, options: ValidateOptions = {}): Dataset {
  const result = validateDataset(data, options);
  if (!result.ok) throw new DatasetValidationError(result.errors);
  return result.dataset;
}

// ── structural pass ────────────────────────────────────────────────────────────────────────────

function structuralIssue(e: ValueError): ValidationIssue {
  const path = toDisplayPath(e.path);
  const schema = e.schema as TSchema & { description?: string; pattern?: string };
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return { path, message: "missing required field" };
    case ValueErrorType.ObjectAdditionalProperties: {
      const key = (e.path.split("/").pop() ?? "").replace(/~1/g, "/").replace(/~0/g, "~");
      return { path, message: `unknown field ${echo(key)} (check the spelling against graph-data/schema.json)` };
    }
    case ValueErrorType.Literal:
      return { path, message: `expected ${JSON.stringify(schema.const)}, got ${describe(e.value)}` };
    case ValueErrorType.Union: {
      const options = ((schema.anyOf ?? []) as TSchema[]).map((s) => JSON.stringify(s.const));
      return { path, message: `expected one of ${options.join(", ")}, got ${describe(e.value)}` };
    }
    case ValueErrorType.StringPattern:
      return { path, message: `${describe(e.value)} is not valid here: ${schema.description ?? `must match ${schema.pattern}`}` };
    case ValueErrorType.StringMinLength:
      return { path, message: "must not be empty" };
    case ValueErrorType.StringMaxLength: {
      const length = typeof e.value === "string" ? e.value.length : 0;
      return { path, message: `is ${length.toLocaleString("en")} characters long; the limit is ${Number(schema.maxLength).toLocaleString("en")}` };
    }
    case ValueErrorType.ArrayMinItems:
      return { path, message: `needs at least ${schema.minItems} item${schema.minItems === 1 ? "" : "s"}` };
    case ValueErrorType.String:
      return { path, message: `expected text, got ${describe(e.value)}` };
    case ValueErrorType.Array:
      return { path, message: `expected a list, got ${describe(e.value)}` };
    case ValueErrorType.Object:
      return { path, message: `expected an object, got ${describe(e.value)}` };
    case ValueErrorType.Boolean:
      return { path, message: `expected true or false, got ${describe(e.value)}` };
    // Curation (issue #13): evidence offsets are whole numbers from 0.
    case ValueErrorType.Integer:
      return { path, message: `expected a whole number, got ${describe(e.value)}` };
    case ValueErrorType.IntegerMinimum:
      return { path, message: `must be at least ${String(schema.minimum)}, got ${describe(e.value)}` };
    default:
      return { path, message: clip(e.message) };
  }
}

// ── semantic pass ──────────────────────────────────────────────────────────────────────────────
// Written for a 100k-relation file: the loops build no path string, tuple or closure per item on
// the way through (paths are made only for a problem), as allocation was a sixth of validation.

type Obj = Record<string, unknown>;
type Report = (path: string, message: string) => void;

/** `relations[4]`, built only when a message needs it. */
const at = (key: string, i: number): string => `${key}[${i}]`;
const evidencePath = (key: string, i: number, j: number): string => `${key}[${i}].evidence[${j}]`;

function checkSemantics(data: Obj, options: ValidateOptions, errors: ValidationIssue[], warnings: ValidationIssue[], clean: boolean): void {
  const err: Report = (path, message) => errors.push({ path, message });
  const warn: Report = (path, message) => warnings.push({ path, message });

  if (typeof data.format === "string" && data.format !== FORMAT_VERSION && /^stancegraph\//.test(data.format)) {
    // The structural pass already reported it; say what to do about it.
    warn("format", `this version of Stancegraph reads "${FORMAT_VERSION}" only`);
  }

  const actors = collectIds(data, "actors", err);
  const types = collectIds(data, "relationTypes", err);
  collectIds(data, "relations", err);
  collectIds(data, "events", err);
  const sources = collectIds(data, "sources", err);
  collectIds(data, "periods", err);

  // Source texts, read once each. `null`: the source has no local file (a reference source).
  const texts = new Map<string, string | null | undefined>();
  const canReadTexts = options.readSourceText !== undefined;
  const sourceList = list(data, "sources");
  if (!canReadTexts && sourceList.some((s) => isObject(s) && typeof s.file === "string" && typeof s.text !== "string")) {
    warn("sources", "source texts are not available here, so quotes were not checked against them");
  }
  for (let i = 0; i < sourceList.length; i++) {
    const s = sourceList[i];
    if (!isObject(s) || typeof s.id !== "string") continue;
    checkDate(s, "date", "sources", i, err);
    // Curation (issue #13): a source's text may be inline; it is then the text quotes are checked against.
    if (typeof s.text === "string") {
      if (s.file !== undefined) err(at("sources", i), 'has both "text" and "file"; keep one (inline text, or a file beside the dataset)');
      texts.set(s.id, s.text);
    } else if (typeof s.file !== "string") {
      texts.set(s.id, null);
    } else if (canReadTexts && s.file.length <= MAX_FILE_NAME_LENGTH) {
      // (A file name over its limit is reported by the structural pass and not looked for.)
      const read = safeRead(options.readSourceText!, s.file);
      let text = read.text;
      if (text === undefined) {
        err(`sources[${i}].file`, `cannot read ${echo(s.file)} next to the dataset${read.reason ? `: ${clip(read.reason, 300)}` : ""}`);
      } else if (text.length > MAX_SOURCE_TEXT_LENGTH) {
        err(`sources[${i}].file`, `the text of ${echo(s.file)} is ${text.length.toLocaleString("en")} characters long; the limit is ${MAX_SOURCE_TEXT_LENGTH.toLocaleString("en")}`);
        text = undefined;
      }
      texts.set(s.id, text);
    }
  }

  const checkEvidence = (owner: Obj, key: string, i: number) => {
    const evidence = owner.evidence;
    if (!Array.isArray(evidence)) return;
    for (let j = 0; j < evidence.length; j++) {
      const ev: unknown = evidence[j];
      if (!isObject(ev)) continue;
      if (ev.quote === undefined && ev.citation === undefined && ev.derived === undefined) err(evidencePath(key, i, j), "needs a quote from the source or a citation (or, when machine-coded, derived provenance)");
      if (isObject(ev.derived)) checkDerived(ev.derived, ev.quote !== undefined, `${evidencePath(key, i, j)}.derived`, err);
      // Curation (issue #13): offsets come in pairs and belong to a quote.
      const hasOffsets = ev.start !== undefined || ev.end !== undefined;
      if (hasOffsets && ev.quote === undefined) err(evidencePath(key, i, j), '"start" and "end" locate a quote; this evidence has none');
      else if (hasOffsets && (ev.start === undefined || ev.end === undefined)) err(evidencePath(key, i, j), `needs both "start" and "end", or neither`);
      if (typeof ev.source !== "string") continue;
      if (!sources.has(ev.source)) {
        err(`${evidencePath(key, i, j)}.source`, `unknown source ${echo(ev.source)}`);
        continue;
      }
      // A quote over its length limit is reported by the structural pass; not searched for.
      if (typeof ev.quote !== "string" || ev.quote.length > MAX_TEXT_LENGTH) continue;
      const text = texts.get(ev.source);
      if (typeof ev.start === "number" && typeof ev.end === "number" && Number.isInteger(ev.start) && Number.isInteger(ev.end) && ev.start >= 0) {
        checkOffsets(ev.quote, ev.start, ev.end, text, ev.source, evidencePath(key, i, j), err);
      }
      if (text === null) {
        err(`${evidencePath(key, i, j)}.quote`, `source ${echo(ev.source)} has no local text to check a quote against; use "citation" for a reference source`);
      } else if (typeof text === "string" && !text.includes(ev.quote)) {
        err(`${evidencePath(key, i, j)}.quote`, `does not occur verbatim in the text of source ${echo(ev.source)}: ${echo(ev.quote)}`);
      }
    }
  };

  const actorList = list(data, "actors");
  for (let i = 0; i < actorList.length; i++) {
    const a = actorList[i];
    if (!isObject(a)) continue;
    if (typeof a.id === "string" && UNSAFE_NODE_KEYS.has(a.id)) {
      err(
        `actors[${i}].id`,
        `${echo(a.id)} cannot be an actor id: every JavaScript object has a property of that name, and the graph library ` +
          `keeps actors in such objects; choose another id (e.g. ${echo(`${a.id}_`)})`,
      );
    }
    if (a.iso3 !== undefined && a.kind !== undefined && a.kind !== "state") {
      err(`actors[${i}].iso3`, `only states have an ISO 3166 code (kind is ${echo(String(a.kind))})`);
    }
  }
  checkAliases(actorList, warn);
  // A clean dataset (validateFast.ts) had every string checked for these characters already.
  if (!clean) for (const [path, message] of forbiddenCharacterIssues(data)) err(path, message);

  // Relations seen per pair and type, by index: most pairs have one, kept as a bare number.
  const seenPairs = new Map<string, number | number[]>();
  const relationList = list(data, "relations");
  for (let i = 0; i < relationList.length; i++) {
    const r = relationList[i];
    if (!isObject(r)) continue;
    const { source, target, type, from, to } = r;
    if (typeof source === "string" && !actors.has(source)) err(`relations[${i}].source`, `unknown actor ${echo(source)}`);
    if (typeof target === "string" && !actors.has(target)) err(`relations[${i}].target`, `unknown actor ${echo(target)}`);
    if (typeof source === "string" && source === target) err(at("relations", i), `source and target are the same actor ${echo(source)}`);
    if (typeof type === "string" && !types.has(type)) err(`relations[${i}].type`, `unknown relation type ${echo(type)}`);
    const datesOk = checkDate(r, "from", "relations", i, err) & checkDate(r, "to", "relations", i, err);
    if (datesOk && typeof from === "string" && typeof to === "string") {
      if (to < from) err(at("relations", i), `"to" ${to} is before "from" ${from}`);
      else if (to === from) err(at("relations", i), `"to" equals "from" (${from}); "to" is exclusive, so the relation would never hold`);
    }
    checkEvidence(r, "relations", i);
    if (datesOk && typeof source === "string" && typeof target === "string" && typeof type === "string" && typeof from === "string") {
      // The pair in code-unit order (what Array.prototype.sort gave before), without an array.
      const key = source <= target ? `${type}\u0000${source}\u0000${target}` : `${type}\u0000${target}\u0000${source}`;
      const seen = seenPairs.get(key);
      if (seen === undefined) {
        seenPairs.set(key, i);
        continue;
      }
      const others = typeof seen === "number" ? [seen] : seen;
      for (const j of others) {
        // An earlier relation of this pair passed the same checks: its "from" is a day, its "to" a day or absent.
        const other = relationList[j] as Obj;
        if (overlaps(from, typeof to === "string" ? to : undefined, other.from as string, typeof other.to === "string" ? other.to : undefined)) {
          warn(at("relations", i), `overlaps relations[${j}] (same pair, same type); merge them or split the dates`);
        }
      }
      others.push(i);
      if (typeof seen === "number") seenPairs.set(key, others);
    }
  }

  const eventList = list(data, "events");
  for (let i = 0; i < eventList.length; i++) {
    const e = eventList[i];
    if (!isObject(e)) continue;
    if (checkDate(e, "date", "events", i, err) & checkDate(e, "end", "events", i, err) && typeof e.end === "string" && typeof e.date === "string" && e.end < e.date) {
      err(at("events", i), `"end" ${e.end} is before "date" ${e.date}`);
    }
    if (Array.isArray(e.actors)) {
      const ids: unknown[] = e.actors;
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j];
        if (typeof id === "string" && !actors.has(id)) err(`events[${i}].actors[${j}]`, `unknown actor ${echo(id)}`);
      }
    }
    checkEvidence(e, "events", i);
  }

  const periodList = list(data, "periods");
  for (let i = 0; i < periodList.length; i++) {
    const pd = periodList[i];
    if (isObject(pd)) checkDate(pd, "date", "periods", i, err);
  }

  if (isObject(data.span)) {
    const ok = checkDate(data.span, "from", "span", -1, err) & checkDate(data.span, "to", "span", -1, err);
    if (ok && typeof data.span.from === "string" && typeof data.span.to === "string" && data.span.to <= data.span.from) {
      err("span", `"to" ${data.span.to} must be after "from" ${data.span.from}`);
    }
  }
}

/** Machine-coded evidence: real days in order, at least one signed event, and no quote (nothing was read). */
function checkDerived(d: Obj, hasQuote: boolean, path: string, err: Report): void {
  if (hasQuote) err(path, "machine-coded evidence was derived from events, not read in a text: give it no quote");
  if (checkDate(d, "first", path, -1, err) & checkDate(d, "last", path, -1, err) && typeof d.first === "string" && typeof d.last === "string" && d.last < d.first) {
    err(path, `"last" ${d.last} is before "first" ${d.first}`);
  }
  if (d.cooperative === 0 && d.conflictual === 0) err(path, "counts no cooperative and no conflictual event");
}

/**
 * Curation (issue #13): `text.slice(start, end)` must be the quote. Without the text (a file that
 * cannot be read here) only the length can be checked.
 */
function checkOffsets(quote: string, start: number, end: number, text: string | null | undefined, source: string, p: string, err: Report): void {
  if (end - start !== quote.length) {
    err(`${p}.end`, `"end" − "start" is ${end - start}, but the quote is ${quote.length} characters long`);
  } else if (typeof text === "string" && text.slice(start, end) !== quote) {
    const found = end > text.length ? `runs past the end of the text (${text.length} characters)` : `selects ${echo(text.slice(start, end))}`;
    err(`${p}.start`, `characters ${start}–${end} of source "${source}" are not the quote: the range ${found}`);
  }
}

/** Ids of one collection (with the index of their first use); reports duplicates with the place of the first use. */
function collectIds(data: Obj, key: string, err: Report): ReadonlyMap<string, number> {
  const firstAt = new Map<string, number>();
  const entries = list(data, key);
  for (let i = 0; i < entries.length; i++) {
    const item = entries[i];
    if (!isObject(item) || typeof item.id !== "string") continue;
    const first = firstAt.get(item.id);
    if (first === undefined) firstAt.set(item.id, i);
    else err(`${key}[${i}].id`, `duplicate id ${echo(item.id)} (first used at ${key}[${first}])`);
  }
  return firstAt;
}

/** Two actors answering to the same name make search ambiguous: worth a warning, not an error. */
function checkAliases(actorList: readonly unknown[], warn: Report): void {
  const owner = new Map<string, string>();
  const seen: string[] = [];
  for (let i = 0; i < actorList.length; i++) {
    const a = actorList[i];
    if (!isObject(a) || typeof a.id !== "string") continue;
    // Each distinct name of this actor once, in order: label, then aliases (most actors have no alias).
    seen.length = 0;
    const check = (n: unknown) => {
      if (typeof n !== "string") return;
      const name = n.trim().toLowerCase();
      if (seen.includes(name)) return;
      seen.push(name);
      const prev = owner.get(name);
      if (prev !== undefined && prev !== a.id) warn(`actors[${i}]`, `the name ${echo(name)} also names actor ${echo(prev)}`);
      else owner.set(name, a.id as string);
    };
    check(a.label);
    if (Array.isArray(a.aliases)) for (const alias of a.aliases as unknown[]) check(alias);
  }
}

/**
 * Checks an optional date field of `key[i]` (or of `key` itself when `i` is -1); returns 1 when
 * it is absent or a real day, 0 otherwise.
 */
function checkDate(o: Obj, field: string, key: string, i: number, err: Report): 1 | 0 {
  const v = o[field];
  if (v === undefined || isIsoDate(v)) return 1;
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) err(`${i < 0 ? key : at(key, i)}.${field}`, `${v} is not a day of the calendar`);
  return 0;
}

/** The collection `data[key]`, or nothing when it is not a list (the structural pass said so). */
function list(data: Obj, key: string): readonly unknown[] {
  const value = data[key];
  return Array.isArray(value) ? value : [];
}

function isObject(x: unknown): x is Obj {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** The text, or undefined with the reader's reason when it threw one (e.g. not UTF-8). */
function safeRead(read: (file: string) => string | undefined, file: string): { text: string | undefined; reason?: string } {
  try {
    return { text: read(file) };
  } catch (e) {
    return { text: undefined, reason: e instanceof Error ? e.message : String(e) };
  }
}

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return echo(v);
  return `${typeof v} ${clip(String(v))}`;
}
