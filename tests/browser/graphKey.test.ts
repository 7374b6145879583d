/**
 * The key over the graph with many blocs: the default dataset plus ten pairs of allies, each pair a
 * bloc of its own, has twelve-odd blocs on the story's date. The key lists the largest by ring and
 * sums up the rest in one line, so it stays in the graph's corner instead of covering the graph it
 * explains (69 blocs at 5,000 actors listed every one, over most of the graph area).
 */
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { keepImportIn, openApp } from "./chromium.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { useBrowser } from "./useBrowser.ts";

const base = inject("baseUrl");
const browser = useBrowser();

function withPairs(pairs: number): Dataset {
  const d = JSON.parse(readFileSync(new URL("../../graph-data/karabakh.json", import.meta.url), "utf8")) as Dataset;
  const evidence = d.relations.flatMap((r) => r.evidence).find((e) => "citation" in e)!;
  for (let i = 1; i <= 2 * pairs; i++) d.actors.push({ id: `P${i}`, label: `Pairland ${i}`, kind: "state" });
  for (let i = 1; i <= pairs; i++) d.relations.push({ id: `P${2 * i - 1}-P${2 * i}-alliance`, source: `P${2 * i - 1}`, target: `P${2 * i}`, type: "alliance", from: "2020-01-01", evidence: [evidence] });
  return d;
}

describe("the graph's key with many blocs", () => {
  it("lists the largest blocs and one line for the rest, and stays in the graph's corner", async () => {
    const context = await browser.newContext();
    await keepImportIn(context, base, "pairs.json", { text: JSON.stringify(withPairs(10)) });
    const { page, errors } = await openApp(context, base);
    expect(await page.evaluate(() => window.stancegraph!.model.dataset.actors.length)).toBeGreaterThan(20);
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setBlocs", show: true }));
    const key = page.getByRole("region", { name: "Analysis on the graph" });
    await expect.poll(() => key.isVisible()).toBe(true);
    const blocs = await page.evaluate(() => window.stancegraph!.view.get().rings!.partition.blocs.map((b) => b.members.length));
    expect(blocs.length).toBeGreaterThan(10);
    // Eight rings, then the rest in one line: how many, their actors, their sizes (pairs: 2 each).
    expect(await key.locator(".graph-key-blocs li").count()).toBe(8);
    const rest = blocs.slice(8);
    expect(await key.locator(".graph-key-more").textContent()).toBe(`and ${rest.length} smaller blocs (${rest.reduce((a, b) => a + b, 0)} actors, 2 actors each)`);
    const [box, graph] = await Promise.all([key.boundingBox(), page.locator("#graph").boundingBox()]);
    expect(box!.height).toBeLessThan(graph!.height / 2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
