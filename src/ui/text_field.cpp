// text_field: see text_field.h. One field can be active at a time, so one edit buffer is enough.
#include "ui/text_field.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include "ui/shell.h"

namespace rectify::ui {

namespace {

struct FieldState {
    ImGuiID id = 0;          // the field being edited, 0 when none
    std::string buffer;      // its text while active
    std::string original;    // the model's value when editing began
    Commit commit;           // how to hand the result back
    bool seen = false;       // drawn this frame
};
FieldState g_field;
std::string g_scratch;       // the text shown by inactive fields

void finish() {
    if (g_field.id != 0 && g_field.buffer != g_field.original && g_field.commit) {
        Commit c = std::move(g_field.commit);
        std::string text = std::move(g_field.buffer);
        g_field = FieldState{};
        c(std::move(text));
        return;
    }
    g_field = FieldState{};
}

bool field(const char* label, const std::string& value, const Commit& commit, const FieldOpts& opts, bool multi) {
    const ImGuiID id = ImGui::GetID(label);
    const bool mine = g_field.id == id;
    std::string& buf = mine ? g_field.buffer : (g_scratch = value);
    ImGuiInputTextFlags flags = opts.read_only ? ImGuiInputTextFlags_ReadOnly : 0;
    const float width = opts.width > 0 ? opts.width : -FLT_MIN;
    if (multi) {
        const float line = ImGui::GetTextLineHeight();
        int lines = 1;
        for (char c : buf) lines += c == '\n';
        if (lines < opts.min_lines) lines = opts.min_lines;
        const float h = line * float(lines) + ImGui::GetStyle().FramePadding.y * 2 + 2;
        ImGui::InputTextMultiline(label, &buf, ImVec2(width, h), flags);
    } else {
        ImGui::SetNextItemWidth(width);
        if (opts.hint) ImGui::InputTextWithHint(label, opts.hint, &buf, flags);
        else ImGui::InputText(label, &buf, flags);
    }
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

} // namespace

bool text_field(const char* label, const std::string& value, const Commit& commit, const FieldOpts& opts) {
    return field(label, value, commit, opts, false);
}

bool text_area(const char* label, const std::string& value, const Commit& commit, const FieldOpts& opts) {
    return field(label, value, commit, opts, true);
}

void text_fields_end_frame() {
    if (g_field.id != 0 && !g_field.seen) finish();
    g_field.seen = false;
}

void text_fields_commit_active() {
    if (g_field.id == 0) return;
    finish();
    ImGui::ClearActiveID();
}

bool text_field_active() { return g_field.id != 0; }

} // namespace rectify::ui
