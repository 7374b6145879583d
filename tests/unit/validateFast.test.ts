/**
 * The fast structural check (src/model/validateFast.ts) must answer exactly what TypeBox's
 * `Value.Check` answers, and with the forbidden-character predicate exactly what TypeBox plus the
 * character walk answer: on generated valid datasets, and on each of them mutated at one place
 * with a value chosen from the schema's own keywords there (wrong type, empty, one over the
 * length limit, exactly at it, off the pattern, below the minimum, an unknown or missing field, a
 * forbidden character). The mutations are derived by walking the schema, so a keyword added to the
 * schema is exercised here without editing this test.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Kind, Type, type TSchema } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { DatasetSchema } from "../../src/model/schema.ts";
import { compileFastCheck, matchesOnlyPrintableAscii } from "../../src/model/validateFast.ts";
import { forbiddenCharacterIssues, holdsForbiddenChar } from "../../src/model/text.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { datasetArb } from "./arbitraries.ts";
import { miniDataset } from "./fixtures.ts";

type Schema = TSchema & Record<string, unknown>;
type Key = string | number;
/** A place to mutate: a present value, or an optional field that is absent. */
interface Site {
  path: Key[];
  schema: Schema;
  absent: boolean;
}

const structural = compileFastCheck(DatasetSchema);
const clean = compileFastCheck(DatasetSchema, (s) => !holdsForbiddenChar(s));

function sites(schema: Schema, value: unknown, path: Key[], out: Site[]): Site[] {
  out.push({ path, schema, absent: false });
  const kind = schema[Kind] as string;
  if (kind === "Object" && typeof value === "object" && value !== null && !Array.isArray(value)) {
    const properties = schema.properties as Record<string, Schema>;
    for (const [key, sub] of Object.entries(properties)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) out.push({ path: [...path, key], schema: sub, absent: true });
      else sites(sub, v, [...path, key], out);
    }
  } else if (kind === "Array" && Array.isArray(value)) {
    value.forEach((item, i) => sites(schema.items as Schema, item, [...path, i], out));
  } else if (kind === "Union") {
    // A union of literals: its candidates come from its options below.
  }
  return out;
}

const limitTried = new Set<Schema>();

/** Values to put at a place of this schema: mostly wrong in one respect, some exactly at a limit. */
function candidates(schema: Schema, current: unknown): unknown[] {
  const kind = schema[Kind] as string;
  const out: unknown[] = [null, 42, "x", [], {}, true];
  switch (kind) {
    case "String": {
      const min = schema.minLength as number | undefined;
      const max = schema.maxLength as number | undefined;
      if (min !== undefined) out.push("", "a".repeat(min));
      // (The limit of a source's text is 16M characters: those two strings are tried once in the test.)
      if (max !== undefined && (max < 100_000 || !limitTried.has(schema))) out.push("a".repeat(max), "a".repeat(max + 1));
      limitTried.add(schema);
      if (typeof schema.pattern === "string") out.push(" ", "2020-1-1", `${typeof current === "string" ? current : "a"} `);
      out.push("a\u0007b", "\uD800", "ok\uFFFF", "😀");
      if (typeof current === "string") out.push(`${current}\u0001`, current.slice(1));
      break;
    }
    case "Integer":
      out.push(1.5, -1, 0, (schema.minimum as number | undefined) ?? 0, "3", 1e21);
      break;
    case "Literal":
      out.push(schema.const, typeof schema.const === "string" ? `${schema.const}x` : 2);
      break;
    case "Union":
      for (const option of schema.anyOf as Schema[]) out.push(...candidates(option, current));
      out.push("nope", -2);
      break;
    case "Boolean":
      out.push(false, "true", 0);
      break;
    case "Array": {
      const items = Array.isArray(current) ? current : [];
      if (schema.minItems !== undefined) out.push([]);
      if (typeof schema.maxItems === "number") {
        const item = items[0] ?? "x";
        out.push(Array.from({ length: schema.maxItems }, () => item), Array.from({ length: schema.maxItems + 1 }, () => item));
      }
      if (items.length > 0) out.push([...items, 7], [...items, ...items]);
      break;
    }
    case "Object":
      if (current && typeof current === "object" && !Array.isArray(current)) {
        const o = current as Record<string, unknown>;
        out.push({ ...o, zzUnknown: 1 }, { ...o, __proto__x: "x" });
        for (const key of Object.keys(o)) {
          const copy = { ...o };
          delete copy[key];
          out.push(copy);
        }
      }
      break;
  }
  return out;
}

