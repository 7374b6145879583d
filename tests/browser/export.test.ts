/**
 * The Export menu in Debian's Chromium, against the built app: the dialog and its keyboard use,
 * then every file it downloads, opened and checked by a real reader (PNG decoded in the page, SVG
 * rendered as a page, XML by fast-xml-parser, CSV by the app's parser, JSON re-imported).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { launchChromium, openApp } from "./chromium.ts";
import { parseCsv } from "../../src/io/csv.ts";
import { importDataset } from "../../src/io/importDataset.ts";
import { datasetJson } from "../../src/io/datasetJson.ts";
import { generateDataset } from "../../src/model/generate.ts";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let dir: string;
const base = inject("baseUrl");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "stancegraph-export-"));
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  ({ page, errors } = await openApp(context, base));
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const dialog = () => page.getByRole("dialog", { name: "Export" });

/** Opens the menu (if closed), picks what to export, clicks the button, returns the downloaded file. */
async function download(button: string, what: "view" | "all" = "view"): Promise<{ name: string; bytes: Buffer; path: string }> {
  if (!(await dialog().isVisible())) await page.getByRole("button", { name: "Export…" }).click();
  await dialog().getByRole("radio", { name: what === "view" ? /The current view/ : /The whole dataset/ }).check();
  const pending = page.waitForEvent("download");
  await dialog().getByRole("button", { name: button, exact: true }).click();
  const file = await pending;
  const path = join(dir, file.suggestedFilename());
  copyFileSync((await file.path())!, path);
  await expect(dialog().getByRole("status").textContent()).resolves.toContain(`Downloaded ${file.suggestedFilename()}`);
  return { name: file.suggestedFilename(), bytes: readFileSync(path), path };
}

async function closeMenu(): Promise<void> {
  if (await dialog().isVisible()) await page.keyboard.press("Escape");
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const visibleCount = () => page.evaluate(() => window.stancegraph!.view.get().visible.ids.size);
const xml = (text: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(text);

describe("the Export menu", () => {
  it("opens from a real button, works from the keyboard, and Escape closes it and gives the focus back", async () => {
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "actor", id: "RUS" } }));
    const opener = page.getByRole("button", { name: "Export…" });
    await opener.focus();
    await page.keyboard.press("Enter");
    await expect(dialog().isVisible()).resolves.toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("dialog")?.getAttribute("aria-labelledby"))).toBe("export-title");
    const buttons = await dialog().getByRole("button").allTextContents();
    for (const name of ["Download PNG at 1×", "Download PNG at 2×", "Download PNG at 4×", "Download GEXF for Gephi (static snapshot)", "Close"]) expect(buttons).toContain(name);
    await page.keyboard.press("Escape");
    await expect(dialog().isVisible()).resolves.toBe(false);
    await page.waitForFunction(() => document.activeElement?.textContent === "Export…");
    // Escape closed the menu only: the selection on the graph is still there.
    expect(await page.evaluate(() => window.stancegraph!.store.getState().selection)).toEqual({ kind: "actor", id: "RUS" });
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: null }));
  });

  it("leaves the focus where it went right after Close: the dialog's late close event does not take it back", async () => {
    await page.getByRole("button", { name: "Export…" }).click();
    await expect(dialog().isVisible()).resolves.toBe(true);
    // A fast user: Close, then another control, in one task. Chromium fires the dialog's "close"
    // event at the next animation frame; focusing the opener there sent this focus back to "Export…".
    const focused = await page.evaluate(async () => {
      const menu = document.querySelector<HTMLDialogElement>("dialog.export-dialog")!;
      const closed = new Promise((resolve) => menu.addEventListener("close", resolve, { once: true }));
      [...menu.querySelectorAll<HTMLButtonElement>("button")].find((b) => b.textContent === "Close")!.click();
      const other = document.querySelector<HTMLButtonElement>("button.about-button")!;
      other.focus();
      const right = document.activeElement === other;
      // The close event came, and a frame after it: whatever it does is done.
      await closed;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return { right, after: document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent };
    });
    expect(focused).toEqual({ right: true, after: "About this dataset" });
    await expect(dialog().isVisible()).resolves.toBe(false);
  });

  it("offers the dynamic GEXF and no PNG for the whole dataset", async () => {
    await page.getByRole("button", { name: "Export…" }).click();
    await dialog().getByRole("radio", { name: /The whole dataset/ }).check();
    const buttons = await dialog().getByRole("button").allTextContents();
    expect(buttons).toContain("Download GEXF for Gephi (dynamic, plays on its timeline)");
    expect(buttons.some((b) => b.includes("PNG"))).toBe(false);
    await closeMenu();
  });
});

