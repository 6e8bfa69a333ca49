#!/usr/bin/env bash
# Behaviour of the built `rectify` binary on the fixtures: exit codes and output.
# usage: cli_test.sh RECTIFY_BINARY TEST_DATA_DIR   (run by ctest as native/cli)
set -u
bin=$1 data=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/expect.sh"

v1=$data/formats/v1-sample.rectify.json
v2=$data/formats/v2-sample.rectify.json

expect 0 "validate valid files" -- "$bin" validate --lang en "$v1" "$v2"
contains "v1-sample.rectify.json: valid (format version 1)" "validate v1"
contains "v2-sample.rectify.json: valid (format version 2)" "validate v2"
expect 0 "validate in Chinese by default" -- "$bin" validate "$v2"
contains "有效（格式版本 2）" "zh is the default"

expect 1 "one bad file fails the run" -- "$bin" validate --lang en "$v2" "$data/hostile/too-new.json" "$v1"
contains "too-new.json: The file has format version 5, written by a newer Rectify; this version reads up to 4. Please upgrade Rectify." "too-new message"
contains "v1-sample.rectify.json: valid" "later files still checked"
expect 1 "wrong type names the path" -- "$bin" validate --lang en "$data/hostile/wrong-type-deadline.json"
contains "Wrong type at plans[0].problems[1].measures[0].deadline: expected an object, found a string." "path message"
expect 1 "zh message" -- "$bin" validate --lang zh "$data/hostile/invalid-utf8.json"
contains "不是有效的 UTF-8 编码" "zh utf-8 message"
expect 1 "deeply nested file is refused, not a crash" -- "$bin" validate "$data/hostile/deep-array.json"
expect 1 "missing file" -- "$bin" validate --lang en "$tmp/nope.json"
contains "cannot read the file (no such file or directory)" "read failure message"
expect 1 "missing file, in Chinese" -- "$bin" validate "$tmp/nope.json"
contains "无法读取文件（文件或目录不存在）" "zh read failure message"
expect 2 "no files" -- "$bin" validate
expect 2 "bad --lang" -- "$bin" validate --lang fr "$v2"
expect 2 "unknown option" -- "$bin" validate --frobnicate "$v2"

# Every hostile file fails validation with exit 1 (never 0, never a crash signal).
for f in "$data"/hostile/*.json; do
  case $f in */too-large.json) continue ;; esac # too large only under a small limit
  expect 1 "hostile $(basename "$f")" -- "$bin" validate "$f"
done

expect 0 "stats json" -- "$bin" stats --json --today 2022-10-01 "$v2"
contains '"plans":1,"problems":3,"measures":3' "stats counts"
contains '"status":{"not_started":1,"in_progress":1,"done":0,"done_ongoing":1}' "stats by status"
contains '"overdue":1' "overdue as of 2022-10-01"
expect 0 "stats json later" -- "$bin" stats --json --today 2022-12-01 "$v2"
contains '"overdue":2' "overdue as of 2022-12-01"
expect 0 "stats text" -- "$bin" stats --lang en --today 2022-12-01 "$v2"
contains "1 plans, 3 problems, 3 measures" "stats text head"
contains "overdue as of 2022-12-01: 2" "stats text overdue"
expect 2 "stats bad date" -- "$bin" stats --today 2022-13-01 "$v2"
expect 1 "stats of a bad file" -- "$bin" stats "$data/hostile/truncated-half.json"

expect 0 "convert v1" -- "$bin" convert --lang en "$v1" -o "$tmp/out.json"
contains "format version 1 -> 4" "convert message"
expect 0 "converted file validates as v4" -- "$bin" validate --lang en "$tmp/out.json"
contains "valid (format version 4)" "converted version"
"$bin" stats --json --today 2022-12-01 "$v1" | sed 's/"file":"[^"]*"//' >"$tmp/s1"
"$bin" stats --json --today 2022-12-01 "$tmp/out.json" | sed 's/"file":"[^"]*"//' >"$tmp/s2"
if ! cmp -s "$tmp/s1" "$tmp/s2"; then echo "FAIL: stats differ after convert"; failures=$((failures + 1)); fi
expect 1 "convert refuses a bad file" -- "$bin" convert "$data/hostile/checksum-mismatch.json" -o "$tmp/bad.json"
if [ -e "$tmp/bad.json" ]; then echo "FAIL: convert wrote output for a bad file"; failures=$((failures + 1)); fi
expect 2 "convert needs -o" -- "$bin" convert "$v1"

