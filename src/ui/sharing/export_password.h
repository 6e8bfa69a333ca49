// export_password: 设置密码 for 导出 and 下发 (encrypted plan files, core/crypt/envelope.h): a
// password and its confirmation, a strength hint, and the warning that a lost password cannot be
// recovered. Once set, the plan files exported in this session are encrypted with it (the app's
// requests seal them through platform/crypt.h) until 清除密码; it is never saved anywhere.
#pragma once
#include <string>

#include "ui/shell.h"

namespace rectify::ui {

// The menu items, inside the export menu (returns.cpp): 设置密码… / 清除密码.
void draw_export_password_items();
// The dialog, drawn by the shell over any view.
void draw_export_password_dialog();
// The password exports are encrypted with, or "" (not encrypted).
const std::string& export_password();

// 0 weak, 1 fair, 2 strong: by length and the kinds of characters (a hint, not a rule).
int password_strength(const std::string& password);

} // namespace rectify::ui
