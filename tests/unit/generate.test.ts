import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkGenerateOptions, generateDataset, maxRelations, type GenerateOptions } from "../../src/model/generate.ts";
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { parseDataset } from "../../src/model/load.ts";
import { pairKey } from "../../src/model/graph.ts";
import { runCli } from "../../src/cli/main.ts";
import type { CliIO } from "../../src/cli/cli.ts";
import type { Dataset, Relation } from "../../src/model/schema.ts";

const OPTIONS: GenerateOptions = { actors: 400, relations: 4000, years: 20, seed: 5 };
const dataset = generateDataset(OPTIONS);
const actorKind = new Map(dataset.actors.map((a) => [a.id, a.kind]));
const signOf = new Map(dataset.relationTypes.map((t) => [t.id, t.sign]));

function byPair(relations: Relation[]): Map<string, Relation[]> {
  const pairs = new Map<string, Relation[]>();
  for (const r of relations) {
    const key = pairKey(r.source, r.target);
    pairs.set(key, [...(pairs.get(key) ?? []), r]);
  }
  return pairs;
}

describe("generateDataset", () => {
  it("makes a valid dataset with exactly the actors and relations asked for, and nothing to warn about", () => {
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(dataset.actors).toHaveLength(400);
    expect(dataset.relations).toHaveLength(4000);
    expect(dataset.span).toEqual({ from: "2005-01-01", to: "2025-01-01" });
    for (const p of dataset.periods) expect(p.date >= dataset.span!.from && p.date < dataset.span!.to).toBe(true);
  });

  it("gives the same bytes for the same options and different ones for another seed", () => {
    const text = datasetJsonLines(dataset);
    expect(datasetJsonLines(generateDataset({ ...OPTIONS }))).toBe(text);
    expect(datasetJsonLines(generateDataset({ ...OPTIONS, seed: 6 }))).not.toBe(text);
    // The serialisation is plain JSON of the same dataset, one array item per line.
    expect(JSON.parse(text)).toEqual(dataset);
    expect(text.split("\n").length).toBeGreaterThan(4000);
  });

  it("has a few blocs: cooperative ties mostly inside a bloc, adversarial ones mostly across", () => {
    const blocs = dataset.actors.filter((a) => a.kind === "bloc");
    expect(blocs.length).toBeGreaterThanOrEqual(2);
    expect(blocs.length).toBeLessThanOrEqual(8);
    // Membership (member → bloc organisation) tells each actor's bloc.
    const blocOf = new Map(dataset.relations.filter((r) => r.type === "membership").map((r) => [r.source, r.target]));
    for (const r of dataset.relations.filter((x) => x.type === "membership")) expect(actorKind.get(r.target)).toBe("bloc");
    let within = 0;
    let withinPositive = 0;
    let across = 0;
    let acrossNegative = 0;
    for (const r of dataset.relations) {
      const [a, b] = [blocOf.get(r.source), blocOf.get(r.target)];
      if (r.type === "membership" || r.type === "mediation" || a === undefined || b === undefined) continue;
      if (a === b) {
        within++;
        if (signOf.get(r.type) === 1) withinPositive++;
      } else {
        across++;
        if (signOf.get(r.type) === -1) acrossNegative++;
      }
    }
    expect(within).toBeGreaterThan(100);
    expect(across).toBeGreaterThan(100);
    expect(withinPositive / within).toBeGreaterThan(0.65);
    expect(acrossNegative / across).toBeGreaterThan(0.5);
  });

  it("is sparse and skewed: a few actors hold many relations, most hold few", () => {
    const degree = new Map<string, number>();
    for (const r of dataset.relations) for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const states = dataset.actors.filter((a) => a.kind === "state").map((a) => degree.get(a.id) ?? 0).sort((x, y) => x - y);
    const medianDegree = states[states.length >> 1]!;
    expect(states[states.length - 1]!).toBeGreaterThan(4 * medianDegree);
    // Far fewer pairs than possible.
    expect(byPair(dataset.relations).size).toBeLessThan(maxRelations(400) / 20);
  });

  it("turns relations from one type to another on the same date, never overlapping on a pair", () => {
    let turns = 0;
    let allianceToEstrangement = 0;
    for (const list of byPair(dataset.relations).values()) {
      const sorted = [...list].sort((p, q) => (p.from < q.from ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const [before, after] = [sorted[i - 1]!, sorted[i]!];
        // Consecutive relations on a pair never overlap: the earlier one ends by the later one's start.
        expect(before.to).toBeDefined();
        expect(before.to! <= after.from).toBe(true);
        if (before.to === after.from) {
          expect(after.type).not.toBe(before.type);
          turns++;
          if (before.type === "alliance" && after.type === "estrangement") allianceToEstrangement++;
        }
      }
    }
    expect(turns).toBeGreaterThan(200);
    expect(allianceToEstrangement).toBeGreaterThan(10);
  });

  it("has directed mediation by neutral bodies, events with actors and evidence, and citation-only reference sources", () => {
    const mediations = dataset.relations.filter((r) => r.type === "mediation");
    expect(mediations.length).toBeGreaterThan(10);
    expect(dataset.relationTypes.find((t) => t.id === "mediation")).toMatchObject({ directed: true, sign: 0 });
    for (const r of mediations) expect(actorKind.get(r.source)).toBe("organization");
    expect(dataset.events.length).toBeGreaterThan(50);
    for (const e of dataset.events) {
      expect(e.actors.length).toBeGreaterThanOrEqual(2);
      expect(e.evidence.length).toBeGreaterThanOrEqual(1);
    }
    expect(dataset.events.some((e) => e.end !== undefined)).toBe(true);
    for (const s of dataset.sources) expect(s.file).toBeUndefined();
    for (const r of dataset.relations) for (const ev of r.evidence) expect(ev).toEqual({ source: ev.source, citation: expect.any(String) });
  });

  it("makes valid datasets for any small options, including dense ones", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((actors) =>
          fc.record({
            actors: fc.constant(actors),
            relations: fc.integer({ min: 0, max: maxRelations(actors) }),
            years: fc.integer({ min: 1, max: 60 }),
            seed: fc.integer({ min: 0, max: 0xffffffff }),
          }),
        ),
        (options) => {
          const d: Dataset = generateDataset(options);
          const result = parseDataset(datasetJsonLines(d));
          expect(result.ok ? [] : result.errors.slice(0, 3)).toEqual([]);
          expect(result.warnings).toEqual([]);
          expect(d.relations).toHaveLength(options.relations);
          expect(d.actors).toHaveLength(options.actors);
        },
      ),
      { numRuns: 60, seed: 42 },
    );
  });

  it("reaches the maximum number of relations on a dense little dataset", () => {
    const d = generateDataset({ actors: 12, relations: maxRelations(12), years: 3, seed: 9 });
    expect(d.relations).toHaveLength(66);
    const result = validateDataset(d);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it.each([
    [{ ...OPTIONS, actors: 0 }, "actors 0 is out of range (1 to 1000000)"],
    [{ ...OPTIONS, years: 1.5 }, "years must be a whole number, got 1.5"],
    [{ ...OPTIONS, seed: -1 }, "seed -1 is out of range (0 to 4294967295)"],
    [{ ...OPTIONS, actors: 3, relations: 4 }, "relations 4 is more than 3 actors can hold (at most 3, one per pair)"],
  ])("refuses %j, naming the option", (options, message) => {
    expect(checkGenerateOptions(options)).toBe(message);
    expect(() => generateDataset(options)).toThrow(new RangeError(message));
  });
});

