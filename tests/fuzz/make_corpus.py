#!/usr/bin/env python3
"""Builds the seed corpora (and a dictionary) for the fuzz targets.

Usage: make_corpus.py SOURCE_DIR OUT_DIR

OUT_DIR/<target>/ gets one file per seed, named by its content's hash:
  profile, render   examples/*.yaml, tests/e2e/profiles/*.yaml and the bad
                    profiles written as string literals in
                    tests/unit/profile/profile_errors_test.cc
  guide_section     templates/guides/*/sections/*.md
  rules             each templates/rules/*.yaml behind the byte that selects
                    it in fuzz_rules.cc
  theme             the theme files in templates/themes/ and variants of them
  image             the logos in templates/themes/ and small PNGs (every
                    colour type and bit depth, with and without
                    transparency) and JPEGs (baseline, progressive, grey)
OUT_DIR/profile.dict gets the profile format's keys and words from
schema/careplan-profile.schema.json (libFuzzer's -dict).
"""
import glob
import hashlib
import json
import os
import re
import struct
import sys
import zlib

# The order of kRuleFiles in fuzz_rules.cc.
RULE_FILES = ["sources.yaml", "tests.yaml", "lifestyle.yaml", "medicines.yaml", "organs.yaml",
              "general.yaml"]

SIMPLE_ESCAPES = {"n": b"\n", "t": b"\t", "r": b"\r", "0": b"\0", "\\": b"\\", '"': b'"',
                  "'": b"'", "a": b"\a", "b": b"\b", "f": b"\f", "v": b"\v"}


def unescape(body):
    """The bytes of a C++ string literal's body (the part between quotes)."""
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        nxt = body[i + 1]
        if nxt == "x":
            digits = re.match(r"[0-9A-Fa-f]+", body[i + 2:]).group(0)
            out.append(int(digits, 16) & 0xFF)
            i += 2 + len(digits)
        elif nxt in "01234567" and re.match(r"[0-7]{2,3}", body[i + 1:]):
            digits = re.match(r"[0-7]{1,3}", body[i + 1:]).group(0)
            out.append(int(digits, 8) & 0xFF)
            i += 1 + len(digits)
        elif nxt == "u":
            out += chr(int(body[i + 2:i + 6], 16)).encode("utf-8")
            i += 6
        else:
            out += SIMPLE_ESCAPES[nxt]
            i += 2
    return bytes(out)


LITERAL = r'"(?:[^"\\\n]|\\.)*"'
LITERALS = re.compile(r"((?:\s*" + LITERAL + r")+)")


def literal_bytes(run):
    return b"".join(unescape(m[1:-1]) for m in re.findall(LITERAL, run))


def profiles_from_error_tests(path):
    """Errors("...") and Errors(ValidPlus("...")) arguments, as bytes."""
    source = open(path, encoding="utf-8").read()
    valid = literal_bytes(re.search(r"kValid\s*=\s*((?:\s*" + LITERAL + r")+)", source).group(1))
    seeds = []
    for match in re.finditer(r"Errors\((ValidPlus\(|std::string_view\()?", source):
        literals = LITERALS.match(source, match.end())
        if not literals:
            continue  # built in code (a huge file, deep nesting): not a literal
        text = literal_bytes(literals.group(1))
        seeds.append(valid + text if match.group(1) == "ValidPlus(" else text)
    return seeds


