import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { locateJsonError } from "../../src/model/jsonSyntax.ts";

describe("locateJsonError", () => {
  it("points at the line and column of common mistakes", () => {
    expect(locateJsonError('{\n  "a": 1,\n}')).toMatchObject({ line: 2, column: 9, reason: "trailing comma before the closing bracket" });
    expect(locateJsonError('{"a": 1 "b": 2}')).toMatchObject({ line: 1, column: 9, reason: 'expected "," or "}", found "\\""' });
    expect(locateJsonError("{a: 1}")).toMatchObject({ line: 1, column: 2 });
    expect(locateJsonError('["x]')).toMatchObject({ reason: "unterminated string" });
    expect(locateJsonError("")).toMatchObject({ reason: "expected a value, found end of file" });
    expect(locateJsonError("[1] 2")).toMatchObject({ reason: 'unexpected "2" after the end of the data' });
  });

  it("agrees with JSON.parse on valid and mutated JSON", () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', ":", "x", "\n", "{"), (json, at, insert) => {
        const pos = at % (json.length + 1);
        const text = json.slice(0, pos) + insert + json.slice(pos);
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(locateJsonError(text) === null).toBe(parses);
      }),
      { numRuns: 3000 },
    );
  });

  it("survives deep nesting without a stack overflow", () => {
    expect(locateJsonError("[".repeat(200_000))).toMatchObject({ reason: "expected a value, found end of file" });
  });
});
