#!/usr/bin/env python3
"""Draws the extension's icons (extension/icons/icon-N.png) with the standard
library only: a teal rounded square with a white scope ring and dot — "scout a
deal". Run it again only to change the design; the PNGs are committed."""

import math
import struct
import sys
import zlib
from pathlib import Path

TEAL = (15, 118, 110)
WHITE = (255, 255, 255)
SS = 4  # supersampling per axis, for anti-aliased edges


def coverage(size, inside):
    """Per-pixel coverage (0..1) of a shape, by supersampling."""
    out = []
    for y in range(size):
        row = []
        for x in range(size):
            hits = 0
            for sy in range(SS):
                for sx in range(SS):
                    u = (x + (sx + 0.5) / SS) / size
                    v = (y + (sy + 0.5) / SS) / size
                    hits += inside(u, v)
            row.append(hits / (SS * SS))
        out.append(row)
    return out


def rounded_square(u, v, r=0.22, m=0.04):
    x, y = min(u - m, 1 - m - u), min(v - m, 1 - m - v)
    if x < 0 or y < 0:
        return False
    if x >= r or y >= r:
        return True
    return math.hypot(r - x, r - y) <= r


def scope(u, v):
    d = math.hypot(u - 0.5, v - 0.5)
    ring = 0.21 <= d <= 0.31
    dot = d <= 0.09
    # four short ticks pointing inwards, like a sight
    tick = (abs(u - 0.5) <= 0.035 and (0.12 <= v <= 0.24 or 0.76 <= v <= 0.88)) or (
        abs(v - 0.5) <= 0.035 and (0.12 <= u <= 0.24 or 0.76 <= u <= 0.88)
    )
    return ring or dot or tick


def png(size):
    bg, fg = coverage(size, rounded_square), coverage(size, scope)
    raw = bytearray()
    for y in range(size):
        raw.append(0)  # filter: none
        for x in range(size):
            a, f = bg[y][x], fg[y][x] * bg[y][x]
            rgb = [round(TEAL[i] * (1 - f) + WHITE[i] * f) for i in range(3)]
            raw.extend(rgb + [round(255 * a)])

    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "extension" / "icons")
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 128):
        (out / f"icon-{size}.png").write_bytes(png(size))
        print(out / f"icon-{size}.png")


if __name__ == "__main__":
    main()