def write_seeds(folder, seeds):
    os.makedirs(folder, exist_ok=True)
    for seed in seeds:
        name = hashlib.sha1(seed).hexdigest()
        with open(os.path.join(folder, name), "wb") as f:
            f.write(seed)
    return len(set(seeds))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def schema_words(schema):
    words = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    words.update(value.keys())
                if key == "enum" and isinstance(value, list):
                    words.update(v for v in value if isinstance(v, str))
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return words


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def make_png(width, height, colour_type, depth, transparent=False):
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour_type]
    row_bytes = (width * channels * depth + 7) // 8
    rows = b"".join(bytes([y % 5]) + bytes((x * 37 + y) & 0xFF for x in range(row_bytes))
                    for y in range(height))
    out = b"\x89PNG\r\n\x1a\n"
    out += png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, colour_type, 0, 0, 0))
    if colour_type == 3:
        out += png_chunk(b"PLTE", bytes(i % 256 for i in range(3 * (1 << depth))))
    if transparent:
        out += png_chunk(b"tRNS", bytes(range(1 << depth)) if colour_type == 3
                         else bytes(2 if colour_type == 0 else 6))
    data = zlib.compress(rows)
    out += png_chunk(b"IDAT", data[:len(data) // 2]) + png_chunk(b"IDAT", data[len(data) // 2:])
    return out + png_chunk(b"IEND", b"")


def make_jpeg(width, height, components, sof):
    out = b"\xff\xd8\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
    out += b"\xff\xdb" + struct.pack(">H", 67) + b"\0" + b"\x01" * 64
    out += bytes([0xFF, sof]) + struct.pack(">HBHHB", 8 + 3 * components, 8, height, width,
                                            components)
    out += b"".join(bytes([c + 1, 0x11, 0]) for c in range(components))
    out += b"\xff\xc4" + struct.pack(">H", 2 + 2 * 18)
    for table in (0x00, 0x10):
        out += bytes([table, 1]) + bytes(15) + b"\0"
    out += b"\xff\xda" + struct.pack(">HB", 6 + 2 * components, components)
    out += b"".join(bytes([c + 1, 0]) for c in range(components)) + b"\0\x3f\0"
    return out + b"\0" * 16 + b"\xff\xd9"


def image_seeds(source_dir):
    seeds = [read(p) for p in sorted(glob.glob(os.path.join(source_dir, "templates", "themes",
                                                            "*.png")))]
    seeds += [read(p) for p in sorted(glob.glob(os.path.join(source_dir, "templates", "themes",
                                                             "*.jpg")))]
    for colour_type, depths in ((0, (1, 2, 4, 8, 16)), (2, (8, 16)), (3, (1, 2, 4, 8)),
                                (4, (8, 16)), (6, (8, 16))):
        for depth in depths:
            seeds.append(make_png(7, 5, colour_type, depth))
            if colour_type in (0, 2, 3):
                seeds.append(make_png(7, 5, colour_type, depth, transparent=True))
    seeds += [make_jpeg(16, 8, 3, 0xC0), make_jpeg(16, 8, 1, 0xC0), make_jpeg(16, 8, 3, 0xC2)]
    return seeds


def theme_seeds(source_dir):
    """The real theme files, and variants that reach each check of the loader:
    a logo that is missing, outside the folder, not an image; a pale accent."""
    seeds = [read(p) for p in sorted(glob.glob(os.path.join(source_dir, "templates", "themes", "*.yaml")))]
    seeds += [
        b'organisation: "A"\ncontact: "B"\nlogo: "example-clinic-logo.png"\naccent_colour: "#0b5e57"\n',
        b'logo: "missing.png"\n',
        b'logo: "../../README.md"\n',
        b'logo: "default.yaml"\n',
        b'accent_colour: "#ffff00"\n',
        b'accent_colour: "0b5e57"\n',
        b'organsation: "typo"\n',
        b'- not a mapping\n',
    ]
    return seeds


def main():
    source_dir, out_dir = sys.argv[1], sys.argv[2]
    profiles = [read(p) for p in sorted(glob.glob(os.path.join(source_dir, "examples", "*.yaml")))]
    profiles += [read(p) for p in
                 sorted(glob.glob(os.path.join(source_dir, "tests", "e2e", "profiles", "*.yaml")))]
    bad = profiles_from_error_tests(
        os.path.join(source_dir, "tests", "unit", "profile", "profile_errors_test.cc"))
    counts = {
        "profile": write_seeds(os.path.join(out_dir, "profile"), profiles + bad),
        "render": write_seeds(os.path.join(out_dir, "render"), profiles + bad),
        "guide_section": write_seeds(
            os.path.join(out_dir, "guide_section"),
            [read(p) for p in sorted(glob.glob(
                os.path.join(source_dir, "templates", "guides", "*", "sections", "*.md")))]),
        "rules": write_seeds(
            os.path.join(out_dir, "rules"),
            [bytes([i]) + read(os.path.join(source_dir, "templates", "rules", name))
             for i, name in enumerate(RULE_FILES)]),
        "image": write_seeds(os.path.join(out_dir, "image"), image_seeds(source_dir)),
        "theme": write_seeds(os.path.join(out_dir, "theme"), theme_seeds(source_dir)),
    }
    schema = json.load(open(os.path.join(source_dir, "schema", "careplan-profile.schema.json")))
    words = sorted(schema_words(schema) | {"careplan/v1", "true", "false", "2026-11-24", "---",
                                           "- ", ": ", "[", "]", "{", "}", "|", ">", "&a", "*a"})
    with open(os.path.join(out_dir, "profile.dict"), "w", encoding="utf-8") as f:
        for word in words:
            f.write(json.dumps(word, ensure_ascii=False) + "\n")
    print(" ".join(f"{name}: {count}" for name, count in counts.items()),
          f"(bad profiles from the unit tests: {len(bad)}; dictionary: {len(words)} words)")


if __name__ == "__main__":
    main()
