// closure_view: a measure's closing (销号) as the plan's chain runs it (core/review_chain.h): where
// it is (第2级：分管领导签字 待审), who submitted and who decided, a 退回's reason in the warning
// colour (the unit sees why), the buttons the state allows (submit; pass with an opinion or 退回
// with a reason at the level it waits at; reopen), 回头看 (core/recheck.h: the date of a closed
// item; when due, confirm or reopen with a reason) and the record of every round, closes and
// reopenings included. Acts are recorded under the current user (current_user.h).
// Index: state · who_line · decide (pass/return) · recheck · record · draw_closure.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/date_text.h"
#include "core/directory.h"
#include "core/measure_actions.h"
#include "core/recheck.h"
#include "core/review_chain.h"
#include "ui/current_user.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/pickers.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/theme.h"

namespace rectify::ui {

namespace {

struct ClosureUi {
    Id measure;               // the measure the fields below belong to
    std::string opinion;      // 审核意见 for a pass
    bool returning = false;   // the 退回 reason is being written
    std::string reason;
    bool reason_missing = false;
    std::string note;         // 回头看: a confirmation's note or a reopening's reason
    bool note_missing = false;
};
ClosureUi g_ui;

ClosureUi& ui_for(const Id& mid) {
    if (g_ui.measure != mid) {
        g_ui = ClosureUi{};
        g_ui.measure = mid;
    }
    return g_ui;
}

// Who did it (提交人 / 审核人): a name, editable, and the date.
void who_line(Doc& doc, const Id& mid, S label, const std::string& name, const Date& on) {
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

void state_line(const Measure& m, const std::vector<std::string>& levels) {
    const ImVec4 &green = theme_colors().done, &amber = theme_colors().due_soon, &red = theme_colors().overdue;
    const std::string place = chain_place_text(m, levels, language());
    switch (m.closure.state) {
    case ClosureState::Open: ImGui::TextDisabled("%s", tr(S::ClosureOpen)); break;
    case ClosureState::Submitted: ImGui::TextColored(amber, "%s", place.c_str()); break;
    case ClosureState::Verified: ImGui::TextColored(green, "%s", tr(S::ClosureVerified)); break;
    case ClosureState::Returned: ImGui::TextColored(red, "%s", place.c_str()); break;
    }
    anchor_text("closure-state", place);
}

// A multi-line field of this measure's closing UI.
void note_field(const char* id, const char* name, std::string& text) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextMultiline(id, &text, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 3));
    anchor(name);
}

// Submitted: pass with an optional opinion, or 退回 with a reason, at the level it waits at.
void decide(Doc& doc, const Plan& plan, const Measure& m) {
    ClosureUi& u = ui_for(m.id);
    const Id mid = m.id, pid = plan.id;
    const ImVec4& red = theme_colors().overdue;
    ImGui::TextUnformatted(tr(S::LevelOpinion));
    note_field("##opinion", "level-opinion", u.opinion);
    // The chain as it is when the act runs (the plan's levels may change meanwhile).
    auto levels_of = [pid](Doc& d) {
        const Plan* p = find<Plan>(d.ws, pid);
        return p ? chain_levels(*p) : std::vector<std::string>{std::string()};
    };
    if (ImGui::Button(tr(S::PassLevel))) {
        with_user(doc, [mid, levels_of, opinion = u.opinion](Doc& d) {
            on_measure(d, mid, [&](const Measure& x) { return pass_level(x, levels_of(d), d.ids.make("rv"), actor(d), d.today, opinion); });
        });
        u.opinion.clear();
    }
    anchor("verify-closure");
    ImGui::SameLine();
    if (ImGui::Button(tr(S::ReturnItem))) {
        u.returning = true;
        u.reason.clear();
        u.reason_missing = false;
    }
    anchor("return-closure");
    if (!u.returning) return;
    ImGui::TextUnformatted(tr(S::ReturnReason));
    note_field("##reason", "return-reason", u.reason);
    if (u.reason_missing) ImGui::TextColored(red, "%s", tr(S::ReasonRequired));
    if (ImGui::Button(tr_id(S::Ok, "return-ok").c_str())) {
        if (!can_return(m.closure, u.reason)) { // a return says why
            u.reason_missing = true;
        } else {
            with_user(doc, [mid, levels_of, reason = u.reason](Doc& d) {
                on_measure(d, mid, [&](const Measure& x) { return return_level(x, levels_of(d), d.ids.make("rv"), actor(d), d.today, reason); });
            });
            u.returning = false;
        }
    }
    anchor("return-ok");
    ImGui::SameLine();
    if (ImGui::Button(tr(S::Cancel))) u.returning = false;
}

// Closed: the 回头看 date; when it has come, confirm (a note) or reopen (a reason).
void recheck(Doc& doc, const Measure& m) {
    ClosureUi& u = ui_for(m.id);
    const Id mid = m.id;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::RecheckDate));
    ImGui::SameLine();
    Date d;
    if (date_button("recheck-date", m.recheck, doc.today, &d))
        on_measure(doc, mid, [&](const Measure& x) { return set_recheck(x, d); });
    anchor("recheck-date");
    if (!recheck_due(m, doc.today)) return;
    ImGui::TextColored(theme_colors().due_soon, "%s", tr(S::RecheckDue));
    anchor("recheck-due");
    ImGui::TextUnformatted(tr(S::RecheckNote));
    note_field("##recheck-note", "recheck-note", u.note);
    if (u.note_missing) ImGui::TextColored(theme_colors().overdue, "%s", tr(S::ReasonRequired));
    if (ImGui::Button(tr(S::RecheckConfirm))) {
        with_user(doc, [mid, note = u.note](Doc& dd) {
            on_measure(dd, mid, [&](const Measure& x) { return confirm_recheck(x, dd.ids.make("rv"), actor(dd), dd.today, note); });
        });
        u.note.clear();
    }
    anchor("recheck-confirm");
    ImGui::SameLine();
    if (ImGui::Button(tr_id(S::RecheckReopen, "recheck-reopen").c_str())) {
        if (trim_name(u.note).empty()) {
            u.note_missing = true;
        } else {
            with_user(doc, [mid, reason = u.note](Doc& dd) {
                on_measure(dd, mid, [&](const Measure& x) { return reopen_recheck(x, dd.ids.make("rv"), actor(dd), dd.today, reason); });
            });
            u.note.clear();
            u.note_missing = false;
        }
    }
    anchor("recheck-reopen");
}

