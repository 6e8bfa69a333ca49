// SHA-256 (FIPS 180-4), for the content checksum of plan files. Written here rather than taken
// from a library: the core must build unchanged for wasm with no extra dependency.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace rectify {

class Sha256 {
public:
    Sha256();
    void update(const void* data, size_t size) {
        if (buf_len_ + size < 64) { // a small piece (the save hashes many): inline, no block yet
            std::memcpy(buf_ + buf_len_, data, size);
            buf_len_ += size;
            total_ += size;
            return;
        }
        update_blocks(data, size);
    }
    void update(std::string_view s) { update(s.data(), s.size()); }
    std::array<std::uint8_t, 32> finish();
    std::string finish_hex();

private:
    void update_blocks(const void* data, size_t size); // update() for pieces that fill a block
    void blocks(const std::uint8_t* p, size_t count);  // count whole 64-byte blocks
    std::uint32_t h_[8];
    std::uint8_t buf_[64];
    size_t buf_len_ = 0;
    std::uint64_t total_ = 0;
};

std::string sha256_hex(std::string_view data);

} // namespace rectify
