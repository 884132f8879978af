#!/usr/bin/env python3
"""Reference values for `network-map handout networks/muehlenviertel-2026 --since networks/muehlenviertel`.

Run from this folder: `python3 make_fixture.py` (writes muehlenviertel-since.json). Reads both snapshots'
spreadsheets with Python's csv module, independently of network-map's loader, and applies the documented rules:
actors are matched by id; ties by their two actors' ids and kind, regardless of direction; for the structure
(the QM office's share of shortest paths, networkx betweenness, normalised, undirected) conflict ties are left
out and parallel ties count once; only ties active on each snapshot's date count (`seit` not after it, `bis`
not before it). All names are shown (as with --show-private: pseudonymisation would drop
ties that reveal a sensitive attribute).
"""
import csv
import datetime
import json
import os
import sys

import networkx as nx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..")


# The same reading rules as the measures' fixture (key, dates, which ties are active).
sys.path.insert(0, os.path.join(ROOT, "Tests", "NetworkMapTests", "Fixtures", "networkx"))
from quarter_fixture import active, key, network_date  # noqa: E402


def read(name):
    folder = os.path.join(ROOT, "networks", name)
    with open(os.path.join(folder, "actors.csv"), encoding="utf-8-sig", newline="") as f:
        actors = list(csv.DictReader(f))
    index = {}
    for i, a in enumerate(actors):
        index[key(a["id"])] = i
        index.setdefault(key(a["Name"]), i)
    day = network_date(folder)
    with open(os.path.join(folder, "ties.csv"), encoding="utf-8-sig", newline="") as f:
        ties = [(index[key(r["Von"])], index[key(r["An"])], key(r["Art"])) for r in csv.DictReader(f)
                if active(r, day)]
    return actors, ties


def home_share(actors, ties):
    G = nx.Graph()
    G.add_nodes_from(range(len(actors)))
    G.add_edges_from((u, v) for u, v, kind in ties if kind not in ("konflikt", "conflict"))
    home = next(i for i, a in enumerate(actors) if a["id"] == "qm-buero")
    return nx.betweenness_centrality(G)[home]


def tie_keys(actors, ties):
    return [tuple(sorted((actors[u]["id"], actors[v]["id"]))) + (kind,) for u, v, kind in ties]


def main():
    old_actors, old_ties = read("muehlenviertel")
    new_actors, new_ties = read("muehlenviertel-2026")
    old_ids = {a["id"] for a in old_actors}
    new_ids = {a["id"] for a in new_actors}
    old_keys, new_keys = tie_keys(old_actors, old_ties), tie_keys(new_actors, new_ties)
    document = {
        "provenance": {
            "networkx": nx.__version__,
            "command": "python3 Tests/ReportsTests/Golden/since/make_fixture.py",
            "date": datetime.date.today().isoformat(),
        },
        "homeShareBefore": home_share(old_actors, old_ties),
        "homeShareAfter": home_share(new_actors, new_ties),
        "actorsAdded": sum(a["id"] not in old_ids for a in new_actors),
        "actorsLost": sum(a["id"] not in new_ids for a in old_actors),
        "tiesAdded": sum(k not in set(old_keys) for k in new_keys),
        "tiesLost": sum(k not in set(new_keys) for k in old_keys),
    }
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "muehlenviertel-since.json"), "w",
              encoding="utf-8") as f:
        json.dump(document, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
