/**
 * Sigma's vertex arrays go to WebGL only where they changed (src/view/sigmaInternals.ts,
 * uploadOnlyChanges): a frame that writes nothing (a camera move, a still frame) sends nothing; a
 * hover or a date step sends the part written. What WebGL holds is then read back
 * (`getBufferSubData`) and compared with every program's array: a write the upload missed would
 * leave the picture showing an old state, so after each kind of change the two must be equal.
 * The bytes are counted by wrapping WebGL's own upload calls in the page, not by the app.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { datasetJsonLines } from "../../src/io/datasetJson.ts";
import { generateDataset } from "../../src/model/generate.ts";
import type { Action } from "../../src/app/state.ts";
import { byRelationsShown, drawn, keepImportIn, openApp } from "./chromium.ts";
import { inkAlongPath } from "./ink.ts";
import { useBrowser } from "./useBrowser.ts";

const base = inject("baseUrl");
const browser = useBrowser();

/** Counts the bytes every WebGL context of the page is sent with bufferData and bufferSubData. */
const COUNT_UPLOADS = `(() => {
  const count = { data: 0, sub: 0 };
  window.__uploads = count;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const data = proto.bufferData;
    proto.bufferData = function (target, src, usage, ...rest) {
      if (src && typeof src === "object") count.data += src.byteLength;
      return data.call(this, target, src, usage, ...rest);
    };
    const sub = proto.bufferSubData;
    proto.bufferSubData = function (target, offset, src, srcOffset, length) {
      count.sub += length !== undefined ? length * src.BYTES_PER_ELEMENT : src.byteLength - (srcOffset ?? 0) * src.BYTES_PER_ELEMENT;
      return sub.apply(this, arguments);
    };
  }
})();`;

/** Bytes sent since the last call, and sigma's frames meanwhile. */
async function sentSince(page: Page): Promise<() => Promise<{ bytes: number; frames: number }>> {
  await page.evaluate(() => {
    const w = window as unknown as { __uploads: { data: number; sub: number }; __frames?: number; __counting?: boolean };
    w.__uploads.data = w.__uploads.sub = 0;
    w.__frames = 0;
    if (!w.__counting) window.stancegraph!.renderer.sigma.on("afterRender", () => (w.__frames = (w.__frames ?? 0) + 1));
    w.__counting = true;
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __uploads: { data: number; sub: number }; __frames: number };
      return { bytes: w.__uploads.data + w.__uploads.sub, frames: w.__frames };
    });
}

/**
 * Every leaf program's array against what its WebGL buffers hold (the picture's and the picking
 * pass's), read back, for the programs with something to draw; and the bytes all the arrays hold (what sigma itself sends at every frame,
 * twice for the programs with a picking pass).
 */
function buffersAgainstArrays(page: Page): Promise<{ programs: number; differing: string[]; wholeFrameBytes: number }> {
  return page.evaluate(() => {
    interface Info { gl: WebGL2RenderingContext; buffer: WebGLBuffer }
    interface Leaf { array: Float32Array; verticesCount: number; normalProgram: Info; pickProgram: Info | null; programs?: Leaf[] }
    const sigma = window.stancegraph!.renderer.sigma as unknown as Record<string, Record<string, Leaf>>;
    const differing: string[] = [];
    let programs = 0;
    let wholeFrameBytes = 0;
    for (const group of ["nodePrograms", "nodeHoverPrograms", "edgePrograms"]) {
      for (const [type, program] of Object.entries(sigma[group]!)) {
        (program.programs ?? [program]).forEach((leaf, k) => {
          programs++;
          // A program with nothing to draw is not drawn, nor sent (sigma's render returns first).
          if (leaf.verticesCount === 0) return;
          for (const [pass, info] of [["picture", leaf.normalProgram], ["picking", leaf.pickProgram]] as const) {
            if (!info) continue;
            wholeFrameBytes += leaf.array.byteLength;
            const gl = info.gl;
            gl.bindBuffer(gl.ARRAY_BUFFER, info.buffer);
            const size = gl.getBufferParameter(gl.ARRAY_BUFFER, gl.BUFFER_SIZE) as number;
            const held = new Float32Array(size / 4);
            if (size > 0) gl.getBufferSubData(gl.ARRAY_BUFFER, 0, held);
            gl.bindBuffer(gl.ARRAY_BUFFER, null);
            const where = `${group}.${type}[${k}] ${pass}`;
            if (held.length !== leaf.array.length) differing.push(`${where}: ${held.length} floats held, ${leaf.array.length} in the array`);
            else {
              const first = leaf.array.findIndex((v, i) => !Object.is(v, held[i]));
              if (first >= 0) differing.push(`${where}: float ${first} is ${held[first]} in WebGL, ${leaf.array[first]} in the array`);
            }
          }
        });
      }
    }
    return { programs, differing, wholeFrameBytes };
  });
}

