// incoming_files: see incoming_files.h.
//
// Index
//   ImportState          the open preview: the file, what preview_ledger_import found, the target
//   refuse_too_large()   a file over every reader's limit, which the page did not read
//   receive_files()      route each file by purpose and name
//   draw_rows()          the preview table (clipped: a ledger of thousands of rows is fine)
//   draw_ledger_import() the modal
#include "ui/sharing/incoming_files.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/ledger/csv.h"
#include "core/import/file_intake.h"
#include "core/format/input_limits.h"
#include "core/lookup.h"
#include "core/format/prescan.h"
#include "ui/widgets/probe.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/pickers.h"
#include "ui/sharing/office_files.h"
#include "ui/sharing/returns.h"
#include "ui/sharing/text_import_view.h"
#include "ui/strings.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

namespace {

struct ImportState {
    bool open = false, want_open = false;
    std::string file;
    ImportPreview preview;
    Id target; // the plan the rows go into
    int ok = 0, bad = 0;
};
ImportState g_import;

// What the user picked the file for (a drop: anything).
Want want_of(const platform::IncomingFile& f) {
    return f.purpose == kPickReturns ? Want::PlanFiles : f.purpose == kPickLedger ? Want::Ledger : Want::Any;
}

// The plan rows go into: the one open (editor or its ledger), else the first live plan.
Id default_target(Doc& doc, const ShellState& st) {
    if (!st.nav.plan.empty())
        if (const Plan* p = find<Plan>(doc.ws, st.nav.plan); p && alive(*p)) return p->id;
    for (const Plan& p : doc.ws.plans)
        if (alive(p)) return p.id;
    return {};
}

// 11月30日前 takes its year from the plan's own date; a plan without one, from today.
int default_year(Doc& doc, const Id& plan) {
    if (const Plan* p = find<Plan>(doc.ws, plan)) {
        if (!p->written.empty()) return p->written.y;
        if (!p->published.empty()) return p->published.y;
    }
    return doc.today.empty() ? 2026 : doc.today.y;
}

void start_import(const std::string& file, const Id& target, ImportPreview preview) {
    ImportState& I = g_import;
    I.file = file;
    I.target = target;
    I.preview = std::move(preview);
    I.ok = I.bad = 0;
    for (const ImportRow& r : I.preview.rows) (r.ok ? I.ok : I.bad)++;
    I.want_open = true;
}

// A file of another kind (a picture, an Office document, an archive): named as what it is, with
// what the app takes instead, rather than run through a reader that would call it broken text.
void refuse_other_format(ShellState& st, const platform::IncomingFile& f, const char* kind) {
    LoadError e;
    e.key = Msg::OtherFormat;
    e.detail = kind;
    const std::string why = format_error(e, language()) + tr(S::FileTakes);
    show_notice(st, trf(S::FileRefused, {{"file", f.name}, {"why", why}}), NoticeKind::Error);
}

// A file the page did not read because it is larger than any reader takes: why, with the limit of
// what it would have been (a plan file, a ledger); other kinds are not taken anyway.
void refuse_too_large(ShellState& st, const platform::IncomingFile& f) {
    const bool plan = is_plan_file(f.name, want_of(f));
    const bool ledger = is_ledger_name(f.name, want_of(f));
    if (!plan && !ledger) return show_notice(st, trf(S::FileNotTaken, {{"file", f.name}}), NoticeKind::Error);
    const std::string why = too_large_message(plan ? InputKind::PlanFile : InputKind::LedgerCsv,
                                              std::uint64_t(f.size), language());
    show_notice(st, trf(S::FileTooLarge, {{"file", f.name}, {"why", why}}), NoticeKind::Error);
}

} // namespace

