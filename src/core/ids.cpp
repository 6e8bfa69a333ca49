#include "core/ids.h"

namespace rectify {

IdSource::IdSource() {
    std::random_device rd;
    rng_.seed((std::uint64_t(rd()) << 32) ^ rd());
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
