// rectify: the command-line tool built from the same core as the app.
#include <cstdio>
#include <cstring>
#include <string>

#include "core/i18n.h"

static int usage(FILE* out) {
    std::fprintf(out,
                 "rectify %s — 整改通 command-line tool\n"
                 "usage: rectify --version\n"
                 "       rectify --help\n",
                 RECTIFY_VERSION);
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
    std::fprintf(stderr, "rectify: unknown command '%s'\n", cmd.c_str());
    return usage(stderr);
}