void receive_files(Doc& doc, ShellState& st, std::vector<platform::IncomingFile> files) {
    files.erase(std::remove_if(files.begin(), files.end(), [&st](const platform::IncomingFile& f) {
                    if (f.too_large) refuse_too_large(st, f);
                    return f.too_large;
                }),
                files.end());
    // Plan files (returns, handed-down plans) go to the merge (returns.h) together, so that several
    // dropped at once make one roll-up; the rest are ledgers or documents, or refused one by one.
    std::vector<IncomingPlan> plans;
    for (platform::IncomingFile& f : files) {
        if (office_result_in(doc, st, f)) continue; // the office module's reading of a Word or Excel file
        if (!f.error.empty()) { // the page could not read it
            std::string why = trf(S::FileReadFailed, {{"file", f.name}, {"why", f.error}});
            if (!is_plan_file(f.name, want_of(f))) {
                show_notice(st, std::move(why), NoticeKind::Error);
                continue;
            }
            IncomingPlan p;
            p.name = f.name;
            p.error = std::move(why);
            plans.push_back(std::move(p));
            continue;
        }
        const Id target = default_target(doc, st);
        Intake in = classify_incoming(f.name, want_of(f), f.bytes, default_year(doc, target), language());
        if ((g_import.open || g_import.want_open) && (in.kind == IntakeKind::Ledger || in.kind == IntakeKind::DocumentText)) {
            // One preview at a time: the user decides on it first.
            show_notice(st, trf(S::FileImportBusy, {{"file", f.name}}), NoticeKind::Error);
            continue;
        }
        switch (in.kind) {
        case IntakeKind::PlanFile: plans.push_back(std::move(in.plan)); break;
        case IntakeKind::OtherFormat:
            if (!office_file_in(st, f, in.other)) refuse_other_format(st, f, in.other);
            break;
        case IntakeKind::NotTaken: show_notice(st, trf(S::FileNotTaken, {{"file", f.name}}), NoticeKind::Error); break;
        case IntakeKind::DocumentText: open_text_import_file(doc, f.bytes, f.name); break; // says so when not text
        case IntakeKind::Ledger: start_import(f.name, target, std::move(in.ledger)); break;
        }
    }
    if (!plans.empty()) receive_plan_files(st, std::move(plans));
}

void open_ledger_grid(Doc& doc, ShellState& st, const std::string& name, const std::string& purpose, Grid grid) {
    if (g_import.open || g_import.want_open) {
        show_notice(st, trf(S::FileImportBusy, {{"file", name}}), NoticeKind::Error);
        return;
    }
    (void)purpose;
    // The first visible sheet, as the CSV reader takes it.
    std::string csv;
    for (const GridSheet& sheet : grid.sheets) {
        if (sheet.hidden) continue;
        for (const auto& row : sheet.rows) {
            for (size_t c = 0; c < row.size(); c++) {
                csv += c ? ",\"" : "\"";
                for (char ch : row[c].text) csv += ch == '"' ? std::string("\"\"") : std::string(1, ch);
                csv += '"';
            }
            csv += "\r\n";
        }
        break;
    }
    const Id target = default_target(doc, st);
    start_import(name, target, preview_ledger_import(csv, default_year(doc, target)));
}

// For the tests: the preview is open, and how many rows can be imported / are bad.
[[maybe_unused]] static const bool kProbe = probe("import", [](JsonOut& o, const Doc&) {
    o.begin_object().field("open", g_import.open).field("ok", g_import.ok).field("bad", g_import.bad).end_object();
});

