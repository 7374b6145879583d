import { describe, expect, it } from "vitest";
import { CAMEO_ROOT_QUAD, PLOVER_TYPE_QUAD, codeKey, signTable } from "../../src/io/ingest/tables/eventCodes.ts";
import { countryTable, stateActor } from "../../src/io/ingest/countries.ts";

describe("event codes → quad class → sign", () => {
  it("covers every CAMEO root code 01–20 with the quad classes of the codebook", () => {
    expect([...CAMEO_ROOT_QUAD.keys()]).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0")));
    const signs = signTable("cameo");
    expect(["01", "02"].map((c) => signs.get(c))).toEqual([0, 0]);
    expect(["03", "04", "05", "06", "07", "08"].every((c) => signs.get(c) === 1)).toBe(true);
    expect(["09", "10", "13", "14", "18", "19", "20"].every((c) => signs.get(c) === -1)).toBe(true);
    expect(CAMEO_ROOT_QUAD.get("06")).toBe(2);
    expect(CAMEO_ROOT_QUAD.get("12")).toBe(3);
    expect(CAMEO_ROOT_QUAD.get("19")).toBe(4);
  });

  it("maps the PLOVER manual's sixteen event types, and older names found in data", () => {
    const manual = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT"];
    for (const t of manual) expect(PLOVER_TYPE_QUAD.has(t), t).toBe(true);
    const signs = signTable("plover");
    expect(signs.get("AID")).toBe(1);
    expect(signs.get("SANCTION")).toBe(-1);
    expect(signs.get("FIGHT")).toBe(-1);
    expect(signs.get("DOCUMENT")).toBeUndefined();
  });

  it("keys CAMEO codes by their root and PLOVER types as written", () => {
    expect(codeKey("cameo", "0231")).toBe("02");
    expect(codeKey("cameo", "190")).toBe("19");
    expect(codeKey("plover", "AGREE")).toBe("AGREE");
  });
});

describe("countries", () => {
  it("reads ISO alpha-3 codes and the CAMEO codes ISO has replaced", () => {
    const codes = countryTable("code");
    expect(codes.get("RUS")).toBe("RUS");
    expect(codes.get("ROM")).toBe("ROU");
    expect(codes.get("IGO")).toBeUndefined();
  });

  it("reads English country names, the event files' spellings included, and drops ambiguous ones", () => {
    const names = countryTable("name");
    expect(names.get("Russian Federation")).toBe("RUS");
    expect(names.get("Türkiye")).toBe("TUR");
    expect(names.get("Occupied Palestinian Territory")).toBe("PSE");
    expect(names.get("Congo")).toBeUndefined();
  });

  it("makes state actors with the short name as label and the others as aliases", () => {
    expect(stateActor("RUS")).toEqual({ id: "RUS", label: "Russia", kind: "state", iso3: "RUS", aliases: ["Russian Federation"] });
    expect(stateActor("ARM").label).toBe("Armenia");
  });
});
