// text_field: see text_field.h. One field can be active at a time, so one edit buffer is enough.
// A one-line field is an ImGui InputText. A text_area is drawn here (ImGui 1.92 cannot wrap
// editable text) and, while edited, covered by the page's <textarea> overlay (web/textarea.js),
// which wraps, composes and pastes natively and reports its text and height back.
#include "ui/widgets/text_field.h"

#define IMGUI_DEFINE_MATH_OPERATORS // ImVec2 arithmetic for the frame rects
#include <cstring>
#include <utility>
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include "platform/text_input.h"
#include "ui/shell.h"
#include "ui/widgets/probe.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

namespace {

struct FieldState {
    ImGuiID id = 0;          // the field being edited, 0 when none
    std::string buffer;      // its text while active
    std::string original;    // the model's value when editing began
    Commit commit;           // how to hand the result back
    bool seen = false;       // drawn this frame
    int token = 0;           // text_area: the overlay's editing session, 0 for a one-line field
    float height = 0;        // text_area: the overlay's content height (ImGui units), 0 until known
};
FieldState g_field;
std::string g_scratch;       // the text shown by inactive fields
ImGuiID g_committed = 0;     // committed between frames (the overlay closed): reported by the next draw
struct Refocus {
    ImGuiID id = 0;
    int tab = 0;             // after focusing the field: 0 stay, +1 Tab on, -1 Shift+Tab back
} g_refocus;
// A field made by a button (expect_typing): keys are held until a field other than the one being
// edited at the press takes them, or the frames run out (the field never came: read-only, gone).
constexpr int kExpectFrames = 30;
struct Expect {
    int frames = 0;          // frames left to wait; 0: nothing expected
    ImGuiID before = 0;      // the field being edited when the button was pressed
    bool focus = false;      // focus_field_here(): the next field drawn takes the caret
    bool arrived = false;    // the field came in the frame just drawn (take_typing_arrived)
} g_expect;

ImGuiID editing_id() {
    if (g_field.id != 0) return g_field.id;
    const ImGuiID active = ImGui::GetActiveID();
    return active != 0 && ImGui::GetInputTextState(active) ? active : 0;
}

bool take_focus() { return std::exchange(g_expect.focus, false); }

void finish() {
    if (g_field.token) {
        g_field.buffer = platform::area_value(g_field.token); // the latest, even mid-composition
        platform::area_close(g_field.token);
    }
    if (g_field.id != 0 && g_field.buffer != g_field.original && g_field.commit) {
        Commit c = std::move(g_field.commit);
        std::string text = std::move(g_field.buffer);
        g_committed = g_field.id;
        g_field = FieldState{};
        c(std::move(text));
        return;
    }
    g_field = FieldState{};
}

bool take_committed(ImGuiID id) {
    if (g_committed != id) return false;
    g_committed = 0;
    return true;
}

bool field(const char* label, const std::string& value, const Commit& commit, const FieldOpts& opts) {
    const ImGuiID id = ImGui::GetID(label);
    const bool mine = g_field.id == id;
    std::string& buf = mine ? g_field.buffer : (g_scratch = value);
    const ImGuiInputTextFlags flags = opts.read_only ? ImGuiInputTextFlags_ReadOnly : 0;
    if (take_focus()) ImGui::SetKeyboardFocusHere(); // active from the next frame, its text selected
    ImGui::SetNextItemWidth(opts.width > 0 ? opts.width : -FLT_MIN);
    if (opts.hint) ImGui::InputTextWithHint(label, opts.hint, &buf, flags);
    else ImGui::InputText(label, &buf, flags);
    const bool active = ImGui::IsItemActive();
    if (active && !mine) {
        finish(); // another field was active: hand its text back first
        g_field.id = id;
        g_field.buffer = buf;
        g_field.original = value;
        g_field.commit = commit;
    }
    if (g_field.id == id) {
        g_field.seen = true;
        g_field.commit = commit; // the latest closure: the entity it edits may have moved
        if (!active) {
            const bool changed = g_field.buffer != g_field.original;
            finish();
            return changed;
        }
    }
    return false;
}

void open_overlay(ImGuiID id, const std::string& value, const Commit& commit, platform::AreaCaret caret) {
    finish(); // another field was active: hand its text back first
    ImGuiContext& g = *GImGui;
    platform::AreaStyle st;
    st.font_px = 16.0f * g.FontSize / body_font_size(); // body text is 16 CSS px
    st.line_h = ImGui::GetTextLineHeight();
    st.pad_x = g.Style.FramePadding.x;
    st.pad_y = g.Style.FramePadding.y;
    st.display_w = g.IO.DisplaySize.x;
    g_field.id = id;
    g_field.buffer = value;
    g_field.original = value;
    g_field.commit = commit;
    g_field.token = platform::area_open(value, caret, st);
}

// After the overlay closed by Tab, Ctrl+Enter or Escape: keyboard focus is on this field again,
// and a Tab goes on from here as it would from any other field.
void refocus(ImGuiID id, ImGuiWindow* window) {
    if (g_refocus.id != id) return;
    ImGui::SetFocusID(id, window);
    ImGui::SetNavCursorVisible(true);
    if (g_refocus.tab != 0) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Shift, g_refocus.tab < 0);
        io.AddKeyEvent(ImGuiKey_Tab, true);
        io.AddKeyEvent(ImGuiKey_Tab, false);
        io.AddKeyEvent(ImGuiMod_Shift, false);
    }
    g_refocus = Refocus{};
}

