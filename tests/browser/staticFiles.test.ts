/**
 * The static files of public/ (served as they are): the favicon, the web app manifest and its
 * icons, the social preview image, linked from index.html, under the app's Content Security Policy.
 */
import { describe, expect, inject, it } from "vitest";
import { openApp } from "./chromium.ts";
import { useBrowser } from "./useBrowser.ts";

const base = inject("baseUrl");
const browser = useBrowser();

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("static files", () => {
  it("are linked from the page and served: favicon, manifest with icons, social preview", async () => {
    const { page, errors } = await openApp(browser, base);
    const head = await page.evaluate(() => {
      const href = (sel: string) => (document.querySelector(sel) as HTMLLinkElement | null)?.href ?? null;
      const meta = (sel: string) => document.querySelector(sel)?.getAttribute("content") ?? null;
      return {
        icon: href("link[rel=icon]"),
        manifest: href("link[rel=manifest]"),
        theme: meta("meta[name=theme-color]"),
        ogImage: meta("meta[property='og:image']"),
        ogTitle: meta("meta[property='og:title']"),
        ogDescription: meta("meta[property='og:description']"),
        csp: meta("meta[http-equiv=Content-Security-Policy]"),
      };
    });
    // The policy is intact: nothing inline, scripts and styles from the app's own origin.
    expect(head.csp).toContain("script-src 'self'");
    expect(head.csp).toContain("style-src 'self'");
    expect(head.csp).toContain("default-src 'self'");
    expect(head.theme).toBe("#0b5cad");
    expect(head.ogTitle).toMatch(/^Stancegraph/);
    expect(head.ogDescription!.length).toBeGreaterThan(40);

    const icon = await page.request.get(head.icon!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
    expect(await icon.text()).toMatch(/^<svg [^>]*viewBox="0 0 64 64"/);

    const manifest = await page.request.get(head.manifest!);
    expect(manifest.status()).toBe(200);
    const m = await manifest.json();
    expect(m).toMatchObject({ name: "Stancegraph", display: "standalone", theme_color: "#0b5cad", start_url: "./" });
    for (const i of m.icons as Array<{ src: string; sizes: string; type: string }>) {
      const res = await page.request.get(new URL(i.src, head.manifest!).href);
      expect(res.status(), i.src).toBe(200);
      if (i.type === "image/png") {
        const [w, h] = i.sizes.split("x").map(Number);
        expect(pngSize(await res.body())).toEqual({ width: w, height: h });
      }
    }
    expect(m.icons.map((i: { sizes: string }) => i.sizes)).toEqual(["any", "192x192", "512x512"]);

    const preview = await page.request.get(new URL(head.ogImage!, page.url()).href);
    expect(preview.status()).toBe(200);
    expect(pngSize(await preview.body())).toEqual({ width: 1200, height: 630 });

    // The browser took the favicon and the manifest without a policy violation.
    expect(errors).toEqual([]);
    await page.close();
  });
});
