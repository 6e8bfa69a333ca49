// plan_editor: the frame of the plan view: back to home, the plan's title and headline counts,
// the find bar, and the tabs. The problems tab is a resizable split: outline left, details right.
#include "ui/plan/plan_editor.h"

#include <imgui.h>

#include <algorithm>

#include "core/file_name.h"
#include "core/lookup.h"
#include "core/evidence_files.h"
#include "core/report/evidence_archive.h"
#include "core/report/report.h"
#include "platform/evidence.h"
#include "ui/widgets/anchor.h"
#include "ui/layout.h"
#include "ui/plan/plan_parts.h"
#include "ui/sharing/returns.h"
#include "ui/strings.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

// The 报告 menu: the progress report and the public notice, printable or copied as text, and
// 一问题一档案.
void draw_report_menu(Doc& doc, ShellState& st, const Plan& plan) {
    if (ImGui::Button(tr(S::Report))) ImGui::OpenPopup("report-menu");
    anchor("report");
    if (!ImGui::BeginPopup("report-menu")) return;
    ReportOptions opts;
    opts.today = doc.today;
    opts.lang = language();
    auto notice = [&] {
        ReportOptions o = opts;
        o.public_notice = true;
        o.names = doc.notice_names;
        return o;
    };
    if (ImGui::MenuItem(tr(S::ReportPrint))) {
        st.requests.open_document = progress_report_html(doc.ws, plan, opts);
        st.requests.document_name = safe_file_name(plan.title + "-整改情况报告", ".html");
    }
    anchor("report-print");
    if (ImGui::MenuItem(tr(S::NoticePrint))) {
        st.requests.open_document = progress_report_html(doc.ws, plan, notice());
        st.requests.document_name = safe_file_name(plan.title + "-公示", ".html");
    }
    anchor("notice-print");
    // Word: to be signed and stamped (GB/T 9704 layout, real styles and numbering), and the pages
    // below: made by the office module (core/report/report_wire.h), not in the startup download.
    auto ask = [&](ReportFile kind, ReportOptions o, std::string name) {
        st.requests.report = ReportRequest{};
        st.requests.report.kind = kind;
        st.requests.report.plan = plan.id;
        st.requests.report.options = std::move(o);
        st.requests.report_name = std::move(name);
    };
    if (ImGui::MenuItem(tr(S::ReportWord))) ask(ReportFile::Docx, opts, safe_file_name(plan.title + "-整改情况报告", ".docx"));
    anchor("report-docx");
    if (ImGui::MenuItem(tr(S::NoticeWord))) ask(ReportFile::Docx, notice(), safe_file_name(plan.title + "-公示", ".docx"));
    anchor("notice-docx");
    // 一问题一档案: a folder per problem with its evidence files and an index page, streamed
    // from the store one file at a time (platform/zip_stream.h, via the app's requests).
    if (ImGui::MenuItem(tr(S::ReportArchive))) {
        ask(ReportFile::Archive, opts, archive_zip_name(plan, opts.lang));
        // A file this browser lacks (a plan merged without its package) is noted on the index
        // page as missing rather than refusing the whole archive.
        if (platform::store_state() == platform::StoreState::Ready) {
            st.requests.report.store_known = true;
            for (const auto& [sha, file] : referenced_files(plan))
                if (!platform::has_file(sha)) st.requests.report.unavailable.push_back(sha);
        }
    }
    anchor("report-archive");
    // 对账销号单 of every problem, a page each (core/report/closing_sheet.h).
    if (ImGui::MenuItem(tr(S::SheetPrintAll)))
        ask(ReportFile::ClosingSheet, opts, safe_file_name(plan.title + "-对账销号单", ".html"));
    anchor("sheet-print-all");
    ImGui::Separator();
    if (ImGui::MenuItem(tr(S::ReportCopy))) {
        ImGui::SetClipboardText(progress_report(doc.ws, plan, opts).c_str());
        show_notice(st, tr(S::CopiedNotice));
    }
    anchor("report-copy");
    if (ImGui::MenuItem(tr(S::NoticeCopy))) {
        ImGui::SetClipboardText(progress_report(doc.ws, plan, notice()).c_str());
        show_notice(st, tr(S::CopiedNotice));
    }
    anchor("notice-copy");
    ImGui::Separator();
    ImGui::MenuItem(tr(S::NoticeNames), nullptr, &doc.notice_names);
    anchor("notice-names");
    ImGui::EndPopup();
}

