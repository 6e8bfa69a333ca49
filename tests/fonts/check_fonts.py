#!/usr/bin/env python3
"""Checks the two fonts the web build made (cmake/fonts.cmake, scripts/font_charset.py).

The first font (rectify-ui.otf, loaded before the first frame) must hold ASCII, CJK punctuation and
every GB2312 character of the app's texts (UI string table, core messages, sample plan), no hanzi
the texts do not use, and stay within its download budget; the full font (rectify-full.otf, merged
after the first frame) must hold what the first one leaves out: the rest of GB2312 (both levels of
hanzi, its symbols and other scripts) and the rare characters.
Usage: check_fonts.py FONT_DIR SOURCE...   (needs fontTools: Debian's python3-fonttools)
"""
import os
import sys

from fontTools.ttLib import TTFont

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from font_charset import gb2312_chars, text_chars  # noqa: E402  (the build's own definitions)

# bytes; docs/PERFORMANCE.md: the first font was 1.59 MB with all of GB2312, 0.90 MB with its level 1,
# 0.22 MB with the app's own characters only (2026-12-06)
UI_BUDGET = 300_000


def gb2312(first_row, last_row):
    return set(gb2312_chars(first_row, last_row))


def cmap(path):
    return {chr(c) for c in TTFont(path, lazy=True).getBestCmap()}


def main():
    font_dir, sources = sys.argv[1], sys.argv[2:]
    ui_path = os.path.join(font_dir, "rectify-ui.otf")
    ui, full = cmap(ui_path), cmap(os.path.join(font_dir, "rectify-full.otf"))
    failures = []

    def expect(cond, what):
        print(("ok   " if cond else "FAIL ") + what)
        if not cond:
            failures.append(what)

    used = set()  # what the texts can show: code and strings, not comments (font_charset.text_chars)
    for p in sources:
        used |= text_chars(p)
    all_gb = gb2312(1, 94)
    level1, level2 = gb2312(16, 55), gb2312(56, 87)
    ascii_ = {chr(c) for c in range(0x21, 0x7F)}
    rare = set("堃喆珺昇彧赟翀玥")

    size = os.path.getsize(ui_path)
    expect(size <= UI_BUDGET, f"first font is {size} bytes, budget {UI_BUDGET}")
    expect(len(level1) == 3755, f"GB2312 level 1 has {len(level1)} hanzi (3755)")
    expect(ascii_ <= ui, "first font: ASCII")
    expect(set("，。、：；（）《》“”…—") <= ui, "first font: CJK punctuation")
    missing = (used & all_gb) - ui
    expect(not missing, f"first font: every GB2312 character of the app's texts (missing {''.join(sorted(missing))[:40]})")
    left_out = (level1 | level2) - used
    expect(not (left_out & ui), "first font: hanzi the texts do not use are left out")
    expect(not (rare & ui), "first font: no rare name characters (the font check shows them arriving)")
    expect(all_gb <= ui | full, f"full font: the rest of GB2312 (missing {''.join(sorted(all_gb - ui - full))[:40]})")
    expect(not (left_out - full), "full font: every hanzi of both GB2312 levels the first font leaves out")
    expect(rare <= full, "full font: the rare name characters 堃 喆 珺 昇 彧 赟 翀 玥")
    if failures:
        sys.exit(f"{len(failures)} font check(s) failed")


if __name__ == "__main__":
    main()
