// native_files: files.h outside the browser: a queue that tests fill with push_file_for_test().
#include "platform/files.h"

namespace rectify::platform {

static std::vector<IncomingFile>& queue() {
    static std::vector<IncomingFile> q;
    return q;
}

void pick_files(const char*, const char*, bool) {}

void set_max_file_bytes(double, double) {}

std::vector<IncomingFile> take_files() {
    std::vector<IncomingFile> out;
    out.swap(queue());
    return out;
}

FilesProgress files_progress() { return {}; }

void push_file_for_test(IncomingFile f) { queue().push_back(std::move(f)); }

} // namespace rectify::platform
