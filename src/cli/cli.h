// Shared pieces of the `rectify` subcommands: argument scanning, file reading and writing, and
// the tool's messages in both languages (every message follows --lang; zh by default).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/format/format.h"
#include "core/i18n.h"
#include "core/format/input_limits.h"

namespace rectify::cli {

// X(key, zh, en): printf formats taking the same arguments in the same order.
#define RECTIFY_CLI_TEXTS(X)                                                                          \
    X(Usage, "用法：", "usage: ")                                                                     \
    X(CommandSays, "rectify %s：%s\n", "rectify %s: %s\n")                                          \
    X(PathSays, "%s：%s\n", "%s: %s\n")                                                              \
    X(UnknownCommand, "rectify：未知命令“%s”\n", "rectify: unknown command '%s'\n")                   \
    X(UnknownOption, "未知选项 %s", "unknown option %s")                                              \
    X(NeedsValue, "%s 需要一个值", "%s needs a value")                                                \
    X(LangValue, "--lang 只能是 zh 或 en", "--lang takes zh or en")                                  \
    X(TodayValue, "--today 应为日期 YYYY-MM-DD", "--today takes a date YYYY-MM-DD")                  \
    X(NoFiles, "没有给出文件", "no files given")                                                      \
    X(NeedOneFile, "需要一个文件", "need one file")                                                   \
    X(NeedInOut, "需要一个输入文件和 -o 输出文件", "need one input and -o OUT")                       \
    X(NeedTextOut, "需要一个文本文件和 -o 输出文件", "need one text file and -o OUT")                 \
    X(NeedReturns, "需要主本、至少一份报送和 -o 输出文件", "need a master, at least one return and -o OUT") \
    X(XlsxNeedsOut, "--xlsx 需要 -o 输出文件", "--xlsx needs -o OUT")                                 \
    X(CannotWrite, "rectify %s：无法写入 %s（%s）\n", "rectify %s: cannot write %s (%s)\n")           \
    X(CannotRead, "无法读取文件（%s）", "cannot read the file (%s)")                                    \
    X(NotWrittenInvalid, "rectify %s：结果未通过校验，未写入 %s：%s\n",                                  \
      "rectify %s: the result fails validation; %s was not written: %s\n")                           \
    X(XlsxFailed, "无法生成 XLSX 文件", "cannot make the XLSX file")

enum class Say {
#define RECTIFY_X(key, zh, en) key,
    RECTIFY_CLI_TEXTS(RECTIFY_X)
#undef RECTIFY_X
};
const char* say(Say key, Lang lang);

// Why a file operation failed, from errno, in `lang` (the system's own words are English only).
std::string system_error(int err, Lang lang);

struct Args {
    std::vector<std::string> files;
    std::string out;   // -o
    std::string today; // --today
    bool json = false; // --json
    bool xlsx = false; // --xlsx
    bool json_report = false; // --json-report
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

// Reads a whole file of that kind; false with why (in `lang`) in `error` when it cannot be read or
// is larger than the kind allows (input_limits.h: checked before reading it).
bool read_file(const std::string& path, InputKind kind, Lang lang, std::string& bytes, std::string& error);

// Writes bytes to `path` through a temporary file beside it, then a rename: a failed write never
// leaves half a file there. On failure prints "rectify CMD: cannot write PATH (why)" in `lang`.
bool write_file(const std::string& path, const std::string& bytes, const char* cmd, Lang lang);

// Writes `ws` as a plan file to `path` only if the result passes our own validation (it loads
// back); otherwise prints why (in `lang`) and writes nothing.
bool write_plan(const std::string& path, const Workspace& ws, Lang lang, const char* cmd);

// Loads a plan file, printing the error message for it to stderr on failure.
bool load_file(const std::string& path, Lang lang, LoadResult& result);

std::int64_t now_ms(); // ms since the epoch, the system clock

int validate(int argc, char** argv);
int stats(int argc, char** argv);
int convert(int argc, char** argv);
int merge(int argc, char** argv);
int ledger(int argc, char** argv);
int import_text(int argc, char** argv);

} // namespace rectify::cli
