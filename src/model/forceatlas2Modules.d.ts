// Types for the internal modules of graphology-layout-forceatlas2 used by fa2Internals.ts.
declare module "graphology-layout-forceatlas2/iterate.js" {
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}
declare module "graphology-layout-forceatlas2/helpers.js" {
  import type Graph from "graphology";
  const helpers: {
    assign(target: object, ...sources: object[]): Record<string, unknown>;
    validateSettings(settings: Record<string, unknown>): { message: string } | null;
    graphToByteArrays(graph: Graph, getEdgeWeight: () => number): { nodes: Float32Array; edges: Float32Array };
  };
  export default helpers;
}
declare module "graphology-layout-forceatlas2/defaults.js" {
  const defaults: Record<string, unknown>;
  export default defaults;
}
