#!/usr/bin/env python3
"""Reference values for network-map's measures, computed with networkx.

Run from this folder: `python3 make_fixtures.py` (networkx 3.6.1, scipy installed).
Writes one JSON file per graph. Nodes are the indices 0..n-1 (labels are kept for
reading only); every edge is listed once as [u, v, strength] with u < v.

To add a network, call `write_fixture(name, labels, edges, note)` with an edge list of
(i, j, strength) index triples, or run
`python3 make_fixtures.py NAME EDGES.csv` with lines "i,j,strength" (node count = max index + 1,
or give it as a third argument).

Conventions (they mirror network-map's documented choices, see Sources/NetworkMap/Measures):
- weighted shortest paths use distance 1/strength, computed exactly: every edge gets the integer
  length L/strength where L is the least common multiple of the strengths' numerators (strengths as
  reduced fractions); betweenness does not change under scaling, closeness/harmonic use exact
  `Fraction(1, strength)` distances.
- pagerank uses the strength as networkx's `weight` and converges with tol=1e-12.
- eigenvector centrality is unweighted (weight=None) with tol=1e-12.
- constraint and effective size are unweighted (weight=None); NaN (isolates) is written as null.
- sampled betweenness: pivots from SplitMix64 (seed 42) by a partial Fisher-Yates shuffle, the same
  procedure as Graph.samplePivots in Swift, handed to networkx through `seed`.
"""
import datetime
import json
import math
import random
import sys
from fractions import Fraction

import networkx as nx

SEED = 42


def splitmix_pivots(n, k, seed=SEED):
    """k distinct nodes of 0..n-1: SplitMix64 (Steele et al. 2014) and a partial Fisher-Yates shuffle."""
    mask = (1 << 64) - 1
    state = seed & mask

    def next_value():
        nonlocal state
        state = (state + 0x9E3779B97F4A7C15) & mask
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        return z ^ (z >> 31)

    order = list(range(n))
    for i in range(k):
        j = i + next_value() % (n - i)
        order[i], order[j] = order[j], order[i]
    return order[:k]


class FixedSample(random.Random):
    """A Random whose `sample` returns given nodes, so networkx's `k` sampling uses our pivots."""

    def __init__(self, pivots):
        super().__init__(0)
        self.pivots = pivots

    def sample(self, population, k):
        assert k == len(self.pivots)
        return list(self.pivots)


def length_scale(strengths):
    """Least L with L/s an integer for every strength s (s as a reduced fraction p/q: L = lcm of p)."""
    scale = 1
    for s in strengths:
        p = Fraction(s).limit_denominator(1000).numerator
        scale = scale * p // math.gcd(scale, p)
    return scale


def clean(value):
    if value is None:
        return None
    value = float(value)
    return None if math.isnan(value) else value


def per_node(d, n):
    return [clean(d[i]) for i in range(n)]


