// measure_log: what happens to a measure over time: the progress log (dated entries), the
// evidence that it was done, and the closing (销号) workflow: a unit submits the item, the
// supervising office verifies it or returns it with a reason.
//
// Index: draw_progress_log() · closure helpers · draw_closure(). The evidence list, and the
// files under a progress entry, are ui/plan/evidence_list.cpp.
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
    Id returning;       // the measure whose 退回 reason is being written
    std::string reason;
    bool reason_missing = false;
};
LogState g_log;
}

// Runs a measure action on the measure as it is when the action runs (one given to with_user runs
// once the user's name is known).
template <class F> static void on_measure(Doc& doc, const Id& mid, F&& make) {
    const Measure* m = find<Measure>(doc.ws, mid);
    if (!m) return;
    if (CommandPtr cmd = make(*m)) doc.execute(std::move(cmd));
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

// Who did it (提交人 / 审核人): a name, editable, and the date.
static void who_line(Doc& doc, const Id& mid, S label, const std::string& name, const Date& on) {
    const bool submitter = label == S::SubmittedBy;
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr(label));
    ImGui::SameLine();
    FieldOpts opts;
    opts.width = ImGui::GetFontSize() * 8;
    opts.read_only = doc.read_only;
    text_field(submitter ? "##submitted-by" : "##decided-by", name, [&doc, mid, submitter](std::string v) {
        on_measure(doc, mid, [&](const Measure& m) { return rename_closure_person(m, submitter, std::move(v)); });
    }, opts);
    anchor(submitter ? "submitted-by" : "decided-by");
    ImGui::SameLine();
    ImGui::TextDisabled("%s", date_text(on).c_str());
}

void draw_closure(Doc& doc, Measure& m) {
    const Closure& c = m.closure;
    const Id mid = m.id;
    const ImVec4 &green = theme_colors().done, &amber = theme_colors().due_soon, &red = theme_colors().overdue;
    switch (c.state) {
    case ClosureState::Open: ImGui::TextDisabled("%s", tr(S::ClosureOpen)); break;
    case ClosureState::Submitted: ImGui::TextColored(amber, "%s", tr(S::ClosureSubmitted)); break;
    case ClosureState::Verified: ImGui::TextColored(green, "%s", tr(S::ClosureVerified)); break;
    case ClosureState::Returned: ImGui::TextColored(red, "%s", tr(S::ClosureReturned)); break;
    }
    anchor("closure-state");
    if (c.state != ClosureState::Open) who_line(doc, mid, S::SubmittedBy, c.submitted_by, c.submitted_on);
    if (c.state == ClosureState::Verified || c.state == ClosureState::Returned)
        who_line(doc, mid, S::DecidedBy, c.decided_by, c.decided_on);
    if (c.state == ClosureState::Returned && !c.reason.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(red, "%s: %s", tr(S::ReturnReason), c.reason.c_str());
        ImGui::PopTextWrapPos();
    }
    draw_evidence_strip(m);

    ImGui::BeginDisabled(doc.read_only);
    if (can_submit(c)) {
        if (ImGui::Button(tr(S::SubmitClosure))) {
            const DocAction submit = [mid](Doc& d) {
                on_measure(d, mid, [&d](const Measure& x) { return submit_closure(x, actor(d), d.today); });
            };
            // Nothing to show for it yet: rather a question than an item closed by a slip.
            if (has_record(m)) with_user(doc, submit);
            else confirm_then(S::SubmitEmptyConfirm, S::SubmitClosure, submit);
        }
        anchor("submit-closure");
    } else if (can_decide(c)) {
        if (ImGui::Button(tr(S::Verify))) {
            with_user(doc, [mid](Doc& d) {
                on_measure(d, mid, [&d](const Measure& x) { return verify_closure(x, actor(d), d.today); });
            });
        }
        anchor("verify-closure");
        ImGui::SameLine();
        if (ImGui::Button(tr(S::ReturnItem))) {
            g_log.returning = m.id;
            g_log.reason.clear();
            g_log.reason_missing = false;
        }
        anchor("return-closure");
        if (g_log.returning == m.id) {
            ImGui::TextUnformatted(tr(S::ReturnReason));
            ImGui::SetNextItemWidth(-FLT_MIN);
            ImGui::InputTextMultiline("##reason", &g_log.reason, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 3));
            anchor("return-reason");
            if (g_log.reason_missing) ImGui::TextColored(red, "%s", tr(S::ReasonRequired));
            if (ImGui::Button(tr_id(S::Ok, "return-ok").c_str())) {
                if (!can_return(c, g_log.reason)) { // a return says why
                    g_log.reason_missing = true;
                } else {
                    with_user(doc, [mid, reason = g_log.reason](Doc& d) {
                        on_measure(d, mid, [&](const Measure& x) { return return_closure(x, actor(d), d.today, reason); });
                    });
                    g_log.returning.clear();
                }
            }
            anchor("return-ok");
            ImGui::SameLine();
            if (ImGui::Button(tr(S::Cancel))) g_log.returning.clear();
        }
    } else if (can_reopen(c)) {
        if (ImGui::Button(tr(S::Reopen))) on_measure(doc, mid, [](const Measure& x) { return reopen_closure(x); });
        anchor("reopen-closure");
    }
    ImGui::EndDisabled();
}

} // namespace rectify::ui
