#!/usr/bin/env python3
"""Stakeholder findings of the example quarter (networks/muehlenviertel), computed independently of network-map.

Run from this folder: `python3 make_fixture.py`. The ties are read with Python's csv module exactly as
../networkx/quarter_fixture.py reads them (active on the network's date, conflicts left out, parallel ties merged
with the largest strength); betweenness comes from networkx (normalized; weighted with weight = 6 / strength for the
tie-break), degree and components from networkx too. The ratings come from actors.csv (decimal comma allowed).

The rules are those documented in Sources/NetworkMap/Findings/Stakeholders.swift and the README:
- a rating of 5 or more is high; quadrants keyPlayer (influence and interest high), keepSatisfied (influence only),
  keepInformed (interest only), monitor (neither); no quadrant without both ratings;
- top brokers: the max(5, ceil(5 % of n)) actors with the highest betweenness above 0 (ties broken by weighted
  betweenness, then degree, then file order);
- few ties: degree <= max(1, Q1 - 1), Q1 the ceil(n/4)-th smallest degree;
- hiddenBroker: top broker with influence below 5; powerfulButPeripheral: influence 5 or more and few ties or not in
  the largest component; opponentWithReach: opposed and (influence 5 or more or top broker); supporterNotInvolved:
  supportive, interest 5 or more, few ties.
"""
import csv
import json
import math
import os
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "networkx"))
import quarter_fixture as q  # noqa: E402

ATTITUDES = {"unterstützend": "supportive", "neutral": "neutral", "ablehnend": "opposed"}


def rating(text):
    t = text.strip()
    return float(t.replace(",", ".")) if t else None


def main(name="muehlenviertel"):
    folder = os.path.join(q.ROOT, "networks", name)
    with open(os.path.join(folder, "actors.csv"), encoding="utf-8-sig", newline="") as f:
        actors = list(csv.DictReader(f))
    n = len(actors)
    index = {}
    for i, a in enumerate(actors):
        index[q.key(a["id"])] = i
        index.setdefault(q.key(a["Name"]), i)
    strongest = {}
    day = q.network_date(folder)
    with open(os.path.join(folder, "ties.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if q.key(row["Art"]) in ("konflikt", "conflict") or not q.active(row, day):
                continue
            u, v = index[q.key(row["Von"])], index[q.key(row["An"])]
            s = float((row.get("Stärke") or "1").replace(",", "."))
            pair = (min(u, v), max(u, v))
            strongest[pair] = max(strongest.get(pair, 0), s)
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for (u, v), s in strongest.items():
        G.add_edge(u, v, distance=6 / s)
    betweenness = nx.betweenness_centrality(G, normalized=True)
    weighted = nx.betweenness_centrality(G, normalized=True, weight="distance")
    degree = dict(G.degree())
    main_component = max(nx.connected_components(G), key=lambda c: (len(c), -min(c)))

    count = max(5, math.ceil(0.05 * n))
    ranked = sorted((v for v in range(n) if betweenness[v] > 0),
                    key=lambda v: (-betweenness[v], -weighted[v], -degree[v], v))
    top = ranked[:count]
    rank = {v: k + 1 for k, v in enumerate(top)}
    degrees = sorted(degree.values())
    quartile = degrees[max(0, math.ceil(n / 4) - 1)]
    few = max(1, quartile - 1)

    rows = []
    for v, a in enumerate(actors):
        influence, interest = rating(a["Einfluss"]), rating(a["Interesse"])
        attitude = ATTITUDES.get(a["Haltung"].strip())
        flags = []
        if v in rank and influence is not None and influence < 5:
            flags.append("hiddenBroker")
        if influence is not None and influence >= 5 and (degree[v] <= few or v not in main_component):
            flags.append("powerfulButPeripheral")
        if attitude == "opposed" and ((influence is not None and influence >= 5) or v in rank):
            flags.append("opponentWithReach")
        if attitude == "supportive" and interest is not None and interest >= 5 and degree[v] <= few:
            flags.append("supporterNotInvolved")
        quadrant = None
        if influence is not None and interest is not None:
            quadrant = {(True, True): "keyPlayer", (True, False): "keepSatisfied", (False, True): "keepInformed",
                        (False, False): "monitor"}[(influence >= 5, interest >= 5)]
        rows.append({"id": a["id"], "quadrant": quadrant, "flags": flags, "brokerRank": rank.get(v)})

    document = {
        "name": name,
        "provenance": "networks/" + name + " read with Python's csv module, measures from networkx "
                      + nx.__version__ + ", rules applied by Tests/NetworkMapTests/Fixtures/stakeholders/make_fixture.py",
        "topBrokerCount": count,
        "topBrokers": [actors[v]["id"] for v in top],
        "lowerQuartileDegree": quartile,
        "fewTiesDegree": few,
        "stakeholders": rows,
    }
    with open(os.path.join(HERE, f"{name}.json"), "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
