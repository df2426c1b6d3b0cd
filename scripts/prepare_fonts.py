#!/usr/bin/python3
"""Build the fonts bundled with careplan from Debian's Noto Sans.

Reads  /usr/share/fonts/truetype/noto/NotoSans-{Regular,Bold}.ttf
       (Debian package fonts-noto-core)
Writes fonts/NotoSans-{Regular,Bold}.ttf

Run from anywhere with the Debian python (it ships fontTools):

    /usr/bin/python3 scripts/prepare_fonts.py

Why the fonts are modified (see fonts/README.md for details):

* libharu 2.3.0 follows composite glyphs only one level deep when it
  subsets an embedded TrueType font.  Letters built from nested
  components (Vietnamese "ầ ễ ị", Cyrillic "ё", Greek "ΐ", ...) then print
  without their accents.  We therefore decompose EVERY composite glyph
  into plain outlines, so no glyph references another one.
* libharu's "subset" copies only the glyf data of the glyphs used, but it
  copies cmap, hmtx, loca, post, name, OS/2, cvt, fpgm and prep whole, so
  their size (which grows with the number of glyph slots) goes into every
  PDF, and its /W array lists every character the cmap maps.  We keep only
  the Unicode ranges careplan promises, use a 'post' table without glyph
  names (format 3) and drop the hinting tables (libharu then writes
  zero-length cvt/fpgm/prep entries, which is fine).
* OpenType layout tables (GSUB, GPOS, GDEF) and DSIG/gasp are never used
  by libharu, so they are dropped too.

The output is deterministic: same input fonts -> byte-identical output.
"""

import argparse
import filecmp
import os
import sys
import tempfile

from fontTools import subset
from fontTools.misc.timeTools import timestampFromString
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import ttProgram
from fontTools.ttLib.tables._g_l_y_f import GlyphCoordinates, flagOnCurve

SRC_DIR_DEFAULT = "/usr/share/fonts/truetype/noto"
STYLES = ("Regular", "Bold")

# head.created / head.modified are pinned so that the output never depends
# on the time the script was run.  (The date is the upstream snapshot of
# Debian's fonts-noto-core 20201225-1.)
FIXED_TIMESTAMP = timestampFromString("Fri Dec 25 00:00:00 2020")

# Unicode ranges we keep (inclusive).  Code points in these ranges that the
# source font does not map are simply absent from the output.
KEEP_RANGES = [
    (0x0000, 0x007F, "Basic Latin"),
    (0x0080, 0x00FF, "Latin-1 Supplement"),
    (0x0100, 0x017F, "Latin Extended-A"),
    (0x0180, 0x024F, "Latin Extended-B"),
    (0x02B0, 0x02FF, "Spacing Modifier Letters"),
    (0x0300, 0x036F, "Combining Diacritical Marks"),
    (0x0370, 0x03FF, "Greek and Coptic"),
    (0x0400, 0x04FF, "Cyrillic"),
    (0x0500, 0x052F, "Cyrillic Supplement"),
    (0x1E00, 0x1EFF, "Latin Extended Additional"),
    (0x1F00, 0x1FFF, "Greek Extended"),
    (0x2000, 0x206F, "General Punctuation"),
    (0x2070, 0x209F, "Superscripts and Subscripts"),
    (0x20A0, 0x20CF, "Currency Symbols"),
    (0x2100, 0x214F, "Letterlike Symbols"),
    (0x2150, 0x218F, "Number Forms"),
    (0x2190, 0x21FF, "Arrows"),
    (0x2200, 0x22FF, "Mathematical Operators"),
    (0x25A0, 0x25FF, "Geometric Shapes"),
    (0x2713, 0x2717, "Dingbats: check marks and crosses"),
    (0xFFFD, 0xFFFD, "Replacement Character"),
]

# Characters that must be present in the output; the script fails if not.
REQUIRED_TEXT = (
    "AaĂăÂâĐđÊêÔôƠơƯư"
    "ÀÁẢÃẠàáảãạẰẮẲẴẶằắẳẵặẦẤẨẪẬầấẩẫậ"
    "ÈÉẺẼẸèéẻẽẹỀẾỂỄỆềếểễệÌÍỈĨỊìíỉĩị"
    "ÒÓỎÕỌòóỏõọỒỐỔỖỘồốổỗộỜỚỞỠỢờớởỡợ"
    "ÙÚỦŨỤùúủũụỪỨỬỮỰừứửữựỲÝỶỸỴỳýỷỹỵ"
    "ÄÖÜßäöüÇçÑñØøÅåÆæŒœŁłŚśŹźŻżĆćČčŠšŽžŘřĚěŮůŐőŰűĞğİıŞş"
    "ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    "абвгдежзийклмнопрстуфхцчшщъыьэюяѐёђѓєѕіїјљњћќѝўџҐґ"
    "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρςστυφχψω"
    "ΆΈΉΊΌΎΏάέήίόύώΐΰϊϋΪΫἀἁἂἃἄἅἆἇᾶῆῖῦῶ"
    "–—‘’‚“”„•‣…‰′″‹›€£¥¢₽₴№℃™°±×÷µ·¶§©®"
)

# Tables written to the output.  libharu embeds exactly these (plus empty
# cvt/fpgm/prep entries); everything else (GSUB, GPOS, GDEF, DSIG, gasp,
# hinting) is dropped.
KEEP_TABLES = {"head", "hhea", "hmtx", "maxp", "cmap", "loca", "glyf",
               "name", "post", "OS/2"}
KERN_MAX_BYTES = 8 * 1024  # keep a 'kern' table only if it is this small

