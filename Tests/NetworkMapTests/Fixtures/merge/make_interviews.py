#!/usr/bin/env python3
"""Makes a set of interviews, a workshop and a colleague's list from the example quarter, and the truth about them.

Reads networks/muehlenviertel (actors.csv, ties.csv) and writes, next to this script:

- interviews/<source>/{actors.csv, ties.csv, network.yaml}: six interviews (each network.yaml naming its
  respondent), a workshop and a colleague's list. The quarter's ties are split among them from the actors' points
  of view: an interview holds its respondent's ties, a few third-party ties, and leaves out some ties on one side;
  the workshop and the list hold the ties no respondent is part of, and some others. Names are spelled as people
  spell them (KiTa, e.V. or not, "(Frau Peters)", ae for ä, a dash for a long dash, a typo); a few actors are
  written so that only an alias or a look at the proposals can match them. Fields conflict in planted places.
- aliases.csv: the decisions a user would take on the proposals (and the one name nothing could match).
- truth.json: which spellings are one actor (with and without the aliases), which ties are confirmed, one-sided or
  unverifiable and who reported them, which proposals must appear and which must not, and the planted
  disagreements with their winners and reasons.

The truth is computed here from the files this script writes, by the rules of issue #13 written out in Python
(tie confirmation after Krackhardt 1987; the vote: most frequent, then the respondent's own interview, then the
newer source, then the later name), and checked against the quarter: every planted conflict resolves to the
quarter's value, so merging everything with the aliases gives back the quarter.

Run from the repository root:  python3 Tests/NetworkMapTests/Fixtures/merge/make_interviews.py
Deterministic: no randomness; running it again writes the same bytes.
"""
import csv
import io
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
QUARTER = os.path.join(ROOT, "networks", "muehlenviertel")
OUT = os.path.join(HERE, "interviews")


def key(text):
    """The loader's Normalize.key: lower case, trimmed, inner white space folded."""
    return " ".join(text.lower().split())


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


actors = read_csv(os.path.join(QUARTER, "actors.csv"))
actor_by_id = {a["id"]: a for a in actors}
order = [a["id"] for a in actors]


def resolve(ref):
    """A ties.csv cell to an actor id, as the loader resolves it: explicit id, then name."""
    k = key(ref)
    for a in actors:
        if key(a["id"]) == k:
            return a["id"]
    for a in actors:
        if key(a["Name"]) == k:
            return a["id"]
    raise SystemExit(f"unresolved actor {ref!r}")


ties = []
for i, t in enumerate(read_csv(os.path.join(QUARTER, "ties.csv"))):
    t = dict(t)
    t["a"], t["b"] = resolve(t["Von"]), resolve(t["An"])
    t["index"] = i
    ties.append(t)

# The sources. Their names are network.yaml's `source:`; ids say how each writes actor ids.
SOURCES = {
    "R1": dict(folder="interview-familienzentrum", name="Interview Familienzentrum", respondent="familienzentrum",
               respondent_text="Familienzentrum Mühlenviertel", date="2025-03-04", ids="derived", sep=";"),
    "R2": dict(folder="interview-nachbarschaftshaus", name="Interview Nachbarschaftshaus", respondent="nachbarschaftshaus",
               respondent_text="nachbarschaftshaus", date="2025-03-11", ids="master", sep=";"),
    "R3": dict(folder="interview-kita-sonnenschein", name="Interview Kita Sonnenschein", respondent="kita-sonnenschein",
               respondent_text="Kita Sonnenschein", date="2025-03-18", ids="derived", sep=","),
    "R4": dict(folder="interview-stadtteilmuetter", name="Interview Stadtteilmütter", respondent="stadtteilmuetter",
               respondent_text="Projekt Stadtteilmütter", date="2025-04-01", ids="derived", sep=";",
               quelle="Gespräch mit Samira B."),
    "R5": dict(folder="interview-juergen-k", name="Interview Jürgen K.", respondent="juergen-k",
               respondent_text="Juergen K.", date="2025-04-08", ids="derived", sep=";"),
    "R6": dict(folder="interview-gewerbeverein", name="Interview Gewerbeverein", respondent="gewerbeverein",
               respondent_text="Gewerbeverein Mühlenviertel", date="2025-04-15", ids="numbers", sep=","),
    "R7": dict(folder="interview-sozialwerk", name="Interview Sozialwerk Nord", respondent="sozialwerk",
               respondent_text="Sozialwerk Nord", date="2025-04-22", ids="derived", sep=","),
    "W": dict(folder="workshop-mai", name="Netzwerkworkshop Mai 2025", respondent=None, date="2025-05-20",
              ids="master", sep=";"),
    "L": dict(folder="liste-becker", name="Liste Kollegin Becker", respondent=None, date="2025-02-01",
              ids="numbers", sep=";", quelle_from_quarter=True),
}
INTERVIEWS = ["R1", "R2", "R3", "R4", "R5", "R6", "R7"]
RESPONDENT_SOURCE = {SOURCES[s]["respondent"]: s for s in INTERVIEWS}

