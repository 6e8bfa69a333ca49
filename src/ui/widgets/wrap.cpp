#include "ui/widgets/wrap.h"

#include <algorithm>
#include <imgui.h>
#include <imgui_internal.h> // ImTextCharFromUtf8

#include <algorithm>
#include <cstring>
#include <string>

#include "ui/widgets/anchor.h"

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

std::vector<WrappedLine> wrap_text(const char* text, const char* end, float width, int max_lines) {
    std::vector<WrappedLine> lines;
    ImFontBaked* baked = ImGui::GetFontBaked();
    const char* start = text;  // of the current line
    const char* brk = nullptr; // the last place the current line may end
    float x = 0;               // width of [start, s)
    unsigned prev = 0;
    for (const char* s = text; s < end;) {
        unsigned c = 0;
        const char* next = s + ImTextCharFromUtf8(&c, s, end);
        if (max_lines > 0 && int(lines.size()) >= max_lines) return lines;
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
            if (max_lines > 0 && int(lines.size()) >= max_lines) return lines;
            start = cut;
            while (start < s && *start == ' ') ++start;
            brk = nullptr;
            x = ImGui::CalcTextSize(start, s).x;
        }
        x += w;
        prev = c;
        s = next;
    }
    if (max_lines <= 0 || int(lines.size()) < max_lines) lines.push_back({start, end});
    return lines;
}

bool clamped_selectable(const char* id, const char* text, const char* end, float width, int max_lines, unsigned colour,
                        const char* anchor_name) {
    if (!end) end = text + std::strlen(text);
    const size_t lines = std::max<size_t>(1, wrap_text(text, end, std::max(width, 1.0f), max_lines).size());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable(id, false, 0, ImVec2(width, ImGui::GetTextLineHeight() * float(lines)));
    if (anchor_name) anchor(anchor_name);
    ImGui::SetCursorScreenPos(at); // the text over it, the same height: the line after is the same
    clamped_text(text, end, width, max_lines, colour);
    return clicked;
}

void tooltip_if_cut(const char* text) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float room = ImGui::GetItemRectSize().x - ImGui::GetFrameHeight() - style.FramePadding.x * 2; // less the arrow
    if (ImGui::CalcTextSize(text).x > room && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_NoSharedDelay))
        whole_text_tooltip(text, nullptr);
}

void whole_text_tooltip(const char* text, const char* end) {
    if (!end) end = text + std::strlen(text);
    ImGui::BeginTooltip();
    ImGui::BeginGroup(); // wrapped as Chinese is, between any two characters (ImGui's own wrap is not)
    ImGui::PushStyleVarY(ImGuiStyleVar_ItemSpacing, 0);
    for (const WrappedLine& line : wrap_text(text, end, ImGui::GetFontSize() * 30)) ImGui::TextUnformatted(line.begin, line.end);
    ImGui::PopStyleVar();
    ImGui::EndGroup();
    anchor_text("cell-tooltip", std::string(text, end));
    ImGui::EndTooltip();
}

bool clamped_text(const char* text, const char* end, float width, int max_lines, unsigned colour, const char* anchor_name) {
    if (!end) end = text + std::strlen(text);
    width = std::max(width, 1.0f);
    const std::vector<WrappedLine> lines = wrap_text(text, end, width, max_lines);
    const bool cut = !lines.empty() && lines.back().end < end;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float line_h = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    std::string shown; // for the anchor: the lines as drawn
    for (size_t i = 0; i < lines.size(); i++) {
        const char* b = lines[i].begin;
        const char* e = lines[i].end;
        const ImVec2 p(at.x, at.y + line_h * float(i));
        if (cut && i + 1 == lines.size()) {
            // The last line shown ends in an ellipsis: drop characters until it fits after them.
            static const char* const kDots = "\xE2\x80\xA6";
            const float dots = ImGui::CalcTextSize(kDots).x;
            while (e > b && ImGui::CalcTextSize(b, e).x + dots > width) {
                do --e;
                while (e > b && (static_cast<unsigned char>(*e) & 0xC0) == 0x80);
            }
            dl->AddText(p, colour, b, e);
            dl->AddText(ImVec2(p.x + ImGui::CalcTextSize(b, e).x, p.y), colour, kDots);
            if (anchor_name) (shown.append(b, e)) += kDots;
        } else {
            dl->AddText(p, colour, b, e);
            if (anchor_name) shown.append(b, e);
        }
        if (anchor_name && i + 1 < lines.size()) shown += '\n';
    }
    ImGui::Dummy(ImVec2(width, line_h * float(std::max<size_t>(lines.size(), 1))));
    if (anchor_name) anchor_text(anchor_name, std::move(shown));
    // A short delay of its own per cell (sweeping across cells shows none), not ImGui's stationary rule:
    // that one missed the first hover after a popup closed.
    if (cut && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_NoSharedDelay)) whole_text_tooltip(text, end);
    return cut;
}

} // namespace rectify::ui
