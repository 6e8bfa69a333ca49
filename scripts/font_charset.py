#!/usr/bin/env python3
"""Writes the character sets of the app's two CJK fonts (UTF-8 text files for pyftsubset).

ui:   what the first frame needs, small enough to load before it: ASCII, Latin-1, general
      punctuation, CJK symbols and punctuation, full-width forms, the non-hanzi rows of GB2312
      (区 1-15: symbols, Greek, Cyrillic, kana, box drawing, pinyin), the 3755 level-1 hanzi of
      GB2312 (区 16-55, the most common characters; taken from Python's gb2312 codec), and every
      GB2312 character that appears in the SOURCE files (the UI string table, core messages, the
      sample plan). Characters outside GB2312 in the sources (the font check's rare names) are
      left to the full font on purpose.
full: fetched after the first frame and merged behind the ui font: every CJK Unified Ideograph,
      Extension A and compatibility ideograph that is not in the ui set without its SOURCE
      characters (so GB2312 level 2 is here), so rare characters in people's names (堃 喆 珺 昇 彧)
      and Traditional characters render. It ignores SOURCEs, so editing a string does not rebuild
      it; the few level-2 characters the sources add to the ui font are then in both (harmless:
      the ui font is asked first).
Usage: font_charset.py ui OUT.txt [SOURCE...] | font_charset.py full OUT.txt
"""
import sys

LEVEL1_LAST_ROW = 55  # GB2312 区 16-55: level-1 hanzi; 56-87: level 2


def gb2312_chars(first_row=1, last_row=94):
    out = []
    for row in range(first_row, last_row + 1):
        for col in range(1, 95):
            try:
                out.append(bytes([0xA0 + row, 0xA0 + col]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


def ranges(*spans):
    return [chr(c) for a, b in spans for c in range(a, b + 1)]


def source_chars(paths):
    """The GB2312 characters used in the given UTF-8 files."""
    gb = set(gb2312_chars())
    used = set()
    for p in paths:
        with open(p, encoding="utf-8") as f:
            used.update(c for c in f.read() if ord(c) > 0x7F)
    return used & gb


def ui_set(sources=()):
    chars = ranges((0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2100, 0x214F),
                   (0x2190, 0x21FF), (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x2600, 0x26FF),
                   (0x3000, 0x303F), (0xFF00, 0xFFEF))
    chars += gb2312_chars(1, 15)                  # symbols and non-Chinese scripts
    chars += gb2312_chars(16, LEVEL1_LAST_ROW)    # level-1 hanzi
    chars += source_chars(sources)
    return sorted(set(chars))


def full_set():
    ui = set(ui_set())
    cjk = ranges((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
    return [c for c in cjk if c not in ui]


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("ui", "full"):
        sys.exit(__doc__)
    chars = ui_set(sys.argv[3:]) if sys.argv[1] == "ui" else full_set()
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("".join(chars))


if __name__ == "__main__":
    main()
