// evidence_view: see evidence_view.h. The thumbnails' textures come from thumb_cache.h, the files
// and their decoding from platform/images.h.
//
// Index: badge colours · evidence_thumb() · open_evidence() · the viewer · probe
#include "ui/widgets/evidence_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/evidence_kind.h"
#include "platform/evidence.h"
#include "platform/images.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/probe.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/thumb_cache.h"

namespace rectify::ui {

namespace {

// ---- badge colours ---------------------------------------------------------------------------------
// The colours offices know these files by (Acrobat red, Word blue, Excel green, PowerPoint orange).
ImU32 badge_colour(const std::string& badge) {
    if (badge == "PDF") return IM_COL32(196, 48, 43, 255);
    if (badge.rfind("DOC", 0) == 0 || badge == "WPS" || badge == "RTF") return IM_COL32(43, 87, 154, 255);
    if (badge.rfind("XLS", 0) == 0 || badge == "CSV" || badge == "ET") return IM_COL32(33, 115, 70, 255);
    if (badge.rfind("PPT", 0) == 0 || badge == "DPS") return IM_COL32(196, 80, 36, 255);
    return IM_COL32(110, 118, 130, 255);
}

// `text` centred in the square p..p+size, wrapped to its width.
void centred_text(ImDrawList* dl, ImVec2 p, float size, float font_size, ImU32 col, const char* text) {
    ImFont* font = ImGui::GetFont();
    const float wrap = size - 6;
    const ImVec2 ts = font->CalcTextSizeA(font_size, FLT_MAX, wrap, text);
    dl->AddText(font, font_size, ImVec2(p.x + (size - ts.x) * 0.5f, p.y + (size - ts.y) * 0.5f), col, text, nullptr, wrap);
}

// The image fitted in the square, its aspect kept.
void fitted_image(ImDrawList* dl, ImVec2 p, float size, const ImageTexture& t) {
    const float s = size / float(std::max(t.width, t.height));
    const float w = float(t.width) * s, h = float(t.height) * s;
    const ImVec2 a(p.x + (size - w) * 0.5f, p.y + (size - h) * 0.5f);
    dl->AddImage(ImTextureRef(t.tex), a, ImVec2(a.x + w, a.y + h));
}

int g_thumbs_drawn = 0; // thumbnails drawn with their image, this frame and the last complete one
int g_thumbs_last = 0;
int g_thumb_px = 0;     // the device pixels the last thumbnail was decoded for (crisp at any density)

} // namespace

// ---- evidence_thumb() ------------------------------------------------------------------------------

bool evidence_thumb(const EvidenceFile& f, float size) {
    ImGui::PushID(f.sha256.c_str());
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton("##thumb", ImVec2(size, size));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 q(p.x + size, p.y + size);
    const float rounding = size * 0.06f;
    dl->AddRectFilled(p, q, IM_COL32(236, 239, 244, 255), rounding);
    const float font = ImGui::GetFontSize();
    const bool known = platform::has_file(f.sha256);
    bool missing = false, undecodable = false;
    if (!known) {
        missing = platform::store_state() != platform::StoreState::Loading;
        if (missing) centred_text(dl, p, size, font * 0.8f, ImGui::GetColorU32(ImGuiCol_TextDisabled), tr(S::FileNotHere));
    } else {
        ImageTexture t;
        if (is_image_file(f)) t = image_texture(f.sha256, g_thumb_px = device_px(size));
        else t.state = ImageTexture::State::Failed; // a document: its badge
        if (t.state == ImageTexture::State::Ready) {
            fitted_image(dl, p, size, t);
            g_thumbs_drawn++;
        } else if (t.state == ImageTexture::State::Loading) {
            centred_text(dl, p, size, font * 0.8f, ImGui::GetColorU32(ImGuiCol_TextDisabled), "…");
        } else {
            undecodable = is_image_file(f);
            const std::string badge = file_badge(f);
            const char* label = badge.empty() ? "FILE" : badge.c_str();
            const float bw = std::min(size * 0.8f, ImGui::GetFont()->CalcTextSizeA(font, FLT_MAX, 0, label).x + font * 0.6f);
            const ImVec2 b0(p.x + (size - bw) * 0.5f, p.y + size * 0.5f - font * 0.7f);
            dl->AddRectFilled(b0, ImVec2(b0.x + bw, b0.y + font * 1.4f), badge_colour(badge), font * 0.2f);
            centred_text(dl, p, size, font, IM_COL32_WHITE, label);
        }
    }
    dl->AddRect(p, q, hovered ? ImGui::GetColorU32(ImGuiCol_ButtonHovered) : IM_COL32(200, 206, 214, 255), rounding, 0,
                hovered ? 2.0f : 1.0f);
    if (hovered) {
        if (missing) ImGui::SetTooltip("%s", trf(S::FileNotHereTip, {{"name", f.name}}).c_str());
        else if (undecodable) ImGui::SetTooltip("%s\n%s", f.name.c_str(), tr(S::ImageCannotShow));
        else ImGui::SetTooltip("%s", f.name.c_str());
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    ImGui::PopID();
    return clicked;
}

// ---- open_evidence() -------------------------------------------------------------------------------

namespace {

struct Viewer {
    bool open = false;
    std::vector<EvidenceFile> images;
    size_t index = 0;
    float zoom = 0; // 0: fitted to the window; else ImGui units per device pixel of the decoded image × scale
    float shown_zoom = 0; // the scale drawn last frame (for + and −, the probe)
    ImageTexture::State state = ImageTexture::State::Loading;
    int width = 0, height = 0;
    bool stand_in = false;
};
Viewer g_viewer;

constexpr int kViewerPx = 2048;
// Texts on the viewer's dark background (its buttons keep the theme's own colours).
const ImVec4 kLight(0.93f, 0.94f, 0.96f, 1.0f), kDim(0.65f, 0.68f, 0.72f, 1.0f);
const char* const kViewerId = "##evidence-viewer";

} // namespace

bool open_evidence(const std::vector<EvidenceFile>& files, size_t index) {
    if (index >= files.size() || !platform::has_file(files[index].sha256)) return false;
    const EvidenceFile& f = files[index];
    if (!is_image_file(f)) {
        platform::open_file(f.sha256, f.name, f.type);
        return true;
    }
    Viewer& V = g_viewer;
    V = Viewer{};
    for (size_t i = 0; i < files.size(); i++) {
        if (!is_image_file(files[i])) continue;
        if (i == index) V.index = V.images.size();
        V.images.push_back(files[i]);
    }
    V.open = true;
    return true;
}

// ---- the viewer ------------------------------------------------------------------------------------

namespace {

void step(int by) {
    Viewer& V = g_viewer;
    const int n = int(V.images.size());
    V.index = size_t(((int(V.index) + by) % n + n) % n); // around the ends
    V.zoom = 0;
}

void close_viewer() {
    g_viewer.open = false;
    ImGui::CloseCurrentPopup();
}

// The top line: name (n/N), then the buttons.
void viewer_bar(const EvidenceFile& f) {
    Viewer& V = g_viewer;
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(kLight, "%s", f.name.c_str());
    anchor_text("viewer-name", f.name);
    if (V.images.size() > 1) {
        ImGui::SameLine();
        ImGui::TextColored(kDim, "%d / %d", int(V.index) + 1, int(V.images.size()));
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(V.images.size() < 2);
    if (ImGui::Button(tr_id(S::ViewerPrev, "viewer-prev").c_str())) step(-1);
    anchor("viewer-prev");
    ImGui::SameLine();
    if (ImGui::Button(tr_id(S::ViewerNext, "viewer-next").c_str())) step(1);
    anchor("viewer-next");
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool ready = V.state == ImageTexture::State::Ready;
    ImGui::BeginDisabled(!ready);
    if (ImGui::Button(" - ##viewer-out")) V.zoom = std::max(0.05f, V.shown_zoom / 1.25f);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::ViewerZoomOut));
    anchor("viewer-zoom-out");
    ImGui::SameLine();
    char pct[16];
    std::snprintf(pct, sizeof pct, "%d%%", int(std::lround(V.shown_zoom * 100)));
    ImGui::TextColored(kLight, "%s", pct);
    anchor_text("viewer-zoom", pct);
    ImGui::SameLine();
    if (ImGui::Button(" + ##viewer-in")) V.zoom = std::min(8.0f, V.shown_zoom * 1.25f);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::ViewerZoomIn));
    anchor("viewer-zoom-in");
    ImGui::SameLine();
    if (ImGui::Button("100%##viewer-actual")) V.zoom = 1.0f;
    anchor("viewer-actual");
    ImGui::SameLine();
    if (ImGui::Button(tr_id(S::ViewerFit, "viewer-fit").c_str())) V.zoom = 0;
    anchor("viewer-fit");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!platform::has_file(f.sha256));
    if (ImGui::Button(tr_id(S::Download, "viewer-download").c_str())) platform::download_stored(f.sha256, f.name, f.type);
    anchor("viewer-download");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr_id(S::Close, "viewer-close").c_str())) close_viewer();
    anchor("viewer-close");
}

