// rectify report [--lang zh|en] [--public] [--no-names] [--today YYYY-MM-DD] [--plan N] [--docx]
// FILE [-o OUT]: a plan's progress report (整改情况报告), or with --public its 公示, as the app
// writes them (core/report): plain text (to stdout without -o) or a Word document laid out after
// GB/T 9704 (--docx, needs -o; the parts from core/report/report_docx.h, zipped by office/zip.h).
// The report's language is --lang; its date line and "截至…" are --today, by default today (UTC).
#include <cstdio>

#include "cli/cli.h"
#include "core/report/report.h"
#include "core/report/report_docx.h"
#include "office/zip.h"

namespace rectify::cli {

int report(int argc, char** argv) {
    const char* synopsis = "[--lang zh|en] [--public] [--no-names] [--today YYYY-MM-DD] [--plan N] [--docx] FILE [-o OUT]";
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--today", "--plan", "--public", "--no-names", "--docx", "--password"});
    ReportOptions opt;
    opt.lang = a.lang;
    opt.public_notice = a.public_notice;
    opt.names = !a.no_names;
    if (a.error.empty() && !a.today.empty() && (!parse_iso_date(a.today, opt.today) || opt.today.empty()))
        a.error = say(Say::TodayValue, a.lang);
    if (a.error.empty() && a.docx && a.out.empty()) a.error = say(Say::DocxNeedsOut, a.lang);
    if (!a.error.empty() || a.files.size() != 1)
        return usage_error(a, "report", a.error.empty() ? say(Say::NeedOneFile, a.lang) : a.error.c_str(), synopsis);
    if (opt.today.empty()) opt.today = today_utc();

    LoadResult r;
    if (!load_file(a.files[0], a.lang, r)) return 1;
    const Plan* chosen = nullptr;
    if (int code = choose_plan(a, r.workspace, "report", synopsis, chosen); code >= 0) return code;
    const Plan& plan = *chosen;

    std::string bytes;
    if (a.docx) {
        bytes = office::write_zip(progress_report_docx_parts(r.workspace, plan, opt));
        if (bytes.empty()) {
            print(stderr, Say::CommandSays, a.lang, {{"command", "report"}, {"why", say(Say::DocxFailed, a.lang)}});
            return 1;
        }
    } else {
        bytes = progress_report(r.workspace, plan, opt);
    }
    if (a.out.empty()) {
        std::fwrite(bytes.data(), 1, bytes.size(), stdout);
        return 0;
    }
    if (!write_file(a.out, bytes, "report", a.lang)) return 1;
    print(stdout, opt.public_notice ? Say::NoticeWritten : Say::ReportWritten, a.lang, {{"path", a.files[0]}, {"out", a.out}});
    return 0;
}

} // namespace rectify::cli
