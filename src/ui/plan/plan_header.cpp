// plan_header: the plan's other tabs: its header (title, issuer, document number, dates,
// addressees, the feedback it answers), its phases (方法步骤), its narrative sections and its
// leading group (领导小组).
//
// Index: draw_header_tab() · list_toolbar() · draw_phases_tab() · draw_sections_tab() · draw_group_tab()
#include <imgui.h>

#include "core/commands.h"
#include "core/ledger/csv.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/pickers.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"
#include "ui/widgets/text_field.h"

namespace rectify::ui {

void draw_header_tab(Doc& doc, Plan& plan) {
    const Id id = plan.id;
    FieldOpts ro;
    ro.read_only = doc.read_only;
    if (!begin_form("header-form")) return;
    form_row(tr(S::FieldTitle));
    FieldOpts title = ro;
    title.min_lines = 1;
    text_area("##title", plan.title, [&doc, id](std::string v) {
        std::string one; // a title is one line, however it was pasted
        for (const std::string& line : split_lines(v)) one += line;
        doc.execute(RECTIFY_SET(Plan, title, id, std::move(one)));
    }, title);
    anchor("plan-title-field");
    form_row(tr(S::ColIssuer));
    text_field("##issuer", plan.issuer, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Plan, issuer, id, std::move(v))); }, ro);
    anchor("plan-issuer");
    form_row(tr(S::FieldDocNumber));
    text_field("##docno", plan.doc_number, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Plan, doc_number, id, std::move(v))); }, ro);
    anchor("plan-docno");
    ImGui::BeginDisabled(doc.read_only);
    Date d;
    form_row(tr(S::FieldWritten));
    if (date_button("written", plan.written, doc.today, &d)) doc.execute(RECTIFY_SET(Plan, written, id, d));
    anchor("plan-written");
    form_row(tr(S::FieldPublished));
    if (date_button("published", plan.published, doc.today, &d)) doc.execute(RECTIFY_SET(Plan, published, id, d));
    anchor("plan-published");
    ImGui::EndDisabled();
    form_row(tr(S::FieldAddressees));
    FieldOpts list = ro;
    list.hint = tr(S::HintList);
    text_field("##addressees", join_list(plan.addressees), [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Plan, addressees, id, split_names(v))); }, list);
    anchor("plan-addressees");
    form_row(tr(S::FieldFeedbackKind));
    ImGui::BeginDisabled(doc.read_only);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    if (ImGui::BeginCombo("##kind", feedback_label(plan.feedback.kind))) {
        for (FeedbackKind k : {FeedbackKind::PublicAppraisal, FeedbackKind::Inspection, FeedbackKind::SupervisionEvaluation,
                               FeedbackKind::Audit, FeedbackKind::Other})
            if (ImGui::Selectable(feedback_label(k), k == plan.feedback.kind) && k != plan.feedback.kind) {
                Feedback fb = plan.feedback;
                fb.kind = k;
                doc.execute(RECTIFY_SET(Plan, feedback, id, std::move(fb)));
            }
        ImGui::EndCombo();
    }
    ImGui::EndDisabled();
    form_row(tr(S::FieldFeedbackName));
    text_field("##fbname", plan.feedback.name, [&doc, id, fb = plan.feedback](std::string v) mutable {
        fb.name = std::move(v);
        doc.execute(RECTIFY_SET(Plan, feedback, id, std::move(fb)));
    }, ro);
    draw_plan_outcome_settings(doc, plan);
    ImGui::EndTable();
    draw_chain_setting(doc, plan);
}

// Up, down and delete for one item of a list of entities (phases, sections).
template <class T> static void list_toolbar(Doc& doc, const std::vector<T>& list, size_t i) {
    int prev = -1, next = -1;
    for (int j = int(i) - 1; j >= 0 && prev < 0; j--) if (alive(list[size_t(j)])) prev = j;
    for (size_t j = i + 1; j < list.size() && next < 0; j++) if (alive(list[j])) next = int(j);
    const Id id = list[i].id;
    ImGui::BeginDisabled(doc.read_only);
    ImGui::BeginDisabled(prev < 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) doc.execute(move<T>(id, size_t(prev)));
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(next < 0);
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) doc.execute(move<T>(id, size_t(next)));
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (delete_button(tr(S::Delete), true)) doc.execute(remove<T>(id));
    ImGui::EndDisabled();
}

