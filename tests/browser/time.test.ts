/**
 * The time controls in Debian's Chromium, against the built app: the before/after toggle changes
 * what is drawn (state and pixels), the scrubber moves by keyboard, playback advances and stops,
 * compare mode lists the changes and selects a pair, links restore views and survive garbage,
 * back/forward step through views, and "lay out this date" moves nodes and back.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { drawn, keepPixels, openApp } from "./chromium.ts";
import { useBrowser } from "./useBrowser.ts";

const browser = useBrowser();
const base = inject("baseUrl");

const state = (p: Page) => p.evaluate(() => window.stancegraph!.store.getState());
const visibleIds = (p: Page) => p.evaluate(() => [...window.stancegraph!.view.get().visible.ids].sort());
const fragment = (p: Page) => p.evaluate(() => location.hash);
/** The renderer has drawn the view and its fades are over (a condition, not a sleep). */
const settle = (p: Page) => drawn(p);
/** `n` animation frames go by (playback moves the date on every frame in which a day passes). */
const frames = (p: Page, n: number) =>
  p.evaluate((count) => new Promise<void>((resolve) => {
    let left = count;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);

/** Fraction of pixels that differ between two kept pictures, and how many are near a colour in each. */
function comparePixels(p: Page, a: string, b: string, hex: string) {
  return p.evaluate(
    ([ka, kb, colour]) => {
      const w = window as unknown as Record<string, Uint8ClampedArray>;
      const [x, y] = [w[ka]!, w[kb]!];
      const n = parseInt(colour.slice(1), 16);
      const [r, g, bl] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
      const near = (d: Uint8ClampedArray, i: number) => Math.abs(d[i]! - r) + Math.abs(d[i + 1]! - g) + Math.abs(d[i + 2]! - bl) < 60 && d[i + 3]! > 200;
      let differ = 0;
      let inA = 0;
      let inB = 0;
      for (let i = 0; i < x.length; i += 4) {
        if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > 30) differ++;
        if (near(x, i)) inA++;
        if (near(y, i)) inB++;
      }
      return { differ: differ / (x.length / 4), inA, inB };
    },
    [a, b, hex] as const,
  );
}

describe("before/after toggle", () => {
  it("changes the relations drawn (Russia–Armenia turns from alliance to estrangement) and the picture, without moving a node", async () => {
    const { page, errors } = await openApp(browser, base);
    const after = page.getByRole("button", { name: /After 2023/ });
    const before = page.getByRole("button", { name: /Before 2023/ });
    await expect(after.getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(before.getAttribute("aria-pressed")).resolves.toBe("false");
    const idsAfter = await visibleIds(page);
    expect(idsAfter).toContain("RUS-ARM-estrangement-2023");
    expect(idsAfter).not.toContain("RUS-ARM-alliance-1992");
    const positions = () => page.evaluate(() => JSON.stringify([...window.stancegraph!.renderer.positions.all()]));
    const stable = await positions();
    await settle(page);
    await keepPixels(page, "after");
    await page.evaluate(() => void ((window as unknown as { __sigmaGraph: unknown }).__sigmaGraph = window.stancegraph!.renderer.sigma.getGraph()));

    await before.click();
    expect((await state(page)).date).toBe("2023-09-18");
    await expect(before.getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(after.getAttribute("aria-pressed")).resolves.toBe("false");
    const idsBefore = await visibleIds(page);
    expect(idsBefore).toContain("RUS-ARM-alliance-1992");
    expect(idsBefore).toContain("AZE-NKR-hostility-2020");
    expect(idsBefore).not.toContain("RUS-ARM-estrangement-2023");
    expect(idsBefore).not.toEqual(idsAfter);
    await settle(page);
    await keepPixels(page, "before");
    // Estrangement (orange, #E69F00) has three relations after and one before.
    const diff = await comparePixels(page, "after", "before", "#E69F00");
    expect(diff.differ).toBeGreaterThan(0.002);
    expect(diff.inA).toBeGreaterThan(diff.inB);
    const drawn = await page.evaluate(() => window.stancegraph!.renderer.sigma.getEdgeDisplayData("RUS-ARM-alliance-1992"));
    expect(drawn).toMatchObject({ hidden: false, color: "#009E73", label: "alliance" });
    await expect(page.locator(".tl-date").textContent()).resolves.toBe("18 Sep 2023");

    // The date changed the view, not the graph: sigma's (display) graph is the same object,
    // updated in place (src/view/displayGraph.ts), and no node moved.
    expect(await page.evaluate(() => window.stancegraph!.renderer.sigma.getGraph() === (window as unknown as { __sigmaGraph: unknown }).__sigmaGraph)).toBe(true);
    expect(await positions()).toBe(stable);
    expect(await fragment(page)).toBe("#period=before-2023");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("scrubber", () => {
  it("moves a day with the arrows, a month with Shift or PageUp/PageDown, to the ends with Home/End", async () => {
    // The address bar's clock stands still until the test moves it: every key press belongs to one
    // scrub however slowly this machine runs (the policy itself: tests/unit/urlWriter.test.ts).
    const context = await browser.newContext();
    await context.addInitScript(() => {
      let now = 0;
      const timers: Array<{ at: number; run: () => void }> = [];
      const w = window as unknown as { stancegraphTestHooks?: object; advanceUrlClock: (ms: number) => void };
      w.stancegraphTestHooks = {
        ...w.stancegraphTestHooks,
        urlClock: {
          now: () => now,
          setTimeout: (run: () => void, ms: number) => {
            const t = { at: now + ms, run };
            timers.push(t);
            return t;
          },
          clearTimeout: (t: unknown) => {
            const i = timers.indexOf(t as (typeof timers)[number]);
            if (i >= 0) timers.splice(i, 1);
          },
        },
      };
      w.advanceUrlClock = (ms) => {
        now += ms;
        for (const t of timers.filter((x) => x.at <= now).sort((a, b) => a.at - b.at)) {
          timers.splice(timers.indexOf(t), 1);
          t.run();
        }
      };
    });
    const { page } = await openApp(context, `${base}#date=2023-10-02`);
    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    expect(await visibleIds(page)).toContain("RUS-ARM-alliance-1992");
    await page.keyboard.press("ArrowRight");
    expect((await state(page)).date).toBe("2023-10-03");
    expect(await visibleIds(page)).toContain("RUS-ARM-estrangement-2023");
    expect(await visibleIds(page)).not.toContain("RUS-ARM-alliance-1992");
    await expect(slider.getAttribute("aria-valuetext")).resolves.toMatch(/^Tuesday, 3 October 2023, \d+ relations shown$/);
    await page.keyboard.press("Shift+ArrowRight");
    expect((await state(page)).date).toBe("2023-11-03");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    expect((await state(page)).date).toBe("2023-09-03");
    await page.keyboard.press("ArrowLeft");
    expect((await state(page)).date).toBe("2023-09-02");
    await page.keyboard.press("End");
    expect((await state(page)).date).toBe("2024-06-30");
    await page.keyboard.press("ArrowRight");
    expect((await state(page)).date).toBe("2024-06-30");
    await page.keyboard.press("Home");
    expect((await state(page)).date).toBe("2020-09-27");
    await expect(page.locator(".tl-date").textContent()).resolves.toBe("27 Sep 2020");
    await expect(page.locator("time.tl-date").getAttribute("datetime")).resolves.toBe("2020-09-27");
    // One scrub is one history entry, pushed at its first step; the address follows it, throttled:
    // with the clock standing still, only the first step is written yet.
    expect(await fragment(page)).toBe("#date=2023-10-03");
    await page.evaluate(() => (window as unknown as { advanceUrlClock: (ms: number) => void }).advanceUrlClock(1000));
    expect(await fragment(page)).toBe("#date=2020-09-27");
    await page.goBack();
    await page.waitForFunction(() => window.stancegraph!.store.getState().date === "2023-10-02");
    await context.close();
  });

  it("marks events on the track: labelled on focus, arrow keys between them, Enter jumps to the date", async () => {
    const { page } = await openApp(browser, base);
    const events = page.getByRole("toolbar", { name: /Events/ });
    const first = events.getByRole("button").first();
    await expect(events.getByRole("button").count()).resolves.toBe(20);
    await first.focus();
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("War, 27 Sep 2020 – 9 Nov 2020: go to this date");
    await page.keyboard.press("ArrowRight");
    const focused = page.locator(".tl-event:focus");
    await expect(focused.getAttribute("aria-label")).resolves.toMatch(/^Ceasefire, 10 Nov 2020/);
    // Keyboard focus shows the label, as hover does.
    await expect(focused.locator(".tl-tip").evaluate((el) => getComputedStyle(el).display)).resolves.toBe("flex");
    await expect(focused.locator(".tl-tip").textContent()).resolves.toBe("Ceasefire10 Nov 2020");
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    expect((await state(page)).date).toBe("2024-04-17");
    // Only one of the twenty is in the Tab order.
    await expect(page.locator(".tl-event[tabindex='0']").count()).resolves.toBe(1);
    // The histogram of changes is drawn, and summarised in text.
    expect(await page.locator(".tl-histogram rect").count()).toBeGreaterThan(5);
    await expect(page.locator("#timeline-summary").textContent()).resolves.toMatch(/^Timeline from 27 Sep 2020 to 30 Jun 2024: \d+ relation changes/);
    await page.close();
  });
});

describe("playback", () => {
  it("advances the date at the chosen speed, pauses, and stops at the end", async () => {
    const { page } = await openApp(browser, `${base}#date=2022-01-01`);
    await page.getByRole("combobox", { name: "Playback speed" }).selectOption("90");
    await page.getByRole("button", { name: "Play through time" }).click();
    await page.waitForFunction(() => window.stancegraph!.store.getState().date > "2022-01-20");
    expect((await state(page)).playing).toBe(true);
    const pause = page.getByRole("button", { name: "Pause playback" });
    await pause.click();
    const paused = await state(page);
    expect(paused.playing).toBe(false);
    // At 90 days a second, any frame of a running playback moves the date.
    await frames(page, 10);
    expect((await state(page)).date).toBe(paused.date);
    // Stopping writes where it stopped to the address.
    expect(await fragment(page)).toBe(`#date=${paused.date}`);

    await page.getByRole("combobox", { name: "Playback speed" }).selectOption("365");
    await page.evaluate(() => window.stancegraph!.store.dispatch({ type: "setDate", date: "2024-05-01" }));
    await page.getByRole("button", { name: "Play through time" }).click();
    await page.waitForFunction(() => !window.stancegraph!.store.getState().playing, null, { timeout: 60_000 });
    expect((await state(page)).date).toBe("2024-06-30");
    await expect(page.getByRole("button", { name: "Play through time" }).textContent()).resolves.toBe("▶ Play");
    await page.close();
  });
});

describe("compare mode", () => {
  it("overlays the two periods, lists what changed with evidence, and selects a pair from the list", async () => {
    const { page, errors } = await openApp(browser, base);
    await page.getByRole("button", { name: "Compare two dates" }).click();
    expect((await state(page)).compare).toEqual({ a: "2023-09-18", b: "2024-04-18" });
    await expect(page.getByRole("button", { name: "Compare two dates" }).getAttribute("aria-pressed")).resolves.toBe("true");
    const status = await page.evaluate(() => Object.fromEntries(window.stancegraph!.view.get().visible.status!));
    expect(status["RUS-ARM-alliance-1992"]).toBe("removed");
    expect(status["RUS-ARM-estrangement-2023"]).toBe("added");
    expect(status["RUS-ARM-mediation-2020"]).toBe("kept");
    expect(status["AZE-NKR-hostility-2020"]).toBe("removed");
    await settle(page);
    const label = await page.evaluate(() => window.stancegraph!.renderer.sigma.getEdgeDisplayData("RUS-ARM-estrangement-2023")!.label);
    expect(label).toBe("+ estrangement");

    const list = page.getByRole("list", { name: /What changed/ });
    const entries = list.getByRole("button");
    await expect(entries.allTextContents()).resolves.toEqual([
      "≠ changed Armenia – CSTO: membership → estrangement, from 2024-02-22",
      "≠ changed Russia – Armenia: alliance → estrangement (mediation throughout), from 2023-10-03",
      "+ added France – Armenia: no relation → partnership, from 2023-10-23",
      "+ added Armenia – ICC: no relation → membership, from 2024-02-01",
      "− removed Azerbaijan – Karabakh Armenians: hostility → no relation, until 2023-09-20",
    ]);
    await expect(list.locator("blockquote").count()).resolves.toBe(5);

    const rusArm = entries.filter({ hasText: "Russia – Armenia" });
    await rusArm.click();
    expect((await state(page)).selection).toEqual({ kind: "pair", a: "RUS", b: "ARM" });
    await expect(rusArm.getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(page.locator("#details-panel h2").first().textContent()).resolves.toBe("Russia – Armenia");
    await settle(page);
    const faded = await page.evaluate(() => {
      const s = window.stancegraph!.renderer.sigma;
      return { rus: s.getNodeDisplayData("RUS")!.color, aze: s.getNodeDisplayData("AZE")!.color };
    });
    expect(faded.rus).not.toBe("#d7dbe0");
    expect(faded.aze).toBe("#d7dbe0");

    // A new second date recomputes the list.
    await page.getByLabel("Second date").fill("2023-10-03");
    expect((await state(page)).compare).toEqual({ a: "2023-09-18", b: "2023-10-03" });
    await expect(list.getByRole("button").count()).resolves.toBe(2);

    // Leaving compare mode returns to the single date.
    await page.getByRole("button", { name: "Compare two dates" }).click();
    expect((await state(page)).compare).toBeNull();
    expect((await state(page)).date).toBe("2024-04-18");
    await expect(page.locator("#compare-panel").isVisible()).resolves.toBe(false);
    await expect(page.getByRole("slider", { name: "Date" }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("links", () => {
  it("copies a link that restores the same view in a new page", async () => {
    const { page } = await openApp(browser, base);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(base).origin });
    await page.getByRole("button", { name: "Compare two dates" }).click();
    await page.getByRole("button", { name: /Russia – Armenia/ }).click();
    await page.getByRole("checkbox", { name: /Hostility/ }).uncheck();
    await page.getByRole("button", { name: "Show the relations table" }).click();
    await page.evaluate(() => window.stancegraph!.renderer.sigma.getCamera().setState({ x: 0.4, y: 0.6, ratio: 0.7 }));
    await page.waitForFunction(() => window.stancegraph!.store.getState().camera?.ratio === 0.7);
    const shown = await state(page);

    await page.getByRole("button", { name: "Copy link to this view" }).click();
    await page.locator(".copy-status", { hasText: "Link copied." }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expect(link).toContain("compare=2023-09-18,2024-04-18");

    const { page: opened, errors } = await openApp(browser, link);
    const restored = await state(opened);
    for (const key of ["date", "compare", "selection", "hiddenTypes", "hiddenKinds", "table", "camera"] as const) expect(restored[key], key).toEqual(shown[key]);
    expect(await visibleIds(opened)).toEqual(await visibleIds(page));
    await expect(opened.locator("#table-panel").isVisible()).resolves.toBe(true);
    await expect(opened.locator("#details-panel h2").first().textContent()).resolves.toBe("Russia – Armenia");
    expect(await opened.evaluate(() => window.stancegraph!.renderer.sigma.getCamera().getState().ratio)).toBeCloseTo(0.7, 3);
    await expect(opened.locator(".url-notice").isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await opened.close();
    await page.close();
  });

  it("falls back to selecting the link in a field when the clipboard refuses", async () => {
    const { page } = await openApp(browser, `${base}#period=before-2023`);
    await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } }));
    await page.getByRole("button", { name: "Copy link to this view" }).click();
    const field = page.getByRole("textbox", { name: "Link to this view" });
    await expect(field.inputValue()).resolves.toBe(page.url());
    expect(await field.evaluate((el: HTMLInputElement) => [document.activeElement === el, el.selectionStart, el.selectionEnd, el.readOnly])).toEqual([true, 0, page.url().length, true]);
    await page.locator(".copy-status", { hasText: "Ctrl+C" }).waitFor();
    await page.close();
  });

  it("steps through view changes with back and forward", async () => {
    const { page } = await openApp(browser, base);
    await page.getByRole("button", { name: /Before 2023/ }).click();
    await page.getByRole("button", { name: "Compare two dates" }).click();
    await page.getByRole("button", { name: /Armenia – CSTO/ }).click();
    expect(await fragment(page)).toBe("#period=before-2023&compare=2023-09-18,2024-04-18&sel=pair:ARM,CSTO");
    const at = (p: Page) => p.evaluate(() => { const s = window.stancegraph!.store.getState(); return [s.date, s.compare !== null, s.selection !== null]; });
    await page.goBack();
    await page.waitForFunction(() => window.stancegraph!.store.getState().selection === null);
    expect(await at(page)).toEqual(["2023-09-18", true, false]);
    await page.goBack();
    await page.waitForFunction(() => window.stancegraph!.store.getState().compare === null);
    expect(await at(page)).toEqual(["2023-09-18", false, false]);
    await page.goBack();
    await page.waitForFunction(() => window.stancegraph!.store.getState().date === "2024-04-18");
    await page.goForward();
    await page.goForward();
    await page.waitForFunction(() => window.stancegraph!.store.getState().compare !== null);
    expect(await at(page)).toEqual(["2023-09-18", true, false]);
    await expect(page.getByRole("button", { name: /Before 2023/ }).getAttribute("aria-pressed")).resolves.toBe("false");
    await page.close();
  });

  it("opens a link full of garbage with defaults and a short, dismissible notice", async () => {
    const junk = "date=2023-02-30&sel=actor:XYZ&hide=alliance,bogus&cam=NaN,1,1&%3Cscript%3E=1";
    const { page, errors } = await openApp(browser, `${base}#${junk}`);
    const s = await state(page);
    expect(s).toMatchObject({ date: "2024-04-18", selection: null, hiddenTypes: ["alliance"], camera: null, compare: null });
    const notice = page.getByRole("status").filter({ hasText: "could not be used" });
    await expect(notice.isVisible()).resolves.toBe(true);
    const text = (await notice.textContent())!;
    expect(text).toContain("“2023-02-30” is not a calendar date");
    expect(text).toContain("Unknown actor “XYZ”");
    expect(text.length).toBeLessThan(600);
    expect(await page.evaluate(() => document.querySelector("script:not([src])"))).toBeNull();
    // The address now holds what is shown.
    expect(await fragment(page)).toBe("#period=after-2023&hide=alliance");
    await notice.getByRole("button", { name: "Dismiss this notice" }).click();
    await expect(page.locator(".url-notice").isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.close();

    // A huge fragment opens too, quickly, and says it was cut.
    const huge = await openApp(browser, `${base}#compare=${"9".repeat(200_000)}&sel=actor:RUS`);
    expect(await state(huge.page)).toMatchObject({ compare: null, selection: null });
    await expect(huge.page.locator(".url-notice").textContent()).resolves.toMatch(/The link was too long \(200\d{3} characters\)/);
    expect(huge.errors).toEqual([]);
    await huge.page.close();
  });
});

describe("lay out this date", () => {
  it("animates the nodes to a layout of the snapshot and back to the stable positions", async () => {
    const { page } = await openApp(browser, `${base}#period=before-2023`);
    const positions = () => page.evaluate(() => [...window.stancegraph!.renderer.positions.all()].map(([n, p]) => ({ n, x: p.x, y: p.y })));
    const modelPositions = () => page.evaluate(() => window.stancegraph!.model.graph.mapNodes((n, a) => ({ n, x: a.x, y: a.y })));
    const stable = await positions();
    const model = await modelPositions();
    const size = await page.evaluate(() => window.stancegraph!.renderer.sigma.getGraph().size);
    await page.getByRole("button", { name: "Lay out this date" }).click();
    await settle(page);
    const laid = await positions();
    const moved = laid.filter((p, i) => Math.hypot(p.x - stable[i]!.x, p.y - stable[i]!.y) > 1e-6);
    expect(moved.length).toBeGreaterThan(3);
    // France has no relation before 2023-10-23: it is not part of the snapshot and stays put.
    expect(laid.find((p) => p.n === "FRA")).toEqual(stable.find((p) => p.n === "FRA"));
    expect(await page.evaluate(() => window.stancegraph!.renderer.sigma.getGraph().size)).toBe(size);
    // The view moved the nodes; the model's stable layout was never written to.
    expect(await modelPositions()).toEqual(model);
    await page.getByRole("button", { name: "Restore stable layout" }).click();
    await settle(page);
    expect(await positions()).toEqual(stable);
    await expect(page.getByRole("button", { name: "Lay out this date" }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
