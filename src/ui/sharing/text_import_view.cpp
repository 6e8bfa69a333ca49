// text_import_view: see text_import_view.h.
//
// Index
//   TextImportState   the text, the last recognition, the typing being followed
//   recognise(), follow_typing()   the text to the importer, again 300 ms after typing pauses
//   text_import_tick()  the importer's results, as they come back (it runs in the office module on
//                     the web: platform import_text_in_module, core/import/text_import_wire.h)
//   line marks        a tag in the margin beside each line of the text: what it was taken as; a
//                     click on it opens the line's corrections (problem, measure, merge, ignore)
//   draw_result()     the plan it makes: header, problems, measures with who and by when (wrapped)
//   draw_text_import(), and the facts the tests read (state().textImport)
#include "ui/sharing/text_import_view.h"

#include <imgui.h>

#include <algorithm>
#include <iterator>

#include "core/file_name.h"
#include "core/import/text_import.h"
#include "core/import/text_import_wire.h"
#include "platform/host.h"
#include "ui/layout.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/pickers.h"
#include "ui/widgets/probe.h"
#include "ui/strings.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

namespace {

// Typing pauses this long before the text is recognised again, so a keystroke never waits for it;
// a long text, whose recognition takes a while, waits twice as long as the last one took instead.
constexpr double kRecogniseAfterMs = 300;

// Where a line's mark goes: its first and last visual line in the wrapped text.
struct LineMark {
    int first = 0, last = 0;
    TextSpan::Kind kind = TextSpan::Unplaced;
    size_t begin = 0; // where the line starts in the text: what a correction names
};

struct TextImportState {
    bool open = false, want_open = false;
    std::string text, source;
    TextImport result;
    bool recognised = false;
    int generation = 0;      // which recognition the result is (g_recognitions), 0: none
    std::string live;        // the text being typed, as last seen
    double took_ms = 0;      // how long the last recognition took, from asking to its result
    // What was asked of the importer and has not come back yet (results come in order).
    int asked = 0;
    bool asked_file = false; // the latest was a file's bytes: its decoded text becomes the text
    std::string asked_text;  // the latest's text
    double asked_at = 0;
    bool open_on_result = false; // a file or a document's text: the dialog opens with its reading
    bool loading_said = false;   // the notice that the module is loading was shown
    bool accept_when_ready = false; // 导入 was clicked while the text was still being read
    double due_ms = 0;       // recognise `live` then (0: nothing waiting)
    // The marks laid out for one recognition at one wrap width.
    std::vector<LineMark> marks;
    int marks_generation = -1;
    float marks_wrap = -1;
    // The user's corrections of how this text was read; dropped when the text changes.
    TextCorrections fix;
    size_t menu_line = 0; // the line whose corrections menu is open
    bool again = false;   // the corrections changed: recognise the same text again
};
TextImportState g_ti;
int g_recognitions = 0;      // counts every recognition, across openings of the dialog
int g_outstanding = 0;       // requests not back yet, across openings (a closed dialog's come back too)

ImportTextOptions options(Doc& doc) {
    ImportTextOptions opts;
    opts.default_year = doc.today.empty() ? 0 : doc.today.y;
    opts.office_code = doc.ws.office.code;
    opts.now_ms = doc.history.now();
    opts.corrections = g_ti.fix;
    return opts;
}

// Hands `input` (text, or a file's bytes) to the importer; text_import_tick takes the result.
void ask(Doc& doc, const std::string& input, bool file) {
    platform::import_text_in_module(text_import_request(options(doc), file), input);
    g_ti.asked++;
    g_outstanding++;
    g_ti.asked_file = file;
    g_ti.asked_text = file ? std::string() : input;
    g_ti.asked_at = platform::now_ms();
}

void recognise(Doc& doc, const std::string& text) {
    if (g_ti.recognised && text != g_ti.result.decoded) g_ti.fix = {}; // they named lines of the old text
    ask(doc, text, false);
}

// The text was recognised, or is being.
bool known(const std::string& text) {
    return (g_ti.asked > 0 && text == g_ti.asked_text) || (g_ti.recognised && text == g_ti.result.decoded);
}

// The source field's overlay reports every change (web/textarea.js) but hands the text over only
// when the edit ends; the preview follows the typing itself, once it pauses. Over the size limit
// the text waits for the end of the edit, which then says why it is refused.
void follow_typing(Doc& doc, ImGuiID source, double now) {
    const ActiveField f = text_field_current();
    if (!f.area || f.id != source) {
        g_ti.due_ms = 0;
        return;
    }
    if (f.text != g_ti.live) {
        g_ti.live = f.text;
        const double wait = std::max(kRecogniseAfterMs, 2 * g_ti.took_ms);
        g_ti.due_ms = now + wait;
        platform::wake_after(wait + 10); // the app draws nothing while idle
    }
    if (g_ti.due_ms <= 0 || now < g_ti.due_ms) return;
    g_ti.due_ms = 0;
    if (g_ti.live.size() <= max_import_text_bytes() && !known(g_ti.live)) recognise(doc, g_ti.live);
}

ImVec4 kind_colour(TextSpan::Kind k) {
    switch (k) {
    case TextSpan::Title: case TextSpan::Issuer: case TextSpan::DocNumber: case TextSpan::Date:
    case TextSpan::Addressee: return ImVec4(0.35f, 0.20f, 0.60f, 1);
    case TextSpan::Area: case TextSpan::Problem: case TextSpan::ProblemCode: return ImVec4(0.72f, 0.25f, 0.05f, 1);
    case TextSpan::Measure: case TextSpan::Step: return ImVec4(0.11f, 0.38f, 0.75f, 1);
    case TextSpan::Responsibility: case TextSpan::Deadline: return ImVec4(0.10f, 0.48f, 0.22f, 1);
    case TextSpan::Progress: case TextSpan::Status: return ImVec4(0.05f, 0.45f, 0.45f, 1);
    case TextSpan::Unplaced: return theme_colors().error;
    default: return ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
    }
}

// ---- line marks ---------------------------------------------------------------------------------

// The tag of each span kind, in TextSpan::Kind order, from one key ("标题|发文机关|…").
const std::vector<std::string>& kind_tags() {
    static std::vector<std::string> tags[2];
    std::vector<std::string>& t = tags[language() == Lang::Zh ? 0 : 1];
    if (t.empty()) {
        const std::string all = tr(S::TextImportTags);
        for (size_t b = 0, e; b <= all.size(); b = e + 1) {
            e = std::min(all.find('|', b), all.size());
            t.push_back(all.substr(b, e - b));
        }
    }
    return t;
}

const char* kind_tag(TextSpan::Kind k) {
    const std::vector<std::string>& t = kind_tags();
    return size_t(k) < t.size() ? t[size_t(k)].c_str() : span_kind_name(k);
}

float tag_size() { return ImGui::GetFontSize() * 0.8f; }

float gutter_width() {
    float w = 0;
    for (const std::string& t : kind_tags()) w = std::max(w, ImGui::GetFont()->CalcTextSizeA(tag_size(), FLT_MAX, 0, t.c_str()).x);
    return w + ImGui::GetStyle().ItemSpacing.x + 4;
}

// Each line's first and last visual line, wrapped as the text field wraps it: one pass over the
// text, done again only when the text was recognised again or the width changed.
void layout_marks(float wrap) {
    if (g_ti.marks_generation == g_ti.generation && g_ti.marks_wrap == wrap) return;
    g_ti.marks_generation = g_ti.generation;
    g_ti.marks_wrap = wrap;
    g_ti.marks.clear();
    const std::string& text = g_ti.result.decoded;
    const std::vector<WrappedLine> rows = wrap_text(text.data(), text.data() + text.size(), wrap);
    size_t row = 0;
    for (const TextSpan& s : line_spans(g_ti.result)) {
        const char* b = text.data() + std::min(s.begin, text.size());
        const char* e = text.data() + std::min(s.end, text.size());
        while (row + 1 < rows.size() && rows[row + 1].begin <= b) row++;
        size_t last = row;
        while (last + 1 < rows.size() && rows[last + 1].begin < e) last++;
        g_ti.marks.push_back({int(row), int(last), s.kind, s.begin});
    }
}

// The tags beside the visible lines of the text field, whose frame starts level with `gutter_min`.
void draw_marks(ImVec2 gutter_min, float gutter_w) {
    if (g_ti.marks.empty()) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float clip_top = dl->GetClipRectMin().y, clip_bottom = dl->GetClipRectMax().y;
    const float line = ImGui::GetTextLineHeight();
    const float top = gutter_min.y + ImGui::GetStyle().FramePadding.y;
    const int first_row = int((clip_top - top) / line) - 1;
    auto it = std::lower_bound(g_ti.marks.begin(), g_ti.marks.end(), first_row,
                               [](const LineMark& m, int r) { return m.last < r; });
    const float size = tag_size(), bar_x = gutter_min.x + gutter_w - 4;
    const ImVec2 mouse = ImGui::GetMousePos();
    const bool over = ImGui::IsWindowHovered() && mouse.x >= gutter_min.x && mouse.x < gutter_min.x + gutter_w;
    std::string hovered; // the tags of the line under the mouse, when several spans share it
    int same = 0;        // how many marks before this one start on the same line
    const ImGuiID menu = ImGui::GetID("##ti-line");
    const ImVec2 keep = ImGui::GetCursorScreenPos();
    for (; it != g_ti.marks.end(); ++it) {
        const float y0 = top + float(it->first) * line, y1 = top + float(it->last + 1) * line;
        if (y0 > clip_bottom) break;
        same = it != g_ti.marks.begin() && std::prev(it)->first == it->first ? same + 1 : 0;
        const ImU32 col = ImGui::GetColorU32(kind_colour(it->kind));
        const float x = bar_x - 5.0f * float(same); // a measure and its glued responsibility: two bars
        dl->AddRectFilled(ImVec2(x, y0 + 2), ImVec2(x + 3, y1 - 2), col);
        if (over && mouse.y >= y0 && mouse.y < y0 + line) hovered += (hovered.empty() ? "" : " + ") + std::string(kind_tag(it->kind));
        if (same == 0) dl->AddText(ImGui::GetFont(), size, ImVec2(gutter_min.x, y0 + (line - size) * 0.5f), col, kind_tag(it->kind));
        // The tag is a button: what this piece of the line is can be corrected. Pieces sharing a
        // line (a one-line document cut at its labels) each get a slice of the tag's height.
        const int index = int(it - g_ti.marks.begin());
        int pieces = 1;
        while (it + pieces != g_ti.marks.end() && (it + pieces)->first == it->first) pieces++;
        const float slice = std::max(4.0f, line / float(same + pieces));
        ImGui::SetCursorScreenPos(ImVec2(gutter_min.x, y0 + slice * float(same)));
        ImGui::PushID(index);
        if (ImGui::InvisibleButton("##tag", ImVec2(std::max(4.0f, gutter_w - 6), same + pieces > 1 ? slice : y1 - y0))) {
            g_ti.menu_line = it->begin;
            ImGui::OpenPopup(menu);
        }
        ImGui::PopID();
        anchor_n("text-import-line", index);
    }
    ImGui::SetCursorScreenPos(keep);
    ImGui::Dummy(ImVec2(0, 0));
    if (!hovered.empty()) ImGui::SetTooltip("%s\n%s", hovered.c_str(), tr(S::TextImportMarkTip));
}

// The corrections menu of one line: what it is, as the user says.
void draw_line_menu() {
    if (!ImGui::BeginPopup("##ti-line")) return;
    ImGui::TextDisabled("%s", tr(S::TextImportLineMenu));
    const std::pair<S, LineRole> roles[] = {{S::TextImportMarkProblem, LineRole::Problem}, {S::TextImportMarkMeasure, LineRole::Measure},
                                            {S::TextImportMarkJoin, LineRole::JoinPrevious}, {S::TextImportMarkNoise, LineRole::Noise},
                                            {S::TextImportMarkAuto, LineRole::Auto}};
    auto& lines = g_ti.fix.lines;
    auto mine = std::find_if(lines.begin(), lines.end(), [](const auto& l) { return l.first == g_ti.menu_line; });
    const LineRole now = mine == lines.end() ? LineRole::Auto : mine->second;
    int row = 0;
    for (const auto& [label, role] : roles) {
        if (ImGui::Selectable(tr(label), role == now) && role != now) {
            if (mine != lines.end()) lines.erase(mine);
            if (role != LineRole::Auto) lines.push_back({g_ti.menu_line, role});
            g_ti.again = true;
        }
        anchor_n("text-import-mark", row++);
    }
    ImGui::EndPopup();
}

// Which numbering level holds the problems: as recognised, or one the user picks.
void draw_level_choice() {
    const TextImport& r = g_ti.result;
    if (r.levels.empty() && g_ti.fix.problem_level.empty()) return;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::TextImportLevel));
    ImGui::SameLine();
    const std::string automatic = r.problem_level.empty() || !g_ti.fix.problem_level.empty() ? std::string(tr(S::TextImportLevelMixed))
                                                                                           : trf(S::TextImportLevelAuto, {{"level", r.problem_level}});
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    if (ImGui::BeginCombo("##ti-level", g_ti.fix.problem_level.empty() ? automatic.c_str() : g_ti.fix.problem_level.c_str())) {
        int row = 0;
        if (ImGui::Selectable(automatic.c_str(), g_ti.fix.problem_level.empty())) g_ti.fix.problem_level.clear(), g_ti.again = true;
        anchor_n("text-import-level", row++);
        for (const std::string& level : r.levels) {
            if (ImGui::Selectable(level.c_str(), level == g_ti.fix.problem_level) && level != g_ti.fix.problem_level)
                g_ti.fix.problem_level = level, g_ti.again = true;
            anchor_n("text-import-level", row++);
        }
        ImGui::EndCombo();
    }
    anchor("text-import-level");
    if (!g_ti.fix.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", trf(S::TextImportCorrected, {{"n", g_ti.fix.lines.size() + (g_ti.fix.problem_level.empty() ? 0 : 1)}}).c_str());
        ImGui::SameLine();
        if (small_button(tr(S::TextImportUndoCorrections))) g_ti.fix = {}, g_ti.again = true;
        anchor("text-import-undo-corrections");
    }
}

