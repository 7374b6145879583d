/**
 * The eightieth round: a counted group of states after a clause of its own sentence that lists as
 * many states ("Syria and Libya, together with Algeria, South Yemen and the PLO, formed a front …,
 * and Cairo broke off relations with the four states") stands for those states, not for states of
 * the sentences before; "Yugoslav" in a report of 1992–2006 is the rump federation, as "Yugoslavia"
 * is (not a new actor "Yugoslav"), unless it speaks of the former one; a camp named by its creed
 * ("the Constitutionalists") is a party of the text; and "Secretary-General U Thant", no owner named
before the office, speaks for the United Nations. Wording of its own, not the fixtures'.
 */
import { describe, expect, it } from "vitest";
import { suggest, type Candidate, type SuggestDataset } from "../../src/model/suggest/index.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const fresh: SuggestDataset = { actors: [], relationTypes: (DEFAULT_DATASET_JSON as Dataset).relationTypes };
const pairOf = (c: Candidate) => [c.source.id, c.target.id].sort().join("-");
const between = (cs: Candidate[], x: string, y: string) => cs.filter((c) => pairOf(c) === [x, y].sort().join("-"));

describe("a counted group of states after a clause that lists them", () => {
  const text =
    "Israel and Jordan held secret talks in London in the spring. " +
    "Iraq and Syria, together with Kuwait, Sudan and the Arab League, met in Baghdad in June to denounce the talks, and Amman recalled its ambassadors from the four states in response.";

  it("stands for the four states of its own sentence, not for those of the sentence before", () => {
    const cs = suggest(text, fresh, { sourceDate: "1987-07-01" });
    for (const state of ["IRQ", "SYR", "KWT", "SDN"]) {
      const read = between(cs, "JOR", state).filter((c) => c.sentence === 1 && c.cue?.text === "recalled its ambassadors");
      expect(read, `JOR-${state}`).toHaveLength(1);
      expect(read[0]!.sign).toBe(-1);
    }
    // Israel, named only in the sentence before, is none of the four.
    expect(between(cs, "JOR", "ISR").filter((c) => c.cue?.text === "recalled its ambassadors")).toEqual([]);
  });

  it("is left alone when the clause before does not name as many states", () => {
    const three = text.replace("Iraq and Syria, together with Kuwait, Sudan", "Iraq and Syria, together with Kuwait");
    const cs = suggest(three, fresh, { sourceDate: "1987-07-01" });
    expect(between(cs, "JOR", "KWT").filter((c) => c.cue?.text === "recalled its ambassadors" && c.sentence === 1 && c.target.referredAs !== undefined)).toEqual([]);
  });
});

describe("the rump federation's people-word", () => {
  it("is the federation in a report of 1999, as its name is: no new actor 'Yugoslav'", () => {
    const text = "Yugoslav forces began leaving Kosovo on Thursday, and NATO suspended its bombing of Yugoslavia. Yugoslav generals signed the withdrawal agreement with NATO commanders.";
    const cs = suggest(text, fresh, { sourceDate: "1999-06-10" });
    const ids = new Set(cs.flatMap((c) => [c.source.id, c.target.id]));
    expect([...ids].filter((id) => /YUGOSLAV/.test(id))).toEqual([]);
    const signed = between(cs, "SRB", "NATO").filter((c) => c.sentence === 1);
    expect(signed.length).toBeGreaterThan(0);
    expect(signed[0]!.source.label === "Serbia" || signed[0]!.target.label === "Serbia").toBe(true);
  });

  it("is no party where it speaks of the former federation ('the former Yugoslav republic')", () => {
    const cs = suggest("Fighting has brought the former Yugoslav republic of Macedonia close to civil war, and NATO sent envoys to Skopje.", fresh, { sourceDate: "2001-08-13" });
    expect(cs.filter((c) => c.source.id === "SRB" || c.target.id === "SRB")).toEqual([]);
  });
});

