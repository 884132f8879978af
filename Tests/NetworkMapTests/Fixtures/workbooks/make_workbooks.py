#!/usr/bin/env python3
"""Makes the workbook fixtures of the workbook reader's tests, and expected.json with what each one holds.

Run from this folder:  python3 make_workbooks.py
Needs: openpyxl (pip install openpyxl), msoffcrypto-tool (pip install msoffcrypto-tool) and LibreOffice's
soffice (apt-get install libreoffice-calc-nogui). The versions used are written into expected.json.

The values in expected.json come from this script's own data (what it hands openpyxl, or what it writes into the
hand-made XML), never from network-map's reader. For the files LibreOffice converts, the expected values are the
same data; formulas are expected with the value computed here in Python. Each fixture is described in README.md.
"""
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}


def typed(value, number_format=None):
    """The typed value a cell should read as: [type, value]."""
    if value is None or value == "":
        return None  # an empty string reads as an empty cell
    if isinstance(value, bool):
        return ["boolean", value]
    if isinstance(value, (int, float)):
        return ["number", float(value)]
    if isinstance(value, dt.datetime):
        return ["dateTime", value.strftime("%Y-%m-%dT%H:%M:%S")]
    if isinstance(value, dt.date):
        return ["date", value.isoformat()]
    if isinstance(value, dt.time):
        return ["time", value.hour * 3600 + value.minute * 60 + value.second]
    if isinstance(value, CellRichText):
        return ["text", str(value)]
    return ["text", str(value)]


class Sheet:
    """A sheet's data as this script writes it, and as expected.json records it."""

    def __init__(self, name, visibility="visible"):
        self.name, self.visibility = name, visibility
        self.cells, self.formats, self.formulas, self.merged = {}, {}, {}, []

    def put(self, ref, value, number_format=None):
        self.cells[ref] = value
        if number_format:
            self.formats[ref] = number_format

    def row(self, row, values, first_column=1, formats=None):
        for i, value in enumerate(values):
            if value is not None:
                ref = openpyxl.utils.get_column_letter(first_column + i) + str(row)
                self.put(ref, value, (formats or {}).get(i))

    def formula(self, ref, formula, value):
        """A formula and the value it computes (computed here, in Python)."""
        self.formulas[ref] = (formula, value)

    def expected(self, calculated):
        cells = {ref: typed(v) for ref, v in self.cells.items()}
        for ref, (_, value) in self.formulas.items():
            if calculated:
                cells[ref] = typed(value)
        covered = set()
        for rng in self.merged:
            (c1, r1), (c2, r2) = [openpyxl.utils.cell.coordinate_from_string(x) for x in rng.split(":")]
            i1, i2 = openpyxl.utils.column_index_from_string(c1), openpyxl.utils.column_index_from_string(c2)
            for r in range(r1, r2 + 1):
                for c in range(i1, i2 + 1):
                    if (r, c) != (r1, i1):
                        covered.add(openpyxl.utils.get_column_letter(c) + str(r))
        return {
            "name": self.name,
            "visibility": self.visibility,
            "cells": {k: v for k, v in sorted(cells.items()) if v is not None and k not in covered},
            "merged": self.merged,
            "uncachedFormulas": [] if calculated else sorted(self.formulas),
        }


def save_openpyxl(path, sheets, epoch_1904=False):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if epoch_1904:
        wb.epoch = CALENDAR_MAC_1904
    for s in sheets:
        ws = wb.create_sheet(s.name)
        ws.sheet_state = s.visibility
        for ref, value in s.cells.items():
            ws[ref] = value
            if ref in s.formats:
                ws[ref].number_format = s.formats[ref]
        for ref, (formula, _) in s.formulas.items():
            ws[ref] = formula
        for rng in s.merged:
            ws.merge_cells(rng)
    wb.save(os.path.join(HERE, path))


def record(path, sheets, calculated, made_by, very_hidden_as_hidden=False):
    described = []
    for s in sheets:
        e = s.expected(calculated)
        if very_hidden_as_hidden and e["visibility"] == "veryHidden":
            e["visibility"] = "hidden"
        described.append(e)
    EXPECTED[path] = {"madeBy": made_by, "sheets": described}