# merge: one-sided changes taken, conflicts keep the master's value and are reported.
mdir=$data/merge
expect 0 "merge two returns" -- "$bin" merge "$mdir/master.rectify.json" "$mdir/return-jjk.rectify.json" \
  "$mdir/return-aqg.rectify.json" -o "$tmp/merged.json"
contains "return-jjk.rectify.json（基教股 JJK，导出于 2022-09-06T02:00:00Z）：新增 1，修改 1，删除 0，冲突 1" "merge zh head"
contains "冲突 措施 (一) · 规范高中阶段招生录取 · 标题：保留主本「规范高中阶段招生录取」，报送为「扩大优质高中学位」" "merge conflict line"
contains "新增 0，修改 1，删除 1，冲突 0" "second return"
expect 0 "merged file validates" -- "$bin" validate "$tmp/merged.json"
expect 0 "merged stats" -- "$bin" stats --json --today 2022-10-01 "$tmp/merged.json"
contains '"status":{"not_started":0,"in_progress":0,"done":1,"done_ongoing":1}' "jjk's status taken, aqg's deletion applied"
# A valid file from another office whose IDs repeat the sample's (s-1, m-1, d-jijiao …): its items
# get new IDs, the result validates, and merging it again into the result adds nothing.
sample=$data/../../assets/sample-plan.rectify.json
cp "$sample" "$tmp/master.json"
expect 0 "merge a file whose IDs repeat ours, over the master" -- "$bin" merge "$tmp/master.json" \
  "$mdir/other-office-short-ids.rectify.json" -o "$tmp/master.json"
contains "新增 3，修改 0，删除 0，冲突 0" "colliding file: a plan, a department and a person added, no conflicts"
expect 0 "the merged master validates" -- "$bin" validate "$tmp/master.json"
expect 0 "merge the same file again" -- "$bin" merge "$tmp/master.json" "$mdir/other-office-short-ids.rectify.json" -o "$tmp/again.json"
contains "新增 0，修改 0，删除 0，冲突 0" "merging again adds nothing"

expect 0 "merge json" -- "$bin" merge --json "$mdir/master.rectify.json" "$mdir/return-jjk.rectify.json" -o "$tmp/merged.json"
contains '"conflicts":[{"kind":"both_edited","entity":"measure","id":"m-36f6fe13bf0e5942","path":"(一) · 规范高中阶段招生录取","field":"title","master":"规范高中阶段招生录取","return":"扩大优质高中学位","master_deleted":false}]' "merge json conflict"
contains '"office":{"name":"基教股","code":"JJK"},"exported_at":"2022-09-06T02:00:00Z","added":1,"changed":1,"deleted":0' "merge json counts"
expect 0 "merging the same return again changes nothing" -- "$bin" merge --lang en "$tmp/merged.json" \
  "$mdir/return-jjk.rectify.json" -o "$tmp/merged2.json"
contains "0 added, 0 changed, 0 deleted, 0 conflicts" "second merge is empty"
rm -f "$tmp/never.json"
expect 1 "merge refuses a bad return and writes nothing" -- "$bin" merge --lang en "$mdir/master.rectify.json" \
  "$mdir/return-jjk.rectify.json" "$data/hostile/checksum-mismatch.json" -o "$tmp/never.json"
