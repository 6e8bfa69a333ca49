// native_zip_stream: zip_stream.h and package_files.h outside the browser: nothing is streamed (the
// CLI writes packages itself, office/package.h); the store is a set that tests fill.
#include <set>

#include "platform/package_files.h"
#include "platform/zip_stream.h"

namespace rectify::platform {

void export_zip_stream(const std::string&, const std::string&) {}

bool take_zip_stream_failure(ZipStreamFailure&) { return false; }

static std::set<std::string>& stored() {
    static std::set<std::string> s;
    return s;
}

bool evidence_stored(const std::string& sha256) { return stored().count(sha256) > 0; }

void release_package_files(const std::vector<std::string>&) {}

void store_evidence_for_test(const std::string& sha256) { stored().insert(sha256); }

} // namespace rectify::platform