def soffice_convert(source, target_ext, out_name, filter_name=None):
    profile = tempfile.mkdtemp()
    out_dir = tempfile.mkdtemp()
    target = target_ext if filter_name is None else f"{target_ext}:{filter_name}"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                    "--outdir", out_dir, os.path.join(HERE, source)], check=True, capture_output=True)
    produced = os.path.join(out_dir, os.path.splitext(os.path.basename(source))[0] + "." + target_ext)
    shutil.move(produced, os.path.join(HERE, out_name))
    shutil.rmtree(profile, ignore_errors=True)
    shutil.rmtree(out_dir, ignore_errors=True)


# MARK: The quarter as people keep it

def quarter_sheets():
    actors = Sheet("Akteure")
    actors.put("A1", "Akteure im Mühlenviertel")
    actors.merged.append("A1:F1")
    actors.row(3, ["Name", "Typ", "Themen", "Einfluss", "Privatperson", "seit"])
    actors.row(4, ["QM-Büro Mühlenviertel", "Institution", "Beteiligung|Nachbarschaft", 9.0, False,
                   dt.date(2019, 4, 1)], formats={5: "DD.MM.YYYY"})
    actors.row(5, ["Kita Sonnenschein", "Institution", "Bildung", 3.0, False, "01.03.2024"])
    bold = InlineFont(b=True)
    actors.put("A6", CellRichText([TextBlock(bold, "Nachbarschafts"), "verein e.V."]))
    actors.row(6, [None, "Verein", "Nachbarschaft; Umwelt", 2.5, "FALSCH", dt.datetime(2023, 11, 5, 14, 30)],
               formats={5: "yyyy-mm-dd hh:mm"})
    actors.row(7, ["Frau Özdemir", "Bewohner:in", None, 1, True, dt.date(2024, 2, 29)], formats={5: "DD.MM.YYYY"})
    actors.row(8, ["Bäckerei Kraus", "Unternehmen", "Arbeit und Wirtschaft", 4, "WAHR", None])
    actors.put("G8", dt.time(14, 30), "hh:mm")
    actors.put("A10", "Stand: März 2025. Bitte nicht weitergeben.")

    ties = Sheet("Beziehungen")
    ties.row(1, ["Von", "An", "Art", "Stärke", "gerichtet", "seit"])
    ties.row(2, ["QM-Büro Mühlenviertel", "Kita Sonnenschein", "Kooperation", 3.0, False, dt.date(2020, 1, 15)],
             formats={5: "DD.MM.YYYY"})
    ties.row(3, ["QM-Büro Mühlenviertel", "Nachbarschaftsverein e.V.", "Förderung", None, True, None])
    ties.formula("D3", "=1+2", 3)
    ties.row(4, ["Bäckerei Kraus", "Frau Özdemir", "Information", 1, False, None])
    ties.row(5, ["Bäckerei Kraus", "Frau Özdemir", "Information", 1, False, None])  # identical: ods repeats the row
    ties.row(6, ["Kita Sonnenschein", "Bäckerei Kraus", "Kooperation", None, None, None])
    ties.formula("D6", '=LEN("ab")', 2)
    ties.row(7, ["Kita Sonnenschein", "Frau Özdemir", "Information", 2, False, None])
    ties.merged.append("A6:A7")  # A7 reads as empty: the merge shows A6's value
    ties.put("A7", None)
    ties.row(8, ["Nachbarschaftsverein e.V.", "Frau Özdemir", "Mitgliedschaft", 2, False, None])
    ties.formula("G8", "=1/0", None)  # a formula error: expected only where calculated, as #DIV/0!

    last_year = Sheet("Akteure 2024", "hidden")
    last_year.row(1, ["Name", "Typ"])
    last_year.row(2, ["QM-Büro Mühlenviertel", "Institution"])
    draft = Sheet("Entwurf (ignorieren)")
    draft.row(1, ["Von", "An"])
    draft.row(2, ["jemand", "niemand"])
    lists = Sheet("Listen", "veryHidden")
    lists.row(1, ["Typ"])
    for i, t in enumerate(["Verein", "Institution", "Unternehmen"], start=2):
        lists.put(f"A{i}", t)
    return [actors, ties, last_year, draft, lists]


