// thumb_cache: GL textures of stored evidence images (issue 19), made from the RGBA the page
// decodes (platform/images.h) and handed to ImGui as ImTextureID. An image is asked for at a size
// in device pixels (a thumbnail's size × the framebuffer scale, so it is crisp at any
// devicePixelRatio; the viewer's ~2048); sizes are rounded up to steps so that a small change of
// layout does not decode again. The least recently used textures beyond a budget (256 thumbnails,
// or their bytes) are deleted, never one drawn in the current frame.
// Index: ImageTexture · image_texture() · thumbs_tick() · stats.
#pragma once
#include <imgui.h>

#include <string>

namespace rectify::ui {

struct ImageTexture {
    enum class State { Loading, Ready, Failed, Missing };
    State state = State::Loading;
    ImTextureID tex = ImTextureID_Invalid;
    int width = 0, height = 0; // the decoded pixels
    bool stand_in = false;     // a smaller decode shown while the size asked for loads
};

// The texture of the stored image `sha256` to fit `px` × `px` device pixels. The first call asks
// the page for it (Loading until it arrives); while it loads, a smaller one of the same image
// already made stands in. Failed: the browser cannot decode it; Missing: the store lacks it.
// Marks what it returns as used in this frame.
ImageTexture image_texture(const std::string& sha256, int px);

// The size to ask for a square of `size` ImGui units on this display: size × framebuffer scale,
// rounded up to a step of 32 px, at most 2048.
int device_px(float size);

// Once per frame, before drawing (GL context current): makes textures of the images decoded since
// and evicts over the budget. True when an image arrived (the app must draw a frame).
bool thumbs_tick();

// For the test bridge's probe: textures alive, made and deleted so far, images failed so far,
// decodes asked for and not yet arrived.
struct ThumbStats {
    int textures = 0, created = 0, deleted = 0, failed = 0, pending = 0;
};
ThumbStats thumb_stats();

} // namespace rectify::ui