contains "checksum-mismatch.json: Checksum mismatch" "merge bad file message"
if [ -e "$tmp/never.json" ]; then echo "FAIL: merge wrote output despite a bad file"; failures=$((failures + 1)); fi
expect 2 "merge needs a return" -- "$bin" merge "$mdir/master.rectify.json" -o "$tmp/never.json"
expect 2 "merge needs -o" -- "$bin" merge "$mdir/master.rectify.json" "$mdir/return-jjk.rectify.json"
# Outcome fields and 三色督办 (issue 22): the sample plan's figures in the report's headline, the
# ledger's columns and stats --json (the amount as exact text).
expect 0 "report headline carries the figures" -- "$bin" report --today 2026-12-06 "$sample" -o "$tmp/report.txt"
expect 0 "read the report" -- cat "$tmp/report.txt"
contains "；共整改问题金额1359.25万元，制定完善规章制度7项，追责问责3人次。" "report headline figures"
expect 0 "report headline in English" -- "$bin" report --lang en --today 2026-12-06 "$sample"
contains "amounts rectified: 1359.25 (10k yuan); rules made or revised: 7; people held accountable: 3." "English headline figures"
expect 0 "a plan without figures says none" -- "$bin" report --today 2026-06-01 "$v2"
lacks "整改问题金额" "no figures, no sentence"
expect 0 "stats json: outcomes and colours" -- "$bin" stats --json --today 2026-12-06 "$sample"
contains '"outcomes":{"amount":"1359.25","rules":7,"accountable":3,"bad_amounts":0,' "stats json outcomes"
contains '"by_rectify_type":{"none":0,"immediate":1,"time_bound":3,"long_term":1}' "stats json by 整改类型"
contains '"招生入学":2' "stats json by 问题类型"
contains '"colours":{"red":2,"yellow":1,"blue":0}' "stats json colours: two overdue, one behind its milestone"
expect 0 "stats json on the milestone's day: not yet behind" -- "$bin" stats --json --today 2026-11-15 "$sample"
contains '"colours":{"red":1,"yellow":0,"blue":0}' "stats json colours on the milestone's own day"
expect 0 "stats json the day after the milestone: behind" -- "$bin" stats --json --today 2026-11-16 "$sample"
contains '"colours":{"red":1,"yellow":1,"blue":0}' "stats json colours the day after the milestone"
expect 0 "stats text: the figures" -- "$bin" stats --today 2026-12-06 "$sample"
contains "共整改问题金额1359.25万元，制定完善规章制度7项，追责问责3人次" "stats text figures"
expect 0 "ledger CSV with the outcome columns" -- "$bin" ledger "$sample"
contains "问题类型,整改类型,实际完成时间,整改成效,整改金额（万元）,建章立制（项）,追责问责（人次）" "ledger outcome headers"
contains "后勤保障,长期坚持,,全市学校食堂完成食谱公示和陪餐制度，打包改用可降解餐盒。,12.35,3,1" "ledger outcome cells"
expect 0 "ledger as CSV on stdout" -- "$bin" ledger "$v2"
contains "序号,问题编号,问题,整改措施" "ledger CSV header"
expect 0 "ledger as XLSX" -- "$bin" ledger --lang en --xlsx "$v2" -o "$tmp/ledger.xlsx"
contains "3 measures, written to $tmp/ledger.xlsx" "ledger XLSX message"
if [ "$(head -c 2 "$tmp/ledger.xlsx")" != "PK" ]; then echo "FAIL: ledger.xlsx is not a ZIP"; failures=$((failures + 1)); fi
expect 2 "ledger --xlsx needs -o" -- "$bin" ledger --xlsx "$v2"
expect 1 "ledger of a bad file" -- "$bin" ledger --xlsx "$data/hostile/truncated-half.json" -o "$tmp/bad.xlsx"
if [ -e "$tmp/bad.xlsx" ]; then echo "FAIL: ledger wrote output for a bad file"; failures=$((failures + 1)); fi