# MARK: Tools' layouts

def kumu_sheets():
    elements = Sheet("Elements")
    elements.row(1, ["Label", "Type", "Description", "Tags"])
    elements.row(2, ["QM-Büro", "Institution", "Quartiersmanagement", "Beteiligung|Nachbarschaft"])
    elements.row(3, ["Kita Sonnenschein", "Schule", "Kita im Norden", "Bildung"])
    elements.row(4, ["Mieterbeirat", "Bewohnergruppe", "", "Wohnen"])
    connections = Sheet("Connections")
    connections.row(1, ["From", "To", "Direction", "Type", "Strength"])
    connections.row(2, ["QM-Büro", "Kita Sonnenschein|Mieterbeirat", "undirected", "Kooperation", 3])
    connections.row(3, ["Kita Sonnenschein", "Mieterbeirat", "directed", "Information", 1])
    connections.row(4, ["Mieterbeirat", "QM-Büro", "mutual", "Kooperation", 2])
    return [elements, connections]


def gephi_sheets():
    nodes = Sheet("Nodes")
    nodes.row(1, ["Id", "Label", "Typ"])
    nodes.row(2, ["n1", "QM-Büro", "Institution"])
    nodes.row(3, ["n2", "Kita Sonnenschein", "Institution"])
    nodes.row(4, ["n3", "Mieterbeirat", "Bewohnergruppe"])
    edges = Sheet("Edges")
    edges.row(1, ["Source", "Target", "Type", "Id", "Label", "Weight"])
    edges.row(2, ["n1", "n2", "Undirected", 0, "", 1.0])
    edges.row(3, ["n1", "n3", "Directed", 1, "fördert", 5.5])
    return [nodes, edges]


def nodexl_sheets():
    edges = Sheet("Edges")
    # NodeXL's template: a row of column groups above the header row.
    edges.put("A1", "Visual Properties")
    edges.put("C1", "Labels")
    edges.row(2, ["Vertex 1", "Vertex 2", "Color", "Width", "Edge Weight"])
    edges.row(3, ["QM-Büro", "Kita Sonnenschein", "Red", 2, 3])
    edges.row(4, ["Kita Sonnenschein", "Mieterbeirat", None, 1, 1])
    vertices = Sheet("Vertices")
    vertices.put("A1", "Visual Properties")
    vertices.row(2, ["Vertex", "Color", "Shape"])
    vertices.row(3, ["QM-Büro", "Blue", "Disk"])
    vertices.row(4, ["Kita Sonnenschein", None, "Square"])
    vertices.row(5, ["Mieterbeirat", None, None])
    metrics = Sheet("Overall Metrics")
    metrics.row(1, ["Graph Metric", "Value"])
    metrics.row(2, ["Vertices", 3])
    return [edges, vertices, metrics]


def polinode_sheets():
    nodes = Sheet("Nodes")
    nodes.row(1, ["Name", "Type", "Bezirk"])
    nodes.row(2, ["QM-Büro", "Institution", "Nord"])
    nodes.row(3, ["Mieterbeirat", "Bewohnergruppe", "Süd"])
    edges = Sheet("Edges")
    edges.row(1, ["Source", "Target", "Weight"])
    edges.row(2, ["QM-Büro", "Mieterbeirat", 2])
    return [nodes, edges]


def onodo_sheets():
    nodes = Sheet("Nodes")
    nodes.row(1, ["name", "type", "description"])
    nodes.row(2, ["QM-Büro", "Institution", "Büro"])
    nodes.row(3, ["Mieterbeirat", "Bewohnergruppe", ""])
    relations = Sheet("Relations")
    relations.row(1, ["source", "target", "type", "directed"])
    relations.row(2, ["QM-Büro", "Mieterbeirat", "Kooperation", True])
    relations.row(3, ["Mieterbeirat", "QM-Büro", "Information", False])
    return [nodes, relations]


# MARK: Hand-made parts (what other writers do)

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '{overrides}</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="{main}"/></Relationships>')


