#!/usr/bin/env python3
"""Reference values for Communities, Brokerage, GroupMixing and Fragmentation tests.

Provenance: written for network-map; run once with Python 3.11 and networkx 3.6.1
(`python3 make_fixtures.py` in this folder). It writes one JSON file per graph.

Nodes are numbered 0..n-1 in the order `sorted(G.nodes())` (names kept in "names").
Edges carry an integer strength ("weight" in networkx).

Values and where they come from:
- modularity: networkx `community.modularity(G, parts, weight="weight", resolution=r)`
  for several partitions (Louvain results, label partitions, singletons, one block).
- louvain: networkx `community.louvain_communities(G, weight="weight", seed=s)` for
  seeds 0..9: the modularity each reached (max and median recorded).
- brokerage: a brute-force count of Gould & Fernandez (1989) roles written here from
  the paper's definitions; every undirected edge counts as two arcs, so each open
  two-path a-b-c (a != c, a and c not adjacent) is counted as a->b->c and c->b->a.
  Also a directed example on the arcs given in "arcs".
- mixing: brute-force tie counts and densities per pair of groups, and Krackhardt &
  Stern's (1988) E-I index per group and overall.
- fragmentation: Borgatti (2006) F = 1 - sum_k s_k (s_k - 1) / (n (n - 1)) from
  networkx `connected_components`, for the graph and for the graph without each node
  (`G.copy().remove_node(v)`), and the number of nodes cut off from the largest
  remaining piece of the removed node's component.
"""
import datetime
import json
import random
import statistics

import networkx as nx

VERSION = nx.__version__
TODAY = datetime.date.today().isoformat()


def relabel(G):
    names = sorted(G.nodes())
    index = {name: i for i, name in enumerate(names)}
    H = nx.Graph()
    H.add_nodes_from(range(len(names)))
    for u, v, d in G.edges(data=True):
        H.add_edge(index[u], index[v], weight=d["weight"])
    return H, [str(x) for x in names]


def frag(G):
    n = G.number_of_nodes()
    if n < 2:
        return 0.0
    s = sum(len(c) * (len(c) - 1) for c in nx.connected_components(G))
    return 1 - s / (n * (n - 1))


def key_player(G):
    out = []
    comp_of = {}
    for c in nx.connected_components(G):
        for v in c:
            comp_of[v] = c
    for v in sorted(G.nodes()):
        H = G.copy()
        H.remove_node(v)
        own = comp_of[v] - {v}
        pieces = [len(c) for c in nx.connected_components(H.subgraph(own))]
        cut = len(own) - (max(pieces) if pieces else 0)
        out.append({"without": frag(H), "cutOff": cut})
    return out


ROLES = ["coordinator", "consultant", "representative", "gatekeeper", "liaison"]


def role(ga, gb, gc):
    if ga == gb == gc:
        return "coordinator"
    if ga == gc:
        return "consultant"
    if ga == gb:
        return "representative"
    if gb == gc:
        return "gatekeeper"
    return "liaison"


def brokerage_arcs(n, arcs, groups):
    """Brute force over all ordered triples: a->b, b->c, a != c, no arc a->c."""
    arcset = set(arcs)
    counts = [{r: 0 for r in ROLES} for _ in range(n)]
    for b in range(n):
        for a in range(n):
            if a == b or (a, b) not in arcset:
                continue
            for c in range(n):
                if c in (a, b) or (b, c) not in arcset or (a, c) in arcset:
                    continue
                counts[b][role(groups[a], groups[b], groups[c])] += 1
    return counts


def brokerage(G, groups):
    arcs = [(u, v) for u, v in G.edges()] + [(v, u) for u, v in G.edges()]
    return brokerage_arcs(G.number_of_nodes(), arcs, groups)


def mixing(G, groups, k):
    size = [0] * k
    for v in G.nodes():
        size[groups[v]] += 1
    ties = {}
    for u, v in G.edges():
        a, b = sorted((groups[u], groups[v]))
        ties[(a, b)] = ties.get((a, b), 0) + 1
    pairs = []
    for a in range(k):
        for b in range(a, k):
            t = ties.get((a, b), 0)
            denom = size[a] * (size[a] - 1) / 2 if a == b else size[a] * size[b]
            pairs.append({"a": a, "b": b, "ties": t, "density": (t / denom) if denom > 0 else None})
    per = []
    for g in range(k):
        internal = ties.get((g, g), 0)
        external = sum(t for (a, b), t in ties.items() if a != b and g in (a, b))
        ei = (external - internal) / (external + internal) if external + internal > 0 else None
        per.append({"internal": internal, "external": external, "ei": ei})
    internal = sum(t for (a, b), t in ties.items() if a == b)
    external = sum(t for (a, b), t in ties.items() if a != b)
    overall = (external - internal) / (external + internal) if external + internal > 0 else None
    return {"sizes": size, "pairs": pairs, "groups": per, "overall": overall}