describe("PNG", () => {
  it("downloads the view at 1× and 2× with the date in the name, twice the size, header and legend drawn in", async () => {
    const one = await download("Download PNG at 1×");
    const two = await download("Download PNG at 2×");
    await closeMenu();
    expect(one.name).toBe("karabakh_after-2023_2024-04-18.png");
    expect(two.name).toBe("karabakh_after-2023_2024-04-18_2x.png");
    const s1 = pngSize(one.bytes);
    const s2 = pngSize(two.bytes);
    expect(s1.width).toBeGreaterThan(600);
    expect(s2.width / s1.width).toBeCloseTo(2, 2);
    expect(s2.height / s1.height).toBeCloseTo(2, 2);

    for (const [file, scale] of [[one, 1], [two, 2]] as const) {
      const probe = await page.evaluate(
        async ({ bytes, scale }) => {
          const { model } = window.stancegraph!;
          const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: "image/png" }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext("2d")!;
          ctx.drawImage(bitmap, 0, 0);
          const region = (x: number, y: number, w: number, h: number) => ctx.getImageData(x, y, w, h).data;
          const dark = (d: Uint8ClampedArray) => {
            let n = 0;
            for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 300) n++;
            return n;
          };
          // The caption line ("After 2023, 2024-04-18"), drawn again the way pngExport draws it
          // (x 16, baseline 60, 17 px, weight 600, at 1×), must match the picture's pixels.
          const caption = "After 2023, 2024-04-18";
          const line = { x: 0, y: 42 * scale, w: 400 * scale, h: 24 * scale };
          const expected = new OffscreenCanvas(line.w, line.h).getContext("2d")!;
          expected.fillStyle = "#ffffff";
          expected.fillRect(0, 0, line.w, line.h);
          expected.font = `600 ${17 * scale}px system-ui, 'DejaVu Sans', Arial, sans-serif`;
          expected.fillStyle = "#1d2430";
          expected.fillText(caption, 16 * scale, 60 * scale - line.y);
          const want = expected.getImageData(0, 0, line.w, line.h).data;
          const got = region(line.x, line.y, line.w, line.h);
          let ink = 0;
          let differ = 0;
          for (let i = 0; i < want.length; i += 4) {
            const wantInk = want[i]! < 160;
            const gotInk = got[i]! < 160;
            if (wantInk) ink++;
            if (wantInk !== gotInk) differ++;
          }
          // The legend column (right 250 px): a swatch in each shown relation type's colour.
          const legend = region(bitmap.width - 250 * scale, 96 * scale, 250 * scale, Math.min(bitmap.height - 96 * scale, 420 * scale));
          const types = [...new Set(window.stancegraph!.view.get().visible.relations.map((r) => r.type))].map((t) => model.relationTypes.get(t)!);
          const colourFound = types.map((t) => {
            const n = Number.parseInt(t.color.slice(1), 16);
            const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
            let hits = 0;
            for (let i = 0; i < legend.length; i += 4) if (Math.abs(legend[i]! - r) < 8 && Math.abs(legend[i + 1]! - g) < 8 && Math.abs(legend[i + 2]! - b) < 8) hits++;
            return { type: t.id, hits };
          });
          const graph = region(0, 96 * scale, bitmap.width - 250 * scale, bitmap.height - 96 * scale);
          let graphInk = 0;
          for (let i = 0; i < graph.length; i += 4) if (graph[i]! < 235 || graph[i + 1]! < 235 || graph[i + 2]! < 235) graphInk++;
          return { ink, differ, titleInk: dark(region(0, 0, bitmap.width, 40 * scale)), legendText: dark(legend), colourFound, graphInk: graphInk / (graph.length / 4) };
        },
        { bytes: [...file.bytes], scale },
      );
      expect(probe.ink).toBeGreaterThan(100 * scale);
      // Exact here (0 pixels differ); one wrong digit of the date differs by about 3 %.
      expect(probe.differ / probe.ink).toBeLessThan(0.01);
      expect(probe.titleInk).toBeGreaterThan(500 * scale);
      expect(probe.legendText).toBeGreaterThan(300 * scale);
      for (const c of probe.colourFound) expect(c.hits, `legend swatch of ${c.type}`).toBeGreaterThan(10);
      expect(probe.colourFound.length).toBeGreaterThanOrEqual(5);
      expect(probe.graphInk).toBeGreaterThan(0.01);
    }
  });

  it("names a compare view's picture by both dates", async () => {
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setCompare", compare: { a: "2023-09-18", b: "2024-04-18" } }));
    const png = await download("Download PNG at 1×");
    const svg = await download("Download SVG (vector picture, with legend)");
    await closeMenu();
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setCompare", compare: null }));
    expect(png.name).toBe("karabakh_2023-09-18_vs_2024-04-18.png");
    expect(pngSize(png.bytes).width).toBeGreaterThan(600);
    const text = svg.bytes.toString("utf8");
    expect(text).toContain("2023-09-18");
    expect(text).toContain("compared with");
    expect(text).toContain("+ added");
  });
});

