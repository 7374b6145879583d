import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateDataset } from "../../src/model/validate.ts";
import { EditSession, newDataset, suggestId } from "../../src/model/edit/index.ts";
import { actorsNamedIn, pastedSourceText, sentenceAt } from "../../src/io/sourceText.ts";
import { canonicalDatasetJson, datasetJson } from "../../src/io/datasetJson.ts";
import { importDataset } from "../../src/io/importDataset.ts";
import { writeGexf } from "../../src/io/gexf.ts";
import { readGexf } from "../../src/io/gexfReader.ts";
import { runCli } from "../../src/cli/main.ts";
import type { CliIO } from "../../src/cli/cli.ts";

const ARTICLE =
  "Armenia froze its participation in the CSTO. Yerevan said Moscow had failed it.\r\nRussia's peacekeepers left Karabakh; the Kremlin called it <agreed> & final.";

/** The journalist's story, through the engine: new dataset, a pasted source, actors, relations from selected sentences, a change of stance. */
function curated(): EditSession {
  const session = new EditSession(newDataset("caucasus", "South Caucasus notes"), { now: () => "2026-01-01T00:00:00Z" });
  const pasted = pastedSourceText(ARTICLE);
  if (!pasted.ok) throw new Error("paste refused");
  const text = pasted.text;
  const ok = (c: Parameters<EditSession["perform"]>[0]) => {
    const out = session.perform(c);
    if (!out.ok) throw new Error(out.errors.map((e) => `${e.path}: ${e.message}`).join("; "));
  };
  ok({ kind: "addSource", source: { id: "wire-1", title: "Armenia and the CSTO", publisher: "Wire", date: "2024-04-18", url: "https://example.org/a", text } });
  ok({
    kind: "batch",
    label: "Added Armenia, Russia and the CSTO",
    commands: [
      { kind: "addActor", actor: { id: "ARM", label: "Armenia", kind: "state", iso3: "ARM", aliases: ["Yerevan"] } },
      { kind: "addActor", actor: { id: "RUS", label: "Russia", kind: "state", aliases: ["Moscow", "the Kremlin"] } },
      { kind: "addActor", actor: { id: suggestId("CSTO", new Set()), label: "CSTO", kind: "bloc" } },
    ],
  });
  const first = sentenceAt(text, text.indexOf("froze"));
  const quote = text.slice(first.start, first.end);
  expect(actorsNamedIn(quote, session.dataset.actors).map((a) => a.id)).toEqual(["ARM", "csto"]);
  ok({ kind: "addRelation", relation: { id: "arm-csto", source: "ARM", target: "csto", type: "membership", from: "2002-10-07", evidence: [{ source: "wire-1", quote, ...first }] } });
  const second = sentenceAt(text, text.indexOf("failed"));
  const evidence = () => [{ source: "wire-1", quote: text.slice(second.start, second.end), ...second }];
  ok({ kind: "addRelation", relation: { id: "arm-rus", source: "ARM", target: "RUS", type: "alliance", from: "1997-08-29", evidence: evidence() } });
  ok({ kind: "changeStance", relation: "arm-rus", date: "2023-10-03", next: { id: "arm-rus-2", type: "estrangement", evidence: evidence() } });
  return session;
}

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), writeFile: (p, d) => writeFileSync(p, d) };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe("the extended format (inline source text, quote offsets)", () => {
  it("is what the engine makes from a pasted text: line ends normalised, offsets that select each quote", () => {
    const d = curated().dataset;
    expect(d.sources[0]!.text).toBe(ARTICLE.replace("\r\n", "\n"));
    expect(d.relations.map((r) => [r.id, r.type, r.from, r.to, r.evidence[0]!.start, r.evidence[0]!.end])).toEqual([
      ["arm-csto", "membership", "2002-10-07", undefined, 0, 44],
      ["arm-rus", "alliance", "1997-08-29", "2023-10-03", 45, 79],
      ["arm-rus-2", "estrangement", "2023-10-03", undefined, 45, 79],
    ]);
    expect(validateDataset(d)).toMatchObject({ ok: true, warnings: [] });
    // An edit that leaves a relation without evidence is refused.
    expect(curated().perform({ kind: "removeEvidence", owner: { collection: "relations", id: "arm-csto" }, index: 0 })).toEqual({
      ok: false,
      errors: [{ path: "relations[0].evidence", message: "needs at least 1 item" }],
    });
  });

  it("is read by `stancegraph validate` and every export, and survives dataset JSON and GEXF unchanged", async () => {
    const d = curated().dataset;
    const dir = mkdtempSync(join(tmpdir(), "stancegraph-curated-"));
    const file = join(dir, "caucasus.json");
    writeFileSync(file, datasetJson(d));
    const validated = await cli("validate", file);
    expect(validated.err).toBe("");
    expect(validated.code).toBe(0);
    expect(validated.out).toMatch(/valid — 3 actors, 3 relations/);
    for (const format of ["json", "gexf", "graphml", "csv", "svg", "graphology"]) {
      const out = await cli("export", "--format", format, "--all", "--out", join(dir, `all.${format}`), "--dataset", file);
      expect([format, out.code]).toEqual([format, 0]);
      expect(out.err).toMatch(/^wrote .*: 3 relations, 3 actors/);
    }
    expect(readdirSync(dir).length).toBeGreaterThanOrEqual(7);
    const json = importDataset(readFileSync(join(dir, "all.json"), "utf8"), "all.json");
    expect(json.ok && canonicalDatasetJson(json.dataset)).toBe(canonicalDatasetJson({ $schema: "./schema.json", ...d }));
    const gexf = readGexf(writeGexf(d, { mode: "dynamic" }));
    expect(gexf.ok && canonicalDatasetJson(gexf.dataset)).toBe(canonicalDatasetJson(d));
  });

  it("is checked by the validator: text or file, offsets that select the quote, quotes against inline text", () => {
    const d = curated().dataset;
    const broken = structuredClone(d);
    broken.sources[0]!.file = "sources/x.txt";
    broken.relations[0]!.evidence[0]!.start = 1;
    broken.relations[1]!.evidence[0]!.end = 99;
    broken.relations[2]!.evidence[0]!.quote = "Yerevan said Moscow failed it.";
    delete broken.relations[2]!.evidence[0]!.start;
    const r = validateDataset(JSON.parse(JSON.stringify(broken)));
    expect(r.ok ? [] : r.errors).toEqual([
      { path: "sources[0]", message: 'has both "text" and "file"; keep one (inline text, or a file beside the dataset)' },
      { path: "relations[0].evidence[0].end", message: '"end" − "start" is 43, but the quote is 44 characters long' },
      { path: "relations[1].evidence[0].end", message: '"end" − "start" is 54, but the quote is 34 characters long' },
      { path: "relations[2].evidence[0]", message: 'needs both "start" and "end", or neither' },
      { path: "relations[2].evidence[0].quote", message: 'does not occur verbatim in the text of source "wire-1": "Yerevan said Moscow failed it."' },
    ]);
    const shifted = structuredClone(d);
    Object.assign(shifted.relations[0]!.evidence[0]!, { start: 1, end: 45 });
    const s = validateDataset(shifted);
    expect(s.ok ? [] : s.errors).toEqual([
      { path: "relations[0].evidence[0].start", message: 'characters 1–45 of source "wire-1" are not the quote: the range selects "rmenia froze its participation in the CSTO. "' },
    ]);
    const negative = validateDataset({ ...d, relations: [{ ...d.relations[0]!, evidence: [{ ...d.relations[0]!.evidence[0]!, start: -1, end: 1.5 }] }] });
    expect(negative.ok ? [] : negative.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      "relations[0].evidence[0].start: must be at least 0, got number -1",
      "relations[0].evidence[0].end: expected a whole number, got number 1.5",
    ]);
  });

  it("keeps reading files of the format without the extension (old files)", () => {
    const old = readFileSync(new URL("../fixtures/mini/mini.json", import.meta.url), "utf8");
    expect(importDataset(old, "mini.json").ok).toBe(true);
  });
});
