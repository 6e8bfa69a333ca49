// rectify closing-sheet [--lang zh|en] [--plan N] FILE [-o OUT.html]: the 对账销号单 of every problem
// of a plan (core/report/closing_sheet.h): plain text to stdout, or with -o the printable page.
#include <cstdio>

#include "cli/cli.h"
#include "core/report/closing_sheet.h"

namespace rectify::cli {

int closing_sheet(int argc, char** argv) {
    const char* synopsis = "[--lang zh|en] [--plan N] FILE [-o OUT.html]";
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--plan", "--password"});
    if (!a.error.empty() || a.files.size() != 1)
        return usage_error(a, "closing-sheet", a.error.empty() ? say(Say::NeedOneFile, a.lang) : a.error.c_str(), synopsis);
    LoadResult r;
    if (!load_file(a.files[0], a.lang, r)) return 1;
    const Plan* chosen = nullptr;
    if (int code = choose_plan(a, r.workspace, "closing-sheet", synopsis, chosen); code >= 0) return code;
    if (a.out.empty()) {
        const std::string text = closing_sheet_text(r.workspace, *chosen, {}, a.lang);
        std::fwrite(text.data(), 1, text.size(), stdout);
        return 0;
    }
    if (!write_file(a.out, closing_sheet_html(r.workspace, *chosen, {}, a.lang), "closing-sheet", a.lang)) return 1;
    print(stdout, Say::SheetWritten, a.lang, {{"path", a.files[0]}, {"out", a.out}});
    return 0;
}

} // namespace rectify::cli
