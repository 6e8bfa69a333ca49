// supervision_sheet: what is on a 督办单 is in supervision_sheet.h.
// Index: texts · supervision_sheet · HTML · text.
#include "core/report/supervision_sheet.h"

#include "core/date_text.h"
#include "core/report/report.h"

namespace rectify {

namespace {

const Text kTitle = {"督办单", "Supervision notice"};
const Text kAddressee = {"{department}：", "To {department}:"};
const Text kBody = {"截至{date}，你单位承担的整改任务中，红色督办（已超过整改时限未完成）{red}项，黄色督办（滞后于序时进度）{yellow}项，"
                    "现予督办。请逐项说明原因，明确完成时限，抓紧整改落实，并在整改通中填报进展后报送。",
                    "As of {date}, of the rectification tasks of your unit, {red} are red (past their deadline and not "
                    "done) and {yellow} yellow (behind their milestones). Please explain each, set a date, complete the "
                    "work, and report the progress in Rectify."};
const Text kNone = {"截至{date}，你单位没有红色或黄色督办事项。", "As of {date}, your unit has no red or yellow items."};
const Text kHeaders[] = {{"序号", "No."},         {"问题", "Problem"},          {"整改措施", "Measure"},
                         {"整改时限", "Deadline"}, {"滞后节点", "Milestones behind"}, {"逾期天数", "Days overdue"},
                         {"督办等级", "Level"}};
const Text kDays = {"{n}天", "{n}"};

} // namespace

SupervisionSheet supervision_sheet(const Workspace& ws, const Id& plan, const Id& department, const Date& today,
                                   Lang lang) {
    SupervisionSheet s;
    std::string name = department;
    for (const Department& d : ws.departments)
        if (d.id == department) name = d.name;
    s.title = pick(lang, kTitle);
    s.addressee = format_text(lang, kAddressee, {{"department", name}});
    for (const SupervisionItem& it : supervision_items(ws, plan, department, today)) {
        const Problem& q = ws.plans[it.plan].problems[it.problem];
        const Measure& m = q.measures[it.measure];
        SupervisionSheetRow r;
        r.problem = q.number + q.text;
        r.measure = m.title;
        r.deadline = format_deadline(m.deadline, lang);
        for (size_t i : it.behind) r.behind += (r.behind.empty() ? "" : lang == Lang::Zh ? "；" : "; ") + milestone_text(m.milestones[i], lang);
        r.colour = it.colour;
        r.days_overdue = it.days_overdue;
        (it.colour == Colour::Red ? s.red : s.yellow)++;
        s.rows.push_back(std::move(r));
    }
    const std::string date = format_date(today, lang);
    s.body = s.rows.empty() ? format_text(lang, kNone, {{"date", date}})
                            : format_text(lang, kBody, {{"date", date}, {"red", s.red}, {"yellow", s.yellow}});
    s.office = ws.office.name;
    s.date = date;
    return s;
}

// The report's page (report_page_style) with a ruled table; red and yellow rows marked in print.
std::string supervision_sheet_html(const SupervisionSheet& s, Lang lang) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"";
    out += lang_code(lang);
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(s.title + " " + s.addressee) + "</title>\n<style>";
    out += report_page_style();
    out += "table { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 1.5; margin: 5mm 0; }\n"
           "th, td { border: 0.5pt solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }\n"
           "th { font-family: " RECTIFY_FONTS_HEI "; font-weight: normal; }\n"
           "tr.red td:last-child { color: #c00000; } tr.yellow td:last-child { color: #9c6500; }\n"
           ".to { text-indent: 0; }\n";
    out += "</style>\n</head>\n<body>\n";
    out += "<h1 class=\"title\">" + html_escape(s.title) + "</h1>\n";
    out += "<p class=\"to\">" + html_escape(s.addressee) + "</p>\n";
    out += "<p>" + html_escape(s.body) + "</p>\n";
    if (!s.rows.empty()) {
        out += "<table>\n<tr>";
        for (const Text& h : kHeaders) out += "<th>" + html_escape(pick(lang, h)) + "</th>";
        out += "</tr>\n";
        int n = 0;
        for (const SupervisionSheetRow& r : s.rows) {
            out += std::string("<tr class=\"") + colour_mark(r.colour) + "\"><td>" + std::to_string(++n) + "</td>";
            for (const std::string* cell : {&r.problem, &r.measure, &r.deadline, &r.behind})
                out += "<td>" + html_escape(*cell) + "</td>";
            out += "<td>" + (r.days_overdue ? html_escape(format_text(lang, kDays, {{"n", r.days_overdue}})) : std::string()) + "</td>";
            out += "<td>" + html_escape(colour_text(r.colour, lang)) + "</td></tr>\n";
        }
        out += "</table>\n";
    }
    out += "<p class=\"sign first\">" + html_escape(s.office) + "</p>\n";
    out += "<p class=\"sign\">" + html_escape(s.date) + "</p>\n";
    out += "</body>\n</html>\n";
    return out;
}

std::string supervision_sheet_text(const SupervisionSheet& s, Lang lang) {
    std::string out = s.title + "\n\n" + s.addressee + "\n" + s.body + "\n";
    int n = 0;
    for (const SupervisionSheetRow& r : s.rows) {
        out += std::to_string(++n) + ". [" + colour_text(r.colour, lang) + "] " + r.problem + " / " + r.measure + " / " +
               r.deadline;
        if (!r.behind.empty()) out += " / " + r.behind;
        if (r.days_overdue) out += " / " + format_text(lang, kDays, {{"n", r.days_overdue}});
        out += "\n";
    }
    return out + "\n" + s.office + "\n" + s.date + "\n";
}

} // namespace rectify
