// evidence_strip: the measure's evidence beside 提交销号 and 审核通过/退回 (issue 19), so whoever
// submits or checks the item sees what it rests on: every piece that counts (core/measure_evidence.h:
// the measure's own and its progress entries'), a thumbnail or type badge with its name under it; a
// click opens it (images in the viewer, going through all the item's images). None: 无佐证材料 in
// the warning colour.
#include <imgui.h>

#include <string>
#include <vector>

#include "core/measure_evidence.h"
#include "ui/layout.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/evidence_view.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/wrap.h"

namespace rectify::ui {

void draw_evidence_strip(const Measure& m) {
    const std::vector<EvidenceRef> refs = measure_evidence(m);
    if (refs.empty()) {
        ImGui::TextColored(theme_colors().due_soon, "%s", tr(S::NoEvidenceWarn));
        anchor("strip-none");
        return;
    }
    ImGui::TextDisabled("%s", trf(S::EvidenceFor, {{"n", int(refs.size())}}).c_str());
    anchor("strip-title");
    std::vector<EvidenceFile> files; // what the viewer goes through: the pieces with a file, in order
    for (const EvidenceRef& r : refs)
        if (!r.item->file.empty()) files.push_back(r.item->file);
    const float size = ImGui::GetFontSize() * 4.5f;
    const ImU32 text_colour = ImGui::GetColorU32(ImGuiCol_Text);
    size_t file_index = 0;
    for (size_t i = 0; i < refs.size(); i++) {
        const Evidence& e = *refs[i].item;
        if (i > 0) same_line_if_fits(size);
        ImGui::PushID(e.id.c_str());
        ImGui::BeginGroup();
        const std::string& name = e.name.empty() ? e.file.name : e.name;
        if (!e.file.empty()) {
            if (evidence_thumb(e.file, size)) open_evidence(files, file_index);
            file_index++;
        } else { // names its evidence without a file (会议纪要): the name in the square
            const ImVec2 p = ImGui::GetCursorScreenPos();
            ImGui::Dummy(ImVec2(size, size));
            ImDrawList* dl = ImGui::GetWindowDrawList();
            dl->AddRect(p, ImVec2(p.x + size, p.y + size), IM_COL32(200, 206, 214, 255), size * 0.06f);
            const float wrap = size - 8;
            const ImVec2 ts = ImGui::CalcTextSize(name.c_str(), nullptr, false, wrap);
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + 4, p.y + std::max(4.0f, (size - ts.y) * 0.5f)),
                        text_colour, name.c_str(), nullptr, wrap, nullptr);
        }
        anchor_n("strip-thumb", int(i));
        clamped_text(name.c_str(), name.c_str() + name.size(), size, 1, text_colour, ("strip-name-" + std::to_string(i)).c_str());
        ImGui::EndGroup();
        ImGui::PopID();
    }
}

} // namespace rectify::ui
