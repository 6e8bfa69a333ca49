// Stable entity IDs. Every entity gets one when created and keeps it for life, across files and
// offices, so that a later merge can match items even after they were renamed or moved.
#pragma once
#include <cstdint>
#include <random>
#include <string>

namespace rectify {

using Id = std::string;

// Makes IDs like "m-9f3a0c1d2e4b5a67": a kind prefix (readable in files and logs) and 64 random
// bits. Random rather than sequential because two offices create items independently and their
// copies are merged later; a counter would collide. Seedable so tests are deterministic.
// Old files may hold short IDs (s-1, m-1) that another office's file repeats: those keep working,
// and a merge gives an ID held by a different item a new one (core/format/id_collisions.h).
class IdSource {
public:
    IdSource();                                   // seeded from std::random_device
    explicit IdSource(std::uint64_t seed) : rng_(seed) {}
    Id make(const char* prefix);

private:
    std::mt19937_64 rng_;
};

} // namespace rectify
