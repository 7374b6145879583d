/**
 * A fast yes/no structural check of the dataset schema, for the common case: a valid file.
 *
 * TypeBox's `Value.Check` interprets the schema afresh for every value: it dispatches on the kind,
 * builds a `new RegExp` for every string with a pattern, lists every object's own property names
 * and searches the `required` list for every property. On a 100k-relation file that was about half
 * of validation. TypeBox's own answer, its compiler, generates code with `new Function`, which the
 * app's content security policy forbids (nothing in Stancegraph is evaluated). So this module
 * walks the same TypeBox schema once, ahead of time, and turns it into a tree of plain closures
 * with the patterns compiled and the property lists fixed: the same rules, no per-value
 * interpretation, no evaluation.
 *
 * It answers only yes or no. A "no" costs nothing extra: `validateDataset` then runs TypeBox
 * (`Value.Errors`) for the detailed messages, so error reports are exactly what they were. The
 * answer is conservative by design: when it says yes, `Value.Check` says yes too (a property test
 * checks that the two agree on generated valid and mutated datasets); on a value no JSON text can
 * produce (an own property that is not enumerable, say), it may say no where TypeBox says yes,
 * which only means the slow path runs.
 *
 * It also checks every string against an optional predicate as it passes (the dataset's forbidden
 * characters, see text.ts), which saves a second walk over a valid dataset: with
 * `additionalProperties: false` everywhere, every string of a valid dataset sits where the schema
 * puts it, so the walk here sees them all.
 *
 * Only the kinds the dataset schema uses are supported; any other kind or keyword throws when the
 * check is built (at module load), so a schema change this module does not understand fails every
 * test at once rather than passing values it does not check.
 */
import { Kind, type TSchema } from "@sinclair/typebox";

/** A compiled check: true when the value matches the schema (and every string passes the predicate). */
export type FastCheck = (value: unknown) => boolean;

type Schema = TSchema & Record<string, unknown>;

/** Keywords each supported kind may carry; anything else is refused (it would go unchecked). */
const KNOWN: Record<string, ReadonlySet<string>> = {
  Object: new Set(["type", "properties", "required", "additionalProperties"]),
  Array: new Set(["type", "items", "minItems", "maxItems"]),
  String: new Set(["type", "minLength", "maxLength", "pattern"]),
  Integer: new Set(["type", "minimum"]),
  Boolean: new Set(["type"]),
  Literal: new Set(["type", "const"]),
  Union: new Set(["anyOf"]),
};
/** Keywords that only describe (documentation, schema metadata). */
const DESCRIPTIVE = new Set(["description", "title", "$schema", "default", "examples"]);

/**
 * Builds a check from a TypeBox schema. `stringOk`, when given, must hold for every string the
 * value contains (object keys excepted).
 */
export function compileFastCheck(schema: TSchema, stringOk?: (s: string) => boolean): FastCheck {
  return build(schema as Schema, stringOk ?? null, "");
}

function build(schema: Schema, stringOk: ((s: string) => boolean) | null, where: string): FastCheck {
  const kind = schema[Kind] as string;
  const known = KNOWN[kind];
  if (!known) throw new Error(`compileFastCheck: unsupported schema kind ${kind} at ${where || "(root)"}`);
  for (const key of Object.keys(schema)) {
    if (!known.has(key) && !DESCRIPTIVE.has(key)) throw new Error(`compileFastCheck: unsupported keyword ${key} on ${kind} at ${where || "(root)"}`);
  }
  switch (kind) {
    case "Object":
      return buildObject(schema, stringOk, where);
    case "Array":
      return buildArray(schema, stringOk, where);
    case "String":
      return buildString(schema, stringOk);
    case "Integer": {
      const minimum = schema.minimum as number | undefined;
      return (v) => Number.isInteger(v) && (minimum === undefined || (v as number) >= minimum);
    }
    case "Boolean":
      return (v) => typeof v === "boolean";
    case "Literal": {
      const constant = schema.const;
      return (v) => v === constant;
    }
    default: {
      // Union
      const options = (schema.anyOf as Schema[]).map((s, i) => build(s, stringOk, `${where}|${i}`));
      return (v) => {
        for (const option of options) if (option(v)) return true;
        return false;
      };
    }
  }
}