static void draw_problems_tab(Doc& doc, ShellState& st, Plan& plan) {
    Nav& nav = st.nav;
    if (!ImGui::BeginTable("split", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV, ImVec2(0, ImGui::GetContentRegionAvail().y)))
        return;
    ImGui::TableSetupColumn("outline", ImGuiTableColumnFlags_WidthStretch, 0.42f);
    ImGui::TableSetupColumn("detail", ImGuiTableColumnFlags_WidthStretch, 0.58f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::BeginChild("##outline", ImVec2(0, 0));
    draw_outline(doc, st, plan);
    ImGui::EndChild();
    ImGui::TableNextColumn();
    ImGui::BeginChild("##detail", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    Problem* problem = nullptr;
    for (Problem& p : plan.problems)
        if (p.id == nav.problem && alive(p)) problem = &p;
    Measure* measure = nullptr;
    if (problem)
        for (Measure& m : problem->measures)
            if (m.id == nav.measure && alive(m)) measure = &m;
    if (measure) draw_measure_detail(doc, st, plan, *problem, *measure);
    else if (problem) draw_problem_detail(doc, st, plan, *problem);
    else ImGui::TextDisabled("%s", tr(S::SelectHint));
    ImGui::EndChild();
    ImGui::EndTable();
}

void draw_plan_editor(Doc& doc, ShellState& st) {
    Plan* plan = find<Plan>(doc.ws, st.nav.plan);
    if (!plan || !alive(*plan)) {
        st.nav.view = View::Home;
        return;
    }
    if (ImGui::Button(tr(S::BackHome))) st.nav.view = View::Home;
    anchor("back-home");
    ImGui::SameLine();
    // The title between 首页 and the buttons on the right: wrapped onto a second line when long
    // (the rest on hover), never under the buttons. Narrower than that, the buttons go below it.
    const ImGuiStyle& style = ImGui::GetStyle();
    float buttons_w = style.ItemSpacing.x * 3;
    for (S b : {S::Ledger, S::Report, S::ExportPlan, S::Find}) buttons_w += button_width(tr(b));
    const float line_y = ImGui::GetCursorPosY(), frame_h = ImGui::GetFrameHeight();
    const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    const float title_w = std::max(ImGui::GetContentRegionAvail().x - buttons_w - style.ItemSpacing.x, ImGui::GetFontSize() * 8);
    ImGui::PushFont(nullptr, style.FontSizeBase * 1.25f);
    ImGui::SetCursorPosY(line_y + std::max(0.0f, (frame_h - ImGui::GetTextLineHeight()) * 0.5f)); // centred on 首页's line
    clamped_text(plan->title.c_str(), plan->title.c_str() + plan->title.size(), title_w, 2, ImGui::GetColorU32(ImGuiCol_Text), "plan-title");
    ImGui::PopFont();
    if (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + style.ItemSpacing.x + buttons_w <= right + 0.5f) {
        ImGui::SameLine();
        ImGui::SetCursorPos(ImVec2(right - buttons_w, line_y)); // on the title's first line, at the right
    } else {
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - buttons_w)); // below it, still at the right
    }
    if (ImGui::Button(tr(S::Ledger))) st.nav.view = View::Ledger; // this plan's ledger
    anchor("open-ledger");
    ImGui::SameLine();
    draw_report_menu(doc, st, *plan);
    ImGui::SameLine();
    draw_export_menu(doc, st, *plan);
    ImGui::SameLine();
    if (ImGui::Button(tr(S::Find))) open_find();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+F");
    if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_F, ImGuiInputFlags_RouteGlobal | ImGuiInputFlags_RouteOverActive)) open_find();
    draw_find_bar(doc, st, *plan);

    static const S tabs[] = {S::TabProblems, S::TabHeader, S::TabPhases, S::TabSections, S::TabGroup, S::TabTimeline};
    static const char* ids[] = {"problems", "header", "phases", "sections", "group", "timeline"};
    static PlanTab shown = PlanTab::Count; // the tab ImGui shows; nav.tab may ask for another
    // A tab asked for by nav (find, a reload) wins until ImGui shows it; otherwise a click decides.
    const bool requesting = st.nav.tab != shown;
    if (ImGui::BeginTabBar("##plan-tabs")) {
        for (int i = 0; i < int(PlanTab::Count); i++) {
            const bool want = st.nav.tab == PlanTab(i) && shown != PlanTab(i);
            const bool open = ImGui::BeginTabItem(tr_id(tabs[i], ids[i]).c_str(), nullptr, want ? ImGuiTabItemFlags_SetSelected : 0);
            char name[32];
            std::snprintf(name, sizeof name, "tab-%s", ids[i]);
            anchor(name);
            if (!open) continue;
            if (!requesting || st.nav.tab == PlanTab(i)) st.nav.tab = PlanTab(i);
            shown = PlanTab(i);
            ImGui::BeginChild("##tab", ImVec2(0, 0), 0, i == 0 ? 0 : ImGuiWindowFlags_None);
            switch (PlanTab(i)) {
            case PlanTab::Problems: draw_problems_tab(doc, st, *plan); break;
            case PlanTab::Header: draw_header_tab(doc, *plan); break;
            case PlanTab::Phases: draw_phases_tab(doc, *plan); break;
            case PlanTab::Sections: draw_sections_tab(doc, *plan); break;
            case PlanTab::Group: draw_group_tab(doc, *plan); break;
            case PlanTab::Timeline: draw_timeline_tab(doc, *plan); break;
            case PlanTab::Count: break;
            }
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
}

} // namespace rectify::ui
