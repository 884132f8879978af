#!/usr/bin/env python3
"""Times python-igraph on a benchmark network written by `network-map-bench`, for the side-by-side table.

Usage: igraph_bench.py EDGES [--pivots FILE]

EDGES holds a first line "n m" and then one line "u v strength" per undirected edge (the graph the
analysis sees: node indices as in the network, parallel ties merged, conflict ties left out).
With --pivots (a line of node indices), betweenness, closeness and harmonic centrality run from
those sources only, as network-map's sampled mode does above 20,000 actors: betweenness with
`sources=pivots` (all targets), closeness and harmonic centrality for `vertices=pivots` (one search
from each pivot). Without it every measure is exact.

Prints one JSON object: igraph's version, and per measure the wall and CPU seconds.
Exit status 3 when igraph cannot be imported (the caller then leaves the column empty).
"""
import json
import random
import resource
import sys
import time


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 64
    edges_path = args[0]
    pivots = None
    if "--pivots" in args:
        with open(args[args.index("--pivots") + 1]) as f:
            pivots = [int(x) for x in f.read().split()]
    try:
        import igraph
    except ImportError as error:
        print(json.dumps({"error": f"igraph not importable: {error}"}))
        return 3

    with open(edges_path) as f:
        n, m = (int(x) for x in f.readline().split())
        data = f.read().split()
    us = data[0::3]
    vs = data[1::3]
    strengths = [float(s) for s in data[2::3]]
    pairs = [(int(u), int(v)) for u, v in zip(us, vs)]
    assert len(pairs) == m

    times = {}

    def timed(name, work):
        w0, c0 = time.perf_counter(), time.process_time()
        try:
            result = work()
        except igraph.InternalError as error:  # leave this measure's column empty, keep the others
            print(f"igraph {name}: {error}", file=sys.stderr)
            return None
        times[name] = {"wall": time.perf_counter() - w0, "cpu": time.process_time() - c0}
        return result

    def build():
        g = igraph.Graph(n=n, edges=pairs, directed=False)
        g.es["strength"] = strengths
        g.es["distance"] = [1.0 / s for s in strengths]
        return g

    g = timed("build", build)
    distance = g.es["distance"]
    strength = g.es["strength"]
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
    random.seed(1)  # igraph draws from Python's generator: fixed seed, deterministic partition
    timed("louvain", lambda: g.community_multilevel(weights=strength).modularity)

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"version": igraph.__version__, "python": sys.version.split()[0],
                      "sampled": pivots is not None, "pivots": len(pivots or []),
                      "peakKB": peak, "times": times}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
