/**
 * src/view/sigmaInternals.ts relies on things sigma 3.0 does but does not promise. This test
 * reads sigma's own build (the file the app bundles) and fails when an upgrade changes either, so
 * the helpers are re-checked instead of silently drawing a half-indexed graph or drawing twice:
 *
 * 1. The constructor's only draw is its last statement, `this.refresh()` (StanceSigma holds it).
 * 2. `refresh()` draws through the prototype method `render`, so an own property named `render`
 *    on the instance (holdRendering) intercepts it; and partial refreshes do not draw otherwise.
 * 3. Sigma's graph listeners sit in `activeListeners` (dropEdgesCheaply, repaintUpdatesInPlace
 *    replace three), and each item's place in its program's buffer is in `nodeProgramIndex` /
 *    `edgeProgramIndex`, with `needToProcess` set while a processing pass is pending (placedInBuffers).
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

  it("sigma follows changed attributes through activeListeners.update{Edge,Node}GraphUpdate and re-reduces with updateEdge / updateNode (repaintUpdatesInPlace)", () => {
    const bind = method("bindGraphHandlers");
    expect(bind).toMatch(/graph\.on\("edgeAttributesUpdated", this\.activeListeners\.updateEdgeGraphUpdate\)/);
    expect(bind).toMatch(/graph\.on\("nodeAttributesUpdated", this\.activeListeners\.updateNodeGraphUpdate\)/);
    expect(method("updateEdge")).toMatch(/this\.addEdge\(key\)/);
    expect(method("addEdge")).toMatch(/this\.settings\.edgeReducer\(key, attr\)/);
    expect(method("updateNode")).toMatch(/this\.addNode\(key\);[\s\S]*normalizationFunction\.applyTo\(data\)/);
  });

  it("an item's place in its buffer is in {node,edge}ProgramIndex, a pending pass is needToProcess, and a partial refresh with skipIndexation writes items where they are (placedInBuffers)", () => {
    expect(method("addEdgeToProgram")).toMatch(/this\.edgeProgramIndex\[edge\] = position/);
    expect(method("addNodeToProgram")).toMatch(/this\.nodeProgramIndex\[node\] = position/);
    const refresh = method("refresh");
    expect(refresh).toMatch(/if \(fullRefresh \|\| !skipIndexation\) this\.needToProcess = true/);
    expect(refresh).toMatch(/this\.addEdgeToProgram\(edge, this\.edgeIndices\[edge\], _programIndex\)/);
    expect(method("render")).toMatch(/if \(this\.needToProcess\) this\.process\(\);\s*this\.needToProcess = false;/);
  });
});
