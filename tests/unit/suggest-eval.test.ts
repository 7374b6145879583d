/**
 * The gold standard and its evaluation: the metrics are computed right on a tiny hand-made case,
 * every gold file is valid, and the whole evaluation runs with every quote verbatim. The accuracy
 * figures themselves are reported (npm run eval:suggest, docs/suggest.md), not asserted.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { goldFromDataset, rates, scoreText, simulateCurator, sumScores, type GoldText } from "../../src/model/suggest/evaluate.ts";
import type { Candidate } from "../../src/model/suggest/suggest.ts";
import { annotatedCase, goldStandard, karabakhCase } from "../../scripts/suggestGold.ts";
import { evaluate, renderMisses, renderTable, renderTargets } from "../../scripts/eval-suggest.ts";
import { DEFAULT_DATASET_JSON } from "../../src/data/defaultDataset.ts";
import type { Dataset } from "../../src/model/schema.ts";

const karabakh = DEFAULT_DATASET_JSON as Dataset;

/** A candidate with only what the scoring reads. */
function cand(source: string, target: string, sign: -1 | 0 | 1 | null, type: string | null, start: number, end: number, text: string, score = 0.5): Candidate {
  const actor = (id: string) => ({ id, label: id, kind: "state" as const, inDataset: true, mention: id });
  return {
    id: `${source}-${target}-${start}`, source: actor(source), target: actor(target), type, sign, cueClass: null, cue: null,
    quote: text.slice(start, end), start, end, sentence: 0, from: null, fromBasis: null, datePrecision: null, score, supportsExisting: null,
  };
}

describe("the metrics, on a tiny hand-made case", () => {
  //                  0         1         2         3         4
  //                  0123456789012345678901234567890123456789012345
  const text = "A backs B. C fights A. B and C talk. D waits.";
  const gold: GoldText = {
    name: "tiny",
    text,
    heldOut: false,
    relations: [
      { id: "AB", source: "A", target: "B", type: "partnership", sign: 1, spans: [[0, 10]] },
      { id: "AC", source: "C", target: "A", type: "hostility", sign: -1, spans: [[11, 22]] },
      { id: "BC", source: "B", target: "C", type: "estrangement", sign: -1, spans: [[23, 36]] },
      { id: "AD", source: "A", target: "D", type: "partnership", sign: 1, spans: [[37, 45]] },
    ],
  };
  const candidates = [
    cand("A", "B", 1, "partnership", 0, 10, text, 0.9), // found at its evidence, right sign and type
    cand("A", "B", -1, "estrangement", 23, 36, text, 0.95), // same pair elsewhere: not chosen over the one at the evidence
    cand("A", "C", -1, "estrangement", 11, 22, text), // reversed pair, right sign, wrong type
    cand("C", "B", 1, "partnership", 0, 10, text), // pair found, but not at its evidence; wrong sign
    cand("B", "D", null, null, 37, 45, text), // not a gold pair
    { ...cand("A", "D", 1, "partnership", 37, 45, text), quote: "D waits" }, // AD found; the quote is not the text at its offsets
  ];
  const s = scoreText(gold, candidates);

  it("counts found pairs in either order, at the evidence or anywhere", () => {
    expect(s).toMatchObject({ gold: 4, candidates: 6, found: 4, foundAtEvidence: 3, misses: [] });
  });

  it("judges sign and type on the best candidate at the evidence, else the best of the pair", () => {
    expect(s.signCorrect).toBe(3); // AB +, AC −, AD +; BC read as +
    expect(s.typeCorrect).toBe(2); // AB, AD
    expect(s.wrongSign.map((m) => m.gold.id)).toEqual(["BC"]);
    expect(s.wrongSign[0]!.reason).toBe("read as partnership (sign 1) in sentence 0");
  });

  it("judges a pair with two gold stances on its two best candidates, each gold relation taking one of its sign", () => {
    //                  0         1         2
    //                  012345678901234567890123456
    const two = "A joins B. A leaves B. A x.";
    const g: GoldText = {
      name: "two stances",
      text: two,
      heldOut: false,
      relations: [
        { id: "AB+", source: "A", target: "B", type: "membership", sign: 1, spans: [[0, 10], [11, 22]] },
        { id: "AB-", source: "A", target: "B", type: "estrangement", sign: -1, spans: [[11, 22]] },
      ],
    };
    const both = [cand("A", "B", 1, "membership", 11, 22, two, 0.8), cand("A", "B", -1, "estrangement", 11, 22, two, 0.6), cand("A", "B", 1, "membership", 0, 10, two, 0.5)];
    expect(scoreText(g, both)).toMatchObject({ found: 2, signCorrect: 2, typeCorrect: 2 });
    // The second stance must be among the pair's two best: a third-best candidate of its sign does not count.
    const third = [cand("A", "B", 1, "membership", 11, 22, two, 0.8), cand("A", "B", 1, "membership", 0, 10, two, 0.7), cand("A", "B", -1, "estrangement", 11, 22, two, 0.6)];
    expect(scoreText(g, third)).toMatchObject({ found: 2, signCorrect: 1 });
    // A single reading gets one of the two right.
    expect(scoreText(g, [cand("A", "B", 1, "membership", 11, 22, two, 0.8)])).toMatchObject({ found: 2, signCorrect: 1 });
  });

  it("judges the way round of a directed type read with the gold's type, and lists the wrong ones", () => {
    //                  0         1         2
    //                  0123456789012345678901234
    const med = "A mediates. C joins D. E.";
    const g: GoldText = {
      name: "directed",
      text: med,
      heldOut: false,
      relations: [
        { id: "AB", source: "A", target: "B", type: "mediation", sign: 0, directed: true, spans: [[0, 11]] },
        { id: "CD", source: "C", target: "D", type: "membership", sign: 1, directed: true, spans: [[12, 22]] },
        { id: "EF", source: "E", target: "F", type: "mediation", sign: 0, directed: true, spans: [[23, 25]] },
      ],
    };
    const read = [
      cand("A", "B", 0, "mediation", 0, 11, med), // right way round
      cand("D", "C", 1, "membership", 12, 22, med), // the body as the member
      cand("F", "E", 1, "partnership", 23, 25, med), // another type: not judged for its direction
    ];
    const d = scoreText(g, read);
    expect(d).toMatchObject({ found: 3, directedTyped: 2, directionCorrect: 1 });
    expect(d.wrongDirection.map((m) => [m.gold.id, m.reason])).toEqual([["CD", "read as D → C in sentence 0"]]);
    expect(sumScores("two", [d, d])).toMatchObject({ directedTyped: 4, directionCorrect: 2 });
  });

  it("computes the rates from the counts", () => {
    expect(rates(s)).toEqual({
      recall: 1,
      recallAtEvidence: 0.75,
      candidatesPerGold: 1.5,
      pairPrecision: 5 / 6,
      signAccuracy: 0.75,
      typeAccuracy: 0.5,
      verbatimRate: 5 / 6,
      // The first four candidates (four gold pairs) name AB (twice), AC and BC: AD comes sixth.
      bestFirst: 3 / 4,
    });
    expect(s).toMatchObject({ goldPairs: 4, goldPairsFirst: 3 });
    // Another order of the same candidates: AD among the first four, a second AB not.
    expect(scoreText(gold, [candidates[0]!, candidates[5]!, candidates[2]!, candidates[3]!, candidates[1]!, candidates[4]!]).goldPairsFirst).toBe(4);
    expect(sumScores("two", [s, s])).toMatchObject({ goldPairs: 8, goldPairsFirst: 6 });
  });

  it("lists a pair no candidate names as a miss, and sums texts", () => {
    const none = scoreText(gold, [candidates[0]!]);
    expect(none.misses.map((m) => [m.gold.id, m.reason])).toEqual([
      ["AC", "pair not found"],
      ["BC", "pair not found"],
      ["AD", "pair not found"],
    ]);
    const both = sumScores("both", [s, none]);
    expect(both).toMatchObject({ gold: 8, candidates: 7, found: 5, signCorrect: 4, verbatim: 6 });
    expect(rates(both).recall).toBe(5 / 8);
    expect(rates(scoreText({ ...gold, relations: [] }, [])).verbatimRate).toBe(1);
  });
});

