import { describe, expect, it } from "vitest";
import { nameNotes, proposedActor } from "../../src/ui/suggest/namesList.ts";
import type { UnrecognisedName } from "../../src/model/suggest/index.ts";

const name = (over: Partial<UnrecognisedName>): UnrecognisedName => ({ name: "Kataib Hezbollah", id: "KATAIBHEZBOLLAH", kind: "non-state", count: 1, start: 0, end: 16, score: 1, ...over });

describe("the names list's words and the new actor it proposes", () => {
  it("says how often the text writes a name, the guessed kind as a guess, and what the engine read there", () => {
    expect(nameNotes(name({ count: 4, contains: "HEZBOLLAH", containsLabel: "Hezbollah" }))).toBe("4 uses · non-state actor? · read as Hezbollah here");
    expect(nameNotes(name({ count: 1, kind: "person" }))).toBe("1 use · person?");
  });

  it("proposes the name's id and kind, and the acronym the text uses as another name", () => {
    expect(proposedActor(name({}), { actors: [] })).toEqual({ id: "KATAIBHEZBOLLAH", kind: "non-state" });
    expect(proposedActor(name({ name: "Islamic Resistance in Iraq", id: "IRI" }), { actors: [] })).toEqual({ id: "IRI", kind: "non-state", aliases: ["IRI"] });
  });

  it("makes the id unique when an actor of the dataset holds it already", () => {
    const actors = [
      { id: "IRI", label: "Iran, Islamic Republic", kind: "state" as const },
      { id: "IRI-2", label: "Another", kind: "organization" as const },
    ];
    expect(proposedActor(name({ name: "Islamic Resistance in Iraq", id: "IRI" }), { actors })).toEqual({ id: "IRI-3", kind: "non-state", aliases: ["IRI"] });
  });
});
