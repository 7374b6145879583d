/**
 * The list's order (src/model/suggest/suggest.ts `pairsFirst`): each pair's best reading first, best
 * first, then the pairs' second readings — so a pair read in many sentences does not fill the top.
 */
import { describe, expect, it } from "vitest";
import { pairsFirst, suggest } from "../../src/model/suggest/suggest.ts";

const reading = (a: string, b: string, score: number, first: number) => ({ reading: { a: { actor: a }, b: { actor: b }, score }, first });

describe("pairsFirst", () => {
  it("puts every pair's best reading before any pair's second, each tier by score then place", () => {
    const readings = [
      reading("M", "A", 0.9, 0), // 0
      reading("A", "M", 0.85, 3), // 1: the same pair, the other way round
      reading("M", "B", 0.8, 1), // 2
      reading("M", "A", 0.8, 5), // 3
      reading("A", "B", 0.5, 2), // 4
      reading("C", "D", 0.5, 1), // 5: as good as A–B, earlier in the text
    ];
    expect(pairsFirst(readings)).toEqual([0, 2, 5, 4, 1, 3]);
    expect(pairsFirst([])).toEqual([]);
  });

  it("orders a text's suggestions so: a go-between read in three sentences comes once before the parties' own pair", () => {
    const text = [
      "Norway mediated between Armenia and Azerbaijan in May 2021.",
      "Norway hosted Armenia's delegation in June 2021.",
      "Norway hosted talks with Armenia again in July 2021.",
      "Armenia and Azerbaijan signed a truce in August 2021.",
    ].join(" ");
    const list = suggest(text, null);
    const pair = (c: (typeof list)[number]) => [c.source.id, c.target.id].sort().join("–");
    const firsts = new Set<string>();
    let tierEnded = false;
    for (const c of list) {
      const p = pair(c);
      if (firsts.has(p)) tierEnded = true;
      else {
        // No pair's first reading after another pair's second one.
        expect(tierEnded, `${p} after a repeated pair`).toBe(false);
        firsts.add(p);
      }
    }
    expect(firsts.has("ARM–AZE")).toBe(true);
    expect(list.length).toBeGreaterThan(firsts.size);
  });
});
