#!/usr/bin/env python3
"""Writes the character sets of the app's two CJK fonts (UTF-8 text files for pyftsubset).

ui:   what the first frame needs: ASCII, Latin-1, general punctuation, CJK symbols and
      punctuation, full-width forms, and every character of GB2312 (all of everyday Simplified
      Chinese). Small enough to load before the first frame.
full: fetched after the first frame and merged behind the ui font: all CJK Unified Ideographs,
      Extension A and the compatibility ideographs that are not in the ui set, so rare characters
      in people's names (堃 喆 珺 昇 彧) and Traditional characters render.
Usage: font_charset.py ui|full OUT.txt
"""
import sys


def gb2312_chars():
    out = []
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


def ranges(*spans):
    return [chr(c) for a, b in spans for c in range(a, b + 1)]


def ui_set():
    chars = ranges((0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2100, 0x214F),
                   (0x2190, 0x21FF), (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x2600, 0x26FF),
                   (0x3000, 0x303F), (0xFF00, 0xFFEF))
    chars += gb2312_chars()
    return sorted(set(chars))


def full_set():
    ui = set(ui_set())
    cjk = ranges((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
    return [c for c in cjk if c not in ui]


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("ui", "full"):
        sys.exit(__doc__)
    chars = ui_set() if sys.argv[1] == "ui" else full_set()
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("".join(chars))


if __name__ == "__main__":
    main()
