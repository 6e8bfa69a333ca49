// chain_setting: the plan's 销号 chain in its header tab: 1–4 levels, each a name the user types
// (责任单位自查, 分管领导签字, 督查室复核), added at the end or removed. The rules (trimmed, none
// blank, at most four; items in flight keep their place) are core/review_chain.h's.
#include <imgui.h>

#include "core/review_chain.h"
#include "ui/plan/plan_parts.h"
#include "ui/layout.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/pickers.h"
#include "ui/widgets/text_field.h"

namespace rectify::ui {

void draw_chain_setting(Doc& doc, const Plan& plan) {
    const Id pid = plan.id;
    const Lang lang = language();
    // The levels as names a user sees: an unnamed (default) level is 审核.
    std::vector<std::string> names = chain_levels(plan);
    for (size_t k = 0; k < names.size(); k++)
        if (names[k].empty()) names[k] = level_label(names, int(k + 1), lang);
    auto apply = [&doc, pid](std::vector<std::string> next) {
        if (const Plan* p = find<Plan>(doc.ws, pid))
            if (CommandPtr cmd = set_review_chain(*p, std::move(next))) doc.execute(std::move(cmd));
    };
    ImGui::SeparatorText(tr(S::ChainLevels));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", tr(S::ChainLevelsHint));
    ImGui::PopTextWrapPos();
    FieldOpts opts;
    opts.read_only = doc.read_only;
    opts.width = ImGui::GetFontSize() * 14;
    for (size_t k = 0; k < names.size(); k++) {
        ImGui::PushID(int(k));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(trf(S::ChainLevelNumber, {{"n", int(k + 1)}}).c_str());
        ImGui::SameLine();
        text_field("##level", names[k], [apply, names, k](std::string v) mutable {
            names[k] = std::move(v);
            apply(names);
        }, opts);
        anchor_n("chain-level", int(k));
        if (names.size() > 1) {
            ImGui::SameLine();
            ImGui::BeginDisabled(doc.read_only);
            if (small_button(tr(S::ChainRemoveLevel))) {
                std::vector<std::string> next = names;
                next.erase(next.begin() + std::ptrdiff_t(k));
                apply(next);
            }
            ImGui::EndDisabled();
            anchor_n("chain-remove", int(k));
        }
        ImGui::PopID();
    }
    if (names.size() < size_t(kMaxReviewLevels)) {
        if (add_button(doc, S::ChainAddLevel, "chain-add-level")) {
            std::vector<std::string> next = names;
            next.push_back(trf(S::ChainNewLevel, {{"n", int(next.size() + 1)}}));
            apply(next);
        }
    }
}

} // namespace rectify::ui
