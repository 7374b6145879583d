/** Integrity of the embedded Karabakh dataset and of the published JSON Schema. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateDataset, formatIssue } from "../../src/model/validate.ts";
import { createModel, activeRelationsAt } from "../../src/model/stanceModel.ts";
import { diffDates } from "../../src/model/diff.ts";
import { schemaJson } from "../../src/model/schemaJson.ts";
import type { Dataset } from "../../src/model/schema.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const raw = JSON.parse(readFileSync(here("../../graph-data/karabakh.json"), "utf8")) as Dataset;
const readSourceText = (file: string) => readFileSync(here(`../../graph-data/${file}`), "utf8");
const story = readSourceText("sources/000_085c92a93bf60dbf.txt");

describe("graph-data/karabakh.json", () => {
  const result = validateDataset(raw, { readSourceText });

  it("validates with every quote checked against its source text, without warnings", () => {
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
    expect(result.warnings.map(formatIssue)).toEqual([]);
  });

  it("points editors at the published schema", () => {
    expect(raw.$schema).toBe("./schema.json");
  });

  it("quotes the story verbatim, and every relation and event has evidence", () => {
    const quotes = [...raw.relations, ...raw.events].flatMap((x) => x.evidence.filter((e) => e.quote !== undefined));
    expect(quotes.length).toBeGreaterThan(20);
    for (const e of quotes) expect(story.includes(e.quote!), e.quote).toBe(true);
    for (const x of [...raw.relations, ...raw.events]) expect(x.evidence.length).toBeGreaterThan(0);
  });

  it("has the card's actors with stable ids, Wikidata ids and ISO codes", () => {
    const byId = new Map(raw.actors.map((a) => [a.id, a]));
    for (const [id, q] of [["RUS", "Q159"], ["ARM", "Q399"], ["AZE", "Q227"], ["TUR", "Q43"], ["FRA", "Q142"], ["ICC", "Q47488"]] as const) {
      expect(byId.get(id)?.wikidata).toContain(q);
    }
    expect(byId.get("EUUS")?.wikidata).toEqual(["Q458", "Q30"]);
    expect(byId.has("CSTO")).toBe(true);
    for (const a of raw.actors) if (a.kind === "state") expect(a.iso3).toBe(a.id);
  });

  it("resolves the names the story uses through aliases", () => {
    const names = (id: string) => raw.actors.find((a) => a.id === id)!.aliases ?? [];
    expect(names("RUS")).toEqual(expect.arrayContaining(["Moscow", "the Kremlin"]));
    expect(names("ARM")).toContain("Yerevan");
    expect(names("CSTO").join("|")).toContain("Aggregate Security Settlement Association");
    expect(names("ICC").join("|")).toContain("Global Lawbreaker Court");
    expect(names("EUUS")).toContain("European Association");
    for (const a of raw.actors) for (const alias of a.aliases ?? []) expect(alias.trim()).toBe(alias);
  });

  it("defines the before/after-2023 periods as data", () => {
    expect(raw.periods.map((p) => [p.id, p.label, p.date])).toEqual([
      ["before-2023", "Before 2023", "2023-09-18"],
      ["after-2023", "After 2023", "2024-04-18"],
    ]);
  });

  it("shows Russia–Armenia turning from alliance to estrangement, as two relations meeting on the turn date", () => {
    const model = createModel(raw, { layout: false });
    const rusArm = raw.relations.filter((r) => [r.source, r.target].sort().join() === "ARM,RUS" && r.type !== "mediation");
    const alliance = rusArm.find((r) => r.type === "alliance")!;
    const estrangement = rusArm.find((r) => r.type === "estrangement")!;
    expect(alliance.to).toBe(estrangement.from);
    const diff = diffDates(model, "2023-09-18", "2024-04-18");
    const pair = diff.pairs.find((p) => p.key === "ARM|RUS")!;
    expect(pair.kind).toBe("changed");
    expect(pair.typesBefore).toContain("alliance");
    expect(pair.typesAfter).toContain("estrangement");
    expect(pair.typesAfter).not.toContain("alliance");
  });

  it("has relations active on both sides of the offensive", () => {
    const model = createModel(raw, { layout: false });
    expect(activeRelationsAt(model, "2023-09-18").length).toBeGreaterThan(10);
    expect(activeRelationsAt(model, "2024-04-18").length).toBeGreaterThan(10);
  });

  it("gives every relation type a sign and a distinct colour, with the three required types", () => {
    const types = new Map(raw.relationTypes.map((t) => [t.id, t]));
    expect(types.get("alliance")).toMatchObject({ sign: 1, directed: false });
    expect(types.get("estrangement")).toMatchObject({ sign: -1, directed: false });
    expect(types.get("mediation")).toMatchObject({ sign: 0, directed: true });
    expect(new Set(raw.relationTypes.map((t) => t.color.toLowerCase())).size).toBe(raw.relationTypes.length);
  });
});

describe("graph-data/schema.json", () => {
  it("is the schema derived from src/model/schema.ts (run `npm run schema` after changing it)", () => {
    expect(readFileSync(here("../../graph-data/schema.json"), "utf8")).toBe(schemaJson());
  });
});
