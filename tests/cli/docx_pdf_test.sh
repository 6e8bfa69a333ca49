#!/usr/bin/env bash
# The .docx report as an office opens it: `rectify report --docx` on plans made by `rectify
# import-text`, converted to PDF by LibreOffice headless, then read with poppler's tools: the page
# count computed from the report's lines (22 lines of 28 characters a page), "— N —" on every
# page at the outside edge (odd pages right, even pages left), every problem's text, the list
# numbers Word/LibreOffice draw (一、 （一） 1., I. (1) in English), CJK fonts embedded.
# usage: docx_pdf_test.sh RECTIFY_BINARY   (run by ctest as native/report-docx-pdf; exit 77 = skipped
# when LibreOffice or poppler-utils are missing: scripts/deps.sh installs them)
set -u
bin=$1
for tool in soffice pdfinfo pdftotext pdffonts python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool not found (apt-get install libreoffice-writer-nogui poppler-utils, or bash scripts/deps.sh)"
    exit 77
  fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# A plan of N problems, each one measure, as a 整改方案's text, imported by the CLI.
make_plan() { # NAME N
  python3 - "$tmp/$1.txt" "$2" <<'EOF'
import sys
path, n = sys.argv[1], int(sys.argv[2])
lines = ["城南中学关于巡察反馈意见的整改方案", "", "二、整改任务", "（一）聚焦学校管理方面"]
for i in range(1, n + 1):
    lines += [f"{i}.问题：第{i}项问题食堂收费公示不规范。", "整改措施：全面公示收费项目。", "责任单位：办公室", "整改时限：立行立改"]
open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
EOF
  "$bin" import-text "$tmp/$1.txt" -o "$tmp/$1.json" >/dev/null || fail "import-text $1"
}

# The pages the report's text takes on the GB/T 9704 page, as bounds "LOW HIGH": each paragraph
# ceil((its width in characters + the 2-character indent) / 28) lines (a Latin letter or digit half
# a character; HIGH allows one more character a paragraph for where a line may not break); the
# title 20 characters of 二号 a line, one grid line each (LOW) or two (HIGH: a face taller than
# the grid's line); 22 lines a page.
page_bounds() { # TEXT_FILE
  python3 - "$1" <<'EOF'
import math, sys, unicodedata
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")[:-1]
def width(s): return sum(1 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in s)
low = high = 0
for i, line in enumerate(lines):
    if i == 0:
        n = math.ceil(width(line) / 20)
        low, high = low + n, high + 2 * n
    else:
        low += max(1, math.ceil((width(line) + 2) / 28))
        high += max(1, math.ceil((width(line) + 3) / 28))
print(math.ceil(low / 22), math.ceil(high / 22))
EOF
}

# to_pdf NAME [report options…]: NAME.docx by the CLI, NAME.pdf by LibreOffice, NAME.txt its text.
to_pdf() {
  local name=$1
  shift
  "$bin" report --today 2026-06-01 "$@" --docx -o "$tmp/$name.docx" >/dev/null || fail "report --docx $name"
  soffice "-env:UserInstallation=file://$tmp/lo-profile" --headless --convert-to pdf --outdir "$tmp" \
    "$tmp/$name.docx" >"$tmp/soffice.log" 2>&1
  if [ ! -s "$tmp/$name.pdf" ]; then fail "LibreOffice made no PDF of $name.docx"; sed 's/^/  | /' "$tmp/soffice.log"; return 1; fi
  pdftotext -enc UTF-8 "$tmp/$name.pdf" "$tmp/$name.txt"
  # Without spaces and line ends: wrapped lines read as the paragraphs they are.
  tr -d ' \n\f' <"$tmp/$name.txt" >"$tmp/$name.flat"
}
pages_of() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
has() { grep -qF -- "$2" "$tmp/$1.flat" || fail "$1.pdf lacks '$2'"; }

# ---- a tiny plan: one page ---------------------------------------------------------------------
make_plan tiny 1
if to_pdf tiny "$tmp/tiny.json"; then
  [ "$(pages_of "$tmp/tiny.pdf")" = 1 ] || fail "the tiny plan's report has $(pages_of "$tmp/tiny.pdf") pages, not 1"
  has tiny "—1—"
  has tiny "第1项问题食堂收费公示不规范"
  has tiny "一、聚焦学校管理方面"  # Word's list numbers, drawn by LibreOffice
  has tiny "（一）第1项问题"
  has tiny "1.全面公示收费项目"
fi

# ---- a long plan: the pages its lines take, a number on each, every problem --------------------
make_plan long 40
if to_pdf long "$tmp/long.json"; then
  "$bin" report --today 2026-06-01 "$tmp/long.json" >"$tmp/long-report.txt"
  read -r low high < <(page_bounds "$tmp/long-report.txt")
  pages=$(pages_of "$tmp/long.pdf")
  echo "long plan: $pages pages (computed: $low to $high)"
  [ "$low" -gt 1 ] || fail "the long plan is not long: $low page(s) computed"
  if [ "$pages" -lt "$low" ] || [ "$pages" -gt "$high" ]; then fail "the long plan's report has $pages pages, computed $low to $high"; fi
  for ((p = 1; p <= pages; p++)); do has long "—${p}—"; done
  for ((i = 1; i <= 40; i++)); do has long "第${i}项问题食堂收费公示不规范"; done
  has long "（四十）第40项问题"
  # The page number at the outside edge: page 1's right of the middle, page 2's left of it.
  python3 - "$tmp/long.pdf" <<'EOF' || fail "page numbers not at the outside edge"
import re, subprocess, sys
def number_x(page):
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), sys.argv[1], "-"],
                          capture_output=True, text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)
    digits = [w for w in words if w[3] == str(page)]
    lowest = max(digits, key=lambda w: float(w[1]))  # the footer's number is the lowest word "N"
    return (float(lowest[0]) + float(lowest[2])) / 2, width
x1, w = number_x(1)
x2, _ = number_x(2)
print(f"page numbers at x={x1:.0f} (page 1) and x={x2:.0f} (page 2) of {w:.0f}")
sys.exit(0 if x1 > w * 0.75 and x2 < w * 0.25 else 1)
EOF
  # CJK faces embedded (whatever face the machine substituted for 仿宋_GB2312 and the others).
  pdffonts "$tmp/long.pdf" >"$tmp/fonts.txt"
  awk 'NR > 2 && $(NF-4) != "yes" {bad = 1} END {exit bad}' "$tmp/fonts.txt" || fail "a font is not embedded: $(cat "$tmp/fonts.txt")"
  grep -qiE 'CJK|Hei|Song|Sun|Kai|Fang|Ming|WenQuanYi|Droid' "$tmp/fonts.txt" || fail "no CJK font embedded: $(cat "$tmp/fonts.txt")"
fi

# ---- English, the 公示 ---------------------------------------------------------------------------
if to_pdf notice-en --lang en --public "$tmp/long.json"; then
  has notice-en "I.聚焦学校管理方面"
  has notice-en "(1)第1项问题"
  has notice-en "—2—"
  grep -qF "销号" "$tmp/notice-en.txt" && fail "the notice shows 销号"
fi

if [ "$failures" -ne 0 ]; then echo "$failures report PDF check(s) failed"; exit 1; fi
echo "all report PDF checks passed"