# Spellings: (source, actor id) -> name as that source writes it. `alias` marks those only an alias can match.
SPELLINGS = {
    ("R1", "kita-sonnenschein"): ("KiTa Sonnenschein e.V.", False),
    ("R1", "nachbarschaftshaus"): ("Nachbarschaftshaus Muehle", False),
    ("R1", "bibliothek"): ("Stadtteilbiblothek Mühlenviertel", True),  # a typo: proposed, not merged
    ("R2", "nachbarschaftshaus"): ("Nachbarschaftshaus Mühle", False),
    ("R3", "familienzentrum"): ("Familienzentrum Muehlenviertel", False),
    ("R3", "kita-regenbogen"): ("Kita Regenbogen", True),  # the look-alike: proposed, not merged
    ("R3", "qm-buero"): ("QM-Büro", True),  # nothing in the name says it: only an alias helps
    ("R4", "familienzentrum"): ("Familien-Zentrum Mühlenviertel", False),
    ("R4", "kita-turmspatzen"): ("Kita Turmspatzn", True),  # a typo
    ("R5", "juergen-k"): ("Juergen K.", False),
    ("R5", "olga-p"): ("Olga P.", False),
    ("R6", "gewerbeverein"): ("Gewerbeverein Mühlenviertel", False),
    ("R6", "baeckerei-korn"): ("Baeckerei Korn", False),
    ("R6", "elektro-brandt"): ("Elektro Brandt", False),
    ("R6", "cafe-mahlwerk"): ("Cafe Mahlwerk", False),
    ("R6", "sanitaer-kowalski"): ("Sanitär und Heizung Kowalski", True),
    ("R7", "sozialwerk"): ("Sozialwerk Nord", False),
    ("W", "kita-sonnenschein"): ("Kita Sonnenschein (Frau Peters)", False),
    ("W", "stadtteilzeitung"): ("Mühlenblatt", False),  # matched by its id: the workshop uses the QM's ids
    ("W", "ba-jugendamt"): ("Bezirksamt - Jugendamt", False),
    ("W", "tafel"): ("Tafel Mühlenviertel", False),
    ("W", "repair-cafe"): ("Repair Café Mühlenviertel", False),
    ("W", "wobau"): ("Städtische Wohnungsbaugesellschaft WoBau GmbH", False),
    ("L", "ba-jugendamt"): ("Bezirksamt Jugendamt", False),
    ("L", "pflegedienst"): ("Pflegedienst Lebensfreude", False),
    ("L", "genossenschaft"): ("Wohnungsgenossenschaft Kanalufer", False),
    ("L", "olga-p"): ("Olga Petrowa", True),  # a person's full name against an initial: proposed at most
    ("L", "repair-cafe"): ("Repaircafe Mühlenviertel", False),
    ("L", "gewerbeverein"): ("GEWERBEVEREIN MÜHLENVIERTEL E.V.", False),
}
ALIASES = [  # the user's decisions: Alias;Akteur
    ("Stadtteilbiblothek Mühlenviertel", "Stadtteilbibliothek Mühlenviertel"),
    ("Kita Regenbogen", "Ev. Kita Regenbogen"),
    ("QM-Büro", "Quartiersmanagement Mühlenviertel"),
    ("Kita Turmspatzn", "Kita Turmspatzen"),
    ("Sanitär und Heizung Kowalski", "Sanitär & Heizung Kowalski"),
    ("Olga Petrowa", "Olga P."),
]
# Proposals the engine must make without the aliases (pairs of spellings), and pairs it must not propose.
PROPOSALS_REQUIRED = [
    ("Kita Regenbogen", "Ev. Kita Regenbogen", "sharedWord"),
    ("Stadtteilbiblothek Mühlenviertel", "Stadtteilbibliothek Mühlenviertel", "editDistance"),
    ("Kita Turmspatzn", "Kita Turmspatzen", "editDistance"),
    ("Olga P.", "Olga Petrowa", "abbreviatedName"),
    ("Sanitär und Heizung Kowalski", "Sanitär & Heizung Kowalski", "sharedWord"),
]
PROPOSALS_FORBIDDEN = [
    ("Kita Regenbogen", "Kita Sonnenschein"),
    ("Hausgemeinschaft Turmstraße 7", "Hausgemeinschaft Turmstraße 9"),
]


