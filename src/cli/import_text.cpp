// rectify import-text [--lang zh|en] [--json-report] FILE.txt -o OUT: a plan file from the text of
// a published 整改方案 or 整改情况报告 (core/text_import.h), with a summary of what was found and
// the lines it could not place (or the whole report as JSON).
#include <cstdio>

#include "cli/cli.h"
#include "core/text_import.h"

namespace rectify::cli {

int import_text(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--json-report"});
    if (!a.error.empty() || a.files.size() != 1 || a.out.empty()) {
        std::fprintf(stderr,
                     "rectify import-text: %s\nusage: rectify import-text [--lang zh|en] [--json-report] FILE.txt -o OUT\n",
                     a.error.empty() ? "need one text file and -o OUT" : a.error.c_str());
        return 2;
    }
    std::string bytes;
    LoadError error;
    if (!read_file(a.files[0], bytes, error, Limits{})) {
        std::fprintf(stderr, "rectify import-text: %s\n", format_error(error, a.lang).c_str());
        return 1;
    }
    ImportTextOptions options;
    options.now_ms = now_ms();
    TextImport r = import_text_file(bytes, options);
    if (r.problems == 0 && r.measures == 0) {
        static const Text kNone = {"rectify import-text: %s 中没有找到问题或整改措施,未写入文件\n",
                                   "rectify import-text: no problems or measures found in %s; nothing written\n"};
        std::fprintf(stderr, pick(a.lang, kNone), a.files[0].c_str());
        if (a.json_report) std::fputs(text_import_json(r).c_str(), stdout);
        return 1;
    }
    if (!write_plan(a.out, r.ws, a.lang, "import-text")) return 1;
    if (a.json_report) std::fputs(text_import_json(r).c_str(), stdout);
    else std::printf("%s", text_import_summary(r, a.lang).c_str());
    return 0;
}

} // namespace rectify::cli
