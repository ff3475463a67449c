"""Reads a GEXF or GraphML export with networkx and prints what networkx sees
as JSON: {"nodes": {id: {attrs}}, "edges": {id: {"source", "target", attrs}}, "info": {...}}.

Usage: python3 read.py gexf|graphml FILE
"""
import json
import sys

import networkx as nx


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    if fmt == "gexf":
        g = nx.read_gexf(path, version="1.3")
    elif fmt == "graphml":
        g = nx.read_graphml(path, force_multigraph=True)
    else:
        sys.exit("unknown format " + fmt)
    out = {"nodes": {}, "edges": {}, "info": {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "graph": {k: v for k, v in g.graph.items() if isinstance(v, (str, int, float, bool))},
        "networkx": nx.__version__,
    }}
    for n, data in g.nodes(data=True):
        out["nodes"][n] = {k: typed(v) for k, v in data.items()}
    if g.is_multigraph():
        edges = g.edges(keys=True, data=True)
    else:  # read_gexf returns a DiGraph when no two edges join the same nodes
        edges = ((u, v, None, d) for u, v, d in g.edges(data=True))
    for u, v, key, data in edges:
        eid = data.get("id", key)
        d = {k: typed(x) for k, x in data.items()}
        d["source"], d["target"] = u, v
        out["edges"][str(eid)] = d
    json.dump(out, sys.stdout)


def typed(v):
    """Records the Python type networkx decoded, so the test can check it."""
    return {"type": type(v).__name__, "value": v}


if __name__ == "__main__":
    main()