def spelled(source, actor_id):
    entry = SPELLINGS.get((source, actor_id))
    return entry[0] if entry else actor_by_id[actor_id]["Name"]


# Which ties each source reports.
def respondents_of(t):
    return [x for x in (t["a"], t["b"]) if x in RESPONDENT_SOURCE]


def pair(t):
    return (t["a"], t["b"])


def find(a, b, kind=None):
    for t in ties:
        if {t["a"], t["b"]} == {a, b} and (kind is None or t["Art"] == kind):
            return t
    raise SystemExit(f"no tie {a} - {b}")


# Ties an interviewed respondent leaves out (respondent, tie): the other side or a workshop still names them.
OMITTED = {
    ("stadtteilmuetter", pair(find("familienzentrum", "stadtteilmuetter"))),  # FZ names it, SM does not: one-sided
    ("nachbarschaftshaus", pair(find("nachbarschaftshaus", "tafel"))),  # the workshop names it: one-sided
    ("nachbarschaftshaus", pair(find("nachbarschaftshaus", "genossenschaft"))),  # the list names it: one-sided
    ("gewerbeverein", pair(find("gewerbeverein", "initiative-muehlenplatz"))),  # the workshop names it
    ("familienzentrum", pair(find("familienzentrum", "vhs"))),  # the list names it
    ("stadtteilmuetter", pair(find("stadtteilmuetter", "gs-kanal"))),  # a third party (FZ) names it
    ("sozialwerk", pair(find("sozialwerk", "nachbarschaftshaus"))),  # NH names it, the Sozialwerk does not
}
# Third-party accounts: an interview naming ties its respondent is not part of.
THIRD_PARTY = {
    "R1": [pair(find("stadtteilmuetter", "gs-kanal")), pair(find("bibliothek", "gs-muehlenplatz"))],
}
# Ties of the planted look-alikes go where those spellings are.
FORCED = {
    pair(find("hg-turm7", "mietertreff-nord")): ["W"], pair(find("hg-turm7", "dieter-w")): ["W"],
    pair(find("hg-turm9", "mietertreff-nord")): ["L"], pair(find("hg-turm9", "svetlana-r")): ["L"],
}

reports = {s: [] for s in SOURCES}  # source -> list of tie indices
for t in ties:
    sides = respondents_of(t)
    chosen = []
    for x in sides:
        if (x, pair(t)) not in OMITTED:
            chosen.append(RESPONDENT_SOURCE[x])
    omitted = [x for x in sides if (x, pair(t)) in OMITTED]
    if pair(t) in FORCED:
        chosen += FORCED[pair(t)]
    elif omitted and len(sides) == 1:
        # Left out by its only interviewed side: reported by the workshop or the list instead.
        chosen.append("L" if pair(t) in {pair(find("nachbarschaftshaus", "genossenschaft")),
                                          pair(find("familienzentrum", "vhs"))} else "W")
    elif not sides:
        chosen.append("W" if t["index"] % 3 != 0 else "L")
        if t["index"] % 7 == 0:
            chosen.append("L" if "W" in chosen else "W")
    elif t["index"] % 5 == 0:
        chosen.append("W")  # a workshop table names it too
    for s, extra in THIRD_PARTY.items():
        if pair(t) in extra and s not in chosen:
            chosen.append(s)
    for s in dict.fromkeys(chosen):
        reports[s].append(t["index"])

