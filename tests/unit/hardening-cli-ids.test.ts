/**
 * Issue #17, item 1, on the command line: every command on datasets whose ids are drawn from the
 * names of Object.prototype's properties. Actors so named are refused by `validate` with the
 * reason (graphology cannot hold them) and every other command stops at the same problem with
 * exit 1; ids of every other kind work throughout, in every command and every export format,
 * `suggest` with the dataset, and `convert` of the dataset's own GEXF and GraphML and of an edge
 * list named with those ids.
 * Part of the fuzz suite (README, "Reliability").
 */
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main.ts";
import type { CliIO } from "../../src/cli/cli.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { Actor } from "../../src/model/schema.ts";
import { datasetJson } from "../../src/io/datasetJson.ts";
import { MINI_SOURCE_TEXT, miniDataset } from "./fixtures.ts";

/** Cases per CI run (the README's reliability section quotes it). */
export const PROTOTYPE_ID_RUNS = 40;

const NAMES = Object.getOwnPropertyNames(Object.prototype);
const ID_PATTERN = new RegExp(Actor.properties.id.pattern!);
const dir = mkdtempSync(join(tmpdir(), "stancegraph-ids-"));
mkdirSync(join(dir, "sources"));
writeFileSync(join(dir, "sources", "s1.txt"), MINI_SOURCE_TEXT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const files = new Map<string, string | Uint8Array>();
  const io: CliIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), writeFile: (p, d) => files.set(p, d) };
  const code = await runCli(argv, io);
  return { code, out, err, files };
}

/** Which id of each collection to rename, and to what (null: keep it). */
interface Renames {
  dataset: string | null;
  actors: Array<string | null>;
  relationTypes: Array<string | null>;
  relations: Array<string | null>;
  events: Array<string | null>;
  sources: Array<string | null>;
  periods: Array<string | null>;
}

/** Renames drawn from `names`; actors are renamed only when `actors` is set. */
function renamesArb(names: readonly string[], actors: boolean): fc.Arbitrary<Renames> {
  const name = fc.option(fc.constantFrom(...names), { nil: null, freq: 2 });
  const slots = (n: number) => fc.array(name, { minLength: n, maxLength: n });
  return fc.record({
    dataset: name,
    actors: actors ? slots(3).filter((a) => a.some((x) => x !== null)) : fc.constant([null, null, null]),
    relationTypes: slots(3),
    relations: slots(3),
    events: slots(1),
    sources: slots(2),
    periods: slots(2),
  });
}

/** The mini dataset with the ids renamed everywhere they are used; names already taken in a collection are skipped. */
function renamed(r: Renames): { dataset: Dataset; actorRenamed: boolean; allMatchPattern: boolean } {
  const d = miniDataset();
  let allMatchPattern = true;
  const rename = <T extends { id: string }>(list: T[], to: Array<string | null>): Map<string, string> => {
    const map = new Map<string, string>();
    const taken = new Set(list.map((x) => x.id));
    list.forEach((x, i) => {
      const next = to[i];
      if (next === null || next === undefined || taken.has(next)) return;
      taken.add(next);
      map.set(x.id, next);
      if (!ID_PATTERN.test(next)) allMatchPattern = false;
      x.id = next;
    });
    return map;
  };
  if (r.dataset !== null) {
    d.id = r.dataset;
    if (!ID_PATTERN.test(r.dataset)) allMatchPattern = false;
  }
  const actors = rename(d.actors, r.actors);
  const actorRenamed = actors.size > 0;
  const types = rename(d.relationTypes, r.relationTypes);
  rename(d.relations, r.relations);
  rename(d.events, r.events);
  const sources = rename(d.sources, r.sources);
  rename(d.periods, r.periods);
  const a = (id: string) => actors.get(id) ?? id;
  for (const rel of d.relations) {
    rel.source = a(rel.source);
    rel.target = a(rel.target);
    rel.type = types.get(rel.type) ?? rel.type;
  }
  for (const e of d.events) e.actors = e.actors.map(a);
  for (const owner of [...d.relations, ...d.events]) for (const ev of owner.evidence) ev.source = sources.get(ev.source) ?? ev.source;
  return { dataset: d, actorRenamed, allMatchPattern };
}

