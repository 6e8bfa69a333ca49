#include "core/measure_actions.h"

#include <utility>

#include "core/directory.h"

namespace rectify {


CommandPtr add_progress(const Measure& m, ProgressEntry entry) {
    auto batch = std::make_unique<Batch>("add progress");
    batch->push(add<ProgressEntry>(m.id, std::move(entry)));
    // The first progress on an item not started means work has begun: one undo step for both.
    if (m.status == Status::NotStarted) batch->push(RECTIFY_SET(Measure, status, m.id, Status::InProgress));
    return batch;
}

CommandPtr add_evidence(const Measure& m, Evidence item) { return add<Evidence>(m.id, std::move(item)); }

template <class T> static CommandPtr remove_live(const std::vector<T>& list, const Id& id) {
    for (const T& e : list)
        if (e.id == id && alive(e)) return remove<T>(id);
    return nullptr;
}

CommandPtr remove_progress(const Measure& m, const Id& entry) { return remove_live(m.progress, entry); }
CommandPtr remove_evidence(const Measure& m, const Id& item) { return remove_live(m.evidence, item); }

Evidence evidence_for_file(Id id, EvidenceFile file) {
    Evidence e;
    e.id = std::move(id);
    e.name = file.name;
    e.file = std::move(file);
    return e;
}

CommandPtr add_entry_evidence(const ProgressEntry& entry, Evidence item) { return add<Evidence>(entry.id, std::move(item)); }
CommandPtr remove_entry_evidence(const ProgressEntry& entry, const Id& item) { return remove_live(entry.evidence, item); }

CommandPtr move_evidence(const std::vector<Evidence>& list, const Id& item, int step) {
    size_t at = list.size();
    for (size_t i = 0; i < list.size(); i++)
        if (list[i].id == item && alive(list[i])) at = i;
    if (at == list.size() || step == 0) return nullptr;
    // Move<T> puts the item at the neighbour's index: before it going up, after it going down.
    for (size_t i = at; step < 0 ? i-- > 0 : ++i < list.size();)
        if (alive(list[i])) return move<Evidence>(item, i);
    return nullptr;
}

CommandPtr set_status(const Measure& m, Status status) {
    if (status == m.status) return nullptr;
    return RECTIFY_SET(Measure, status, m.id, status);
}

bool has_record(const Measure& m) {
    for (const ProgressEntry& e : m.progress)
        if (alive(e)) return true;
    for (const Evidence& e : m.evidence)
        if (alive(e)) return true;
    return false;
}

} // namespace rectify
