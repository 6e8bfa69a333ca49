// rectify import-text [--lang zh|en] [--json-report] FILE.(txt|docx) -o OUT: a plan file from the text
// of a published 整改方案 or 整改情况报告 (core/import/text_import.h), with a summary of what was found
// and the lines it could not place (or the whole report as JSON). A Word file is read for its text
// first (src/office: automatic numbering and tables included), as the app reads one dropped on it.
#include <cstdio>

#include "cli/cli.h"
#include "core/import/file_intake.h"
#include "core/format/prescan.h"
#include "core/import/text_import.h"
#include "office/office_read.h"

namespace rectify::cli {

int import_text(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--json-report"});
    if (!a.error.empty() || a.files.size() != 1 || a.out.empty())
        return usage_error(a, "import-text", a.error.empty() ? say(Say::NeedTextOut, a.lang) : a.error.c_str(),
                           "[--lang zh|en] [--json-report] FILE.(txt|docx) -o OUT");
    // Over the text import's limit the file is not even read (input_limits.h).
    std::string bytes, error;
    const bool office = !office_name_kind(a.files[0]).empty();
    if (!read_file(a.files[0], office ? InputKind::OfficeFile : InputKind::Text, a.lang, bytes, error)) {
        print(stderr, Say::PathSays, a.lang, {{"path", a.files[0]}, {"why", error}});
        return 1;
    }
    const std::string_view kind = sniff_other_format(bytes) ? sniff_other_format(bytes) : "";
    if (office || kind == "docx" || kind == "xlsx" || kind == "office" || kind == "ole" || kind == "ole-encrypted") {
        OfficeRead o = office::read_office_file(bytes, a.files[0]);
        if (o.kind == OfficeRead::Kind::Workbook) o.error_zh = say(Say::WorkbookNotText, Lang::Zh), o.error_en = say(Say::WorkbookNotText, Lang::En);
        if (o.kind != OfficeRead::Kind::Document) {
            print(stderr, Say::PathSays, a.lang, {{"path", a.files[0]}, {"why", o.error(a.lang)}});
            return 1;
        }
        bytes = std::move(o.text);
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
