/** Signed graphs for the analytics tests: a small notation, and the Gahuku–Gama fixture. */
import { readFileSync } from "node:fs";
import { signedGraphFromTies, type SignedGraph, type TieSign } from "../../src/model/analytics/signedGraph.ts";

/**
 * A graph from "A+B B-C" notation. The actors are those named in `actors` when given, otherwise
 * the ones the ties use plus any in `extra`, sorted.
 */
export function signedGraph(spec: string, options: { actors?: readonly string[]; extra?: readonly string[] } = {}): SignedGraph {
  const ties = spec
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => {
      const m = /^(\w+)([+-])(\w+)$/.exec(t)!;
      return { a: m[1]!, b: m[3]!, sign: (m[2] === "+" ? 1 : -1) as TieSign };
    });
  const ids = options.actors ?? [...new Set([...ties.flatMap((t) => [t.a, t.b]), ...(options.extra ?? [])])].sort();
  return signedGraphFromTies(
    ids.map((id) => ({ id, label: `Actor ${id}` })),
    ties,
  );
}

/** Read's (1954) Gahuku–Gama subtribes, from tests/fixtures/gahuku-gama.json, with the published figures. */
export function gahukuGama() {
  const data = JSON.parse(readFileSync(new URL("../fixtures/gahuku-gama.json", import.meta.url), "utf8")) as {
    nodes: number[];
    ties: Array<[number, number, number]>;
    published: { strongBalanceRatio: number; frustrationScore2Blocs: number; threeBlocMembership: number[]; threeBlocCriterion: number };
  };
  const id = (n: number) => `T${String(n).padStart(2, "0")}`;
  const graph = signedGraphFromTies(
    data.nodes.map((n) => ({ id: id(n), label: `Tribe ${n}` })),
    data.ties.map(([a, b, s]) => ({ a: id(a), b: id(b), sign: s as TieSign })),
  );
  return { graph, published: data.published, id, nodes: data.nodes };
}