def parts_of(membership):
    d = {}
    for v, c in enumerate(membership):
        d.setdefault(c, set()).add(v)
    return list(d.values())


def membership_of(parts, n):
    m = [0] * n
    for i, p in enumerate(parts):
        for v in p:
            m[v] = i
    return m


def write(name, G, names, labels, label_desc, arcs=None):
    n = G.number_of_nodes()
    edges = sorted([min(u, v), max(u, v), d["weight"]] for u, v, d in G.edges(data=True))
    has_edges = G.number_of_edges() > 0
    partitions = {
        "singletons": list(range(n)),
        "one": [0] * n,
        "labels": labels,
    }
    louvain = []
    for s in range(10):
        parts = nx.community.louvain_communities(G, weight="weight", seed=s)
        if s == 0:
            partitions["louvain0"] = membership_of(parts, n)
        louvain.append(nx.community.modularity(G, parts, weight="weight") if has_edges else 0.0)
    if has_edges:
        partitions["greedy"] = membership_of(nx.community.greedy_modularity_communities(G, weight="weight"), n)
    mods = []
    for pname, memb in partitions.items():
        for r in (1.0, 0.5, 2.0):
            q = nx.community.modularity(G, parts_of(memb), weight="weight", resolution=r) if has_edges else None
            mods.append({"partition": pname, "resolution": r, "membership": memb, "value": q})
    k = max(labels) + 1 if labels else 0
    doc = {
        "name": name,
        "provenance": f"make_fixtures.py, networkx {VERSION}, {TODAY}",
        "nodes": n,
        "names": names,
        "edges": edges,
        "labels": labels,
        "labelDescription": label_desc,
        "modularity": mods,
        "louvain": {"seeds": list(range(10)), "values": louvain,
                    "max": max(louvain), "median": statistics.median(louvain)},
        "brokerage": brokerage(G, labels),
        "mixing": mixing(G, labels, k),
        "fragmentation": {"base": frag(G), "nodes": key_player(G)},
    }
    if arcs is not None:
        doc["arcs"] = [list(a) for a in arcs]
        doc["arcBrokerage"] = brokerage_arcs(n, arcs, labels)
    with open(f"{name}.json", "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


def main():
    # Zachary's karate club with its interaction counts as strengths; groups: the two clubs.
    G, names = relabel(nx.karate_club_graph())
    club = nx.karate_club_graph().nodes
    labels = [0 if club[i]["club"] == "Mr. Hi" else 1 for i in range(34)]
    write("karate", G, names, labels, "club (0 Mr. Hi, 1 Officer)")

    # Florentine families; strength 1 + (i + j) % 3 on sorted indices; groups i % 3.
    F0 = nx.florentine_families_graph()
    F, names = relabel(nx.Graph((u, v, {"weight": 1}) for u, v in F0.edges()))
    for u, v in F.edges():
        F[u][v]["weight"] = 1 + (u + v) % 3
    labels = [i % 3 for i in range(F.number_of_nodes())]
    rng = random.Random(7)
    arcs = sorted({(u, v) if rng.random() < 0.5 else (v, u) for u, v in F.edges()})
    arcs += [(v, u) for u, v in arcs[:5]]  # a few mutual arcs
    write("florentine", F, names, labels, "index % 3", arcs=sorted(set(arcs)))

    # Les Miserables co-appearances with their weights; groups index % 4.
    L, names = relabel(nx.les_miserables_graph())
    write("lesmis", L, names, [i % 4 for i in range(77)], "index % 4")

    # Disconnected: a 6-path, a triangle, a 5-star, a 4-clique and three isolates.
    D = nx.Graph()
    D.add_nodes_from(range(21))
    for u, v in [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (6, 7), (7, 8), (6, 8),
                 (9, 10), (9, 11), (9, 12), (9, 13), (9, 14),
                 (15, 16), (15, 17), (15, 18), (16, 17), (16, 18), (17, 18)]:
        D.add_edge(u, v, weight=1 + (u * v) % 3)
    write("disconnected", D, [str(i) for i in range(21)], [i % 3 for i in range(21)], "index % 3")

    # Planted partition: 6 groups of 20 (p_in 0.3, p_out 0.02), seed 42; strengths 1 + (u*v) % 3.
    P = nx.planted_partition_graph(6, 20, 0.3, 0.02, seed=42)
    for u, v in P.edges():
        P[u][v]["weight"] = 1 + (u * v) % 3
    write("planted", P, [str(i) for i in range(120)], [i // 20 for i in range(120)], "planted group")


if __name__ == "__main__":
    main()
