/**
 * src/view/sigmaInternals.ts relies on things sigma 3.0 does but does not promise. This test
 * reads sigma's own build (the file the app bundles) and fails when an upgrade changes either, so
 * the helpers are re-checked instead of silently drawing a half-indexed graph or drawing twice:
 *
 * 1. The constructor's only draw is its last statement, `this.refresh()` (StanceSigma holds it).
 * 2. `refresh()` draws through the prototype method `render`, so an own property named `render`
 *    on the instance (holdRendering) intercepts it; and partial refreshes do not draw otherwise.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const sigmaDir = dirname(require.resolve("sigma/package.json"));
const source = readFileSync(join(sigmaDir, "dist", "sigma.esm.js"), "utf8");
const version = (JSON.parse(readFileSync(join(sigmaDir, "package.json"), "utf8")) as { version: string }).version;

/** The text of a method of the Sigma class in the build (`key: "name", value: function name(...) {...}`). */
function method(name: string): string {
  const start = source.indexOf(`key: "${name}",`);
  expect(start, `sigma's build has no method ${name}`).toBeGreaterThan(0);
  const next = source.indexOf("key: \"", start + 10);
  return source.slice(start, next);
}

describe("what sigmaInternals.ts relies on", () => {
  it("is sigma 3.0 (re-check src/view/sigmaInternals.ts before moving this pin)", () => {
    expect(version).toMatch(/^3\.0\./);
  });

  it("sigma's constructor ends with its one draw, this.refresh()", () => {
    const start = source.indexOf("function Sigma(graph, container)");
    expect(start).toBeGreaterThan(0);
    const end = source.indexOf("return _this;", start);
    const body = source.slice(start, end);
    expect(body.match(/_this\.refresh\(/g)).toHaveLength(1);
    expect(body.trimEnd().endsWith("_this.refresh();")).toBe(true);
    // No other drawing call in the constructor.
    expect(body).not.toMatch(/_this\.render\(|scheduleRender\(/);
  });

  it("refresh draws through the prototype's render, which an own property shadows", () => {
    const refresh = method("refresh");
    expect(refresh).toMatch(/if \(schedule\) this\.scheduleRender\(\);\s*else this\.render\(\);/);
    // render is a class method (on the prototype), not an instance field an own property would replace.
    expect(method("render")).toMatch(/value: function render\(\)/);
    expect(source).not.toMatch(/_defineProperty\(_this, "render"/);
  });

  it("sigma follows a dropped edge through activeListeners.dropEdgeGraphUpdate, and forgets it with removeEdge (dropEdgesCheaply)", () => {
    expect(method("bindGraphHandlers")).toMatch(/graph\.on\("edgeDropped", this\.activeListeners\.dropEdgeGraphUpdate\)/);
    expect(method("bindGraphHandlers")).toMatch(/this\.activeListeners\.dropEdgeGraphUpdate = function/);
    expect(method("removeEdge")).toMatch(/delete this\.edgeDataCache\[key\]/);
  });
});
