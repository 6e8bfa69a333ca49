// zip: the ZIP container of .xlsx and .docx files, through minizip (zlib's contrib/minizip, built
// from Debian's source by scripts/deps.sh), read from and written to memory.
//
// Reading is guarded, since the files come from anyone: the archive's size, the number of entries,
// each entry's name (no absolute paths, no "..", no backslashes or drive letters), encryption, and
// the bytes an entry inflates to (counted as they come, not trusted from the header: a ZIP bomb
// stops at the limit). Every refusal is an OfficeProblem.
// Names are UTF-8; one beyond ASCII is written with the ZIP's UTF-8 flag (bit 11).
// Index: ZipLimits · ZipReader · ZipWriter · write_zip.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/format/input_limits.h"
#include "core/import/office_messages.h"

namespace rectify::office {

struct ZipLimits {
    std::size_t archive_bytes = max_input_bytes(InputKind::OfficeFile); // the file itself
    std::size_t entries = 5000;
    std::size_t entry_bytes = 48u << 20;   // one part, inflated
    std::size_t total_bytes = 160u << 20;  // all parts read, inflated
};

class ZipReader {
public:
    ZipReader();
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    // Opens `bytes` (kept by reference: they must outlive the reader) and checks every entry's name
    // and flags. `kind` names the expected format in messages ("Excel (.xlsx)").
    OfficeProblem open(std::string_view bytes, const std::string& kind, const ZipLimits& limits = {});
    const std::vector<std::string>& names() const { return names_; }
    bool has(std::string_view name) const;
    // The inflated bytes of entry `name` (exact, case-sensitive; a leading "/" is ignored), within
    // the limits. A missing entry is MissingPart.
    OfficeProblem read(std::string_view name, std::string& out);

private:
    struct State;
    std::unique_ptr<State> s_;
    std::vector<std::string> names_;
    ZipLimits limits_;
    std::string kind_;
    std::size_t total_ = 0;
};

// A ZIP archive written entry by entry into memory, so that a caller holding many large entries
// (a plan package's files) never holds them all at once beside the archive. Entries use plain
// 32-bit headers: the whole archive stays under 4 GB (callers limit it far below).
// The output can be drained as it goes: minizip goes back only into the entry it is writing (to
// patch its local header when it closes it), and add() closes its entry, so everything written
// before drain() is final. The archive is then the drained parts followed by finish().
class ZipWriter {
public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;
    // Adds an entry, deflated at `level` (zlib's 0-9; 1 for files that are mostly compressed
    // already). False if the archive cannot take it (it is then unusable).
    bool add(const std::string& name, std::string_view bytes, int level = -1);
    // The archive's bytes written since the last drain (final), moved out; "" once an add failed.
    std::string drain();
    // Bytes written so far, drained or not.
    std::uint64_t written() const;
    // The archive's bytes not drained yet (all of it when nothing was drained), or "" if an add
    // failed. A writer that was drained ends with a part that is never empty (the directory).
    std::string finish();

private:
    struct State;
    std::unique_ptr<State> s_;
};

// A ZIP archive of `entries` (name, bytes), deflated, in the given order (put [Content_Types].xml
// first for Office files).
std::string write_zip(const std::vector<std::pair<std::string, std::string>>& entries);


} // namespace rectify::office