describe("SVG", () => {
  it("downloads a well-formed SVG with the date, the title and the legend, which renders as a page", async () => {
    const svg = await download("Download SVG (vector picture, with legend)");
    await closeMenu();
    expect(svg.name).toBe("karabakh_after-2023_2024-04-18.svg");
    const text = svg.bytes.toString("utf8");
    expect(XMLValidator.validate(text)).toBe(true);
    const title = await page.evaluate(() => window.stancegraph!.model.dataset.title);
    const header = (xml(text).svg.g as Array<{ "@_id"?: string; text: Array<{ "#text": string }> }>).find((g) => g["@_id"] === "header")!;
    expect(header.text.map((t) => t["#text"])).toEqual([title, "After 2023, 2024-04-18", expect.stringContaining("Dataset: karabakh")]);
    for (const label of ["Relations", "Alliance", "Mediation (directed)", "Actors", "State"]) expect(text).toContain(`>${label}</text>`);

    const viewer = await context.newPage();
    await viewer.setViewportSize({ width: 1200, height: 800 });
    await viewer.goto(`file://${svg.path}`);
    expect(await viewer.evaluate(() => document.documentElement.localName)).toBe("svg");
    expect(await viewer.evaluate(() => document.querySelectorAll("text").length)).toBeGreaterThan(20);
    const shot = await viewer.screenshot();
    await viewer.close();
    const ink = await page.evaluate(async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: "image/png" }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d")!;
      ctx.drawImage(bitmap, 0, 0);
      const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 235 || d[i + 1]! < 235 || d[i + 2]! < 235) n++;
      return n / (d.length / 4);
    }, [...shot]);
    expect(ink).toBeGreaterThan(0.02);
  });

  it("places the nodes where the graph on screen has them (a dragged node moves in the SVG)", async () => {
    const circleX = (text: string, label: string) => {
      const doc = xml(text);
      const graph = doc.svg.svg;
      const circles = graph.g.find((g: { "@_id"?: string }) => g["@_id"] === "nodes").circle as Array<{ "@_cx": string; title: string }>;
      return { x: Number(circles.find((c) => c.title.startsWith(label))!["@_cx"]), all: circles.map((c) => Number(c["@_cx"])) };
    };
    const before = circleX((await download("Download SVG (vector picture, with legend)")).bytes.toString("utf8"), "France");
    expect(before.x).toBe(Math.min(...before.all));
    // What a drag does (pointer.ts): the node's position in the view's layout layer.
    await page.evaluate(() => {
      const { positions } = window.stancegraph!.renderer;
      const xs = [...positions.all().values()].map((p) => p.x);
      // To the right of every other actor, still inside the view (the fit leaves room on the right for labels).
      positions.set(new Map([["FRA", { x: Math.max(...xs) + 0.1 * (Math.max(...xs) - Math.min(...xs)), y: positions.get("FRA").y }]]));
    });
    const after = circleX((await download("Download SVG (vector picture, with legend)")).bytes.toString("utf8"), "France");
    await closeMenu();
    await page.evaluate(() => window.stancegraph!.renderer.positions.reset());
    expect(after.x).toBe(Math.max(...after.all));
  });
});

