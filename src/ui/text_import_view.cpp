// text_import_view: see text_import_view.h.
//
// Index
//   TextImportState   the text, the last recognition and its options
//   recognise()       core import_text over the text as it is now
//   draw_marked()     the text line by line, coloured by what each line was recognised as
//   draw_result()     the plan it makes: header, problems, measures with who and by when
//   draw_text_import()
#include "ui/text_import_view.h"

#include <imgui.h>

#include <algorithm>

#include "core/text_import.h"
#include "ui/anchor.h"
#include "ui/modal.h"
#include "ui/pickers.h"
#include "ui/strings.h"
#include "ui/text_field.h"
#include "ui/theme.h"

namespace rectify::ui {

namespace {

struct TextImportState {
    bool open = false, want_open = false;
    std::string text, source;
    TextImport result;
    bool recognised = false;
};
TextImportState g_ti;

ImportTextOptions options(Doc& doc) {
    ImportTextOptions opts;
    opts.default_year = doc.today.empty() ? 0 : doc.today.y;
    opts.office_code = doc.ws.office.code;
    opts.now_ms = doc.history.now();
    return opts;
}

void recognise(Doc& doc) {
    g_ti.result = import_text(g_ti.text, options(doc));
    g_ti.recognised = true;
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

// One row per line span (the spans inside a line, a code or a deadline, colour nothing extra).
void draw_marked() {
    const TextImport& r = g_ti.result;
    std::vector<const TextSpan*> lines;
    size_t covered = 0;
    for (const TextSpan& s : r.spans)
        if (s.begin >= covered || lines.empty()) {
            lines.push_back(&s);
            covered = s.end;
        }
    ImGuiListClipper clipper;
    clipper.Begin(int(lines.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
            const TextSpan& s = *lines[size_t(i)];
            ImGui::PushStyleColor(ImGuiCol_Text, kind_colour(s.kind));
            ImGui::TextDisabled("%-6s", span_kind_name(s.kind));
            ImGui::SameLine(ImGui::GetFontSize() * 7);
            const char* b = r.decoded.data() + std::min(s.begin, r.decoded.size());
            const char* e = r.decoded.data() + std::min(s.end, r.decoded.size());
            ImGui::TextUnformatted(b, e);
            ImGui::PopStyleColor();
        }
}

void names(const Workspace& ws, RefKind kind, const std::vector<Id>& ids, std::string& out) {
    for (const Id& id : ids) out += (out.empty() ? "" : "、") + ref_name(ws, kind, id);
}

void draw_result() {
    const TextImport& r = g_ti.result;
    if (!r.ok()) { // too large, or not text: say why, in the error colour
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ImVec4(0.80f, 0.10f, 0.10f, 1), "%s", language() == Lang::Zh ? r.error_zh.c_str() : r.error_en.c_str());
        ImGui::PopTextWrapPos();
        anchor("text-import-refused");
        return;
    }
    if (r.ws.plans.empty()) {
        ImGui::TextDisabled("%s", tr(S::TextImportNothing));
        return;
    }
    const Plan& p = r.plan();
    ImGui::TextWrapped("%s", p.title.c_str());
    ImGui::TextDisabled("%s  %s  %s", p.issuer.c_str(), p.doc_number.c_str(), date_text(p.written).c_str());
    ImGui::Text(tr(S::TextImportCounts), r.problems, r.measures, r.responsibility_lines, r.deadlines);
    anchor("text-import-counts");
    for (const std::string& n : r.notes) ImGui::TextColored(ImVec4(0.72f, 0.45f, 0.0f, 1), "%s", n.c_str());
    if (!r.unplaced.empty()) {
        ImGui::SeparatorText(trf(S::TextImportUnplaced, int(r.unplaced.size())).c_str());
        for (const std::string& line : r.unplaced) ImGui::TextColored(theme_colors().error, "%s", line.c_str());
        anchor("text-import-unplaced");
    }
    ImGui::Separator();
    for (const Problem& q : p.problems) {
        ImGui::PushID(q.id.c_str());
        const std::string head = q.number + " " + q.text + (q.code.empty() ? "" : "（" + q.code + "）");
        if (ImGui::TreeNodeEx(head.c_str(), ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth)) {
            for (const Measure& m : q.measures) {
                ImGui::BulletText("%s", m.title.c_str());
                std::string who;
                names(r.ws, RefKind::Department, m.lead_departments, who);
                names(r.ws, RefKind::Department, m.support_departments, who);
                std::string leaders;
                names(r.ws, RefKind::Person, m.leaders, leaders);
                ImGui::Indent();
                for (const std::string& step : m.steps) ImGui::TextWrapped("· %s", step.c_str());
                ImGui::TextDisabled("%s %s  %s %s  %s %s", tr(S::FieldLead), who.c_str(), tr(S::FieldLeaders), leaders.c_str(),
                                    tr(S::FieldDeadline), deadline_text(m.deadline).c_str());
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
    g_ti.want_open = true;
    g_ti.text = std::move(text);
    g_ti.source = std::move(source);
    if (!g_ti.text.empty()) recognise(doc);
}

void open_text_import_file(Doc& doc, std::string_view bytes, std::string source) {
    open_text_import(doc, {}, std::move(source));
    g_ti.result = import_text_file(bytes, options(doc));
    g_ti.recognised = true;
    if (g_ti.result.ok()) g_ti.text = g_ti.result.decoded; // refused: nothing to edit
}

TextImportInfo text_import_info() {
    TextImportInfo info;
    info.open = g_ti.open;
    if (!g_ti.recognised) return info;
    const TextImport& r = g_ti.result;
    info.refused = !r.ok();
    info.problems = r.problems;
    info.measures = r.measures;
    info.responsibility = r.responsibility_lines;
    info.deadlines = r.deadlines;
    info.unplaced = int(r.unplaced.size());
    if (!r.ws.plans.empty()) info.title = r.plan().title;
    return info;
}

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
        // The source text: paste here; a change is recognised again at once (a click outside,
        // Tab or Ctrl+Enter ends the edit), so corrections show in the result beside it.
        FieldOpts opts;
        opts.min_lines = g_ti.recognised ? 6 : 18;
        opts.hint = tr(S::TextImportPaste);
        text_area("##ti-source", g_ti.text, [&doc](std::string v) {
            g_ti.text = std::move(v);
            recognise(doc);
        }, opts);
        anchor("text-import-source");
        if (g_ti.recognised) {
            ImGui::SeparatorText(tr(S::TextImportMarked));
            draw_marked();
        }
        ImGui::EndChild();
        ImGui::TableNextColumn();
        ImGui::BeginChild("##ti-result", ImVec2(0, panes));
        if (g_ti.recognised) draw_result();
        else ImGui::TextDisabled("%s", tr(S::TextImportWaiting));
        ImGui::EndChild();
        ImGui::EndTable();
    }
    const bool can = g_ti.recognised && !g_ti.result.ws.plans.empty() && !doc.read_only;
    ImGui::BeginDisabled(!can);
    if (ImGui::Button(tr(S::TextImportAccept)) && can) {
        if (CommandPtr cmd = apply_text_import(doc.ws, g_ti.result, doc.ids)) {
            const size_t before = doc.ws.plans.size();
            if (doc.execute(std::move(cmd)) && doc.ws.plans.size() > before) {
                nav_open_plan(st.nav, doc.ws.plans.back().id);
                show_notice(st, S::TextImportDone, NoticeKind::Undo);
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
