// native_zip_stream: zip_stream.h outside the browser: nothing is streamed (the CLI writes
// packages and archives itself, office/package.h, core/report/evidence_archive.h).
#include "platform/zip_stream.h"

namespace rectify::platform {

void export_zip_stream(const std::string&, const std::string&) {}

bool take_zip_stream_failure(ZipStreamFailure&) { return false; }

int zip_streams_made(const std::string&) { return 0; }

} // namespace rectify::platform