# rectify report: the progress report or the 公示, as text or as a Word file (core/report).
expect 0 "report as text on stdout" -- "$bin" report --today 2026-06-01 "$v2"
contains "关于《青山县教育局2021年度绩效考评公众评议意见建议整改落实工作方案》整改落实情况的报告" "report title"
contains "截至2026年6月1日，共3个问题" "report headline as of --today"
contains "超过整改时限" "the internal report counts overdue measures"
expect 0 "the public notice leaves out internal fields" -- "$bin" report --public --today 2026-06-01 "$v2"
contains "整改落实情况的公示" "notice title"
lacks "超过整改时限" "no overdue count in the notice"
lacks "销号" "no 销号 in the notice"
expect 0 "report in English" -- "$bin" report --lang en --today 2026-06-01 "$v2"
contains "As of 1 Jun 2026, 3 problems in total" "English headline"
expect 0 "report as a Word file" -- "$bin" report --docx --today 2026-06-01 "$v2" -o "$tmp/report.docx"
contains "整改情况报告已写入 $tmp/report.docx" "report written message"
if [ "$(head -c 2 "$tmp/report.docx")" != "PK" ]; then echo "FAIL: report.docx is not a ZIP"; failures=$((failures + 1)); fi
if ! unzip -p "$tmp/report.docx" word/document.xml 2>/dev/null | grep -qF '<w:pStyle w:val="Heading2"/>'; then
  echo "FAIL: report.docx has no heading in its document"; failures=$((failures + 1))
fi
expect 0 "public notice as a Word file, in English" -- "$bin" report --lang en --public --no-names --docx "$v2" -o "$tmp/notice.docx"
contains "public notice written to $tmp/notice.docx" "notice written message"
expect 2 "report --docx needs -o" -- "$bin" report --docx "$v2"
contains "--docx 需要 -o 输出文件" "docx needs -o message"
expect 2 "report --plan out of range" -- "$bin" report --lang en --plan 2 "$v2"
contains "--plan takes a number from 1 to 1" "plan range message"
expect 2 "report --today must be a date" -- "$bin" report --today 2026-13-01 "$v2"
expect 1 "report of a bad file" -- "$bin" report --docx "$data/hostile/truncated-half.json" -o "$tmp/bad.docx"
if [ -e "$tmp/bad.docx" ]; then echo "FAIL: report wrote output for a bad file"; failures=$((failures + 1)); fi

txt=$data/text
expect 0 "import-text writes a plan" -- "$bin" import-text --lang en "$txt/plan-yishi.txt" -o "$tmp/yishi.json"
contains "plan: 3 problems (0 with codes), 3 measures, 7 steps, 9 responsibility lines, 3 deadlines (1 as dates)" "import-text summary"
expect 0 "imported plan validates" -- "$bin" validate "$tmp/yishi.json"
expect 0 "import-text json report" -- "$bin" import-text --json-report "$txt/web-page-mixed.txt" -o "$tmp/web.json"
contains '"unplaced":["另附：相關照片若干。"]' "json report lists the line not placed"
contains '"problems":2,"codes":1,"measures":2' "json report counts"
expect 0 "import-text zh summary lists unplaced lines" -- "$bin" import-text "$txt/web-page-mixed.txt" -o "$tmp/web.json"
contains "未归位：另附：相關照片若干。" "zh unplaced line"
expect 2 "import-text needs -o" -- "$bin" import-text "$txt/plan-yishi.txt"
expect 1 "import-text of a missing file" -- "$bin" import-text "$tmp/nope.txt" -o "$tmp/never.json"
printf 'hello\nworld\n' > "$tmp/empty.txt"
expect 1 "import-text of text with no plan in it" -- "$bin" import-text "$tmp/empty.txt" -o "$tmp/never.json"

