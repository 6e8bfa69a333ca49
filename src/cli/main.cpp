// rectify: the command-line tool built from the same core as the app.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/cli.h"
#include "core/format.h"

static int usage(FILE* out) {
    std::fprintf(out,
                 "rectify %s — 整改通 command-line tool (plan format version %d)\n"
                 "usage: rectify validate [--lang zh|en] FILE...   check files; exit 0 only if all are valid\n"
                 "       rectify stats [--today YYYY-MM-DD] [--json] [--lang zh|en] FILE\n"
                 "                                                  counts by status, overdue items\n"
                 "       rectify convert [--lang zh|en] IN -o OUT   upgrade to the current format version\n"
                 "       rectify merge [--json] [--lang zh|en] MASTER RETURN... -o OUT\n"
                 "                                                  merge returns into the master copy\n"
                 "       rectify ledger [--lang zh|en] [--xlsx] FILE [-o OUT]\n"
                 "                                                  the ledger (整改台账) of every plan as CSV\n"
                 "                                                  (stdout without -o) or XLSX (needs -o)\n"
                 "       rectify import-text [--lang zh|en] [--json-report] FILE.txt -o OUT\n"
                 "                                                  a plan from the text of a 整改方案 or 整改情况报告\n"
                 "       rectify --version\n"
                 "       rectify --help\n",
                 RECTIFY_VERSION, rectify::kFormatVersion);
    return out == stdout ? 0 : 2;
}

int main(int argc, char** argv) {
    if (argc < 2) return usage(stderr);
    std::string cmd = argv[1];
    if (cmd == "--version" || cmd == "-V") {
        std::printf("rectify %s\n", RECTIFY_VERSION);
        return 0;
    }
    if (cmd == "--help" || cmd == "-h") return usage(stdout);
    if (cmd == "validate") return rectify::cli::validate(argc, argv);
    if (cmd == "stats") return rectify::cli::stats(argc, argv);
    if (cmd == "convert") return rectify::cli::convert(argc, argv);
    if (cmd == "merge") return rectify::cli::merge(argc, argv);
    if (cmd == "ledger") return rectify::cli::ledger(argc, argv);
    if (cmd == "import-text") return rectify::cli::import_text(argc, argv);
    std::fprintf(stderr, "rectify: unknown command '%s'\n", cmd.c_str());
    return usage(stderr);
}
