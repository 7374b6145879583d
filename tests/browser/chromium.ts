/** Launching Debian's Chromium for the browser tests (never a downloaded browser build). */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--no-sandbox",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
}

/** Opens the app and waits until it has mounted (or shown a load error). Collects page errors. */
export async function openApp(
  target: Browser | BrowserContext,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; errors: string[] }> {
  // A Browser opens each page in a fresh context; a BrowserContext shares storage between pages.
  const page = "newContext" in target ? await target.newPage({ viewport, acceptDownloads: true }) : await target.newPage();
  if (!("newContext" in target)) await page.setViewportSize(viewport);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === "true" || document.querySelector(".load-error") !== null, null, { timeout: 30_000 });
  return { page, errors };
}

/** Fraction of canvas pixels that are not background, read from sigma's WebGL layers. */
export async function inkRatio(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sigma = window.stancegraph!.renderer.sigma;
    const { width, height } = sigma.getDimensions();
    const out = document.createElement("canvas");
    out.width = width;
    out.height = height;
    const ctx = out.getContext("2d")!;
    for (const c of Object.values(sigma.getCanvases())) ctx.drawImage(c, 0, 0, width, height);
    const data = ctx.getImageData(0, 0, width, height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240)) ink++;
    return ink / (width * height);
  });
}