# Planted field values: (source, actor id, column) -> value ("" leaves the cell empty).
FIELD_OVERRIDES = {
    ("R2", "repair-cafe", "Typ"): "Verein",  # the workshop and the list say Bewohnergruppe: most frequent wins
    ("R1", "familienzentrum", "Einfluss"): "6",  # its own interview says 6,
    ("W", "familienzentrum", "Einfluss"): "5",  # the workshop 5: equal counts, the respondent's interview wins
    ("L", "familienzentrum", "Einfluss"): "",  # (the colleague does not know)
    ("W", "tafel", "Gebiet"): "Am Kanal",  # the workshop (May) against
    ("L", "tafel", "Gebiet"): "Mühlenplatz",  # the list (February): equal counts, the newer source wins
    ("W", "juergen-k", "Privatperson"): "nein",  # a slip: privacy errs on the safe side
    ("L", "kita-sonnenschein", "Themen"): "Nachbarschaft und Integration|Bildung und Jugend",  # a set: no conflict
}
# Planted tie values: (source, tie pair, column) -> value.
TIE_OVERRIDES = {
    ("R1", pair(find("familienzentrum", "nachbarschaftshaus")), "Stärke"): "1",  # NH says 2: the highest wins
    ("R3", pair(find("familienzentrum", "kita-sonnenschein")), "seit"): "2023-06-01",  # FZ says 2022: the earliest wins
}
# Actors every source must list besides the ends of its ties.
FORCED_ACTORS = {
    "W": ["repair-cafe", "tafel", "juergen-k", "familienzentrum", "kita-sonnenschein"],
    "L": ["repair-cafe", "tafel", "kita-sonnenschein"],
    "R5": ["olga-p"],  # Jürgen K. mentions a new neighbour without a tie
}
for s in INTERVIEWS:
    FORCED_ACTORS.setdefault(s, []).append(SOURCES[s]["respondent"])

ACTOR_COLUMNS = ["Name", "Typ", "Kategorie", "Themen", "Gebiet", "Einfluss", "Interesse", "Haltung", "Privatperson",
                 "Kontakt", "Notizen"]
TIE_COLUMNS = ["Von", "An", "Art", "Stärke", "gerichtet", "seit", "bis"]

listed = {}
for s in SOURCES:
    ids = []
    for i in reports[s]:
        for x in (ties[i]["a"], ties[i]["b"]):
            if x not in ids:
                ids.append(x)
    for x in FORCED_ACTORS.get(s, []):
        if x not in ids:
            ids.append(x)
    listed[s] = ids
# Every actor reaches the workshop or the list with its full row, so that every field has its quarter value.
for x in order:
    if x not in listed["W"] and x not in listed["L"]:
        listed["L"].append(x)
for s in SOURCES:
    listed[s].sort(key=order.index)


def actor_row(s, x):
    a = actor_by_id[x]
    full = s in ("W", "L")
    row = {}
    for c in ACTOR_COLUMNS:
        if c == "Name":
            row[c] = spelled(s, x)
        elif c == "Typ":
            row[c] = a[c]
        else:
            row[c] = a[c] if full else ""
        if (s, x, c) in FIELD_OVERRIDES:
            row[c] = FIELD_OVERRIDES[(s, x, c)]
    return row


def source_id(s, x):
    mode = SOURCES[s]["ids"]
    if mode == "master":
        return x
    if mode == "numbers":
        return str(listed[s].index(x) + 1)
    return None


