#include "ui/widgets/modal.h"

#include "imgui.h"
#include "ui/narrow/narrow.h"

namespace rectify::ui {

bool begin_page_modal(const std::string& title_id, float width, float height) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * width, vp->WorkSize.y * height), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    return ImGui::BeginPopupModal(title_id.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings);
}

bool begin_fit_modal(const std::string& title_id) {
    if (!narrow_layout())
        return ImGui::BeginPopupModal(title_id.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
    // Set every frame: an auto-resizing window would take its content's size back.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos, ImGuiCond_Always);
    ImGui::SetNextWindowSize(vp->WorkSize, ImGuiCond_Always);
    return ImGui::BeginPopupModal(title_id.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize);
}

} // namespace rectify::ui