bool area(const char* label, const std::string& value, const Commit& commit, const FieldOpts& opts) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return false;
    ImGuiContext& g = *GImGui;
    const ImGuiStyle& style = g.Style;
    const ImGuiID id = window->GetID(label);
    const char* label_end = ImGui::FindRenderedTextEnd(label);
    const float label_w = label_end > label ? ImGui::CalcTextSize(label, label_end).x : 0.0f;
    float width = opts.width > 0 ? opts.width : ImGui::GetContentRegionAvail().x;
    if (opts.width <= 0 && label_w > 0) width -= label_w + style.ItemInnerSpacing.x;
    const ImVec2 pad = style.FramePadding;
    const float line = ImGui::GetTextLineHeight();
    const float wrap = ImMax(1.0f, width - pad.x * 2);
    const float min_h = line * float(ImMax(1, opts.min_lines)) + pad.y * 2;

    bool mine = g_field.id == id && g_field.token != 0;
    const std::string& shown = mine ? g_field.buffer : value;
    const bool hint = shown.empty() && opts.hint;
    const char* t = hint ? opts.hint : shown.c_str();
    const std::vector<WrappedLine> lines = wrap_text(t, t + std::strlen(t), wrap);
    float h = ImMax(min_h, line * float(lines.size()) + pad.y * 2);
    if (mine && g_field.height > 0) h = ImMax(min_h, g_field.height); // the page's own layout, exactly
    const ImRect frame(window->DC.CursorPos, window->DC.CursorPos + ImVec2(width, h));
    const ImRect total(frame.Min, frame.Max + ImVec2(label_w > 0 ? style.ItemInnerSpacing.x + label_w : 0.0f, 0.0f));
    ImGui::ItemSize(total, pad.y);
    using Caret = platform::AreaCaret;
    const bool focus = take_focus() && !opts.read_only && !mine;
    if (!ImGui::ItemAdd(total, id, &frame, ImGuiItemFlags_Inputable)) {
        if (focus) { // a new item out of view: scroll to it, and it takes the keys already
            ImGui::ScrollToRect(window, total);
            open_overlay(id, value, commit, Caret::SelectAll);
            g_field.seen = true;
        }
        return take_committed(id); // scrolled away
    }
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label, g.LastItemData.StatusFlags); // findable by label, like ImGui's widgets

    bool hovered = false, held = false;
    const bool pressed = !opts.read_only && ImGui::ButtonBehavior(frame, id, &hovered, &held, ImGuiButtonFlags_PressedOnClick);
    if (!mine && !opts.read_only && (pressed || g.NavActivateId == id || focus)) {
        open_overlay(id, value, commit, pressed && g.IO.MouseClicked[0] ? Caret::AtClick : focus ? Caret::SelectAll : Caret::End);
        if (focus) ImGui::SetFocusID(id, window); // Tab from the overlay goes on from here
        mine = true;
    }
    refocus(id, window);

    ImGui::RenderNavCursor(frame, id);
    ImGui::RenderFrame(frame.Min, frame.Max, ImGui::GetColorU32(mine ? ImGuiCol_FrameBgActive : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), true, style.FrameRounding);
    const ImRect clip(ImMax(frame.Min, window->ClipRect.Min), ImMin(frame.Max, window->ClipRect.Max));
    if (mine) {
        g_field.seen = true;
        g_field.commit = commit; // the latest closure: the entity it edits may have moved
        platform::area_place(g_field.token, frame.Min.x, frame.Min.y, frame.GetWidth(), frame.GetHeight(), clip.Min.x,
                             clip.Min.y, clip.Max.x, clip.Max.y, g.IO.DisplaySize.x);
    } else {
        const ImVec4 fine(clip.Min.x, clip.Min.y, clip.Max.x, clip.Max.y);
        const ImU32 col = ImGui::GetColorU32(hint ? ImGuiCol_TextDisabled : ImGuiCol_Text);
        ImVec2 p = frame.Min + pad;
        for (const WrappedLine& l : lines) {
            if (p.y + line > clip.Min.y && p.y < clip.Max.y)
                window->DrawList->AddText(g.Font, g.FontSize, p, col, l.begin, l.end, 0.0f, &fine);
            p.y += line;
        }
    }
    if (hovered && !opts.read_only) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    if (label_w > 0) ImGui::RenderText(ImVec2(frame.Max.x + style.ItemInnerSpacing.x, frame.Min.y + pad.y), label, label_end);
    return take_committed(id);
}

} // namespace

