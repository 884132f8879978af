#!/usr/bin/env python3
"""Makes the example quarter (networks/muehlenviertel, CSV) as workbooks people keep, independently of network-map.

Run from the repository root: python3 Tests/NetworkMapTests/Fixtures/workbooks/make_quarter_workbooks.py
Needs openpyxl (3.1.5) and LibreOffice (soffice, 7.4.7.2).

- networks/muehlenviertel-xlsx/muehlenviertel.xlsx: sheets "Akteure" and "Beziehungen" with a title row and a
  blank row above each header, numbers as numbers, dates as dates (DD.MM.YYYY), a hidden sheet of last year's list
  and a note below the ties; written by openpyxl, then saved by LibreOffice (so formulas and styles are LibreOffice's).
  network.yaml beside it is the CSV network's.
- Tests/.../workbooks/muehlenviertel-kumu.xlsx: the same data in Kumu's layout (sheets Elements and Connections,
  Label, Type, Description, Tags with `|`, From/To by label, Direction, Strength), written by openpyxl.
"""
import csv, datetime, os, shutil, subprocess, tempfile
import openpyxl

ROOT = os.getcwd()
SRC = os.path.join(ROOT, "networks", "muehlenviertel")
OUT = os.path.join(ROOT, "networks", "muehlenviertel-xlsx")
FIX = os.path.join(ROOT, "Tests", "NetworkMapTests", "Fixtures", "workbooks")


def rows(name):
    with open(os.path.join(SRC, name), encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def typed(header, text):
    """A cell as a user types it in a spreadsheet: numbers as numbers, dates as dates, the rest as text."""
    if text == "":
        return None
    if header in ("Einfluss", "Interesse", "Stärke"):
        try:
            value = float(text.replace(",", "."))
            return int(value) if value == int(value) else value
        except ValueError:
            return text
    if header in ("seit", "bis"):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            return text
    return text


def sheet(ws, title, header, body):
    ws.append([title])
    ws.append([])
    ws.append(header)
    for row in body:
        ws.append([typed(h, v) for h, v in zip(header, row)])
    for row in ws.iter_rows(min_row=4):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "DD.MM.YYYY"


actors, ties = rows("actors.csv"), rows("ties.csv")

# The German workbook, saved by LibreOffice.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Akteure"
sheet(ws, "Akteure im Mühlenviertel (Stand Oktober 2025)", actors[0], actors[1:])
ws = wb.create_sheet("Beziehungen")
sheet(ws, "Beziehungen im Mühlenviertel", ties[0], ties[1:])
ws.append([])
ws.append(["Erhoben in Interviews und im Netzwerkworkshop 2024-2025."])
old = wb.create_sheet("Akteure 2024")
old.append(actors[0])
old.append(actors[1][:3])
old.sheet_state = "hidden"
os.makedirs(OUT, exist_ok=True)
with tempfile.TemporaryDirectory() as tmp:
    made = os.path.join(tmp, "muehlenviertel.xlsx")
    wb.save(made)
    out = os.path.join(tmp, "out")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", out, made], check=True, capture_output=True)
    shutil.copy(os.path.join(out, "muehlenviertel.xlsx"), os.path.join(OUT, "muehlenviertel.xlsx"))
shutil.copy(os.path.join(SRC, "network.yaml"), os.path.join(OUT, "network.yaml"))

# Kumu's layout: elements by label, connections between labels.
label = {row[0]: row[1] for row in actors[1:]}
kumu_actor_columns = {"Name": "Label", "Typ": "Type", "Notizen": "Description", "Themen": "Tags"}
kumu_tie_columns = {"Von": "From", "An": "To", "Art": "Type", "Stärke": "Strength", "gerichtet": "Direction"}
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Elements"
ws.append([kumu_actor_columns.get(h, h) for h in actors[0]])
for row in actors[1:]:
    ws.append([typed(h, v) for h, v in zip(actors[0], row)])
ws = wb.create_sheet("Connections")
ws.append([kumu_tie_columns.get(h, h) for h in ties[0]])
for row in ties[1:]:
    values = []
    for h, v in zip(ties[0], row):
        if h in ("Von", "An"):
            v = label.get(v, v)
        if h == "gerichtet":
            v = {"ja": "directed", "nein": "undirected"}.get(v, v)
        values.append(typed(h, v))
    ws.append(values)
wb.save(os.path.join(FIX, "muehlenviertel-kumu.xlsx"))
print("written", os.path.join(OUT, "muehlenviertel.xlsx"), os.path.join(FIX, "muehlenviertel-kumu.xlsx"))