// ---- the plan it makes --------------------------------------------------------------------------

void names(const Workspace& ws, RefKind kind, const std::vector<Id>& ids, std::string& out) {
    for (const Id& id : ids) out += (out.empty() ? "" : "、") + ref_name(ws, kind, id);
}

// Wrapped between any two Chinese characters (ui/wrap.h), in `colour` when given.
void wrapped(const std::string& text, const ImVec4* colour = nullptr) {
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
    text_wrapped(text.data(), text.data() + text.size());
    if (colour) ImGui::PopStyleColor();
}

// 牵头 · 配合 · 责任人 · 分管领导 · 整改时限, the empty ones left out (the deadline always shown).
std::string who_and_when(const Workspace& ws, const Measure& m, bool* has_people) {
    std::string out;
    const bool zh = language() == Lang::Zh;
    auto part = [&out, zh](S label, const std::string& value) {
        if (!value.empty()) out += (out.empty() ? "" : zh ? "　" : "; ") + std::string(tr(label)) + (zh ? "：" : ": ") + value;
    };
    std::string v;
    names(ws, RefKind::Department, m.lead_departments, v);
    part(S::FieldLead, v);
    v.clear();
    names(ws, RefKind::Department, m.support_departments, v);
    part(S::FieldSupport, v);
    v.clear();
    names(ws, RefKind::Person, m.responsible, v);
    part(S::FieldResponsible, v);
    *has_people = !v.empty();
    v.clear();
    names(ws, RefKind::Person, m.leaders, v);
    part(S::FieldLeaders, v);
    part(S::FieldDeadline, deadline_text(m.deadline));
    return out;
}

