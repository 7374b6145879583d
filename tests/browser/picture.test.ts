/**
 * The picture you can trust: labels that read (none overlaps another label or a node, at both
 * periods and in compare mode, on a desktop and on a phone), a click on a label selects what it
 * names, the PNG draws every relation shown along its path, and the SVG rasterised in Chromium is
 * the PNG's picture (same marks, pixel difference under a stated threshold).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { drawn, launchChromium, openApp } from "./chromium.ts";

let browser: Browser;
const base = inject("baseUrl");

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Pairs of overlapping label boxes, labels over a node other than their own, and labels with no ink. */
function labelProblems(page: Page) {
  return page.evaluate(() => {
    const { renderer, store } = window.stancegraph!;
    const labels = renderer.labels();
    const { nodes } = renderer.picture({ view: { kind: "date", date: store.getState().date }, actors: [], relations: [], filtered: false }).scene;
    const overlaps: string[] = [];
    const onNodes: string[] = [];
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1)) {
        if (a.box.x < b.box.x + b.box.w && b.box.x < a.box.x + a.box.w && a.box.y < b.box.y + b.box.h && b.box.y < a.box.y + a.box.h) overlaps.push(`${a.text} × ${b.text}`);
      }
      for (const n of nodes) {
        if (a.kind === "node" && a.id === n.id) continue;
        const nx = Math.max(a.box.x, Math.min(n.x, a.box.x + a.box.w));
        const ny = Math.max(a.box.y, Math.min(n.y, a.box.y + a.box.h));
        if ((nx - n.x) ** 2 + (ny - n.y) ** 2 < n.r * n.r) onNodes.push(`${a.text} on ${n.id}`);
      }
    });
    return { count: labels.length, edgeLabels: labels.filter((l) => l.kind === "edge").length, overlaps, onNodes };
  });
}

/** Dark pixels (text) inside each label's box, from a screenshot of the graph. */
async function labelInk(page: Page): Promise<string[]> {
  const png = (await page.locator("#graph").screenshot()).toString("base64");
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const missing: string[] = [];
    for (const l of window.stancegraph!.renderer.labels()) {
      const { x, y, w, h } = l.box;
      const px = ctx.getImageData(Math.max(0, Math.floor(x)), Math.max(0, Math.floor(y)), Math.max(1, Math.ceil(w)), Math.max(1, Math.ceil(h))).data;
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 110 && px[i + 1]! < 110 && px[i + 2]! < 130) dark++;
      if (dark < 5) missing.push(l.text);
    }
    return missing;
  }, png);
}

describe("labels that read", () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    for (const hash of ["period=after-2023", "period=before-2023", "compare=before-2023,after-2023"]) {
      it(`overlap no other label and no node, and are drawn: ${hash} at ${viewport.width}×${viewport.height}`, async () => {
        const { page, errors } = await openApp(browser, `${base}#${hash}`, viewport);
        await drawn(page);
        const problems = await labelProblems(page);
        expect(problems.overlaps).toEqual([]);
        expect(problems.onNodes).toEqual([]);
        // Every actor named on a desktop; on a phone, most of them.
        expect(problems.count - problems.edgeLabels).toBeGreaterThanOrEqual(viewport.width > 800 ? 10 : 6);
        if (viewport.width > 800) expect(problems.edgeLabels).toBeGreaterThanOrEqual(8);
        expect(await labelInk(page)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it("shows the selected relation's full label, and a click on an edge label selects its relation", async () => {
    const { page } = await openApp(browser, `${base}#period=after-2023`, { width: 390, height: 844 });
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "select", selection: { kind: "relation", id: "RUS-ARM-estrangement-2023" } }));
    await drawn(page);
    const forced = await page.evaluate(() => window.stancegraph!.renderer.labels().find((l) => l.id === "RUS-ARM-estrangement-2023"));
    expect(forced?.text).toBe("estrangement");
    await page.close();

    const desk = (await openApp(browser, `${base}#period=after-2023`)).page;
    await drawn(desk);
    const label = await desk.evaluate(() => window.stancegraph!.renderer.labels().find((l) => l.kind === "edge" && l.id === "RUS-ARM-estrangement-2023")!.box);
    const box = (await desk.locator("#graph").boundingBox())!;
    await desk.mouse.click(box.x + label.x + label.w / 2, box.y + label.y + label.h / 2);
    await desk.waitForFunction(() => window.stancegraph!.store.getState().selection !== null);
    expect(await desk.evaluate(() => window.stancegraph!.store.getState().selection)).toEqual({ kind: "relation", id: "RUS-ARM-estrangement-2023" });
    await desk.close();
  });
});

