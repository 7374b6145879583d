/**
 * The one place that relies on graphology-layout-forceatlas2's internal modules (iterate.js,
 * helpers.js, defaults.js), which the package ships but does not document. They let the stable
 * layout run in batches with the state kept in between (src/model/layout.ts createLayoutStepper),
 * which the public API cannot do. tests/unit/layoutSteps.test.ts breaks if an upgrade changes them:
 * it compares a stepped run with the package's own synchronous run.
 */
import type Graph from "graphology";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import helpers from "graphology-layout-forceatlas2/helpers.js";
import defaults from "graphology-layout-forceatlas2/defaults.js";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

/** Numbers per node in the node matrix (x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed). */
export const FA2_PPN = 10;

export interface Fa2Matrices {
  nodes: Float32Array;
  edges: Float32Array;
}

/** The settings as the synchronous layout completes and checks them. */
export function fa2Settings(settings: ForceAtlas2Settings): Record<string, unknown> {
  const full = helpers.assign({}, defaults, settings);
  const error = helpers.validateSettings(full);
  if (error) throw new Error(`ForceAtlas2 settings: ${error.message}`);
  return full;
}

/** The node and edge matrices of `graph`, every edge of weight 1 (the synchronous layout's default). */
export function fa2Matrices(graph: Graph): Fa2Matrices {
  return helpers.graphToByteArrays(graph, () => 1);
}

/** One ForceAtlas2 iteration over the matrices, in place. */
export function fa2Iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void {
  iterate(settings, nodes, edges);
}