/** Runs the CLI in-process and captures what it prints and writes. */
async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const files = new Map<string, string | Uint8Array>();
  const io: CliIO = { out: (t) => (out += t), err: (t) => (err += `${t}\n`), writeFile: (p, d) => files.set(p, d) };
  const code = await runCli(argv, io);
  return { code, out, err, files };
}

describe("stancegraph generate", () => {
  it("prints the dataset, byte for byte what the generator serialises", async () => {
    const r = await run("generate", "--actors", "60", "--relations", "300", "--years", "5", "--seed", "3");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toBe(datasetJsonLines(generateDataset({ actors: 60, relations: 300, years: 5, seed: 3 })));
  });

  it("writes --out and says what it wrote; defaults to 10 relations per actor", async () => {
    const r = await run("generate", "--actors", "50", "--out", "x.json");
    expect(r.code).toBe(0);
    const written = r.files.get("x.json") as string;
    expect(r.out).toMatch(/^wrote x\.json \([\d.]+ KiB\): 50 actors, 500 relations, \d+ events, \d+ sources$/);
    const result = parseDataset(written);
    expect(result.ok && result.dataset.relations.length).toBe(500);
  });

  it.each([
    [["--actors", "abc"], '--actors "abc" is not a whole number'],
    [["--actors", "0"], "--actors 0 is out of range (1 to 1000000)"],
    [["--years", "2.5"], '--years "2.5" is not a whole number'],
    [["--seed", "4294967296"], "--seed 4294967296 is out of range (0 to 4294967295)"],
    [["--actors", "3", "--relations", "10"], "--relations 10 is more than 3 actors can hold (at most 3, one per pair)"],
    [["--actors"], "argument missing"],
    [["--colour", "red"], "Unknown option '--colour'"],
  ])("rejects %j with exit 2 and a clear message", async (argv, message) => {
    const r = await run("generate", ...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe("");
  });
});
