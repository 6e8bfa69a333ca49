// outcome_form: the issue 22 fields in the editor: a problem's outcome fields (问题类型, 整改类型,
// 整改成效, 整改金额, 建章立制, 追责问责), a measure's actual completion date, its 三色督办 colour
// and its milestones (序时进度), and the plan's 问题类型 list and 督办 thresholds. The rules and
// the edits are core's (core/outcomes.h, core/supervision.h); this file draws them.
//
// Index
//   colour_chip()                the 三色督办 mark (outline, ledger, detail)
//   draw_problem_outcomes()      rows of the problem form
//   draw_measure_outcomes()      rows of the measure form: completion date, colour
//   draw_milestones()            the measure's milestones: date, what, done, remove; add
//   draw_plan_outcome_settings() rows of the plan header: 问题类型 list, thresholds
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/commands.h"
#include "core/labels.h"
#include "core/outcomes.h"
#include "core/supervision.h"
#include "ui/layout.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/pickers.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/theme.h"

namespace rectify::ui {

namespace {

// Field names are the ledger's column headers (core/labels.h), so the form and the ledger agree.

// The figure last refused, per field, shown under it until a good one is typed.
std::string g_refused_id, g_refused_field;

void refused_note(const Id& id, const char* field) {
    if (g_refused_id == id && g_refused_field == field) {
        ImGui::TextColored(theme_colors().error, "%s", tr(S::OutcomeNotANumber));
        anchor("outcome-refused");
    }
}

void refuse(const Id& id, const char* field, bool ok) {
    if (ok && g_refused_id == id && g_refused_field == field) g_refused_id.clear();
    if (!ok) g_refused_id = id, g_refused_field = field;
}

std::string count_text(int n) { return n ? std::to_string(n) : std::string(); }

// A count of the problem's (建章立制, 追责问责) as offices type it (3, ３, 3人次); refused, and said,
// when it does not read. `field` is its name in the change records, and its anchor problem-<field>.
void count_row(Doc& doc, const Problem& p, int Problem::*member, const char* field, Label name, FieldOpts opts) {
    const Id id = p.id;
    opts.width = ImGui::GetFontSize() * 6;
    form_row(label(name, language()));
    const std::string widget = std::string("##") + field;
    text_field(widget.c_str(), count_text(p.*member), [&doc, id, member, field](std::string v) {
        int n = 0;
        const bool ok = parse_count(v, n);
        refuse(id, field, ok);
        if (ok) doc.execute(set_field<Problem>(id, member, field, n));
    }, opts);
    anchor((std::string("problem-") + field).c_str());
    refused_note(id, field);
}

} // namespace

ImVec4 colour_rgb(Colour c) {
    switch (c) {
    case Colour::Red: return ImVec4(0.80f, 0.10f, 0.10f, 1.0f);
    case Colour::Yellow: return ImVec4(0.85f, 0.62f, 0.00f, 1.0f);
    case Colour::Blue: return ImVec4(0.16f, 0.42f, 0.85f, 1.0f);
    case Colour::None: break;
    }
    return ImVec4(0, 0, 0, 0);
}

void colour_chip(Colour c) {
    if (c == Colour::None) return;
    ImGui::TextColored(colour_rgb(c), "●");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", colour_text(c, language()));
}

void draw_problem_outcomes(Doc& doc, Plan& plan, Problem& p) {
    const Id id = p.id;
    FieldOpts ro;
    ro.read_only = doc.read_only;
    ImGui::BeginDisabled(doc.read_only);
    form_row(label(Label::HeaderProblemType, language()));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    if (ImGui::BeginCombo("##problem-type", p.problem_type.empty() ? tr(S::NotSet) : p.problem_type.c_str())) {
        std::vector<std::string> types = problem_types(plan);
        if (!p.problem_type.empty() && std::find(types.begin(), types.end(), p.problem_type) == types.end())
            types.push_back(p.problem_type); // an imported type the list does not have
        types.insert(types.begin(), std::string());
        int n = 0;
        for (const std::string& t : types) {
            if (ImGui::Selectable(t.empty() ? tr(S::NotSet) : t.c_str(), t == p.problem_type) && t != p.problem_type)
                doc.execute(RECTIFY_SET(Problem, problem_type, id, t));
            anchor_n("problem-type-option", n++);
        }
        ImGui::EndCombo();
    }
    anchor("problem-type");
    form_row(label(Label::HeaderRectifyType, language()));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    if (ImGui::BeginCombo("##rectify-type", p.rectify_type == RectifyType::None ? tr(S::NotSet) : rectify_type_text(p.rectify_type, language()))) {
        for (int i = 0; i < 4; i++) {
            const RectifyType t = RectifyType(i);
            if (ImGui::Selectable(t == RectifyType::None ? tr(S::NotSet) : rectify_type_text(t, language()), t == p.rectify_type) &&
                t != p.rectify_type)
                doc.execute(RECTIFY_SET(Problem, rectify_type, id, t));
            anchor_n("rectify-type-option", i);
        }
        ImGui::EndCombo();
    }
    anchor("rectify-type");
    ImGui::EndDisabled();
    form_row(label(Label::HeaderOutcome, language()));
    text_area("##outcome", p.outcome, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Problem, outcome, id, std::move(v))); }, ro);
    anchor("problem-outcome");
    form_row(label(Label::HeaderAmount, language()));
    FieldOpts amount = ro;
    amount.width = ImGui::GetFontSize() * 10;
    amount.hint = tr(S::HintAmount);
    text_field("##amount", p.amount, [&doc, id](std::string v) {
        std::string stored;
        const bool ok = normalize_amount(v, stored);
        refuse(id, "amount", ok);
        if (ok) doc.execute(RECTIFY_SET(Problem, amount, id, std::move(stored)));
    }, amount);
    anchor("problem-amount");
    refused_note(id, "amount");
    count_row(doc, p, &Problem::rules, "rules", Label::HeaderRules, ro);
    count_row(doc, p, &Problem::accountable, "accountable", Label::HeaderAccountable, ro);
}

