#!/usr/bin/env bash
# 按原表导出 checked by LibreOffice: the unit tests' filled forms (one built part by part, one made by
# LibreOffice from tests/data/office/form.html) are written out (RECTIFY_FILL_DIR) and LibreOffice
# headless must open them and convert them to CSV with the new rows, the title and the footer.
# usage: fill_test.sh RECTIFY_TESTS_BINARY   (ctest native/office-fill; exit 77 = skipped without LibreOffice)
set -u
bin=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v soffice >/dev/null || { echo "fill_test: soffice (LibreOffice) not installed" >&2; exit 77; }
tmp=$(mktemp -d)
profile=$(mktemp -d)
trap 'rm -rf "$tmp" "$profile"' EXIT
failures=0
bash "$here/make_fixtures.sh" "$tmp" || { echo "FAIL: fixtures not made"; exit 1; }
RECTIFY_FILL_DIR=$tmp "$bin" "[fill]" >"$tmp/unit.log" 2>&1 || { echo "FAIL: the unit tests"; cat "$tmp/unit.log"; exit 1; }
for f in parts-filled form-filled; do
  [ -s "$tmp/$f.xlsx" ] || { echo "FAIL: $f.xlsx not written"; failures=$((failures + 1)); continue; }
  # 76 = UTF-8, the first sheet
  soffice --headless "-env:UserInstallation=file://$profile" --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' \
    --outdir "$tmp/csv" "$tmp/$f.xlsx" >/dev/null 2>&1
  [ -s "$tmp/csv/$f.csv" ] || { echo "FAIL: LibreOffice did not open $f.xlsx"; failures=$((failures + 1)); continue; }
  tr -d '"' <"$tmp/csv/$f.csv" >"$tmp/csv/$f.txt" # the checks below without CSV quotes
done
has() { # FILE TEXT WHAT
  grep -qF -- "$2" "$tmp/csv/$1.txt" 2>/dev/null || { echo "FAIL: $3: $1.csv lacks '$2'"; sed 's/^/  | /' "$tmp/csv/$1.txt" 2>/dev/null | head -20; failures=$((failures + 1)); }
}
line() { sed -n "$2p" "$tmp/csv/$1.txt" 2>/dev/null; }
has parts-filled "城南中学巡察整改台账" "the title"
has parts-filled "图书室借阅登记不完整" "the last new row"
# The footer after the new rows and the spacer (a cell's line break makes one more CSV line, so
# lines are found, not counted): last data row, spacer, 填报人：, then the total.
at=$(grep -n '^填报人：' "$tmp/csv/parts-filled.txt" 2>/dev/null | cut -d: -f1)
[ -n "$at" ] && line parts-filled $((at - 2)) | grep -qF "4,图书室借阅登记不完整,完善登记,教务处" && [ "$(line parts-filled $((at - 1)))" = ",,," ] ||
  { echo "FAIL: the footer does not follow the new rows and the spacer (line ${at:-none})"; failures=$((failures + 1)); }
# The shared SUM footer recomputed by LibreOffice over the four new 序号 (1+2+3+4), not the template's 6.
[ -n "$at" ] && [ "$(line parts-filled $((at + 1)) | cut -d, -f1)" = "10" ] ||
  { echo "FAIL: the total is not recomputed: $(line parts-filled $((${at:-0} + 1)))"; failures=$((failures + 1)); }
has form-filled "城北中学巡察反馈问题整改落实情况台账" "the LibreOffice form's title"
has form-filled "4,图书室借阅登记不完整,完善登记,,赵强,已完成,2025年5月1日" "the LibreOffice form's last row"
[ "$(line form-filled 8 | cut -d, -f1)" = "填报人：" ] || { echo "FAIL: the form's footer: $(line form-filled 8)"; failures=$((failures + 1)); }
[ $failures = 0 ] && echo "office fill: all passed"
exit $((failures > 0))