describe("a camp named by its creed", () => {
  const text =
    "The Constitutionalists who rose in April agreed on Tuesday to a provisional government brokered by the Organization of American States. " +
    "Cuba has backed the Constitutionalists since the rising, and the Constitutionalist camp holds the old city.";

  it("is a party of the text, its word before 'camp' another form of it", () => {
    const cs = suggest(text, fresh, { sourceDate: "1965-08-31" });
    const backed = between(cs, "CUB", "CONSTITUTIONALISTS").filter((c) => c.cue?.text === "backed");
    expect(backed).toHaveLength(1);
    expect(backed[0]!.sign).toBe(1);
    const camp = cs.find((c) => c.source.id === "CONSTITUTIONALISTS" || c.target.id === "CONSTITUTIONALISTS")!;
    const actor = camp.source.id === "CONSTITUTIONALISTS" ? camp.source : camp.target;
    expect(actor.label).toBe("Constitutionalists");
    expect(actor.inDataset).toBe(false);
  });

  it("is not learned from a word the text also writes in lower case, nor from a creed that governs", () => {
    const lower = text + " Many constitutionalists in the capital doubt the deal.";
    expect(suggest(lower, fresh, { sourceDate: "1965-08-31" }).some((c) => c.source.id === "CONSTITUTIONALISTS" || c.target.id === "CONSTITUTIONALISTS")).toBe(false);
    const ruling = "Honduras accused the Sandinistas of arming the guerrillas. The Sandinistas denied it, and the Sandinista government called for talks with Honduras.";
    const cs = suggest(ruling, fresh, { sourceDate: "1987-08-08" });
    expect(cs.some((c) => c.source.id === "SANDINISTAS" || c.target.id === "SANDINISTAS")).toBe(false);
  });
});

describe("a Secretary-General with no owner named", () => {
  it("speaks for the United Nations", () => {
    const text = "Ethiopia and Somalia fought along the border for a month. Secretary-General Kurt Waldheim flew to Mogadishu and Addis Ababa to press both governments for a ceasefire.";
    const cs = suggest(text, fresh, { sourceDate: "1977-09-01" });
    expect(between(cs, "UN", "SOM").some((c) => c.sentence === 1 && c.type === "mediation")).toBe(true);
    // … "The" opening the sentence before the office names no other owner.
    const opening = suggest(text.replace("Secretary-General", "The Secretary-General"), fresh, { sourceDate: "1977-09-01" });
    expect(between(opening, "UN", "SOM").some((c) => c.sentence === 1 && c.type === "mediation")).toBe(true);
  });

  it("speaks for the dataset's actor that answers to the United Nations, whatever its id", () => {
    const text = "Ethiopia and Somalia fought along the border for a month. Secretary-General Kurt Waldheim flew to Mogadishu and Addis Ababa to press both governments for a ceasefire.";
    const dataset: SuggestDataset = { actors: [{ id: "UNO", label: "UN", kind: "organization" }], relationTypes: fresh.relationTypes };
    const cs = suggest(text, dataset, { sourceDate: "1977-09-01" });
    expect(between(cs, "UNO", "SOM").some((c) => c.sentence === 1 && c.type === "mediation")).toBe(true);
  });

  it("is another's after a possessive or a body's name", () => {
    for (const text of [
      "Ethiopia and Somalia fought along the border for a month. The movement's Secretary-General Kurt Waldheim flew to Mogadishu and Addis Ababa to press both governments for a ceasefire.",
      "Ethiopia and Somalia fought along the border for a month. Its Secretary-General Kurt Waldheim flew to Mogadishu and Addis Ababa to press both governments for a ceasefire.",
      "Ethiopia and Somalia fought along the border for a month. NATO Secretary-General Kurt Waldheim flew to Mogadishu and Addis Ababa to press both governments for a ceasefire.",
    ]) {
      const cs = suggest(text, fresh, { sourceDate: "1977-09-01" });
      expect(cs.filter((c) => c.source.id === "UN" || c.target.id === "UN"), text).toEqual([]);
    }
  });
});

