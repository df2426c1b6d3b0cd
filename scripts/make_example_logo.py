#!/usr/bin/env python3
"""Draws the example clinic's logo, templates/themes/example-clinic-logo.png.

Uses only the standard library (zlib and struct write the PNG). The logo is
a made-up mark: a teal disc with a white cross and three bars beside it, on a
transparent background (RGBA, 8 bits per channel, not interlaced), 480 x 240
pixels, so that it fills the 40 mm x 20 mm box on the cover at 305 dpi.

Run from the repository root:  python3 scripts/make_example_logo.py [OUT.png]
The output is the same, byte for byte, on every run.
"""
import struct
import sys
import zlib

WIDTH, HEIGHT = 480, 240
SUPERSAMPLE = 3  # samples per pixel side, for smooth edges
TEAL = (0x0b, 0x5e, 0x57)
SLATE = (0x33, 0x41, 0x55)
WHITE = (0xff, 0xff, 0xff)


def in_rounded_rect(x, y, left, top, right, bottom, radius):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def colour_at(x, y):
    """The colour (r, g, b) at a point, or None where the logo is transparent."""
    # The disc with a white cross.
    cx, cy, r = 120, 120, 108
    if (x - cx) ** 2 + (y - cy) ** 2 <= r ** 2:
        arm, half = 64, 20
        if (abs(x - cx) <= half and abs(y - cy) <= arm) or \
           (abs(y - cy) <= half and abs(x - cx) <= arm):
            return WHITE
        return TEAL
    # Three bars, like lines of a name, the last one shorter.
    for top, right, colour in ((48, 456, TEAL), (108, 456, SLATE), (168, 392, SLATE)):
        if in_rounded_rect(x, y, 252, top, right, top + 30, 15):
            return colour
    return None


def render():
    rows = []
    n = SUPERSAMPLE
    for py in range(HEIGHT):
        row = bytearray([0])  # filter type 0 (none)
        for px in range(WIDTH):
            r = g = b = a = 0
            for sy in range(n):
                for sx in range(n):
                    c = colour_at(px + (sx + 0.5) / n, py + (sy + 0.5) / n)
                    if c is not None:
                        r, g, b, a = r + c[0], g + c[1], b + c[2], a + 1
            if a:
                row += bytes((r // a, g // a, b // a, (255 * a) // (n * n)))
            else:
                row += bytes((255, 255, 255, 0))
        rows.append(bytes(row))
    return b"".join(rows)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xffffffff)


def png(width, height, raw):
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # RGBA, 8-bit
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "templates/themes/example-clinic-logo.png"
    with open(out, "wb") as f:
        f.write(png(WIDTH, HEIGHT, render()))
    print(out)


if __name__ == "__main__":
    main()
