// The hash of a plan file's content checksum (format.h). Files of versions 1–3 carry
// "sha256:<64 hex>"; from version 4 the app writes "xxh3:<32 hex>" (XXH3-128, xxHash). The
// checksum is unkeyed either way: it detects accidental damage and proves nothing against a
// deliberate edit, so the fast hash serves as well as SHA-256 and costs a fraction of it.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "core/format/sha256.h"

namespace rectify {

enum class ChecksumKind { Sha256, Xxh3 };

// What the app writes (format 4 on).
inline constexpr ChecksumKind kWrittenChecksum = ChecksumKind::Xxh3;
// The hash a checksum names by its prefix. Anything but "xxh3:" is checked as SHA-256, as every
// file was before format 4: a file an older app or another tool sealed with SHA-256 still verifies,
// and a damaged prefix is a mismatch like any other damage.
inline ChecksumKind checksum_kind(std::string_view checksum) {
    return checksum.substr(0, 5) == "xxh3:" ? ChecksumKind::Xxh3 : ChecksumKind::Sha256;
}

class ContentHash {
public:
    explicit ContentHash(ChecksumKind kind);
    ~ContentHash();
    ContentHash(const ContentHash&) = delete;
    ContentHash& operator=(const ContentHash&) = delete;
    void update(const void* data, size_t size);
    std::string finish(); // "sha256:<hex>" or "xxh3:<hex>"

private:
    struct Xxh3;
    ChecksumKind kind_;
    Sha256 sha_;
    std::unique_ptr<Xxh3> xxh_;
};

} // namespace rectify
