// evidence_badge: a file's type as a small coloured square (ui/plan/evidence_badge.h).
#include "ui/plan/evidence_badge.h"

#include <imgui.h>

#include <cctype>

namespace rectify::ui {

std::string evidence_kind(const EvidenceFile& f) {
    std::string ext;
    const size_t dot = f.name.rfind('.');
    if (dot != std::string::npos && dot + 1 < f.name.size() && f.name.size() - dot - 1 <= 4) ext = f.name.substr(dot + 1);
    else if (const size_t slash = f.type.find('/'); slash != std::string::npos) ext = f.type.substr(slash + 1, 4);
    for (char& c : ext) {
        if (!std::isalnum(static_cast<unsigned char>(c))) return "FILE";
        c = char(std::toupper(static_cast<unsigned char>(c)));
    }
    if (ext == "JPEG") ext = "JPG";
    return ext.empty() ? "FILE" : ext;
}

void evidence_badge(const EvidenceFile& f, float size) {
    const std::string kind = evidence_kind(f);
    ImU32 colour = IM_COL32(110, 118, 129, 255); // anything else: grey
    if (f.type.rfind("image/", 0) == 0) colour = IM_COL32(46, 139, 87, 255);
    else if (kind == "PDF") colour = IM_COL32(200, 60, 50, 255);
    else if (kind == "DOC" || kind == "DOCX" || kind == "WPS") colour = IM_COL32(43, 87, 154, 255);
    else if (kind == "XLS" || kind == "XLSX" || kind == "ET" || kind == "CSV") colour = IM_COL32(33, 115, 70, 255);
    else if (f.type.rfind("video/", 0) == 0) colour = IM_COL32(120, 70, 160, 255);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + size, p.y + size), colour, size * 0.15f);
    ImFont* font = ImGui::GetFont();
    float font_size = ImGui::GetFontSize() * 0.6f;
    ImVec2 t = font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, kind.c_str());
    if (t.x > size * 0.9f) { // a long extension: smaller
        font_size *= size * 0.9f / t.x;
        t = font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, kind.c_str());
    }
    dl->AddText(font, font_size, ImVec2(p.x + (size - t.x) * 0.5f, p.y + (size - t.y) * 0.5f), IM_COL32_WHITE, kind.c_str());
}

} // namespace rectify::ui
