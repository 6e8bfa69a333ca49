// 一问题一档案 (evidence_archive.h): the folders' and files' names, the index page, the manifest.
// Index: names · the index page's style · one measure on the page · evidence_archive · manifest.
#include "core/report/evidence_archive.h"

#include <algorithm>
#include <map>

#include "core/date_text.h"
#include "core/dates.h"
#include "core/file_name.h"
#include "core/format/input_limits.h"
#include "core/format/json_out.h"
#include "core/ledger/ledger.h"
#include "core/report/report.h"
#include "core/texts.h"
#include "core/utf8.h"

namespace rectify {

// ---- names -------------------------------------------------------------------------------------------

namespace {

// Where a sentence ends, for a short title: 。；！？ and their ASCII forms, and line breaks.
bool ends_sentence(char32_t c) {
    return c == 0x3002 || c == 0xFF1B || c == 0xFF01 || c == 0xFF1F || c == ';' || c == '!' || c == '?' ||
           c == '\n' || c == '\r';
}

} // namespace

std::string archive_short_title(std::string_view text, std::size_t max_chars) {
    size_t i = text.find_first_not_of(" \t\r\n");
    if (i == std::string_view::npos) return {};
    std::string out;
    size_t clause = 0; // bytes of `out` up to the last clause's end (，,、：) past half the limit
    size_t chars = 0;
    bool cut = false;
    for (; i < text.size(); chars++) {
        size_t len = utf8_lead_length(static_cast<unsigned char>(text[i]));
        char32_t c = 0;
        if (len == 0 || !decode_utf8(text, i, len, c)) break; // not UTF-8: the title ends before it
        if (ends_sentence(c)) break;
        if (chars == max_chars) {
            cut = true;
            break;
        }
        if ((c == 0xFF0C || c == ',' || c == 0x3001 || c == 0xFF1A || c == ':') && chars >= max_chars / 2) clause = out.size();
        out.append(text.substr(i, len));
        i += len;
    }
    if (cut && clause > 0) out.resize(clause); // a whole clause rather than half a word
    while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
    return out;
}

std::string archive_folder_name(int number, int width, std::string_view problem_text, std::string_view fallback) {
    std::string n = std::to_string(number);
    if (int(n.size()) < width) n.insert(0, size_t(width) - n.size(), '0');
    std::string title = archive_short_title(problem_text);
    if (safe_file_name(title, "", "").empty()) title = std::string(fallback);
    return safe_file_name(n + "-" + title, "", n, kArchiveFolderBytes);
}

std::string archive_extension(std::string_view file_name) {
    const size_t dot = file_name.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == file_name.size() || file_name.size() - dot - 1 > 10)
        return {};
    for (char c : file_name.substr(dot + 1))
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return {};
    return std::string(file_name.substr(dot));
}

std::string archive_unique_name(std::set<std::string>& taken, std::string_view stem, std::string_view extension,
                                std::string_view fallback) {
    const std::string name = safe_file_name(stem, extension, fallback, kArchiveFileBytes);
    if (taken.insert(ascii_lower(name)).second) return name;
    const std::string safe_stem = name.substr(0, name.size() - extension.size());
    for (int k = 2;; k++) {
        const std::string suffix = "(" + std::to_string(k) + ")";
        const size_t room = kArchiveFileBytes - extension.size() - suffix.size();
        std::string next = std::string(utf8_prefix_bytes(safe_stem, room)) + suffix + std::string(extension);
        if (taken.insert(ascii_lower(next)).second) return next;
    }
}

std::string archive_href(std::string_view name) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (char ch : name) {
        const unsigned char c = static_cast<unsigned char>(ch);
        const bool keep = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        if (keep) out += ch;
        else out += '%', out += hex[c >> 4], out += hex[c & 15];
    }
    return out;
}

std::string archive_zip_name(const Plan& plan, Lang lang) {
    const std::string title = archive_short_title(plan.title, 60);
    const std::string stem = title.empty() ? core_text(CoreText::ArchiveTitle, lang)
                                           : core_text(CoreText::ArchiveFileName, lang, {{"title", title}});
    return safe_file_name(stem, ".zip");
}

