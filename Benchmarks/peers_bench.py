#!/usr/bin/env python3
"""Times one peer library on a benchmark network written by `network-map-bench`, for the side-by-side table.

Usage: peers_bench.py LIBRARY EDGES [--pivots FILE]

LIBRARY is igraph, networkit or rustworkx (each runs in a Python process of its own, so that its
peak memory is its own). EDGES holds a first line "n m" and then one line "u v strength" per
undirected edge (the graph the analysis sees: node indices as in the network, parallel ties merged,
conflict ties left out). Weighted paths use distance 1 / strength, PageRank and Louvain weight ties
by strength, as network-map does.

With --pivots (a line of node indices), the path measures run from those sources only, as
network-map's sampled mode does above 20,000 actors. igraph takes the very pivots
(`betweenness(sources=...)`, `closeness(vertices=...)`); networkit draws as many random sources
itself (`EstimateBetweenness`, `ApproxCloseness`), the same amount of work; rustworkx has no sampled
path measures, so they are left out there. Without --pivots every measure is exact.

Prints one JSON object: the library's version, per measure the wall and CPU seconds, the peak RSS of
the process and the modularity of its Louvain partition. A measure the library does not have is
left out. Exit status 3 when the library cannot be imported (the caller then leaves its column empty).
"""
import json
import random
import resource
import sys
import time
import warnings


def read_edges(path):
    with open(path) as f:
        n, m = (int(x) for x in f.readline().split())
        data = f.read().split()
    pairs = [(int(u), int(v)) for u, v in zip(data[0::3], data[1::3])]
    strengths = [float(s) for s in data[2::3]]
    assert len(pairs) == m
    return n, pairs, strengths


class Timer:
    """Times each measure; one under 0.2 s runs again, up to five times, and the best times count
    (as network-map-bench does for its own steps: the machine may be shared)."""

    def __init__(self, error_types=()):
        self.times = {}
        self.error_types = error_types

    def __call__(self, name, work, repeat=True):
        best_wall = best_cpu = None
        result = None
        for run in range(5):
            w0, c0 = time.perf_counter(), time.process_time()
            try:
                result = work()
            except self.error_types as error:  # leave this measure's column empty, keep the others
                print(f"{name}: {error}", file=sys.stderr)
                return None
            wall, cpu = time.perf_counter() - w0, time.process_time() - c0
            best_wall = wall if best_wall is None else min(best_wall, wall)
            best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
            if not repeat or wall >= 0.2:
                break
        self.times[name] = {"wall": best_wall, "cpu": best_cpu}
        return result


def run_igraph(n, pairs, strengths, pivots):
    import igraph

    timed = Timer((igraph.InternalError,))

    def build():
        g = igraph.Graph(n=n, edges=pairs, directed=False)
        g.es["strength"] = strengths
        g.es["distance"] = [1.0 / s for s in strengths]
        return g

    g = timed("build", build)
    distance, strength = g.es["distance"], g.es["strength"]
    if pivots is None:
        timed("betweenness", lambda: g.betweenness(directed=False))
        timed("weightedBetweenness", lambda: g.betweenness(directed=False, weights=distance))
        timed("closeness", lambda: g.closeness())
        timed("harmonic", lambda: g.harmonic_centrality())
    else:
        timed("betweenness", lambda: g.betweenness(directed=False, sources=pivots))
        timed("weightedBetweenness", lambda: g.betweenness(directed=False, weights=distance, sources=pivots))
        timed("closeness", lambda: g.closeness(vertices=pivots))
        timed("harmonic", lambda: g.harmonic_centrality(vertices=pivots))
    timed("pagerank", lambda: g.pagerank(weights=strength))
    timed("eigenvector", lambda: g.eigenvector_centrality())
    timed("constraint", lambda: g.constraint())
    timed("cores", lambda: g.coreness())
    timed("components", lambda: (g.connected_components(), g.articulation_points(), g.bridges()))
    def louvain():
        random.seed(1)  # igraph draws from Python's generator: fixed seed, deterministic partition
        return g.community_multilevel(weights=strength).modularity

    modularity = timed("louvain", louvain)
    return igraph.__version__, timed.times, modularity


