// thumb_cache: see thumb_cache.h.
#include "ui/widgets/thumb_cache.h"

#include <GLES3/gl3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

#include "platform/evidence.h"
#include "platform/images.h"

namespace rectify::ui {

namespace {

constexpr int kMaxTextures = 256;                        // thumbnails on screen and recently seen
constexpr std::int64_t kMaxBytes = std::int64_t(96) << 20; // four viewer-sized images and thumbnails
constexpr int kMaxPx = 2048;

struct Entry {
    ImageTexture t;
    GLuint gl = 0;
    int last_used = -1; // ImGui frame count
};

struct Cache {
    std::map<std::string, std::map<int, Entry>> images; // sha256 → px → entry
    std::int64_t bytes = 0;
    int textures = 0;
    ThumbStats stats;
};
Cache g_cache;

GLuint upload(const platform::DecodedImage& d) {
    GLuint tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, d.width, d.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, d.rgba.data());
    glGenerateMipmap(GL_TEXTURE_2D); // the viewer shows a 2048 px image fitted: minified without shimmer
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
    return tex;
}

std::int64_t bytes_of(const Entry& e) { return std::int64_t(e.t.width) * e.t.height * 4 * 4 / 3; } // with mipmaps

void drop(Entry& e) {
    if (e.gl) {
        glDeleteTextures(1, &e.gl);
        g_cache.bytes -= bytes_of(e);
        g_cache.textures--;
        g_cache.stats.deleted++;
    }
    e.gl = 0;
}

// Deletes the least recently used textures (not one used in this frame) while over the budget.
void evict() {
    const int now = ImGui::GetFrameCount();
    while (g_cache.textures > kMaxTextures || g_cache.bytes > kMaxBytes) {
        std::string sha;
        int px = 0, oldest = now;
        for (auto& [s, sizes] : g_cache.images)
            for (auto& [p, e] : sizes)
                if (e.gl && e.last_used < oldest) sha = s, px = p, oldest = e.last_used;
        if (sha.empty()) return; // everything over the budget is on screen now
        auto& sizes = g_cache.images[sha];
        drop(sizes[px]);
        sizes.erase(px); // asked again (Loading) when it is next drawn
        if (sizes.empty()) g_cache.images.erase(sha);
    }
}

} // namespace

int device_px(float size) {
    const float scale = std::max(1.0f, ImGui::GetIO().DisplayFramebufferScale.x);
    const int px = int(std::ceil(size * scale / 32.0f)) * 32;
    return std::clamp(px, 32, kMaxPx);
}

ImageTexture image_texture(const std::string& sha256, int px) {
    px = std::clamp(px, 1, kMaxPx);
    auto& sizes = g_cache.images[sha256];
    for (auto& [p, e] : sizes) { // one failure says it for every size
        if (e.t.state == ImageTexture::State::Failed) return e.t;
        if (e.t.state != ImageTexture::State::Missing) continue;
        if (!platform::has_file(sha256)) return e.t;
        sizes.clear(); // stored since (attached, or a package brought it): ask again
        break;
    }
    const int now = ImGui::GetFrameCount();
    auto it = sizes.find(px);
    if (it == sizes.end()) {
        it = sizes.emplace(px, Entry{}).first;
        platform::request_image(sha256, px);
    }
    it->second.last_used = now;
    if (it->second.t.state == ImageTexture::State::Ready) return it->second.t;
    // Loading: the largest made so far stands in (a thumbnail while the viewer's image decodes).
    Entry* best = nullptr;
    for (auto& [p, e] : sizes)
        if (e.t.state == ImageTexture::State::Ready && (!best || e.t.width > best->t.width)) best = &e;
    if (!best) return it->second.t;
    best->last_used = now;
    ImageTexture t = best->t;
    t.stand_in = true;
    return t;
}

bool thumbs_tick() {
    std::vector<platform::DecodedImage> got = platform::take_images();
    for (platform::DecodedImage& d : got) {
        auto sit = g_cache.images.find(d.sha256);
        if (sit == g_cache.images.end()) continue; // evicted meanwhile
        auto it = sit->second.find(d.max_px);
        if (it == sit->second.end()) continue;
        Entry& e = it->second;
        drop(e);
        if (d.failed) {
            e.t.state = d.missing ? ImageTexture::State::Missing : ImageTexture::State::Failed;
            g_cache.stats.failed++;
            continue;
        }
        e.gl = upload(d);
        e.t.state = ImageTexture::State::Ready;
        e.t.tex = ImTextureID(std::intptr_t(e.gl));
        e.t.width = d.width;
        e.t.height = d.height;
        g_cache.bytes += bytes_of(e);
        g_cache.textures++;
        g_cache.stats.created++;
    }
    evict();
    return !got.empty();
}

ThumbStats thumb_stats() {
    ThumbStats s = g_cache.stats;
    s.textures = g_cache.textures;
    s.pending = platform::images_pending();
    return s;
}

} // namespace rectify::ui
