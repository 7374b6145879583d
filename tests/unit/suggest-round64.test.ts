/**
 * The sixty-fourth round's mechanisms, on wording of their own (not the fixtures'): a state of the
 * text's date under a code still in use (Austria-Hungary), and its label.
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { unrecognisedNames } from "../../src/model/suggest/unrecognised.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const read = (text: string, sourceDate: string) => suggest(text, fresh, { sourceDate });
const ids = (text: string, sourceDate: string) => new Set(read(text, sourceDate).flatMap((c) => [c.source.id, c.target.id]));
const labelOf = (text: string, sourceDate: string, id: string) => read(text, sourceDate).flatMap((c) => [c.source, c.target]).find((a) => a.id === id)?.label;

describe("a state of the text's date under a code still in use", () => {
  const text = "Austria-Hungary declared war on Serbia after weeks of threats, and Russia backed Serbia.";
  it("reads Austria-Hungary in 1910 as one state, Austria's code, not Austria and Hungary", () => {
    const found = ids(text, "1910-06-01");
    expect(found).toContain("AUT");
    expect(found).not.toContain("HUN");
  });
  it("offers it under the name of its time, and under today's name later", () => {
    expect(labelOf(text, "1910-06-01", "AUT")).toBe("Austria-Hungary");
    expect(labelOf("Austria recalled its ambassador from Serbia after weeks of threats.", "2010-06-01", "AUT")).toBe("Austria");
  });
  it("labels Turkey by the empire's name before 1922", () => {
    expect(labelOf("Turkey declared war on Greece after weeks of threats.", "1897-04-17", "TUR")).toBe("Ottoman Empire");
  });
});

describe("a known body's name inside a longer body's name", () => {
  it("reads 'the European Commission of the Velra' as a body of its own, not the EU", () => {
    const found = ids("Moldova will take a seat on the European Commission of the Velra, which keeps the river open to shipping, under the treaty.", "2010-06-01");
    expect(found).toContain("EUROPEANCOMMISSIONOFTHEVELRA");
    expect(found).not.toContain("EU");
  });
});

const offered = (text: string) => unrecognisedNames(text, fresh, { sourceDate: "2000-01-01" }).map((n) => n.name);

describe("a town an army takes", () => {
  it("offers no town that troops storm, besiege or take", () => {
    const text =
      "Chadian troops stormed Varobe on Monday and laid siege to Kelmet, and the rebels retook Talmira a week later. Niger said the siege of Dorvak had cost hundreds of lives.";
    const names = offered(text);
    for (const town of ["Varobe", "Kelmet", "Talmira", "Dorvak"]) expect(names).not.toContain(town);
  });
});

describe("a person's hometown", () => {
  it("offers no town named as a leader's hometown or birthplace", () => {
    const names = offered("Rebels advanced to within 100 km of the president's hometown of Varobe, and Chad flew troops to his birthplace of Kelmet on Sunday.");
    expect(names).not.toContain("Varobe");
    expect(names).not.toContain("Kelmet");
  });
});

describe("a former office-holder", () => {
  const text = "Chad and Niger agreed on Monday to resume border talks. Ghana's former president Kemo Dalu will run them. Dalu urged Chad and Niger to end the border war.";
  it("is not read as his state's voice", () => {
    const quotes = read(text, "2010-06-01").filter((c) => c.source.id === "GHA" || c.target.id === "GHA").map((c) => c.quote);
    expect(quotes.some((q) => q.startsWith("Dalu urged"))).toBe(false);
  });
  it("is still read as a body whose head he was", () => {
    const body = "Chad and Niger agreed on Monday to resume border talks. The talks will be run by former UN Secretary-General Kemo Dalu. Dalu urged Chad and Niger to end the border war.";
    const quotes = read(body, "2010-06-01").filter((c) => c.source.id === "UN" || c.target.id === "UN").map((c) => c.quote);
    expect(quotes.some((q) => q.startsWith("Dalu urged"))).toBe(true);
  });
  it("is, while he holds the office", () => {
    const quotes = read(text.replace("former president", "president"), "2010-06-01").filter((c) => c.source.id === "GHA" || c.target.id === "GHA").map((c) => c.quote);
    expect(quotes.some((q) => q.startsWith("Dalu urged"))).toBe(true);
  });
});
