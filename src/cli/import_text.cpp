// rectify import-text [--lang zh|en] [--json-report] FILE.txt -o OUT: a plan file from the text of
// a published 整改方案 or 整改情况报告 (core/import/text_import.h), with a summary of what was found and
// the lines it could not place (or the whole report as JSON).
#include <cstdio>

#include "cli/cli.h"
#include "core/import/text_import.h"

namespace rectify::cli {

int import_text(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--json-report"});
    if (!a.error.empty() || a.files.size() != 1 || a.out.empty())
        return usage_error(a, "import-text", a.error.empty() ? say(Say::NeedTextOut, a.lang) : a.error.c_str(),
                           "[--lang zh|en] [--json-report] FILE.txt -o OUT");
    // Over the text import's limit the file is not even read (input_limits.h).
    std::string bytes, error;
    if (!read_file(a.files[0], InputKind::Text, a.lang, bytes, error)) {
        std::fprintf(stderr, say(Say::PathSays, a.lang), a.files[0].c_str(), error.c_str());
        return 1;
    }
    ImportTextOptions options;
    options.now_ms = now_ms();
    TextImport r = import_text_file(bytes, options);
    if (!r.ok()) { // not text: a binary file, an encoding no office uses
        const std::string& why = a.lang == Lang::En ? r.error_en : r.error_zh;
        std::fprintf(stderr, say(Say::PathSays, a.lang), a.files[0].c_str(), why.c_str());
        if (a.json_report) std::fputs(text_import_json(r).c_str(), stdout);
        return 1;
    }
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
