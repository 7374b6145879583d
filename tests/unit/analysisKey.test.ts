/**
 * The key over the graph (src/ui/analysis/analysisKey.ts) lists the largest blocs by name and sums
 * up the rest in one line: at 5,000 actors the 69 blocs' entries covered the graph they explain.
 */
import { describe, expect, it } from "vitest";
import { KEY_BLOCS, keyBlocs } from "../../src/ui/analysis/analysisKey.ts";

const bloc = (id: number, size: number) => ({ id, members: Array.from({ length: size }, (_, i) => `${id}-${i}`) });

describe("the blocs in the graph's key", () => {
  it("lists every bloc when there are few", () => {
    const blocs = [bloc(1, 40), bloc(2, 12)];
    expect(keyBlocs(blocs)).toEqual({ shown: blocs, rest: null });
    const eight = Array.from({ length: KEY_BLOCS }, (_, i) => bloc(i + 1, 10 - i));
    expect(keyBlocs(eight).rest).toBeNull();
  });

  it("lists the largest and sums up the rest: how many blocs, their actors, their sizes", () => {
    const sizes = [2559, 1900, 17, 14, 12, 9, 9, 9, 8, 8, 7, 3, 3, 2];
    const blocs = sizes.map((size, i) => bloc(i + 1, size));
    const { shown, rest } = keyBlocs(blocs);
    expect(shown.map((b) => b.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rest).toBe("and 6 smaller blocs (31 actors, 2–8 actors each)");
    expect(keyBlocs(blocs.slice(0, 10)).rest).toBe("and 2 smaller blocs (16 actors, 8 actors each)");
    expect(keyBlocs([bloc(1, 5), bloc(2, 1)], 1).rest).toBe("and 1 smaller bloc of 1 actor");
    expect(keyBlocs([bloc(1, 5), bloc(2, 1), bloc(3, 1)], 1).rest).toBe("and 2 smaller blocs (2 actors, 1 actor each)");
  });
});
