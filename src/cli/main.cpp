// rectify: the command-line tool built from the same core as the app.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/cli.h"
#include "core/format/format.h"

using rectify::Lang;

static int usage(FILE* out, Lang lang) {
    rectify::cli::print(out, rectify::cli::Say::Help, lang,
                        {{"version", RECTIFY_VERSION}, {"format", rectify::kFormatVersion}});
    return out == stdout ? 0 : 2;
}

int main(int argc, char** argv) {
    const Lang lang = rectify::cli::lang_of(argc, argv);
    if (argc < 2) return usage(stderr, lang);
    std::string cmd = argv[1];
    if (cmd == "--version" || cmd == "-V") {
        std::printf("rectify %s\n", RECTIFY_VERSION);
        return 0;
    }
    if (cmd == "--help" || cmd == "-h") return usage(stdout, lang);
    if (cmd == "validate") return rectify::cli::validate(argc, argv);
    if (cmd == "stats") return rectify::cli::stats(argc, argv);
    if (cmd == "convert") return rectify::cli::convert(argc, argv);
    if (cmd == "merge") return rectify::cli::merge(argc, argv);
    if (cmd == "ledger") return rectify::cli::ledger(argc, argv);
    if (cmd == "import-text") return rectify::cli::import_text(argc, argv);
    if (cmd == "report") return rectify::cli::report(argc, argv);
    if (cmd == "import") return rectify::cli::import_ledger(argc, argv);
    if (cmd == "pack") return rectify::cli::pack(argc, argv);
    if (cmd == "unpack") return rectify::cli::unpack(argc, argv);
    if (cmd == "archive") return rectify::cli::archive(argc, argv);
    if (cmd == "closing-sheet") return rectify::cli::closing_sheet(argc, argv);
    if (cmd == "encrypt") return rectify::cli::encrypt(argc, argv);
    if (cmd == "decrypt") return rectify::cli::decrypt(argc, argv);
    rectify::cli::print(stderr, rectify::cli::Say::UnknownCommand, lang, {{"command", cmd}});
    return usage(stderr, lang);
}
