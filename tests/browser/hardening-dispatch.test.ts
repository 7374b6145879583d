/**
 * Issue #17, item 1, the end of it: no exception escapes `dispatch`, and a failing subscriber is
 * reported where the user sees it. A subscriber of the store and one of the derived view throw on
 * every date step: a polite notice over the graph says that part of the page failed and what, once
 * per failure; the timeline, the address and the graph still follow the date.
 */
import { describe, expect, inject, it } from "vitest";
import { openApp } from "./chromium.ts";
import { useBrowser } from "./useBrowser.ts";

const base = inject("baseUrl");

const browser = useBrowser();

describe("a subscriber that throws", () => {
  it("shows a notice naming what failed, and the app still follows a date change", async () => {
    const { page, errors } = await openApp(browser, `${base}#date=2023-10-02`);
    await expect(page.locator(".failure-notice").isVisible()).resolves.toBe(false);
    await page.evaluate(() => {
      const app = window.stancegraph!;
      app.store.subscribe((next, previous) => {
        if (next.date !== previous.date) throw new Error("the test's store subscriber failed on purpose");
      });
      app.view.select(["date"], () => {
        throw new TypeError("the test's view subscriber failed on purpose");
      });
    });
    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    await page.keyboard.press("ArrowRight");

    const notice = page.locator(".failure-notice");
    await notice.waitFor({ state: "visible" });
    await expect(notice.getAttribute("role")).resolves.toBe("status");
    await expect(notice.locator(".notice-title").textContent()).resolves.toMatch(/^Sorry: part of the page could not follow the last change/);
    // (The derived view is the store's first subscriber: its subscribers are told first.)
    await expect(notice.locator("li").allTextContents()).resolves.toEqual([
      "TypeError: the test's view subscriber failed on purpose",
      "Error: the test's store subscriber failed on purpose",
    ]);

    // The app responds: the state, the timeline's date, the address (after its throttle) and the
    // slider's spoken value all follow, step after step.
    expect(await page.evaluate(() => window.stancegraph!.store.getState().date)).toBe("2023-10-03");
    await expect(page.locator("time.tl-date").getAttribute("datetime")).resolves.toBe("2023-10-03");
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("time.tl-date").getAttribute("datetime")).resolves.toBe("2023-10-04");
    await expect(slider.getAttribute("aria-valuetext")).resolves.toMatch(/^Wednesday, 4 October 2023, \d+ relations shown$/);
    await page.waitForFunction(() => location.hash === "#date=2023-10-04");

    // Each failure is listed once; dismissed, the notice stays closed while the same parts fail.
    await expect(notice.locator("li").count()).resolves.toBe(2);
    await notice.getByRole("button", { name: "Dismiss this notice" }).click();
    await expect(notice.isVisible()).resolves.toBe(false);
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("time.tl-date").getAttribute("datetime")).resolves.toBe("2023-10-05");
    await expect(notice.isVisible()).resolves.toBe(false);

    // Nothing escaped to the page: only the console's reports of the failures.
    expect(errors.filter((e) => !e.includes("a view subscriber failed"))).toEqual([]);
    await page.close();
  });
});
