#!/usr/bin/env python3
"""Opens network-map's network workbooks with openpyxl and with LibreOffice and records what both see.

The files (network-template.de.xlsx from `init --format xlsx`, network-muehlenviertel.de.xlsx from `convert --to
xlsx`, results-muehlenviertel.en.xlsx from `report --format xlsx`) are written by the test NetworkWorkbookTests
(RECORD_FIXTURES=1 swift test --filter NetworkWorkbookTests). Run this in this folder afterwards:
    python3 check_network_workbooks.py
It needs openpyxl (3.1.5) and soffice (LibreOffice 7.4.7.2, `apt-get install libreoffice-calc-nogui`).

network-workbooks.openpyxl.json records per file and sheet: the state, frozen pane, data validations, every cell as
"type:value" as openpyxl reads it, every number format other than General, and how LibreOffice showed the same cells
when it converted the file to CSV (soffice --convert-to csv, every sheet, en-US, cells as shown): how many cells were
compared and which did not match (text exactly; numbers after the cell's number format; dates as M/D/YYYY).
"""
import csv
import datetime as dt
import decimal
import glob
import io
import json
import os
import subprocess
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["network-template.de.xlsx", "network-muehlenviertel.de.xlsx", "results-muehlenviertel.en.xlsx"]


def typed(cell):
    v = cell.value
    if isinstance(v, bool):
        return f"boolean:{str(v).lower()}"
    if isinstance(v, (int, float)):
        return f"number:{float(v)!r}"
    if isinstance(v, dt.datetime):
        if v.time() != dt.time(0) or "h" in cell.number_format.lower():
            return f"dateTime:{v.date().isoformat()}"
        return f"date:{v.date().isoformat()}"
    if isinstance(v, dt.date):
        return f"date:{v.isoformat()}"
    return f"text:{v}"


def shown_matches(value, number_format, shown):
    """Whether LibreOffice's shown text is the cell's value under its number format."""
    kind, _, raw = value.partition(":")
    if kind == "text":
        return shown == raw
    if kind == "number":
        number = float(raw)
        if number_format == "0":
            return shown == str(int(round(number)))
        if number_format.startswith("0.") and set(number_format[2:]) == {"0"}:
            # Office suites round halves away from zero (0.40625 shows as 0.4063); Python's format rounds to even.
            places = decimal.Decimal(1).scaleb(-(len(number_format) - 2))
            return shown == str(decimal.Decimal(raw).quantize(places, rounding=decimal.ROUND_HALF_UP))
        try:
            return abs(float(shown) - number) <= 1e-9 * max(1.0, abs(number))
        except ValueError:
            return False
    if kind in ("date", "dateTime"):
        try:
            month, day, year = shown.split(" ")[0].split("/")
            return dt.date(int(year), int(month), int(day)).isoformat() == raw
        except ValueError:
            return False
    return False


def libreoffice_csv(path, tmp):
    out = os.path.join(tmp, "out")
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", out, path],
                   check=True, capture_output=True, env=env)
    base = os.path.splitext(os.path.basename(path))[0] + "-"
    sheets = {}
    for name in glob.glob(os.path.join(out, base + "*.csv")):
        sheet = os.path.basename(name)[len(base):-4]
        with open(name, encoding="utf-8", newline="") as f:
            sheets[sheet] = list(csv.reader(io.StringIO(f.read())))
    return sheets


def main():
    result = {"openpyxl": openpyxl.__version__,
              "libreoffice": subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.strip(),
              "files": {}}
    for name in FILES:
        path = os.path.join(HERE, name)
        wb = openpyxl.load_workbook(path)
        with tempfile.TemporaryDirectory() as tmp:
            shown = libreoffice_csv(path, tmp)
        sheets = []
        for ws in wb.worksheets:
            cells, formats = {}, {}
            for row in ws.iter_rows():
                for cell in row:
                    if cell.value is None:
                        continue
                    cells[cell.coordinate] = typed(cell)
                    if cell.number_format != "General":
                        formats[cell.coordinate] = cell.number_format
            rows = shown.get(ws.title, [])
            mismatches, compared = [], 0
            for coordinate, value in cells.items():
                c = ws[coordinate]
                text = rows[c.row - 1][c.column - 1] if c.row - 1 < len(rows) and c.column - 1 < len(rows[c.row - 1]) else None
                compared += 1
                if text is None or not shown_matches(value, c.number_format, text):
                    mismatches.append(f"{coordinate}: {value} shown as {text!r}")
            sheets.append({
                "name": ws.title,
                "state": ws.sheet_state,
                "freeze": ws.freeze_panes,
                "validations": [{"type": v.type, "sqref": str(v.sqref), "formula1": v.formula1, "errorStyle": v.errorStyle}
                                for v in ws.data_validations.dataValidation],
                "cells": cells,
                "formats": formats,
                "libreOfficeCellsCompared": compared,
                "libreOfficeMismatches": mismatches,
            })
        result["files"][name] = sheets
    with open(os.path.join(HERE, "network-workbooks.openpyxl.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    for name, sheets in result["files"].items():
        for s in sheets:
            print(name, s["name"], s["state"], len(s["cells"]), "cells,", len(s["libreOfficeMismatches"]), "mismatches",
                  s["libreOfficeMismatches"][:3])


if __name__ == "__main__":
    main()
