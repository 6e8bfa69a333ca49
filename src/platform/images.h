// images: evidence files shown in the app (issue 19): the page decodes a stored image (the
// browser's own decoders: JPEG, PNG, GIF, WebP, and HEIC where the browser has one) to RGBA pixels
// at the size asked, EXIF orientation applied as the browser applies it; the app takes them once
// per frame and makes textures of them (ui/widgets/thumb_cache.h). Files the app does not show
// itself open through the page (a PDF in the browser's viewer, others as a download).
// Web: web_images.cpp + web/thumbs.js (window.rectifyThumbs) over web/evidence.js;
// native: nothing decodes (requests wait forever, unless a test pushes a result).
#pragma once
#include <string>
#include <vector>

namespace rectify::platform {

// Asks for the stored image `sha256` scaled to fit `max_px` × `max_px` (aspect kept, never
// enlarged). The page decodes a few at a time; the result arrives through take_images().
void request_image(const std::string& sha256, int max_px);

// A decoded image, or a failure: the store lacks the file, the browser cannot decode it (HEIC in a
// browser without a decoder, a broken file).
struct DecodedImage {
    std::string sha256;
    int max_px = 0;         // as requested
    int width = 0, height = 0;
    std::string rgba;       // width × height × 4 bytes, straight alpha; empty when failed
    bool failed = false;
    bool missing = false;   // failed because the store has no such file
};
std::vector<DecodedImage> take_images();

// Images asked for and not yet taken.
int images_pending();

// Native stand-in only: a result as if the page had decoded it.
void push_image_for_test(DecodedImage img);

} // namespace rectify::platform