def handmade_xlsx(path, sheets_xml, workbook_extra="", shared=None, styles=None, compress=zipfile.ZIP_DEFLATED,
                  prefix=""):
    """A minimal xlsx from raw XML: sheets_xml is [(name, state, xml)]. `prefix` writes x:-prefixed elements."""
    p = prefix
    ns = 'xmlns{c}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'.format(c=":" + p[:-1] if p else "")
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheets = "".join(
        f'<{p}sheet name="{name}" sheetId="{i + 1}"{f" state={chr(34)}{state}{chr(34)}" if state else ""} '
        f'r:id="rId{i + 10}"/>' for i, (name, state, _) in enumerate(sheets_xml))
    # Sheets listed in reverse zip order on purpose: the workbook's order must win over the archive's.
    workbook = f'<?xml version="1.0"?><{p}workbook {ns} {rns}>{workbook_extra}<{p}sheets>{sheets}</{p}sheets></{p}workbook>'
    rels = ['<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/s{}.xml"/>'.format(i + 10, len(sheets_xml) - i) for i in range(len(sheets_xml))]
    if shared is not None:
        rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>')
    if styles is not None:
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/styles" Target="styles.xml"/>')
    wrels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             + "".join(rels) + "</Relationships>")
    with zipfile.ZipFile(os.path.join(HERE, path), "w", compress) as z:
        for i in reversed(range(len(sheets_xml))):
            name, state, xml = sheets_xml[i]
            body = f'<?xml version="1.0"?><{p}worksheet {ns} {rns}>{xml}</{p}worksheet>'
            z.writestr(f"xl/worksheets/s{len(sheets_xml) - i}.xml", body)
        z.writestr("[Content_Types].xml", CT.format(overrides=""))
        z.writestr("_rels/.rels", RELS.format(main="xl/workbook.xml"))
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", wrels)
        if callable(shared):
            shared(z)
        elif shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
        if styles is not None:
            z.writestr("xl/styles.xml", styles)


STYLES = ('<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="6"><numFmt numFmtId="164" formatCode="DD.MM.YYYY"/>'
          '<numFmt numFmtId="165" formatCode="0.00"/><numFmt numFmtId="166" formatCode="[Red]0"/>'
          '<numFmt numFmtId="167" formatCode="#,##0 &quot;Tage&quot;"/>'
          '<numFmt numFmtId="168" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/>'
          '<numFmt numFmtId="169" formatCode="[h]:mm:ss"/></numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
          '<cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>'
          '<xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/><xf numFmtId="22"/><xf numFmtId="169"/>'
          '</cellXfs></styleSheet>')


def c(ref, body, t=None, s=None):
    return f'<c r="{ref}"{f" t={chr(34)}{t}{chr(34)}" if t else ""}{f" s={chr(34)}{s}{chr(34)}" if s else ""}>{body}</c>'


