import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDataset } from "../../src/model/load.ts";
import { createModel, type StanceModel } from "../../src/model/stanceModel.ts";
/** A small valid dataset to mutate in tests. A fresh deep copy on every call. */
import type { Dataset } from "../../src/model/schema.ts";

export const MINI_SOURCE_TEXT = "Alpha and Beta signed a pact. Later Alpha turned on Beta. Gamma mediated.";

export function miniDataset(): Dataset {
  return structuredClone<Dataset>({
    format: "stancegraph/1",
    id: "mini",
    title: "Mini",
    actors: [
      { id: "AAA", label: "Alpha", kind: "state", iso3: "AAA", aliases: ["Alphaland"] },
      { id: "BBB", label: "Beta", kind: "state" },
      { id: "GAM", label: "Gamma", kind: "bloc" },
    ],
    relationTypes: [
      { id: "alliance", label: "Alliance", sign: 1, directed: false, color: "#0072B2" },
      { id: "estrangement", label: "Estrangement", sign: -1, directed: false, color: "#D55E00" },
      { id: "mediation", label: "Mediation", sign: 0, directed: true, color: "#009E73" },
    ],
    relations: [
      { id: "r1", source: "AAA", target: "BBB", type: "alliance", from: "2020-01-01", to: "2023-09-20", evidence: [{ source: "s1", quote: "Alpha and Beta signed a pact." }] },
      { id: "r2", source: "AAA", target: "BBB", type: "estrangement", from: "2023-09-20", evidence: [{ source: "s1", quote: "Later Alpha turned on Beta." }] },
      { id: "r3", source: "GAM", target: "AAA", type: "mediation", from: "2021-06-01", to: "2024-01-01", evidence: [{ source: "ref", citation: "Gamma mediated from June 2021." }] },
    ],
    events: [{ id: "e1", date: "2023-09-19", end: "2023-09-20", label: "Offensive", actors: ["AAA", "BBB"], evidence: [{ source: "s1", quote: "Alpha turned on Beta" }] }],
    sources: [
      { id: "s1", title: "Story", publisher: "Wire", date: "2024-04-18", file: "sources/s1.txt" },
      { id: "ref", title: "Reference", publisher: "Encyclopedia", url: "https://example.org/ref" },
    ],
    periods: [
      { id: "before", label: "Before", date: "2023-09-18" },
      { id: "after", label: "After", date: "2024-04-18" },
    ],
  });
}

export const miniTexts = (file: string) => (file === "sources/s1.txt" ? MINI_SOURCE_TEXT : undefined);

/** The default dataset, validated, as a model without a layout (positions at 0). */
export function karabakhModel(): StanceModel {
  const result = parseDataset(readFileSync(fileURLToPath(new URL("../../graph-data/karabakh.json", import.meta.url)), "utf8"));
  if (!result.ok) throw new Error("the default dataset should be valid");
  return createModel(result.dataset, { layout: false });
}
