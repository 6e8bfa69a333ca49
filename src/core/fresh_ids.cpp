// fresh_ids: see fresh_ids.h.
#include "core/fresh_ids.h"

#include "core/lookup.h"

namespace rectify {

std::unordered_set<Id> ids_in(const Workspace& ws) {
    // for_each_list takes a mutable workspace; this only reads it.
    Workspace& w = const_cast<Workspace&>(ws);
    std::unordered_set<Id> out{ws.id};
    auto take = [&](const Id&, auto& list) {
        for (const auto& e : list) out.insert(e.id);
        return false;
    };
    for_each_list<Plan>(w, take);
    for_each_list<Department>(w, take);
    for_each_list<Person>(w, take);
    for_each_list<Section>(w, take);
    for_each_list<Phase>(w, take);
    for_each_list<Problem>(w, take);
    for_each_list<Measure>(w, take);
    for_each_list<ProgressEntry>(w, take);
    for_each_list<Evidence>(w, take);
    for_each_list<ReviewEntry>(w, take);
    return out;
}

Id fresh_id(std::unordered_set<Id>& used, const Id& want, IdSource& ids, const char* prefix) {
    Id id = want.empty() || used.count(want) ? ids.make(prefix) : want;
    used.insert(id);
    return id;
}

} // namespace rectify
