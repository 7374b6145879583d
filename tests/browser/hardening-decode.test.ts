/**
 * Issue #17, item 3, in the app: a file opened through the picker is decoded by the decoder the CLI
 * uses (src/io/decode.ts, called by the load worker). Latin-1 is refused with the byte offset, a
 * second byte order mark with line and column, and UTF-16 with its mark opens (before, the app
 * showed "R�ssia" for a Latin-1 file, and opened double-BOM files the CLI refused).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openApp } from "./chromium.ts";
import { datasetJson } from "../../src/io/datasetJson.ts";
import { miniDataset } from "../unit/fixtures.ts";

const base = inject("baseUrl");
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openApp(browser, base));
});
afterAll(async () => {
  await browser?.close();
});

const text = datasetJson(miniDataset()).replace('"Alpha"', '"Rüssia"');

async function open(name: string, bytes: Uint8Array): Promise<string[] | "opened"> {
  await page.locator("input.import-input").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(bytes) });
  await page.waitForFunction(
    (n) => document.querySelector(".import-errors[open]") !== null || window.stancegraph?.model.dataset.actors.some((a) => a.label === n),
    "Rüssia",
    { timeout: 30_000 },
  );
  const dialog = page.locator(".import-errors[open]");
  if ((await dialog.count()) === 0) return "opened";
  const items = await dialog.locator("li").allTextContents();
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" }).catch(() => dialog.waitFor({ state: "hidden" }));
  return items;
}

describe("opening files in other encodings", () => {
  it("refuses Latin-1 with the byte offset and a second byte order mark with line and column; opens UTF-16", async () => {
    const latin1 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    expect(await open("latin1.json", latin1)).toEqual([
      `(file): is not valid UTF-8 at byte offset ${latin1.indexOf(0xfc)}: byte 0xFC never occurs in UTF-8 (a Latin-1 or Windows-1252 file?); save the file as UTF-8 (or UTF-16 with a byte order mark)`,
    ]);
    const utf8 = new TextEncoder().encode(text);
    const twoBoms = Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8]);
    expect(await open("two-boms.json", twoBoms)).toEqual(["(file): not valid JSON: expected a value, found a byte order mark (U+FEFF); a file may begin with one at most (line 1, column 1)"]);
    const utf16 = new Uint8Array(2 + 2 * text.length);
    utf16.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) >> 8;
      utf16[3 + 2 * i] = text.charCodeAt(i) & 0xff;
    }
    expect(await open("utf16.json", utf16)).toBe("opened");
    expect(errors).toEqual([]);
  });
});