void draw_phases_tab(Doc& doc, Plan& plan) {
    FieldOpts ro;
    ro.read_only = doc.read_only;
    int n = 0;
    for (size_t i = 0; i < plan.phases.size(); i++) {
        const Phase& ph = plan.phases[i];
        if (!alive(ph)) continue;
        const Id id = ph.id;
        ImGui::PushID(id.c_str());
        if (begin_form("phase")) {
            form_row(tr(S::PhaseName));
            text_field("##name", ph.name, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Phase, name, id, std::move(v))); },
                       FieldOpts{nullptr, ImGui::GetFontSize() * 12, doc.read_only});
            anchor_n("phase", n);
            ImGui::SameLine();
            list_toolbar(doc, plan.phases, i);
            form_row(tr(S::PhaseStart));
            Date d;
            ImGui::BeginDisabled(doc.read_only);
            if (date_button("start", ph.start, doc.today, &d)) doc.execute(RECTIFY_SET(Phase, start, id, d));
            ImGui::SameLine();
            ImGui::TextDisabled("%s", tr(S::PhaseEnd));
            ImGui::SameLine();
            if (date_button("end", ph.end, doc.today, &d)) doc.execute(RECTIFY_SET(Phase, end, id, d));
            ImGui::EndDisabled();
            form_row(tr(S::SectionBody));
            text_area("##body", ph.body, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Phase, body, id, std::move(v))); }, ro);
            ImGui::EndTable();
        }
        ImGui::Separator();
        ImGui::PopID();
        n++;
    }
    if (add_button(doc, S::AddPhase, "add-phase")) {
        Phase ph;
        ph.id = doc.ids.make("ph");
        ph.name = tr(S::NewPhase);
        doc.execute(add<Phase>(plan.id, std::move(ph)));
    }
}

void draw_sections_tab(Doc& doc, Plan& plan) {
    FieldOpts ro;
    ro.read_only = doc.read_only;
    int n = 0;
    for (size_t i = 0; i < plan.sections.size(); i++) {
        const Section& sec = plan.sections[i];
        if (!alive(sec)) continue;
        const Id id = sec.id;
        ImGui::PushID(id.c_str());
        text_field("##heading", sec.heading, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Section, heading, id, std::move(v))); },
                   FieldOpts{tr(S::SectionHeading), ImGui::GetFontSize() * 16, doc.read_only});
        anchor_n("section", n);
        ImGui::SameLine();
        list_toolbar(doc, plan.sections, i);
        FieldOpts body = ro;
        body.min_lines = 4;
        text_area("##body", sec.body, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Section, body, id, std::move(v))); }, body);
        ImGui::Spacing();
        ImGui::PopID();
        n++;
    }
    if (add_button(doc, S::AddSection, "add-section")) {
        Section sec;
        sec.id = doc.ids.make("s");
        sec.heading = tr(S::NewSection);
        doc.execute(add<Section>(plan.id, std::move(sec)));
    }
}

void draw_group_tab(Doc& doc, Plan& plan) {
    const Id id = plan.id;
    FieldOpts ro;
    ro.read_only = doc.read_only;
    const LeadingGroup& g = plan.leading_group;
    // The group is one value of the plan: each field commits a changed copy of it.
    auto set = [&doc, id, g](auto member, auto value) {
        LeadingGroup next = g;
        next.*member = std::move(value);
        doc.execute(RECTIFY_SET(Plan, leading_group, id, std::move(next)));
    };
    if (!begin_form("group-form")) return;
    form_row(tr(S::GroupLeader));
    text_field("##leader", g.leader, [set](std::string v) { set(&LeadingGroup::leader, std::move(v)); }, ro);
    anchor("group-leader");
    form_row(tr(S::GroupDeputies));
    text_area("##deputies", join_lines(g.deputies), [set](std::string v) { set(&LeadingGroup::deputies, split_lines(v)); }, ro);
    form_row(tr(S::GroupMembers));
    FieldOpts members = ro;
    members.min_lines = 4;
    text_area("##members", join_lines(g.members), [set](std::string v) { set(&LeadingGroup::members, split_lines(v)); }, members);
    form_row(tr(S::GroupOffice));
    text_field("##office", g.office, [set](std::string v) { set(&LeadingGroup::office, std::move(v)); }, ro);
    ImGui::EndTable();
}

} // namespace rectify::ui
