// web_images: images.h in the browser, a thin EM_JS layer over web/thumbs.js (window.rectifyThumbs)
// and web/evidence.js (window.rectifyEvidence).
#include <emscripten/emscripten.h>

#include <cstdlib>

#include "platform/images.h"
#include "platform/js_string.h"

EM_JS(void, js_images_request, (const char* sha, int px), { rectifyThumbs.request(UTF8ToString(sha), px); });
EM_JS(int, js_images_ready, (), { return rectifyThumbs.ready.length; });
EM_JS(char*, js_images_sha, (int i), { return rectifyHost.allocString(Module, rectifyThumbs.ready[i].sha); });
// Fields of a result: 0 max_px, 1 width, 2 height, 3 failed, 4 missing.
EM_JS(int, js_images_field, (int i, int which), {
    var r = rectifyThumbs.ready[i];
    return which == 0 ? r.px : which == 1 ? r.width : which == 2 ? r.height : which == 3 ? (r.failed ? 1 : 0) : (r.missing ? 1 : 0);
});
// The pixels straight into a malloc'ed buffer.
EM_JS(void*, js_images_pixels, (int i, int* size), {
    var b = rectifyThumbs.ready[i].pixels;
    HEAP32[size >> 2] = b ? b.length : 0;
    if (!b || !b.length) return 0;
    var p = _malloc(b.length);
    HEAPU8.set(b, p);
    return p;
});
EM_JS(void, js_images_clear, (), { rectifyThumbs.ready = []; });
EM_JS(int, js_images_pending, (), { return rectifyThumbs.pending(); });

namespace rectify::platform {

void request_image(const std::string& sha256, int max_px) { js_images_request(sha256.c_str(), max_px); }

std::vector<DecodedImage> take_images() {
    std::vector<DecodedImage> out;
    const int n = js_images_ready();
    for (int i = 0; i < n; i++) {
        DecodedImage d;
        d.sha256 = take(js_images_sha(i));
        d.max_px = js_images_field(i, 0);
        d.width = js_images_field(i, 1);
        d.height = js_images_field(i, 2);
        d.failed = js_images_field(i, 3) != 0;
        d.missing = js_images_field(i, 4) != 0;
        int size = 0;
        if (void* p = js_images_pixels(i, &size)) {
            d.rgba.assign(static_cast<const char*>(p), size_t(size));
            std::free(p);
        }
        if (!d.failed && d.rgba.size() != size_t(d.width) * size_t(d.height) * 4) d.failed = true;
        out.push_back(std::move(d));
    }
    if (n) js_images_clear();
    return out;
}

int images_pending() { return js_images_pending(); }

void push_image_for_test(DecodedImage) {}

} // namespace rectify::platform