const FORMATS = ["svg", "gexf", "graphml", "json", "graphology", "csv"] as const;

describe("every command on datasets with ids named like Object.prototype's properties", () => {
  it("refuses actors so named with the reason, and handles every other id everywhere", async () => {
    let runs = 0;
    let valid = 0;
    // Half the cases keep the actors and use names the id pattern allows (every command must
    // work); the other half rename actors too, with any name (every command must refuse).
    const cases = fc.oneof(renamesArb(NAMES.filter((n) => ID_PATTERN.test(n)), false), renamesArb(NAMES, true));
    await fc.assert(
      fc.asyncProperty(cases, async (renames) => {
        const { dataset, actorRenamed, allMatchPattern } = renamed(renames);
        const file = join(dir, `d${runs++}.json`);
        writeFileSync(file, datasetJson(dataset));
        const [p0, p1] = dataset.periods.map((p) => p.id) as [string, string];
        const commands: string[][] = [
          ["snapshot", "--dataset", file, "--at", "2022-01-01"],
          ["snapshot", "--dataset", file, "--period", p1, "--format", "json"],
          ...FORMATS.flatMap((f) => [
            ["export", "--format", f, "--dataset", file, "--all"],
            ["export", "--format", f, "--dataset", file, "--at", "2023-09-19"],
            ["export", "--format", f, "--dataset", file, "--compare", `${p0},${p1}`],
          ]),
          ["analyze", "--dataset", file, "--period", p1, "--since", p0, "--format", "json"],
          ["analyze", "--dataset", file, "--at", "2021-07-01", "--since", "2020-06-01", "--format", "csv"],
          ["analyze", "--dataset", file, "--at", "2024-01-01", "--since", p0],
          ["analyze", "--dataset", file, "--series", "--format", "json"],
          ["analyze", "--dataset", file, "--series", "--format", "csv"],
          ["analyze", "--dataset", file, "--series"],
        ];

        // The same relations as another tool's edge list (and its actors), named with the same ids.
        const edges = join(dir, `d${runs}-edges.csv`);
        const actorsCsv = join(dir, `d${runs}-actors.csv`);
        const sign = new Map(dataset.relationTypes.map((t) => [t.id, t.sign]));
        writeFileSync(edges, ["source,target,relation,sign,from,to", ...dataset.relations.map((r) => [r.source, r.target, r.type, sign.get(r.type), r.from, r.to ?? ""].join(","))].join("\n"));
        writeFileSync(actorsCsv, ["id,label,kind", ...dataset.actors.map((a) => [a.id, a.label, a.kind].join(","))].join("\n"));
        const suggests = ["table", "json", "csv"].map((f) => ["suggest", "--source", join(dir, "sources", "s1.txt"), "--dataset", file, "--format", f]);
        // An actor named like a property graphology cannot hold is refused by the validator; any
        // other name convert makes an id of (e.g. "__proto__" becomes "proto__").
        const unsafeActor = dataset.actors.some((x) => NAMES.includes(x.id) && ID_PATTERN.test(x.id));
        for (const argv of [["convert", edges, "--actors", actorsCsv, "--id", "converted"], ["convert", edges, "--actors", actorsCsv, "--preview"]]) {
          const r = await run(...argv);
          expect(r.err, argv.join(" ")).not.toMatch(/\n\s+at |TypeError/);
          if (unsafeActor && !argv.includes("--preview")) {
            expect(r.code, r.err).toBe(1);
            expect(r.err).toContain("cannot be an actor id: every JavaScript object has a property of that name");
          } else {
            expect(r.code, `${argv.join(" ")}\n${r.err}`).toBe(0);
            expect(r.out).not.toContain("[object Object]");
            if (!argv.includes("--preview")) expect((JSON.parse(r.out) as Dataset).relations).toHaveLength(dataset.relations.length);
          }
        }

        const validate = await run("validate", file);
        if (actorRenamed || !allMatchPattern) {
          expect(validate.code, validate.err).toBe(1);
          if (actorRenamed) expect(validate.err).toContain("cannot be an actor id: every JavaScript object has a property of that name");
          for (const argv of [...commands, ...suggests]) {
            const r = await run(...argv);
            expect(r.code, `${argv.join(" ")}\n${r.err}`).toBe(1);
            expect(r.err).toContain("not a valid dataset");
          }
          return;
        }

        expect(validate.code, validate.err).toBe(0);
        valid++;
        for (const argv of commands) {
          const r = await run(...argv);
          expect(r.code, `${argv.join(" ")}\n${r.err}`).toBe(0);
          expect(r.out.length).toBeGreaterThan(0);
          expect(r.out).not.toContain("[object Object]");
          expect(r.out).not.toContain("function Object()");
        }
        for (const argv of suggests) {
          const r = await run(...argv);
          expect(r.code, `${argv.join(" ")}\n${r.err}`).toBe(0);
          expect(r.out).not.toContain("[object Object]");
        }
        // The text is the dataset's source: its (renamed) id comes with the candidates, which name the dataset's actors.
        const suggested = JSON.parse((await run(...suggests[1]!)).out) as { dataset: string; candidates: Array<{ source: { id: string; inDataset: boolean } }> };
        expect(suggested.dataset).toBe(dataset.id);
        for (const c of suggested.candidates.filter((x) => x.source.inDataset)) expect(dataset.actors.map((a) => a.id)).toContain(c.source.id);
        // The JSON export is the dataset itself, ids and all.
        const json = await run("export", "--format", "json", "--dataset", file, "--all");
        expect(JSON.parse(json.out)).toEqual(JSON.parse(datasetJson(dataset)));
        // The GEXF export reads back as the same dataset.
        const gexf = await run("export", "--format", "gexf", "--dataset", file, "--all");
        const gexfFile = join(dir, `d${runs}.gexf`);
        writeFileSync(gexfFile, gexf.out);
        const back = await run("export", "--format", "json", "--dataset", gexfFile, "--all");
        expect(back.code, back.err).toBe(0);
        expect(JSON.parse(back.out)).toEqual(JSON.parse(json.out));
        // convert brings the GEXF Stancegraph wrote back as the same dataset, and the GraphML (which
        // carries no events or aliases) with the same actors, relation types and relations.
        for (const format of ["gexf", "graphml"]) {
          const exported = join(dir, `d${runs}-export.${format}`);
          writeFileSync(exported, (await run("export", "--format", format, "--dataset", file, "--all")).out);
          const converted = await run("convert", exported);
          expect(converted.code, `convert ${format}\n${converted.err}`).toBe(0);
          const back = JSON.parse(converted.out) as Dataset;
          if (format === "gexf") expect(back).toEqual(JSON.parse(json.out));
          const ids = (d: Dataset) => [d.id, d.actors.map((a) => a.id), d.relationTypes.map((t) => t.id), d.relations.map((r) => [r.id, r.source, r.target, r.type])];
          expect(ids(back), format).toEqual(ids(dataset));
        }
        // The analysis names every actor's bloc and every actor's series, keyed by id.
        const analysis = JSON.parse((await run("analyze", "--dataset", file, "--period", p1, "--format", "json")).out) as { blocs: { blocOf: Record<string, number> } };
        expect(Object.keys(analysis.blocs.blocOf).sort()).toEqual(["AAA", "BBB"]);
        const series = JSON.parse((await run("analyze", "--dataset", file, "--series", "--format", "json")).out) as { alignment: Record<string, unknown[]> };
        expect(Object.keys(series.alignment).sort()).toEqual(["AAA", "BBB", "GAM"]);
        // The CSV export names the renamed relation type.
        const csv = await run("export", "--format", "csv", "--dataset", file, "--all");
        for (const t of dataset.relationTypes.filter((t) => dataset.relations.some((r) => r.type === t.id))) expect(csv.out).toContain(t.id);
      }),
      { numRuns: PROTOTYPE_ID_RUNS },
    );
    expect(valid, "cases with valid datasets").toBeGreaterThan(0);
    expect(readFileSync(join(dir, "sources", "s1.txt"), "utf8")).toBe(MINI_SOURCE_TEXT);
  });
});