def run_networkit(n, pairs, strengths, pivots):
    import networkit as nk

    timed = Timer((RuntimeError,))
    threads = nk.getMaxNumberOfThreads()

    def build():
        unweighted = nk.Graph(n, weighted=False, directed=False)
        by_strength = nk.Graph(n, weighted=True, directed=False)
        by_distance = nk.Graph(n, weighted=True, directed=False)
        for (u, v), s in zip(pairs, strengths):
            unweighted.addEdge(u, v)
            by_strength.addEdge(u, v, s)
            by_distance.addEdge(u, v, 1.0 / s)
        return unweighted, by_strength, by_distance

    g, by_strength, by_distance = timed("build", build)
    c = nk.centrality
    if pivots is None:
        timed("betweenness", lambda: c.Betweenness(g, normalized=True).run())
        timed("weightedBetweenness", lambda: c.Betweenness(by_distance, normalized=True).run())
        timed("closeness", lambda: c.Closeness(g, True, c.ClosenessVariant.Generalized).run())
        timed("harmonic", lambda: c.HarmonicCloseness(g, normalized=False).run())
    else:
        k = len(pivots)
        timed("betweenness", lambda: c.EstimateBetweenness(g, k, normalized=True, parallel=True).run())
        timed("weightedBetweenness",
              lambda: c.EstimateBetweenness(by_distance, k, normalized=True, parallel=True).run())
        # ApproxCloseness needs a connected graph: run it on the largest component, as much work as all.
        giant = nk.components.ConnectedComponents.extractLargestConnectedComponent(g, True)
        timed("closeness", lambda: c.ApproxCloseness(giant, k, normalized=True).run())
    timed("pagerank", lambda: c.PageRank(by_strength, damp=0.85, tol=1e-9).run())
    timed("eigenvector", lambda: c.EigenvectorCentrality(g).run())
    timed("cores", lambda: c.CoreDecomposition(g).run())
    timed("components", lambda: (nk.components.ConnectedComponents(g).run(),
                                 nk.components.BiconnectedComponents(g).run()))
    def plm_run():
        nk.setSeed(1, False)
        return nk.community.PLM(by_strength, refine=False, gamma=1.0).run()

    plm = timed("louvain", plm_run)
    modularity = None
    if plm is not None:
        modularity = nk.community.Modularity().getQuality(plm.getPartition(), by_strength)
    return f"{nk.__version__} ({threads} threads)", timed.times, modularity


def run_rustworkx(n, pairs, strengths, pivots):
    import os
    import rustworkx as rx

    timed = Timer((Exception,))

    def build():
        g = rx.PyGraph(multigraph=False)
        g.add_nodes_from(range(n))
        g.add_edges_from([(u, v, s) for (u, v), s in zip(pairs, strengths)])
        return g

    g = timed("build", build)
    if pivots is None:
        timed("betweenness", lambda: rx.betweenness_centrality(g, normalized=True))
        timed("closeness", lambda: rx.closeness_centrality(g, wf_improved=True))
    directed = g.to_directed()  # rustworkx's PageRank takes directed graphs: each tie as two arcs
    timed("pagerank", lambda: rx.pagerank(directed, alpha=0.85, weight_fn=float, tol=1e-6))
    timed("eigenvector", lambda: rx.eigenvector_centrality(g, max_iter=1000))
    timed("cores", lambda: rx.core_number(g))
    timed("components", lambda: (rx.connected_components(g), rx.articulation_points(g), rx.bridges(g)))
    threads = os.environ.get("RAYON_NUM_THREADS") or str(os.cpu_count())
    return f"{rx.__version__} ({threads} threads)", timed.times, None


RUNNERS = {"igraph": run_igraph, "networkit": run_networkit, "rustworkx": run_rustworkx}


def main():
    args = sys.argv[1:]
    if len(args) < 2 or args[0] not in RUNNERS:
        print(__doc__, file=sys.stderr)
        return 64
    library, edges_path = args[0], args[1]
    pivots = None
    if "--pivots" in args:
        with open(args[args.index("--pivots") + 1]) as f:
            pivots = [int(x) for x in f.read().split()]
    warnings.simplefilter("ignore")  # igraph warns that eigenvector centrality on a disconnected graph is odd
    try:
        __import__(library)
    except ImportError as error:
        print(json.dumps({"error": f"{library} not importable: {error}"}))
        return 3
    n, pairs, strengths = read_edges(edges_path)
    version, times, modularity = RUNNERS[library](n, pairs, strengths, pivots)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"library": library, "version": version, "python": sys.version.split()[0],
                      "sampled": pivots is not None, "pivots": len(pivots or []),
                      "peakKB": peak, "times": times, "modularity": modularity}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
