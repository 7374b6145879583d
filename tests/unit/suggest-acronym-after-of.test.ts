/**
 * A body introduced after "of the" behind a place ("the mission in Varnia of the Andean Council for
 * Trade and Security (ACTS)"): the acronym is the initials of the words after "of the", so the name
 * is theirs; the place before is not part of it. Seen in the app on a held-out text whose OSCE was
 * offered as "Chechnya of the Organization for Security and Cooperation in Europe".
 */
import { describe, expect, it } from "vitest";
import { suggest, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const labels = (text: string) => new Set(suggest(text, fresh, { sourceDate: "2005-03-01" }).flatMap((c) => [c.source, c.target]).filter((a) => a.id === "ACTS").map((a) => a.label));

describe("a body named after 'of the' behind a place", () => {
  it("learns the body's own name, without the place before 'of the'", () => {
    const text =
      "Peru and Bolivia signed the accord in the presence of Ana Ruiz, who heads the mission in Varnia of the Andean Council for Trade and Security (ACTS). The ACTS has mediated between Peru and Bolivia since May.";
    expect(labels(text)).toEqual(new Set(["Andean Council for Trade and Security"]));
  });

  it("keeps a name whose acronym takes in the words before 'of the'", () => {
    const text = "Peru and the Movement for the Liberation of the Andes (MLA) signed a truce. Bolivia said the MLA had attacked its border posts.";
    const cs = suggest(text, fresh, { sourceDate: "2005-03-01" });
    expect(cs.flatMap((c) => [c.source, c.target]).find((a) => a.id === "MLA")?.label).toBe("Movement for the Liberation of the Andes");
  });

  it("keeps a person named before 'of the' speaking for the body", () => {
    const text = "The accord was signed by Ana Ruiz of the Andean Council for Trade and Security (ACTS) and by Peru's foreign minister. Later Ruiz accused Bolivia of breaking the truce.";
    const cs = suggest(text, fresh, { sourceDate: "2005-03-01" });
    expect(labels(text)).toEqual(new Set(["Andean Council for Trade and Security"]));
    // Ruiz's accusation is the body's, read from the sentence that names only Ruiz.
    expect(cs.some((c) => [c.source.id, c.target.id].sort().join() === "ACTS,BOL" && c.type === "estrangement" && c.quote.startsWith("Later Ruiz"))).toBe(true);
  });

  it("learns no name from a sentence's opening words before 'of the'", () => {
    const text =
      "LIMA, Peru, March 3, 2005 — Leaders of the Andean Liberation Front (ALF) marked ten years since their peace agreement with the Peruvian government on Thursday, but warned that the accord's last steps were falling behind schedule. Bolivia condemned the ALF.";
    const actors = suggest(text, fresh, { sourceDate: "2005-03-01" }).flatMap((c) => [c.source.label, c.target.label]);
    expect(actors.filter((l) => /^Leaders/.test(l))).toEqual([]);
    expect(actors).toContain("Andean Liberation Front");
  });
});
