// plan_parts: the pieces of the plan editor, each in its own file, drawn by plan_editor.cpp.
#pragma once
#include "core/commands.h"
#include "core/lookup.h"
#include <imgui.h>

#include "core/model.h"
#include "core/supervision.h"
#include "ui/doc.h"
#include "ui/nav.h"
#include "ui/shell.h"

namespace rectify::ui {

// plan_outline.cpp: problems grouped by area with their measures; select, add, reorder (drag or
// Alt+Up/Down), delete.
void draw_outline(Doc& doc, ShellState& st, Plan& plan);
// Scrolls the outline to the selected row on its next frame (after find, add or move).
void reveal_selection();
// Adds a measure under the selected problem (after the selected measure) and selects it.
void add_measure_here(Doc& doc, Nav& nav, Plan& plan);
// Adds a problem after the selected one (its area; at the end: the last one's) and selects it.
void add_problem_here(Doc& doc, Nav& nav, Plan& plan);
// Moves the selected problem or measure one step up (dir < 0) or down; a measure past its
// problem's first or last goes into the neighbouring problem (nav follows it).
void step_selected(Doc& doc, Plan& plan, Nav& nav, int dir);
// The heading the outlines (wide and narrow) show above `p` when its area differs from the live
// problem before it (`before`, null for the first): the area on one line, or （未分组）.
bool starts_area(const Problem* before, const Problem& p);
std::string area_label(const Problem& p);

// item_detail.cpp: the form for the selected problem or measure.
void draw_problem_detail(Doc& doc, ShellState& st, Plan& plan, Problem& problem);
void draw_measure_detail(Doc& doc, ShellState& st, Plan& plan, Problem& problem, Measure& measure);

// Runs a measure action on the measure as it is when the action runs (one given to with_user runs
// once the user's name is known).
template <class F> void on_measure(Doc& doc, const Id& mid, F&& make) {
    const Measure* m = find<Measure>(doc.ws, mid);
    if (!m) return;
    if (CommandPtr cmd = make(*m)) doc.execute(std::move(cmd));
}

// measure_log.cpp: a measure's progress log.
void draw_progress_log(Doc& doc, Measure& m);
// closure_view.cpp: the 销号 chain (where the item is, submit, pass or 退回 at its level, reopen),
// 回头看 (its date; confirm or reopen when due) and the record of every round.
void draw_closure(Doc& doc, const Plan& plan, Measure& m);
// chain_setting.cpp: the plan's 销号 levels (1–4 names, in order), under its header.
void draw_chain_setting(Doc& doc, const Plan& plan);
// evidence_strip.cpp: the measure's evidence (its own and its progress entries') as thumbnails
// beside the closing buttons; a click opens one. None: 无佐证材料 in the warning colour.
void draw_evidence_strip(const Measure& m);
// A row of the progress or evidence table (its ID scope opened, first cell current); the row
// focus_when_added(id) named takes the caret where focus_if_just_added(id) is drawn.
void begin_log_row(const Id& id);
void focus_when_added(const Id& id);
void focus_if_just_added(const Id& id);
// evidence_list.cpp: the measure's 佐证材料 (files attached, dropped, pasted; named items), and
// a progress entry's files under its text (row `n` of the log: anchors) with its drop zone.
void draw_evidence(Doc& doc, Measure& m);
void draw_entry_files(Doc& doc, const ProgressEntry& e, int n);
void entry_drop_zone(const Doc& doc, const ProgressEntry& e, int n);
// Adds a progress entry to the measure `mid`, dated today and recorded under the current user
// (current_user.h actor); the first progress on an item not started starts it, in the same undo
// step. Returns the entry's ID (empty if there is no such measure).
Id add_progress_entry(Doc& doc, const Id& mid, std::string text = {});

// outcome_form.cpp (issue 22): outcome fields, completion date, colour and milestones; the plan's
// 问题类型 list and thresholds. The *_outcomes and settings functions draw rows of an open form.
void draw_problem_outcomes(Doc& doc, Plan& plan, Problem& p);
void draw_measure_outcomes(Doc& doc, const Plan& plan, Measure& m);
void draw_milestones(Doc& doc, const Plan& plan, Measure& m);
void draw_plan_outcome_settings(Doc& doc, Plan& plan);
// A 三色督办 colour as drawn (outline dot, ledger, dashboard), and a dot with its word on hover.
ImVec4 colour_rgb(Colour c);
void colour_chip(Colour c);

// plan_header.cpp: the other tabs.
void draw_header_tab(Doc& doc, Plan& plan);
void draw_phases_tab(Doc& doc, Plan& plan);
void draw_sections_tab(Doc& doc, Plan& plan);
void draw_group_tab(Doc& doc, Plan& plan);
// plan_timeline.cpp: phases and deadlines on a time axis, with today.
void draw_timeline_tab(Doc& doc, Plan& plan);

// plan_find.cpp: the Ctrl+F bar (at a phone's width: full width, finger-sized hits). True in the
// frame a hit was gone to (nav then names its tab and item).
void open_find();
bool find_open();  // the bar is shown (Android's back key closes it first, narrow.cpp)
void close_find(); // as its 关闭
bool draw_find_bar(Doc& doc, ShellState& st, Plan& plan);
// plan_editor.cpp: the 报告 menu (the progress report, the notice, Word, 一问题一档案, copies).
void draw_report_menu(Doc& doc, ShellState& st, const Plan& plan);

// A two-column form (labels, fields); end it with ImGui::EndTable() when it returns true.
bool begin_form(const char* id);
// A label on the left of a form row, its field on the right (form_row then the field).
void form_row(const char* label);

// Focus the next text field drawn (after adding an item, the user types straight away).
void focus_next_field();
bool take_focus_request();

} // namespace rectify::ui
