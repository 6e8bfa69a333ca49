#include "ui/debug_fields.h"

#include <imgui.h>

#include "platform/host.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/probe.h"
#include "ui/shell.h"
#include "ui/widgets/text_field.h"

namespace rectify::ui {

namespace {
bool g_checked = false, g_on = false;
std::string g_values[3];
int g_commits = 0;

Commit setter(int i) {
    return [i](std::string s) {
        g_values[i] = std::move(s);
        ++g_commits;
    };
}
} // namespace

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_debug_fields_open();

void draw_debug_fields() {
    if (!g_checked) {
        g_checked = true;
        g_on = platform::query_param("debug") == "fields";
    }
    if (!g_on) return;
    call_apart(draw_debug_fields_open);
}

static void draw_debug_fields_open() {
    const float em = body_font_size();
    ImGui::SetNextWindowPos(ImVec2(em * 4, em * 4), ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(ImVec2(em * 26, em * 30), ImGuiCond_Appearing);
    if (ImGui::Begin("Fields###debug-fields", nullptr, ImGuiWindowFlags_NoSavedSettings)) {
        FieldOpts one;
        one.hint = "一";
        text_field("##dbg-one", g_values[0], setter(0), one);
        anchor("dbg-one");
        text_field("##dbg-two", g_values[1], setter(1));
        anchor("dbg-two");
        FieldOpts area;
        area.min_lines = 3;
        area.hint = "多行";
        text_area("##dbg-area", g_values[2], setter(2), area);
        anchor("dbg-area");
        ImGui::Separator();
        for (int i = 0; i < 3; ++i) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("%d: %s", i, g_values[i].c_str());
            ImGui::PopTextWrapPos();
        }
        anchor("dbg-values");
    }
    ImGui::End();
}

[[maybe_unused]] static const bool kValuesProbe = probe("debugValues", [](JsonOut& o, const Doc&) {
    o.value(g_on ? std::vector<std::string>(std::begin(g_values), std::end(g_values)) : std::vector<std::string>());
});
[[maybe_unused]] static const bool kCommitsProbe = probe("debugCommits", [](JsonOut& o, const Doc&) { o.value(g_commits); });

} // namespace rectify::ui
