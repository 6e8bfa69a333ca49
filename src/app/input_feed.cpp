// input_feed: see input_feed.h. Keys are mapped from KeyboardEvent.code (letters from .key, so
// Ctrl+Z follows the keyboard layout as users expect); modifiers travel with every key event.
#include "app/input_feed.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <imgui.h>
#include <imgui_internal.h>
#include <string>
#include <unordered_map>
#include <vector>

#include "platform/text_input.h"
#include "ui/shell.h"
#include "ui/widgets/text_field.h"

namespace rectify::app {

namespace {

std::string g_clipboard;       // the app's clipboard: the last copy, or the text being pasted
std::string g_clipboard_out;   // what GetClipboardText returned (fitted to the field)
std::vector<ImGuiKey> g_held;  // keys down, released together when the window loses focus
std::vector<ImGuiInputEvent> g_waiting; // keys typed for a field on its way (text_input_after_frame)
struct Mods { bool ctrl = false, shift = false, alt = false, meta = false; } g_mods;

ImGuiKey map_key(const std::string& code, const std::string& key) {
    if (key.size() == 1 && std::isalpha(static_cast<unsigned char>(key[0])))
        return ImGuiKey(ImGuiKey_A + (std::tolower(static_cast<unsigned char>(key[0])) - 'a'));
    if (code.size() == 4 && code.compare(0, 3, "Key") == 0 && code[3] >= 'A' && code[3] <= 'Z') return ImGuiKey(ImGuiKey_A + (code[3] - 'A'));
    if (code.size() == 6 && code.compare(0, 5, "Digit") == 0) return ImGuiKey(ImGuiKey_0 + (code[5] - '0'));
    if (code.size() == 7 && code.compare(0, 6, "Numpad") == 0 && std::isdigit(static_cast<unsigned char>(code[6])))
        return ImGuiKey(ImGuiKey_Keypad0 + (code[6] - '0'));
    if (code.size() >= 2 && code[0] == 'F' && std::isdigit(static_cast<unsigned char>(code[1]))) {
        const int n = std::atoi(code.c_str() + 1);
        if (n >= 1 && n <= 24) return ImGuiKey(ImGuiKey_F1 + n - 1);
    }
    static const std::unordered_map<std::string, ImGuiKey> named = {
        {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow}, {"ArrowUp", ImGuiKey_UpArrow},
        {"ArrowDown", ImGuiKey_DownArrow}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
        {"PageUp", ImGuiKey_PageUp}, {"PageDown", ImGuiKey_PageDown}, {"Insert", ImGuiKey_Insert},
        {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace}, {"Enter", ImGuiKey_Enter},
        {"NumpadEnter", ImGuiKey_KeypadEnter}, {"Escape", ImGuiKey_Escape}, {"Tab", ImGuiKey_Tab},
        {"Space", ImGuiKey_Space}, {"Minus", ImGuiKey_Minus}, {"Equal", ImGuiKey_Equal},
        {"BracketLeft", ImGuiKey_LeftBracket}, {"BracketRight", ImGuiKey_RightBracket},
        {"Backslash", ImGuiKey_Backslash}, {"Semicolon", ImGuiKey_Semicolon}, {"Quote", ImGuiKey_Apostrophe},
        {"Backquote", ImGuiKey_GraveAccent}, {"Comma", ImGuiKey_Comma}, {"Period", ImGuiKey_Period},
        {"Slash", ImGuiKey_Slash}, {"CapsLock", ImGuiKey_CapsLock}, {"NumLock", ImGuiKey_NumLock},
        {"ScrollLock", ImGuiKey_ScrollLock}, {"PrintScreen", ImGuiKey_PrintScreen}, {"Pause", ImGuiKey_Pause},
        {"ContextMenu", ImGuiKey_Menu}, {"NumpadDecimal", ImGuiKey_KeypadDecimal},
        {"NumpadDivide", ImGuiKey_KeypadDivide}, {"NumpadMultiply", ImGuiKey_KeypadMultiply},
        {"NumpadSubtract", ImGuiKey_KeypadSubtract}, {"NumpadAdd", ImGuiKey_KeypadAdd},
        {"NumpadEqual", ImGuiKey_KeypadEqual}, {"ControlLeft", ImGuiKey_LeftCtrl},
        {"ControlRight", ImGuiKey_RightCtrl}, {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift},
        {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper},
        {"MetaRight", ImGuiKey_RightSuper}, {"OSLeft", ImGuiKey_LeftSuper}, {"OSRight", ImGuiKey_RightSuper},
    };
    auto it = named.find(code);
    return it == named.end() ? ImGuiKey_None : it->second;
}

// Physical modifiers: ImGui swaps Cmd and Ctrl itself when io.ConfigMacOSXBehaviors is set.
void send_mods(const Mods& m) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, m.ctrl);
    io.AddKeyEvent(ImGuiMod_Shift, m.shift);
    io.AddKeyEvent(ImGuiMod_Alt, m.alt);
    io.AddKeyEvent(ImGuiMod_Super, m.meta);
}