bool text_field(const char* label, const std::string& value, const Commit& commit, const FieldOpts& opts) {
    return field(label, value, commit, opts);
}

bool text_area(const char* label, const std::string& value, const Commit& commit, const FieldOpts& opts) {
    return area(label, value, commit, opts);
}

void expect_typing() {
    g_expect.frames = kExpectFrames;
    g_expect.before = editing_id();
}

void focus_field_here() { g_expect.focus = true; }

bool typing_expected() { return g_expect.frames > 0; }

bool take_typing_arrived() { return std::exchange(g_expect.arrived, false); }

int typing_target_area() { return g_field.token; }

void text_fields_end_frame() {
    if (g_field.id != 0 && !g_field.seen) finish();
    g_field.seen = false;
    g_refocus = Refocus{}; // its field was not drawn: nothing to give focus back to
    g_expect.focus = false; // a request for a field that was not drawn
    if (g_expect.frames > 0) {
        const ImGuiID now = editing_id();
        g_expect.arrived = now != 0 && now != g_expect.before;
        g_expect.frames = g_expect.arrived ? 0 : g_expect.frames - 1;
    }
}

void text_fields_commit_active() {
    if (g_field.id == 0) return;
    finish();
    ImGui::ClearActiveID();
}

bool text_field_active() { return g_field.id != 0; }

bool text_field_untouched() { return g_field.id != 0 && text_field_current().text == g_field.original; }

bool text_editing() {
    const ImGuiID active = ImGui::GetActiveID();
    return text_field_active() || (active != 0 && ImGui::GetInputTextState(active) != nullptr);
}

ActiveField text_field_current() {
    ActiveField f;
    f.id = g_field.id;
    f.area = g_field.token != 0;
    if (!f.area) {
        // A one-line field's live text is ImGui's own buffer (the bound copy updates once per frame).
        if (const ImGuiInputTextState* st = ImGui::GetInputTextState(g_field.id)) f.text.assign(st->TextA.Data, size_t(st->TextLen));
        else f.text = g_field.buffer;
    } else {
        f.text = g_field.buffer;
    }
    return f;
}

// For the tests: the text being edited, in a text_area's page overlay or in any ImGui InputText
// (a text_field, or a plain one such as the rename popup's).
[[maybe_unused]] static const bool kProbe = probe("field", [](JsonOut& o, const Doc&) {
    const ActiveField field = text_field_current();
    const ImGuiInputTextState* typing = field.area ? nullptr : ImGui::GetInputTextState(ImGui::GetActiveID());
    std::string_view text;
    if (field.area) text = field.text;
    else if (typing) text = std::string_view(typing->TextA.Data, size_t(typing->TextLen));
    o.begin_object().field("active", field.area || typing).field("area", field.area).field("text", text).end_object();
});

void text_area_page_event(const platform::TextEvent& ev) {
    if (g_field.token == 0 || ev.token != g_field.token) return; // a session already closed
    g_field.buffer = ev.text;
    if (ev.kind == platform::TextEvent::Kind::AreaInput) {
        g_field.height = ev.height;
        return;
    }
    using End = platform::TextEvent::End;
    const ImGuiID id = g_field.id;
    g_field.token = 0; // the page closed it already
    if (ev.end == End::Revert) g_field = FieldState{};
    else finish();
    g_refocus = Refocus{id, ev.end == End::Tab ? 1 : ev.end == End::ShiftTab ? -1 : 0};
}

} // namespace rectify::ui
