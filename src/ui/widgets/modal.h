// modal: the dialogs. The large ones that take files in (ledger import, text import, merge
// preview): a share of the page's work area, centred when they appear; the small ones (a question,
// a name): sized to their content, full screen on a phone. Never saved to settings.
//
// Index
//   begin_page_modal()   a share of the work area
//   begin_fit_modal()    sized to its content; the whole work area when narrow (ui/narrow)
//   call_apart()         a dialog's body, compiled by the browser only when the dialog is open
#pragma once
#include <string>
#include <utility>

namespace rectify::ui {

// BeginPopupModal for `title_id` (as tr_id makes it) sized width × height of the work area the
// first time it appears. True while open: the caller then owes ImGui::EndPopup().
bool begin_page_modal(const std::string& title_id, float width, float height);

// BeginPopupModal for `title_id` sized to its content (centred, as ImGui places a modal), or
// filling the work area while the layout is narrow: a dialog sized for a desktop's text runs off
// a phone's edge. True while open: the caller then owes ImGui::EndPopup().
bool begin_fit_modal(const std::string& title_id);

// Calls `body` through a pointer the link step's optimiser cannot see through, so the body is not
// inlined into its caller: the browser compiles a wasm function at its first call, and every
// dialog's body inlined into the one function that draws the shell was compiled before the first
// frame, open or not (docs/PERFORMANCE.md, issue 23). A dialog tests whether it is open, then
// hands the rest to call_apart; as the views' table in shell.cpp does for the views.
template <class... Params, class... Args> inline void call_apart(void (*body)(Params...), Args&&... args) {
    void (*volatile apart)(Params...) = body;
    apart(std::forward<Args>(args)...);
}

} // namespace rectify::ui
