/**
 * The browser a test file drives: `const browser = useBrowser();` at the top of a file launches
 * Debian's Chromium before the file's tests (launchChromium) and closes it after them. What it
 * returns stands for the launched browser (a Proxy that forwards to it), so the file uses it as a
 * Browser, and passes it where one is expected, without a `let` and two hooks of its own. Apart
 * from chromium.ts because that module is imported outside Vitest too (the bench).
 */
import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.ts";

export function useBrowser(): Browser {
  let launched: Browser | null = null;
  beforeAll(async () => {
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return new Proxy({} as Browser, {
    get(_, key) {
      if (!launched) throw new Error("the browser is used before the file's beforeAll launched it");
      const value = Reflect.get(launched, key, launched) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(launched) : value;
    },
  });
}
