// pickers: the editor's choosers. A date (calendar popup), a deadline (calendar plus 月底前,
// 长期坚持, 立行立改 and the document's own wording), a status, and departments or people from
// the directory with type-ahead. Each returns true on the frame the user picked something.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "core/commands.h"
#include "core/model.h"
#include "ui/doc.h"
#include "ui/strings.h"

struct ImVec4;

namespace rectify::ui {

// "2022年11月30日" / "30 Nov 2022" in the current language; "" for no date.
std::string date_text(const Date& d);
// The deadline as the document words it, or by its kind when it has no wording.
std::string deadline_text(const Deadline& d);

// Red when overdue, amber when due soon (doc.soon_days), green when done, else the text colour.
ImVec4 due_colour(const Measure& m, const Doc& doc);
// "已逾期" / "即将到期" / nullptr.
const char* due_word(const Measure& m, const Doc& doc);

const char* status_label(Status s);
const char* feedback_label(FeedbackKind k); // 公众评议, 巡察, …

// A button that adds an item, anchored as `name` for tests (disabled when read-only).
bool add_button(const Doc& doc, S label, const char* name);
// A small "×" that removes a row (disabled when the workspace is read-only); a delete_button.
bool remove_button(const Doc& doc);
// A button that deletes, left out of the Tab order: Tab from a field and then Enter must never
// delete anything unasked. A click, or the arrow keys, still reach it.
bool delete_button(const char* label, bool small = false);
ImVec4 status_colour(Status s);

bool date_button(const char* id, const Date& value, const Date& today, Date* picked);
bool deadline_button(const char* id, const Measure& m, const Doc& doc, Deadline* picked);
bool status_combo(const char* id, Status value, Status* picked);

// Departments (or people) of the directory as removable chips, and a type-ahead box that adds
// one, creating it in the directory when the name is new (one undoable step). `make_set` builds
// the command that stores the new list in the model.
enum class RefKind { Department, Person };
void ref_picker(const char* id, Doc& doc, RefKind kind, const std::vector<Id>& value,
                const std::function<CommandPtr(std::vector<Id>)>& make_set);

// The name of a department or person, or "?" when the reference is dangling.
const std::string& ref_name(const Workspace& ws, RefKind kind, const Id& id);

// Lines <-> list fields (steps, deputies): one item per line, blank lines dropped.
std::string join_lines(const std::vector<std::string>& items);
std::vector<std::string> split_lines(const std::string& text);
// 主送: "、" between items (read back with split_names, core/csv.h).
std::string join_list(const std::vector<std::string>& items);

} // namespace rectify::ui
