/**
 * Makes the static images of public/ from the app itself, in Debian's Chromium (the screenshot
 * tooling of scripts/screenshot.ts):
 *   npm run build && npm run social-image
 * - public/social-preview.png (1200×630, the Open Graph image): the built app's graph after 2023
 *   beside the name and what it does;
 * - public/icon-192.png and public/icon-512.png (the web app manifest's icons): public/favicon.svg
 *   drawn at those sizes.
 */
import { readFileSync } from "node:fs";
import { launchChromium, drawn, skipFirstVisitAbout } from "../tests/browser/chromium.ts";
import { ROOT as root, startPreview } from "../tests/browser/preview.ts";

const svgIcon = readFileSync(`${root}/public/favicon.svg`, "utf8");
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svgIcon).toString("base64")}`;

const server = await startPreview();
try {
  const browser = await launchChromium();

  // The picture: the app as a returning visitor sees it after 2023.
  const app = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await skipFirstVisitAbout(app);
  await app.goto(`${server.url}#period=after-2023`);
  await app.waitForFunction(() => document.body.dataset.ready === "true");
  await drawn(app);
  const graph = (await app.locator(".graph-wrap").screenshot()).toString("base64");
  await app.close();

  const card = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await card.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; width: 1200px; height: 630px; display: flex; font-family: system-ui, "DejaVu Sans", sans-serif; background: #f6f7f9; color: #1d2430; }
    .text { width: 500px; padding: 60px 36px 48px 56px; display: flex; flex-direction: column; gap: 22px; box-sizing: border-box; }
    .brand { display: flex; align-items: center; gap: 18px; }
    .brand img { width: 60px; height: 60px; }
    h1 { margin: 0; font-size: 46px; letter-spacing: 0.01em; }
    .tagline { margin: 0; font-size: 31px; line-height: 1.25; font-weight: 600; }
    .more { margin: auto 0 0; font-size: 21px; line-height: 1.4; color: #5a6474; }
    .shot { flex: 1; margin: 30px 30px 30px 0; border-radius: 14px; overflow: hidden; background: #ffffff; border: 1px solid #d9dde3; box-shadow: 0 8px 30px rgb(0 0 0 / 12%); }
    .shot img { width: 100%; height: 100%; object-fit: cover; object-position: 50% 45%; display: block; }
  </style></head><body>
    <div class="text">
      <div class="brand"><img src="${svgUrl}" alt=""><h1>Stancegraph</h1></div>
      <p class="tagline">Who stands with whom in world politics, and how that changed.</p>
      <p class="more">Every relation dated and backed by a quote. Explore the graph at any date, compare two dates, share the view.</p>
    </div>
    <div class="shot"><img src="data:image/png;base64,${graph}" alt=""></div>
  </body></html>`);
  await card.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  await card.screenshot({ path: `${root}/public/social-preview.png` });
  console.log("wrote public/social-preview.png");
  await card.close();

  for (const size of [192, 512]) {
    const icon = await browser.newPage({ viewport: { width: size, height: size } });
    await icon.setContent(`<!doctype html><html><body style="margin:0;background:transparent"><img src="${svgUrl}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await icon.evaluate(() => document.images[0]!.decode());
    await icon.screenshot({ path: `${root}/public/icon-${size}.png`, omitBackground: true });
    console.log(`wrote public/icon-${size}.png`);
    await icon.close();
  }
  await browser.close();
} finally {
  server.stop();
}
