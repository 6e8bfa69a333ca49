// rectify: the command-line tool built from the same core as the app.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/cli.h"
#include "core/format/format.h"

using rectify::Lang;

static int usage(FILE* out, Lang lang) {
    static const rectify::Text kUsage = {
        "rectify %s — 整改通命令行工具（方案文件格式版本 %d）\n"
        "用法：rectify validate [--lang zh|en] FILE...   检查文件；全部有效时退出码为 0\n"
        "      rectify stats [--today YYYY-MM-DD] [--json] [--lang zh|en] FILE\n"
        "                                                 按状态统计，列出逾期事项\n"
        "      rectify convert [--lang zh|en] IN -o OUT   升级到当前的格式版本\n"
        "      rectify merge [--json] [--lang zh|en] MASTER RETURN... -o OUT\n"
        "                                                 把各单位的报送合并到主本\n"
        "      rectify ledger [--lang zh|en] [--xlsx] FILE [-o OUT]\n"
        "                                                 所有方案的整改台账：CSV（无 -o 时输出到标准输出）\n"
        "                                                 或 XLSX（需要 -o）\n"
        "      rectify import-text [--lang zh|en] [--json-report] FILE.txt -o OUT\n"
        "                                                 从整改方案或整改情况报告的文本生成方案（最大 5 MB）\n"
        "      rectify --version\n"
        "      rectify --help [--lang zh|en]\n",
        "rectify %s — Rectify (整改通) command-line tool (plan format version %d)\n"
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
        "                                                  a plan from the text of a 整改方案 or 整改情况报告 (up to 5 MB)\n"
        "       rectify --version\n"
        "       rectify --help [--lang zh|en]\n"};
    std::fprintf(out, rectify::pick(lang, kUsage), RECTIFY_VERSION, rectify::kFormatVersion);
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
    std::fprintf(stderr, rectify::cli::say(rectify::cli::Say::UnknownCommand, lang), cmd.c_str());
    return usage(stderr, lang);
}