# Every message follows --lang (zh by default): usage errors, unwritable outputs, refused inputs.
expect 2 "usage error in Chinese" -- "$bin" validate
contains "rectify validate：没有给出文件" "zh usage error"
contains "用法：rectify validate" "zh usage line"
expect 2 "unknown option in Chinese" -- "$bin" stats --frobnicate "$v2"
contains "未知选项 --frobnicate" "zh unknown option"
expect 2 "unknown command in English" -- "$bin" frobnicate --lang en
contains "rectify: unknown command 'frobnicate'" "en unknown command"
expect 1 "unwritable output path, in Chinese" -- "$bin" convert "$v1" -o "$tmp/no/such/dir/out.json"
contains "rectify convert：无法写入 $tmp/no/such/dir/out.json（文件或目录不存在）" "zh cannot write"
lacks "cannot" "no English in the zh message"
expect 1 "unwritable output path, in English" -- "$bin" ledger --lang en "$v2" -o "$tmp/no/such/dir/ledger.csv"
contains "rectify ledger: cannot write $tmp/no/such/dir/ledger.csv (no such file or directory)" "en cannot write"
# Inputs over their limit are refused before they are read (sparse files: nothing is written to disk).
truncate -s 6M "$tmp/big.txt"
expect 1 "import-text refuses text over 5 MB, in Chinese" -- "$bin" import-text "$tmp/big.txt" -o "$tmp/never.json"
contains "big.txt：文本太大（6 MB），从文本导入最多 5 MB。请分几次导入。" "zh over-size text"
expect 1 "import-text refuses text over 5 MB, in English" -- "$bin" import-text --lang en "$tmp/big.txt" -o "$tmp/never.json"
contains "big.txt: The text is too large (6 MB); text import takes up to 5 MB." "en over-size text"
truncate -s 65M "$tmp/big.json"
expect 1 "a plan file over 64 MB is refused" -- "$bin" validate "$tmp/big.json"
contains "big.json：方案文件太大（65 MB），整改通读取的方案文件最大为 64 MB。" "zh over-size plan file"
if [ -e "$tmp/never.json" ]; then echo "FAIL: a refused input wrote output"; failures=$((failures + 1)); fi
printf 'PK\003\004\024\000\006\000' > "$tmp/document.txt" # a .docx is a ZIP
expect 1 "import-text refuses binary data as not text" -- "$bin" import-text "$tmp/document.txt" -o "$tmp/never.json"
contains "这不是文本：第 5 字节处是 NUL（空）字节" "zh not text"

# import: a ledger as an office exported it from Excel (a title row, a merged problem cell left
# blank, a date as an Excel serial, a status wording) into a new plan file that validates.
printf '城南中学巡察整改台账\r\n序号,问题,整改措施,责任科室,责任人,整改时限,完成情况\r\n1,食堂从业人员健康证过期,措施A,总务处,张三,2025年6月30日,已完成\r\n,,措施B,,李四,45808,正在整改\r\n2,校门口交通拥堵,,,,,\r\n' > "$tmp/ledger.csv"
expect 0 "import a ledger CSV into a new plan" -- "$bin" import "$tmp/ledger.csv" -o "$tmp/ledger.json"
contains "表头在第 2 行，标题“城南中学巡察整改台账”" "import finds the header below the title"
contains "G 完成情况 → 完成情况/整改进度" "import shows the mapping"
contains "第5行：整改措施为空" "import names the row left out"
contains "2 行导入，1 行未导入" "import counts"
expect 0 "the imported ledger validates" -- "$bin" validate "$tmp/ledger.json"
expect 0 "the imported plan's ledger" -- "$bin" ledger --lang en "$tmp/ledger.json"
contains "2,,食堂从业人员健康证过期,措施B,,李四,,2025年5月31日,In progress" "continued problem, serial date, status"
expect 0 "import with --map, in English" -- "$bin" import --lang en --map "G=none" --map "责任人=Leader in charge" "$tmp/ledger.csv" -o "$tmp/mapped.json"
contains "G 完成情况 -> Not imported" "en mapping changed"
expect 0 "mapped ledger" -- "$bin" ledger --lang en "$tmp/mapped.json"
contains "措施B,,,李四,2025年5月31日,Not started" "the mapped column went to the leader"
expect 2 "import --map of no column" -- "$bin" import --map "Z=整改措施" "$tmp/ledger.csv" -o "$tmp/never.json"
expect 1 "import --sheet that is not there" -- "$bin" import --sheet 2 "$tmp/ledger.csv" -o "$tmp/never.json"
contains "文件中没有工作表“2”（共 1 个）" "zh no such sheet"
expect 2 "import of a kind it does not read" -- "$bin" import "$tmp/ledger.pdf" -o "$tmp/never.json"
printf '说明\r\n没有表格\r\n' > "$tmp/noheader.csv"
expect 1 "import of a file without a header" -- "$bin" import --lang en "$tmp/noheader.csv" -o "$tmp/never.json"
contains "No header in the first 30 rows" "en no header"
truncate -s 21M "$tmp/big.csv"
expect 1 "import refuses a ledger over 20 MB before reading it" -- "$bin" import "$tmp/big.csv" -o "$tmp/never.json"
contains "台账文件太大（21 MB）" "zh over-size ledger"
if [ -e "$tmp/never.json" ]; then echo "FAIL: a refused import wrote output"; failures=$((failures + 1)); fi

