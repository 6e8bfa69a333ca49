// ContentHash (content_hash.h). xxHash is used header-only (Debian's libxxhash-dev), inlined, so
// the same code builds natively and for wasm with no library to link.
#include "core/format/content_hash.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace rectify {

struct ContentHash::Xxh3 {
    XXH3_state_t state; // 64-byte aligned by its own declaration; operator new honours it (C++17)
};

ContentHash::ContentHash(ChecksumKind kind) : kind_(kind) {
    if (kind_ != ChecksumKind::Xxh3) return;
    xxh_ = std::make_unique<Xxh3>();
    XXH3_128bits_reset(&xxh_->state);
}

ContentHash::~ContentHash() = default;

void ContentHash::update(const void* data, size_t size) {
    if (kind_ == ChecksumKind::Xxh3) XXH3_128bits_update(&xxh_->state, data, size);
    else sha_.update(data, size);
}

std::string ContentHash::finish() {
    if (kind_ != ChecksumKind::Xxh3) return "sha256:" + sha_.finish_hex();
    XXH128_canonical_t c; // big-endian bytes: the hex reads as the 128-bit number
    XXH128_canonicalFromHash(&c, XXH3_128bits_digest(&xxh_->state));
    static const char digits[] = "0123456789abcdef";
    std::string out = "xxh3:";
    for (unsigned char b : c.digest) out += digits[b >> 4], out += digits[b & 15];
    return out;
}

} // namespace rectify
