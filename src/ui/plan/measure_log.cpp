// measure_log: what happens to a measure over time: the progress log (dated entries). The evidence
// list, and the files under a progress entry, are ui/plan/evidence_list.cpp; the closing (销号
// chain, 回头看) is ui/plan/closure_view.cpp.
//
// Index: add_progress_entry() · log rows · draw_progress_log().
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <cstdio>

#include "core/commands.h"
#include "core/lookup.h"
#include "core/measure_actions.h"
#include "ui/widgets/anchor.h"
#include "ui/current_user.h"
#include "ui/layout.h"
#include "ui/narrow/narrow.h"
#include "ui/widgets/pickers.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/text_field.h"

namespace rectify::ui {

namespace {
struct LogState {
    Id focus_entry;     // a new entry or evidence item: focus its text once
};
LogState g_log;
}

Id add_progress_entry(Doc& doc, const Id& mid, std::string text) {
    ProgressEntry e;
    e.id = doc.ids.make("pg");
    e.date = doc.today;
    e.author = actor(doc);
    e.text = std::move(text);
    const Id id = e.id;
    bool added = false;
    on_measure(doc, mid, [&](const Measure& m) {
        added = true;
        return add_progress(m, std::move(e));
    });
    return added ? id : Id{};
}

// A row of the progress or evidence table, its ID scope opened and its first cell current.
void begin_log_row(const Id& id) {
    ImGui::PushID(id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
}

// The entry 添加进展/添加材料 just made: its first text field takes the caret.
void focus_if_just_added(const Id& id) {
    if (g_log.focus_entry != id) return;
    focus_field_here();
    g_log.focus_entry.clear();
}

void focus_when_added(const Id& id) { g_log.focus_entry = id; }

void draw_progress_log(Doc& doc, Measure& m) {
    FieldOpts ro;
    ro.read_only = doc.read_only;
    int shown = 0;
    // A phone (narrow/narrow.h): one column, the date, the author and × on a line, the text under them.
    const bool stacked = narrow_layout();
    if (ImGui::BeginTable("progress", stacked ? 1 : 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH)) {
        const float em = ImGui::GetFontSize();
        if (!stacked) {
            ImGui::TableSetupColumn(tr(S::ProgressDate), ImGuiTableColumnFlags_WidthFixed, em * 8);
            ImGui::TableSetupColumn(tr(S::ProgressAuthor), ImGuiTableColumnFlags_WidthFixed, em * 6);
            ImGui::TableSetupColumn(tr(S::ProgressText), ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("##x", ImGuiTableColumnFlags_WidthFixed, em * 2);
        }
        for (const ProgressEntry& e : m.progress) {
            if (!alive(e)) continue;
            if (shown++ == 0 && !stacked) ImGui::TableHeadersRow();
            const Id eid = e.id;
            begin_log_row(eid);
            Date d;
            ImGui::BeginDisabled(doc.read_only);
            if (date_button("date", e.date, doc.today, &d)) doc.execute(RECTIFY_SET(ProgressEntry, date, eid, d));
            ImGui::EndDisabled();
            FieldOpts author = ro;
            if (stacked) {
                ImGui::SameLine();
                author.width = ImGui::GetContentRegionAvail().x - small_button_width("×") - ImGui::GetStyle().ItemSpacing.x;
            } else {
                ImGui::TableNextColumn();
            }
            text_field("##author", e.author, [&doc, eid](std::string v) { doc.execute(RECTIFY_SET(ProgressEntry, author, eid, std::move(v))); }, author);
            if (stacked) {
                ImGui::SameLine();
                if (remove_button(doc)) doc.execute(remove_progress(m, eid));
            } else {
                ImGui::TableNextColumn();
            }
            focus_if_just_added(eid);
            ImGui::BeginGroup(); // the entry's text and files: where a dropped file goes
            text_area("##text", e.text, [&doc, eid](std::string v) { doc.execute(RECTIFY_SET(ProgressEntry, text, eid, std::move(v))); }, ro);
            anchor_n("progress", shown - 1);
            draw_entry_files(doc, e, shown - 1);
            ImGui::EndGroup();
            entry_drop_zone(doc, e, shown - 1);
            if (!stacked) {
                ImGui::TableNextColumn();
                if (remove_button(doc)) doc.execute(remove_progress(m, eid));
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (shown == 0) ImGui::TextDisabled("%s", tr(S::NoProgress));
    if (add_button(doc, S::AddProgress, "add-progress")) {
        with_user(doc, [mid = m.id](Doc& d) {
            g_log.focus_entry = add_progress_entry(d, mid); // its text takes the keys typed meanwhile
            expect_typing();
        });
    }
}

} // namespace rectify::ui