// The image, fitted or zoomed, centred when smaller than the area; the wheel zooms about the pointer.
void viewer_image(const EvidenceFile& f) {
    Viewer& V = g_viewer;
    const ImageTexture t = platform::has_file(f.sha256) ? image_texture(f.sha256, kViewerPx)
                                                                  : ImageTexture{ImageTexture::State::Missing};
    V.state = t.state;
    V.width = t.width;
    V.height = t.height;
    V.stand_in = t.stand_in;
    ImGui::BeginChild("##viewer-area", ImVec2(0, 0), 0, ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    if (t.state != ImageTexture::State::Ready) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, kLight);
        if (t.state == ImageTexture::State::Loading) ImGui::TextColored(kDim, "%s", tr(S::FileLoading));
        else if (t.state == ImageTexture::State::Missing) ImGui::TextUnformatted(trf(S::FileNotHereTip, {{"name", f.name}}).c_str());
        else ImGui::TextUnformatted(tr(S::ImageCannotShow));
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        anchor("viewer-message");
        ImGui::EndChild();
        return;
    }
    // 100%: one pixel of the decoded image to one pixel of the screen.
    const float fb = std::max(1.0f, ImGui::GetIO().DisplayFramebufferScale.x);
    const ImVec2 natural(float(t.width) / fb, float(t.height) / fb);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    float fit = std::min(avail.x / natural.x, avail.y / natural.y);
    if (!t.stand_in) fit = std::min(fit, 1.0f); // a small photo is not blown up
    float scale = V.zoom > 0 && !t.stand_in ? V.zoom : fit;
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    if (ImGui::IsWindowHovered() && io.MouseWheel != 0 && !t.stand_in) {
        const float next = std::clamp(scale * std::pow(1.2f, io.MouseWheel), 0.05f, 8.0f);
        // Keep the point under the pointer where it is.
        const ImVec2 at(io.MousePos.x - origin.x + ImGui::GetScrollX(), io.MousePos.y - origin.y + ImGui::GetScrollY());
        const float k = next / scale;
        ImGui::SetScrollX(std::max(0.0f, at.x * k - (io.MousePos.x - origin.x)));
        ImGui::SetScrollY(std::max(0.0f, at.y * k - (io.MousePos.y - origin.y)));
        V.zoom = scale = next;
    }
    V.shown_zoom = scale;
    const ImVec2 size(natural.x * scale, natural.y * scale);
    const ImVec2 cur = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(cur.x + std::max(0.0f, (avail.x - size.x) * 0.5f), cur.y + std::max(0.0f, (avail.y - size.y) * 0.5f)));
    ImGui::Image(ImTextureRef(t.tex), size);
    anchor("viewer-image");
    ImGui::EndChild();
}

} // namespace

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_evidence_viewer_open();

