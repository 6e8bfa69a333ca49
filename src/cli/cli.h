// Shared pieces of the `rectify` subcommands: argument scanning, file reading, message language.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/format.h"
#include "core/i18n.h"

namespace rectify::cli {

struct Args {
    std::vector<std::string> files;
    std::string out;   // -o
    std::string today; // --today
    bool json = false; // --json
    bool xlsx = false; // --xlsx
    bool json_report = false; // --json-report
    Lang lang = Lang::Zh;
    std::string error; // non-empty: bad usage, this says why
};

// Parses the options every subcommand accepts; `allowed` lists the ones this subcommand takes.
Args parse_args(int argc, char** argv, int first, const std::vector<std::string>& allowed);

// Reads a whole file; false with a ReadFailed/TooLarge error if it cannot (or should not).
bool read_file(const std::string& path, std::string& bytes, LoadError& error, const Limits& limits);

// Writes bytes to `path` through a temporary file beside it, then a rename: a failed write never
// leaves half a file there. On failure prints "rectify CMD: cannot write PATH" and returns false.
bool write_file(const std::string& path, const std::string& bytes, const char* cmd);

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
