#include "core/ids.h"

#include <chrono>

namespace rectify {

IdSource::IdSource() {
    // 256 bits from the system's entropy (crypto.getRandomValues in the browser) and the clock:
    // two offices, or two tabs opened in the same millisecond, never start the same sequence,
    // even where random_device is weak.
    std::random_device rd;
    std::uint64_t t = std::uint64_t(std::chrono::system_clock::now().time_since_epoch().count());
    std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd(), rd(), rd(), unsigned(t), unsigned(t >> 32)};
    rng_.seed(seq);
}

Id IdSource::make(const char* prefix) {
    static const char hex[] = "0123456789abcdef";
    std::uint64_t v = rng_();
    Id id = prefix;
    id += '-';
    for (int shift = 60; shift >= 0; shift -= 4) id += hex[(v >> shift) & 0xF];
    return id;
}

} // namespace rectify