def write_source(s):
    info = SOURCES[s]
    folder = os.path.join(OUT, info["folder"])
    os.makedirs(folder)
    sep = info["sep"]
    mode = info["ids"]
    headers = (["id"] if mode != "derived" else []) + ACTOR_COLUMNS
    if s == "L":
        headers.append("Telefon")
    if s == "W":
        headers.append("telefon")
    rows = []
    for x in listed[s]:
        row = actor_row(s, x)
        out = ([source_id(s, x)] if mode != "derived" else []) + [row[c] for c in ACTOR_COLUMNS]
        if s == "L":
            out.append("030 1234567" if x == "tafel" else "")
        if s == "W":
            out.append("030 1234567" if x == "tafel" else "")
        rows.append(out)
    write_csv(os.path.join(folder, "actors.csv"), headers, rows, sep, bom=(sep == ";"))

    theaders = list(TIE_COLUMNS)
    if info.get("quelle") or info.get("quelle_from_quarter"):
        theaders.append("Quelle")
    if s == "W":
        theaders.append("Tisch")
    trows = []
    for n, i in enumerate(reports[s]):
        t = ties[i]
        ends = []
        for x in (t["a"], t["b"]):
            ends.append(source_id(s, x) if mode != "derived" else spelled(s, x))
        row = ends + [t["Art"], t["Stärke"], t["gerichtet"], t["seit"], t["bis"]]
        for c in ("Stärke", "seit"):
            if (s, pair(t), c) in TIE_OVERRIDES:
                row[TIE_COLUMNS.index(c)] = TIE_OVERRIDES[(s, pair(t), c)]
        if info.get("quelle"):
            row.append(info["quelle"])
        elif info.get("quelle_from_quarter"):
            row.append(t["Quelle"])
        if s == "W":
            row.append(str(n % 4 + 1))
        trows.append(row)
    write_csv(os.path.join(folder, "ties.csv"), theaders, trows, sep, bom=(sep == ";"))

    lines = ["# Made by make_interviews.py from networks/muehlenviertel; see README.md.",
             "name: Mühlenviertel", f"date: {info['date']}", "language: de", f"source: {info['name']}"]
    if info["respondent"]:
        lines.append(f"respondent: {info['respondent_text']}")
    if s in ("W", "L"):
        lines.append(f"home: {source_id(s, 'qm-buero')}")
        with open(os.path.join(QUARTER, "network.yaml"), encoding="utf-8") as f:
            text = f.read()
        lines.append(text[text.index("themes:"):].rstrip())
    with open(os.path.join(folder, "network.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write_csv(path, headers, rows, sep, bom):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(buffer.getvalue())


if os.path.exists(OUT):
    shutil.rmtree(OUT)
for s in SOURCES:
    write_source(s)
with open(os.path.join(HERE, "aliases.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write(f"Alias;Akteur\r\n" + "".join(f"{a};{b}\r\n" for a, b in ALIASES))

# ---- The truth, from the files just written ----

name = {s: SOURCES[s]["name"] for s in SOURCES}
interviewed = set(RESPONDENT_SOURCE)


def reporters(s, t):
    """Who reported a tie of source s: the interview; the list's own Quelle cell; else the source."""
    if SOURCES[s]["respondent"]:
        return [name[s]]
    if SOURCES[s].get("quelle_from_quarter") and t["Quelle"].strip():
        return [q.strip() for q in t["Quelle"].split("|") if q.strip()]
    return [name[s]]


respondent_of_reporter = {name[s]: SOURCES[s]["respondent"] for s in INTERVIEWS}


def confirmation(a, b, who):
    named_a = any(respondent_of_reporter.get(r) == a for r in who)
    named_b = any(respondent_of_reporter.get(r) == b for r in who)
    if named_a and named_b:
        return "confirmed"
    if (not named_a and a in interviewed) or (not named_b and b in interviewed):
        return "one-sided"
    return "unverifiable"


truth_ties = []
for t in ties:
    sources_here = [s for s in SOURCES if t["index"] in reports[s]]
    if not sources_here:
        raise SystemExit(f"tie {t['index']} reported by nobody")
    who = sorted({r for s in sources_here for r in reporters(s, t)})
    strengths = [TIE_OVERRIDES.get((s, pair(t), "Stärke"), t["Stärke"]) for s in sources_here]
    strengths = [float(v.replace(",", ".")) if v else 1.0 for v in strengths]
    sinces = [TIE_OVERRIDES.get((s, pair(t), "seit"), t["seit"]) for s in sources_here]
    sinces = sorted(v for v in sinces if v)
    assert max(strengths) == (float(t["Stärke"].replace(",", ".")) if t["Stärke"] else 1.0)
    assert (sinces[0] if sinces else "") == t["seit"]
    truth_ties.append({
        "source": t["a"], "target": t["b"], "kind": t["Art"], "reportedBy": who,
        "sources": sorted(name[s] for s in sources_here), "confirmation": confirmation(t["a"], t["b"], who),
        "strength": max(strengths), "since": t["seit"] or None, "until": t["bis"] or None,
    })

# Spellings: which (source, name) are each quarter actor, and which of them only an alias joins.
truth_actors = []
for x in order:
    spellings = [{"source": name[s], "name": spelled(s, x), "needsAlias": SPELLINGS.get((s, x), ("", False))[1]}
                 for s in SOURCES if x in listed[s]]
    # The merged name: the alias table's Akteur if a row names this actor, else the most frequent spelling (equal
    # counts: the actor's own interview, the newer source, the later source name).
    targets = [b for a, b in ALIASES if a in {sp["name"] for sp in spellings}]
    if targets:
        merged_name = targets[0]
    else:
        count = {}
        for s in SOURCES:
            if x in listed[s]:
                count.setdefault(spelled(s, x), []).append(s)
        merged_name = max(count, key=lambda n: (len(count[n]), max(
            (SOURCES[s]["respondent"] == x, SOURCES[s]["date"], name[s]) for s in count[n])))
    truth_actors.append({"id": x, "name": actor_by_id[x]["Name"], "mergedName": merged_name, "spellings": spellings})


disagreements = []
for x in order:
    for column, field in (("Typ", "type"), ("Einfluss", "influence"), ("Gebiet", "area")):
        given = [(actor_row(s, x)[column], s) for s in SOURCES if x in listed[s] and actor_row(s, x)[column]]
        counts = {}
        for v, s in given:
            counts.setdefault(v, []).append(s)
        if len(counts) < 2:
            continue

        def best(v):
            return max((SOURCES[s]["respondent"] == x, SOURCES[s]["date"], name[s]) for s in counts[v])
        ranked = sorted(counts, key=lambda v: (len(counts[v]), best(v)), reverse=True)
        winner, runner = ranked[0], ranked[1]
        if len(counts[winner]) > len(counts[runner]):
            reason = "mostFrequent"
        elif best(winner)[0] != best(runner)[0]:
            reason = "respondentsOwnInterview"
        elif best(winner)[1] != best(runner)[1]:
            reason = "newerSource"
        else:
            reason = "laterSourceName"
        assert winner == actor_by_id[x][column], (x, column, winner)
        disagreements.append({"actor": x, "field": field, "winner": winner, "reason": reason,
                              "votes": {v: sorted(name[s] for s in counts[v]) for v in counts}})
    # An empty cell means the loader's default: a resident is a private person.
    flags = {(actor_row(s, x)["Privatperson"] or ("ja" if actor_row(s, x)["Typ"] == "Bewohner:in" else "nein"))
             for s in SOURCES if x in listed[s]}
    if len(flags) > 1:
        assert actor_by_id[x]["Privatperson"] == "ja"
        disagreements.append({"actor": x, "field": "isPrivate", "winner": "ja", "reason": "privacyErrsOnSafeSide"})
for (s, p, column), value in TIE_OVERRIDES.items():
    t = find(*p)
    field = {"Stärke": "strength", "seit": "since"}[column]
    disagreements.append({"tie": [t["a"], t["b"], t["Art"]], "field": field,
                          "winner": t[column], "reason": {"strength": "highestStrength", "since": "earliestSince"}[field]})

truth = {
    "provenance": "make_interviews.py from networks/muehlenviertel; rules of issue #13 (see the script's docstring)",
    "sources": [{"folder": SOURCES[s]["folder"], "name": name[s], "respondent": SOURCES[s]["respondent"],
                 "date": SOURCES[s]["date"], "actors": len(listed[s]), "ties": len(reports[s])} for s in SOURCES],
    "actors": truth_actors,
    "ties": truth_ties,
    "proposalsRequired": [{"first": a, "second": b, "evidence": e} for a, b, e in PROPOSALS_REQUIRED],
    "proposalsForbidden": [{"first": a, "second": b} for a, b in PROPOSALS_FORBIDDEN],
    "disagreements": disagreements,
    "counts": {c: sum(1 for t in truth_ties if t["confirmation"] == c) for c in ("confirmed", "one-sided", "unverifiable")},
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
    f.write("\n")
print({s: (len(listed[s]), len(reports[s])) for s in SOURCES}, truth["counts"])