function setAt(root: unknown, path: Key[], value: unknown): unknown {
  if (path.length === 0) return value;
  let parent = root as Record<Key, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<Key, unknown>;
  parent[path[path.length - 1]!] = value;
  return root;
}

/** What the fast checks must answer: TypeBox, and TypeBox plus the character walk. */
function agree(value: unknown): { valid: boolean; clean: boolean } {
  const data = JSON.parse(JSON.stringify(value)) as unknown; // validateDataset is given parsed JSON
  const valid = Value.Check(DatasetSchema, data);
  const isClean = valid && forbiddenCharacterIssues(data).length === 0;
  expect(structural(data), JSON.stringify(data).slice(0, 300)).toBe(valid);
  expect(clean(data), JSON.stringify(data).slice(0, 300)).toBe(isClean);
  return { valid, clean: isClean };
}

describe("compileFastCheck(DatasetSchema)", () => {
  it("agrees with TypeBox on valid datasets and on every schema-derived mutation of them", () => {
    let accepted = 0;
    let rejected = 0;
    let dirty = 0;
    const checkAll = (base: unknown) => {
      const seen = new Set<string>();
      expect(agree(base).clean).toBe(true);
      for (const site of sites(DatasetSchema as Schema, base, [], [])) {
        // One place per field of the schema (relations[*].from once, not for every relation): the
        // answer depends on the schema there, and every mutation costs a full check of both kinds.
        const field = `${site.absent}:${site.path.map((k) => (typeof k === "number" ? "*" : k)).join(".")}`;
        if (seen.has(field)) continue;
        seen.add(field);
        const current = site.absent ? undefined : site.path.reduce<unknown>((v, k) => (v as Record<Key, unknown>)[k], base);
        for (const candidate of candidates(site.schema, current)) {
          const result = agree(setAt(structuredClone(base), site.path, candidate));
          if (result.clean) accepted++;
          else if (result.valid) dirty++;
          else rejected++;
        }
      }
    };
    checkAll(miniDataset());
    checkAll(generateDataset({ actors: 6, relations: 12, years: 5, seed: 3 }));
    fc.assert(fc.property(datasetArb({ maxActors: 4, maxRelations: 4 }), (d) => checkAll(d)), { numRuns: 10 });
    // The mutations reach both answers, and strings that pass the schema but hold a forbidden character.
    expect(accepted).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(1000);
    expect(dirty).toBeGreaterThan(100);
  }, 120_000);

  it("refuses, when built, a schema kind or keyword it does not check", () => {
    expect(() => compileFastCheck(Type.Record(Type.String(), Type.String()))).toThrow(/unsupported schema kind Record/);
    expect(() => compileFastCheck(Type.Object({ a: Type.String({ format: "email" }) }))).toThrow(/unsupported keyword format on String at \.a/);
    expect(() => compileFastCheck(Type.Object({ a: Type.Array(Type.String(), { uniqueItems: true }) }))).toThrow(/unsupported keyword uniqueItems/);
    expect(() => compileFastCheck(Type.Object({}, { additionalProperties: Type.String() }))).toThrow(/only additionalProperties: false/);
  });

  it("skips the character check only for patterns that match nothing but printable ASCII", () => {
    const ascii = ["^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "^#[0-9a-fA-F]{6}$", "^Q[1-9][0-9]*$", "^sources/[A-Za-z0-9_.-]+\\.txt$", "^[ -~]$"];
    const open = ["^https?://", "^.*$", "^[^a]$", "^a|b$", "^(a)$", "^[\\u0000-z]$", "^\\s$", "^a", "a$", "^a\\$"];
    for (const p of ascii) expect(matchesOnlyPrintableAscii(p), p).toBe(true);
    for (const p of open) expect(matchesOnlyPrintableAscii(p), p).toBe(false);
    // And what those patterns match is indeed printable ASCII.
    for (const p of ascii) fc.assert(fc.property(fc.stringMatching(new RegExp(p)), (s) => /^[\x20-\x7e]*$/.test(s)), { numRuns: 200 });
  });
});
