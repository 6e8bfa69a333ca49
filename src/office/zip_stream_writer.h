// zip_stream_writer: a ZIP archive made from a manifest's entries one at a time, its output drained
// as it goes (office/zip.h ZipWriter::drain), so that a writer of many large stored files (a plan
// package, 一问题一档案) holds one file and the entry being written, never the whole archive. The
// page's side of platform/zip_stream.h: the office module (office_module.cpp) exports it to
// web/office.js, which feeds the files from the store (web/evidence.js) and collects the parts
// into a Blob. Natively, write_package (package.h) is written with it.
//   An entry is text (bytes given as they are) or a stored file, given with the hash and size the
//   manifest names: bytes that do not match either are refused (PackageBadHash/PackageWrongSize),
//   and the archive is then unusable.
// Index: ZipStreamWriter.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/import/office_messages.h"
#include "office/zip.h"

namespace rectify::office {

class ZipStreamWriter {
public:
    // A text entry (a plan file, an index page), deflated.
    OfficeProblem add_text(const std::string& name, std::string_view text);
    // A stored file's entry: `bytes` must hash to `sha256` (lowercase hex) and be `size` bytes.
    // Deflated at the fastest level (photos and PDFs are compressed already). `label` names the
    // file in a refusal's message (the user's name for it; default: the entry's name).
    OfficeProblem add_file(const std::string& name, const std::string& sha256, std::int64_t size, std::string_view bytes,
                           const std::string& label = {});
    // The archive's bytes written since the last drain (final); "" once refused.
    std::string drain() { return failed_ ? std::string() : zip_.drain(); }
    std::uint64_t written() const { return zip_.written(); }
    // The rest of the archive (its directory): a problem if any entry was refused or it cannot be
    // closed; `rest` is then empty.
    OfficeProblem finish(std::string& rest);

private:
    ZipWriter zip_;
    bool failed_ = false;
};

} // namespace rectify::office