describe("the gold standard", () => {
  it("derives the default dataset's gold from its relations and quotes", () => {
    const { gold } = karabakhCase();
    const withAfpQuote = karabakh.relations.filter((r) => r.evidence.some((e) => e.source === "afp-2024-04-karabakh" && e.quote));
    expect(gold.relations.map((g) => g.id)).toEqual(withAfpQuote.map((r) => r.id));
    for (const g of gold.relations) for (const [a, b] of g.spans) expect(b).toBeGreaterThan(a);
    expect(gold.relations.find((g) => g.id === "ARM-AZE-hostility-2020")).toMatchObject({ source: "ARM", target: "AZE", sign: -1 });
    expect(() => goldFromDataset({ relationTypes: karabakh.relationTypes, relations: [{ ...karabakh.relations[0]!, evidence: [{ source: "s", quote: "not there" }] }] }, "s", "text")).toThrow(
      /quote not found in source "s": not there/,
    );
  });

  it("has at least three more annotated texts, each with a licence and verbatim quotes", () => {
    const dir = fileURLToPath(new URL("../fixtures/suggest/", import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith(".gold.json"));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const json = JSON.parse(readFileSync(`${dir}${f}`, "utf8"));
      expect(json.licence, f).toBe("CC0-1.0");
      const c = annotatedCase(f, karabakh.relationTypes);
      expect(c.gold.relations.length, f).toBeGreaterThanOrEqual(8);
      expect(c.dataset.actors).toEqual([]);
    }
    expect(readFileSync(`${dir}README.md`, "utf8")).toMatch(/CC0/);
  });

  it("holds only annotated texts: each text with its gold, each gold with its text, each named in the README", () => {
    // A scoring run's output once landed here as six score-*.txt files beside the texts: nothing
    // read them as gold, but every per-text test ran on them as if they were news.
    const dir = fileURLToPath(new URL("../fixtures/suggest/", import.meta.url));
    const all = readdirSync(dir);
    const texts = all.filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -".txt".length));
    const golds = all.filter((f) => f.endsWith(".gold.json")).map((f) => f.slice(0, -".gold.json".length));
    expect(texts.sort()).toEqual(golds.sort());
    const readme = readFileSync(`${dir}README.md`, "utf8");
    for (const name of texts) expect(readme, name).toContain(`\`${name}.txt\``);
    expect(all.filter((f) => !/\.(txt|gold\.json|NOTES\.md)$/.test(f) && f !== "README.md")).toEqual([]);
  });

  it("says what is wrong with a gold file, and where", () => {
    const types = karabakh.relationTypes.filter((t) => t.id !== "membership");
    expect(() => annotatedCase("sweden-nato.gold.json", types)).toThrow('tests/fixtures/suggest/sweden-nato.gold.json: relations[0].type: unknown relation type "membership"');
  });
});