static void draw_rows(const Doc& doc) {
    const ImportPreview& pv = g_import.preview;
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable;
    const float em = ImGui::GetFontSize();
    if (!ImGui::BeginTable("##import-rows", 9, flags, ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.6f))) return;
    const S heads[] = {S::ImportLine, S::ImportResult, S::FieldCode, S::FieldProblemText, S::FieldMeasureTitle,
                       S::FieldLead, S::FieldResponsible, S::FieldDeadline, S::FieldStatus};
    const float widths[] = {3, 10, 8, 12, 14, 8, 6, 8, 5};
    for (int c = 0; c < 9; c++) ImGui::TableSetupColumn(tr(heads[c]), ImGuiTableColumnFlags_WidthFixed, em * widths[c]);
    ImGui::TableSetupScrollFreeze(2, 1);
    ImGui::TableHeadersRow();
    const ImU32 red = ImGui::GetColorU32(theme_colors().error), green = ImGui::GetColorU32(theme_colors().ok);
    const ImU32 text_colour = ImGui::GetColorU32(ImGuiCol_Text);
    // Rows of kLines lines (the clipper needs one height): long texts wrap, the rest on hover.
    constexpr int kLines = 2;
    const float row_h = ImGui::GetTextLineHeight() * kLines;
    auto cell = [](const std::string& text, ImU32 colour) {
        clamped_text(text.c_str(), text.c_str() + text.size(), ImGui::GetContentRegionAvail().x, kLines, colour);
    };
    ImGuiListClipper clipper;
    clipper.Begin(int(pv.rows.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
            const ImportRow& r = pv.rows[size_t(i)];
            ImGui::TableNextRow(0, row_h);
            ImGui::PushID(i);
            ImGui::TableNextColumn();
            ImGui::Text("%d", r.line);
            ImGui::TableNextColumn();
            if (r.ok) cell(tr(S::ImportRowOk), green);
            else cell(language() == Lang::Zh ? r.error_zh : r.error_en, red);
            anchor_n("import-result", i);
            const std::string dl = deadline_text(r.deadline);
            for (const std::string* text : {&r.problem_code, &r.problem_text, &r.measure_title, &r.departments, &r.people, &dl}) {
                ImGui::TableNextColumn();
                cell(*text, text_colour);
            }
            ImGui::TableNextColumn();
            if (r.ok) ImGui::TextUnformatted(status_label(r.status));
            ImGui::PopID();
        }
    ImGui::EndTable();
    (void)doc;
}

void draw_ledger_import(Doc& doc, ShellState& st) {
    ImportState& I = g_import;
    if (I.want_open) {
        ImGui::OpenPopup("###ledger-import");
        I.want_open = false;
        I.open = true;
    }
    if (!begin_page_modal(tr_id(S::ImportLedger, "ledger-import"), 0.9f, 0.8f)) {
        I.open = false;
        return;
    }
    const ImportPreview& pv = I.preview;
    ImGui::TextUnformatted(I.file.c_str());
    if (!pv.encoding.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("(%s)", pv.encoding.c_str());
    }
    bool close = false;
    if (!pv.ok()) {
        // The whole file is unusable: say why; nothing can be imported.
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(theme_colors().error, "%s",
                           language() == Lang::Zh ? pv.error_zh.c_str() : pv.error_en.c_str());
        ImGui::PopTextWrapPos();
        anchor("import-error");
    } else {
        ImGui::TextUnformatted(trf(S::ImportSummary, {{"rows", pv.rows.size()}, {"ok", I.ok}, {"bad", I.bad}}).c_str());
        anchor("import-summary");
        if (!pv.unknown_headers.empty()) {
            std::string names;
            for (const std::string& h : pv.unknown_headers) names += (names.empty() ? "" : language() == Lang::Zh ? "、" : ", ") + h;
            ImGui::TextDisabled("%s", trf(S::ImportIgnoredColumns, {{"columns", names}}).c_str());
        }
        // The target plan: the open one by default; any live plan may be chosen.
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(S::ImportInto));
        ImGui::SameLine();
        const Plan* target = find<Plan>(doc.ws, I.target);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
        if (ImGui::BeginCombo("##import-target", target ? target->title.c_str() : tr(S::Nothing))) {
            for (const Plan& p : doc.ws.plans)
                if (alive(p) && ImGui::Selectable(p.title.c_str(), p.id == I.target)) I.target = p.id;
            ImGui::EndCombo();
        }
        anchor("import-target");
        draw_rows(doc);
    }
    const Plan* target = find<Plan>(doc.ws, I.target);
    const bool can = pv.ok() && I.ok > 0 && target && alive(*target) && !doc.read_only;
    ImGui::BeginDisabled(!can);
    if (ImGui::Button(trf(S::ImportAccept, {{"n", I.ok}}).c_str()) && can) {
        const int n = I.ok;
        if (CommandPtr cmd = apply_ledger_import(doc.ws, *target, pv, doc.ids); cmd && doc.execute(std::move(cmd)))
            show_notice(st, trf(S::ImportedNotice, {{"n", n}}), NoticeKind::Undo);
        close = true;
    }
    anchor("import-accept");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(S::Cancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) close = true;
    anchor("import-cancel");
    if (close) {
        ImGui::CloseCurrentPopup();
        I = ImportState{};
    }
    ImGui::EndPopup();
}

} // namespace rectify::ui
