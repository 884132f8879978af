#!/usr/bin/env python3
"""networkx reference values for the example quarter (networks/muehlenviertel).

Run from this folder: `python3 quarter_fixture.py`. It reads the spreadsheets with Python's own csv
module, independently of network-map's loader, and applies the documented analysis rules:
ties name actors by id or by name (case and surrounding space ignored); only ties active on the
network's date count (`seit` not after it, `bis` not before it); conflict ties are left out of the structure; directed ties count as links; several ties between the same two actors count once,
with the largest strength; strength defaults to 1 and may use a decimal comma.
Nodes are the actors in file order, labelled by id. Then make_fixtures.write_fixture computes every
measure with networkx.
"""
import csv
import datetime
import json
import os
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_fixtures  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..")


def key(text):
    return " ".join(text.lower().split())


def parse_day(text):
    """A date as network-map reads it: 2024-03-01, 2024-03 (first day), 2024 (1 January), 01.03.2024."""
    t = text.strip()
    if not t:
        return None
    if "-" in t:
        parts = [int(p) for p in t.split("-")]
        return datetime.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
    if "." in t:
        d, m, y = (int(p) for p in t.split("."))
        return datetime.date(2000 + y if y < 100 else y, m, d)
    return datetime.date(int(t), 1, 1)


def network_date(folder):
    """The `date:` of network.yaml."""
    with open(os.path.join(folder, "network.yaml"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("date:"):
                return parse_day(line.split(":", 1)[1].strip().strip("'\""))
    return None


def active(row, day, since="seit", until="bis"):
    """Whether a tie counts on `day`: begun on or before it, not ended before it."""
    start, end = parse_day(row.get(since) or ""), parse_day(row.get(until) or "")
    return day is None or ((start is None or start <= day) and (end is None or end >= day))


def main(name="muehlenviertel"):
    folder = os.path.join(ROOT, "networks", name)
    with open(os.path.join(folder, "actors.csv"), encoding="utf-8-sig", newline="") as f:
        actors = list(csv.DictReader(f))
    ids = [a["id"] for a in actors]
    index = {}
    for i, a in enumerate(actors):
        index[key(a["id"])] = i
        index.setdefault(key(a["Name"]), i)
    strongest = {}
    day = network_date(folder)
    with open(os.path.join(folder, "ties.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if key(row["Art"]) in ("konflikt", "conflict") or not active(row, day):
                continue
            u, v = index[key(row["Von"])], index[key(row["An"])]
            s = float((row.get("Stärke") or "1").replace(",", "."))
            pair = (min(u, v), max(u, v))
            strongest[pair] = max(strongest.get(pair, 0), s)
    edges = [(u, v, s) for (u, v), s in sorted(strongest.items())]
    make_fixtures.write_fixture(name, ids, edges,
                                f"networks/{name} read with Python's csv module by quarter_fixture.py "
                                "(ties active on the network's date; conflict ties left out, parallel ties merged with the "
                                "largest strength)")
    # Louvain: the best modularity networkx reaches over ten seeds, the bar network-map must clear.
    G = nx.Graph()
    G.add_nodes_from(range(len(ids)))
    for u, v, s in edges:
        G.add_edge(u, v, weight=s)
    qualities = [nx.community.modularity(G, nx.community.louvain_communities(G, weight="weight", seed=seed),
                                         weight="weight") for seed in range(10)]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{name}.json")
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    document["louvain"] = {
        "call": "max over seed in range(10) of nx.community.modularity(G, "
                "nx.community.louvain_communities(G, weight='weight', seed=seed), weight='weight')",
        "best": max(qualities),
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main(*sys.argv[1:])
