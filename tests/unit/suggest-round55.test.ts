/**
 * The fifty-fifth round's mechanisms, on wording of their own (not the fixtures'): troops of a list
 * of states fighting a named enemy; members named in apposition after "member states"; negotiating for the release of hostages;
 * belonging to a body together with others.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => (c.source.id === x && c.target.id === y) || (c.source.id === y && c.target.id === x));
// (Room for every pair of a long list: the default keeps 2.5 candidates per sentence with a pair.)
const read = (text: string, sourceDate = "2011-03-01") => suggest(text, fresh, { sourceDate, maxCandidates: 60 });
const first = (cs: Candidate[], x: string, y: string) => between(cs, x, y).sort((p, q) => q.score - p.score)[0];

describe("troops of a list of states fighting a named enemy", () => {
  const text =
    "Chad and Niger held talks in Bamako on Monday. Troops from Ghana, Benin and the other coastal states, from Senegal and Gambia, and from Morocco, Tunisia and Egypt fought in the spring campaign, under a mandate the United Nations gave in May to use force to drive Togo out of Mali.";
  it("reads each of the listed as the enemy of the one driven out", () => {
    const cs = read(text);
    for (const state of ["GHA", "BEN", "SEN", "GMB", "MAR", "TUN", "EGY"]) expect(first(cs, state, "TGO")?.type, state).toBe("hostility");
  });
  it("reads no two of the list as each other's enemies", () => {
    const cs = read(text);
    for (const [x, y] of [["SEN", "TUN"], ["GMB", "MAR"], ["GHA", "EGY"]]) expect(between(cs, x!, y!).some((c) => c.type === "hostility"), `${x}–${y}`).toBe(false);
  });
  it("reads no one named before a verb of its own as fought", () => {
    const cs = read(text);
    for (const state of ["MAR", "TUN", "EGY"]) expect(between(cs, state, "UN").some((c) => c.type === "hostility"), state).toBe(false);
  });
  it("reads two who fought each other, no third named, as enemies still", () => {
    const cs = read("Chad and Niger held talks in Bamako on Monday. Ghana and Togo have fought three wars since 1960.");
    expect(first(cs, "GHA", "TGO")?.type).toBe("hostility");
  });
});

describe("members named in apposition after 'member states'", () => {
  const text =
    "Chad and Niger held talks in Bamako on Monday. The African Union imposed sanctions on Togo in March at the request of Ghana, but when they were renewed, three of the member states, Mali, Benin and Senegal, refused to apply them.";
  it("reads each of the listed as a member of the body named before", () => {
    const cs = read(text);
    for (const state of ["MLI", "BEN", "SEN"]) {
      const c = first(cs, state, "AU");
      expect(c?.type, state).toBe("membership");
      expect(c?.source.id, state).toBe(state);
    }
  });
  it("reads the phrase as no one else's membership", () => {
    const cs = read(text);
    for (const state of ["MLI", "BEN"]) expect(between(cs, state, "GHA").some((c) => c.type === "membership"), state).toBe(false);
  });
});

describe("negotiating for the release of hostages", () => {
  const text =
    "Chad and Niger held talks in Bamako on Monday. The United Nations has been negotiating for the release of the hostages the Kestan Front still holds, and Ghana and Benin have said they will free five prisoners once all the hostages are safe.";
  it("reads the negotiator as the go-between of the holder and of those named after", () => {
    const cs = read(text);
    for (const party of ["KESTANFRONT", "GHA", "BEN"]) {
      const c = first(cs, "UN", party);
      expect(c?.type, party).toBe("mediation");
      expect(c?.source.id, party).toBe("UN");
    }
  });
  it("reads no two named after the verb as each other's go-between", () => {
    const cs = read(text);
    for (const party of ["GHA", "BEN"]) expect(between(cs, "KESTANFRONT", party).some((c) => c.type === "mediation"), party).toBe(false);
  });
});

describe("belonging to a body together with others", () => {
  it("reads those listed after 'together with' as the body's members", () => {
    // (The default number of candidates: the members' readings must stand among the text's best.)
    const cs = suggest(
      "Chad and Niger held talks in Bamako on Monday. Both armies also belong to the Gulf Defence Council (GDC), set up in 1965 with French help, together with the armies of Ghana and Benin, to guard the coast.",
      fresh,
      { sourceDate: "2011-03-01" },
    );
    for (const state of ["GHA", "BEN"]) {
      const c = first(cs, state, "GDC");
      expect(c?.type, state).toBe("membership");
      expect(c?.source.id, state).toBe(state);
    }
  });
});
