// modal: the large dialogs that take files in (ledger import, text import, merge preview): a
// share of the page's work area, centred when they appear, never saved to settings.
#pragma once
#include <string>

namespace rectify::ui {

// BeginPopupModal for `title_id` (as tr_id makes it) sized width × height of the work area the
// first time it appears. True while open: the caller then owes ImGui::EndPopup().
bool begin_page_modal(const std::string& title_id, float width, float height);

} // namespace rectify::ui
