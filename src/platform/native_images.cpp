// native_images: images.h without a browser. Nothing decodes natively (the UI is web-only); a
// test may push results, which take_images() then hands out once.
#include "platform/images.h"

#include <algorithm>

namespace rectify::platform {

namespace {
std::vector<DecodedImage> g_pushed;
int g_requested = 0;
} // namespace

void request_image(const std::string&, int) { g_requested++; }

std::vector<DecodedImage> take_images() {
    std::vector<DecodedImage> out;
    out.swap(g_pushed);
    g_requested = std::max(0, g_requested - int(out.size()));
    return out;
}

int images_pending() { return g_requested; }
void push_image_for_test(DecodedImage img) { g_pushed.push_back(std::move(img)); }

} // namespace rectify::platform
