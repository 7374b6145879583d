/**
 * The sixtieth round's mechanisms, on wording of their own (not the fixtures'): mentions of
 * parties the engine did not recognise, and what leaves the names list.
 */
import { describe, expect, it } from "vitest";
import { suggest, unrecognisedNames, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const names = (text: string, sourceDate = "2000-01-01") => unrecognisedNames(text, fresh, { sourceDate });
const listed = (text: string) => names(text).map((u) => u.name);
const ids = (text: string) => new Set(suggest(text, fresh, { sourceDate: "2011-01-01" }).flatMap((c) => [c.source.id, c.target.id]));

describe("land named by a word before it", () => {
  it("leaves out a land's share or kind ('the whole of Tarvo', 'its exclave of Melvash')", () => {
    const text =
      "Envoys of Dorvash demanded the whole of Tarvo and talks with Armenia. Azerbaijan said its exclave of Melvash was shelled by Dorvash, which denied it; Tarvo, they said, was theirs.";
    expect(listed(text)).not.toContain("Tarvo");
    expect(listed(text)).not.toContain("Melvash");
    expect(listed(text)).toContain("Dorvash");
  });

  it("leaves out a river written 'along the X' or before 'delta'", () => {
    expect(listed("Grain moved by rail and along the Varnel, and Dorvash boats were seized by Ukraine.")).not.toContain("Varnel");
    expect(listed("Romania takes the lands south of the Ostra delta, and Dorvash protested to Russia.")).not.toContain("Ostra");
  });

  it("leaves out land a verb occupies or moves an army out of, but not a body a state withdraws from", () => {
    const text =
      "Russian troops have occupied Varnavia since 1900, and Japan demanded that Russia withdraw its troops from Varnavia. Japanese armies drove the Russians from Telmuk in March. Russia said it would withdraw from the Kelmar Compact.";
    expect(listed(text)).not.toContain("Varnavia");
    expect(listed(text)).not.toContain("Telmuk");
    expect(listed(text)).toContain("Kelmar Compact");
  });
});

describe("a leader's possessive before his party's name", () => {
  it("offers 'Dorvan Kelsik's Hezb-e Tarvan' as 'Hezb-e Tarvan'", () => {
    const list = listed(
      "The alliance, which includes Dorvan Kelsik's Hezb-e Tarvan and other parties, refused the accord. Officials of the Varo People's Assembly said the people would vote.",
    );
    expect(list).toContain("Hezb-e Tarvan");
    expect(list.some((n) => n.includes("Kelsik's"))).toBe(false);
  });
});

describe("a breakaway region named at a sentence's start", () => {
  it("leaves the sentence's first word out of the region's name ('Meanwhile Velmora, a breakaway region')", () => {
    const found = ids("Georgia's army shelled the capital. Meanwhile Velmora, a breakaway region in the north, asked Russia for protection and fought Georgia.");
    expect(found.has("VELMORA")).toBe(true);
    expect(found.has("MEANWHILEVELMORA")).toBe(false);
  });

  it("keeps a first word the text writes inside a sentence too ('South Velmora' … 'in South Velmora')", () => {
    const found = ids("Georgia's army shelled the capital. South Velmora, a breakaway region in the north, asked Russia for protection. Georgia fought in South Velmora.");
    expect(found.has("SOUTHVELMORA")).toBe(true);
  });
});

describe("two places joined by a hyphen before a name's last word", () => {
  it("offers 'the Hamburg-Varo Line' whole, and 'a partner in the Rome-Varo Axis' though 'in the' stands before it", () => {
    expect(listed("Colliers of the Hamburg-Varo Line fuelled the fleet, and Russia thanked Germany.")).toContain("Hamburg-Varo Line");
    expect(listed("The dictator, a partner in the Rome-Varo Axis, laid before the four a plan.")).toContain("Rome-Varo Axis");
  });
});
