// current_user: who is using the app (当前使用人), a setting kept in the browser. A progress entry's
// 填报人, the 提交人 of a submission for closing and the 审核人 who verifies or returns it name a
// person, not the office: this one, asked for once, the first time it is needed (each entry's name
// stays editable). Also the confirmation that guards 提交销号 on an item with nothing to show.
#pragma once
#include <functional>
#include <string>

#include "ui/doc.h"
#include "ui/strings.h"

namespace rectify::ui {

using DocAction = std::function<void(Doc&)>;

// The name a new entry is recorded under: the current user, or the office's name until one is given.
const std::string& actor(const Doc& doc);

// Runs `act` now when the current user is known; otherwise asks for the name first (a small
// dialog, its field taking the keys typed at once) and runs `act` when it is given. Cancelled,
// nothing happens. `act` runs later: it must find what it changes by ID.
void with_user(Doc& doc, DocAction act);

// Asks `question` with `yes` (the action's own name) and 取消; yes runs `act` through with_user.
void confirm_then(S question, S yes, DocAction act);

// The dialogs of the two above; once per frame, after the views.
void draw_user_dialogs(Doc& doc);

// The setting as a one-line field with its label (科室和人员).
void draw_user_setting(Doc& doc);

} // namespace rectify::ui
