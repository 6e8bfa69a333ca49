// text_import_apply: a recognised document (text_import.h) into a workspace, as one command.
#include <unordered_map>

#include "core/directory.h"
#include "core/lookup.h"
#include "core/text_import.h"

namespace rectify {

namespace {

// An ID for something new: the imported one unless the workspace already uses it.
Id fresh_id(Workspace& ws, const Id& want, IdSource& ids, const char* prefix) {
    return want.empty() || id_exists(ws, want) ? ids.make(prefix) : want;
}

void remap(std::vector<Id>& list, const std::unordered_map<Id, Id>& to) {
    for (Id& id : list)
        if (auto it = to.find(id); it != to.end()) id = it->second;
}

} // namespace

CommandPtr apply_text_import(const Workspace& ws, const TextImport& result, IdSource& ids) {
    if (result.ws.plans.empty()) return nullptr;
    Workspace scratch = ws; // to test IDs against, including the ones this import adds
    auto batch = std::make_unique<Batch>("import text");
    std::unordered_map<Id, Id> to; // imported ID -> the workspace's
    // Each imported entry: the workspace's own of that name, else a copy added under a free ID.
    auto adopt = [&](auto& scratch_list, const auto& entry, const char* prefix) {
        using T = std::decay_t<decltype(entry)>;
        Id id = directory_id_for<T>(&ws, nullptr, entry.name, [&] {
            T n = entry;
            n.id = fresh_id(scratch, entry.id, ids, prefix);
            if constexpr (std::is_same_v<T, Person>)
                if (auto it = to.find(n.department); it != to.end()) n.department = it->second;
            scratch_list.push_back(n);
            batch->push(add<T>(ws.id, std::move(n)));
            return scratch_list.back().id;
        });
        to[entry.id] = id;
    };
    for (const Department& d : result.ws.departments) adopt(scratch.departments, d, "d");
    for (const Person& p : result.ws.people) adopt(scratch.people, p, "p");
    Plan plan = result.ws.plans.front();
    // The plan's own IDs are fresh from the importer; a clash with the workspace is still handled.
    if (id_exists(scratch, plan.id)) plan.id = ids.make("plan");
    for (Problem& q : plan.problems) {
        if (id_exists(scratch, q.id)) q.id = ids.make("q");
        for (Measure& m : q.measures) {
            if (id_exists(scratch, m.id)) m.id = ids.make("m");
            remap(m.lead_departments, to);
            remap(m.support_departments, to);
            remap(m.responsible, to);
            remap(m.leaders, to);
            for (ProgressEntry& e : m.progress)
                if (id_exists(scratch, e.id)) e.id = ids.make("pg");
        }
    }
    batch->push(add<Plan>(ws.id, std::move(plan)));
    return batch;
}

} // namespace rectify
