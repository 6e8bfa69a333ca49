// SHA-256 as FIPS 180-4 gives it, written for speed in wasm as well as natively (the autosave
// hashes the canonical text of the whole workspace, 1.5 MB for 1,000 measures): whole blocks are
// hashed straight from the caller's bytes, the state stays in locals across blocks, and the 64
// rounds are unrolled so the working variables rotate by renaming, not copying.
#include "core/format/sha256.h"

#include <cstring>

namespace rectify {

static const std::uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static inline std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
// A big-endian word: on little-endian hosts (x86, ARM, wasm) one load and a byte swap, which in
// wasm (no bswap instruction) is still cheaper than four byte loads.
static inline std::uint32_t load_be(const std::uint8_t* p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    std::uint32_t x;
    std::memcpy(&x, p, 4);
    x = ((x & 0xff00ff00u) >> 8) | ((x & 0x00ff00ffu) << 8);
    return rotr(x, 16);
#else
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
#endif
}

Sha256::Sha256() {
    static const std::uint32_t init[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    std::memcpy(h_, init, sizeof h_);
}

// The message schedule lives in a 16-word ring and every index below is a constant after the
// macros expand, so the compiler keeps the ring and the working variables in registers (wasm
// locals) instead of memory. A round takes the eight working variables rotated by the caller
// instead of moving them.
#define RECTIFY_SHA_S0(x) (rotr(x, 7) ^ rotr(x, 18) ^ ((x) >> 3))
#define RECTIFY_SHA_S1(x) (rotr(x, 17) ^ rotr(x, 19) ^ ((x) >> 10))
#define RECTIFY_SHA_W(i)                                                                           \
    ((i) < 16 ? w[(i)&15]                                                                          \
              : (w[(i)&15] += RECTIFY_SHA_S1(w[((i)-2) & 15]) + w[((i)-7) & 15] +                  \
                              RECTIFY_SHA_S0(w[((i)-15) & 15])))
#define RECTIFY_SHA_ROUND(a, b, c, d, e, f, g, h, i)                                              \
    do {                                                                                           \
        std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + (g ^ (e & (f ^ g))) +    \
                           K[i] + RECTIFY_SHA_W(i);                                                \
        std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) | (c & (a | b)));  \
        d += t1;                                                                                   \
        h = t1 + t2;                                                                               \
    } while (0)
#define RECTIFY_SHA_8(i)                                                                           \
    RECTIFY_SHA_ROUND(a, b, c, d, e, f, g, h, (i));                                                \
    RECTIFY_SHA_ROUND(h, a, b, c, d, e, f, g, (i) + 1);                                            \
    RECTIFY_SHA_ROUND(g, h, a, b, c, d, e, f, (i) + 2);                                            \
    RECTIFY_SHA_ROUND(f, g, h, a, b, c, d, e, (i) + 3);                                            \
    RECTIFY_SHA_ROUND(e, f, g, h, a, b, c, d, (i) + 4);                                            \
    RECTIFY_SHA_ROUND(d, e, f, g, h, a, b, c, (i) + 5);                                            \
    RECTIFY_SHA_ROUND(c, d, e, f, g, h, a, b, (i) + 6);                                            \
    RECTIFY_SHA_ROUND(b, c, d, e, f, g, h, a, (i) + 7)

void Sha256::blocks(const std::uint8_t* p, size_t count) {
    std::uint32_t a0 = h_[0], b0 = h_[1], c0 = h_[2], d0 = h_[3], e0 = h_[4], f0 = h_[5],
                  g0 = h_[6], h0 = h_[7];
    for (; count > 0; count--, p += 64) {
        std::uint32_t w[16];
        for (int i = 0; i < 16; i++) w[i] = load_be(p + 4 * i);
        std::uint32_t a = a0, b = b0, c = c0, d = d0, e = e0, f = f0, g = g0, h = h0;
        RECTIFY_SHA_8(0);
        RECTIFY_SHA_8(8);
        RECTIFY_SHA_8(16);
        RECTIFY_SHA_8(24);
        RECTIFY_SHA_8(32);
        RECTIFY_SHA_8(40);
        RECTIFY_SHA_8(48);
        RECTIFY_SHA_8(56);
        a0 += a, b0 += b, c0 += c, d0 += d, e0 += e, f0 += f, g0 += g, h0 += h;
    }
    h_[0] = a0, h_[1] = b0, h_[2] = c0, h_[3] = d0, h_[4] = e0, h_[5] = f0, h_[6] = g0, h_[7] = h0;
}

#undef RECTIFY_SHA_8
#undef RECTIFY_SHA_ROUND
#undef RECTIFY_SHA_W
#undef RECTIFY_SHA_S1
#undef RECTIFY_SHA_S0

void Sha256::update_blocks(const void* data, size_t size) {
    const std::uint8_t* p = static_cast<const std::uint8_t*>(data);
    total_ += size;
    if (buf_len_ > 0) { // complete the pending block first
        size_t n = 64 - buf_len_ < size ? 64 - buf_len_ : size;
        std::memcpy(buf_ + buf_len_, p, n);
        buf_len_ += n, p += n, size -= n;
        if (buf_len_ < 64) return;
        blocks(buf_, 1);
        buf_len_ = 0;
    }
    if (size >= 64) { // whole blocks straight from the input
        blocks(p, size / 64);
        p += size / 64 * 64;
        size %= 64;
    }
    std::memcpy(buf_, p, size);
    buf_len_ = size;
}

std::array<std::uint8_t, 32> Sha256::finish() {
    std::uint64_t bits = total_ * 8;
    std::uint8_t tail[128] = {0x80};
    size_t pad = buf_len_ < 56 ? 56 - buf_len_ : 120 - buf_len_; // to 56 mod 64, at least one byte
    for (int i = 0; i < 8; i++) tail[pad + size_t(i)] = std::uint8_t(bits >> (56 - 8 * i));
    update(tail, pad + 8);
    std::array<std::uint8_t, 32> out;
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 4; j++) out[4 * i + j] = std::uint8_t(h_[i] >> (24 - 8 * j));
    return out;
}

std::string Sha256::finish_hex() {
    static const char hex[] = "0123456789abcdef";
    std::string s;
    for (std::uint8_t b : finish()) s += hex[b >> 4], s += hex[b & 15];
    return s;
}

std::string sha256_hex(std::string_view data) {
    Sha256 h;
    h.update(data);
    return h.finish_hex();
}

} // namespace rectify
