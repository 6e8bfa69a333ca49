// zip_stream_writer: see zip_stream_writer.h.
#include "office/zip_stream_writer.h"

#include "core/format/sha256.h"

namespace rectify::office {

OfficeProblem ZipStreamWriter::add_text(const std::string& name, std::string_view text) {
    if (failed_ || !zip_.add(name, text)) {
        failed_ = true;
        return problem(OfficeText::PackageWriteFailed);
    }
    return {};
}

OfficeProblem ZipStreamWriter::add_file(const std::string& name, const std::string& sha256, std::int64_t size,
                                        std::string_view bytes, const std::string& label) {
    const std::string& shown = label.empty() ? name : label;
    OfficeProblem p;
    if (failed_) p = problem(OfficeText::PackageWriteFailed);
    else if (sha256_hex(bytes) != sha256) p = problem(OfficeText::PackageBadHash, {{"name", shown}});
    else if (std::int64_t(bytes.size()) != size)
        p = problem(OfficeText::PackageWrongSize, {{"file", shown}, {"size", std::to_string(bytes.size())},
                                                   {"expected", std::to_string(size)}});
    else if (!zip_.add(name, bytes, 1)) p = problem(OfficeText::PackageWriteFailed);
    if (p) failed_ = true;
    return p;
}

OfficeProblem ZipStreamWriter::finish(std::string& rest) {
    rest.clear();
    if (!failed_) rest = zip_.finish();
    if (failed_ || rest.empty()) {
        failed_ = true;
        rest.clear();
        return problem(OfficeText::PackageWriteFailed);
    }
    return {};
}

} // namespace rectify::office
