/**
 * The problem list's links (issue #13) open the record itself, for every kind of record: scrolled
 * into view with its edit control focused. Actors and relations through real problems (a name two
 * actors share, two overlapping relations); relation types, periods, events and sources through
 * the same entry point (`curate.showRecord`), since a dataset that loads cannot have problems there.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openApp } from "./chromium.ts";

const base = inject("baseUrl");
let browser: Browser;
let page: Page;
let errors: string[];

const TEXT = "Armenia and Russia were allies. Moscow and Yerevan renewed it. A ceasefire came in 2020.";

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openApp(browser, base, { width: 1280, height: 720 }));
  await page.waitForFunction(() => document.body.dataset.curate === "ready" && window.stancegraph?.edits !== undefined);
  await page.getByRole("button", { name: "Curate", exact: true }).click();
  await page.getByRole("button", { name: "New dataset" }).click();
  await page.waitForFunction(() => window.stancegraph?.model.dataset.id === "untitled" && document.body.dataset.curate === "ready" && window.stancegraph.edits !== undefined);
  await page.evaluate((text) => {
    const e = window.stancegraph!.edits!;
    const ok = (out: { ok: boolean }) => {
      if (!out.ok) throw new Error(JSON.stringify(out));
    };
    ok(e.perform({ kind: "addSource", source: { id: "wire", title: "Wire", publisher: "Example Wire", text } }));
    ok(e.perform({ kind: "addActor", actor: { id: "ARM", label: "Armenia", kind: "state" } }));
    ok(e.perform({ kind: "addActor", actor: { id: "RUS", label: "Russia", kind: "state" } }));
    // A warning: "Russia" also names another actor.
    ok(e.perform({ kind: "addActor", actor: { id: "KRE", label: "Kremlin", kind: "organization", aliases: ["Russia"] } }));
    const ev = [{ source: "wire", quote: "Armenia and Russia were allies." }];
    ok(e.perform({ kind: "addRelation", relation: { id: "r1", source: "ARM", target: "RUS", type: "alliance", from: "2020-01-01", to: "2022-01-01", evidence: ev } }));
    // A warning: it overlaps r1 (same pair, same type).
    ok(e.perform({ kind: "addRelation", relation: { id: "r2", source: "ARM", target: "RUS", type: "alliance", from: "2021-01-01", evidence: [{ source: "wire", quote: "Moscow and Yerevan renewed it." }] } }));
    ok(e.perform({ kind: "addPeriod", period: { id: "after-war", label: "After the war", date: "2021-06-01" } }));
    ok(e.perform({ kind: "addEvent", event: { id: "ceasefire", label: "Ceasefire", date: "2020-11-10", actors: ["ARM"], evidence: [{ source: "wire", quote: "A ceasefire came in 2020." }] } }));
  }, TEXT);
  await page.locator("summary", { hasText: /^Problems$/ }).click();
});
afterAll(async () => {
  await browser?.close();
});

/** The focused element: its accessible name or text, whether it is on screen, and the group or record around it. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const inView = r.bottom > 0 && r.top < window.innerHeight && r.width > 0;
    let scroller: HTMLElement | null = el.parentElement;
    while (scroller && !(scroller.scrollHeight > scroller.clientHeight && getComputedStyle(scroller).overflowY !== "visible")) scroller = scroller.parentElement;
    const box = scroller?.getBoundingClientRect();
    const inScroller = !box || (r.top >= box.top - 1 && r.bottom <= box.bottom + 1);
    return {
      name: el.getAttribute("aria-label") ?? ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent),
      value: el instanceof HTMLInputElement ? el.value : null,
      group: el.closest("[role=group]")?.getAttribute("aria-label") ?? null,
      record: el.closest("[data-id]")?.getAttribute("data-id") ?? null,
      visible: inView && inScroller,
    };
  });

describe("a problem's link", () => {
  it("selects an actor and focuses its Edit button", async () => {
    await page.getByRole("button", { name: "Actor KRE" }).click();
    expect(await page.evaluate(() => window.stancegraph!.store.getState().selection)).toEqual({ kind: "actor", id: "KRE" });
    await expect.poll(focused).toEqual({ name: "Edit actor", value: null, group: "Edit Kremlin", record: null, visible: true });
  });

  it("selects a relation and focuses its Edit button", async () => {
    await page.getByRole("button", { name: "Relation r2" }).click();
    expect(await page.evaluate(() => window.stancegraph!.store.getState().selection)).toEqual({ kind: "relation", id: "r2" });
    await expect.poll(focused).toEqual({ name: "Edit relation", value: null, group: "Edit this relation", record: null, visible: true });
  });

  it("opens a relation type, a period, an event and a source where they are edited, focused and in view", async () => {
    await page.evaluate(() => window.stancegraph!.curate!.showRecord("relationTypes", "hostility"));
    await expect.poll(focused).toEqual({ name: "Label", value: "Hostility", group: null, record: "hostility", visible: true });
    expect(await page.locator("details[data-id=hostility]").getAttribute("open")).not.toBeNull();

    await page.evaluate(() => window.stancegraph!.curate!.showRecord("periods", "after-war"));
    await expect.poll(focused).toEqual({ name: "Label", value: "After the war", group: null, record: "after-war", visible: true });

    await page.evaluate(() => window.stancegraph!.curate!.showRecord("events", "ceasefire"));
    await expect.poll(focused).toEqual({ name: "Edit event Ceasefire", value: null, group: null, record: "ceasefire", visible: true });

    await page.evaluate(() => window.stancegraph!.curate!.showRecord("sources", "wire"));
    await expect.poll(focused).toEqual({ name: "Edit source Wire", value: null, group: null, record: "wire", visible: true });
    expect(await page.locator(".reading-text").textContent()).toBe(TEXT);
    expect(errors).toEqual([]);
  });
});