def write_fixture(name, labels, edges, note, sample_counts=None):
    n = len(labels)
    edges = sorted((min(u, v), max(u, v), s) for u, v, s in edges)
    G = nx.Graph()
    G.add_nodes_from(range(n))
    scale = length_scale({s for _, _, s in edges})
    for u, v, s in edges:
        frac = Fraction(s).limit_denominator(1000)
        G.add_edge(u, v, weight=s, length=int(scale / frac), distance=1 / frac)
    calls = {}
    m = {}

    def record(key, call, fn):
        calls[key] = call
        m[key] = fn()

    record("degree", "dict(G.degree())", lambda: per_node(dict(G.degree()), n))
    record("degreeCentrality", "nx.degree_centrality(G)", lambda: per_node(nx.degree_centrality(G), n))
    record("betweenness", "nx.betweenness_centrality(G)", lambda: per_node(nx.betweenness_centrality(G), n))
    record("betweennessUnnormalized", "nx.betweenness_centrality(G, normalized=False)",
           lambda: per_node(nx.betweenness_centrality(G, normalized=False), n))
    record("weightedBetweenness", "nx.betweenness_centrality(G, weight='length')  # length = L/strength",
           lambda: per_node(nx.betweenness_centrality(G, weight="length"), n))
    record("weightedBetweennessUnnormalized",
           "nx.betweenness_centrality(G, weight='length', normalized=False)",
           lambda: per_node(nx.betweenness_centrality(G, weight="length", normalized=False), n))
    record("closeness", "nx.closeness_centrality(G)  # wf_improved=True",
           lambda: per_node(nx.closeness_centrality(G), n))
    record("weightedCloseness", "nx.closeness_centrality(G, distance='distance')  # Fraction(1, strength)",
           lambda: per_node(nx.closeness_centrality(G, distance="distance"), n))
    record("harmonic", "nx.harmonic_centrality(G)", lambda: per_node(nx.harmonic_centrality(G), n))
    record("weightedHarmonic", "nx.harmonic_centrality(G, distance='distance')",
           lambda: per_node(nx.harmonic_centrality(G, distance="distance"), n))
    record("pagerank", "nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-12, max_iter=10000)",
           lambda: per_node(nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000), n)
           if n else [])
    try:
        record("eigenvector", "nx.eigenvector_centrality(G, weight=None, tol=1e-12, max_iter=100000)",
               lambda: per_node(nx.eigenvector_centrality(G, weight=None, tol=1e-12, max_iter=100000), n))
    except (nx.PowerIterationFailedConvergence, nx.NetworkXPointlessConcept):
        m["eigenvector"] = None
    record("constraint", "nx.constraint(G, weight=None)", lambda: per_node(nx.constraint(G, weight=None), n))
    record("effectiveSize", "nx.effective_size(G, weight=None)",
           lambda: per_node(nx.effective_size(G, weight=None), n))
    record("coreNumber", "nx.core_number(G)", lambda: per_node(nx.core_number(G), n))
    record("components", "sorted(map(sorted, nx.connected_components(G)), key=lambda c: (-len(c), c[0]))",
           lambda: sorted((sorted(c) for c in nx.connected_components(G)), key=lambda c: (-len(c), c[0])))
    record("isolates", "sorted(nx.isolates(G))", lambda: sorted(nx.isolates(G)))
    record("articulationPoints", "sorted(nx.articulation_points(G))",
           lambda: sorted(nx.articulation_points(G)))
    record("bridges", "sorted(tuple(sorted(e)) for e in nx.bridges(G))",
           lambda: [list(e) for e in sorted(tuple(sorted(e)) for e in nx.bridges(G))])

    samples = []
    for k in sample_counts or []:
        pivots = splitmix_pivots(n, k)
        samples.append({
            "samples": k,
            "seed": SEED,
            "pivots": pivots,
            "betweenness": per_node(nx.betweenness_centrality(G, k=k, seed=FixedSample(pivots)), n),
            "weightedBetweenness": per_node(
                nx.betweenness_centrality(G, k=k, weight="length", seed=FixedSample(pivots)), n),
            "betweennessUnnormalized": per_node(
                nx.betweenness_centrality(G, k=k, normalized=False, seed=FixedSample(pivots)), n),
        })
    calls["sampled"] = ("nx.betweenness_centrality(G, k=k, seed=FixedSample(pivots)) "
                        "(also weight='length', normalized=False)")

    document = {
        "name": name,
        "provenance": {
            "tool": f"networkx {nx.__version__}",
            "python": sys.version.split()[0],
            "date": datetime.date.today().isoformat(),
            "script": "Tests/NetworkMapTests/Fixtures/networkx/make_fixtures.py",
            "source": note,
            "calls": calls,
            "lengthScale": scale,
        },
        "labels": [str(x) for x in labels],
        "edges": [[u, v, s] for u, v, s in edges],
        "measures": m,
        "sampled": samples,
    }
    with open(f"{name}.json", "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)
        f.write("\n")


def from_networkx(name, G, note, strength, sample_counts=None):
    labels = list(G.nodes)
    index = {v: i for i, v in enumerate(labels)}
    edges = [(index[u], index[v], strength(index[u], index[v], d)) for u, v, d in G.edges(data=True)]
    write_fixture(name, labels, edges, note, sample_counts)


def main():
    if len(sys.argv) >= 3:
        name, path = sys.argv[1], sys.argv[2]
        edges = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    i, j, s = line.strip().split(",")
                    s = float(s)
                    edges.append((int(i), int(j), int(s) if s.is_integer() else s))
        n = int(sys.argv[3]) if len(sys.argv) > 3 else 1 + max(max(i, j) for i, j, _ in edges)
        write_fixture(name, list(range(n)), edges, f"edge list {path}")
        return

    from_networkx("karate", nx.karate_club_graph(),
                  "nx.karate_club_graph(); strength = its 'weight' attribute (1-7)",
                  lambda i, j, d: d["weight"], sample_counts=[1, 2, 10])
    from_networkx("florentine", nx.florentine_families_graph(),
                  "nx.florentine_families_graph(); strength = 1 + (i + j) % 3 for node indices i, j",
                  lambda i, j, d: 1 + (i + j) % 3, sample_counts=[5])
    from_networkx("lesmis", nx.les_miserables_graph(),
                  "nx.les_miserables_graph(); strength = its 'weight' attribute (1-31)",
                  lambda i, j, d: d["weight"], sample_counts=[20])
    # Two components with structure, a path, a triangle and two isolates; half strengths exercise
    # rational lengths (L = lcm(1, 5, 3) = 15 for strengths 1, 2.5, 3).
    parts = [nx.house_x_graph(), nx.path_graph(4), nx.complete_graph(3), nx.empty_graph(2)]
    U = nx.disjoint_union_all(parts)
    U.add_edge(4, 5)  # tail on the house: a bridge and articulation points
    U = nx.convert_node_labels_to_integers(U)
    from_networkx("disconnected", U,
                  "disjoint union of house_x_graph + edge (4,5), path_graph(4), complete_graph(3), "
                  "empty_graph(2); strength = [1, 2.5, 3][(i + j) % 3]",
                  lambda i, j, d: [1, 2.5, 3][(i + j) % 3], sample_counts=[4])
    rng = random.Random(7)
    R = nx.gnm_random_graph(300, 900, seed=7)
    strengths = {e: rng.randint(1, 3) for e in sorted(tuple(sorted(e)) for e in R.edges())}
    from_networkx("gnm300", R,
                  "nx.gnm_random_graph(300, 900, seed=7); strength = random.Random(7).randint(1, 3) "
                  "per edge in sorted edge order",
                  lambda i, j, d: strengths[(min(i, j), max(i, j))], sample_counts=[30])


if __name__ == "__main__":
    main()
