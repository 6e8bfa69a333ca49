#!/usr/bin/env bash
# The CLI on office files that real office software made (make_fixtures.sh: LibreOffice saves the
# project's HTML sources as .docx and .xlsx) and on hostile ones: what is read, and the messages.
# usage: office_cli_test.sh RECTIFY_BINARY   (ctest native/office-cli; exit 77 = skipped without LibreOffice)
set -u
bin=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
bash "$here/make_fixtures.sh" "$tmp/fx"
made=$?
[ $made = 77 ] && exit 77
[ $made = 0 ] || { echo "FAIL: fixtures not made"; exit 1; }

expect() { # CODE WHAT -- COMMAND...
  local want=$1 what=$2; shift 3
  "$@" >"$tmp/out" 2>&1
  local got=$?
  [ "$got" = "$want" ] || { echo "FAIL: $what: exit $got, expected $want"; sed 's/^/  | /' "$tmp/out"; failures=$((failures + 1)); }
}
contains() {
  grep -qF -- "$1" "$tmp/out" || { echo "FAIL: $2: output lacks '$1'"; sed 's/^/  | /' "$tmp/out"; failures=$((failures + 1)); }
}

# A Word plan whose problems are an automatic list: the numbers Word draws are read.
expect 0 "import-text reads a .docx" -- "$bin" import-text --json-report "$tmp/fx/plan.docx" -o "$tmp/plan.json"
contains '"problems":3' "three problems from the Word list"
contains '"number":"1."' "Word's automatic number kept"
contains '"text":"图书室借阅登记不完整"' "the third problem's text"
contains '"responsible":["赵强"]' "the person of a 1. item's responsibility line"
expect 0 "the plan written validates" -- "$bin" validate "$tmp/plan.json"

# An Excel ledger (title row merged across, a problem merged over two measure rows, a department over
# three, 完成情况): the header found under the title, merged cells carried, the statuses read.
expect 0 "import reads an .xlsx ledger" -- "$bin" import --lang en "$tmp/fx/ledger.xlsx" -o "$tmp/ledger.json"
contains "header on line 2" "the header under the title row"
contains "3 rows imported, 0 left out" "every row"
expect 0 "the ledger plan validates" -- "$bin" validate "$tmp/ledger.json"
python3 - "$tmp/ledger.json" >"$tmp/out" 2>&1 <<'PY'
import json, sys
ws = json.load(open(sys.argv[1]))['content']
plan = ws['plans'][0]
print('title', plan['title'])
for p in plan['problems']:
    print('problem', p['text'], len(p['measures']), ','.join(m['status'] for m in p['measures']))
PY
contains "title 城南中学巡察反馈问题整改台账" "titled by the title row"
contains "problem 食堂从业人员健康证过期未及时更换。 2 done,in_progress" "the merged problem over its two measures, statuses read"
contains "problem 校服采购未按规定公开招标。 1 not_started" "the third row its own problem"
# 按原表导出: the plan keeps its form; the form comes back filled with the plan's rows, its own parts
# as received, its merges as the form had them, and it reads back as the same ledger.
expect 0 "the form filled" -- "$bin" ledger --lang en --form "$tmp/ledger.json" -o "$tmp/filled.xlsx"
contains "3 measures, written to" "every measure"
python3 - "$tmp/fx/ledger.xlsx" "$tmp/filled.xlsx" >"$tmp/out" 2>&1 <<'PY'
import re, sys, zipfile
a, b = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2])
for name in a.namelist():
    if name != 'xl/worksheets/sheet1.xml' and name in b.namelist() and a.read(name) == b.read(name):
        print('same', name)
sheet = b.read('xl/worksheets/sheet1.xml').decode()
print('merges', ' '.join(re.findall(r'<mergeCell ref="([A-Z0-9:]+)"', sheet)))
print('cols', re.search(r'<cols>.*?</cols>', sheet).group(0) == re.search(r'<cols>.*?</cols>', a.read('xl/worksheets/sheet1.xml').decode()).group(0))
PY
contains "same xl/styles.xml" "styles as received"
contains "same xl/workbook.xml" "the workbook as received"
contains "merges A1:G1 B3:B4 D3:D5" "the title's and the data's merges as the form had them"
contains "cols True" "column widths as received"
expect 0 "the filled form reads back as the same ledger" -- "$bin" import --lang en "$tmp/filled.xlsx" -o "$tmp/again.json"
contains "3 rows imported, 0 left out" "every row again"
expect 1 "a plan without a form has nothing to fill" -- "$bin" ledger --lang en --form "$tmp/plan.json" -o "$tmp/x.xlsx"
contains "has no plan with an Excel form" "says why"
expect 0 "import hands a .docx to the text import" -- "$bin" import "$tmp/fx/plan.docx" -o "$tmp/plan2.json"
expect 2 "a .docx has no sheets" -- "$bin" import --sheet 2 "$tmp/fx/plan.docx" -o "$tmp/plan3.json"

# A Word table, a row per item under a header naming the fields: read as records.
expect 0 "import-text reads a .docx table" -- "$bin" import-text --json-report "$tmp/fx/table.docx" -o "$tmp/table.json"
python3 - "$tmp/out" >"$tmp/report" 2>&1 <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for p in r['problems']:
    m = p['measures'][0]
    print(p['text'], m['status'], m['deadline'], ','.join(m['lead']))
PY
cp "$tmp/report" "$tmp/out"
contains "食堂从业人员健康证过期未及时更换。 done 2025年6月30日前 总务处" "the first row: status, deadline, unit"
contains "校服采购未按规定公开招标。 in_progress 2025年9月30日前 总务处" "the second row"
contains "图书室借阅登记不完整。 not_started 长期坚持 教务处" "the third row"

# Not text: a workbook, an old binary file, a password-protected one, a damaged one, a renamed one.
expect 1 "a workbook is not a document" -- "$bin" import-text --lang en "$tmp/fx/ledger.xlsx" -o "$tmp/x.json"
contains "rectify import" "points to the ledger import"
printf '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1%0600d' 0 > "$tmp/old.doc"
expect 1 "an old .doc" -- "$bin" import-text "$tmp/old.doc" -o "$tmp/x.json"
contains "另存为" "says to save as .docx"
{ printf '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1'; printf 'E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0'; } > "$tmp/secret.docx"
expect 1 "a password-protected .docx" -- "$bin" import-text --lang en "$tmp/secret.docx" -o "$tmp/x.json"
contains "protected by a password" "names the password"
head -c 3000 "$tmp/fx/plan.docx" > "$tmp/cut.docx"
expect 1 "a truncated .docx" -- "$bin" import-text --lang en "$tmp/cut.docx" -o "$tmp/x.json"
contains "damaged or incomplete" "names the damage"
cp "$tmp/fx/ledger.xlsx" "$tmp/renamed.docx"
expect 1 "an .xlsx renamed .docx" -- "$bin" import-text --lang en "$tmp/renamed.docx" -o "$tmp/x.json"
contains "not a Word (.docx) file" "names the real kind"
[ ! -e "$tmp/x.json" ] || { echo "FAIL: a refused file wrote an output"; failures=$((failures + 1)); }

[ $failures = 0 ] && echo "office CLI: all passed"
exit $((failures > 0))
