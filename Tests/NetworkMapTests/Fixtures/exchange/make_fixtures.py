"""Fixtures for the exchange tests, made with networkx (the independent reader and writer).

1. networkx reads the GEXF and GraphML that network-map writes for the example quarter and dumps what it
   saw, every value tagged with its Python type, to networkx-read.json. The Swift tests compare our export
   of the same network against it, so they need no Python.
2. networkx writes Zachary's karate club, with the club of each member as a node attribute and the weights,
   as karate-networkx.gexf and karate-networkx.graphml, which the Swift tests load.

Run from the package root after `swift build`:
    .build/debug/network-map convert networks/muehlenviertel --to gexf --show-private -o /tmp/m.gexf
    .build/debug/network-map convert networks/muehlenviertel --to graphml --show-private -o /tmp/m.graphml
    python3 Tests/NetworkMapTests/Fixtures/exchange/make_fixtures.py /tmp/m.gexf /tmp/m.graphml
"""
import datetime
import json
import os
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def tag(value):
    return f"{type(value).__name__}:{value}"


def dump(G):
    edges = {}
    items = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, key, data in items:
        record = {k: tag(x) for k, x in data.items()}
        record["_ends"] = sorted([u, v])
        edges[str(data.get("id", key))] = record
    graph = {k: tag(v) for k, v in G.graph.items() if isinstance(v, (str, int, float, bool))}
    return {
        "graph": graph,
        "multigraph": G.is_multigraph(),
        "directed": G.is_directed(),
        "nodes": {str(n): {k: tag(x) for k, x in d.items()} for n, d in G.nodes(data=True)},
        "edges": edges,
    }


def main(gexf_path, graphml_path):
    gexf = nx.read_gexf(gexf_path)
    graphml = nx.read_graphml(graphml_path, force_multigraph=True)
    out = {
        "provenance": {
            "networkx": nx.__version__,
            "date": datetime.date.today().isoformat(),
            "input": "network-map convert networks/muehlenviertel --to gexf|graphml --show-private",
            "commands": "nx.read_gexf(path); nx.read_graphml(path, force_multigraph=True)",
        },
        "gexf": dump(gexf),
        "graphml": dump(graphml),
    }
    with open(os.path.join(HERE, "networkx-read.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")

    karate = nx.karate_club_graph()
    for n in karate.nodes:
        karate.nodes[n]["label"] = f"Member {n}"
    nx.write_gexf(karate, os.path.join(HERE, "karate-networkx.gexf"))
    nx.write_graphml(karate, os.path.join(HERE, "karate-networkx.graphml"))
    summary = {
        "provenance": {"networkx": nx.__version__, "date": datetime.date.today().isoformat(),
                       "commands": "nx.karate_club_graph(); label 'Member N'; nx.write_gexf; nx.write_graphml"},
        "nodes": karate.number_of_nodes(),
        "edges": karate.number_of_edges(),
        "club": {str(n): d["club"] for n, d in karate.nodes(data=True)},
        "weightsAbove3": sum(1 for _, _, w in karate.edges(data="weight") if w > 3),
    }
    with open(os.path.join(HERE, "karate.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