describe("data files of the current view", () => {
  it("GEXF (static), GraphML, dataset JSON, graphology JSON and CSV hold the relations on screen", async () => {
    const n = await visibleCount();
    expect(n).toBe(17);
    const gexf = await download("Download GEXF for Gephi (static snapshot)");
    const graphml = await download("Download GraphML (networkx, yEd, Cytoscape)");
    const json = await download("Download dataset JSON (opens again here)");
    const graphology = await download("Download graphology JSON (for developers)");
    const csv = await download("Download CSV of the relations (spreadsheet)");
    await closeMenu();
    expect([gexf, graphml, json, graphology, csv].map((f) => f.name)).toEqual([
      "karabakh_after-2023_2024-04-18.gexf",
      "karabakh_after-2023_2024-04-18.graphml",
      "karabakh_after-2023_2024-04-18.json",
      "karabakh_after-2023_2024-04-18.graphology.json",
      "karabakh_after-2023_2024-04-18.csv",
    ]);
    for (const f of [gexf, graphml, json, graphology, csv]) expect(f.bytes.length, f.name).toBeGreaterThan(500);

    const g = gexf.bytes.toString("utf8");
    expect(XMLValidator.validate(g)).toBe(true);
    const gx = xml(g);
    expect(gx.gexf.graph["@_mode"]).toBe("static");
    expect(gx.gexf.graph.edges.edge).toHaveLength(n);

    const m = graphml.bytes.toString("utf8");
    expect(XMLValidator.validate(m)).toBe(true);
    expect(xml(m).graphml.graph.edge).toHaveLength(n);

    const snapshot = importDataset(json.bytes.toString("utf8"), json.name);
    expect(snapshot.ok).toBe(true);
    if (snapshot.ok) expect(snapshot.dataset.relations).toHaveLength(n);

    const serialized = JSON.parse(graphology.bytes.toString("utf8"));
    expect(serialized.edges).toHaveLength(n);
    expect(serialized.attributes.caption).toBe("After 2023, 2024-04-18");

    const rows = parseCsv(csv.bytes.toString("utf8"));
    expect(rows).toHaveLength(n + 1);
    expect(rows[0]!.slice(0, 3)).toEqual(["id", "source", "target"]);
  });

  it("follows the filters: a hidden type is left out and the names say filtered", async () => {
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "toggleType", id: "mediation" }));
    const n = await visibleCount();
    const csv = await download("Download CSV of the relations (spreadsheet)");
    await closeMenu();
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "toggleType", id: "mediation" }));
    expect(n).toBeLessThan(17);
    expect(csv.name).toBe("karabakh_after-2023_2024-04-18_filtered.csv");
    const rows = parseCsv(csv.bytes.toString("utf8"));
    expect(rows).toHaveLength(n + 1);
    expect(rows.some((r) => r.includes("mediation"))).toBe(false);
  });
});

