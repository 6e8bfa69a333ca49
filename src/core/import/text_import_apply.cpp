// text_import_apply: a recognised document (text_import.h) into a workspace, as one command.
#include <unordered_map>
#include <unordered_set>

#include "core/directory.h"
#include "core/fresh_ids.h"
#include "core/lookup.h"
#include "core/import/text_import.h"

namespace rectify {

namespace {

void remap(std::vector<Id>& list, const std::unordered_map<Id, Id>& to) {
    for (Id& id : list)
        if (auto it = to.find(id); it != to.end()) id = it->second;
}

} // namespace

CommandPtr apply_text_import(const Workspace& ws, const TextImport& result, IdSource& ids) {
    if (result.ws.plans.empty()) return nullptr;
    std::unordered_set<Id> used = ids_in(ws);
    auto batch = std::make_unique<Batch>("import text");
    std::unordered_map<Id, Id> to; // imported ID -> the workspace's
    // Each imported entry: the workspace's own of that name, else a copy added under a free ID.
    auto adopt = [&](const auto& entry, const char* prefix) {
        using T = std::decay_t<decltype(entry)>;
        Id id = directory_id_for<T>(&ws, nullptr, entry.name, [&] {
            T n = entry;
            n.id = fresh_id(used, entry.id, ids, prefix);
            if constexpr (std::is_same_v<T, Person>)
                if (auto it = to.find(n.department); it != to.end()) n.department = it->second;
            Id made = n.id;
            batch->push(add<T>(ws.id, std::move(n)));
            return made;
        });
        to[entry.id] = id;
    };
    for (const Department& d : result.ws.departments) adopt(d, "d");
    for (const Person& p : result.ws.people) adopt(p, "p");
    Plan plan = result.ws.plans.front();
    // The plan's own IDs are fresh from the importer; a clash with the workspace is still handled.
    plan.id = fresh_id(used, plan.id, ids, "plan");
    for (Problem& q : plan.problems) {
        q.id = fresh_id(used, q.id, ids, "q");
        for (Measure& m : q.measures) {
            m.id = fresh_id(used, m.id, ids, "m");
            remap(m.lead_departments, to);
            remap(m.support_departments, to);
            remap(m.responsible, to);
            remap(m.leaders, to);
            for (ProgressEntry& e : m.progress) e.id = fresh_id(used, e.id, ids, "pg");
        }
    }
    batch->push(add<Plan>(ws.id, std::move(plan)));
    return batch;
}

} // namespace rectify
