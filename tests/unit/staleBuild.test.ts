import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newestMtime, staleBuildReason } from "../browser/staleBuild.ts";

/** A project folder with dist/index.html built at t=1000 s and a source at `sourceAt` seconds (explicit times, no clock). */
function project(sourceAt: number): string {
  const root = mkdtempSync(join(tmpdir(), "stale-build-"));
  mkdirSync(join(root, "src", "ui"), { recursive: true });
  mkdirSync(join(root, "dist"));
  writeFileSync(join(root, "src", "ui", "panel.ts"), "export {};\n");
  writeFileSync(join(root, "src", "main.ts"), "export {};\n");
  writeFileSync(join(root, "dist", "index.html"), "<!doctype html>\n");
  utimesSync(join(root, "src", "main.ts"), 500, 500);
  utimesSync(join(root, "src", "ui", "panel.ts"), sourceAt, sourceAt);
  utimesSync(join(root, "dist", "index.html"), 1000, 1000);
  return root;
}

describe("staleBuildReason: whether the browser tests must build before serving dist/", () => {
  it("is null when every input is older than the build", () => {
    expect(staleBuildReason(project(900), ["src", "public"])).toBeNull();
  });

  it("names the input changed after the build, however deep the changed file", () => {
    expect(staleBuildReason(project(1100), ["index.html", "src"])).toBe("src changed after dist/ was built");
  });

  it("says when there is no build at all", () => {
    const root = mkdtempSync(join(tmpdir(), "stale-build-"));
    expect(staleBuildReason(root)).toBe("dist/ has no build");
  });

  it("newestMtime walks folders and reads 0 for a missing path", () => {
    const root = project(1234);
    expect(newestMtime(join(root, "src"))).toBe(1234_000);
    expect(newestMtime(join(root, "nothing-here"))).toBe(0);
  });
});
