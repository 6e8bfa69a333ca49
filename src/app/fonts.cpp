#include "app/fonts.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <imgui.h>
#include <imgui_internal.h> // ImFontAtlasFontDiscardBakes
#include <string>

#include "platform/host.h"

namespace rectify::app {

static ui::FontLoad g_full_state = ui::FontLoad::Pending;

// ImGui sizes a font by its ascent-to-descent height, CSS by its em square. Noto CJK is 1.45 em
// tall, so "16 px" in ImGui would look like 11 px CSS text. This reads that ratio from the font's
// 'head' (unitsPerEm) and 'hhea' (ascender, descender) tables; 1.0 if they cannot be read.
static float font_height_per_em(const unsigned char* d, size_t n) {
    auto u16 = [&](size_t o) { return o + 2 <= n ? unsigned(d[o] << 8 | d[o + 1]) : 0u; };
    auto s16 = [&](size_t o) { return int(int16_t(u16(o))); };
    auto u32 = [&](size_t o) { return o + 4 <= n ? (size_t(u16(o)) << 16 | u16(o + 2)) : size_t(0); };
    size_t head = 0, hhea = 0;
    const unsigned tables = u16(4);
    for (unsigned i = 0; i < tables; i++) {
        const size_t rec = 12 + 16 * size_t(i);
        if (rec + 16 > n) break;
        if (std::memcmp(d + rec, "head", 4) == 0) head = u32(rec + 8);
        if (std::memcmp(d + rec, "hhea", 4) == 0) hhea = u32(rec + 8);
    }
    const unsigned units = head ? u16(head + 18) : 0;
    const int height = hhea ? s16(hhea + 4) - s16(hhea + 6) : 0;
    return units > 0 && height > 0 ? float(height) / float(units) : 1.0f;
}

bool load_ui_font(std::string* error, float* em_ratio) {
    *em_ratio = 1.0f;
    ImGuiIO& io = ImGui::GetIO();
    int size = 0;
    void* data = platform::take_ui_font(&size);
    ImFontConfig cfg;
    cfg.OversampleH = 1; // CJK glyphs are dense: no horizontal oversampling, crisper at small sizes
    cfg.PixelSnapH = true;
    if (data) *em_ratio = font_height_per_em(static_cast<const unsigned char*>(data), size_t(size));
    // The atlas takes ownership of `data` and frees it with IM_FREE (free(), like malloc).
    if (data && io.Fonts->AddFontFromMemoryTTF(data, size, 0.0f, &cfg)) return true;
    if (data) std::free(data);
    *em_ratio = 1.0f;
    io.Fonts->AddFontDefault();
    *error = "the first font is missing or unreadable: Chinese text will not render";
    return false;
}

bool merge_pending_full_font() {
    void* data = nullptr;
    int size = 0;
    switch (platform::take_full_font(&data, &size)) {
    case platform::FontFetch::Pending: return false;
    case platform::FontFetch::Failed: g_full_state = ui::FontLoad::Failed; return true;
    case platform::FontFetch::Arrived: break;
    }
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.OversampleH = 1;
    cfg.PixelSnapH = true;
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(data, size, 0.0f, &cfg); // the atlas owns data now
    if (!font) {
        g_full_state = ui::FontLoad::Failed;
        return true;
    }
    // Glyphs looked up before the merge were cached as missing: drop the cached bakes.
    ImFontAtlasFontDiscardBakes(io.Fonts, font, 0);
    g_full_state = ui::FontLoad::Loaded;
    return true;
}

ui::FontLoad full_font_state() { return g_full_state; }

} // namespace rectify::app