void draw_result() {
    const TextImport& r = g_ti.result;
    if (!r.ok()) { // too large, or not text: say why, in the error colour
        wrapped(language() == Lang::Zh ? r.error_zh : r.error_en, &theme_colors().error);
        anchor("text-import-refused");
        return;
    }
    if (r.ws.plans.empty()) {
        ImGui::TextDisabled("%s", tr(S::TextImportNothing));
        return;
    }
    const Plan& p = r.plan();
    const ImVec4 grey = ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), amber(0.72f, 0.45f, 0.0f, 1);
    wrapped(p.title);
    wrapped(p.issuer + "  " + p.doc_number + "  " + date_text(p.written), &grey);
    wrapped(trf(S::TextImportCounts, {{"problems", r.problems}, {"measures", r.measures}, {"responsibility", r.responsibility_lines}, {"deadlines", r.deadlines}}));
    anchor("text-import-counts");
    draw_level_choice();
    for (const std::string& n : import_notes(r, language())) wrapped(n, &amber);
    if (!r.unplaced.empty()) {
        ImGui::SeparatorText(trf(S::TextImportUnplaced, {{"n", r.unplaced.size()}}).c_str());
        for (const std::string& line : r.unplaced) wrapped(line, &theme_colors().error);
        anchor("text-import-unplaced");
    }
    ImGui::Separator();
    bool people_anchored = false;
    int row = 0;
    for (const Problem& q : p.problems) {
        ImGui::PushID(q.id.c_str());
        // The node's own label cannot wrap: an empty one, and the problem's text wrapped beside it.
        const bool open = ImGui::TreeNodeEx("##problem", ImGuiTreeNodeFlags_DefaultOpen);
        ImGui::SameLine();
        wrapped(q.number + (q.number.empty() ? "" : " ") + q.text + (q.code.empty() ? "" : "（" + q.code + "）"));
        anchor_n("text-import-problem", row++);
        // The status the document gives it; inferred ones in amber, to be checked.
        if (r.is_report && !q.measures.empty()) {
            const Measure& m0 = q.measures.front();
            const bool read = std::find(r.status_read.begin(), r.status_read.end(), m0.id) != r.status_read.end();
            const bool inferred = std::find(r.status_proposed.begin(), r.status_proposed.end(), m0.id) != r.status_proposed.end();
            if (!read) wrapped(tr(S::TextImportNoStatus), &grey);
            else if (inferred) wrapped(trf(S::TextImportInferred, {{"status", status_label(m0.status)}}), &amber);
            else {
                const ImVec4 tone = m0.status == Status::Done || m0.status == Status::DoneOngoing ? theme_colors().done
                                    : m0.status == Status::InProgress                          ? theme_colors().in_progress
                                                                                               : grey;
                wrapped(status_label(m0.status), &tone);
            }
        }
        if (open) {
            for (const Measure& m : q.measures) {
                ImGui::Bullet();
                wrapped(m.title);
                ImGui::Indent();
                for (const std::string& step : m.steps) wrapped("· " + step);
                bool has_people = false;
                wrapped(who_and_when(r.ws, m, &has_people), &grey);
                if (has_people && !people_anchored) {
                    anchor("text-import-people");
                    people_anchored = true;
                }
                ImGui::Unindent();
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
}

} // namespace

void open_text_import(Doc& doc, std::string text, std::string source) {
    g_ti = TextImportState{};
    g_ti.text = std::move(text);
    g_ti.source = std::move(source);
    if (g_ti.text.empty()) {
        g_ti.want_open = true; // for pasting
    } else {
        g_ti.open_on_result = true;
        recognise(doc, g_ti.text);
    }
}

void open_text_import_file(Doc& doc, std::string_view bytes, std::string source) {
    g_ti = TextImportState{};
    g_ti.source = std::move(source);
    g_ti.open_on_result = true;
    ask(doc, std::string(bytes), true);
}

bool text_import_tick(ShellState& st) {
    if (g_ti.open_on_result && !g_ti.loading_said && platform::module_loading()) {
        g_ti.loading_said = true;
        show_notice(st, trf(S::OfficeReading, {{"file", g_ti.source}}), NoticeKind::Info);
    }
    bool ok = false, changed = false;
    std::string bytes;
    while (platform::take_text_import(ok, bytes)) {
        changed = true;
        const bool ours = g_outstanding-- <= g_ti.asked; // the oldest is this dialog's once the older ones are back
        if (!ours || --g_ti.asked > 0) continue;          // only the latest of this dialog is shown
        if (!ok) {
            show_notice(st, tr(S::TextImportModuleFailed), NoticeKind::Error);
            g_ti.open_on_result = g_ti.accept_when_ready = false; // the text as typed was not read: nothing to accept
            continue;
        }
        TextImport r;
        std::string error;
        if (!text_import_from_wire(bytes, r, error)) {
            show_notice(st, trf(S::FileReadFailed, {{"file", g_ti.source}, {"why", error}}), NoticeKind::Error);
            g_ti.open_on_result = g_ti.accept_when_ready = false;
            continue;
        }
        g_ti.result = std::move(r);
        g_ti.took_ms = platform::now_ms() - g_ti.asked_at;
        g_ti.recognised = true;
        g_ti.generation = ++g_recognitions;
        if (g_ti.asked_file && g_ti.result.ok()) g_ti.text = g_ti.result.decoded; // refused: nothing to edit
        if (g_ti.open_on_result) g_ti.want_open = true;
        g_ti.open_on_result = false;
    }
    return changed;
}

// For the tests: the dialog is open; what the last recognition found (counts, the kind of each of
// the first 200 lines, the responsible people named, the problems' texts and statuses, the levels
// and the one read, the corrections made); a recognition is pending.
[[maybe_unused]] static const bool kProbe = probe("textImport", [](JsonOut& o, const Doc&) {
    const TextImport& r = g_ti.result;
    const bool ok = g_ti.recognised && r.ok();
    o.begin_object().field("open", g_ti.open).field("refused", g_ti.recognised && !r.ok()).field("pending", g_ti.due_ms > 0 || g_ti.asked > 0);
    const std::pair<const char*, int> counts[] = {{"problems", r.problems}, {"measures", r.measures},
                                                  {"responsibility", r.responsibility_lines}, {"deadlines", r.deadlines},
                                                  {"unplaced", int(r.unplaced.size())}};
    for (const auto& [name, n] : counts) o.field(name, ok ? n : 0);
    // The lines' kinds and the people: found once per recognition, not every frame.
    static std::vector<std::string> lines, responsible, problems, statuses;
    static int found_generation = -1;
    if (found_generation != g_ti.generation) {
        found_generation = g_ti.generation;
        lines.clear();
        responsible.clear();
        problems.clear();
        statuses.clear();
        if (ok)
            for (const Problem& q : r.plan().problems) {
                problems.push_back(q.number + std::string(utf8_prefix_bytes(q.text, 60)));
                const Measure* m = q.measures.empty() ? nullptr : &q.measures.front();
                auto in = [&](const std::vector<Id>& ids) { return m && std::find(ids.begin(), ids.end(), m->id) != ids.end(); };
                statuses.push_back(!in(r.status_read) ? "" : std::string(status_label(m->status)) + (in(r.status_proposed) ? "?" : ""));
            }
        for (const TextSpan& s : ok ? line_spans(r) : std::vector<TextSpan>{}) {
            if (lines.size() == 200) break;
            lines.push_back(span_kind_name(s.kind));
        }
        if (ok && !r.ws.plans.empty())
            for (const Problem& q : r.plan().problems)
                for (const Measure& m : q.measures)
                    for (const Id& id : m.responsible) responsible.push_back(ref_name(r.ws, RefKind::Person, id));
    }
    o.field("lines", lines).field("responsible", responsible).field("problemTexts", problems).field("statuses", statuses);
    o.field("levels", ok ? r.levels : std::vector<std::string>{}).field("problemLevel", ok ? r.problem_level : std::string());
    o.field("corrections", int(g_ti.fix.lines.size()) + (g_ti.fix.problem_level.empty() ? 0 : 1)).end_object();
});

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_text_import_open(Doc& doc, ShellState& st);

void draw_text_import(Doc& doc, ShellState& st) {
    if (g_ti.want_open) {
        ImGui::OpenPopup("###text-import");
        g_ti.want_open = false;
        g_ti.open = true;
    }
    if (!begin_page_modal(tr_id(S::TextImportTitle, "text-import"), 0.94f, 0.9f)) {
        g_ti.open = false;
        return;
    }
    call_apart(draw_text_import_open, doc, st);
}

static void draw_text_import_open(Doc& doc, ShellState& st) {
    if (!g_ti.source.empty()) ImGui::TextDisabled("%s", g_ti.source.c_str());
    ImGui::TextWrapped("%s", tr(S::TextImportHint));
    bool close = false;
    const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2 + ImGui::GetStyle().WindowPadding.y;
    // The two panes scroll on their own and leave the buttons on screen: a table without its own
    // scrolling takes the height of what is in it, so the panes get it explicitly.
    const float panes = std::max(ImGui::GetFontSize() * 8, ImGui::GetContentRegionAvail().y - footer);
    if (ImGui::BeginTable("##ti", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::BeginChild("##ti-text", ImVec2(0, panes));
        // The source text, each line tagged in the margin with what it was taken as. It is
        // recognised again when typing pauses and when the edit ends.
        const float gutter = gutter_width();
        const ImVec2 gutter_min = ImGui::GetCursorScreenPos();
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + gutter);
        FieldOpts opts;
        opts.width = ImGui::GetContentRegionAvail().x;
        opts.min_lines = std::max(6, int(panes / ImGui::GetTextLineHeight()) - 2);
        opts.hint = tr(S::TextImportPaste);
        const ImGuiID source = ImGui::GetID("##ti-source");
        text_area("##ti-source", g_ti.text, [&doc](std::string v) {
            g_ti.text = std::move(v);
            g_ti.due_ms = 0;
            if (!known(g_ti.text)) recognise(doc, g_ti.text);
        }, opts);
        anchor("text-import-source");
        follow_typing(doc, source, st.status.now_ms);
        if (g_ti.recognised && g_ti.result.ok()) {
            layout_marks(std::max(1.0f, opts.width - ImGui::GetStyle().FramePadding.x * 2));
            draw_marks(gutter_min, gutter);
            draw_line_menu();
        }
        ImGui::EndChild();
        ImGui::TableNextColumn();
        ImGui::BeginChild("##ti-result", ImVec2(0, panes));
        if (g_ti.recognised) draw_result();
        else ImGui::TextDisabled("%s", tr(g_ti.asked > 0 && platform::module_loading() ? S::TextImportLoading : S::TextImportWaiting));
        ImGui::EndChild();
        ImGui::EndTable();
    }
    if (g_ti.again) { // a correction: the same text read again with it
        g_ti.again = false;
        g_ti.marks_generation = -1;
        recognise(doc, g_ti.result.decoded);
    }
    const bool can = g_ti.recognised && !g_ti.result.ws.plans.empty() && g_ti.result.problems > 0 && !doc.read_only;
    ImGui::BeginDisabled(!can);
    if (ImGui::Button(tr(S::TextImportAccept)) && can) {
        text_fields_commit_active(); // the text as typed, recognised, is what is imported
        g_ti.accept_when_ready = true;
    }
    if (g_ti.accept_when_ready && g_ti.asked == 0) { // the text as typed has come back recognised
        g_ti.accept_when_ready = false;
        if (CommandPtr cmd = apply_text_import(doc.ws, g_ti.result, doc.ids)) {
            const size_t before = doc.ws.plans.size();
            if (doc.execute(std::move(cmd)) && doc.ws.plans.size() > before) {
                nav_open_plan(st.nav, doc.ws.plans.back().id);
                show_notice(st, tr(S::TextImportDone), NoticeKind::Undo);
            }
        }
        close = true;
    }
    anchor("text-import-accept");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(S::Cancel)) || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !text_field_active())) close = true;
    anchor("text-import-cancel");
    if (close) {
        ImGui::CloseCurrentPopup();
        g_ti = TextImportState{};
    }
    ImGui::EndPopup();
}

} // namespace rectify::ui
