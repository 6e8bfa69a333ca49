#!/usr/bin/env bash
# rectify archive (一问题一档案) as users run it: a package of a plan with evidence files, and the
# plan with a folder of files, become a ZIP with a folder per problem; the ZIP is read back with
# Python's zipfile (and unzip -Z when there): names, folders, bytes, the UTF-8 flag (bit 11), the
# index page's links. Missing files: noted, warned about, exit 0.
# usage: archive_test.sh RECTIFY_BINARY TEST_DATA_DIR   (run by ctest as native/cli-archive)
set -u
bin=$1 data=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

expect() {
  local want=$1 what=$2
  shift 3
  "$@" >"$tmp/out" 2>&1
  local got=$?
  if [ "$got" != "$want" ]; then fail "$what: exit $got, expected $want"; sed 's/^/  | /' "$tmp/out"; fi
}
contains() { grep -qF -- "$1" "$tmp/out" || { fail "$2: output lacks '$1'"; sed 's/^/  | /' "$tmp/out"; }; }

# check_zip ZIP EVIDENCE_DIR MISSING: reads the archive; every evidence file in EVIDENCE_DIR whose
# bytes are referenced must be in it (byte for byte) unless MISSING=1, when none may be.
check_zip() {
  python3 - "$1" "$2" "$3" <<'EOF'
import hashlib, os, re, sys, urllib.parse, zipfile
path, evdir, missing = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
bad = []
z = zipfile.ZipFile(path)
infos = z.infolist()
names = [i.filename for i in infos]
if not names or names[0] != "index.html": bad.append(f"index.html is not first: {names}")
for i in infos:
    non_ascii = any(ord(c) > 127 for c in i.filename)
    if non_ascii and not i.flag_bits & 0x800: bad.append(f"no UTF-8 flag on {i.filename}")
    if i.filename == "index.html": continue
    parts = i.filename.split("/")
    if len(parts) != 2 or not re.match(r"^\d{2}-.+", parts[0]) or not parts[1]: bad.append(f"not folder/file: {i.filename}")
    for p in parts:
        if re.search(r'[\\:*?"<>|\x00-\x1f]', p) or p.endswith((".", " ")): bad.append(f"unsafe name {p!r}")
        if len(p.encode()) > 120: bad.append(f"name over 120 bytes: {p}")
    if not re.match(r"^(措施|Measure )\d", parts[1]): bad.append(f"file name without its measure: {parts[1]}")
files = {hashlib.sha256(open(os.path.join(evdir, f), "rb").read()).hexdigest(): f for f in os.listdir(evdir)}
inside = {hashlib.sha256(z.read(n)).hexdigest(): n for n in names if n != "index.html"}
if missing:
    if inside: bad.append(f"files in an archive made without them: {list(inside.values())}")
else:
    for h, f in files.items():
        if h not in inside: bad.append(f"{f} is not in the archive")
        elif os.path.splitext(inside[h])[1] != os.path.splitext(f)[1]: bad.append(f"{f}'s extension lost: {inside[h]}")
html = z.read("index.html").decode("utf-8")
links = [urllib.parse.unquote(h.replace("&amp;", "&")) for h in re.findall(r'href="([^"]*)"', html)]
if sorted(links) != sorted(n for n in names if n != "index.html"): bad.append(f"links {links} are not the files {names[1:]}")
for n in names[1:]:
    if n.split("/")[0] + "/" not in html: bad.append(f"folder of {n} not named on the page")
if missing and "文件缺失" not in html and "file missing" not in html: bad.append("missing files not noted on the page")
if "size: A4" not in html: bad.append("not an A4 page")
for b in bad: print(b)
print("\n".join(names), file=open(path + ".names", "w"))
sys.exit(1 if bad else 0)
EOF
}

ev=$data/formats/evidence-files.rectify.json
evdir=$data/evidence

# From a package: the files come with it.
expect 0 "pack the plan with its files" -- "$bin" pack "$ev" --files "$evdir" -o "$tmp/p.rectify.zip"
expect 0 "archive a package" -- "$bin" archive --today 2026-05-01 "$tmp/p.rectify.zip" -o "$tmp/a.zip"
contains "一问题一档案（2 个文件，缺失 0 个）" "archive message"
check_zip "$tmp/a.zip" "$evdir" 0 || fail "the archive of a package"
grep -qxF "01-县城初中学位紧张/措施1-进展2022-08-30-整改后照片.jpg" "$tmp/a.zip.names" || fail "problem 1's photo: $(cat "$tmp/a.zip.names")"
grep -q "^02-学校食堂饭菜口味单一/措施1-" "$tmp/a.zip.names" || fail "problem 2's folder: $(cat "$tmp/a.zip.names")"
if command -v unzip >/dev/null; then
  unzip -Z "$tmp/a.zip" >"$tmp/out" 2>&1 || fail "unzip -Z reads the archive"
  contains "3 files" "unzip -Z counts the entries"
  mkdir "$tmp/x" && (cd "$tmp/x" && unzip -q "$tmp/a.zip") || fail "unzip extracts the archive"
  cmp -s "$tmp/x/01-县城初中学位紧张/措施1-进展2022-08-30-整改后照片.jpg" "$evdir/整改后照片.jpg" ||
    fail "unzip: the photo is not under its Chinese name with its bytes"
fi

# From the plan and a folder of files under other names (found by content, as pack finds them).
mkdir -p "$tmp/photos/sub"
cp "$evdir/整改后照片.jpg" "$tmp/photos/IMG_0001.jpg"
cp "$evdir/陪餐记录表.pdf" "$tmp/photos/sub/scan.pdf"
expect 0 "archive a plan with --files" -- "$bin" archive --lang en --today 2026-05-01 "$ev" --files "$tmp/photos" -o "$tmp/b.zip"
contains "evidence archive (2 files, 0 missing)" "archive message in English"
check_zip "$tmp/b.zip" "$evdir" 0 || fail "the archive of a plan and a folder"

# Without the files: written, each missing file warned about and noted on the page, exit 0.
expect 0 "archive without the files" -- "$bin" archive --lang en "$ev" -o "$tmp/c.zip"
contains "missing file" "a warning per missing file"
contains "(0 files, 2 missing)" "the missing count"
check_zip "$tmp/c.zip" "$evdir" 1 || fail "the archive without files"

# A plan with no evidence at all still gets its index.
expect 0 "archive a plan without evidence" -- "$bin" archive "$data/formats/v2-sample.rectify.json" -o "$tmp/d.zip"
python3 -c "import zipfile,sys; n=zipfile.ZipFile(sys.argv[1]).namelist(); sys.exit(n != ['index.html'])" "$tmp/d.zip" ||
  fail "a plan without files: index only"

expect 2 "archive needs -o" -- "$bin" archive "$ev"
expect 2 "archive --files needs a folder" -- "$bin" archive "$ev" --files "$evdir/整改后照片.jpg" -o "$tmp/e.zip"
expect 2 "archive --plan out of range" -- "$bin" archive --plan 5 "$ev" -o "$tmp/e.zip"
[ -e "$tmp/e.zip" ] && fail "a refused archive wrote output"

if [ "$failures" -ne 0 ]; then echo "$failures archive check(s) failed"; exit 1; fi
echo "all archive checks passed"