void key(ImGuiKey k, bool down) {
    if (k == ImGuiKey_None) return;
    ImGui::GetIO().AddKeyEvent(k, down);
    auto it = std::find(g_held.begin(), g_held.end(), k);
    if (down && it == g_held.end()) g_held.push_back(k);
    if (!down && it != g_held.end()) g_held.erase(it);
}

// Ctrl+key (Cmd+key on a Mac) with no other modifier, then the physical state again: how the app
// is asked to copy, cut or paste, so ImGui does it as one edit with its own rules.
void chord(ImGuiKey k) {
    Mods primary;
    (ImGui::GetIO().ConfigMacOSXBehaviors ? primary.meta : primary.ctrl) = true;
    send_mods(primary);
    ImGui::GetIO().AddKeyEvent(k, true);
    ImGui::GetIO().AddKeyEvent(k, false);
    send_mods(g_mods);
}

void release_all() {
    for (ImGuiKey k : std::vector<ImGuiKey>(g_held)) key(k, false);
    g_mods = Mods{};
    send_mods(g_mods);
}

void apply(platform::TextEvent& ev) {
    using K = platform::TextEvent::Kind;
    switch (ev.kind) {
    case K::Key:
        g_mods = Mods{ev.ctrl, ev.shift, ev.alt, ev.meta};
        send_mods(g_mods);
        key(map_key(ev.code, ev.key), ev.down);
        break;
    case K::Text: ImGui::GetIO().AddInputCharactersUTF8(ev.text.c_str()); break;
    case K::Paste:
        g_clipboard = std::move(ev.text);
        chord(ImGuiKey_V);
        break;
    case K::Chord: chord(map_key(ev.code, "")); break;
    case K::Release: release_all(); break;
    case K::AreaInput:
    case K::AreaEnd: ui::text_area_page_event(ev); break;
    case K::Leave:
        // Only a one-line field: the multi-line overlay ends itself on its element's blur.
        if (ImGui::GetInputTextState(ImGui::GetActiveID())) ImGui::ClearActiveID(); // the field commits when drawn next
        break;
    }
}

// A one-line field drops newlines silently: pasted lines become words instead.
const char* get_clipboard(ImGuiContext*) {
    g_clipboard_out = g_clipboard;
    const ImGuiInputTextState* st = ImGui::GetInputTextState(ImGui::GetActiveID());
    if (st && !(st->Flags & ImGuiInputTextFlags_Multiline)) {
        while (!g_clipboard_out.empty() && g_clipboard_out.back() == '\n') g_clipboard_out.pop_back();
        for (char& c : g_clipboard_out)
            if (c == '\n' || c == '\t') c = ' ';
    }
    return g_clipboard_out.c_str();
}

void set_clipboard(ImGuiContext*, const char* text) {
    g_clipboard = text ? text : "";
    platform::text_input_set_clipboard(g_clipboard);
}

void set_ime(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* d) {
    // The body text is 16 CSS px for a line of body_font_size() ImGui units.
    const float font_px = 16.0f * d->InputLineHeight / ui::body_font_size();
    platform::text_input_set_caret(d->WantVisible, d->InputPos.x, d->InputPos.y, d->InputLineHeight, font_px,
                                   ImGui::GetIO().DisplaySize.x);
}

bool is_typing(const ImGuiInputEvent& e) { return e.Type == ImGuiInputEventType_Key || e.Type == ImGuiInputEventType_Text; }