def handmade_fixtures():
    # Every kind of cell other writers produce, in one sheet; and a second sheet first in the workbook's order.
    shared = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<si><t>Von</t></si>'
              '<si><r><rPr><b/></rPr><t>Kita </t></r><r><t xml:space="preserve">Sonnen schein </t></r></si>'
              '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>'
              '<si><t>Zeile_x000D__x000A_zwei</t></si>'
              '<si><t>wörtlich _x005F_x0041_</t></si>'
              '</sst>')
    kinds = "".join([
        "<row r=\"1\">", c("A1", "<v>0</v>", "s"), c("B1", "<v>1</v>", "s"), c("C1", "<v>2</v>", "s"),
        c("D1", "<v>3</v>", "s"), c("E1", "<v>4</v>", "s"), "</row>",
        '<row r="2">', c("A2", "<is><t>inline</t></is>", "inlineStr"),
        c("B2", '<is><r><t>rich </t></r><r><rPr><i/></rPr><t>inline</t></r></is>', "inlineStr"),
        c("C2", "<f>A1&amp;\"!\"</f><v>Von!</v>", "str"), c("D2", "<f>1/0</f><v>#DIV/0!</v>", "e"),
        c("E2", "<v>1</v>", "b"), c("F2", "<v>0</v>", "b"), "</row>",
        '<row r="3">', c("A3", "<v>3.0</v>"), c("B3", "<v>2.5</v>", "n"), c("C3", "<v>1E-3</v>"),
        c("D3", "<v>45352</v>", s="1"), c("E3", "<v>45352</v>", s="2"), c("F3", "<v>45352</v>", s="3"),
        c("G3", "<v>45352</v>", s="4"), c("H3", "<v>45352</v>", s="5"), c("I3", "<v>45352</v>", s="6"),
        c("J3", "<v>45352.75</v>", s="7"), c("K3", "<v>1.5</v>", s="8"), "</row>",
        '<row r="4">', c("A4", "<v>1</v>", s="1"), c("B4", "<v>59</v>", s="1"), c("C4", "<v>60</v>", s="1"),
        c("D4", "<v>61</v>", s="1"), c("E4", "<v>2024-03-01</v>", "d"), c("F4", "<v>2024-03-01T09:15:00</v>", "d"),
        c("G4", "<f>SUM(A3:B3)</f>"), "</row>",
        # A row without r, cells without r: they follow on from the previous ones.
        "<row>", "<c><v>7</v></c>", "<c t=\"s\"><v>0</v></c>", "</row>",
        '<row r="9"><c r="C9"><v>9</v></c><c r="A9"><v>8</v></c></row>',  # out of order within the row
        '<row r="8"><c r="A8"><v>1</v></c></row>',  # rows out of order
    ])
    kinds_xml = f'<sheetData>{kinds}</sheetData><mergeCells count="1"><mergeCell ref="A8:B9"/></mergeCells>'
    second = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>zuerst</t></is></c></row></sheetData>'
    handmade_xlsx("handmade-cells.xlsx", [("Erstes", None, second), ("Zellen", None, kinds_xml)],
                  shared=shared, styles=STYLES)
    EXPECTED["handmade-cells.xlsx"] = {"madeBy": "make_workbooks.py (zipfile, hand-written XML)", "sheets": [
        {"name": "Erstes", "visibility": "visible", "cells": {"A1": ["text", "zuerst"]}, "merged": [],
         "uncachedFormulas": []},
        {"name": "Zellen", "visibility": "visible", "merged": ["A8:B9"], "uncachedFormulas": ["G4"], "cells": {
            "A1": ["text", "Von"], "B1": ["text", "Kita Sonnen schein "], "C1": ["text", "東京"],
            "D1": ["text", "Zeile\r\nzwei"], "E1": ["text", "wörtlich _x0041_"],
            "A2": ["text", "inline"], "B2": ["text", "rich inline"], "C2": ["text", "Von!"],
            "D2": ["error", "#DIV/0!"], "E2": ["boolean", True], "F2": ["boolean", False],
            "A3": ["number", 3.0], "B3": ["number", 2.5], "C3": ["number", 0.001],
            "D3": ["date", "2024-03-01"], "E3": ["date", "2024-03-01"], "F3": ["number", 45352.0],
            "G3": ["number", 45352.0], "H3": ["number", 45352.0], "I3": ["date", "2024-03-01"],
            "J3": ["dateTime", "2024-03-01T18:00:00"], "K3": ["number", 1.5],
            "A4": ["date", "1900-01-01"], "B4": ["date", "1900-02-28"], "C4": ["text", "1900-02-29"],
            "D4": ["date", "1900-03-01"], "E4": ["date", "2024-03-01"], "F4": ["dateTime", "2024-03-01T09:15:00"],
            "A5": ["number", 7.0], "B5": ["text", "Von"],
            "A8": ["number", 1.0], "C9": ["number", 9.0]}}]}

    # x:-prefixed elements (as .NET's Open XML SDK writes them), the 1904 system, hidden states.
    prefixed = ('<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>präfix</x:t></x:is></x:c>'
                '<x:c r="B1" s="1"><x:v>0</x:v></x:c><x:c r="C1" s="1"><x:v>43890</x:v></x:c></x:row></x:sheetData>')
    handmade_xlsx("handmade-prefixed-1904.xlsx", [("Daten", None, prefixed), ("Versteckt", "veryHidden", prefixed)],
                  workbook_extra='<x:workbookPr date1904="true"/>', styles=STYLES, prefix="x:")
    sheet = {"cells": {"A1": ["text", "präfix"], "B1": ["date", "1904-01-01"], "C1": ["date", "2024-03-01"]},
             "merged": [], "uncachedFormulas": []}
    EXPECTED["handmade-prefixed-1904.xlsx"] = {"madeBy": "make_workbooks.py (zipfile, hand-written XML)", "sheets": [
        dict(sheet, name="Daten", visibility="visible"), dict(sheet, name="Versteckt", visibility="veryHidden")]}


