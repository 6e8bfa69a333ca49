// ledger_import_view: see ledger_import_view.h.
//
// Index
//   ImportState            the open preview: the file's grid, the sheet and mapping, the target
//   reread()               the preview read again after the user changed the sheet, a column, the target
//   probes                 "import" (open, ok, bad) and "ledgerImport" (what the preview read)
//   draw_source()          the sheet combo, the title and header found, a combo per source column
//   draw_target()          新建方案 or an existing plan
//   draw_rows()            the preview table (clipped: a ledger of thousands of rows is fine)
//   draw_ledger_import()   the modal
#include "ui/sharing/ledger_import_view.h"

#include <imgui.h>

#include <algorithm>

#include "core/format/input_limits.h"
#include "core/ledger/csv.h"
#include "core/ledger/ledger_form.h"
#include "core/lookup.h"
#include "ui/sharing/incoming_files.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/pickers.h"
#include "ui/widgets/probe.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

namespace {

struct ImportState {
    bool open = false, want_open = false;
    std::string file;
    Grid grid;             // the file's cells, read once
    std::string workbook;  // an .xlsx file itself: the plan keeps it as its form (按原表导出)
    std::string encoding;  // what decode_text found
    ImportPreview preview; // read from the grid with the sheet and mapping below
    Id target;             // the plan the rows go into; empty: a new plan
    int year = 0;          // of deadlines that name none
    int ok = 0, bad = 0;
};
ImportState g_import;

void count_rows(ImportState& I) {
    I.ok = I.bad = 0;
    for (const ImportRow& r : I.preview.rows) (r.ok ? I.ok : I.bad)++;
}

// The preview again, from the grid: another sheet (its own guessed mapping), another mapping.
void reread(ImportState& I, int sheet, const std::vector<LedgerField>* mapping) {
    I.preview = preview_ledger_grid(I.grid, sheet, mapping, I.year);
    I.preview.encoding = I.encoding;
    count_rows(I);
}

const std::string& in_language(const std::string& zh, const std::string& en) { return language() == Lang::Zh ? zh : en; }

} // namespace

// ---- opening -----------------------------------------------------------------------------------------

Id ledger_import_target(Doc& doc, const ShellState& st) {
    if (!st.nav.plan.empty())
        if (const Plan* p = find<Plan>(doc.ws, st.nav.plan); p && alive(*p)) return p->id;
    return {};
}

int ledger_import_year(Doc& doc, const Id& plan) {
    if (const Plan* p = plan.empty() ? nullptr : find<Plan>(doc.ws, plan)) {
        if (!p->written.empty()) return p->written.y;
        if (!p->published.empty()) return p->published.y;
    }
    return doc.today.empty() ? 2026 : doc.today.y;
}

void start_ledger_import(const std::string& file, const Id& target, Intake in) {
    ImportState& I = g_import;
    I = ImportState{};
    I.file = file;
    I.target = target;
    I.grid = std::move(in.grid);
    I.workbook = std::move(in.workbook);
    I.encoding = in.ledger.encoding;
    I.preview = std::move(in.ledger);
    I.year = 0; // set on the first frame, from the target (the intake read with the same year)
    count_rows(I);
    I.want_open = true;
}

bool ledger_import_busy() { return g_import.open || g_import.want_open; }

// ---- probes ----------------------------------------------------------------------------------------

// For the tests: the preview is open, and how many rows can be imported / are bad.
[[maybe_unused]] static const bool kProbe = probe("import", [](JsonOut& o, const Doc&) {
    o.begin_object().field("open", g_import.open).field("ok", g_import.ok).field("bad", g_import.bad).end_object();
});

// …and what it read: the sheet, the title and header found, each column's header and field, the
// target ("" a new plan), and each row (its line, whether it is imported, the line it continues).
[[maybe_unused]] static const bool kReadProbe = probe("ledgerImport", [](JsonOut& o, const Doc&) {
    const ImportState& I = g_import;
    const ImportPreview& p = I.preview;
    o.begin_object().field("open", I.open).field("sheet", p.sheet).field("sheets", int(p.sheet_names.size()));
    o.field("title", p.title).field("headerLine", p.header_line).field("headerRows", p.header_rows);
    o.field("hidden", p.hidden_rows).field("target", I.target).field("error", p.error_en);
    o.key("headers").begin_array();
    for (const std::string& h : p.headers) o.value(h);
    o.end_array().key("mapping").begin_array();
    for (LedgerField f : p.mapping) o.value(ledger_field_key(f));
    o.end_array().key("rows").begin_array();
    for (const ImportRow& r : p.rows)
        o.begin_object().field("line", r.line).field("ok", r.ok).field("continues", r.continues_line).end_object();
    o.end_array().end_object();
});

