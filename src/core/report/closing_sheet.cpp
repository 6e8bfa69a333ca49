// The 对账销号单: see closing_sheet.h.
// Index: the sheet's content (Sheet, sheets) · HTML · text.
#include "core/report/closing_sheet.h"

#include <algorithm>

#include "core/date_text.h"
#include "core/report/report.h"
#include "core/review_chain.h"
#include "core/texts.h"

namespace rectify {

namespace {

// ---- the content, shared by the page and the text ---------------------------------------------------

struct SheetLevel {
    std::string title;   // 第2级：分管领导签字
    std::string outcome; // 通过 / 退回 / "" (not yet)
    std::string opinion, who, when;
};

struct SheetMeasure {
    std::string title, departments, deadline, state;
    std::vector<std::string> evidence;
    std::vector<SheetLevel> levels;
};

struct Sheet {
    std::string problem;
    std::vector<SheetMeasure> measures;
    std::vector<std::string> signatures; // one per level of the chain
};

template <class T> std::string name_in(const std::vector<T>& list, const Id& id) {
    for (const T& e : list)
        if (e.id == id) return e.name;
    return {};
}

SheetMeasure sheet_measure(const Workspace& ws, const Measure& m, const std::vector<std::string>& levels, Lang lang) {
    SheetMeasure s;
    s.title = m.title;
    for (const Id& d : m.lead_departments) {
        std::string n = name_in(ws.departments, d);
        if (!n.empty()) s.departments += (s.departments.empty() ? "" : lang == Lang::Zh ? "、" : ", ") + n;
    }
    s.deadline = format_deadline(m.deadline, lang);
    s.state = chain_place_text(m, levels, lang);
    for (const Evidence& e : m.evidence)
        if (alive(e)) s.evidence.push_back(e.name);
    for (const ProgressEntry& p : m.progress)
        if (alive(p))
            for (const Evidence& e : p.evidence)
                if (alive(e)) s.evidence.push_back(e.name);
    // The current round, level by level: as far as the chain goes, and as far as it was acted on.
    const int round = m.closure.round;
    int top = int(levels.size());
    for (const ReviewEntry& e : m.reviews)
        if (alive(e) && e.round == round) top = std::max(top, e.level);
    for (int k = 1; k <= top; k++) {
        SheetLevel l;
        const ReviewEntry* d = round > 0 ? level_record(m, round, k) : nullptr;
        const std::string name = d && !d->level_name.empty() ? d->level_name : level_label(levels, k, lang);
        l.title = level_title(name, k, lang);
        if (d) {
            l.outcome = action_text(d->action, lang);
            l.opinion = d->opinion;
            l.who = d->who;
            l.when = format_date(d->on, lang);
        }
        s.levels.push_back(std::move(l));
    }
    return s;
}

std::vector<Sheet> sheets(const Workspace& ws, const Plan& plan, const std::vector<Id>& only, Lang lang) {
    const std::vector<std::string> levels = chain_levels(plan);
    std::vector<Sheet> out;
    for (const Problem& q : plan.problems) {
        if (!alive(q) || (!only.empty() && std::find(only.begin(), only.end(), q.id) == only.end())) continue;
        Sheet s;
        s.problem = q.number.empty() ? q.text : q.number + q.text;
        for (const Measure& m : q.measures)
            if (alive(m)) s.measures.push_back(sheet_measure(ws, m, levels, lang));
        for (int k = 1; k <= int(levels.size()); k++)
            s.signatures.push_back(core_text(CoreText::SheetSignature, lang,
                                             {{"level", level_title(level_label(levels, k, lang), k, lang)}}));
        out.push_back(std::move(s));
    }
    return out;
}

std::string joined(const std::vector<std::string>& v, Lang lang) {
    std::string s;
    for (const std::string& e : v) s += (s.empty() ? "" : lang == Lang::Zh ? "；" : "; ") + e;
    return s;
}

// ---- HTML ------------------------------------------------------------------------------------------

const char* const kSheetStyle = R"CSS(
.sheet { break-after: page; }
.sheet:last-child { break-after: auto; }
.plan { text-align: center; text-indent: 0; }
table { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 1.5; letter-spacing: 0; margin: 3mm 0; }
th, td { border: 1px solid #000; padding: 1mm 2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { font-family: )CSS" RECTIFY_FONTS_HEI R"CSS(; font-weight: normal; width: 24mm; }
.sig { text-indent: 0; margin-top: 6mm; font-size: 14pt; }
)CSS";

void cell_row(std::string& out, const std::string& head, const std::string& text) {
    out += "<tr><th>" + html_escape(head) + "</th><td colspan=\"4\">" + html_escape(text) + "</td></tr>\n";
}

} // namespace

std::string closing_sheet_html(const Workspace& ws, const Plan& plan, const std::vector<Id>& problems, Lang lang) {
    auto t = [lang](CoreText k) { return std::string(core_text(k, lang)); };
    std::string out = "<!DOCTYPE html>\n<html lang=\"";
    out += lang_code(lang);
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(t(CoreText::SheetTitle) + " " + plan.title) +
           "</title>\n<style>";
    out += report_page_style();
    out += kSheetStyle;
    out += "</style>\n</head>\n<body>\n";
    for (const Sheet& s : sheets(ws, plan, problems, lang)) {
        out += "<section class=\"sheet\">\n<h1 class=\"title\">" + html_escape(t(CoreText::SheetTitle)) + "</h1>\n";
        out += "<p class=\"plan\">" + html_escape(plan.title) + "</p>\n";
        out += "<table>\n";
        cell_row(out, t(CoreText::SheetProblem), s.problem);
        out += "</table>\n";
        for (const SheetMeasure& m : s.measures) {
            out += "<table class=\"measure\">\n";
            std::string about = m.title;
            for (const std::string* x : {&m.departments, &m.deadline})
                if (!x->empty()) about += (lang == Lang::Zh ? "（" : " (") + *x + (lang == Lang::Zh ? "）" : ")");
            cell_row(out, t(CoreText::SheetMeasure), about);
            cell_row(out, t(CoreText::SheetState), m.state);
            cell_row(out, t(CoreText::SheetEvidence), m.evidence.empty() ? t(CoreText::SheetNone) : joined(m.evidence, lang));
            out += "<tr><th>" + html_escape(t(CoreText::SheetLevel)) + "</th><th></th><th>" + html_escape(t(CoreText::SheetOpinion)) +
                   "</th><th>" + html_escape(t(CoreText::SheetWho)) + "</th><th>" + html_escape(t(CoreText::SheetWhen)) + "</th></tr>\n";
            for (const SheetLevel& l : m.levels)
                out += "<tr class=\"level\"><td>" + html_escape(l.title) + "</td><td>" + html_escape(l.outcome) + "</td><td>" +
                       html_escape(l.opinion) + "</td><td>" + html_escape(l.who) + "</td><td>" + html_escape(l.when) + "</td></tr>\n";
            out += "</table>\n";
        }
        for (const std::string& sig : s.signatures) out += "<p class=\"sig\">" + html_escape(sig) + "</p>\n";
        out += "</section>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

std::string closing_sheet_text(const Workspace& ws, const Plan& plan, const std::vector<Id>& problems, Lang lang) {
    auto t = [lang](CoreText k) { return std::string(core_text(k, lang)); };
    const std::string colon = lang == Lang::Zh ? "：" : ": ";
    std::string out;
    for (const Sheet& s : sheets(ws, plan, problems, lang)) {
        if (!out.empty()) out += "\n\f\n"; // a page per problem
        out += t(CoreText::SheetTitle) + "\n" + plan.title + "\n\n";
        out += t(CoreText::SheetProblem) + colon + s.problem + "\n";
        for (const SheetMeasure& m : s.measures) {
            out += "\n" + t(CoreText::SheetMeasure) + colon + m.title + "\n";
            out += t(CoreText::SheetState) + colon + m.state + "\n";
            out += t(CoreText::SheetEvidence) + colon + (m.evidence.empty() ? t(CoreText::SheetNone) : joined(m.evidence, lang)) + "\n";
            for (const SheetLevel& l : m.levels) {
                out += "  " + l.title;
                if (!l.outcome.empty()) out += colon + l.outcome;
                for (const std::string* x : {&l.opinion, &l.who, &l.when})
                    if (!x->empty()) out += " · " + *x;
                out += "\n";
            }
        }
        out += "\n";
        for (const std::string& sig : s.signatures) out += sig + "\n";
    }
    return out;
}

} // namespace rectify
