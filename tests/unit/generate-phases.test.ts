import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createDraws, distinctSortedDays, weighted, type Draws } from "../../src/model/generate/draws.ts";
import { createCalendar, generatedPeriods } from "../../src/model/generate/calendar.ts";
import { castActors } from "../../src/model/generate/actors.ts";
import { citingSources, referenceSources } from "../../src/model/generate/sources.ts";

/** A stream that returns the given numbers, in order. */
const scripted = (values: number[]): Draws => {
  let i = 0;
  const next = () => values[i++ % values.length]!;
  return { next, chance: (p) => next() < p, below: (k) => Math.floor(next() * k) };
};

describe("generator phases", () => {
  it("draws distinct sorted days inside (after, last]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (after, window, count, seed) => {
        const days = distinctSortedDays(after, after + window, count, createDraws(seed));
        expect(days.length).toBeLessThanOrEqual(window === 0 ? 0 : count);
        days.forEach((d, i) => {
          expect(d).toBeGreaterThan(after);
          expect(d).toBeLessThanOrEqual(after + window);
          if (i > 0) expect(d).toBeGreaterThan(days[i - 1]!);
        });
      }),
    );
  });

  it("picks a weighted option by where the draw falls", () => {
    const options = [["a", 0.8], ["b", 0.2]] as const;
    expect(weighted(options, scripted([0.79]))).toBe("a");
    expect(weighted(options, scripted([0.8]))).toBe("b");
    // Weights that do not quite reach 1: the last option takes the rest.
    expect(weighted([["a", 0.5], ["b", 0.4]] as const, scripted([0.95]))).toBe("b");
  });

  it("spans whole years ending on 2025-01-01, with one date per day and periods inside", () => {
    const c = createCalendar(4);
    expect(c.startDate).toBe("2021-01-01");
    expect(c.days).toBe(365 * 4 + 1); // 2024 is a leap year
    expect(c.dateOf[0]).toBe("2021-01-01");
    expect(c.dateOf[c.days]).toBe("2025-01-01");
    expect(c.dateOf[59]).toBe("2021-03-01");
    expect(generatedPeriods(c)).toEqual([
      { id: "early", label: "Early (2022)", date: "2022-01-01" },
      { id: "middle", label: "Middle (2023)", date: "2023-01-01" },
      { id: "late", label: "Late (2024)", date: "2024-01-01" },
    ]);
    expect(createCalendar(1000).startDate).toBe("1025-01-01");
  });

  it("casts bloc organisations, then neutral bodies, then bloc members with unique names", () => {
    const cast = castActors(400, createDraws(1));
    expect(cast.headCount).toBe(cast.blocCount);
    expect(cast.mediatorCount).toBe(4);
    expect(cast.actors.slice(0, cast.headCount).every((a) => a.kind === "bloc" && a.label.endsWith(" Pact"))).toBe(true);
    expect(cast.actors.slice(cast.headCount, cast.headCount + cast.mediatorCount).every((a) => a.kind === "organization")).toBe(true);
    expect(cast.members).toHaveLength(400 - cast.headCount - cast.mediatorCount);
    expect(new Set(cast.labels).size).toBe(400);
    expect(cast.actorId(7)).toBe("A0007");
    for (const m of cast.members) expect(cast.blocMembers[cast.blocOf[m]!]).toContain(m);
    // Too few actors for organisations or mediators: everyone is a member.
    const small = castActors(9, createDraws(1));
    expect([small.headCount, small.mediatorCount, small.members.length]).toEqual([0, 0, 9]);
  });

  it("cites a source dated on or after the claim, except past the last source", () => {
    const calendar = createCalendar(10);
    const sources = referenceSources(2000, calendar);
    expect(sources).toHaveLength(10);
    const dateOf = new Map(sources.map((s) => [s.id, s.date!]));
    const cite = citingSources(sources, calendar, createDraws(3));
    for (let day = 0; day <= calendar.days; day += 97) {
      for (const e of cite(day, "claim")) {
        if (day <= (calendar.days * 9.5) / 10) expect(dateOf.get(e.source)! >= calendar.dateOf[day]!).toBe(true);
        expect(e.citation).toMatch(/claim$/);
      }
    }
  });
});
