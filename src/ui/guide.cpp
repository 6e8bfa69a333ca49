// guide: see guide.h.
//
// Index
//   kSections          the guide's sections: title, anchor, paragraphs
//   draw_guide()       contents on the left, the sections scrolling on the right
//   empty states       home, a plan's outline, the ledger, the returns
#include "ui/guide.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <iterator>

#include "ui/widgets/anchor.h"
#include "ui/strings.h"
#include "ui/sharing/text_import_view.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

namespace {

struct Section {
    S title;
    const char* anchor;
    S paragraphs[4];
    int count;
};

constexpr Section kSections[] = {
    {S::GuidePlanTitle, "guide-plan", {S::GuidePlan1, S::GuidePlan2, S::GuidePlan3, S::GuidePlan4}, 4},
    {S::GuideImportTitle, "guide-import", {S::GuideImport1, S::GuideImport2, S::GuideImport3}, 3},
    {S::GuideLedgerTitle, "guide-ledger", {S::GuideLedger1, S::GuideLedger2, S::GuideLedger3, S::GuideLedger4}, 4},
    {S::GuideShareTitle, "guide-share", {S::GuideShare1, S::GuideShare2, S::GuideShare3, S::GuideShare4}, 4},
    {S::GuideDataTitle, "guide-data", {S::GuideData1, S::GuideData2, S::GuideData3}, 3},
    {S::GuideBackupTitle, "guide-backup", {S::GuideBackup1, S::GuideBackup2}, 2},
};

int g_jump = -1; // the section the contents asked to scroll to

// Plain text at a reading width: wrapped at the window's edge or 40 characters, whichever is less.
void paragraph(const char* text) {
    text_wrapped(text, text + std::strlen(text), std::min(ImGui::GetContentRegionAvail().x, body_font_size() * 40));
}

// What a section offers to do at once, after its text.
void section_actions(int i, ShellState& st, Doc& doc) {
    if (kSections[i].title == S::GuideImportTitle) {
        ImGui::BeginDisabled(doc.read_only);
        if (ImGui::Button(tr_id(S::TextImportOpen, "guide-text-import").c_str())) open_text_import(doc);
        anchor("guide-text-import");
        ImGui::EndDisabled();
    } else if (kSections[i].title == S::GuideBackupTitle) {
        if (ImGui::Button(tr_id(S::ExportWorkspace, "guide-export").c_str())) st.requests.export_workspace = true;
        anchor("guide-export");
    }
}

// An empty view's text, anchored as `name`.
void empty_text(const char* text, const char* name) {
    ImGui::Spacing();
    paragraph(text);
    anchor(name);
    ImGui::Spacing();
}

} // namespace

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_guide_open(ShellState& st, Doc& doc);

void draw_guide(ShellState& st, Doc& doc) {
    if (!st.show_guide) return;
    call_apart(draw_guide_open, st, doc);
}

static void draw_guide_open(ShellState& st, Doc& doc) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(body_font_size() * 52, vp->WorkSize.x * 0.9f), vp->WorkSize.y * 0.8f), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    if (ImGui::Begin(tr_id(S::GuideTitle, "guide").c_str(), &st.show_guide, ImGuiWindowFlags_NoCollapse)) {
        const float footer = ImGui::GetFrameHeightWithSpacing();
        ImGui::BeginChild("##guide-toc", ImVec2(body_font_size() * 10, -footer), ImGuiChildFlags_Borders);
        for (int i = 0; i < int(std::size(kSections)); i++) {
            ImGui::PushID(i);
            if (ImGui::Selectable(tr(kSections[i].title))) g_jump = i;
            anchor_n("guide-toc", i);
            ImGui::PopID();
        }
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##guide-text", ImVec2(0, -footer), ImGuiChildFlags_Borders | ImGuiChildFlags_AlwaysUseWindowPadding);
        paragraph(tr(S::GuideIntro));
        for (int i = 0; i < int(std::size(kSections)); i++) {
            const Section& s = kSections[i];
            ImGui::Spacing();
            ImGui::PushFont(nullptr, body_font_size() * 1.2f);
            ImGui::TextUnformatted(tr(s.title));
            ImGui::PopFont();
            anchor(s.anchor);
            if (g_jump == i) {
                ImGui::SetScrollHereY(0.0f);
                g_jump = -1;
            }
            ImGui::Separator();
            for (int k = 0; k < s.count; k++) {
                paragraph(tr(s.paragraphs[k]));
                ImGui::Spacing();
            }
            section_actions(i, st, doc);
        }
        ImGui::EndChild();
        anchor("guide");
        if (ImGui::Button(tr_id(S::Close, "guide-close").c_str())) st.show_guide = false;
    }
    ImGui::End();
}

void request_open_file(ShellState& st) {
    st.requests.pick_purpose = "any-file"; // file_intake tells plan files, ledgers and texts apart by name
    st.requests.pick_accept = ".json,.zip,.xlsx,.docx,.csv,.tsv,.txt,application/json,application/zip,text/csv,text/plain";
    st.requests.pick_multiple = true; // several returns at once open 汇总报送
}

void draw_home_empty(ShellState& st) {
    empty_text(tr(S::NoPlans), "home-empty");
    if (ImGui::Button(tr_id(S::OpenFile, "home-open-file").c_str())) request_open_file(st);
    anchor("home-open-file");
    ImGui::SameLine();
    if (ImGui::Button(tr_id(S::GuideTitle, "home-guide").c_str())) st.show_guide = true;
    anchor("home-guide");
}

void draw_outline_empty() { empty_text(tr(S::NoProblems), "outline-empty"); }

bool draw_ledger_empty(int total) {
    if (total == 0) {
        empty_text(tr(S::LedgerEmptyNone), "ledger-empty");
        return false;
    }
    empty_text(trf(S::LedgerEmptyFiltered, {{"n", total}}).c_str(), "ledger-empty-filtered");
    const bool clear = ImGui::Button(tr_id(S::ClearFilters, "ledger-empty-clear").c_str());
    anchor("ledger-empty-clear");
    return clear;
}

void draw_returns_empty() { empty_text(tr(S::ReturnsEmpty), "returns-empty"); }

} // namespace rectify::ui
