// tab_conflicts: see tab_conflicts.h. The table is the merge preview's (returns.h), with this
// tab's value as "mine" and the other tab's as "theirs".
#include "ui/sharing/tab_conflicts.h"

#include <imgui.h>

#include "core/merge/merge.h"
#include "ui/layout.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/probe.h"
#include "ui/sharing/returns.h"
#include "ui/strings.h"

namespace rectify::ui {

namespace {
std::map<std::string, Side> g_choices; // field key -> this tab (Master) or the other (Return)
bool g_open = false;

std::vector<MergeItem> rows(Doc& doc) {
    std::vector<MergeItem> out;
    for (const auto& c : doc.conflicts) {
        MergeItem it;
        it.kind = MergeKind::Conflict;
        it.conflict = ConflictKind::BothEdited;
        it.entity = c->entity;
        it.id = c->id;
        it.field = c->field;
        const char* entity = c->entity == "workspace" ? tr(S::TabConflictOffice) : merge_entity_label(c->entity, language());
        it.path = std::string(entity) + " · " + c->where(doc.ws);
        it.master_text = c->ours(doc.ws, language());
        it.return_text = c->theirs(doc.ws, language());
        out.push_back(std::move(it));
    }
    return out;
}

// The user's choice as one step: the other tab's values where chosen; and every field asked
// about is recorded as decided, so yet another version of the other tab does not ask again.
void apply_choices(Doc& doc, ShellState& st) {
    auto batch = std::make_unique<Batch>("tabs");
    for (const auto& c : doc.conflicts) {
        auto it = g_choices.find(c->key());
        if (it != g_choices.end() && it->second == Side::Return) batch->push(c->take_theirs());
    }
    FieldConflicts asked = std::move(doc.conflicts);
    doc.conflicts.clear();
    if (!batch->empty()) doc.execute(std::move(batch));
    for (const auto& c : asked) doc.decided[c->key()] = c->theirs_stamp;
    if (doc.on_change) doc.on_change(); // saving waited for this
    show_notice(st, tr(S::TabConflictsDone));
}
} // namespace

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_tab_conflicts_open(Doc& doc, ShellState& st);

void draw_tab_conflicts(Doc& doc, ShellState& st) {
    if (doc.conflicts.empty()) {
        g_open = false;
        return;
    }
    // Not over another dialog (it would close it): asked as soon as that one is done.
    if (!g_open && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) {
        g_choices.clear();
        ImGui::OpenPopup("###tab-conflicts");
        g_open = true;
    }
    if (!begin_page_modal(tr_id(S::TabConflictsTitle, "tab-conflicts"), 0.8f, 0.6f)) {
        g_open = false; // closed from outside: asked again at the next chance
        return;
    }
    call_apart(draw_tab_conflicts_open, doc, st);
}

static void draw_tab_conflicts_open(Doc& doc, ShellState& st) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(tr(S::TabConflictsIntro));
    ImGui::PopTextWrapPos();
    anchor("tab-conflicts-intro");
    const std::vector<MergeItem> items = rows(doc);
    if (small_button(tr(S::TabConflictsAllMine)))
        for (const MergeItem& c : items) g_choices[c.key()] = Side::Master;
    ImGui::SameLine();
    if (small_button(tr(S::TabConflictsAllTheirs)))
        for (const MergeItem& c : items) g_choices[c.key()] = Side::Return;
    ImGui::BeginChild("##tab-conflict-rows", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.4f));
    draw_change_table("##tab-conflicts", items, &g_choices, S::TabMine, S::TabTheirs);
    ImGui::EndChild();
    if (ImGui::Button(tr(S::TabConflictsApply))) {
        apply_choices(doc, st);
        ImGui::CloseCurrentPopup();
        g_open = false;
    }
    anchor("tab-conflicts-apply");
    ImGui::EndPopup();
}

// For the tests: the dialog is open, and the fields it asks about ("plan-1/title").
[[maybe_unused]] static const bool kProbe = probe("tabConflicts", [](JsonOut& o, const Doc& doc) {
    o.begin_object().field("open", g_open).key("fields").begin_array();
    for (const auto& c : doc.conflicts) o.value(c->key());
    o.end_array().end_object();
});

} // namespace rectify::ui