void draw_evidence_viewer() {
    g_thumbs_last = g_thumbs_drawn; // the views have drawn this frame's thumbnails
    g_thumbs_drawn = 0;
    Viewer& V = g_viewer;
    if (!V.open || V.images.empty()) {
        V.open = false;
        return;
    }
    call_apart(draw_evidence_viewer_open);
}

static void draw_evidence_viewer_open() {
    Viewer& V = g_viewer;
    if (!ImGui::IsPopupOpen(kViewerId)) ImGui::OpenPopup(kViewerId);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleColor(ImGuiCol_PopupBg, ImVec4(0.12f, 0.13f, 0.15f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::BeginPopupModal(kViewerId, nullptr, flags)) {
        const EvidenceFile f = V.images[std::min(V.index, V.images.size() - 1)];
        viewer_bar(f);
        if (V.open) viewer_image(f);
        if (V.open && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) close_viewer();
        if (V.open && V.images.size() > 1 && ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) step(-1);
        if (V.open && V.images.size() > 1 && ImGui::IsKeyPressed(ImGuiKey_RightArrow)) step(1);
        if (V.open && V.state == ImageTexture::State::Ready) {
            if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) V.zoom = std::min(8.0f, V.shown_zoom * 1.25f);
            if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) V.zoom = std::max(0.05f, V.shown_zoom / 1.25f);
        }
        ImGui::EndPopup();
    } else {
        V.open = false;
    }
    ImGui::PopStyleColor(2);
}

// ---- probe -----------------------------------------------------------------------------------------

namespace {

const char* state_name(ImageTexture::State s) {
    switch (s) {
    case ImageTexture::State::Loading: return "loading";
    case ImageTexture::State::Ready: return "ready";
    case ImageTexture::State::Failed: return "failed";
    case ImageTexture::State::Missing: return "missing";
    }
    return "";
}

// window.rectify.state().evidence: the textures (alive, made, deleted, failed decodes, decodes
// pending), the thumbnails drawn with their image in the last frame, and the viewer.
[[maybe_unused]] const bool kProbe = probe("evidence", [](JsonOut& o, const Doc&) {
    const ThumbStats s = thumb_stats();
    const Viewer& V = g_viewer;
    o.begin_object();
    o.field("textures", s.textures).field("created", s.created).field("deleted", s.deleted);
    o.field("failed", s.failed).field("pending", s.pending).field("thumbs", g_thumbs_last);
    o.field("thumbPx", g_thumb_px);
    o.key("viewer").begin_object();
    o.field("open", V.open);
    if (V.open) {
        o.field("index", int(V.index)).field("count", int(V.images.size()));
        o.field("name", std::string_view(V.images[std::min(V.index, V.images.size() - 1)].name));
        o.field("state", state_name(V.state)).field("width", V.width).field("height", V.height);
        o.field("standIn", V.stand_in).field("zoom", double(V.shown_zoom));
    }
    o.end_object();
    o.end_object();
});

} // namespace

} // namespace rectify::ui
