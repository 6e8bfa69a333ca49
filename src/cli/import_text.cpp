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
        print(stderr, Say::PathSays, a.lang, {{"path", a.files[0]}, {"why", error}});
        return 1;
    }
    ImportTextOptions options;
    options.now_ms = now_ms();
    TextImport r = import_text_file(bytes, options);
    if (!r.ok()) { // not text: a binary file, an encoding no office uses
        const std::string& why = a.lang == Lang::En ? r.error_en : r.error_zh;
        print(stderr, Say::PathSays, a.lang, {{"path", a.files[0]}, {"why", why}});
        if (a.json_report) std::fputs(text_import_json(r).c_str(), stdout);
        return 1;
    }
    if (r.problems == 0 && r.measures == 0) {
        print(stderr, Say::NothingImported, a.lang, {{"path", a.files[0]}});
        if (a.json_report) std::fputs(text_import_json(r).c_str(), stdout);
        return 1;
    }
    if (!write_plan(a.out, r.ws, a.lang, "import-text")) return 1;
    if (a.json_report) std::fputs(text_import_json(r).c_str(), stdout);
    else std::printf("%s", text_import_summary(r, a.lang).c_str());
    return 0;
}

} // namespace rectify::cli
