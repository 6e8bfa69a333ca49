#include "ui/layout.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "ui/narrow/narrow.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

static float label_width(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x; }

float button_width(const char* label) { return label_width(label) + ImGui::GetStyle().FramePadding.x * 2; }

// Same padding across; on a phone at least a finger wide.
float small_button_width(const char* label) { return narrow_layout() ? std::max(button_width(label), kTouchTarget) : button_width(label); }

bool small_button(const char* label) {
    return narrow_layout() ? ImGui::Button(label, ImVec2(small_button_width(label), 0)) : ImGui::SmallButton(label);
}

float checkbox_width(const char* label) {
    const float text = label_width(label);
    return ImGui::GetFrameHeight() + (text > 0 ? ImGui::GetStyle().ItemInnerSpacing.x + text : 0);
}

// The right edge of the line the cursor is on (window or table cell).
static float line_right() { return ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x; }

void same_line_if_fits(float next_width, float spacing) {
    const float right = line_right(); // after an item the cursor is at the start of the next line
    const float gap = spacing < 0 ? ImGui::GetStyle().ItemSpacing.x : spacing;
    if (ImGui::GetItemRectMax().x + gap + next_width <= right + 0.5f) ImGui::SameLine(0, gap);
}

void field_label(const char* label, float width) {
    // Wrapped the way Chinese is (between any two characters), which ImGui's own wrap does not do.
    const char* end = label + std::strlen(label);
    const std::vector<WrappedLine> lines = wrap_text(label, end, std::max(width, ImGui::GetFontSize()));
    ImGui::AlignTextToFramePadding();
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::PushStyleVarY(ImGuiStyleVar_ItemSpacing, 0);
    for (const WrappedLine& line : lines) ImGui::TextUnformatted(line.begin, line.end);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::EndGroup();
}

} // namespace rectify::ui
