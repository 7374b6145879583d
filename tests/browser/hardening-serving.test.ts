/**
 * Issue #17, item 7: how the built app is served. `vite preview` (what the tests, the screenshots
 * and the bench serve) sends the headers a deployment should send (README, "Security"): a Content
 * Security Policy that forbids framing, no MIME sniffing, no referrer. The production build ships
 * no source maps.
 */
import { describe, expect, inject, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./preview.ts";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "../../vite.config.ts";

const base = inject("baseUrl");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe("serving the built app", () => {
  it("sends the security headers with the page and with every asset", async () => {
    const page = await fetch(base);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const response of [page, ...(await Promise.all(assets.map((a) => fetch(new URL(a, base)))))]) {
      expect(response.status, response.url).toBe(200);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, response.url).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    }
    // The header and the page's meta policy say the same, but for what only a header can say.
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll("&#39;", "'");
    expect(meta).toBeDefined();
    expect(`${meta}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
    expect(Object.keys(SECURITY_HEADERS).sort()).toEqual(["Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options"]);
  });

  it("ships no source maps", () => {
    const files = filesUnder(join(ROOT, "dist"));
    expect(files.some((f) => f.endsWith(".js"))).toBe(true);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const f of files.filter((f) => f.endsWith(".js"))) expect(readFileSync(f, "utf8"), f).not.toContain("sourceMappingURL");
  });
});
