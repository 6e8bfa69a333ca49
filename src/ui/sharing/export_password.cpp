// export_password: see export_password.h.
// Index: state · password_strength · menu items · dialog · probe
#include "ui/sharing/export_password.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "platform/crypt.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/probe.h"
#include "ui/widgets/theme.h"

namespace rectify::ui {

namespace {

struct State {
    std::string password; // in use for exports
    std::string typed, again;
    bool open = false;
} g;

} // namespace

const std::string& export_password() { return g.password; }

int password_strength(const std::string& p) {
    bool lower = false, upper = false, digit = false, other = false;
    size_t chars = 0;
    for (unsigned char c : p) {
        if ((c & 0xC0) != 0x80) chars++; // UTF-8: a character starts here
        lower |= c >= 'a' && c <= 'z', upper |= c >= 'A' && c <= 'Z', digit |= c >= '0' && c <= '9';
        other |= !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9');
    }
    const int kinds = int(lower) + int(upper) + int(digit) + int(other);
    if (chars >= 12 && kinds >= 2) return 2;
    if (chars >= 8 && kinds >= 2) return 1;
    return 0;
}

void draw_export_password_items() {
    if (!platform::crypt_available()) { // plain http: no WebCrypto, so no encryption offered
        ImGui::BeginDisabled();
        ImGui::MenuItem(tr(S::CryptSetPassword));
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(S::CryptUnavailable));
        return;
    }
    if (ImGui::MenuItem(g.password.empty() ? tr(S::CryptSetPassword) : tr(S::CryptPasswordSet))) {
        g.open = true;
        g.typed.clear(), g.again.clear();
    }
    anchor("export-set-password");
    if (!g.password.empty() && ImGui::MenuItem(tr(S::CryptClearPassword))) g.password.clear();
    anchor("export-clear-password");
}

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_export_password_open();

void draw_export_password_dialog() {
    if (g.open) ImGui::OpenPopup("###export-password");
    g.open = false;
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(tr_id(S::CryptSetPasswordTitle, "export-password").c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings))
        return;
    call_apart(draw_export_password_open);
}

static void draw_export_password_open() {
    ImGui::TextWrapped("%s", tr(S::CryptSetPasswordAbout));
    ImGui::TextUnformatted(tr(S::CryptPasswordLabel));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##new-password", &g.typed, ImGuiInputTextFlags_Password);
    anchor("export-password");
    ImGui::TextUnformatted(tr(S::CryptPasswordAgain));
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputText("##new-password-again", &g.again, ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    anchor("export-password-again");
    const S strength[] = {S::CryptStrengthWeak, S::CryptStrengthFair, S::CryptStrengthStrong};
    if (!g.typed.empty()) ImGui::TextDisabled("%s", tr(strength[password_strength(g.typed)]));
    const bool differ = !g.again.empty() && g.again != g.typed;
    if (differ) ImGui::TextColored(theme_colors().error, "%s", tr(S::CryptPasswordsDiffer));
    ImGui::TextColored(theme_colors().error, "%s", tr(S::CryptLostPassword));
    const bool can = !g.typed.empty() && g.typed == g.again;
    ImGui::BeginDisabled(!can);
    const bool ok = ImGui::Button(tr(S::Ok)) || (enter && can);
    ImGui::EndDisabled();
    anchor("export-password-ok");
    ImGui::SameLine();
    const bool cancel = ImGui::Button(tr(S::Cancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape);
    if (ok && can) g.password = g.typed;
    if ((ok && can) || cancel) {
        g.typed.clear(), g.again.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

[[maybe_unused]] static const bool kProbe = probe("exportPassword", [](JsonOut& o, const Doc&) { o.value(!g.password.empty()); });

} // namespace rectify::ui
