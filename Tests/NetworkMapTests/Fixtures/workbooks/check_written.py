#!/usr/bin/env python3
"""Reads written-by-network-map.xlsx (network-map's own xlsx output) with openpyxl and records what openpyxl sees.

Run from this folder after re-recording the file (RECORD_FIXTURES=1 swift test --filter XLSXWriterTests):
    python3 check_written.py
It writes written-by-network-map.openpyxl.json: per sheet its state, frozen pane, autofilter, column widths, data
validations, whether row 1 is bold, every cell as [type, value] and every number format other than General. The
test XLSXWriterTests.openpyxlReadsWhatWasWritten compares that with the document the writer was given.
"""
import datetime as dt
import json
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def typed(cell):
    v = cell.value
    if isinstance(v, bool):
        return ["boolean", v]
    if isinstance(v, (int, float)):
        return ["number", float(v)]
    if isinstance(v, dt.datetime):
        if "h" in cell.number_format.lower():
            return ["dateTime", v.strftime("%Y-%m-%dT%H:%M:%S")]
        return ["date", v.date().isoformat()]
    if isinstance(v, dt.date):
        return ["date", v.isoformat()]
    return ["text", str(v)]


def main():
    wb = openpyxl.load_workbook(os.path.join(HERE, "written-by-network-map.xlsx"))
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
        header = [c for c in ws[1] if c.value is not None] if ws.max_row >= 1 else []
        sheets.append({
            "name": ws.title,
            "state": ws.sheet_state,
            "freeze": ws.freeze_panes,
            "autoFilter": ws.auto_filter.ref,
            "widths": {k: d.width for k, d in sorted(ws.column_dimensions.items()) if d.customWidth},
            "validations": [{"type": v.type, "sqref": str(v.sqref), "formula1": v.formula1, "errorStyle": v.errorStyle}
                            for v in ws.data_validations.dataValidation],
            "boldHeader": bool(header) and all(c.font.b for c in header),
            "cells": cells,
            "formats": formats,
        })
    with open(os.path.join(HERE, "written-by-network-map.openpyxl.json"), "w", encoding="utf-8") as f:
        json.dump({"openpyxl": openpyxl.__version__, "sheets": sheets}, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