void draw_measure_outcomes(Doc& doc, const Plan& plan, Measure& m) {
    const Id id = m.id;
    form_row(label(Label::HeaderCompletedOn, language()));
    Date d;
    ImGui::BeginDisabled(doc.read_only);
    if (date_button("completed-on", m.completed_on, doc.today, &d)) doc.execute(RECTIFY_SET(Measure, completed_on, id, d));
    ImGui::EndDisabled();
    anchor("measure-completed-on");
    const Colour c = colour_of(m, doc.today, supervision_rule(plan));
    if (c != Colour::None) {
        form_row(tr(S::FieldSupervision));
        colour_chip(c);
        ImGui::SameLine();
        ImGui::TextColored(colour_rgb(c), "%s", colour_text(c, language()));
        anchor("measure-colour");
    }
}

void draw_milestones(Doc& doc, const Plan& plan, Measure& m) {
    const int grace = supervision_rule(plan).grace_days;
    FieldOpts ro;
    ro.read_only = doc.read_only;
    ImGui::BeginDisabled(doc.read_only);
    for (size_t i = 0; i < m.milestones.size(); i++) {
        const Milestone& s = m.milestones[i];
        ImGui::PushID(int(i));
        bool done = s.done;
        if (ImGui::Checkbox("##done", &done))
            if (CommandPtr cmd = mark_milestone(m, i, done, doc.today)) doc.execute(std::move(cmd));
        anchor_n("milestone-done", int(i));
        ImGui::SameLine();
        Date d;
        if (date_button("date", s.date, doc.today, &d)) {
            Milestone next = s;
            next.date = d;
            if (CommandPtr cmd = change_milestone(m, i, std::move(next))) doc.execute(std::move(cmd));
        }
        anchor_n("milestone-date", int(i));
        // What the step is takes the rest of the row, or a line of its own where the rest is
        // narrower than a short phrase and 删除 (a phone: it was 42 px at 360).
        const float font = ImGui::GetFontSize();
        same_line_if_fits(font * 12);
        FieldOpts what = ro;
        what.width = ImGui::GetContentRegionAvail().x - font * 4;
        what.hint = tr(S::HintMilestone);
        text_field("##what", s.what, [&doc, &m, i, s](std::string v) {
            Milestone next = s;
            next.what = std::move(v);
            if (CommandPtr cmd = change_milestone(m, i, std::move(next))) doc.execute(std::move(cmd));
        }, what);
        anchor_n("milestone-what", int(i));
        ImGui::SameLine();
        if (milestone_behind(s, doc.today, grace)) {
            colour_chip(Colour::Yellow);
            ImGui::SameLine();
        }
        if (delete_button(tr(S::Delete), true))
            if (CommandPtr cmd = remove_milestone(m, i)) doc.execute(std::move(cmd));
        anchor_n("milestone-remove", int(i));
        ImGui::PopID();
    }
    if (ImGui::Button(tr(S::AddMilestone))) {
        Milestone s;
        s.date = doc.today;
        doc.execute(add_milestone(m, std::move(s)));
    }
    anchor("add-milestone");
    ImGui::EndDisabled();
}

void draw_plan_outcome_settings(Doc& doc, Plan& plan) {
    const Id id = plan.id;
    FieldOpts ro;
    ro.read_only = doc.read_only;
    form_row(tr(S::FieldProblemTypes));
    FieldOpts list = ro;
    list.min_lines = 3;
    text_area("##problem-types", join_lines(problem_types(plan)), [&doc, id](std::string v) {
        std::vector<std::string> types = problem_types_from_lines(v);
        if (types == default_problem_types()) types.clear(); // the defaults are not written down
        doc.execute(RECTIFY_SET(Plan, problem_types, id, std::move(types)));
    }, list);
    anchor("plan-problem-types");
    FieldOpts days = ro;
    days.width = ImGui::GetFontSize() * 5;
    const SupervisionRule rule = supervision_rule(plan);
    form_row(tr(S::FieldSoonDays));
    text_field("##soon-days", std::to_string(rule.soon_days), [&doc, id, s = plan.supervision](std::string v) mutable {
        int n = 0;
        if (!parse_count(v, n) || n > 365) return;
        s.soon_days = n == kDefaultSoonDays ? 0 : n;
        doc.execute(RECTIFY_SET(Plan, supervision, id, s));
    }, days);
    anchor("plan-soon-days");
    form_row(tr(S::FieldGraceDays));
    text_field("##grace-days", std::to_string(rule.grace_days), [&doc, id, s = plan.supervision](std::string v) mutable {
        int n = 0;
        if (!parse_count(v, n) || n > 365) return;
        s.grace_days = n;
        doc.execute(RECTIFY_SET(Plan, supervision, id, s));
    }, days);
    anchor("plan-grace-days");
}

} // namespace rectify::ui