// ---- the index page's style ------------------------------------------------------------------------
// A4 with plain margins (a list, not a 公文), the report's fonts (report.h RECTIFY_FONTS_*).

namespace {

const char* const kStyle = R"CSS(
@page { size: A4; margin: 20mm 18mm 20mm 22mm; }
html { background: #fff; }
body { margin: 0; color: #000; font-family: )CSS" RECTIFY_FONTS_FANGSONG R"CSS(; font-size: 12pt; line-height: 1.6; }
@media screen { body { max-width: 170mm; margin: 10mm auto; padding: 0 8mm; } }
h1 { font-family: )CSS" RECTIFY_FONTS_TITLE R"CSS(; font-size: 20pt; font-weight: normal; text-align: center; margin: 0 0 4mm; }
h2 { font-family: )CSS" RECTIFY_FONTS_HEI R"CSS(; font-size: 15pt; font-weight: normal; margin: 8mm 0 2mm; }
h3 { font-family: )CSS" RECTIFY_FONTS_HEI R"CSS(; font-size: 13pt; font-weight: normal; margin: 6mm 0 1mm; break-after: avoid; }
h4 { font-family: )CSS" RECTIFY_FONTS_KAI R"CSS(; font-size: 12pt; font-weight: normal; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 0 0 1mm; overflow-wrap: anywhere; }
.summary, .date { text-align: center; }
.folder { font-family: )CSS" RECTIFY_FONTS_SONG R"CSS(; font-size: 10.5pt; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0; font-size: 10.5pt; break-inside: avoid; }
th, td { border: 0.5pt solid #666; padding: 0.5mm 2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { width: 6em; font-weight: normal; font-family: )CSS" RECTIFY_FONTS_HEI R"CSS(; }
ul { margin: 0 0 2mm; padding-left: 2em; }
li { overflow-wrap: anywhere; }
.missing { color: #b00000; }
.size, .note { color: #444; }
a { color: #000; }
)CSS";

std::string esc(const std::string& s) { return html_escape(s); }

std::string t(CoreText key, Lang lang) { return core_text(key, lang); }

// The 销号 cell: the state, then who submitted or decided it and when, and why it was returned.
std::string closure_cell(const Closure& c, Lang lang) {
    std::string out = closure_text(c.state, lang);
    auto add = [&](const std::string& part) {
        if (!part.empty()) out += t(CoreText::Comma, lang) + part;
    };
    if (c.state == ClosureState::Submitted) {
        if (!c.submitted_by.empty()) add(core_text(CoreText::ArchiveSubmittedBy, lang, {{"name", c.submitted_by}}));
        add(format_date(c.submitted_on, lang));
    }
    if (c.state == ClosureState::Verified || c.state == ClosureState::Returned) {
        if (!c.decided_by.empty()) add(core_text(CoreText::ArchiveDecidedBy, lang, {{"name", c.decided_by}}));
        add(format_date(c.decided_on, lang));
    }
    if (c.state == ClosureState::Returned && !c.reason.empty())
        add(core_text(CoreText::ArchiveReason, lang, {{"reason", c.reason}}));
    return out;
}

// One problem's folder while it is filled: names taken, and files already in it by hash and name.
struct Folder {
    std::string name;
    std::set<std::string> taken;
    std::map<std::string, std::string> placed; // sha256 + "/" + safe name before "(2)" -> its name here
};

struct Builder {
    const Workspace& ws;
    const ArchiveOptions& opt;
    EvidenceArchive& out;
    std::string body;

    // One evidence item under measure number `mn` (from progress entry `entry`, if any): its file
    // put in the folder, and its line on the page.
    void item(Folder& folder, int mn, const Evidence& ev, const ProgressEntry* entry) {
        const Lang lang = opt.lang;
        const std::string label = ev.name.empty() ? ev.file.name : ev.name;
        body += "<li>";
        if (ev.file.empty()) {
            body += esc(label) + " " + esc(t(CoreText::ArchiveNoFile, lang));
        } else {
            const std::string ext = archive_extension(ev.file.name);
            std::string own = label;
            if (name_ends_with(own, ext)) own.resize(own.size() - ext.size());
            std::string stem = core_text(CoreText::ArchiveMeasure, lang, {{"n", mn}}) + "-";
            if (entry) stem += core_text(CoreText::ArchiveEntry, lang, {{"date", to_iso(entry->date)}}) + "-";
            stem += own;
            const std::string fallback = core_text(CoreText::ArchiveMeasure, lang, {{"n", mn}});
            const std::string key = ev.file.sha256 + "/" + safe_file_name(stem, ext, fallback, kArchiveFileBytes);
            auto placed = folder.placed.find(key);
            const bool again = placed != folder.placed.end();
            const std::string name = again ? placed->second : archive_unique_name(folder.taken, stem, ext, fallback);
            const std::string path = folder.name + "/" + name;
            const bool have = !opt.available || opt.available(ev.file);
            if (!have) {
                if (!again) out.missing.push_back({path, ev.file});
                body += "<span class=\"missing\">" + esc(name) + " " + esc(t(CoreText::ArchiveMissing, lang)) + "</span>";
            } else {
                if (!again) {
                    out.entries.push_back({path, {}, ev.file.sha256, ev.file.size});
                    out.files++;
                }
                body += "<a href=\"" + esc(archive_href(path)) + "\">" + esc(name) + "</a> <span class=\"size\">" +
                        esc(megabytes_text(std::uint64_t(ev.file.size))) + "</span>";
            }
            folder.placed.emplace(key, name);
        }
        if (!ev.note.empty()) body += " <span class=\"note\">" + esc(ev.note) + "</span>";
        body += "</li>\n";
    }

    void measure(Folder& folder, size_t plan_i, size_t problem_i, size_t measure_i, int mn) {
        const Lang lang = opt.lang;
        const Measure& m = ws.plans[plan_i].problems[problem_i].measures[measure_i];
        const LedgerRow row{plan_i, problem_i, measure_i};
        body += "<h4>" + esc(core_text(CoreText::ArchiveMeasure, lang, {{"n", mn}})) + " " + esc(m.title) + "</h4>\n<table>\n";
        auto cell = [&](CoreText head, const std::string& value) {
            body += "<tr><th>" + esc(t(head, lang)) + "</th><td>" + esc(value) + "</td></tr>\n";
        };
        cell(CoreText::ArchiveStatus, status_text(m.status, lang));
        cell(CoreText::ArchiveUnits, ledger_cell(ws, row, LedgerColumn::Departments, lang));
        cell(CoreText::ArchiveDeadline, ledger_cell(ws, row, LedgerColumn::Deadline, lang));
        cell(CoreText::ArchiveClosure, closure_cell(m.closure, lang));
        body += "</table>\n<p>" + esc(t(CoreText::ArchiveEvidence, lang)) + "</p>\n<ul>\n";
        const size_t before = body.size();
        for (const Evidence& ev : m.evidence)
            if (alive(ev)) item(folder, mn, ev, nullptr);
        // Progress entries oldest first, as the report tells them (entries of one day keep their order).
        std::vector<const ProgressEntry*> entries;
        for (const ProgressEntry& e : m.progress)
            if (alive(e)) entries.push_back(&e);
        std::stable_sort(entries.begin(), entries.end(),
                         [](const ProgressEntry* a, const ProgressEntry* b) { return a->date < b->date; });
        for (const ProgressEntry* e : entries)
            for (const Evidence& ev : e->evidence)
                if (alive(ev)) item(folder, mn, ev, e);
        if (body.size() == before) body += "<li>" + esc(t(CoreText::ArchiveNoEvidence, lang)) + "</li>\n";
        body += "</ul>\n";
    }
};

} // namespace

// ---- evidence_archive ------------------------------------------------------------------------------

EvidenceArchive evidence_archive(const Workspace& ws, const Plan& plan, const ArchiveOptions& opt) {
    const Lang lang = opt.lang;
    EvidenceArchive out;
    out.entries.push_back({kArchiveIndexName, {}, {}, 0});
    size_t plan_i = 0;
    while (plan_i < ws.plans.size() && &ws.plans[plan_i] != &plan && ws.plans[plan_i].id != plan.id) plan_i++;
    if (plan_i == ws.plans.size()) return out; // not a plan of ws: an index of nothing

    const std::vector<ReportArea> areas = report_areas(plan, lang);
    const bool grouped = areas.size() > 1 || (areas.size() == 1 && !areas[0].name.empty());
    int problems = 0, measures = 0;
    for (const ReportArea& a : areas) problems += int(a.problems.size());
    const int width = std::max<int>(2, int(std::to_string(problems).size()));

    Builder b{ws, opt, out, {}};
    int number = 0;
    for (const ReportArea& area : areas) {
        if (grouped)
            b.body += "<h2>" + esc(area.name.empty() ? t(CoreText::ReportOtherProblems, lang) : area.name) + "</h2>\n";
        for (size_t pi : area.problems) {
            const Problem& p = plan.problems[pi];
            Folder folder;
            folder.name = archive_folder_name(++number, width, p.text, t(CoreText::ArchiveProblem, lang));
            std::string head = p.text;
            if (!p.code.empty()) head += core_text(CoreText::ReportProblemCode, lang, {{"code", p.code}});
            const std::string n = folder.name.substr(0, folder.name.find('-'));
            b.body += "<section>\n<h3>" + esc(n) + " " + esc(head) + "</h3>\n";
            const size_t folder_line = b.body.size(), files_before = out.files;
            int mn = 0;
            for (size_t mi = 0; mi < p.measures.size(); mi++)
                if (alive(p.measures[mi])) b.measure(folder, plan_i, pi, mi, ++mn), measures++;
            if (out.files > files_before) // a folder is there only when a file is in it
                b.body.insert(folder_line, "<p class=\"folder\">" +
                                               esc(core_text(CoreText::ArchiveFolder, lang, {{"name", folder.name + "/"}})) + "</p>\n");
            b.body += "</section>\n";
        }
    }

    const std::string title = plan.title.empty() ? t(CoreText::ArchiveTitle, lang)
                                                 : core_text(CoreText::ArchiveTitleOf, lang, {{"title", plan.title}});
    std::string summary = core_text(CoreText::ArchiveSummary, lang,
                                    {{"problems", problems}, {"measures", measures}, {"files", out.files + out.missing.size()}});
    if (!out.missing.empty()) summary += core_text(CoreText::ArchiveSummaryMissing, lang, {{"n", out.missing.size()}});
    std::string& page = out.entries.front().text;
    page = "<!DOCTYPE html>\n<html lang=\"" + std::string(lang_code(lang)) + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
           esc(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<h1>" + esc(title) + "</h1>\n";
    page += "<p class=\"summary\">" + esc(summary) + "</p>\n";
    const std::string today = format_date(opt.today, lang);
    if (!today.empty()) page += "<p class=\"date\">" + esc(core_text(CoreText::ArchiveAsOf, lang, {{"date", today}})) + "</p>\n";
    page += b.body + "</body>\n</html>\n";
    return out;
}

// ---- manifest --------------------------------------------------------------------------------------

std::string archive_manifest_json(const std::vector<ArchiveEntry>& entries) {
    JsonOut j;
    j.begin_object().key("entries").begin_array();
    for (const ArchiveEntry& e : entries) {
        j.begin_object().field("name", e.name);
        if (e.is_file()) j.field("sha256", e.sha256).field("size", static_cast<long long>(e.size));
        else j.field("text", e.text);
        j.end_object();
    }
    j.end_array().end_object();
    return j.str();
}

} // namespace rectify