# CSV formula injection: cells that would start a formula are exported behind a '.
printf '关于巡察反馈意见的整改方案\n一、整改任务\n（一）问题：=1+2+cmd|A0\n整改措施：@SUM(1+1)\n责任单位：-办公室\n' > "$tmp/inj.txt"
expect 0 "import-text of cells that look like formulas" -- "$bin" import-text "$tmp/inj.txt" -o "$tmp/inj.json"
expect 0 "ledger CSV escapes them" -- "$bin" ledger "$tmp/inj.json"
contains "1,,'=1+2+cmd|A0,'@SUM(1+1),'-办公室," "escaped formula cells"

# Evidence files and plan packages (issue 19): a plan that references two files; the package made
# from it carries them; every command that reads a plan reads the package; hostile ones refused.
ev=$data/formats/evidence-files.rectify.json
evdir=$data/evidence
expect 0 "a plan with evidence file references validates" -- "$bin" validate --lang en "$ev"
contains "evidence-files.rectify.json: valid (format version 2)" "plain plan with references"
expect 0 "stats counts the files a plan references" -- "$bin" stats --json --today 2022-10-01 "$ev"
contains '"package":false,"files":2,"file_bytes":' "stats json files of a plan"
expect 0 "stats text of a plan with files" -- "$bin" stats --lang en --today 2022-10-01 "$ev"
contains "2 evidence files" "stats text files"
contains "the files travel in a package" "stats text says where the files are"
expect 0 "stats of a plan without files says nothing of files" -- "$bin" stats --lang en --today 2022-10-01 "$v2"
lacks "evidence files" "no file line without files"
expect 1 "pack without the files refuses and writes nothing" -- "$bin" pack --lang en "$ev" -o "$tmp/p.rectify.zip"
contains "整改后照片.jpg" "pack names the missing file"
if [ -e "$tmp/p.rectify.zip" ]; then echo "FAIL: a refused pack wrote output"; failures=$((failures + 1)); fi
# Files found by content: copied under other names, among others that are not referenced.
mkdir -p "$tmp/photos/sub"
cp "$evdir/整改后照片.jpg" "$tmp/photos/IMG_0001.jpg"
cp "$evdir/陪餐记录表.pdf" "$tmp/photos/sub/scan.pdf"
printf 'not referenced\n' > "$tmp/photos/other.txt"
expect 0 "pack finds files by their content" -- "$bin" pack --lang en "$ev" --files "$tmp/photos" -o "$tmp/p.rectify.zip"
contains "2 evidence files" "pack count"
expect 2 "pack --files needs a folder" -- "$bin" pack "$ev" --files "$tmp/photos/other.txt" -o "$tmp/x.rectify.zip"
expect 0 "validate reads a package" -- "$bin" validate --lang en "$tmp/p.rectify.zip"
contains "p.rectify.zip: valid (package, format version 4, 2 evidence files" "validate package"
expect 0 "stats reads a package" -- "$bin" stats --json --today 2022-10-01 "$tmp/p.rectify.zip"
contains '"plans":1,"problems":3,"measures":3' "stats of a package"
contains '"package":true,"files":2,"file_bytes":' "stats json files of a package"
"$bin" stats --json --today 2022-10-01 "$ev" | sed 's/"file":"[^"]*"//; s/"package":false/"package":true/' >"$tmp/s1"
"$bin" stats --json --today 2022-10-01 "$tmp/p.rectify.zip" | sed 's/"file":"[^"]*"//' >"$tmp/s2"
if ! cmp -s "$tmp/s1" "$tmp/s2"; then echo "FAIL: a package's stats differ from its plan's"; failures=$((failures + 1)); fi
expect 0 "ledger reads a package" -- "$bin" ledger "$tmp/p.rectify.zip"
contains "县城初中学位紧张" "ledger of a package"
expect 0 "report reads a package" -- "$bin" report "$tmp/p.rectify.zip"
expect 0 "unpack" -- "$bin" unpack --lang en "$tmp/p.rectify.zip" -o "$tmp/un"
contains "the plan file and 2 evidence files written to" "unpack message"
for f in "$evdir"/*; do
  h=$(sha256sum "$f" | cut -d' ' -f1)
  if ! cmp -s "$f" "$tmp/un/files/$h"; then echo "FAIL: unpack lost $(basename "$f")"; failures=$((failures + 1)); fi
done
expect 0 "the unpacked plan validates" -- "$bin" validate "$tmp/un/plan.rectify.json"
expect 0 "an unpacked folder packs again" -- "$bin" pack "$tmp/un/plan.rectify.json" --files "$tmp/un/files" -o "$tmp/p2.rectify.zip"
expect 0 "a package packs again without --files" -- "$bin" pack "$tmp/p.rectify.zip" -o "$tmp/p3.rectify.zip"
expect 0 "merge a package master with a plain return, into a package" -- "$bin" merge --lang en "$tmp/p.rectify.zip" "$v2" -o "$tmp/m.rectify.zip"
contains "0 conflicts" "merge of a package"
expect 0 "the merged package validates" -- "$bin" validate --lang en "$tmp/m.rectify.zip"
contains "2 evidence files" "merged package keeps the files"
expect 1 "merge into a package without the files refuses" -- "$bin" merge --lang en "$ev" "$v2" -o "$tmp/m2.rectify.zip"
if [ -e "$tmp/m2.rectify.zip" ]; then echo "FAIL: a refused merge wrote a package"; failures=$((failures + 1)); fi
head -c 400 "$tmp/p.rectify.zip" > "$tmp/cut.rectify.zip"
expect 1 "a truncated package is refused as damaged" -- "$bin" validate --lang en "$tmp/cut.rectify.zip"
contains "damaged or incomplete" "truncated package message"
expect 1 "a truncated package is not unpacked" -- "$bin" unpack "$tmp/cut.rectify.zip" -o "$tmp/cut"
contains "已损坏或不完整" "zh truncated package message"
if [ -e "$tmp/cut" ]; then echo "FAIL: a refused unpack made its folder"; failures=$((failures + 1)); fi
expect 1 "unpack of a plan file" -- "$bin" unpack --lang en "$ev" -o "$tmp/nope"
contains "is not a plan package" "unpack wants a package"

# The 销号 chain and 回头看 (issue 22) in the sample: two levels, one measure waiting at the second,
# one closed with a re-check date that has come; its 对账销号单 as text and as a printable page.
expect 0 "stats of the sample's chain" -- "$bin" stats --json --today 2026-11-23 "$sample"
contains '"closure":{"open":3,"submitted":1,"verified":1,"returned":0}' "stats by closing state"
contains '"pending_by_level":[0,1]' "stats: one item waits at level 2"
contains '"recheck_due":1' "stats: one re-check due"
expect 0 "stats before the re-check date" -- "$bin" stats --json --today 2026-11-19 "$sample"
contains '"recheck_due":0' "no re-check due before its date"
expect 0 "closing sheets as text" -- "$bin" closing-sheet "$sample"
contains "第2级：督查室复核：通过 · 复核通过，同意销号。 · 周慧敏" "the sheet has the level's opinion and who"
contains "第2级：督查室复核（签字）" "a signature line per level"
expect 0 "closing sheets as a page" -- "$bin" closing-sheet --lang en "$sample" -o "$tmp/sheet.html"
contains "closing sheets written to" "the page is written"
grep -q "复核通过，同意销号。" "$tmp/sheet.html" || { echo "FAIL: the page lacks the opinion"; failures=$((failures + 1)); }

if [ "$failures" -ne 0 ]; then echo "$failures CLI check(s) failed"; exit 1; fi
echo "all CLI checks passed"
