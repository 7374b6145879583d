/**
 * The fifty-first round's mechanisms, on wording of their own (not the fixtures'): a body made up of
 * states with its acronym in brackets and no comma before "made up of".
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
const read = (text: string, sourceDate = "2011-03-01") => suggest(text, fresh, { sourceDate });

describe("a body made up of states, its acronym in brackets and no comma before the cue", () => {
  const text = "Chad and the Popular Front signed a truce in Abuja. A Joint Commission of Verification (JCV) made up of Ghana, Benin, Togo and Niger will watch the ceasefire.";
  it("reads each state listed as the body's member", () => {
    const cs = read(text);
    for (const state of ["GHA", "BEN", "TGO", "NER"]) {
      const pair = between(cs, state, "JCV");
      expect(pair.some((c) => c.type === "membership" && c.source.id === state), state).toBe(true);
    }
  });
});

describe("a front that brings groups together, a relative clause between its name and the verb", () => {
  it("reads the groups after the verb as the front's members, not the front as theirs", () => {
    const cs = read("The Varka rebel alliance took the town of Bria on Monday. Varka, whose name means union in the Toma language, brings together the Kestan Liberation Front (KLF) and the Zarkan People's Movement (ZPM).");
    const pair = between(cs, "KLF", "VARKA").filter((c) => c.type === "membership");
    expect(pair.length).toBeGreaterThan(0);
    expect(pair.every((c) => c.source.id === "KLF")).toBe(true);
  });
});

describe("states listed before 'and the other' and a body's name with a word for its members", () => {
  it("reads each listed state as the body's member", () => {
    const cs = read("Troops from Ghana, Benin and the other Lakeside Cooperation Council (LCC) states drove the rebels out of Lome on Friday.");
    for (const state of ["GHA", "BEN"]) {
      const pair = between(cs, state, "LCC").filter((c) => c.type === "membership");
      expect(pair.some((c) => c.source.id === state), state).toBe(true);
    }
  });
});

describe("founders listed before the founding verb, 'together with' others between", () => {
  it("reads the first founders as members as strongly as those listed next to the verb", () => {
    const cs = read("Norway and Chile, together with Ghana, Benin and Togo, formed the Lakeside Cooperation Council in Oslo in May to oppose the blockade.");
    const first = between(cs, "NOR", "LAKESIDECOOPERATIONCOUNCIL").filter((c) => c.type === "membership" && c.source.id === "NOR");
    const last = between(cs, "TGO", "LAKESIDECOOPERATIONCOUNCIL").filter((c) => c.type === "membership" && c.source.id === "TGO");
    expect(first.length).toBeGreaterThan(0);
    expect(last.length).toBeGreaterThan(0);
    expect(first[0]!.score).toBeGreaterThan(0.6);
  });
});

describe("a front that brings groups together speaks of the front and each group, a faction's words between", () => {
  const text = "Mali's government met envoys in Algiers on Monday. The Kestan Front (KF), which brings together the Zarkan People's Movement (ZPM), the Toma Democratic Party (TDP) and a faction of the Varka Liberation Army (VLA), did not send a delegation.";
  it("reads the group after 'a faction of' as the front's member", () => {
    const cs = read(text);
    expect(between(cs, "VLA", "KF").some((c) => c.type === "membership" && c.source.id === "VLA")).toBe(true);
  });
  it("and not as a member of the groups listed before it", () => {
    const cs = read(text);
    expect([...between(cs, "VLA", "ZPM"), ...between(cs, "VLA", "TDP")].filter((c) => c.type === "membership")).toHaveLength(0);
  });
});

describe("a gathering noun with a word for member bodies before a colon, and the list after it", () => {
  it("reads every group listed as a member of the body the sentence opens with, the last as the first", () => {
    const cs = read("Talks with the government resumed in Oslo. The Kestan National Front (KNF) was formed in 1980 as an umbrella for four guerrilla groups: the Zarkan People's Army (ZPA), the Toma Liberation Forces (TLF), the Varka Democratic Movement (VDM) and the Kestan Party of Labour (KPL).");
    for (const group of ["ZPA", "TLF", "VDM", "KPL"]) {
      expect(between(cs, group, "KNF").some((c) => c.type === "membership" && c.source.id === group), group).toBe(true);
    }
  });
});
