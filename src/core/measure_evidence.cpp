// measure_evidence: see measure_evidence.h.
#include "core/measure_evidence.h"

#include "core/directory.h" // trim_name

namespace rectify {

bool counts_as_evidence(const Evidence& e) {
    return alive(e) && (!e.file.empty() || !trim_name(e.name).empty());
}

template <class F> static void each_evidence(const Measure& m, F&& f) {
    for (const Evidence& e : m.evidence)
        if (counts_as_evidence(e)) f(EvidenceRef{&e, nullptr});
    for (const ProgressEntry& p : m.progress) {
        if (!alive(p)) continue;
        for (const Evidence& e : p.evidence)
            if (counts_as_evidence(e)) f(EvidenceRef{&e, &p});
    }
}

std::vector<EvidenceRef> measure_evidence(const Measure& m) {
    std::vector<EvidenceRef> out;
    each_evidence(m, [&](EvidenceRef r) { out.push_back(r); });
    return out;
}

std::size_t evidence_count(const Measure& m) {
    std::size_t n = 0;
    each_evidence(m, [&](EvidenceRef) { n++; });
    return n;
}

bool has_evidence(const Measure& m) { return evidence_count(m) > 0; }

bool submitted_without_evidence(const Measure& m) {
    const ClosureState s = m.closure.state;
    return (s == ClosureState::Submitted || s == ClosureState::Verified) && !has_evidence(m);
}

} // namespace rectify
