#!/usr/bin/env python3
"""Reads a Stancegraph GraphML export with networkx and checks it.

Usage:
  check-graphml.py FILE.graphml [--dataset DATASET.json] [--nodes N] [--edges N] [--types a,b,...]

Prints the node count, edge count and relation types networkx sees. With --dataset (an export of
the whole dataset), checks that every actor is a node and every relation an edge with the same id,
ends, type and dates. --nodes/--edges/--types check counts and the set of relation types.
Always checks that parallel edges survive (a MultiGraph), that `sign` is read as an int and
`directed` as a bool, and that every edge has a relation_type and a from date.
Exit status: 0 all checks pass, 1 a check failed, 2 bad arguments or networkx missing.
(CI runs it with Debian's python3-networkx 2.8.)
"""
import argparse
import json
import sys
from collections import Counter

try:
    import networkx as nx
except ImportError:
    print("check-graphml: networkx is not installed (Debian: apt-get install python3-networkx)", file=sys.stderr)
    sys.exit(2)


def main() -> int:
    parser = argparse.ArgumentParser(description="Check a Stancegraph GraphML export with networkx.")
    parser.add_argument("file")
    parser.add_argument("--dataset", help="dataset JSON the file was exported from (whole-dataset export)")
    parser.add_argument("--nodes", type=int)
    parser.add_argument("--edges", type=int)
    parser.add_argument("--types", help="comma-separated relation type ids expected on the edges")
    args = parser.parse_args()

    problems = []
    try:
        graph = nx.read_graphml(args.file, force_multigraph=True)
    except Exception as e:  # networkx raises several kinds; all of them mean "not readable"
        print(f"{args.file}: networkx cannot read it: {e}", file=sys.stderr)
        return 1

    edges = list(graph.edges(keys=True, data=True))
    types = Counter(d.get("relation_type") for _, _, _, d in edges)
    print(
        f"{args.file}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
        f"({type(graph).__name__}); relation types: "
        + ", ".join(f"{t} x{n}" for t, n in sorted(types.items(), key=lambda kv: str(kv[0])))
    )

    if not graph.is_multigraph():
        problems.append("not read as a multigraph: parallel relations would be merged")
    for u, v, key, d in edges:
        where = f"edge {key} ({u}-{v})"
        if not d.get("relation_type"):
            problems.append(f"{where}: no relation_type")
        if not d.get("from"):
            problems.append(f"{where}: no from date")
        if "sign" in d and not isinstance(d["sign"], int):
            problems.append(f"{where}: sign read as {type(d['sign']).__name__}, expected int")
        if "directed" in d and not isinstance(d["directed"], bool):
            problems.append(f"{where}: directed read as {type(d['directed']).__name__}, expected bool")

    if args.nodes is not None and graph.number_of_nodes() != args.nodes:
        problems.append(f"expected {args.nodes} nodes, found {graph.number_of_nodes()}")
    if args.edges is not None and graph.number_of_edges() != args.edges:
        problems.append(f"expected {args.edges} edges, found {graph.number_of_edges()}")
    if args.types is not None:
        want = {t for t in args.types.split(",") if t}
        if set(types) != want:
            problems.append(f"expected relation types {sorted(want)}, found {sorted(map(str, types))}")
    if args.dataset:
        problems += compare_with_dataset(graph, edges, args.dataset)

    for p in problems:
        print(f"{args.file}: {p}", file=sys.stderr)
    return 1 if problems else 0


def compare_with_dataset(graph, edges, path):
    with open(path, encoding="utf-8") as f:
        dataset = json.load(f)
    problems = []
    actors = {a["id"]: a for a in dataset["actors"]}
    if set(graph.nodes) != set(actors):
        problems.append(f"nodes {sorted(graph.nodes)} differ from the dataset's actors {sorted(actors)}")
    for node, d in graph.nodes(data=True):
        if node in actors and d.get("label") != actors[node]["label"]:
            problems.append(f"node {node}: label {d.get('label')!r} differs from {actors[node]['label']!r}")
    by_id = {key: (u, v, d) for u, v, key, d in edges}
    relations = dataset["relations"]
    if len(by_id) != len(relations):
        problems.append(f"{len(by_id)} distinct edge ids, the dataset has {len(relations)} relations")
    for r in relations:
        found = by_id.get(r["id"])
        if found is None:
            problems.append(f"relation {r['id']} is missing")
            continue
        u, v, d = found
        if {u, v} != {r["source"], r["target"]}:
            problems.append(f"relation {r['id']}: ends {u}-{v}, expected {r['source']}-{r['target']}")
        if d.get("relation_type") != r["type"]:
            problems.append(f"relation {r['id']}: type {d.get('relation_type')!r}, expected {r['type']!r}")
        if d.get("from") != r["from"] or d.get("to") != r.get("to"):
            problems.append(f"relation {r['id']}: dates {d.get('from')}..{d.get('to')}, expected {r['from']}..{r.get('to')}")
    return problems


if __name__ == "__main__":
    sys.exit(main())