// ---- the source: sheet, title, header, columns -------------------------------------------------------

static void draw_source(ImportState& I) {
    const ImportPreview& pv = I.preview;
    if (pv.sheet_names.size() > 1) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(S::ImportSheet));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
        const std::string& now = pv.sheet_names[size_t(pv.sheet)];
        int chosen = -1;
        if (ImGui::BeginCombo("##import-sheet", now.c_str())) {
            for (size_t i = 0; i < pv.sheet_names.size(); i++) {
                const std::string label = pv.sheet_names[i] + "##import-sheet-" + std::to_string(i);
                if (ImGui::Selectable(label.c_str(), int(i) == pv.sheet)) chosen = int(i);
            }
            ImGui::EndCombo();
        }
        anchor("import-sheet");
        if (chosen >= 0 && chosen != pv.sheet) reread(I, chosen, nullptr);
    }
    if (!pv.title.empty()) {
        ImGui::TextUnformatted(trf(S::ImportTitleFound, {{"title", pv.title}, {"line", pv.title_line}}).c_str());
        anchor("import-title");
    }
    if (pv.header_line > 0) {
        const std::string header = pv.header_rows == 2
                                       ? trf(S::ImportHeaderTwoRows, {{"line", pv.header_line}, {"next", pv.header_line + 1}})
                                       : trf(S::ImportHeaderFound, {{"line", pv.header_line}});
        ImGui::TextUnformatted(header.c_str());
        anchor("import-header");
    }
    if (pv.hidden_rows > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", trf(S::ImportHiddenRows, {{"n", pv.hidden_rows}}).c_str());
    }
    if (pv.headers.empty()) return;
    ImGui::TextUnformatted(tr(S::ImportColumns));
    const float em = ImGui::GetFontSize();
    const int n = int(pv.headers.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
    const float height = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ScrollbarSize + 8;
    if (!ImGui::BeginTable("##import-map", n, flags, ImVec2(0, height))) return;
    // As wide as fits (a ledger of up to eight or so columns is seen whole), never under 6 em.
    const float width = std::max(em * 6, ImGui::GetContentRegionAvail().x / float(n) - ImGui::GetStyle().CellPadding.x * 2 - 1);
    for (int c = 0; c < n; c++) ImGui::TableSetupColumn(nullptr, ImGuiTableColumnFlags_WidthFixed, width);
    std::vector<LedgerField> mapping = pv.mapping;
    bool changed = false;
    ImGui::TableNextRow();
    for (int c = 0; c < n; c++) {
        ImGui::TableNextColumn();
        const std::string head = ledger_column_letter(size_t(c)) + " " + pv.headers[size_t(c)];
        clamped_text(head.c_str(), head.c_str() + head.size(), ImGui::GetContentRegionAvail().x, 1,
                     ImGui::GetColorU32(ImGuiCol_TextDisabled));
    }
    ImGui::TableNextRow();
    for (int c = 0; c < n; c++) {
        ImGui::TableNextColumn();
        ImGui::PushID(c);
        ImGui::SetNextItemWidth(-1);
        const std::string id = "##import-map-" + std::to_string(c);
        // Every field in view at once: thirteen, more than a combo shows by default.
        if (ImGui::BeginCombo(id.c_str(), ledger_field_name(mapping[size_t(c)], language()), ImGuiComboFlags_HeightLargest)) {
            for (int f = 0; f < kLedgerFields; f++) {
                const std::string label = std::string(ledger_field_name(LedgerField(f), language())) + "##map-field-" + ledger_field_key(LedgerField(f));
                if (ImGui::Selectable(label.c_str(), mapping[size_t(c)] == LedgerField(f))) {
                    changed |= mapping[size_t(c)] != LedgerField(f);
                    mapping[size_t(c)] = LedgerField(f);
                }
            }
            ImGui::EndCombo();
        }
        anchor_n("import-map", c);
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (changed) reread(I, pv.sheet, &mapping);
}

// ---- the target --------------------------------------------------------------------------------------

static void draw_target(Doc& doc, ImportState& I) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::ImportInto));
    ImGui::SameLine();
    const Plan* target = I.target.empty() ? nullptr : find<Plan>(doc.ws, I.target);
    const std::string new_plan = trf(S::ImportNewPlan, {{"title", ledger_plan_title(I.preview, I.file)}});
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
    Id chosen = I.target;
    if (ImGui::BeginCombo("##import-target", target ? target->title.c_str() : new_plan.c_str())) {
        if (ImGui::Selectable((new_plan + "##import-new-plan").c_str(), I.target.empty())) chosen.clear();
        for (const Plan& p : doc.ws.plans)
            if (alive(p) && ImGui::Selectable((p.title + "##import-plan-" + p.id).c_str(), p.id == I.target)) chosen = p.id;
        ImGui::EndCombo();
    }
    anchor("import-target");
    if (chosen != I.target) { // the year of deadlines that name none is the target's
        I.target = chosen;
        I.year = ledger_import_year(doc, I.target);
        reread(I, I.preview.sheet, &I.preview.mapping);
    }
}