describe("GEXF styled for Gephi", () => {
  it("carries viz colours, sizes and the positions on screen (a dragged node too), and reads back", async () => {
    // What a drag does (pointer.ts): the node's position in the view's layout layer.
    await page.evaluate(() => window.stancegraph!.renderer.positions.set(new Map([["FRA", { x: 77.5, y: -12.25 }]])));
    const file = await download("Download GEXF styled for Gephi (this layout and these colours)");
    await closeMenu();
    const onScreen = await page.evaluate(() => Object.fromEntries(window.stancegraph!.renderer.positions.all()));
    await page.evaluate(() => window.stancegraph!.renderer.positions.reset());
    expect(file.name).toBe("karabakh_after-2023_2024-04-18.gephi.gexf");
    const text = file.bytes.toString("utf8");
    expect(XMLValidator.validate(text)).toBe(true);
    const graph = xml(text).gexf.graph;
    const nodes = graph.nodes.node as Array<Record<string, Record<string, string>> & { "@_id": string }>;
    expect(nodes).toHaveLength(10);
    for (const n of nodes) {
      expect(Number(n["viz:position"]!["@_x"]), n["@_id"]).toBeCloseTo(onScreen[n["@_id"]]!.x, 3);
      expect(Number(n["viz:position"]!["@_y"]), n["@_id"]).toBeCloseTo(onScreen[n["@_id"]]!.y, 3);
      expect(n["viz:color"]!["@_r"]).toBeDefined();
      expect(Number(n["viz:size"]!["@_value"])).toBeGreaterThan(0);
    }
    expect(nodes.find((n) => n["@_id"] === "FRA")!["viz:position"]).toMatchObject({ "@_x": "77.5", "@_y": "-12.25" });
    const edges = graph.edges.edge as Array<Record<string, Record<string, string>>>;
    expect(edges).toHaveLength(17);
    for (const e of edges) expect(e["viz:color"] && e["viz:thickness"]).toBeTruthy();
    const back = importDataset(text, file.name);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.dataset.relations).toHaveLength(17);
  });
});

describe("data files of the whole dataset", () => {
  it("dataset JSON re-imports as an equal dataset; GEXF is dynamic; every relation of all time is there", async () => {
    const json = await download("Download dataset JSON (opens again here)", "all");
    const gexf = await download("Download GEXF for Gephi (dynamic, plays on its timeline)", "all");
    const csv = await download("Download CSV of the relations (spreadsheet)", "all");
    await closeMenu();
    expect([json.name, gexf.name, csv.name]).toEqual(["karabakh_all.json", "karabakh_all.gexf", "karabakh_all.csv"]);
    const shown = await page.evaluate(() => JSON.stringify(window.stancegraph!.model.dataset));
    const back = importDataset(json.bytes.toString("utf8"), json.name);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.dataset).toEqual(JSON.parse(shown));
    const g = xml(gexf.bytes.toString("utf8"));
    expect(g.gexf.graph["@_mode"]).toBe("dynamic");
    expect(g.gexf.graph["@_timeformat"]).toBe("date");
    expect(g.gexf.graph.edges.edge).toHaveLength(20);
    expect(parseCsv(csv.bytes.toString("utf8"))).toHaveLength(21);
    expect(errors).toEqual([]);
  });

  it("downloads a dataset opened from a file as the same bytes: its relations and events, rebuilt as they arrive from the loader, keep every field and its order", async () => {
    const generated = generateDataset({ actors: 60, relations: 600, years: 5, seed: 4 });
    // Every optional field on one relation: nine, more than V8 keeps in an object's own shape.
    const [first, ...rest] = generated.relations;
    generated.relations = [{ ...first!, to: "2030-01-01", note: "A curator's note.", confidence: "low" }, ...rest];
    const text = datasetJson(generated);
    const keys = Object.keys((JSON.parse(text) as { relations: object[] }).relations[0]!);
    expect(keys).toHaveLength(9);
    await page.locator("input.import-input").setInputFiles({ name: "opened.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await page.waitForFunction((n) => document.body.dataset.ready === "true" && window.stancegraph?.model.dataset.relations.length === n, generated.relations.length);
    const held = await page.evaluate(() => {
      const { relations, events } = window.stancegraph!.model.dataset;
      const plain = (o: object) => Object.getPrototypeOf(o) === Object.prototype;
      return { keys: Object.keys(relations[0]!), plain: relations.every(plain) && events.every(plain), events: events.length };
    });
    expect(held).toEqual({ keys, plain: true, events: generated.events.length });
    const json = await download("Download dataset JSON (opens again here)", "all");
    await closeMenu();
    expect(json.bytes.toString("utf8")).toBe(text);
    expect(errors).toEqual([]);
  });
});
