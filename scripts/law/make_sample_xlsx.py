#!/usr/bin/env python3
"""Writes the OHCHR-layout sample spreadsheet the importer tests read
(src/test/resources/org/vigil/law/internal/ohchr-cat-status.xlsx): a minimal Office Open XML
workbook as OHCHR's "Ratification Status" export lays it out — a title row naming the treaty, a
header row Country | Signature Date | Ratification Date, Accession(a), Succession(d) Date, and one
row per state (shared strings, as spreadsheet programs write them; one date as a date number).
Run from the repository root:  python3 scripts/law/make_sample_xlsx.py
"""
import pathlib
import zipfile
from xml.sax.saxutils import escape

OUT = pathlib.Path("src/test/resources/org/vigil/law/internal/ohchr-cat-status.xlsx")
ROWS = [
    ["Ratification Status for CAT - Convention against Torture and Other Cruel Inhuman or Degrading Treatment or Punishment"],
    [],
    ["Country", "Signature Date", "Ratification Date, Accession(a), Succession(d) Date"],
    ["Afghanistan", "04 Feb 1985", "01 Apr 1987"],
    ["Albania", "", "11 May 1994 (a)"],
    ["Angola", "24 Sep 2013", ""],
    ["China", "12 Dec 1986", 32420],          # 4 Oct 1988 as a spreadsheet date number
    ["Thailand", "", "02 Oct 2007 (a)"],
    ["Türkiye", "25 Jan 1988", "02 Aug 1988"],
    ["Cook Islands", "", "24 Sep 2021 (a)"],
]


def col(i):
    return chr(ord("A") + i)


def main():
    strings = []
    index = {}
    sheet_rows = []
    for r, row in enumerate(ROWS, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif value != "":
                if value not in index:
                    index[value] = len(strings)
                    strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns} {rel}>'
        '<sheets><sheet name="Ratification Status" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns}><sheetData>'
        + "".join(sheet_rows) + "</sheetData></worksheet>",
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>",
    }
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
