/**
 * Ink on the canvas where a relation should be: the path sigma draws for an edge (a straight
 * segment, or the quadratic curve of @sigma/edge-curve), sampled, and the screenshot's pixels
 * around each sample compared with the colour the edge is drawn in.
 */
import type { Page } from "playwright-core";
import { keepPixels } from "./chromium.ts";
export { drawn as settle } from "./chromium.ts";

/** Ids of the relations the app shows now, sorted. */
export function shownRelations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.stancegraph!.view.get().visible.ids].sort());
}

export interface PathInk {
  /** Sample points along the path with ink of the edge's colour within a few pixels. */
  hits: number;
  /** Sample points tried (those under a node are left out). */
  samples: number;
}

/**
 * Samples the edge's path (t from 0.05 to 0.95) in the graph container's pixels and
 * counts the samples with a pixel of the edge's display colour (within a small tolerance for
 * anti-aliasing) at most 3 px away. Samples under a drawn node are skipped: nodes cover edges;
 * so are those under a label (its halo covers the line), unless `underLabels`.
 */
export async function inkAlongPath(page: Page, edge: string, options: { underLabels?: boolean } = {}): Promise<PathInk> {
  await keepPixels(page, "__pathInk");
  return page.evaluate(([id, underLabels]) => {
    const { renderer } = window.stancegraph!;
    const sigma = renderer.sigma;
    const graph = sigma.getGraph();
    const data = (window as unknown as Record<string, Uint8ClampedArray>)["__pathInk"]!;
    const { width, height } = sigma.getDimensions();
    const display = sigma.getEdgeDisplayData(id)!;
    const at = (n: string) => window.stancegraph!.renderer.positions.get(n);
    const source = sigma.graphToViewport(at(graph.source(id)));
    const target = sigma.graphToViewport(at(graph.target(id)));
    const curvature = String(display.type).startsWith("curved") ? ((display as { curvature?: number }).curvature ?? 0.25) : 0;
    // The control point of @sigma/edge-curve's quadratic (its label code uses the same one).
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const control = { x: (source.x + target.x) / 2 + dy * curvature, y: (source.y + target.y) / 2 - dx * curvature };
    const hex = display.color;
    const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    const nodes = graph
      .nodes()
      .map((n) => ({ d: sigma.getNodeDisplayData(n)!, n }))
      .filter(({ d }) => !d.hidden)
      .map(({ n, d }) => ({ p: sigma.graphToViewport(at(n)), r: sigma.scaleSize(d.size) + 3 }));
    // Labels sit on their edge with a white halo: samples under a label are left out too.
    // (Or kept, to find a line an actor's name hides: `underLabels`.)
    const labels = underLabels ? [] : window.stancegraph!.renderer.labels().map((l) => l.box);
    const underLabel = (x: number, y: number) => labels.some((b) => x >= b.x - 2 && x <= b.x + b.w + 2 && y >= b.y - 2 && y <= b.y + b.h + 2);
    let hits = 0;
    let samples = 0;
    for (let k = 0; k <= 36; k++) {
      const t = 0.05 + (0.9 * k) / 36;
      const x = (1 - t) ** 2 * source.x + 2 * t * (1 - t) * control.x + t ** 2 * target.x;
      const y = (1 - t) ** 2 * source.y + 2 * t * (1 - t) * control.y + t ** 2 * target.y;
      if (nodes.some(({ p, r }) => Math.hypot(p.x - x, p.y - y) < r) || underLabel(x, y)) continue;
      if (x < 3 || y < 3 || x > width - 3 || y > height - 3) continue;
      samples++;
      let found = false;
      for (let oy = -3; oy <= 3 && !found; oy++) {
        for (let ox = -3; ox <= 3 && !found; ox++) {
          const i = (Math.round(y + oy) * width + Math.round(x + ox)) * 4;
          const dist = Math.hypot(data[i]! - want[0]!, data[i + 1]! - want[1]!, data[i + 2]! - want[2]!);
          if (dist <= 48) found = true;
        }
      }
      if (found) hits++;
    }
    return { hits, samples };
  }, [edge, options.underLabels === true] as const);
}

/**
 * Pairs with 1 to 5 relations each, of mixed directions (directed mediation both ways, undirected
 * alliance and hostility), some ended before the shown date, some starting on it.
 */
export function parallelDataset(): unknown {
  const date = "2020-06-01";
  const types = [
    { id: "alliance", label: "Alliance", sign: 1, directed: false, color: "#0072B2" },
    { id: "hostility", label: "Hostility", sign: -1, directed: false, color: "#D55E00" },
    { id: "mediation", label: "Mediation", sign: 0, directed: true, color: "#009E73" },
  ];
  const actors: unknown[] = [];
  const relations: unknown[] = [];
  // Five actors in a ring, each neighbouring pair tied by k = 1 … 5 relations: connected, so the
  // layout spreads the pairs apart.
  for (let k = 0; k < 5; k++) actors.push({ id: `P${k}`, label: `Actor ${k}`, kind: k % 2 ? "organization" : "state" });
  for (let k = 1; k <= 5; k++) {
    const a = `P${k - 1}`;
    const b = `P${k % 5}`;
    // k relations shown at the date. Odd pairs run all one way (an odd number of parallel
    // relations in one direction: the middle one has no curvature and is drawn straight); even
    // pairs alternate directions and also hold a relation that ended before the date.
    const oneWay = k % 2 === 1;
    for (let i = 0; i < k; i++) {
      const type = types[(i + k) % 3]!;
      const reversed = !oneWay && i % 2 === 1;
      const startsOnDate = i === k - 1 && k > 1;
      relations.push({
        id: `R${k}-${i}`,
        source: reversed ? b : a,
        target: reversed ? a : b,
        type: type.id,
        from: startsOnDate ? date : "2010-01-01",
        evidence: [{ source: "ref", citation: "Synthetic relation for the drawing test." }],
      });
    }
    if (!oneWay) {
      relations.push({ id: `R${k}-ended`, source: b, target: a, type: "hostility", from: "2001-01-01", to: "2019-01-01", evidence: [{ source: "ref", citation: "Ended before the shown date." }] });
    }
  }
  return {
    format: "stancegraph/1",
    id: "parallel-ink",
    title: "Parallel relations, 1 to 5 per pair",
    actors,
    relationTypes: types,
    relations,
    events: [],
    sources: [{ id: "ref", title: "Test reference", publisher: "Stancegraph tests" }],
    periods: [{ id: "shown", label: "Shown", date }],
  };
}
