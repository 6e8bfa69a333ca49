#!/usr/bin/env bash
# Office files made by real office software at test time: LibreOffice (Debian's, headless) saves the
# project's own HTML sources in tests/data/office/ as .xlsx (Calc) and .docx (Writer), with real
# merged cells and automatic numbering. Usage: make_fixtures.sh OUTDIR. Exit 77 without LibreOffice.
set -euo pipefail
out=${1:?usage: make_fixtures.sh OUTDIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../data/office" && pwd)
command -v soffice >/dev/null || { echo "make_fixtures: soffice (LibreOffice) not installed" >&2; exit 77; }
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
lo() { soffice --headless "-env:UserInstallation=file://$profile" "$@" --outdir "$out" >/dev/null 2>&1; }
lo --infilter="HTML (StarCalc)" --convert-to 'xlsx:Calc MS Excel 2007 XML' "$here/ledger.html" "$here/form.html"
lo --convert-to 'docx:MS Word 2007 XML' "$here/plan.html" "$here/table.html"
for f in ledger.xlsx form.xlsx plan.docx table.docx; do [ -s "$out/$f" ] || { echo "make_fixtures: $f not made" >&2; exit 1; }; done