describe("exports equal to the screen", () => {
  it("the PNG draws every relation shown along its path, and the SVG rasterised is the same picture", async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
    const { page, errors } = await openApp(context, `${base}#period=after-2023`);
    await drawn(page);
    const save = async (button: string) => {
      if (!(await page.getByRole("dialog", { name: "Export" }).isVisible())) await page.getByRole("button", { name: "Export…" }).click();
      const pending = page.waitForEvent("download");
      await page.getByRole("dialog", { name: "Export" }).getByRole("button", { name: button, exact: true }).click();
      const file = await pending;
      const chunks: Buffer[] = [];
      for await (const chunk of (await file.createReadStream())!) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("base64");
    };
    const png = await save("Download PNG at 1×");
    const svg = await save("Download SVG (vector picture, with legend)");
    const result = await page.evaluate(
      async ({ png, svg }) => {
        const { renderer, store, model } = window.stancegraph!;
        const picture = renderer.picture({ view: { kind: "date", date: store.getState().date }, actors: [], relations: [], filtered: false });
        const decode = async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const c = document.createElement("canvas");
          c.width = img.naturalWidth;
          c.height = img.naturalHeight;
          const ctx = c.getContext("2d")!;
          ctx.fillStyle = "#ffffff";
          ctx.fillRect(0, 0, c.width, c.height);
          ctx.drawImage(img, 0, 0);
          return { w: c.width, h: c.height, data: ctx.getImageData(0, 0, c.width, c.height).data };
        };
        const a = await decode(`data:image/png;base64,${png}`);
        const b = await decode(`data:image/svg+xml;base64,${svg}`);
        // Every relation on screen is in the scene, and has ink of its colour along its path in the PNG.
        const shown = [...window.stancegraph!.view.get().visible.ids].sort();
        const inScene = picture.scene.edges.map((e) => e.id).sort();
        const header = 96;
        const undrawn: string[] = [];
        for (const e of picture.scene.edges) {
          const want = [1, 3, 5].map((i) => Number.parseInt(e.color.slice(i, i + 2), 16));
          let hits = 0;
          let samples = 0;
          for (let k = 0; k <= 36; k++) {
            const t = 0.05 + (0.9 * k) / 36;
            const c = e.control ?? { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
            const x = (1 - t) ** 2 * e.x1 + 2 * t * (1 - t) * c.x + t ** 2 * e.x2;
            const y = (1 - t) ** 2 * e.y1 + 2 * t * (1 - t) * c.y + t ** 2 * e.y2;
            if (picture.scene.nodes.some((n) => Math.hypot(n.x - x, n.y - y) < n.r + 3)) continue;
            if (picture.scene.labels.some((l) => x >= l.box.x - 2 && x <= l.box.x + l.box.w + 2 && y >= l.box.y - 2 && y <= l.box.y + l.box.h + 2)) continue;
            samples++;
            let found = false;
            for (let oy = -3; oy <= 3 && !found; oy++) {
              for (let ox = -3; ox <= 3 && !found; ox++) {
                const i = ((Math.round(y + header + oy)) * a.w + Math.round(x + ox)) * 4;
                if (Math.hypot(a.data[i]! - want[0]!, a.data[i + 1]! - want[1]!, a.data[i + 2]! - want[2]!) <= 48) found = true;
              }
            }
            if (found) hits++;
          }
          if (samples < 2 || hits < samples * 0.8) undrawn.push(`${e.id}: ${hits}/${samples}`);
        }
        // The SVG and the PNG, pixel by pixel: the share of pixels that differ clearly.
        let differ = 0;
        for (let i = 0; i < a.data.length; i += 4) {
          const d = Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!);
          if (d > 96) differ++;
        }
        const type = (id: string) => model.relations.get(id)!.type;
        return { shown, inScene, undrawn, sizes: [a.w, a.h, b.w, b.h], differ: differ / (a.data.length / 4), estrangement: type("RUS-ARM-estrangement-2023") };
      },
      { png, svg },
    );
    expect(result.inScene).toEqual(result.shown);
    expect(result.undrawn).toEqual([]);
    expect(result.sizes[0]).toBe(result.sizes[2]);
    expect(result.sizes[1]).toBe(result.sizes[3]);
    // Text is antialiased a little differently by the two rasterisers; the marks are the same.
    expect(result.differ).toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await context.close();
  });
});
