// text_input: the page's text layer (web/textinput.js). SDL2 on the web has no IME, no system
// clipboard and no wrapping text editor, so a hidden <textarea> owns keyboard focus and the
// composition, and a visible <textarea> overlay edits multi-line fields. Its events arrive here in
// order; the app feeds them to ImGui before each frame (app/input_feed.cpp).
#pragma once
#include <string>

namespace rectify::platform {

struct TextEvent {
    enum class Kind {
        Key,        // a key went down/up: code (KeyboardEvent.code), key (KeyboardEvent.key), mods
        Text,       // committed text (typed, or the end of a composition)
        Paste,      // the page's paste event: text, then the app pastes it as one edit
        Chord,      // the app's own copy/cut/paste shortcut (primary modifier + code)
        Release,    // the window lost focus: release every key and modifier
        AreaInput,  // the overlay's text changed: token, text, height (content height, CSS px)
        AreaEnd,    // the overlay closed: token, text, end
        Leave,      // a phone's on-screen keyboard closed: leave the field typed in, as a tap elsewhere does
    };
    enum class End { Commit, Tab, ShiftTab, Revert };
    Kind kind = Kind::Key;
    bool down = false;
    bool ctrl = false, shift = false, alt = false, meta = false;
    std::string code, key, text;
    int token = 0;
    float height = 0;
    End end = End::Commit;
};

void text_input_init();                 // creates the hidden element (once)
bool text_input_poll(TextEvent* ev);    // the next queued event, false when none
bool text_input_pending();              // events are queued

// Where ImGui's text caret is (ImGui units), so the OS candidate window and the preedit appear
// there; want_text: a field is being edited. display_w: ImGui's display width (for the scale).
void text_input_set_caret(bool want_text, float x, float y, float line_h, float font_px, float display_w);
// Puts text on the system clipboard (or into the clipboard event being answered).
void text_input_set_clipboard(const std::string& text);
// The page asks the app to handle clipboard events synchronously: the app runs its queued input
// through frames at once when this is called (set by the app).
void text_input_on_sync(void (*fn)());

// The multi-line overlay. Rects are in ImGui units; the page converts with the canvas rect.
struct AreaStyle {
    float font_px = 16, line_h = 23, pad_x = 8, pad_y = 5, display_w = 1;
};
// Where the caret goes when the overlay opens: where the mouse went down, at the end of the text,
// or over all of it (a new item's placeholder text, replaced by what is typed).
enum class AreaCaret { AtClick, End, SelectAll };
// Opens the overlay with `text`. Returns a token that names this editing session in later events.
int area_open(const std::string& text, AreaCaret caret, const AreaStyle& style);
// Keeps the overlay over the field's frame (x,y,w,h) clipped to (cx0,cy0,cx1,cy1).
void area_place(int token, float x, float y, float w, float h, float cx0, float cy0, float cx1, float cy1, float display_w);
std::string area_value(int token);     // the overlay's current text
// Types into the overlay as the keyboard would have: text replaces the selection, '\b' deletes
// backwards (keys that came before the overlay existed, replayed in order).
void area_type(int token, const std::string& keys);
void area_close(int token);            // hides it and gives focus back to the hidden element

} // namespace rectify::platform
