// web_package_files: package_files.h over web/evidence.js and web/office.js.
#include <emscripten/emscripten.h>

#include "platform/package_files.h"

EM_JS(int, js_evidence_stored, (const char* sha), {
    return window.rectifyEvidence && rectifyEvidence.has(UTF8ToString(sha)) ? 1 : 0;
});
EM_JS(void, js_release_package_file, (const char* sha), {
    if (window.rectifyOffice && rectifyOffice.releasePackageFiles) rectifyOffice.releasePackageFiles([UTF8ToString(sha)]);
});

namespace rectify::platform {

bool evidence_stored(const std::string& sha256) { return js_evidence_stored(sha256.c_str()) != 0; }

void release_package_files(const std::vector<std::string>& sha256s) {
    for (const std::string& s : sha256s) js_release_package_file(s.c_str());
}

void store_evidence_for_test(const std::string&) {}

} // namespace rectify::platform
