#!/usr/bin/env python3
"""Reference values for network-map's measures, computed with networkx.

Run from this folder: `python3 make_fixtures.py` (networkx 3.6.1, scipy installed).
Writes one JSON file per graph. Nodes are the indices 0..n-1 (labels are kept for
reading only); every edge is listed once as [u, v, strength] with u < v.

`python3 make_fixtures.py pendant` writes only pendant.json (the graph of the path searches' folding).
`python3 make_fixtures.py iterative` writes only iterative5000.json: PageRank and eigenvector centrality
on a 5,000-node graph, large enough that network-map computes them on all cores (its other measures
are left out, so that the tests stay quick).

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


def pendant_graph():
    """A core with every kind of pendant piece and twin the path searches fold (see FoldingPlan in Swift).

    Returns the graph and the strengths: [1, 2, 2][(i + j) % 3] (lengths 6, 3, 3: two strong ties as
    long as one weak one, so equal-length alternatives abound), except 2 on the twins' ties so that they
    are twins for weighted searches too.
    """
    G = nx.Graph()
    core = 12
    for i in range(core):
        G.add_edge(i, (i + 1) % core)
    G.add_edges_from([(0, 6), (2, 9), (3, 7)])
    counter = [core]

    def new():
        counter[0] += 1
        return counter[0] - 1

    twin_edges = set()
    for _ in range(5):  # five leaves on one hub
        G.add_edge(0, new())
    for a in (4, 5):  # one leaf each
        G.add_edge(a, new())
    for a, length in ((1, 3), (8, 2)):  # pendant paths
        for _ in range(length):
            b = new()
            G.add_edge(a, b)
            a = b
    x, y1, y2, z = new(), new(), new(), new()  # a pendant tree
    G.add_edges_from([(10, x), (x, y1), (x, y2), (y1, z)])
    p, q = new(), new()  # a pendant triangle: two adjacent twins inside a piece
    G.add_edges_from([(2, p), (2, q), (p, q)])
    p, q, r = new(), new(), new()  # a pendant 4-cycle: r has 2 paths to 3 (a power of two)
    G.add_edges_from([(3, p), (3, q), (p, r), (q, r)])
    far, middle = new(), [new(), new(), new()]  # far has 3 paths to 11: not a power of two
    for t in middle:
        G.add_edges_from([(11, t), (t, far)])
    t1, t2 = new(), new()  # twins of the core, not tied to each other
    for t in (t1, t2):
        for a in (5, 9):
            G.add_edge(t, a)
            twin_edges.add((min(t, a), max(t, a)))
    u1, u2 = new(), new()  # twins of the core, tied to each other
    G.add_edge(u1, u2)
    twin_edges.add((u1, u2))
    for u in (u1, u2):
        for a in (6, 7):
            G.add_edge(u, a)
            twin_edges.add((min(u, a), max(u, a)))
    centre = new()  # detached: a star, a path of three, an isolate
    for _ in range(4):
        G.add_edge(centre, new())
    a, b, d = new(), new(), new()
    G.add_edges_from([(a, b), (b, d)])
    G.add_node(new())

    def strength(i, j, _data):
        return 2 if (min(i, j), max(i, j)) in twin_edges else [1, 2, 2][(i + j) % 3]

    return G, strength


def folding_reference(G):
    """Pieces and their attachments as FoldingPlan defines them, from networkx's biconnected components.

    -1 for nodes of a component's core (its largest block), None where several blocks are largest (the
    choice among them is the implementation's: a tree's edges are all blocks of two).
    """
    attachment = {}
    for component in nx.connected_components(G):
        H = G.subgraph(component)
        blocks = [set(b) for b in nx.biconnected_components(H)]
        if not blocks:
            continue
        core = max(blocks, key=len)
        if sum(1 for b in blocks if len(b) == len(core)) > 1:
            for v in component:
                attachment[v] = None
            continue
        rest = H.subgraph(set(H) - core)
        for piece in nx.connected_components(rest):
            (a,) = {u for v in piece for u in G[v] if u in core}
            for v in piece:
                attachment[v] = a
    return [attachment.get(v, -1) for v in range(G.number_of_nodes())]  # isolates: -1


def main_pendant():
    G, strength = pendant_graph()
    from_networkx("pendant", G,
                  "pendant_graph() in make_fixtures.py: a 12-cycle with chords, leaves, pendant paths, a tree, "
                  "a triangle, a 4-cycle and a three-path piece, twins tied and not, a star, a path, an "
                  "isolate; strength = [1, 2, 2][(i + j) % 3], 2 on the twins' ties",
                  strength, sample_counts=[6, 20])
    with open("pendant.json", encoding="utf-8") as f:
        document = json.load(f)
    attachment = folding_reference(G)
    attachments = {a for a in attachment if a is not None and a >= 0}
    eligible = [v for v in range(G.number_of_nodes())
                if attachment[v] == -1 and v not in attachments and G.degree(v) > 0]
    twins = []
    for closed in (False, True):
        first = {}
        for v in eligible:
            key = frozenset(G[v]) | ({v} if closed else set())
            if key in first:
                twins.append([first[key], v])
            else:
                first[key] = v
    document["folding"] = {
        "attachment": attachment,
        "twins": twins,
        "call": "largest of nx.biconnected_components per component; every other node's piece hangs on "
                "the one core node it touches; twins: core nodes (not attachments) with equal open or closed "
                "neighbourhoods, each paired with the first of its class",
    }
    with open("pendant.json", "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main_iterative():
    n = 5000
    G = nx.powerlaw_cluster_graph(n, 3, 0.3, seed=7)
    rng = random.Random(7)
    edges = sorted((min(u, v), max(u, v), rng.choice([1, 2, 3])) for u, v in G.edges())
    for u, v, s in edges:
        G[u][v]["weight"] = s
    pagerank = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
    eigenvector = nx.eigenvector_centrality(G, weight=None, tol=1e-12, max_iter=100000)
    document = {
        "name": "iterative5000",
        "provenance": {
            "graph": "nx.powerlaw_cluster_graph(5000, 3, 0.3, seed=7); strength random.Random(7).choice([1, 2, 3]) "
                     "per edge in sorted (u, v) order",
            "pagerank": "nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-12, max_iter=10000)",
            "eigenvector": "nx.eigenvector_centrality(G, weight=None, tol=1e-12, max_iter=100000)",
            "networkx": nx.__version__,
            "date": datetime.date.today().isoformat(),
        },
        "nodeCount": n,
        "edges": [x for e in edges for x in e],
        "pagerank": [float(f"{pagerank[v]:.15g}") for v in range(n)],
        "eigenvector": [float(f"{eigenvector[v]:.15g}") for v in range(n)],
    }
    with open("iterative5000.json", "w", encoding="utf-8") as f:
        json.dump(document, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["pendant"]:
        main_pendant()
    elif sys.argv[1:] == ["iterative"]:
        main_iterative()
    else:
        main()
        main_pendant()
        main_iterative()
