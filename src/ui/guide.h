// guide: help for a clerk who opens the app for the first time. The guide (帮助 → 使用指南) explains
// in short sections what a plan is and how the app models it, importing a document, the ledger,
// sharing with other offices, where the data is kept and how to back it up. The empty states say
// what to do next where a view has nothing to show yet; each is anchored for the tests.
#pragma once

#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

// The guide's window, while st.show_guide (anchored as "guide", its sections as "guide-plan",
// "guide-import", "guide-ledger", "guide-share", "guide-data", "guide-backup").
void draw_guide(ShellState& st, Doc& doc);

// Home with no plans ("home-empty"): new, import from text, or open a file (also dropped).
void draw_home_empty(ShellState& st);
// 打开文件…: the file picker for any file the app takes (plan files, returns, ledgers, texts).
void request_open_file(ShellState& st);
// A plan without problems ("outline-empty"): add one, or import a written plan.
void draw_outline_empty();
// The ledger with no rows: no measures at all ("ledger-empty"), or the filters hide all `total`
// ("ledger-empty-filtered", with its own 清除筛选). True when that button was pressed.
bool draw_ledger_empty(int total);
// 汇总报送 before any file ("returns-empty"): how returns come in.
void draw_returns_empty();

} // namespace rectify::ui
