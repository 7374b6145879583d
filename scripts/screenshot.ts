/**
 * Takes the README screenshots of the built app in Debian's Chromium:
 *   npm run build && npm run screenshot
 * Writes docs/screenshot.png (the default view) and any extra views listed below.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../tests/browser/chromium.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const PORT = 4391;
const base = `http://127.0.0.1:${PORT}/`;

/** name → what to do on the page before the shot. */
const SHOTS: Record<string, string> = {
  screenshot: "",
};

const server = spawn(`${root}/node_modules/.bin/vite`, ["preview", "--port", String(PORT), "--strictPort", "--host", "127.0.0.1"], { cwd: root, stdio: "ignore" });
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 100) throw new Error("vite preview did not start");
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await launchChromium();
  for (const [name, hash] of Object.entries(SHOTS)) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    await page.goto(base + hash);
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${root}/docs/${name}.png` });
    console.log(`wrote docs/${name}.png`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