NAME_SUFFIX = "careplan build: subset, unhinted, composites flattened"


def keep_unicodes(font):
    cmap = font.getBestCmap()
    wanted = set()
    for lo, hi, _ in KEEP_RANGES:
        wanted.update(range(lo, hi + 1))
    return sorted(cp for cp in cmap if cp in wanted)


def flatten_composites(font):
    """Replace every composite glyph by a simple glyph with the same outline."""
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    flattened = {}
    for name in font.getGlyphOrder():
        glyph = glyf[name]
        if not glyph.isComposite():
            continue
        coords, end_pts, flags = glyph.getCoordinates(glyf)
        coords = GlyphCoordinates(coords)
        coords.toInt()
        flattened[name] = (coords, list(end_pts),
                           bytearray(f & flagOnCurve for f in flags))
    # Assign only after all outlines were computed from the original data.
    for name, (coords, end_pts, flags) in flattened.items():
        glyph = glyf[name]
        del glyph.components
        glyph.numberOfContours = len(end_pts)
        glyph.coordinates = coords
        glyph.endPtsOfContours = end_pts
        glyph.flags = flags
        glyph.program = ttProgram.Program()
        glyph.program.fromBytecode(b"")
        glyph.recalcBounds(glyf)
        if glyph.numberOfContours > 0:
            advance, _ = hmtx[name]
            hmtx[name] = (advance, glyph.xMin)
    return len(flattened)


def fix_names(font):
    name = font["name"]
    for rec in name.names:
        if rec.nameID == 3:
            rec.string = rec.toUnicode() + ";careplan"
        elif rec.nameID == 5:
            version = rec.toUnicode().split(";")[0]
            rec.string = "%s; %s" % (version, NAME_SUFFIX)


def build(src_path, dst_path):
    font = TTFont(src_path, recalcTimestamp=False, recalcBBoxes=True)
    n_flat = flatten_composites(font)

    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.glyph_names = False          # post format 3
    options.notdef_glyph = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.legacy_cmap = False
    options.symbol_cmap = False
    options.recalc_bounds = True
    options.recalc_timestamp = False
    options.prune_unicode_ranges = True
    options.recalc_max_context = True    # no GSUB/GPOS left -> 0
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "DSIG", "gasp", "hdmx",
                            "LTSH", "VDMX", "cvt", "fpgm", "prep"]
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=keep_unicodes(font))
    subsetter.subset(font)

    for tag in list(font.keys()):
        if tag == "GlyphOrder" or tag in KEEP_TABLES:
            continue
        if tag == "kern" and len(font.getTableData("kern")) <= KERN_MAX_BYTES:
            continue
        del font[tag]

    # libharu reads only the (3,1) format 4 subtable; drop the duplicate
    # Unicode-platform subtable.
    cmap = font["cmap"]
    cmap.tables = [t for t in cmap.tables
                   if (t.platformID, t.platEncID, t.format) == (3, 1, 4)]
    if not cmap.tables:
        raise SystemExit("%s: no (3,1) format 4 cmap subtable" % src_path)

    head = font["head"]
    head.created = FIXED_TIMESTAMP
    head.modified = FIXED_TIMESTAMP
    fix_names(font)

    check(font, src_path)
    os.makedirs(os.path.dirname(dst_path) or ".", exist_ok=True)
    tmp_path = dst_path + ".tmp"
    font.save(tmp_path, reorderTables=True)
    os.replace(tmp_path, dst_path)

    # Re-read the written file and check it again.
    out = TTFont(dst_path)
    check(out, dst_path)
    return n_flat, out["maxp"].numGlyphs, len(out.getBestCmap())


def check(font, label):
    glyf = font["glyf"]
    for name in font.getGlyphOrder():
        if glyf[name].isComposite():
            raise SystemExit("%s: glyph %s is still composite" % (label, name))
    cmap = font["cmap"].getcmap(3, 1)
    if cmap is None or cmap.format != 4:
        raise SystemExit("%s: missing (3,1) format 4 cmap" % label)
    missing = [c for c in REQUIRED_TEXT if ord(c) not in cmap.cmap]
    if missing:
        raise SystemExit("%s: missing characters %s" % (label, "".join(missing)))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--src-dir", default=SRC_DIR_DEFAULT,
                        help="directory holding the Debian Noto Sans fonts")
    parser.add_argument("--out-dir",
                        default=os.path.join(os.path.dirname(here), "fonts"),
                        help="where to write the fonts (default: fonts/)")
    parser.add_argument("--check", action="store_true",
                        help="build into a temporary directory and fail if "
                             "the result differs from the files in --out-dir")
    args = parser.parse_args()

    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            status = 0
            for style in STYLES:
                name = "NotoSans-%s.ttf" % style
                build(os.path.join(args.src_dir, name), os.path.join(tmp, name))
                committed = os.path.join(args.out_dir, name)
                if not (os.path.exists(committed)
                        and filecmp.cmp(committed, os.path.join(tmp, name),
                                        shallow=False)):
                    print("%s is out of date; run %s" % (committed, sys.argv[0]))
                    status = 1
                else:
                    print("%s is up to date" % committed)
            return status

    for style in STYLES:
        src = os.path.join(args.src_dir, "NotoSans-%s.ttf" % style)
        dst = os.path.join(args.out_dir, "NotoSans-%s.ttf" % style)
        n_flat, n_glyphs, n_chars = build(src, dst)
        print("%s: %d bytes, %d glyphs, %d characters, %d composites flattened"
              % (dst, os.path.getsize(dst), n_glyphs, n_chars, n_flat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