// Every act, by round: what, at which level, the opinion or reason, who and when.
void record(const Measure& m) {
    if (m.reviews.empty()) return;
    if (!ImGui::TreeNodeEx(tr(S::ChainHistory), ImGuiTreeNodeFlags_DefaultOpen)) return;
    anchor("closure-record");
    const Lang lang = language();
    int row = 0, round = 0;
    for (const ReviewEntry& e : m.reviews) {
        if (!alive(e)) continue;
        if (e.round != round) {
            round = e.round;
            ImGui::TextDisabled("%s", trf(S::ChainRound, {{"n", round}}).c_str());
        }
        std::string line = std::string(action_text(e.action, lang));
        if (e.level > 0) line = level_title(e.level_name, e.level, lang) + " " + line;
        if (!e.opinion.empty()) line += (lang == Lang::Zh ? "：" : ": ") + e.opinion;
        line += "（" + e.who + " " + format_date(e.on, lang) + "）";
        if (!counts(m, e)) ImGui::TextDisabled("%s", line.c_str());
        else if (e.action == ReviewAction::Return || e.action == ReviewAction::Reopen) ImGui::TextColored(theme_colors().overdue, "%s", line.c_str());
        else ImGui::TextUnformatted(line.c_str());
        anchor_text(("review-" + std::to_string(row++)).c_str(), line);
    }
    // The closes and reopenings alone, oldest first (回头看's history).
    const std::vector<const ReviewEntry*> h = closing_history(m);
    std::string closes;
    for (const ReviewEntry* e : h)
        closes += std::string(closes.empty() ? "" : " → ") + action_text(e->action, lang) + " " + format_date(e->on, lang);
    if (!closes.empty()) {
        ImGui::TextDisabled("%s：%s", tr(S::ClosingHistory), closes.c_str());
        anchor_text("closing-history", closes);
    }
    ImGui::TreePop();
}

} // namespace

void draw_closure(Doc& doc, const Plan& plan, Measure& m) {
    const Closure& c = m.closure;
    const Id mid = m.id;
    const std::vector<std::string> levels = chain_levels(plan);
    state_line(m, levels);
    if (c.state != ClosureState::Open) who_line(doc, mid, S::SubmittedBy, c.submitted_by, c.submitted_on);
    if ((c.state == ClosureState::Verified || c.state == ClosureState::Returned) && !c.decided_by.empty())
        who_line(doc, mid, S::DecidedBy, c.decided_by, c.decided_on);
    if (c.state == ClosureState::Returned && !c.reason.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(theme_colors().overdue, "%s: %s", tr(S::ReturnReason), c.reason.c_str());
        ImGui::PopTextWrapPos();
        anchor_text("return-reason-shown", c.reason);
    }
    draw_evidence_strip(m);

    ImGui::BeginDisabled(doc.read_only);
    if (can_submit(c)) {
        if (ImGui::Button(tr(S::SubmitClosure))) {
            const DocAction submit = [mid](Doc& d) {
                on_measure(d, mid, [&d](const Measure& x) { return submit_closure(x, d.ids.make("rv"), actor(d), d.today); });
            };
            // Nothing to show for it yet: rather a question than an item closed by a slip.
            if (has_record(m)) with_user(doc, submit);
            else confirm_then(S::SubmitEmptyConfirm, S::SubmitClosure, submit);
        }
        anchor("submit-closure");
    } else if (can_decide(c)) {
        decide(doc, plan, m);
    } else if (can_reopen(c)) {
        if (ImGui::Button(tr(S::Reopen)))
            with_user(doc, [mid](Doc& d) {
                on_measure(d, mid, [&d](const Measure& x) { return reopen_closure(x, d.ids.make("rv"), actor(d), d.today, ""); });
            });
        anchor("reopen-closure");
        recheck(doc, m);
    }
    ImGui::EndDisabled();
    record(m);
}

} // namespace rectify::ui
