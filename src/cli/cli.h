// Shared pieces of the `rectify` subcommands: argument scanning, file reading and writing, and
// the tool's messages in both languages (every message follows --lang; zh by default).
#pragma once
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/evidence_files.h"
#include "core/format/format.h"
#include "core/i18n.h"
#include "core/format/input_limits.h"

namespace rectify::cli {

// X(key, zh, en): the tool's texts, with {name} placeholders (core/i18n.h format_text).
#define RECTIFY_CLI_TEXTS(X)                                                                          \
    X(Help,                                                                                           \
      "rectify {version} — 整改通命令行工具（方案文件格式版本 {format}）\n"                           \
      "用法：rectify validate [--lang zh|en] FILE...   检查文件；全部有效时退出码为 0\n"              \
      "      rectify stats [--today YYYY-MM-DD] [--json] [--lang zh|en] FILE\n"                       \
      "                                                 按状态统计，列出逾期事项\n"                   \
      "      rectify convert [--lang zh|en] IN -o OUT   升级到当前的格式版本\n"                       \
      "      rectify merge [--json] [--lang zh|en] MASTER RETURN... -o OUT\n"                         \
      "                                                 把各单位的报送合并到主本\n"                   \
      "      rectify ledger [--lang zh|en] [--xlsx | --form] FILE [-o OUT]\n"                         \
      "                                                 所有方案的整改台账：CSV（无 -o 时输出到标准输出）\n" \
      "                                                 或 XLSX（需要 -o）；--form：按原表导出（需要 -o）\n" \
      "      rectify import-text [--lang zh|en] [--json-report] FILE.txt -o OUT\n"                    \
      "                                                 从整改方案或整改情况报告的文本生成方案（最大 5 MB）\n" \
      "      rectify report [--lang zh|en] [--public] [--no-names] [--today YYYY-MM-DD] [--plan N]\n"  \
      "                     [--docx] FILE [-o OUT]\n"                                                 \
      "                                                 整改情况报告（--public：公示）：文本（无 -o 时输出到\n" \
      "                                                 标准输出）或 Word 文档（--docx，需要 -o）\n"      \
      "      rectify import [--lang zh|en] [--sheet N] [--map 列=字段]... FILE.(csv|xlsx|docx) -o OUT\n"             \
      "                                                 从整改台账（Excel/CSV/TSV/TXT）或 Word 文档生成新方案文件\n" \
      "      rectify pack [--lang zh|en] PLAN [--files DIR] -o OUT.rectify.zip\n"                      \
      "                                                 方案包：方案文件和它引用的佐证材料文件（DIR 中任意\n" \
      "                                                 文件，按内容的 SHA-256 对应）\n"                 \
      "      rectify unpack [--lang zh|en] PACKAGE.rectify.zip -o DIR\n"                               \
      "                                                 检查方案包并解出 DIR/plan.rectify.json 和 DIR/files/\n" \
      "      rectify archive [--lang zh|en] [--plan N] [--today YYYY-MM-DD] PLAN [--files DIR] -o OUT.zip\n" \
      "                                                 一问题一档案：每个问题一个文件夹，装入其佐证材料文件，\n" \
      "                                                 另附目录页 index.html；缺失的文件在目录页中注明并警告\n" \
      "      rectify closing-sheet [--lang zh|en] [--plan N] FILE [-o OUT.html]\n"                     \
      "                                                 对账销号单：每个问题一页，含各级审核意见与签字栏（文本输出到\n" \
      "                                                 标准输出；-o：可打印的网页）\n"                 \
      "      凡读取方案文件的命令（validate、stats、convert、merge、ledger、report）也读取方案包 .rectify.zip\n" \
      "      rectify encrypt [--lang zh|en] [--password P] IN -o OUT\n"                                 \
      "                                                 用密码加密方案文件或方案包（密码也可由 RECTIFY_PASSWORD 给出）\n" \
      "      rectify decrypt [--lang zh|en] [--password P] IN -o OUT\n"                                 \
      "                                                 解密加密的文件\n"                               \
      "      凡读取方案文件的命令都读取加密的文件：密码由 --password P 或环境变量 RECTIFY_PASSWORD 给出\n" \
      "      rectify --version\n"                                                                     \
      "      rectify --help [--lang zh|en]\n",                                                        \
      "rectify {version} — Rectify (整改通) command-line tool (plan format version {format})\n"       \
      "usage: rectify validate [--lang zh|en] FILE...   check files; exit 0 only if all are valid\n" \
      "       rectify stats [--today YYYY-MM-DD] [--json] [--lang zh|en] FILE\n"                      \
      "                                                  counts by status, overdue items\n"          \
      "       rectify convert [--lang zh|en] IN -o OUT   upgrade to the current format version\n"    \
      "       rectify merge [--json] [--lang zh|en] MASTER RETURN... -o OUT\n"                        \
      "                                                  merge returns into the master copy\n"       \
      "       rectify ledger [--lang zh|en] [--xlsx | --form] FILE [-o OUT]\n"                        \
      "                                                  the ledger (整改台账) of every plan as CSV\n" \
      "                                                  (stdout without -o) or XLSX (needs -o); --form: the\n" \
      "                                                  plan's own Excel form filled (needs -o)\n"  \
      "       rectify import-text [--lang zh|en] [--json-report] FILE.txt -o OUT\n"                   \
      "                                                  a plan from the text of a 整改方案 or 整改情况报告 (up to 5 MB)\n" \
      "       rectify report [--lang zh|en] [--public] [--no-names] [--today YYYY-MM-DD] [--plan N]\n" \
      "                      [--docx] FILE [-o OUT]\n"                                                \
      "                                                  the progress report (--public: the public notice) as\n" \
      "                                                  text (stdout without -o) or a Word file (--docx, needs -o)\n" \
      "       rectify import [--lang zh|en] [--sheet N] [--map COLUMN=FIELD]... FILE.(csv|xlsx|docx) -o OUT\n"     \
      "                                                  a new plan file from a ledger (Excel/CSV/TSV/TXT) or a Word file\n" \
      "       rectify pack [--lang zh|en] PLAN [--files DIR] -o OUT.rectify.zip\n"                     \
      "                                                  a plan package: the plan and the evidence files it references\n" \
      "                                                  (any files in DIR, matched by the SHA-256 of their content)\n" \
      "       rectify unpack [--lang zh|en] PACKAGE.rectify.zip -o DIR\n"                              \
      "                                                  check a package and write DIR/plan.rectify.json and DIR/files/\n" \
      "       rectify archive [--lang zh|en] [--plan N] [--today YYYY-MM-DD] PLAN [--files DIR] -o OUT.zip\n" \
      "                                                  the evidence archive (一问题一档案): a folder per problem with its\n" \
      "                                                  evidence files, and an index page index.html; missing files are\n" \
      "                                                  noted there and warned about\n" \
      "       rectify closing-sheet [--lang zh|en] [--plan N] FILE [-o OUT.html]\n"                    \
      "                                                  the closing sheets (对账销号单), a page per problem with each\n" \
      "                                                  level's opinion and signature lines: text to standard output,\n" \
      "                                                  or with -o a printable page\n"                  \
      "       every command that reads a plan file (validate, stats, convert, merge, ledger, report) reads a\n" \
      "       package (.rectify.zip) too\n"                                                             \
      "       rectify encrypt [--lang zh|en] [--password P] IN -o OUT\n"                                \
      "                                                  encrypt a plan file or package with a password (or RECTIFY_PASSWORD)\n" \
      "       rectify decrypt [--lang zh|en] [--password P] IN -o OUT\n"                                \
      "                                                  decrypt an encrypted file\n"                    \
      "       every command that reads a plan file reads an encrypted one: the password comes from\n"  \
      "       --password P or the environment variable RECTIFY_PASSWORD\n"                            \
      "       rectify --version\n"                                                                    \
      "       rectify --help [--lang zh|en]\n")                                                       \
    X(Usage, "用法：", "usage: ")                                                                     \
    X(CommandSays, "rectify {command}：{why}\n", "rectify {command}: {why}\n")                      \
    X(PathSays, "{path}：{why}\n", "{path}: {why}\n")                                                \
    X(UnknownCommand, "rectify：未知命令“{command}”\n", "rectify: unknown command '{command}'\n")     \
    X(UnknownOption, "未知选项 {option}", "unknown option {option}")                                  \
    X(NeedsValue, "{option} 需要一个值", "{option} needs a value")                                    \
    X(LangValue, "--lang 只能是 zh 或 en", "--lang takes zh or en")                                  \
    X(TodayValue, "--today 应为日期 YYYY-MM-DD", "--today takes a date YYYY-MM-DD")                  \
    X(NoFiles, "没有给出文件", "no files given")                                                      \
    X(NeedOneFile, "需要一个文件", "need one file")                                                   \
    X(NeedInOut, "需要一个输入文件和 -o 输出文件", "need one input and -o OUT")                       \
    X(NeedTextOut, "需要一个文本文件和 -o 输出文件", "need one text file and -o OUT")                 \
    X(NeedReturns, "需要主本、至少一份报送和 -o 输出文件", "need a master, at least one return and -o OUT") \
    X(XlsxNeedsOut, "--xlsx 需要 -o 输出文件", "--xlsx needs -o OUT")                                 \
    X(FormNeedsOut, "--form 需要 -o 输出文件", "--form needs -o OUT")                                 \
    X(NoForm, "{path} 中没有带原表的方案（只有从 Excel 台账导入的方案才有原表）",                           \
      "{path} has no plan with an Excel form (only a plan imported from an Excel ledger has one)")   \
    X(FormFailed, "无法按原表生成文件", "cannot fill the form")                                        \
    X(DocxNeedsOut, "--docx 需要 -o 输出文件", "--docx needs -o OUT")                                 \
    X(PlanValue, "--plan 应为 1 到 {n} 之间的序号", "--plan takes a number from 1 to {n}")            \
    X(SeveralPlans, "文件中有 {n} 个方案，请用 --plan N 选择一个", "the file holds {n} plans: choose one with --plan N") \
    X(NoPlan, "文件中没有方案", "the file holds no plan")                                             \
    X(DocxFailed, "无法生成 Word 文件", "cannot make the Word file")                                  \
    X(ReportWritten, "{path}：整改情况报告已写入 {out}\n", "{path}: progress report written to {out}\n") \
    X(SheetWritten, "{path}：对账销号单已写入 {out}\n", "{path}: closing sheets written to {out}\n") \
    X(NoticeWritten, "{path}：公示已写入 {out}\n", "{path}: public notice written to {out}\n")           \
    X(CannotWrite, "rectify {command}：无法写入 {path}（{why}）\n", "rectify {command}: cannot write {path} ({why})\n") \
    X(CannotRead, "无法读取文件（{why}）", "cannot read the file ({why})")                            \
    X(NotWrittenInvalid, "rectify {command}：结果未通过校验，未写入 {path}：{why}\n",                  \
      "rectify {command}: the result fails validation; {path} was not written: {why}\n")            \
    X(XlsxFailed, "无法生成 XLSX 文件", "cannot make the XLSX file")                                  \
    X(Valid, "{path}：有效（格式版本 {version}）\n", "{path}: valid (format version {version})\n")     \
    X(ValidPackage, "{path}：有效（方案包，格式版本 {version}，佐证材料文件 {n} 个，共 {size}，均与其 SHA-256 相符）\n", \
      "{path}: valid (package, format version {version}, {n} evidence files, {size} in all, each matching its SHA-256)\n") \
    X(StatsFilesIn, "佐证材料文件 {n} 个，共 {size}（在方案包中）\n", "{n} evidence files, {size} in all (in the package)\n") \
    X(StatsFilesNamed, "佐证材料文件 {n} 个，共 {size}（方案文件只引用它们，文件随方案包 .rectify.zip 传递）\n", \
      "{n} evidence files, {size} in all (the plan file references them; the files travel in a package .rectify.zip)\n") \
    X(NeedPack, "需要一个方案文件和 -o 输出文件（.rectify.zip）", "need one plan file and -o OUT.rectify.zip") \
    X(NeedUnpack, "需要一个方案包和 -o 输出目录", "need one package and -o DIR")                     \
    X(NotAPackage, "{path} 不是方案包（.rectify.zip）", "{path} is not a plan package (.rectify.zip)") \
    X(FilesNotDir, "--files 应为一个目录：{path}", "--files takes a folder: {path}")                 \
    X(FileSkipped, "  跳过 {path}：超过 {limit}\n", "  skipped {path}: over {limit}\n")               \
    X(PackFailed, "rectify {command}：未写入 {path}：{why}\n", "rectify {command}: {path} was not written: {why}\n") \
    X(Packed, "{path}：{n} 个佐证材料文件（{size}），已写入方案包 {out}\n",                             \
      "{path}: {n} evidence files ({size}), written to the package {out}\n")                          \
    X(Unpacked, "{path}：方案文件和 {n} 个佐证材料文件已写入 {out}\n", "{path}: the plan file and {n} evidence files written to {out}\n") \
    X(NeedArchive, "需要一个方案文件和 -o 输出文件（.zip）", "need one plan file and -o OUT.zip")          \
    X(ArchiveMissingFile, "  缺少文件 {name}（SHA-256 {sha256}）：未收入档案，已在目录页中注明\n",             \
      "  missing file {name} (SHA-256 {sha256}): not in the archive, noted on the index page\n")         \
    X(ArchiveFileChanged, "rectify archive：{name} 的文件在读取时已改变或无法读取，未写入档案\n",              \
      "rectify archive: the file for {name} changed or could not be read; nothing written\n")            \
    X(ArchiveFailed, "无法生成 ZIP 文件", "cannot make the ZIP file")                                   \
    X(Archived, "{path}：一问题一档案（{n} 个文件，缺失 {missing} 个）已写入 {out}\n",                      \
      "{path}: evidence archive ({n} files, {missing} missing) written to {out}\n")                      \
    X(StatsHead, "方案 {plans} 个，问题 {problems} 个，整改措施 {measures} 条\n",                      \
      "{plans} plans, {problems} problems, {measures} measures\n")                                   \
    X(StatsStatus, "  {status}：{n}\n", "  {status}: {n}\n")                                          \
    X(StatsOverdue, "截至 {today} 逾期 {n} 条\n", "overdue as of {today}: {n}\n")                     \
    X(StatsPendingLevel, "  第{level}级待审：{n}\n", "  pending at level {level}: {n}\n")               \
    X(StatsRecheckDue, "待回头看 {n} 条\n", "due for re-check: {n}\n")                                  \
    X(Converted, "{path}：格式版本 {from} → {to}，已写入 {out}\n",                                     \
      "{path}: format version {from} -> {to}, written to {out}\n")                                   \
    X(LedgerWritten, "{path}：{n} 条整改措施，已写入 {out}\n", "{path}: {n} measures, written to {out}\n") \
    X(MergeHead, "{path}（{office} {code}，导出于 {date}）：新增 {added}，修改 {changed}，删除 {deleted}，冲突 {conflicts}\n", \
      "{path} ({office} {code}, exported {date}): {added} added, {changed} changed, {deleted} deleted, {conflicts} conflicts\n") \
    X(MergeBoth, "  冲突 {where} · {field}：保留主本「{master}」，报送为「{return}」\n",                \
      "  conflict {where} · {field}: kept the master's \"{master}\"; the return has \"{return}\"\n") \
    X(MergeMasterDeleted, "  冲突 {where}：主本已删除，报送中有修改；保持删除\n",                      \
      "  conflict {where}: deleted in the master, edited in the return; stays deleted\n")           \
    X(MergeReturnDeleted, "  冲突 {where}：报送中已删除，主本有修改；保留主本\n",                      \
      "  conflict {where}: deleted in the return, edited in the master; kept\n")                    \
    X(MergeWritten, "已写入 {out}\n", "written to {out}\n")                                           \
    X(NothingImported, "rectify import-text：{path} 中没有找到问题或整改措施，未写入文件\n",            \
      "rectify import-text: no problems or measures found in {path}; nothing written\n")            \
    X(WorkbookNotText, "这是 Excel 工作簿，请用 rectify import 导入台账", "this is an Excel workbook: import it as a ledger with rectify import") \
    X(NeedLedgerOut, "需要一个台账文件和 -o 输出文件", "need one ledger file and -o OUT")              \
    X(SheetValue, "--sheet 应为工作表序号（从 1 起）或名称", "--sheet takes a sheet number (from 1) or name") \
    X(NoSuchSheet, "文件中没有工作表“{sheet}”（共 {n} 个）", "the file has no sheet '{sheet}' ({n} in all)") \
    X(MapValue, "--map 应为“列=字段”，列为字母（A）、序号（1）或表头，字段如 整改措施、完成情况、不导入：{map}", \
      "--map takes COLUMN=FIELD, the column a letter (A), a number (1) or its header, the field e.g. Measure, Status, none: {map}") \
    X(LedgerKinds, "只能导入 .xlsx、.csv、.tsv、.txt 台账或 .docx 文档", "only .xlsx, .csv, .tsv or .txt ledgers and .docx documents can be imported") \
    X(DocxNoSheet, "Word 文档没有工作表：--sheet 和 --map 只用于台账", "a Word document has no sheets: --sheet and --map are for ledgers") \
    X(ImportSheet, "{path}：工作表 {sheet}，表头在第 {line} 行{title}\n", "{path}: sheet {sheet}, header on line {line}{title}\n") \
    X(ImportTitle, "，标题“{title}”", ", title \"{title}\"")                                            \
    X(ImportColumn, "  {column} {header} → {field}\n", "  {column} {header} -> {field}\n")               \
    X(ImportRowLeft, "  {why}\n", "  {why}\n")                                                          \
    X(ImportDone, "{ok} 行导入，{bad} 行未导入，隐藏行 {hidden} 行；已写入 {out}（方案“{plan}”）\n",           \
      "{ok} rows imported, {bad} left out, {hidden} hidden rows skipped; written to {out} (plan \"{plan}\")\n") \
    X(ImportNothing, "rectify import：{path} 中没有可导入的行，未写入文件\n",                               \
      "rectify import: no row of {path} can be imported; nothing written\n")                              \
    /* encrypted files (crypt.cpp) */                                                               \
    X(NeedPassword, "{path} 已加密：请用 --password 密码 或环境变量 RECTIFY_PASSWORD 给出密码",          \
      "{path} is encrypted: give its password with --password P or the environment variable RECTIFY_PASSWORD") \
    X(NeedPasswordToEncrypt, "请用 --password 密码 或环境变量 RECTIFY_PASSWORD 给出密码",                  \
      "give the password with --password P or the environment variable RECTIFY_PASSWORD")            \
    X(AlreadyEncrypted, "{path} 已经加密", "{path} is encrypted already")                             \
    X(NotEncrypted, "{path} 没有加密", "{path} is not encrypted")                                     \
    X(Encrypted, "{path}：已用密码加密，写入 {out}（PBKDF2-SHA-256 {n} 次迭代，AES-256-GCM）\n",          \
      "{path}: encrypted with the password, written to {out} (PBKDF2-SHA-256, {n} iterations, AES-256-GCM)\n") \
    X(Decrypted, "{path}：已解密，写入 {out}\n", "{path}: decrypted, written to {out}\n")                \
    X(SystemError, "系统错误 {n}", "system error {n}")                                                \
    X(ErrAccess, "没有权限", "permission denied")                                                     \
    X(ErrPerm, "没有权限", "operation not permitted")                                   \
    X(ErrNoEntry, "文件或目录不存在", "no such file or directory")                                    \
    X(ErrNotDir, "路径中有一段不是目录", "a part of the path is not a directory")                     \
    X(ErrIsDir, "这是一个目录", "it is a directory")                                                  \
    X(ErrNoSpace, "磁盘空间不足", "no space left on the device")                                      \
    X(ErrReadOnly, "文件系统是只读的", "read-only file system")                                       \
    X(ErrNameTooLong, "文件名太长", "file name too long")                                             \
    X(ErrTooManyFiles, "打开的文件太多", "too many open files")                                       \
    X(ErrIo, "读写出错", "input/output error")

enum class Say {
#define RECTIFY_X(key, zh, en) key,
    RECTIFY_CLI_TEXTS(RECTIFY_X)
#undef RECTIFY_X
};
const char* say(Say key, Lang lang); // the text as written, placeholders and all
// The text with its placeholders filled in; print() writes it to a stream.
std::string say(Say key, Lang lang, std::initializer_list<Arg> args);
void print(std::FILE* to, Say key, Lang lang, std::initializer_list<Arg> args);

// Why a file operation failed, from errno, in `lang` (the system's own words are English only).
std::string system_error(int err, Lang lang);

struct Args {
    std::vector<std::string> files;
    std::string out;   // -o
    std::string today; // --today
    bool json = false; // --json
    bool xlsx = false; // --xlsx
    bool form = false; // --form
    bool json_report = false; // --json-report
    bool docx = false;        // --docx
    bool public_notice = false; // --public
    bool no_names = false;    // --no-names
    std::string plan;         // --plan N
    std::string sheet;        // --sheet
    std::vector<std::string> maps; // --map, each COLUMN=FIELD
    std::string files_dir;    // --files DIR
    std::string password;     // --password P, else $RECTIFY_PASSWORD (read by load_file: encrypted files)
    Lang lang = Lang::Zh;
    std::string error; // non-empty: bad usage, this says why (in `lang`)
};

// The --lang of a command line (zh when absent or not zh/en), read before anything else so that
// even a usage error is in the language asked for.
Lang lang_of(int argc, char** argv);

// Parses the options every subcommand accepts; `allowed` lists the ones this subcommand takes.
Args parse_args(int argc, char** argv, int first, const std::vector<std::string>& allowed);

// Prints "rectify CMD: WHY\nusage: rectify CMD SYNOPSIS\n" to stderr in a's language; returns 2.
int usage_error(const Args& a, const char* cmd, const char* why, const char* synopsis);

// The plan a command works on: the only live plan, or --plan N (1-based among the live plans).
// Returns -1 with `plan` set, or the exit code after printing why (2: a bad --plan; 1: the file has
// no plan, or several and no --plan).
int choose_plan(const Args& a, const Workspace& ws, const char* cmd, const char* synopsis, const Plan*& plan);

// Reads a whole file of that kind; false with why (in `lang`) in `error` when it cannot be read or
// is larger than the kind allows (input_limits.h: checked before reading it).
bool read_file(const std::string& path, InputKind kind, Lang lang, std::string& bytes, std::string& error);

// Writes bytes to `path` through a temporary file beside it, then a rename: a failed write never
// leaves half a file there. On failure prints "rectify CMD: cannot write PATH (why)" in `lang`.
bool write_file(const std::string& path, const std::string& bytes, const char* cmd, Lang lang);

// Writes `ws` as a plan file to `path` only if the result passes our own validation (it loads
// back); otherwise prints why (in `lang`) and writes nothing.
bool write_plan(const std::string& path, const Workspace& ws, Lang lang, const char* cmd);

// Writes `ws` as a package (office/package.h) with the files `files` gives, checked as write_plan
// checks a plan file; on failure prints why (in `lang`) and writes nothing. Defined in pack.cpp.
bool write_package_file(const std::string& path, const Workspace& ws,
                        const std::function<bool(const std::string&, std::string&)>& files, Lang lang, const char* cmd);

// Evidence files found by content (--files DIR, defined in pack.cpp): every file in DIR and its
// subfolders of a size some reference in `refs` has is hashed, and `found` maps each hash to a file
// with those bytes, whatever it is called. False when DIR is not a folder. read_whole reads one.
bool find_files(const Args& a, const FileSet& refs, std::map<std::string, std::filesystem::path>& found);
bool read_whole(const std::filesystem::path& p, std::string& out);

// What load_file read: a plan file, or a package (office/package.h) with its files checked.
struct Loaded {
    bool package = false;
    FileTotals files;  // a package's files (those its plan references)
    std::string bytes; // a package's bytes, when asked to keep them (to take its files from)
};

// Loads a plan file, or a package (by its content: a ZIP holding plan.rectify.json), printing the
// error message for it to stderr on failure. `from`, when given, says which it was.
bool load_file(const std::string& path, Lang lang, LoadResult& result, Loaded* from = nullptr,
               bool keep_bytes = false);

// The whole file at `path` as a command reads a plan file or package: an encrypted one (an
// envelope, core/crypt/envelope.h) is decrypted with the password parse_args last read (crypt.cpp).
// False with why (in `lang`) in `error`: unreadable, too large, no password, a damaged envelope, a
// wrong password or changed bytes.
bool read_input(const std::string& path, Lang lang, std::string& bytes, std::string& error);
void set_password(std::string password); // parse_args's --password (or $RECTIFY_PASSWORD), for read_input

// Whether `path` names a package (ends in .rectify.zip or .zip, any case): what an output becomes.
bool is_package_name(const std::string& path);

std::int64_t now_ms(); // ms since the epoch, the system clock
Date today_utc();      // today's date by the system clock, in UTC

int validate(int argc, char** argv);
int stats(int argc, char** argv);
int convert(int argc, char** argv);
int merge(int argc, char** argv);
int ledger(int argc, char** argv);
int import_text(int argc, char** argv);
int report(int argc, char** argv);
int import_ledger(int argc, char** argv);
int pack(int argc, char** argv);
int unpack(int argc, char** argv);
int archive(int argc, char** argv);
int closing_sheet(int argc, char** argv);
int encrypt(int argc, char** argv);
int decrypt(int argc, char** argv);

} // namespace rectify::cli
