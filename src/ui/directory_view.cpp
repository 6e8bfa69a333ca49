// directory_view: two tables, departments and people (at a phone's width one column: an entry's
// fields stacked). Names are edited in place; a department's delete also takes it out of every
// measure that names it (one undoable step).
#include "ui/directory_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/directory.h"
#include "ui/widgets/anchor.h"
#include "ui/current_user.h"
#include "ui/layout.h"
#include "ui/narrow/narrow.h"
#include "ui/widgets/pickers.h"
#include "ui/strings.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

static Id g_new_entry; // a department or person just added: its name takes the caret

// A row of either table up to its name field, which an entry just added focuses.
template <class T> static void entry_name(Doc& doc, const T& e, const char* anchor_name, int row) {
    const Id id = e.id;
    ImGui::PushID(id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (g_new_entry == id) {
        focus_field_here();
        g_new_entry.clear();
    }
    text_field("##name", e.name, [&doc, id](std::string v) {
        if (!v.empty()) doc.execute(RECTIFY_SET(T, name, id, std::move(v)));
    }, FieldOpts{nullptr, 0, doc.read_only});
    anchor_n(anchor_name, row);
}

// 添加科室/单位, 添加人员: a new entry whose placeholder name takes the caret.
template <class T> static void add_entry_button(Doc& doc, S label, const char* anchor_name, const char* id_prefix, S name) {
    if (!add_button(doc, label, anchor_name)) return;
    T e;
    e.id = doc.ids.make(id_prefix);
    e.name = tr(name);
    g_new_entry = e.id;
    expect_typing();
    doc.execute(add<T>(doc.ws.id, std::move(e)));
}

// At a phone's width the tables are one column: an entry's cells stacked, each a line of its own
// (its usage named, 删除 beside it), so nothing is squeezed or cut off.
static bool begin_entries(const char* id, int columns) {
    const bool narrow = narrow_layout();
    if (!ImGui::BeginTable(id, narrow ? 1 : columns, narrow ? ImGuiTableFlags_None : ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH))
        return false;
    if (narrow) ImGui::TableSetupColumn("entry", ImGuiTableColumnFlags_WidthStretch);
    return true;
}

// An entry's usage count, then the cell of its 删除 (beside it when narrow).
static void usage_then_actions(int used) {
    if (narrow_layout()) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s %d", tr(S::ColUsage), used);
        ImGui::SameLine();
    } else {
        ImGui::Text("%d", used);
        ImGui::TableNextColumn();
    }
}

static void draw_departments(Doc& doc, ShellState& st) {
    ImGui::SeparatorText(tr(S::Departments));
    const float em = ImGui::GetFontSize();
    if (begin_entries("departments", 3)) {
        if (!narrow_layout()) {
            ImGui::TableSetupColumn(tr(S::ColName), ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn(tr(S::ColUsage), ImGuiTableColumnFlags_WidthFixed, em * 5);
            ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize,
                                    std::max(em * 4, small_button_width(tr(S::Delete))));
            ImGui::TableHeadersRow();
        }
        int row = 0;
        for (const Department& d : doc.ws.departments) {
            if (!alive(d)) continue;
            const Id id = d.id;
            entry_name(doc, d, "dept", row);
            ImGui::TableNextColumn();
            usage_then_actions(department_usage(doc.ws, id));
            ImGui::BeginDisabled(doc.read_only);
            if (delete_button(tr(S::Delete), true) && doc.execute(remove_department_everywhere(doc.ws, id)))
                show_notice(st, tr(S::DeletedNotice), NoticeKind::Undo);
            ImGui::EndDisabled();
            ImGui::PopID();
            row++;
        }
        ImGui::EndTable();
    }
    add_entry_button<Department>(doc, S::AddDepartment, "add-department", "d", S::NewDepartment);
}

