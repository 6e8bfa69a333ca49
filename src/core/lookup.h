// Finding entities by ID, and the lists that hold them. Commands address everything by ID (never
// by pointer or index), so an edit stays valid while other edits reorder or add items.
#pragma once
#include <cstddef>
#include <vector>

#include "core/model.h"

namespace rectify {

// Calls f(parent_id, list) for every list of T in the workspace, until f returns true.
// Parents: the workspace for plans, departments and people; a plan for sections, phases and
// problems; a problem for measures; a measure for progress entries, evidence and review records
// (the 销号 chain's); a progress entry
// for its own evidence.
template <class T, class F> bool for_each_list(Workspace& ws, F&& f) {
    if constexpr (std::is_same_v<T, Plan>) return f(ws.id, ws.plans);
    else if constexpr (std::is_same_v<T, Department>) return f(ws.id, ws.departments);
    else if constexpr (std::is_same_v<T, Person>) return f(ws.id, ws.people);
    else {
        for (Plan& plan : ws.plans) {
            if constexpr (std::is_same_v<T, Section>) { if (f(plan.id, plan.sections)) return true; }
            else if constexpr (std::is_same_v<T, Phase>) { if (f(plan.id, plan.phases)) return true; }
            else if constexpr (std::is_same_v<T, Problem>) { if (f(plan.id, plan.problems)) return true; }
            else {
                for (Problem& problem : plan.problems) {
                    if constexpr (std::is_same_v<T, Measure>) {
                        if (f(problem.id, problem.measures)) return true;
                    } else {
                        for (Measure& m : problem.measures) {
                            if constexpr (std::is_same_v<T, ProgressEntry>) {
                                if (f(m.id, m.progress)) return true;
                            } else if constexpr (std::is_same_v<T, ReviewEntry>) {
                                if (f(m.id, m.reviews)) return true;
                            } else {
                                static_assert(std::is_same_v<T, Evidence>, "not an entity type");
                                if (f(m.id, m.evidence)) return true;
                                for (ProgressEntry& e : m.progress)
                                    if (f(e.id, e.evidence)) return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }
}

// Where an entity sits: its list and index, or list == nullptr.
template <class T> struct Location {
    std::vector<T>* list = nullptr;
    size_t index = 0;
    T* get() const { return list ? &(*list)[index] : nullptr; }
};

template <class T> Location<T> locate(Workspace& ws, const Id& id) {
    Location<T> loc;
    for_each_list<T>(ws, [&](const Id&, std::vector<T>& list) {
        for (size_t i = 0; i < list.size(); i++)
            if (list[i].id == id) {
                loc = Location<T>{&list, i};
                return true;
            }
        return false;
    });
    return loc;
}

template <class T> T* find(Workspace& ws, const Id& id) {
    if constexpr (std::is_same_v<T, Workspace>) return ws.id == id ? &ws : nullptr;
    else return locate<T>(ws, id).get();
}

// The list of T children of `parent`, or nullptr if there is no such parent.
template <class T> std::vector<T>* children(Workspace& ws, const Id& parent) {
    std::vector<T>* out = nullptr;
    for_each_list<T>(ws, [&](const Id& pid, std::vector<T>& list) {
        if (pid != parent) return false;
        out = &list;
        return true;
    });
    return out;
}

// True if any entity of any kind has this ID (IDs are unique across kinds).
bool id_exists(Workspace& ws, const Id& id);

} // namespace rectify
