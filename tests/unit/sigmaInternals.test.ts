/**
 * src/view/sigmaInternals.ts relies on things sigma 3.0 does but does not promise. This test
 * reads sigma's own build (the file the app bundles) and fails when an upgrade changes either, so
 * the helpers are re-checked instead of silently drawing a half-indexed graph or drawing twice:
 *
 * 1. The constructor's only draw is its last statement, `this.refresh()` (StanceSigma holds it).
 * 2. `refresh()` draws through the prototype method `render`, so an own property named `render`
 *    on the instance (holdRendering) intercepts it; and partial refreshes do not draw otherwise.
 * 3. Sigma's graph listeners sit in `activeListeners` (keepBuffersInPlace replaces four), each
 *    item's place in its program's buffer is in `nodeProgramIndex` / `edgeProgramIndex`, with
 *    `needToProcess` set while a processing pass is pending (placedInBuffers), and a program's
 *    buffer is a Float32Array of `capacity` items drawn and uploaded whole.
 * 4. A program's arrays reach WebGL only through its `bindProgram`, and items are written only
 *    through its `process` (uploadOnlyChanges replaces the one and follows the other).
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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

  it("sigma follows its graph through four activeListeners that keepBuffersInPlace replaces, and keeps per-item data with addEdge / removeEdge / updateEdge / updateNode", () => {
    const bind = method("bindGraphHandlers");
    for (const [event, listener] of [["edgeAdded", "addEdgeGraphUpdate"], ["edgeDropped", "dropEdgeGraphUpdate"], ["edgeAttributesUpdated", "updateEdgeGraphUpdate"], ["nodeAttributesUpdated", "updateNodeGraphUpdate"]]) {
      expect(bind).toMatch(new RegExp(`graph\\.on\\("${event}", this\\.activeListeners\\.${listener}\\)`));
      expect(bind).toMatch(new RegExp(`this\\.activeListeners\\.${listener} = function`));
    }
    expect(method("removeEdge")).toMatch(/delete this\.edgeDataCache\[key\][\s\S]*delete this\.edgeProgramIndex\[key\]/);
    expect(method("addEdge")).toMatch(/this\.settings\.edgeReducer\(key, attr\)[\s\S]*this\.edgeDataCache\[key\] = data[\s\S]*this\.edgeZExtent\[1\] = data\.zIndex/);
    expect(method("updateEdge")).toMatch(/this\.addEdge\(key\)/);
    expect(method("updateNode")).toMatch(/this\.addNode\(key\);[\s\S]*normalizationFunction\.applyTo\(data\)/);
  });

  it("a processing pass numbers nodes then edges from 1, places edges per program in depth order, and says when it is done (keepBuffersInPlace)", () => {
    const process = method("process");
    expect(process).toMatch(/var incrID = 1;/);
    expect(process.indexOf("nodeIndices[_node] = incrID")).toBeLessThan(process.indexOf("edgeIndices[_edge] = incrID"));
    expect(process).toMatch(/this\.edgePrograms\[_type2\]\.reallocate\(edgesPerPrograms\[_type2\] \|\| 0\)/);
    expect(process).toMatch(/if \(this\.settings\.zIndex && this\.edgeZExtent\[0\] !== this\.edgeZExtent\[1\]\) edges = [\w.]*zIndexOrdering\(/);
    expect(process).toMatch(/this\.addEdgeToProgram\(_edge, edgeIndices\[_edge\], edgesPerPrograms\[_data3\.type\]\+\+\)/);
    expect(process).toMatch(/this\.itemIDsIndex = itemIDsIndex;\s*this\.nodeIndices = nodeIndices;\s*this\.edgeIndices = edgeIndices;\s*this\.emit\("afterProcess"\)/);
  });

  it("an item's place in its buffer is in {node,edge}ProgramIndex, a pending pass is needToProcess, and a partial refresh with skipIndexation writes items where they are (placedInBuffers)", () => {
    expect(method("addEdgeToProgram")).toMatch(/this\.edgeProgramIndex\[edge\] = position/);
    expect(method("addNodeToProgram")).toMatch(/this\.nodeProgramIndex\[node\] = position/);
    // restyle writes a moved item at its new place with the picking id it had (the pass's, kept in {node,edge}Indices).
    expect(method("addNodeToProgram")).toMatch(/var data = this\.nodeDataCache\[node\];\s*var nodeProgram = this\.nodePrograms\[data\.type\];[\s\S]*nodeProgram\.process\(fingerprint, position, data\);/);
    expect(method("process")).toMatch(/this\.addNodeToProgram\(_node, nodeIndices\[_node\], nodesPerPrograms\[_data\.type\]\+\+\)/);
    const refresh = method("refresh");
    expect(refresh).toMatch(/if \(fullRefresh \|\| !skipIndexation\) this\.needToProcess = true/);
    expect(refresh).toMatch(/this\.addEdgeToProgram\(edge, this\.edgeIndices\[edge\], _programIndex\)/);
    expect(method("render")).toMatch(/if \(this\.needToProcess\) this\.process\(\);\s*this\.needToProcess = false;/);
  });

  it("a program's buffer is one Float32Array of `capacity` items, made anew by reallocate, uploaded whole at each render; a hidden item is written as zeros (keepBuffersInPlace)", () => {
    const rendering = readFileSync(join(sigmaDir, "dist", readdirSync(join(sigmaDir, "dist")).find((f) => /^index-\w+\.esm\.js$/.test(f))!), "utf8");
    expect(rendering).toMatch(/if \(capacity === this\.capacity\) return;\s*this\.capacity = capacity;\s*this\.verticesCount = this\.VERTICES \* capacity;\s*this\.array = new Float32Array\(/);
    expect(rendering).toMatch(/gl\.bufferData\(gl\.ARRAY_BUFFER, this\.array, gl\.DYNAMIC_DRAW\)/);
    expect(rendering).toMatch(/gl\.drawArraysInstanced\(method, 0, this\.VERTICES, this\.capacity\)/);
    expect(rendering).toMatch(/if \(data\.hidden \|\| sourceData\.hidden \|\| targetData\.hidden\) \{\s*for \(var l = i \+ this\.STRIDE; i < l; i\+\+\) \{\s*this\.array\[i\] = 0;/);
    // Nodes too (keepBuffersInPlace's restyle leaves a moved actor's place so).
    expect(rendering).toMatch(/value: function process\(nodeIndex, offset, data\) \{\s*var i = offset \* this\.STRIDE;\s*\/\/ NOTE: dealing with hidden items automatically\s*if \(data\.hidden\) \{\s*for \(var l = i \+ this\.STRIDE; i < l; i\+\+\) \{\s*this\.array\[i\] = 0;/);
    // A compound program (an arrow: line and head) reallocates and processes each of its programs.
    expect(rendering).toMatch(/this\.programs\.forEach\(function \(program\) \{\s*return program\.reallocate\(capacity\);/);
  });
  it("a program's arrays are sent only by bindProgram, from render, which skips a program with nothing to draw; items are written only through process at place × STRIDE; programs sit in nodePrograms, nodeHoverPrograms and edgePrograms (uploadOnlyChanges)", () => {
    const rendering = readFileSync(join(sigmaDir, "dist", readdirSync(join(sigmaDir, "dist")).find((f) => /^index-\w+\.esm\.js$/.test(f))!), "utf8");
    // bindProgram as uploadOnlyChanges does it: attributes bound in order on each buffer, the constant array once, the array last.
    const bind = rendering.slice(rendering.indexOf('key: "bindProgram"'), rendering.indexOf('key: "unbindProgram"'));
    expect(bind).toMatch(/if \(!this\.isInstanced\) \{\s*gl\.bindBuffer\(gl\.ARRAY_BUFFER, buffer\);\s*offset = 0;\s*this\.ATTRIBUTES\.forEach\(function \(attr\) \{\s*return offset \+= _this\.bindAttribute\(attr, program, offset\);\s*\}\);\s*gl\.bufferData\(gl\.ARRAY_BUFFER, this\.array, gl\.DYNAMIC_DRAW\);/);
    expect(bind).toMatch(/gl\.bindBuffer\(gl\.ARRAY_BUFFER, program\.constantBuffer\);\s*offset = 0;\s*this\.CONSTANT_ATTRIBUTES\.forEach\(function \(attr\) \{\s*return offset \+= _this\.bindAttribute\(attr, program, offset, false\);\s*\}\);\s*gl\.bufferData\(gl\.ARRAY_BUFFER, this\.constantArray, gl\.STATIC_DRAW\);/);
    expect(bind).toMatch(/gl\.bindBuffer\(gl\.ARRAY_BUFFER, program\.buffer\);\s*offset = 0;\s*this\.ATTRIBUTES\.forEach\(function \(attr\) \{\s*return offset \+= _this\.bindAttribute\(attr, program, offset, true\);\s*\}\);\s*gl\.bufferData\(gl\.ARRAY_BUFFER, this\.array, gl\.DYNAMIC_DRAW\);\s*\}\s*gl\.bindBuffer\(gl\.ARRAY_BUFFER, null\);/);
    // Nothing else sends an array (the three calls are bindProgram's), and the constant array is made once, in the constructor.
    expect(rendering.match(/gl\.bufferData\(|bufferSubData\(/g)).toHaveLength(3);
    expect(rendering.match(/this\.constantArray = /g)).toHaveLength(1);
    expect(rendering).toMatch(/value: function render\(params\) \{\s*if \(this\.hasNothingToRender\(\)\) return;\s*if \(this\.pickProgram\) \{[\s\S]*?this\.bindProgram\(this\.pickProgram\);[\s\S]*?this\.bindProgram\(this\.normalProgram\);/);
    // Node and edge programs write an item at place × STRIDE, through process (hidden: zeros; else processVisibleItem).
    expect(rendering).toMatch(/value: function process\(nodeIndex, offset, data\) \{\s*var i = offset \* this\.STRIDE;/);
    expect(rendering).toMatch(/value: function process\(edgeIndex, offset, sourceData, targetData, data\) \{\s*var i = offset \* this\.STRIDE;/);
    // processVisibleItem is called only from process.
    expect(rendering.match(/this\.processVisibleItem\(/g)).toHaveLength(2);
    // The programs of @sigma/* the renderer uses write through sigma's process and send through its bindProgram.
    for (const pkg of ["@sigma/edge-curve", "@sigma/node-border"]) {
      const dir = dirname(require.resolve(`${pkg}/package.json`));
      const build = readFileSync(join(dir, "dist", readdirSync(join(dir, "dist")).find((f) => f.endsWith(".esm.js"))!), "utf8");
      expect(build, pkg).toMatch(/key: "processVisibleItem"/);
      expect(build, pkg).not.toMatch(/bufferData|bufferSubData|key: "process"|key: "bindProgram"|key: "render"/);
    }
    for (const group of ["nodePrograms", "nodeHoverPrograms", "edgePrograms"]) expect(source).toMatch(new RegExp(`_defineProperty\\(_this, "${group}", \\{\\}\\)`));
  });

  it("a node's display data is kept in nodeDataCache, which getNodeDisplayData copies, and is replaced (not changed in place) by each reduction (nodeDisplayReader)", () => {
    expect(method("getNodeDisplayData")).toMatch(/var node = this\.nodeDataCache\[key\];\s*return node \? Object\.assign\(\{\}, node\) : undefined;/);
    // Each reduction (addNode, which updateNode calls) stores the node's object there: a reader that
    // does not copy, asked after the reduction, sees the latest.
    expect(method("addNode")).toMatch(/this\.nodeDataCache\[key\] = data;/);
    expect(method("updateNode")).toMatch(/this\.addNode\(key\);/);
  });
  it("a full refresh re-reduces nodes without framing their coordinates, which the processing pass does before it says it is done (whenProcessed)", () => {
    // addNode (what a full refresh runs on every node) keeps the reducer's coordinates as they are;
    // updateNode (a partial refresh) frames them at once; process frames every node.
    expect(method("addNode")).not.toMatch(/normalizationFunction/);
    expect(method("updateNode")).toMatch(/this\.addNode\(key\);[\s\S]*this\.normalizationFunction\.applyTo\(data\);/);
    expect(method("process")).toMatch(/this\.normalizationFunction\.applyTo\(data\);[\s\S]*this\.emit\("afterProcess"\)/);
    expect(method("refresh")).toMatch(/if \(fullRefresh \|\| !skipIndexation\) this\.needToProcess = true;/);
  });
});

describe("what makeWebGLCanvas and StanceSigma.createLayer rely on", () => {
  it("the constructor makes its WebGL contexts in the layers WEBGL_LAYERS names, through createCanvas → createLayer, asking webgl2 first with the attributes made ahead", () => {
    // The module imports sigma, which needs WebGL globals Node lacks: its list is read from its text.
    const own = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../src/view/sigmaInternals.ts"), "utf8");
    const WEBGL_LAYERS = [...own.match(/export const WEBGL_LAYERS = \[([^\]]*)\] as const;/)![1]!.matchAll(/"(\w+)"/g)].map((m) => m[1]);
    const start = source.indexOf("function Sigma(graph, container)");
    const body = source.slice(start, source.indexOf("return _this;", start));
    expect([...body.matchAll(/_this\.createWebGLContext\("(\w+)"/g)].map((m) => m[1])).toEqual([...WEBGL_LAYERS]);
    const create = method("createWebGLContext");
    expect(create).toMatch(/var canvas = \(options === null \|\| options === void 0 \? void 0 : options\.canvas\) \|\| this\.createCanvas\(id, options\);/);
    expect(create).toMatch(/var contextOptions = _objectSpread2\(\{\s*preserveDrawingBuffer: false,\s*antialias: false\s*\}, options\);/);
    expect(create).toMatch(/context = canvas\.getContext\("webgl2", contextOptions\);/);
    expect(method("createCanvas")).toMatch(/return this\.createLayer\(id, "canvas", options\);/);
  });

  it("createLayer is what StanceSigma's override does for a canvas made ahead: absolute, class sigma-ID, its style, in elements, placed beside a layer or appended", () => {
    const layer = method("createLayer");
    expect(layer).toMatch(/if \(this\.elements\[id\]\) throw new Error/);
    expect(layer).toMatch(/createElement\(tag, \{\s*position: "absolute"\s*\}, \{\s*"class": "sigma-"\.concat\(id\)\s*\}\);/);
    expect(layer).toMatch(/if \(options\.style\) Object\.assign\(element\.style, options\.style\);\s*this\.elements\[id\] = element;/);
    expect(layer).toMatch(/this\.elements\[options\.beforeLayer\]\.before\(element\);[\s\S]*this\.elements\[options\.afterLayer\]\.after\(element\);[\s\S]*this\.container\.appendChild\(element\);/);
  });
  it("kill deletes the programs before the layers, and killLayer loses a layer's context only when webGLContexts holds it (StanceSigma.killLayer keeps the canvas by deleting that entry)", () => {
    // The renderer's kill is the last of three (the mouse and touch captors have one each).
    const at = source.lastIndexOf('key: "kill",');
    const kill = source.slice(at, source.indexOf('key: "', at + 10));
    expect(kill).toMatch(/this\.emit\("kill"\);/);
    expect(kill.indexOf("this.edgePrograms[_type9].kill();")).toBeGreaterThan(0);
    expect(kill.indexOf("this.killLayer(id);")).toBeGreaterThan(kill.indexOf("this.edgePrograms[_type9].kill();"));
    const killLayer = method("killLayer");
    expect(killLayer).toMatch(/if \(this\.webGLContexts\[id\]\) \{[\s\S]*loseContext\(\);\s*delete this\.webGLContexts\[id\];\s*\} else if \(this\.canvasContexts\[id\]\)/);
    expect(killLayer).toMatch(/element\.remove\(\);\s*delete this\.elements\[id\];/);
    // What sigma makes on a picking layer's context beyond its programs: a framebuffer and its texture.
    expect(method("createWebGLContext")).toMatch(/this\.frameBuffers\[id\] = newFrameBuffer;/);
    expect(method("resetWebGLTexture")).toMatch(/this\.textures\[id\] = pickingTexture;/);
  });

  it("resize sizes each WebGL layer's canvas to the container's size (1 when empty) times the pixel ratio, written Npx, as sizeAsSigmaWill does ahead", () => {
    const resize = method("resize");
    expect(resize).toMatch(/this\.width = this\.container\.offsetWidth;\s*this\.height = this\.container\.offsetHeight;\s*this\.pixelRatio = getPixelRatio\(\);/);
    expect(resize).toMatch(/if \(this\.width === 0\) \{\s*if \(this\.settings\.allowInvalidContainer\) this\.width = 1;/);
    expect(resize).toMatch(/for \(var _id2 in this\.webGLContexts\) \{\s*this\.elements\[_id2\]\.setAttribute\("width", this\.width \* this\.pixelRatio \+ "px"\);\s*this\.elements\[_id2\]\.setAttribute\("height", this\.height \* this\.pixelRatio \+ "px"\);/);
    const normalization = readdirSync(join(sigmaDir, "dist")).filter((f) => /^normalization-.*\.esm\.js$/.test(f));
    expect(normalization).toHaveLength(1);
    expect(readFileSync(join(sigmaDir, "dist", normalization[0]!), "utf8")).toMatch(/function getPixelRatio\(\) \{\s*if \(typeof window\.devicePixelRatio !== "undefined"\) return window\.devicePixelRatio;\s*return 1;\s*\}/);
  });
});

describe("what processActorsInSteps relies on", () => {
  it("sigma's processing pass for nodes is the one it copies: extent, normalisation from the custom box, framed positions, buffers sized per program, depth order by sort, picking ids from 1, addNodeToProgram, then the indices kept and afterProcess", () => {
    const pass = method("process");
    const nodes = pass.slice(0, pass.indexOf("// EDGES"));
    for (const step of [
      /this\.emit\("beforeProcess"\);/,
      /this\.nodeExtent = graphExtent\(this\.graph\);/,
      /if \(!this\.settings\.autoRescale\) \{/,
      /this\.normalizationFunction = createNormalizationFunction\(this\.customBBox \|\| this\.nodeExtent\);/,
      /this\.labelGrid\.resizeAndClear\(dimensions, settings\.labelGridCellSize\);/,
      /var incrID = 1;\s*var nodes = graph\.nodes\(\);/,
      /var data = this\.nodeDataCache\[node\];\s*\/\/ Get initial coordinates\s*var attrs = graph\.getNodeAttributes\(node\);\s*data\.x = attrs\.x;\s*data\.y = attrs\.y;\s*this\.normalizationFunction\.applyTo\(data\);/,
      /nodesPerPrograms\[data\.type\] = \(nodesPerPrograms\[data\.type\] \|\| 0\) \+ 1;/,
      /this\.nodePrograms\[type\]\.reallocate\(nodesPerPrograms\[type\] \|\| 0\);/,
      /if \(this\.settings\.zIndex && this\.nodeZExtent\[0\] !== this\.nodeZExtent\[1\]\) nodes = zIndexOrdering\(this\.nodeZExtent, function \(node\) \{\s*return _this5\.nodeDataCache\[node\]\.zIndex;\s*\}, nodes\);/,
      /nodeIndices\[_node\] = incrID;\s*itemIDsIndex\[nodeIndices\[_node\]\] = \{\s*type: "node",\s*id: _node\s*\};\s*incrID\+\+;/,
      /this\.addNodeToProgram\(_node, nodeIndices\[_node\], nodesPerPrograms\[_data\.type\]\+\+\);/,
    ]) expect(nodes).toMatch(step);
    // The label grid is filled only for sigma's own labels, which the app switches off.
    expect(nodes).toMatch(/if \(typeof data\.label === "string" && !data\.hidden\) this\.labelGrid\.add\(/);
    expect(method("renderLabels")).toMatch(/if \(!this\.settings\.renderLabels\) return this;/);
    // Sigma reads the grid in one place, renderLabels (after its early return).
    expect([...source.matchAll(/this\.labelGrid\.(\w+)\(/g)].map((m) => m[1])).toEqual(["resizeAndClear", "add", "organize", "getLabelsToDisplay"]);
    expect(method("renderLabels")).toMatch(/this\.labelGrid\.getLabelsToDisplay\(/);
    expect(pass).toMatch(/this\.itemIDsIndex = itemIDsIndex;\s*this\.nodeIndices = nodeIndices;\s*this\.edgeIndices = edgeIndices;\s*this\.emit\("afterProcess"\);/);
    // The depth order: a sort by zIndex (missing as 0).
    const helpers = readFileSync(join(sigmaDir, "dist", readdirSync(join(sigmaDir, "dist")).find((f) => /^normalization-\w+\.esm\.js$/.test(f))!), "utf8");
    expect(helpers).toMatch(/function zIndexOrdering\(_extent, getter, elements\) \{\s*\/\/ If k is > n, we'll use a standard sort\s*return elements\.sort\(function \(a, b\) \{\s*var zA = getter\(a\) \|\| 0,\s*zB = getter\(b\) \|\| 0;\s*if \(zA < zB\) return -1;\s*if \(zA > zB\) return 1;\s*return 0;\s*\}\);/);
  });
});
