#!/usr/bin/env python3
"""Writes the character sets of the app's two CJK fonts (UTF-8 text files for pyftsubset).

ui:   what the first frame needs, and no more, since it downloads before the first frame: ASCII,
      Latin-1, general punctuation, CJK symbols and punctuation, full-width forms, and every
      character the SOURCE files' code and strings use, comments left out (the UI string table,
      core messages, the sample plan) that
      is either in GB2312 or not a CJK ideograph (symbols such as ↔ ☐ ⑳). Rare ideographs outside
      GB2312 in the sources (the font check's names, the text importer's Traditional forms) are
      left to the full font on purpose.
full: fetched after the first frame and merged behind the ui font: everything the ui font holds
      without its SOURCE characters left out of it, i.e. all of GB2312 (symbols, Greek, Cyrillic,
      kana, box drawing, pinyin, level-1 and level-2 hanzi), arrows, shapes, circled numbers,
      every CJK Unified Ideograph, Extension A and compatibility ideograph, so what a user types
      or pastes before it arrives shows once it has (fonts.cpp drops the cached missing glyphs).
      It ignores SOURCEs, so editing a string does not rebuild it; the characters the sources add
      to the ui font are then in both (harmless: the ui font is asked first).
Usage: font_charset.py ui OUT.txt [SOURCE...] | font_charset.py full OUT.txt
"""
import sys

LEVEL1_LAST_ROW = 55  # GB2312 区 16-55: level-1 hanzi; 56-87: level 2
IDEOGRAPHS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))


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


def is_ideograph(c):
    return any(a <= ord(c) <= b for a, b in IDEOGRAPHS)


def code_without_comments(text):
    """C/C++ text without its // and /* */ comments; string and character literals kept whole (a
    "//" inside a string is no comment). Comments are for people reading the source: their
    characters never reach the screen, so they must not cost the first font glyphs."""
    out, i, n, quote = [], 0, len(text), None
    while i < n:
        c = text[i]
        if quote:
            if c == "\\":
                out.append(text[i:i + 2])
                i += 2
                continue
            if c == quote or c == "\n":
                quote = None
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        elif c in "\"'":
            quote = c
        out.append(c)
        i += 1
    return "".join(out)


def text_chars(path):
    """The non-ASCII characters a source file can put on screen: a C/C++ file's code and strings
    without its comments, any other file (the sample plan) whole."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith((".h", ".cpp")):
        text = code_without_comments(text)
    return {c for c in text if ord(c) > 0x7F}


def source_chars(paths):
    """The non-ASCII characters of the given files' texts that are in GB2312 or not ideographs."""
    gb = set(gb2312_chars())
    used = set()
    for p in paths:
        used |= text_chars(p)
    return {c for c in used if c in gb or not is_ideograph(c)}


def base_set():
    """What the first font holds whatever the sources say."""
    return ranges((0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF))


def ui_set(sources=()):
    return sorted(set(base_set()) | source_chars(sources))


def full_set():
    base = set(base_set())
    everything = ranges((0x2100, 0x214F), (0x2190, 0x21FF), (0x2460, 0x24FF), (0x25A0, 0x25FF),
                        (0x2600, 0x26FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
    everything += gb2312_chars()
    return sorted(set(everything) - base)


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("ui", "full"):
        sys.exit(__doc__)
    chars = ui_set(sys.argv[3:]) if sys.argv[1] == "ui" else full_set()
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("".join(chars))


if __name__ == "__main__":
    main()
