// zip_stream_stub: a stand-in for platform/zip_stream.h until the real one (web_zip_stream.cpp,
// branch i19-pkgweb) is merged, so that branch i19-archive links. Weak: a real definition wins.
// To be dropped at integration, with its line in src/platform/CMakeLists.txt.
#include "platform/zip_stream.h"

namespace rectify::platform {

namespace {
ZipStreamFailure pending;
bool has_pending = false;
} // namespace

__attribute__((weak)) void export_zip_stream(const std::string&, const std::string& filename) {
    pending = {filename, {}, "zip_stream is not in this build"};
    has_pending = true;
}

__attribute__((weak)) bool take_zip_stream_failure(ZipStreamFailure& out) {
    if (!has_pending) return false;
    out = pending;
    has_pending = false;
    return true;
}

} // namespace rectify::platform