// ---- the rows ----------------------------------------------------------------------------------------

static void draw_rows() {
    const ImportPreview& pv = g_import.preview;
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable;
    const float em = ImGui::GetFontSize();
    constexpr int kColumns = 10;
    if (!ImGui::BeginTable("##import-rows", kColumns, flags, ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.6f))) return;
    const S heads[kColumns] = {S::ImportLine, S::ImportResult, S::FieldCode, S::FieldProblemText, S::FieldMeasureTitle,
                               S::FieldLead, S::FieldResponsible, S::FieldDeadline, S::FieldStatus, S::ProgressLog};
    const float widths[kColumns] = {3, 12, 8, 12, 14, 8, 6, 8, 5, 12};
    for (int c = 0; c < kColumns; c++) ImGui::TableSetupColumn(tr(heads[c]), ImGuiTableColumnFlags_WidthFixed, em * widths[c]);
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
            const std::string& info = in_language(r.info_zh, r.info_en);
            if (!r.ok) cell(in_language(r.error_zh, r.error_en), red);
            else cell(info.empty() ? std::string(tr(S::ImportRowOk)) : trf(S::ImportRowInfo, {{"info", info}}), green);
            anchor_n("import-result", i);
            const std::string dl = deadline_text(r.deadline);
            for (const std::string* text : {&r.problem_code, &r.problem_text, &r.measure_title, &r.departments, &r.people, &dl}) {
                ImGui::TableNextColumn();
                cell(*text, text_colour);
            }
            ImGui::TableNextColumn();
            if (r.ok) ImGui::TextUnformatted(status_label(r.status));
            ImGui::TableNextColumn();
            cell(r.progress, text_colour);
            ImGui::PopID();
        }
    ImGui::EndTable();
}

// ---- the modal ---------------------------------------------------------------------------------------

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_ledger_import_open(Doc& doc, ShellState& st);

void draw_ledger_import(Doc& doc, ShellState& st) {
    ImportState& I = g_import;
    if (I.want_open) {
        ImGui::OpenPopup("###ledger-import");
        I.want_open = false;
        I.open = true;
        I.year = ledger_import_year(doc, I.target);
    }
    if (!begin_page_modal(tr_id(S::ImportLedger, "ledger-import"), 0.9f, 0.85f)) {
        I.open = false;
        return;
    }
    call_apart(draw_ledger_import_open, doc, st);
}

static void draw_ledger_import_open(Doc& doc, ShellState& st) {
    ImportState& I = g_import;
    if (!I.target.empty()) // the plan chosen was deleted meanwhile (another tab, undo): a new plan then
        if (const Plan* p = find<Plan>(doc.ws, I.target); !p || !alive(*p)) I.target.clear();
    const ImportPreview& pv = I.preview;
    ImGui::TextUnformatted(I.file.c_str());
    if (!I.encoding.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("(%s)", I.encoding.c_str());
    }
    bool close = false;
    draw_source(I); // before the error: a sheet without a measure column is put right here
    if (!pv.ok()) {
        // The whole file (or sheet, or mapping) is unusable: say why; nothing can be imported.
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(theme_colors().error, "%s", in_language(pv.error_zh, pv.error_en).c_str());
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
        if (I.workbook.size() > kMaxFormBytes) // said before 导入: 按原表导出 will not be there
            ImGui::TextDisabled("%s", trf(S::ImportFormTooLarge, {{"size", megabytes_text(I.workbook.size())}, {"limit", megabytes_text(kMaxFormBytes)}}).c_str());
        draw_target(doc, I);
        draw_rows();
    }
    const bool can = I.preview.ok() && I.ok > 0 && !doc.read_only;
    ImGui::BeginDisabled(!can);
    if (ImGui::Button(trf(S::ImportAccept, {{"n", I.ok}}).c_str()) && can) {
        const int n = I.ok;
        const std::string title = ledger_plan_title(I.preview, I.file);
        LedgerTarget target(I.target, title, doc.today);
        if (!I.workbook.empty()) target.form = ledger_form_of(I.file, I.workbook, I.preview);
        if (CommandPtr cmd = apply_ledger_import(doc.ws, target, I.preview, doc.ids); cmd && doc.execute(std::move(cmd)))
            show_notice(st, I.target.empty() ? trf(S::ImportedNewPlan, {{"n", n}, {"title", title}}) : trf(S::ImportedNotice, {{"n", n}}),
                        NoticeKind::Undo);
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
