import { describe, expect, it } from "vitest";
import { withAlias } from "../../src/ui/curate/aliasForm.ts";

describe("withAlias: a name a source uses added to an actor's other names", () => {
  it("appends the name, trimmed, after the names the actor has", () => {
    expect(withAlias({ label: "South Sudan", aliases: ["Juba"] }, " Salva Kiir ")).toEqual({ aliases: ["Juba", "Salva Kiir"] });
    expect(withAlias({ label: "South Sudan" }, "Salva Kiir")).toEqual({ aliases: ["Salva Kiir"] });
  });

  it("refuses, saying why, a name the actor already has as its label or another name, whatever its case", () => {
    expect(withAlias({ label: "South Sudan", aliases: ["Juba"] }, "juba")).toEqual({ refused: "“juba” is already one of South Sudan's other names." });
    expect(withAlias({ label: "South Sudan" }, "SOUTH SUDAN")).toEqual({ refused: "“SOUTH SUDAN” is already South Sudan's name." });
  });
});
