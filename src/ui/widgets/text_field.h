// text_field: the app's text fields. Views never bind an ImGui text widget straight to the model:
// a field edits a private copy while it is active and hands the result to `commit` once, when the
// user is done (Enter, Tab, a click elsewhere, the field scrolling away or its view closing), so
// one edit of a field is one undoable command.
//
// Index: FieldOpts · text_field (one line) · text_area (wraps and grows) · a field made by a
// button · frame hooks
#pragma once
#include <functional>
#include <string>

namespace rectify::platform {
struct TextEvent;
}

namespace rectify::ui {

using Commit = std::function<void(std::string)>;

struct FieldOpts {
    const char* hint = nullptr; // grey text shown while the field is empty
    float width = 0.0f;         // 0: the rest of the line
    bool read_only = false;
    int min_lines = 2;          // text_area: the least height, in lines
};

// A one-line field. `label` is an ImGui ID ("##title"); `value` is the model's current value.
// Returns true on the frame it committed a changed value.
bool text_field(const char* label, const std::string& value, const Commit& commit, const FieldOpts& opts = {});

// A multi-line field that wraps at the available width and grows with its content.
// While edited, the page's own <textarea> lies over it (IME, selection, wrapping as in any web
// form); it commits on a click elsewhere, Tab/Shift+Tab (focus moves on), Ctrl+Enter or page hide,
// and Escape reverts.
bool text_area(const char* label, const std::string& value, const Commit& commit, const FieldOpts& opts = {});

// ---- a field made by a button ---------------------------------------------------------------
// A button that makes something to type into (添加进展, 添加问题, a new department…) calls
// expect_typing() when pressed; the view calls focus_field_here() just before it draws the new
// item's first field, which then takes the caret at once (a new item's placeholder text selected,
// so typing replaces it). Keys typed in between — before that field, or a text_area's overlay,
// exists — are held by the app and land in the field in order (app/input_feed.cpp).
void expect_typing();
void focus_field_here();
// True while keys are held for a field on its way (a few frames at most).
bool typing_expected();
// True once, after the frame in which the field came: the keys still in ImGui's queue were typed
// before it existed (the button and its field can be drawn in one frame) and belong to it too.
bool take_typing_arrived();
// Where held keys go once the field is there: the overlay session of a text_area, or 0 (a one-line
// field, or a plain InputText, takes them as ImGui input).
int typing_target_area();

// Call once per frame after all views: commits an active field that was not drawn this frame
// (its view closed, or the selection moved on), so no typed text is ever dropped.
void text_fields_end_frame();
// Commits whatever field is being edited now (before the page hides, before undo).
void text_fields_commit_active();
// True while a field is being edited (its text is not in the model yet).
bool text_field_active();
// True while a field is being edited and its text is still what it opened with (a new item's,
// just made): Ctrl+Z then undoes the last edit rather than typing that did not happen.
bool text_field_untouched();
// True while any text is being typed: a text_field or text_area, or a plain ImGui InputText
// (the rename box, a picker's wording) whose value will become an edit.
bool text_editing();

// The field being edited: its label's ID, its current text, and whether it is a text_area edited
// in the page's overlay.
struct ActiveField {
    unsigned id = 0;
    std::string text;
    bool area = false;
};
ActiveField text_field_current();

// The overlay's events (text changed, closed), from the app's input pump before a frame.
void text_area_page_event(const platform::TextEvent& ev);

} // namespace rectify::ui
