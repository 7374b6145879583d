/**
 * A suggestion accepted in the app (src/app/curation.ts, prefillFromCandidate): a party the text
 * introduces becomes a new actor with every name the engine has for it as aliases — the name the
 * sentence used and the acronym the text gave — each once, never its label again.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { prefillFromCandidate } from "../../src/app/curation.ts";
import { suggest } from "../../src/model/suggest/index.ts";
import type { Dataset } from "../../src/model/schema.ts";

const dataset = JSON.parse(readFileSync(new URL("../../graph-data/karabakh.json", import.meta.url), "utf8")) as Dataset;
const TEXT = "The rebel Donbas Liberation Front (DLF) attacked Ukraine on Monday. Kyiv accused the DLF of shelling, and Moscow backed the Donbas Liberation Front.";

describe("a suggestion's new actor in the relation form", () => {
  const candidates = suggest(TEXT, dataset, { sourceDate: "2024-01-01" });
  const front = (c: (typeof candidates)[number]) => [c.source, c.target].find((a) => a.id === "DLF");

  it("carries the acronym the text gave even where the sentence names it in full", () => {
    const backed = candidates.find((c) => front(c) !== undefined && [c.source.id, c.target.id].includes("RUS"));
    expect(backed).toBeDefined();
    expect(front(backed!)!.mention).toBe("Donbas Liberation Front");
    const prefill = prefillFromCandidate(backed!, "src");
    expect(prefill.newActors).toEqual([{ id: "DLF", label: "Donbas Liberation Front", kind: expect.any(String), aliases: ["DLF"] }]);
  });

  it("lists the sentence's name and the learned ones once each, never the label", () => {
    const attacked = candidates.find((c) => c.quote.startsWith("The rebel") && front(c) !== undefined);
    expect(attacked).toBeDefined();
    expect(front(attacked!)!.mention).toBe("DLF");
    const actor = prefillFromCandidate(attacked!, "src").newActors!.find((a) => a.id === "DLF")!;
    expect(actor.aliases).toEqual(["DLF"]);
    expect(actor.label).toBe("Donbas Liberation Front");
  });
});