// Held keys for a text_area's overlay: its text, Backspace as '\b' and Enter as a new line; the
// keys that end the editing there end it here too (Tab '\t', Shift+Tab '\x19', Escape '\x1b',
// Ctrl+Enter '\r'), and what follows goes to ImGui, as it would once the overlay has closed. The
// other keys' presses stay away from ImGui (the overlay has the keyboard), their releases and the
// modifiers go to ImGui so that its idea of what is held stays true.
void to_overlay(int token, const std::vector<ImGuiInputEvent>& held, ImVector<ImGuiInputEvent>& to_imgui) {
    std::string keys;
    bool ctrl = false, shift = false, ended = false;
    for (const ImGuiInputEvent& e : held) {
        if (ended) {
            to_imgui.push_back(e);
            continue;
        }
        if (e.Type == ImGuiInputEventType_Key && (e.Key.Key == ImGuiMod_Ctrl || e.Key.Key == ImGuiMod_Super)) ctrl = e.Key.Down;
        if (e.Type == ImGuiInputEventType_Key && e.Key.Key == ImGuiMod_Shift) shift = e.Key.Down;
        const bool enter = e.Type == ImGuiInputEventType_Key && (e.Key.Key == ImGuiKey_Enter || e.Key.Key == ImGuiKey_KeypadEnter);
        const char end = e.Type != ImGuiInputEventType_Key || !e.Key.Down ? 0
                       : e.Key.Key == ImGuiKey_Tab ? (shift ? '\x19' : '\t')
                       : e.Key.Key == ImGuiKey_Escape ? '\x1b'
                       : enter && ctrl ? '\r' : 0;
        if (end) {
            keys += end;
            ended = true;
        } else if (e.Type == ImGuiInputEventType_Text) {
            char utf8[5];
            keys.append(utf8, size_t(ImTextCharToUtf8(utf8, e.Text.Char)));
        } else if (e.Key.Down && e.Key.Key == ImGuiKey_Backspace) {
            keys += '\b';
        } else if (e.Key.Down && (e.Key.Key == ImGuiKey_Enter || e.Key.Key == ImGuiKey_KeypadEnter)) {
            keys += '\n';
        } else if (!e.Key.Down || (e.Key.Key & ImGuiMod_Mask_) != 0) {
            to_imgui.push_back(e);
        }
    }
    if (!keys.empty()) platform::area_type(token, keys);
}

// See text_input_after_frame(): the queue keeps mouse and focus events, in order.
void hold_typing() {
    ImVector<ImGuiInputEvent>& queue = ImGui::GetCurrentContext()->InputEventsQueue;
    // The field can come in the very frame its button was pressed: keys typed with the click are
    // still in ImGui's queue then, and must reach the field too (a text_area's overlay has the
    // keyboard from now on, so ImGui would drop them).
    const bool arrived = ui::take_typing_arrived();
    if (ui::typing_expected() || arrived) {
        int kept = 0;
        for (const ImGuiInputEvent& e : queue) {
            if (is_typing(e)) g_waiting.push_back(e);
            else queue[kept++] = e;
        }
        queue.resize(kept);
        if (!arrived) return;
    }
    if (g_waiting.empty()) return;
    std::vector<ImGuiInputEvent> held;
    held.swap(g_waiting);
    ImVector<ImGuiInputEvent> first;
    if (const int token = ui::typing_target_area()) to_overlay(token, held, first);
    else for (const ImGuiInputEvent& e : held) first.push_back(e); // the field is ImGui's: all of it
    for (const ImGuiInputEvent& e : queue) first.push_back(e);      // then what came since
    queue.swap(first);
}

} // namespace

void text_input_after_frame() { hold_typing(); }

void text_input_begin(void (*run_now)()) {
    ImGuiPlatformIO& pio = ImGui::GetPlatformIO();
    pio.Platform_GetClipboardTextFn = get_clipboard;
    pio.Platform_SetClipboardTextFn = set_clipboard;
    pio.Platform_SetImeDataFn = set_ime;
    platform::text_input_on_sync(run_now);
    platform::text_input_init();
}

bool text_input_pump() {
    bool any = false;
    platform::TextEvent ev;
    while (platform::text_input_poll(&ev)) {
        apply(ev);
        any = true;
    }
    hold_typing();
    return any || !ImGui::GetCurrentContext()->InputEventsQueue.empty();
}

bool text_input_busy() { return platform::text_input_pending() || !ImGui::GetCurrentContext()->InputEventsQueue.empty(); }

} // namespace rectify::app
