#include "ui/wrap.h"

#include <algorithm>
#include <imgui.h>
#include <imgui_internal.h> // ImTextCharFromUtf8

namespace rectify::ui {

void text_wrapped(const char* text, const char* end, float width) {
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    ImGui::BeginGroup();
    // The lines of one paragraph as close as a text field's, not as far apart as separate items.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0.0f));
    for (const WrappedLine& l : wrap_text(text, end, std::max(1.0f, width))) ImGui::TextUnformatted(l.begin, l.end);
    ImGui::PopStyleVar();
    ImGui::EndGroup();
}

namespace {

bool is_cjk(unsigned c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

// Chinese typesetting keeps these off the start of a line…
bool is_closing(unsigned c) {
    switch (c) {
    case 0xFF0C: case 0x3002: case 0x3001: case 0xFF1B: case 0xFF1A: case 0xFF1F: case 0xFF01: case 0xFF09:
    case 0x300B: case 0x300D: case 0x300F: case 0x3011: case 0x201D: case 0x2019: case 0x2026: case 0xFF0E:
    case ',': case '.': case ';': case ':': case '?': case '!': case ')': case ']': case '}':
        return true;
    default: return false;
    }
}
// …and these off the end of one.
bool is_opening(unsigned c) {
    switch (c) {
    case 0xFF08: case 0x300A: case 0x300C: case 0x300E: case 0x3010: case 0x201C: case 0x2018: case '(': case '[': case '{':
        return true;
    default: return false;
    }
}

} // namespace

std::vector<WrappedLine> wrap_text(const char* text, const char* end, float width) {
    std::vector<WrappedLine> lines;
    ImFontBaked* baked = ImGui::GetFontBaked();
    const char* start = text;  // of the current line
    const char* brk = nullptr; // the last place the current line may end
    float x = 0;               // width of [start, s)
    unsigned prev = 0;
    for (const char* s = text; s < end;) {
        unsigned c = 0;
        const char* next = s + ImTextCharFromUtf8(&c, s, end);
        if (c == '\n') {
            lines.push_back({start, s});
            start = s = next;
            brk = nullptr;
            x = 0;
            prev = 0;
            continue;
        }
        if (s != start && !is_closing(c) && !is_opening(prev) && (is_cjk(c) || is_cjk(prev) || prev == ' ')) brk = s;
        const float w = baked->GetCharAdvance(ImWchar(c));
        if (x + w > width && s != start) {
            const char* cut = brk ? brk : s; // a word wider than the line is cut where it overflows
            const char* line_end = cut;
            while (line_end > start && line_end[-1] == ' ') --line_end;
            lines.push_back({start, line_end});
            start = cut;
            while (start < s && *start == ' ') ++start;
            brk = nullptr;
            x = ImGui::CalcTextSize(start, s).x;
        }
        x += w;
        prev = c;
        s = next;
    }
    lines.push_back({start, end});
    return lines;
}

} // namespace rectify::ui