static void draw_people(Doc& doc, ShellState& st) {
    ImGui::SeparatorText(tr(S::People));
    const float em = ImGui::GetFontSize();
    const bool narrow = narrow_layout();
    if (begin_entries("people", 5)) {
        if (!narrow) {
            ImGui::TableSetupColumn(tr(S::ColPersonName), ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn(tr(S::ColPersonTitle), ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn(tr(S::ColPersonDept), ImGuiTableColumnFlags_WidthStretch, 1.2f);
            ImGui::TableSetupColumn(tr(S::ColUsage), ImGuiTableColumnFlags_WidthFixed, em * 5);
            ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize,
                                    std::max(em * 4, small_button_width(tr(S::Delete))));
            ImGui::TableHeadersRow();
        }
        int row = 0;
        for (const Person& p : doc.ws.people) {
            if (!alive(p)) continue;
            const Id id = p.id;
            entry_name(doc, p, "person", row);
            ImGui::TableNextColumn();
            text_field("##title", p.title, [&doc, id](std::string v) { doc.execute(RECTIFY_SET(Person, title, id, std::move(v))); },
                       FieldOpts{narrow ? tr(S::ColPersonTitle) : nullptr, 0, doc.read_only});
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            ImGui::BeginDisabled(doc.read_only);
            const char* current = p.department.empty() ? tr(S::Nothing) : ref_name(doc.ws, RefKind::Department, p.department).c_str();
            const bool open = ImGui::BeginCombo("##dept", current);
            if (!open) tooltip_if_cut(current); // a name longer than the box: all of it on hover
            if (open) {
                if (ImGui::Selectable(tr(S::Nothing), p.department.empty()) && !p.department.empty())
                    doc.execute(RECTIFY_SET(Person, department, id, Id()));
                for (const Department& d : doc.ws.departments)
                    if (alive(d) && ImGui::Selectable(d.name.c_str(), d.id == p.department) && d.id != p.department)
                        doc.execute(RECTIFY_SET(Person, department, id, d.id));
                ImGui::EndCombo();
            }
            ImGui::TableNextColumn();
            usage_then_actions(person_usage(doc.ws, id));
            if (delete_button(tr(S::Delete), true) && doc.execute(remove_person_everywhere(doc.ws, id)))
                show_notice(st, tr(S::DeletedNotice), NoticeKind::Undo);
            ImGui::EndDisabled();
            ImGui::PopID();
            row++;
        }
        ImGui::EndTable();
    }
    add_entry_button<Person>(doc, S::AddPerson, "add-person", "p", S::NewPerson);
}

void draw_directory(Doc& doc, ShellState& st) {
    view_title(st, S::ViewDirectory, "directory-title");
    // This office's own name: it signs exported files, and the bureau recognises returns by it.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::OfficeName));
    ImGui::SameLine();
    FieldOpts opts;
    opts.width = narrow_layout() ? 0.0f : ImGui::GetFontSize() * 16; // a phone: the rest of the line
    opts.read_only = doc.read_only;
    const Id ws_id = doc.ws.id;
    const Office office = doc.ws.office;
    text_field("##office-name", office.name, [&doc, ws_id, office](std::string v) {
        Office next = office;
        next.name = std::string(trim_name(v));
        if (!next.name.empty()) doc.execute(RECTIFY_SET(Workspace, office, ws_id, std::move(next)));
    }, opts);
    anchor("office-name");
    // The hints wrap at the window's edge; beside the field when there is room for a part of it.
    same_line_if_fits(std::min(ImGui::CalcTextSize(tr(S::OfficeHint)).x, ImGui::GetFontSize() * 12));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", tr(S::OfficeHint));
    draw_user_setting(doc); // who entries are recorded under: a person of this office
    ImGui::TextDisabled("%s", tr(S::DirectoryIntro));
    ImGui::PopTextWrapPos();
    ImGui::BeginChild("##directory", ImVec2(0, 0));
    draw_departments(doc, st);
    ImGui::Spacing();
    draw_people(doc, st);
    touch_scroll();
    ImGui::EndChild();
}

} // namespace rectify::ui
