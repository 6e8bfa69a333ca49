// encrypted_files: see encrypted_files.h.
// Index: the queue · receive_encrypted · draw_password_dialog (asking, working, wrong) · probe
#include "ui/sharing/encrypted_files.h"

#include <deque>

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

struct Pending {
    std::string purpose, name;
    Envelope envelope;
};

struct State {
    std::deque<Pending> queue; // the first is the one asked for
    std::string password;
    std::string error;   // the last attempt's failure, shown in the error colour
    bool working = false; // WebCrypto is deriving the key and decrypting
    int wrong = 0;       // wrong passwords so far (for the tests)
} g;

void next() {
    if (!g.queue.empty()) g.queue.pop_front();
    g.password.clear();
    g.error.clear();
    g.working = false;
}

} // namespace

void receive_encrypted(ShellState& st, const std::string& purpose, const std::string& name, EnvelopeRead envelope) {
    if (!envelope.ok()) {
        const std::string why = envelope_message(envelope, language());
        return show_notice(st, trf(S::FileRefused, {{"file", name}, {"why", why}}), NoticeKind::Error);
    }
    if (!platform::crypt_available())
        return show_notice(st, trf(S::FileRefused, {{"file", name}, {"why", tr(S::CryptUnavailable)}}), NoticeKind::Error);
    g.queue.push_back({purpose, name, std::move(envelope.envelope)});
}

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_password_dialog_open(ShellState& st);

void draw_password_dialog(ShellState& st) {
    if (g.working) {
        switch (platform::crypt_poll()) {
        case platform::CryptState::Working: break;
        case platform::CryptState::Done: next(); break; // the file arrives through take_files
        case platform::CryptState::Wrong:
            g.working = false, g.wrong++;
            g.error = envelope_message(EnvelopeFault::WrongPassword, language());
            break;
        case platform::CryptState::Idle:
        case platform::CryptState::Failed:
            g.working = false;
            g.error = envelope_message(EnvelopeFault::CipherFailed, language());
            break;
        }
    }
    if (g.queue.empty()) return;
    if (!ImGui::IsPopupOpen("###password")) ImGui::OpenPopup("###password");
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(tr_id(S::CryptOpenTitle, "password").c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    call_apart(draw_password_dialog_open, st);
}

static void draw_password_dialog_open(ShellState& st) {
    const Pending& p = g.queue.front();
    ImGui::TextWrapped("%s", trf(S::CryptOpenAsk, {{"file", p.name}}).c_str());
    ImGui::BeginDisabled(g.working);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputText("##password", &g.password, ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    anchor("crypt-password");
    const bool go = (ImGui::Button(tr(S::Open)) || enter) && !g.password.empty();
    anchor("crypt-open");
    ImGui::SameLine();
    const bool cancel = ImGui::Button(tr(S::Cancel)) || (!g.working && ImGui::IsKeyPressed(ImGuiKey_Escape));
    anchor("crypt-cancel");
    ImGui::EndDisabled();
    if (g.working) ImGui::TextDisabled("%s", tr(S::CryptWorking));
    else if (!g.error.empty()) ImGui::TextColored(theme_colors().error, "%s", g.error.c_str());
    if (go && !g.working) {
        g.error.clear();
        g.working = true;
        platform::crypt_open(p.purpose.c_str(), p.name.c_str(), g.password, p.envelope);
    }
    if (cancel) next();
    if (g.queue.empty()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    (void)st;
}

[[maybe_unused]] static const bool kProbe = probe("crypt", [](JsonOut& o, const Doc&) {
    o.begin_object();
    o.field("asking", !g.queue.empty());
    o.field("file", g.queue.empty() ? std::string() : g.queue.front().name);
    o.field("working", g.working);
    o.field("error", g.error);
    o.field("wrong", g.wrong);
    o.field("available", platform::crypt_available());
    o.end_object();
});

} // namespace rectify::ui
