// incoming_files: what happens to a file the user gives the app, from the file picker or dropped on
// the page: a plan file (.json) goes to the merge (returns.h); a ledger (CSV or tab-separated
// text) opens the import preview; anything else gets a message saying which files the app takes.
// Nothing enters the workspace from here directly.
#pragma once
#include <vector>

#include "platform/files.h"
#include "ui/doc.h"
#include "ui/shell.h"

namespace rectify::ui {

// Purposes the views ask the file picker for (ShellRequests::pick_purpose).
inline constexpr const char* kPickLedger = "ledger-csv";

void receive_files(Doc& doc, ShellState& st, std::vector<platform::IncomingFile> files);
// Between frames: plan files held while the office module put an old one in today's format go on
// once every one is read. True when something the user sees changed.
bool incoming_tick(ShellState& st);

// The import preview of a ledger file: the rows it found with an error for each bad one, the
// target plan, and 导入 / 取消. Drawn by the shell over any view; one undo step when accepted.
void draw_ledger_import(Doc& doc, ShellState& st);

} // namespace rectify::ui