/** Dispatches `action`, waits until it is drawn, and says what was sent meanwhile and what WebGL holds then. */
async function afterAction(page: Page, action: Action): Promise<{ bytes: number; frames: number; held: Awaited<ReturnType<typeof buffersAgainstArrays>> }> {
  const sent = await sentSince(page);
  await page.evaluate((a) => window.stancegraph!.store.dispatch(a), action);
  await drawn(page, 60_000);
  return { ...(await sent()), held: await buffersAgainstArrays(page) };
}

describe("uploading only what changed in sigma's buffers", () => {
  it("sends nothing for a camera move, a few kilobytes for a relation written in place, and WebGL holds what every array holds after each", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(COUNT_UPLOADS);
    await keepImportIn(context, base, "2k.json", { text: datasetJsonLines(generateDataset({ actors: 2000, relations: 20_000, years: 20, seed: 3 })) });
    const { page, errors } = await openApp(context, `${base}#date=2015-06-01`);
    await drawn(page, 120_000);

    const start = await buffersAgainstArrays(page);
    expect(start.programs).toBeGreaterThanOrEqual(3);
    expect(start.differing).toEqual([]);
    expect(start.wholeFrameBytes).toBeGreaterThan(300_000);

    // A camera move: a frame, and no vertex sent (sigma sent every array twice per frame).
    const sent = await sentSince(page);
    await page.evaluate(() => {
      const camera = window.stancegraph!.renderer.sigma.getCamera();
      const s = camera.getState();
      camera.setState({ ...s, x: s.x + 0.05, ratio: s.ratio * 0.8 });
    });
    await drawn(page);
    const moved = await sent();
    expect(moved.frames).toBeGreaterThanOrEqual(1);
    expect(moved.bytes).toBe(0);
    expect((await buffersAgainstArrays(page)).differing).toEqual([]);

    // A hover lifts a hub's relations (programs of their own: moved to their ends, keepBuffersInPlace.restyle).
    const hub = (await byRelationsShown(page))[0]!;
    const hovered = await afterAction(page, { type: "hover", id: hub });
    expect(hovered.frames).toBeGreaterThanOrEqual(1);
    expect(hovered.bytes).toBeGreaterThan(0);
    expect(hovered.held.differing).toEqual([]);
    expect((await afterAction(page, { type: "hover", id: null })).held.differing).toEqual([]);

    // Hovering a relation writes it again where it is: the few kilobytes around it are sent.
    const relation = await page.evaluate(() => [...window.stancegraph!.view.get().visible.ids][0]!);
    const written = await afterAction(page, { type: "hoverRelation", id: relation });
    expect(written.frames).toBeGreaterThanOrEqual(1);
    expect(written.bytes).toBeGreaterThan(0);
    expect(written.bytes).toBeLessThan(written.held.wholeFrameBytes / 10);
    expect(written.held.differing).toEqual([]);
    expect((await afterAction(page, { type: "hoverRelation", id: null })).held.differing).toEqual([]);

    // One-day steps and a jump: relations come in at the end of the buffers and leave holes.
    const steps = ["2015-06-02", "2015-06-03", "2015-06-04", "2016-01-01", "2012-03-01"];
    const entered = new Set<string>();
    for (const date of steps) {
      const before = new Set(await page.evaluate(() => [...window.stancegraph!.view.get().visible.ids]));
      expect((await afterAction(page, { type: "setDate", date })).held.differing, `after the step to ${date}`).toEqual([]);
      const now = await page.evaluate(() => [...window.stancegraph!.view.get().visible.ids]);
      for (const id of now) if (!before.has(id)) entered.add(id);
    }
    // A relation that came in on a step is drawn: ink of its colour along its path (the longest on
    // screen of those that came in and are shown at the date returned to, the camera reset).
    expect(entered.size).toBeGreaterThan(0);
    await page.evaluate((d) => window.stancegraph!.store.dispatch({ type: "setDate", date: d }), steps[0]!);
    await page.evaluate(() => window.stancegraph!.renderer.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await drawn(page, 60_000);
    expect((await buffersAgainstArrays(page)).differing).toEqual([]);
    const shown = await page.evaluate((ids) => {
      const { renderer, view } = window.stancegraph!;
      const sigma = renderer.sigma;
      const graph = sigma.getGraph();
      const at = (n: string) => sigma.graphToViewport(renderer.positions.get(n));
      const length = (e: string) => Math.hypot(at(graph.source(e)).x - at(graph.target(e)).x, at(graph.source(e)).y - at(graph.target(e)).y);
      return ids.filter((id) => view.get().visible.ids.has(id)).sort((a, b) => length(b) - length(a))[0];
    }, [...entered]);
    expect(shown).toBeDefined();
    expect((await afterAction(page, { type: "select", selection: { kind: "relation", id: shown! } })).held.differing).toEqual([]);
    const ink = await inkAlongPath(page, shown!);
    expect(ink.samples).toBeGreaterThan(0);
    expect(ink.hits / ink.samples).toBeGreaterThan(0.8);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
