// The progress report (整改情况报告) of one plan, as plain text and as a printable HTML page.
// Index: ReportOptions · ReportCounts/report_counts (the headline) · ReportLine/report_lines
// (the shared structure) · progress_report (text, report_text.cpp) · progress_report_html
// (GB/T 9704 page, report_html.cpp) · html_escape. The Word form is report_docx.h.
//
// Structure, as offices write these reports: a title, an opening paragraph with the headline
// counts ("共N个问题，已整改完成X个，正在整改Y个"), then problems grouped by area (一、二、 when
// the plan has areas), problems (一)(二)…, measures 1. 2. with their steps inline as (1)(2),
// then 整改情况 (the progress log, oldest first), 整改进度, and the issuing office and date.
// Chinese output uses full-width punctuation (：，（一）), as printed documents do.
#pragma once
#include <string>
#include <vector>

#include "core/i18n.h"
#include "core/model.h"

namespace rectify {

struct ReportOptions {
    bool public_notice = false; // 公示: leaves out internal fields (销号 state, overdue counts)
    bool names = true;          // people's names (责任人, 分管领导); a 公示 may leave them out
    Date today;                 // the date line and "截至…" of the headline; empty: left out
    Lang lang = Lang::Zh;
};

// The headline. A problem is 已整改完成 when it has at least one live measure and all its live
// measures are done (已完成 or 已完成·长期坚持); a problem without measures has nothing done, so
// it counts as 正在整改 (problems_in_progress = problems − problems_done). Tombstones are skipped.
struct ReportCounts {
    int problems = 0, problems_done = 0, problems_in_progress = 0;
    int measures = 0, measures_done = 0, measures_ongoing = 0; // ongoing ⊂ done (长期坚持)
    int measures_in_progress = 0, measures_not_started = 0;
    int measures_overdue = 0; // as of today (stats.h is_overdue); 0 without a date
};
ReportCounts report_counts(const Plan& plan, const Date& today);

// One paragraph of the report and its level, which the HTML page styles (fonts per GB/T 9704).
enum class LineKind {
    Title,     // centred, 小标宋
    Heading1,  // 一、 黑体
    Heading2,  // (一) 楷体
    Body,      // 1. (1) and prose, 仿宋
    Signature, // issuing office and date, set right
    Blank,     // an empty line (the text form's spacing; the page uses margins instead)
};
// A numbered paragraph's text starts with its number (一、 （一） 1., I. (1) 1. in English):
// `number` is its value and `number_size` its length in bytes, so a writer with real list
// numbering (report_docx.cpp) can leave the typed number out. Measures are Body lines with a number.
struct ReportLine {
    LineKind kind;
    std::string text;
    int number = 0;         // 0: not numbered
    size_t number_size = 0; // bytes of the number at the start of text
    std::string unnumbered() const { return text.substr(number_size); }
};
std::vector<ReportLine> report_lines(const Workspace& ws, const Plan& plan, const ReportOptions& opt);

// The live problems in the report's order: areas in the order they first appear, problems without
// one last under 其他 (name empty) when the plan has areas at all; a plan without areas is one
// group with an empty name. `problems` are indices into plan.problems, in document order.
struct ReportArea {
    std::string name; // the area as the report prints it (its lines run together)
    std::vector<size_t> problems;
};
std::vector<ReportArea> report_areas(const Plan& plan, Lang lang);

// Plain text, UTF-8, one paragraph per "\n"-terminated line.
std::string progress_report(const Workspace& ws, const Plan& plan, const ReportOptions& opt);

// A complete, self-contained HTML page (no external resources) laid out for printing on A4
// after GB/T 9704-2012 as far as a browser allows.
std::string progress_report_html(const Workspace& ws, const Plan& plan, const ReportOptions& opt);

// & < > " ' as entities.
std::string html_escape(const std::string& s);
// The report page's style sheet (GB/T 9704 on A4), for other printable pages in its style
// (the 对账销号单: closing_sheet.h).
const char* report_page_style();

// The page's style sheet (A4, GB/T 9704 margins, fonts, .title .h1 .h2 .sign): the report's, and
// every printed page laid out like it (the 督办单, report/supervision_sheet.h).
const char* report_page_style();

// The font stacks of printed pages (report_html.cpp, the 一问题一档案 index): GB/T 9704's fonts,
// then what other machines have, ending in a generic family (nothing is downloaded).
#define RECTIFY_FONTS_FANGSONG "\"仿宋_GB2312\", \"FangSong\", \"STFangsong\", \"Noto Serif CJK SC\", serif"
#define RECTIFY_FONTS_SONG "\"SimSun\", \"宋体\", \"Songti SC\", \"Noto Serif CJK SC\", serif"
#define RECTIFY_FONTS_TITLE "\"方正小标宋简体\", \"STZhongsong\", \"SimSun\", serif"
#define RECTIFY_FONTS_HEI "\"SimHei\", \"Noto Sans CJK SC\", sans-serif"
#define RECTIFY_FONTS_KAI "\"KaiTi\", \"KaiTi_GB2312\", \"STKaiti\", serif"

} // namespace rectify
