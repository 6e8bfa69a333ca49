// home: the workspace's plans, with their source, issuer, progress and overdue count; create,
// open, duplicate, rename, delete (with a confirmation, and undo).
#pragma once
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

void draw_home(Doc& doc, ShellState& st);

// The pieces the narrow home (narrow/home_cards.cpp) shares with this table, so both act alike.
struct PlanProgress {
    int done = 0, all = 0, overdue = 0;
};
PlanProgress plan_progress(const Plan& plan, const Date& today); // done / all measures, overdue
// 整改方案, the office, 新建方案, 从文本导入…; without plans, the empty state too, and false.
bool draw_home_header(Doc& doc, ShellState& st);
bool plan_being_named(const Plan& plan); // a new plan whose title is typed in (draw_naming)
void draw_naming(Doc& doc, const Plan& plan);
void duplicate_plan_after(Doc& doc, const Plan& plan); // 复制: the copy after the plan
void ask_rename(const Plan& plan);   // 改名: its dialog
void ask_delete(const Plan& plan);   // 删除: its confirmation
void draw_home_popups(Doc& doc, ShellState& st);

} // namespace rectify::ui