# MARK: Files that are no workbook, and hostile ones

def refusals():
    csv_text = "Name;Typ\nKita Sonnenschein;Institution\n"
    with open(os.path.join(HERE, "renamed-csv.xlsx"), "w", encoding="utf-8") as f:
        f.write(csv_text)
    with open(os.path.join(HERE, "quartier.xlsx"), "rb") as f:
        data = f.read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) * 2 // 3])
    with zipfile.ZipFile(os.path.join(HERE, "word-document.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT.replace("/xl/workbook.xml", "/word/document.xml").replace(
            "spreadsheetml.sheet.main", "wordprocessingml.document.main").format(overrides=""))
        z.writestr("_rels/.rels", RELS.format(main="word/document.xml"))
        z.writestr("word/document.xml", "<w:document xmlns:w=\"urn:w\"/>")
    with zipfile.ZipFile(os.path.join(HERE, "text-document.ods"), "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content xmlns:office=\"urn:o\"/>")
    with zipfile.ZipFile(os.path.join(HERE, "binary.xlsx"), "w") as z:
        z.writestr("[Content_Types].xml", CT.format(overrides=""))
        z.writestr("_rels/.rels", RELS.format(main="xl/workbook.bin"))
        z.writestr("xl/workbook.bin", b"\x83\x01\x00")
    with zipfile.ZipFile(os.path.join(HERE, "photos.xlsx"), "w") as z:
        z.writestr("urlaub/bild.txt", "kein Arbeitsblatt")
    # A workbook that names a sheet part the zip does not hold.
    handmade_xlsx("missing-sheet.xlsx", [("Akteure", None, "<sheetData/>")])
    rewrite_without(os.path.join(HERE, "missing-sheet.xlsx"), "xl/worksheets/s1.xml")
    handmade_xlsx("malformed-sheet.xlsx", [("Akteure", None, "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>")])

    # Hostile: entity expansion, external entities, nesting, a cell at the grid's end and one beyond, zip bomb.
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
              + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    handmade_xlsx("billion-laughs.xlsx", [("Akteure", None, "<sheetData/>")])
    replace_part(os.path.join(HERE, "billion-laughs.xlsx"), "xl/worksheets/s1.xml", laughs)
    external = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
                '<c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>')
    handmade_xlsx("external-entity.xlsx", [("Akteure", None, "<sheetData/>")])
    replace_part(os.path.join(HERE, "external-entity.xlsx"), "xl/worksheets/s1.xml", external)
    handmade_xlsx("deep-nesting.xlsx", [("Akteure", None, "<sheetData>" + "<x>" * 100000 + "</x>" * 100000 + "</sheetData>")])
    handmade_xlsx("grid-corner.xlsx", [("Akteure", None,
                                        '<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')])
    handmade_xlsx("beyond-grid.xlsx", [("Akteure", None, '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>')])
    def write_bomb(z):
        # A gigabyte of shared strings that deflate to about a megabyte.
        info = zipfile.ZipInfo("xl/sharedStrings.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            chunk = b"<si><t>a</t></si>" * (1 << 16)
            for _ in range((1 << 30) // len(chunk)):
                part.write(chunk)
            part.write(b"</sst>")
    handmade_xlsx("zip-bomb.xlsx", [("Akteure", None, '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>')],
                  shared=write_bomb)

    # ods: absurd repeat counts with a value (refused), and with empty cells before a value (read, not expanded).
    ods("repeat-bomb.ods", '<table:table table:name="Akteure"><table:table-row table:number-rows-repeated="2000000000">'
        '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
        '</table:table>')
    ods("repeat-columns-bomb.ods", '<table:table table:name="Akteure"><table:table-row>'
        '<table:table-cell table:number-columns-repeated="99999999999999999999999" office:value-type="float" '
        'office:value="1"/></table:table-row></table:table>')
    ods("repeat-empty.ods", '<table:table table:name="Akteure">'
        '<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
        'table:number-columns-repeated="16384"/></table:table-row>'
        '<table:table-row><table:table-cell table:number-columns-repeated="16000"/>'
        '<table:table-cell office:value-type="float" office:value="42"/>'
        '<table:table-cell table:number-columns-repeated="383"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1"><table:table-cell table:number-columns-repeated="16384"/>'
        '</table:table-row></table:table>')
    EXPECTED["repeat-empty.ods"] = {"madeBy": "make_workbooks.py (zipfile, hand-written XML)", "sheets": [
        {"name": "Akteure", "visibility": "visible", "cells": {openpyxl.utils.get_column_letter(16001) + "1048575": ["number", 42.0]}, "merged": [],
         "uncachedFormulas": []}]}


def ods(path, tables):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               f'<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(os.path.join(HERE, path), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)


def copy_without(path, drop, replace=None):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == drop:
                if replace is not None:
                    dst.writestr(info.filename, replace)
                continue
            dst.writestr(info, src.read(info.filename))
    os.replace(tmp, path)


def rewrite_without(path, part):
    copy_without(path, part)


def replace_part(path, part, text):
    copy_without(path, part, replace=text)


def main():
    versions = {"openpyxl": openpyxl.__version__, "python": sys.version.split()[0]}
    try:
        out = subprocess.run(["soffice", "--version"], capture_output=True, text=True, check=True).stdout.strip()
        versions["libreoffice"] = out
    except (OSError, subprocess.CalledProcessError):
        sys.exit("soffice is needed: apt-get install -y libreoffice-calc-nogui")
    import importlib.metadata
    versions["msoffcrypto-tool"] = importlib.metadata.version("msoffcrypto-tool")

    sheets = quarter_sheets()
    save_openpyxl("quartier.xlsx", sheets)
    record("quartier.xlsx", sheets, calculated=False, made_by="openpyxl")
    soffice_convert("quartier.xlsx", "ods", "quartier-libreoffice.ods")
    soffice_convert("quartier.xlsx", "xlsx", "quartier-libreoffice.xlsx", "Calc MS Excel 2007 XML")
    for name in ["quartier-libreoffice.ods", "quartier-libreoffice.xlsx"]:
        record(name, sheets, calculated=True, made_by="LibreOffice from quartier.xlsx", very_hidden_as_hidden=True)
        # =1/0 calculated is the error LibreOffice writes.
        EXPECTED[name]["sheets"][1]["cells"]["G8"] = ["error", "#DIV/0!"]
    soffice_convert("quartier.xlsx", "xls", "legacy.xls")

    from msoffcrypto.format.ooxml import OOXMLFile
    with open(os.path.join(HERE, "quartier.xlsx"), "rb") as src, open(os.path.join(HERE, "encrypted.xlsx"), "wb") as dst:
        OOXMLFile(src).encrypt("x", dst)

    s1904 = Sheet("Akteure")
    s1904.row(1, ["Name", "seit"])
    s1904.row(2, ["Kita Sonnenschein", dt.date(2024, 3, 1)], formats={1: "DD.MM.YYYY"})
    s1904.row(3, ["QM-Büro", dt.date(1904, 1, 2)], formats={1: "DD.MM.YYYY"})
    save_openpyxl("dates-1904.xlsx", [s1904], epoch_1904=True)
    record("dates-1904.xlsx", [s1904], calculated=True, made_by="openpyxl (epoch 1904)")

    for name, make in [("kumu", kumu_sheets), ("gephi", gephi_sheets), ("nodexl", nodexl_sheets),
                       ("polinode", polinode_sheets), ("onodo", onodo_sheets)]:
        layout = make()
        save_openpyxl(f"{name}.xlsx", layout)
        record(f"{name}.xlsx", layout, calculated=True, made_by="openpyxl")
    handmade_fixtures()
    refusals()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"versions": versions, "fixtures": EXPECTED}, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
