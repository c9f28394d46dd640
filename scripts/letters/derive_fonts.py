#!/usr/bin/env python3
"""Derive the fonts Vigil embeds in letters (src/main/resources/letters/fonts/).

Source: the npm packages @fontsource/noto-sans-kr and @fontsource/noto-sans-sc (Noto Sans KR and
Noto Sans SC by Google, SIL Open Font License 1.1). They ship the fonts as WOFF slices by Unicode
range; PDFBox embeds TrueType, so each slice the letters need is unpacked to TTF and cut down to
the characters a letter uses (Latin, punctuation, Hangul, the simplified Chinese set Fontsource
ships). A character outside the subset falls back to the next font in the letter's font list.

Run (needs npm and fontTools, Debian packages `npm` and `fonttools`):
    python3 scripts/letters/derive_fonts.py
"""
import pathlib
import subprocess
import tarfile
import tempfile

from fontTools import subset
from fontTools.ttLib import TTFont

VERSION = "5.3.0"
ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "src/main/resources/letters/fonts"

LATIN = "U+0020-007E,U+00A0-00FF,U+0100-017F,U+2010-2027,U+2030-205E,U+20AC,U+2116,U+2122"
CJK_PUNCTUATION = "U+3000-303F,U+FF01-FF60,U+FFE0-FFE6,U+00B7"
# (output name, package, slice inside the package, weight, Unicode ranges kept)
FONTS = [
    ("NotoSans-Latin-Regular.ttf", "noto-sans-kr", "latin", 400, LATIN),
    ("NotoSans-Latin-Bold.ttf", "noto-sans-kr", "latin", 700, LATIN),
    ("NotoSans-LatinExt-Regular.ttf", "noto-sans-kr", "latin-ext", 400, "U+0100-024F,U+1E00-1EFF"),
    ("NotoSansKR-Hangul-Regular.ttf", "noto-sans-kr", "korean", 400,
     "U+1100-11FF,U+3130-318F,U+AC00-D7A3," + CJK_PUNCTUATION),
    ("NotoSansSC-Chinese-Regular.ttf", "noto-sans-sc", "chinese-simplified", 400,
     "U+4E00-9FFF," + CJK_PUNCTUATION),
]


def unpack(package, work):
    subprocess.run(["npm", "pack", f"@fontsource/{package}@{VERSION}", "--silent"],
                   cwd=work, check=True, stdout=subprocess.DEVNULL)
    archive = work / f"fontsource-{package}-{VERSION}.tgz"
    target = work / package
    with tarfile.open(archive) as tar:
        tar.extractall(target)  # from the npm registry, read only for its font files
    return target / "package"


def derive(package_dir, slice_name, weight, ranges, out):
    source = package_dir / "files" / f"{package_dir.parent.name}-{slice_name}-{weight}-normal.woff"
    font = TTFont(source)
    font.flavor = None
    options = subset.Options()
    # No ligatures: PDFBox would set "fi" as one glyph that text extraction and search cannot read back.
    options.layout_features = ["kern", "mark", "mkmk", "ccmp", "locl", "vert", "vrt2"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False  # print and screen at letter sizes do without hints; saves a third
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(ranges))
    subsetter.subset(font)
    font.save(out)
    print(f"{out.name}: {len(font.getBestCmap())} characters, {out.stat().st_size // 1024} KiB")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        packages = {}
        for name, package, slice_name, weight, ranges in FONTS:
            if package not in packages:
                packages[package] = unpack(package, work)
            derive(packages[package], slice_name, weight, ranges, OUT / name)
        (OUT / "OFL.txt").write_text((packages["noto-sans-kr"] / "LICENSE").read_text())


if __name__ == "__main__":
    main()
