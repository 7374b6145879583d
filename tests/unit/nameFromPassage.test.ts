import { describe, expect, it } from "vitest";
import { MAX_NAME_CHARS, nameFromPassage } from "../../src/model/edit/template.ts";

describe("nameFromPassage: words selected in a source as a new actor's name", () => {
  it("drops a leading 'the', quotation marks and trailing punctuation", () => {
    expect(nameFromPassage("the Islamic Resistance in Iraq,")).toBe("Islamic Resistance in Iraq");
    expect(nameFromPassage("“the Tatmadaw”.")).toBe("Tatmadaw");
    expect(nameFromPassage("  Kataib   Hezbollah ")).toBe("Kataib Hezbollah");
  });

  it("keeps a parenthesis the name opens, and drops one it does not", () => {
    expect(nameFromPassage("Islamic Resistance in Iraq (IRI)")).toBe("Islamic Resistance in Iraq (IRI)");
    expect(nameFromPassage("Viv Ansanm)")).toBe("Viv Ansanm");
  });

  it("keeps 'the' inside a name and a name that only begins like it", () => {
    expect(nameFromPassage("Army of the Guardians")).toBe("Army of the Guardians");
    expect(nameFromPassage("Thethi Front")).toBe("Thethi Front");
  });

  it("refuses what cannot be a name: across lines, no letter, too long", () => {
    expect(nameFromPassage("Hamas\nand Israel")).toBeNull();
    expect(nameFromPassage("160 …")).toBeNull();
    expect(nameFromPassage("“ ”")).toBeNull();
    expect(nameFromPassage("A".repeat(MAX_NAME_CHARS + 1))).toBeNull();
    expect(nameFromPassage("A".repeat(MAX_NAME_CHARS))).toBe("A".repeat(MAX_NAME_CHARS));
  });
});