function buildObject(schema: Schema, stringOk: ((s: string) => boolean) | null, where: string): FastCheck {
  const properties = schema.properties as Record<string, Schema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const keys = Object.keys(properties);
  const checks = keys.map((k) => build(properties[k]!, stringOk, `${where}.${k}`));
  const isRequired = keys.map((k) => required.has(k));
  const closed = schema.additionalProperties === false;
  if (schema.additionalProperties !== undefined && !closed) throw new Error(`compileFastCheck: only additionalProperties: false is supported at ${where || "(root)"}`);
  const n = keys.length;
  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    let present = 0;
    for (let k = 0; k < n; k++) {
      const value = o[keys[k]!];
      if (value === undefined) {
        // TypeBox: a required property must match (none of ours accepts undefined); an optional one may be absent.
        if (isRequired[k]) return false;
        continue;
      }
      if (!checks[k]!(value)) return false;
      present++;
    }
    if (!closed) return true;
    // Every own key must be a known one, so the object has exactly the `present` known keys (a
    // count, where TypeBox searches the list for each key). For parsed JSON that is TypeBox's rule
    // exactly. A known key set to undefined makes this say no where TypeBox says yes (the detailed
    // path then runs); an own key that is not enumerable, which only code can make, would go
    // unseen: validateDataset is given parsed JSON.
    return Object.keys(o).length === present;
  };
}

function buildArray(schema: Schema, stringOk: ((s: string) => boolean) | null, where: string): FastCheck {
  const item = build(schema.items as Schema, stringOk, `${where}[]`);
  const min = schema.minItems as number | undefined;
  const max = schema.maxItems as number | undefined;
  return (v) => {
    if (!Array.isArray(v)) return false;
    if (min !== undefined && v.length < min) return false;
    if (max !== undefined && v.length > max) return false;
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
    return true;
  };
}

/**
 * Patterns whose every match is printable ASCII: anchored at both ends, made only of literal
 * letters, digits and `_/#:-`, escaped dots, and classes (not negated, no escapes) whose members
 * and range ends are printable ASCII, each with an optional quantifier; no alternation, group or
 * wildcard. A string that matches one cannot hold a character below U+0020 or above U+007E, so the
 * string predicate (forbidden characters: controls, surrogates, U+FFFE/F) is skipped for it. Ids
 * and dates are most of a dataset's strings.
 */
const ASCII_ONLY_PATTERN = /^\^(?:(?:\[(?!\^)[\x20-\x5b\x5e-\x7e]+\]|\\\.|[A-Za-z0-9_/#:-])(?:\{\d+(?:,\d+)?\}|[+*?])?)*\$$/;

/** Whether every string matching `pattern` is printable ASCII (see ASCII_ONLY_PATTERN). */
export function matchesOnlyPrintableAscii(pattern: string): boolean {
  return ASCII_ONLY_PATTERN.test(pattern);
}

function buildString(schema: Schema, stringOk: ((s: string) => boolean) | null): FastCheck {
  const min = schema.minLength as number | undefined;
  const max = schema.maxLength as number | undefined;
  // The same RegExp TypeBox builds (`new RegExp(pattern)`, no flags), compiled once.
  const pattern = typeof schema.pattern === "string" ? new RegExp(schema.pattern) : null;
  const charsOk = typeof schema.pattern === "string" && matchesOnlyPrintableAscii(schema.pattern) ? null : stringOk;
  return (v) => {
    if (typeof v !== "string") return false;
    if (min !== undefined && v.length < min) return false;
    if (max !== undefined && v.length > max) return false;
    if (pattern !== null && !pattern.test(v)) return false;
    return charsOk === null || charsOk(v);
  };
}
