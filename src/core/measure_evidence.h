// measure_evidence: what counts as a measure's evidence (佐证材料), in one place: its own evidence
// items and those of its progress entries (photos of the work done), each alive (the item and, for
// an entry's, the entry too) and naming something: a file, or a name that is not blank (会议纪要,
// an item that names its evidence without a file). The review strip beside 提交销号/审核通过, the
// ledger's filter of items submitted without evidence, the dashboard's count and find read this.
// Index: counts_as_evidence · measure_evidence · evidence_count · submitted_without_evidence.
#pragma once
#include <cstddef>
#include <vector>

#include "core/model.h"

namespace rectify {

// An evidence item that counts (alive, with a file or a non-blank name); its progress entry's
// liveness is the caller's (measure_evidence checks it).
bool counts_as_evidence(const Evidence& e);

// One piece of a measure's evidence and where it hangs: entry is null for the measure's own items.
struct EvidenceRef {
    const Evidence* item = nullptr;
    const ProgressEntry* entry = nullptr;
};

// The measure's evidence that counts: its own items in their order, then each live progress
// entry's in the entries' order. Pointers into m: valid while m is unchanged.
std::vector<EvidenceRef> measure_evidence(const Measure& m);
std::size_t evidence_count(const Measure& m);
bool has_evidence(const Measure& m);

// Submitted for 销号 (待审核) or already closed (已销号) with no evidence that counts: what the
// supervising office looks for when it checks (对账) the items units closed.
bool submitted_without_evidence(const Measure& m);

} // namespace rectify
