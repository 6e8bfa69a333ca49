// What the text importer found, as the CLI prints it: a summary in either language, and a JSON
// report (counts, problems with their measures, lines not placed, spans).
#include <algorithm>
#include <cstdio>

#include "core/import/text_import.h"
#include "core/texts.h"

namespace rectify {

const char* span_kind_name(TextSpan::Kind k) {
    static const char* const kNames[] = {
        "title", "issuer", "doc_number", "date", "addressee", "section", "phase", "area", "problem",
        "problem_code", "measure", "step", "responsibility", "deadline", "progress", "status",
        "leading_group", "body", "ignored", "unplaced"};
    return kNames[int(k)];
}

std::string json_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        unsigned char u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') out += '\\', out += c;
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out += buf;
        } else out += c;
    }
    return out + "\"";
}

std::vector<TextSpan> line_spans(const TextImport& r) {
    // The spans are sorted by start, a line before the spans inside it (import_text's last step).
    std::vector<TextSpan> lines;
    size_t covered = 0;
    for (const TextSpan& s : r.spans)
        if (lines.empty() || s.begin >= covered) {
            lines.push_back(s);
            covered = s.end;
        }
    return lines;
}

namespace {

std::string q(std::string_view s) { return json_quote(s); }

std::string names(const std::vector<Id>& ids, const Workspace& ws) {
    std::string out = "[";
    for (const Id& id : ids) {
        std::string name = id;
        for (const Department& d : ws.departments)
            if (d.id == id) name = d.name;
        for (const Person& p : ws.people)
            if (p.id == id) name = p.name;
        out += (out.size() > 1 ? "," : "") + q(name);
    }
    return out + "]";
}

const char* status_name(Status s) {
    switch (s) {
    case Status::NotStarted: return "not_started";
    case Status::InProgress: return "in_progress";
    case Status::Done: return "done";
    case Status::DoneOngoing: return "done_ongoing";
    }
    return "";
}

bool has(const std::vector<Id>& ids, const Id& id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

const char* deadline_kind_name(DeadlineKind k) {
    switch (k) {
    case DeadlineKind::None: return "none";
    case DeadlineKind::Date: return "date";
    case DeadlineKind::EndOfMonth: return "end_of_month";
    case DeadlineKind::Ongoing: return "ongoing";
    case DeadlineKind::Immediate: return "immediate";
    case DeadlineKind::Unparsed: return "unparsed";
    }
    return "";
}

} // namespace

std::string text_import_summary(const TextImport& r, Lang lang) {
    const Plan& p = r.plan();
    std::string out = core_text(
        CoreText::ImportSummary, lang,
        {{"title", p.title}, {"kind", core_text(r.is_report ? CoreText::ImportKindReport : CoreText::ImportKindPlan, lang)},
         {"problems", r.problems}, {"codes", r.codes}, {"measures", r.measures}, {"steps", r.steps},
         {"responsibility", r.responsibility_lines}, {"deadlines", r.deadlines}, {"dated", r.deadlines_dated},
         {"progress", r.progress}, {"phases", r.phases}, {"sections", r.sections}, {"unplaced", r.unplaced.size()}});
    for (const std::string& u : r.unplaced) out += core_text(CoreText::ImportUnplacedLine, lang, {{"text", u}});
    for (const std::string& n : import_notes(r, lang)) out += "  " + n + "\n";
    return out;
}

std::vector<std::string> import_notes(const TextImport& r, Lang lang) {
    std::vector<std::string> out;
    if (!r.ok()) return out;
    if (r.problems == 0) out.push_back(core_text(CoreText::ImportNoItems, lang));
    if (r.stated_problems >= 0 && r.stated_problems != r.problems)
        out.push_back(core_text(CoreText::ImportCountSaid, lang, {{"said", r.stated_problems}, {"found", r.problems}}));
    int proposed = 0;
    for (const Problem& p : r.plan().problems)
        proposed += !p.measures.empty() && has(r.status_proposed, p.measures.front().id);
    if (proposed > 0) out.push_back(core_text(CoreText::ImportProposed, lang, {{"n", proposed}}));
    if (r.deadlines_without_year > 0) out.push_back(core_text(CoreText::ImportNoYear, lang, {{"n", r.deadlines_without_year}}));
    return out;
}

std::string text_import_json(const TextImport& r) {
    const Plan& p = r.plan();
    std::string o = "{\"kind\":" + q(r.is_report ? "report" : "plan") + ",\"encoding\":" + q(r.encoding);
    o += ",\"error\":" + (r.ok() ? std::string("null") : "{\"zh\":" + q(r.error_zh) + ",\"en\":" + q(r.error_en) + "}");
    o += ",\"title\":" + q(p.title) + ",\"issuer\":" + q(p.issuer) + ",\"doc_number\":" + q(p.doc_number);
    o += ",\"written\":" + q(to_iso(p.written)) + ",\"published\":" + q(to_iso(p.published));
    o += ",\"addressees\":[";
    for (size_t i = 0; i < p.addressees.size(); i++) o += (i ? "," : "") + q(p.addressees[i]);
    o += "],\"feedback\":" + q(p.feedback.name);
    o += ",\"levels\":[";
    for (size_t i = 0; i < r.levels.size(); i++) o += (i ? "," : "") + q(r.levels[i]);
    o += "],\"problem_level\":" + q(r.problem_level);
    char buf[400];
    std::snprintf(buf, sizeof buf,
                  ",\"counts\":{\"problems\":%d,\"codes\":%d,\"measures\":%d,\"steps\":%d,\"responsibility_lines\":%d,"
                  "\"deadlines\":%d,\"deadlines_dated\":%d,\"progress\":%d,\"statuses\":%d,\"phases\":%d,"
                  "\"sections\":%d,\"unplaced\":%zu}",
                  r.problems, r.codes, r.measures, r.steps, r.responsibility_lines, r.deadlines, r.deadlines_dated,
                  r.progress, r.statuses, r.phases, r.sections, r.unplaced.size());
    o += buf;
    o += ",\"problems\":[";
    for (size_t i = 0; i < p.problems.size(); i++) {
        const Problem& pr = p.problems[i];
        o += std::string(i ? "," : "") + "{\"number\":" + q(pr.number) + ",\"code\":" + q(pr.code) +
             ",\"area\":" + q(pr.area) + ",\"text\":" + q(pr.text) + ",\"measures\":[";
        for (size_t k = 0; k < pr.measures.size(); k++) {
            const Measure& m = pr.measures[k];
            o += std::string(k ? "," : "") + "{\"title\":" + q(m.title) + ",\"steps\":" + std::to_string(m.steps.size()) +
                 ",\"lead\":" + names(m.lead_departments, r.ws) + ",\"support\":" + names(m.support_departments, r.ws) +
                 ",\"responsible\":" + names(m.responsible, r.ws) + ",\"leaders\":" + names(m.leaders, r.ws) +
                 ",\"deadline\":" + q(m.deadline.text) + ",\"due\":" + q(to_iso(m.deadline.date)) +
                 ",\"kind\":" + q(deadline_kind_name(m.deadline.kind)) +
                 ",\"status\":" + q(status_name(m.status)) +
                 ",\"status_read\":" + (has(r.status_read, m.id) ? "true" : "false") +
                 ",\"proposed\":" + (has(r.status_proposed, m.id) ? "true" : "false") + ",\"progress\":" + std::to_string(m.progress.size()) + "}";
        }
        o += "]}";
    }
    o += "],\"unplaced\":[";
    for (size_t i = 0; i < r.unplaced.size(); i++) o += (i ? "," : "") + q(r.unplaced[i]);
    o += "],\"notes\":[";
    const std::vector<std::string> notes = import_notes(r, Lang::Zh); // as the document's own words
    for (size_t i = 0; i < notes.size(); i++) o += (i ? "," : "") + q(notes[i]);
    o += "],\"spans\":[";
    for (size_t i = 0; i < r.spans.size(); i++) {
        const TextSpan& s = r.spans[i];
        std::snprintf(buf, sizeof buf, "%s{\"kind\":\"%s\",\"begin\":%zu,\"end\":%zu}", i ? "," : "",
                      span_kind_name(s.kind), s.begin, s.end);
        o += buf;
    }
    return o + "]}\n";
}

} // namespace rectify