describe("npm run eval:suggest", () => {
  const { texts, sums } = evaluate(goldStandard());

  it("scores every text and quotes every candidate verbatim", () => {
    expect(texts.map((t) => t.name)[0]).toBe("karabakh (default dataset)");
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const t of texts) {
      expect(t.candidates, t.name).toBeGreaterThan(0);
      expect(rates(t).verbatimRate, t.name).toBe(1);
    }
    expect(sums[0]!.name).toBe("all development texts");
  });

  it("prints the table with one row per text and the sums, and the misses", () => {
    const table = renderTable([...texts, ...sums]);
    expect(table.split("\n")).toHaveLength(2 + texts.length + sums.length);
    expect(table).toMatch(/^\| karabakh \(default dataset\) \| 20 \| \d+ \| [\d.]+ \| \d+\/20 = \d+% \|/m);
    const misses = renderMisses(texts);
    for (const t of texts) for (const m of t.misses) expect(misses).toContain(`missed ${m.gold.source}–${m.gold.target} ${m.gold.type}: pair not found`);
  });

  it("says pass or fail for each target on the development, held-out and all texts", () => {
    const out = renderTargets(sums).split("\n");
    // One held-out text now; the lead adds more ("held-out texts").
    expect(sums.map((x) => x.name.replace(/^held-out texts$/, "held-out text"))).toEqual(["all development texts", "held-out text", "all texts"]);
    expect(out).toHaveLength(1 + sums.length);
    expect(out[0]).toMatch(/^Targets: recall ≥ 90%, ≤ 3 candidates per gold relation, sign accuracy ≥ 75%, verbatim 100%\.$/);
    for (const [i, name] of ["all development texts", "held-out texts?", "all texts"].entries()) expect(out[i + 1]).toMatch(new RegExp(`^  (pass|FAIL)  ${name}: recall \\d+% (pass|FAIL), candidates per gold [\\d.]+ (pass|FAIL), sign accuracy \\d+% (pass|FAIL), verbatim 100% pass$`));
  });

  it("fails a sum that misses a target, whichever sum it is", () => {
    const gold: GoldText = { name: "held", text: "A backs B.", heldOut: true, relations: [{ id: "AB", source: "A", target: "B", type: "partnership", sign: 1, spans: [[0, 10]] }] };
    const wrong = scoreText(gold, [cand("A", "B", -1, "estrangement", 0, 10, gold.text)]);
    const right = scoreText(gold, [cand("A", "B", 1, "partnership", 0, 10, gold.text)]);
    const out = renderTargets([sumScores("dev", [right]), sumScores("held-out text", [wrong])]).split("\n");
    expect(out[1]).toMatch(/^ {2}pass {2}dev: .*sign accuracy 100% pass/);
    expect(out[2]).toMatch(/^ {2}FAIL {2}held-out text: recall 100% pass, .*sign accuracy 0% FAIL/);
  });
});

describe("the simulated curator's path", () => {
  // The name written once: written again, the engine learns it itself (learnStandingNames).
  const text = "Washington and Jordan condemned Kataib Hezbollah for the attack, and Ravi Tandon said nothing.";
  const gold: GoldText = {
    name: "tiny",
    text,
    heldOut: false,
    relations: [
      { id: "r1", source: "USA", target: "KATAIBHEZBOLLAH", type: "estrangement", sign: -1, spans: [] },
      { id: "r2", source: "JOR", target: "KATAIBHEZBOLLAH", type: "estrangement", sign: -1, spans: [] },
      { id: "r3", source: "JOR", target: "ZETALAND", type: "partnership", sign: 1, spans: [] },
    ],
  };

  it("adds only listed names that are gold parties no candidate matched, under the gold id, and runs again", () => {
    const run = simulateCurator(gold, { actors: [], relationTypes: karabakh.relationTypes });
    expect(run.listed).toBeGreaterThanOrEqual(2);
    expect(run.added).toEqual([{ name: "Kataib Hezbollah", id: "KATAIBHEZBOLLAH" }]);
    expect(run.mustType).toEqual(["ZETALAND"]);
    expect(run.before.found).toBe(0);
    expect(run.after.found).toBe(2);
  });
});
