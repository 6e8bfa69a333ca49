// IDs that never collide: the rules are in id_collisions.h.
// Index: kinds and owners · derived IDs · the walk (file order, renames, places) · directory
// references · rekey_return · repair_duplicate_ids · verify_for_save.
#include "core/format/id_collisions.h"

#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/format/format.h"
#include "core/format/json.h"
#include "core/format/prescan.h"
#include "core/format/sha256.h"

namespace rectify {

namespace {

// ---- kinds and owners ----------------------------------------------------------------------------

enum class Kind : char { Workspace, Department, Person, Plan, Section, Phase, Problem, Measure, Progress, Evidence, Review };

// The prefix a new ID of this kind gets (as the editor's IdSource::make calls use).
const char* prefix(Kind k) {
    switch (k) {
    case Kind::Workspace: return "w";
    case Kind::Department: return "d";
    case Kind::Person: return "p";
    case Kind::Plan: return "plan";
    case Kind::Section: return "s";
    case Kind::Phase: return "ph";
    case Kind::Problem: return "pr";
    case Kind::Measure: return "m";
    case Kind::Progress: return "pg";
    case Kind::Evidence: return "ev";
    case Kind::Review: return "rv";
    }
    return "x";
}

// Which item an ID belongs to: its kind, what it lives in (the plan for plan parts, the measure
// for progress and evidence, "" for the directory and plans) and when and by whom it was created.
// Copies of one item share their creation stamp (it is set once and travels with the item), so
// two items created apart under the same ID (two offices' hand-written "d-1") differ there; an
// empty stamp (old or hand-written files) says nothing.
struct Owner {
    Kind kind;
    Id owner;
    Stamp created;
};

bool same_item(const Owner& a, const Owner& b) {
    return a.kind == b.kind && a.owner == b.owner &&
           (a.created.empty() || b.created.empty() || a.created.tie() == b.created.tie());
}

// ---- derived IDs -----------------------------------------------------------------------------------

// The n-th candidate new ID for an item: a hash of what the item is, so the same item always
// gets the same new ID (see the header).
Id derived_id(Kind k, const Id& owner, const Id& old, int n) {
    Sha256 h;
    const char kind = char('A' + int(k));
    h.update(&kind, 1);
    h.update(owner);
    h.update("\0", 1);
    h.update(old);
    h.update("\0", 1);
    std::string count = std::to_string(n);
    h.update(count);
    return std::string(prefix(k)) + "-" + h.finish_hex().substr(0, 16);
}

// ---- the walk ------------------------------------------------------------------------------------------

// Visits every entity in file order. `f(kind, owner, created, id, scope)` may change the ID
// (scope: the list it is in, for places) and returns whether references to the old ID in that list now mean
// the new one. Each list's places are rewritten after its items were visited, and children are
// visited with their parent's (possibly new) ID as owner. `dir(kind, old, new)` hears of renamed
// directory entries whose references must follow.
template <class F> struct Walk {
    F& f;

    template <class T> void list(std::vector<T>& items, Kind k, const Id& owner) {
        std::map<Id, Id> moved; // old -> new, for places in this list
        for (T& e : items) {
            Id old = e.id;
            if (f(k, owner, e.meta.created, e.id, static_cast<const void*>(&items)) && e.id != old)
                moved.emplace(old, e.id);
        }
        if (moved.empty()) return;
        for (T& e : items) {
            if (!e.meta.placed) continue;
            auto it = moved.find(e.meta.after);
            if (it != moved.end()) e.meta.after = it->second;
        }
    }

    void workspace(Workspace& ws) {
        f(Kind::Workspace, Id{}, ws.meta.created, ws.id, nullptr);
        list(ws.departments, Kind::Department, Id{});
        list(ws.people, Kind::Person, Id{});
        list(ws.plans, Kind::Plan, Id{});
        for (Plan& plan : ws.plans) {
            list(plan.sections, Kind::Section, plan.id);
            list(plan.phases, Kind::Phase, plan.id);
            list(plan.problems, Kind::Problem, plan.id);
            for (Problem& q : plan.problems) {
                list(q.measures, Kind::Measure, plan.id);
                for (Measure& m : q.measures) {
                    list(m.progress, Kind::Progress, m.id);
                    for (ProgressEntry& e : m.progress) list(e.evidence, Kind::Evidence, e.id);
                    list(m.evidence, Kind::Evidence, m.id);
                    list(m.reviews, Kind::Review, m.id);
                }
            }
        }
    }
};
template <class F> void walk(Workspace& ws, F&& f) { Walk<F>{f}.workspace(ws); }

// Every ID of a workspace with the item that holds it (the first, if one repeats).
std::unordered_map<Id, Owner> owners(const Workspace& ws) {
    std::unordered_map<Id, Owner> out;
    Workspace& w = const_cast<Workspace&>(ws); // the walk changes nothing: f keeps every ID
    walk(w, [&](Kind k, const Id& owner, const Stamp& created, Id& id, const void*) {
        out.emplace(id, Owner{k, owner, created});
        return false;
    });
    return out;
}

// ---- directory references --------------------------------------------------------------------------

struct DirRenames {
    std::map<Id, Id> departments, people;
    void apply(Workspace& ws) const {
        if (departments.empty() && people.empty()) return;
        auto one = [](const std::map<Id, Id>& to, Id& id) {
            auto it = to.find(id);
            if (it != to.end()) id = it->second;
        };
        auto many = [&](const std::map<Id, Id>& to, std::vector<Id>& v) {
            for (Id& id : v) one(to, id);
        };
        for (Person& p : ws.people) one(departments, p.department);
        for (Plan& plan : ws.plans)
            for (Problem& q : plan.problems)
                for (Measure& m : q.measures) {
                    many(departments, m.lead_departments);
                    many(departments, m.support_departments);
                    many(people, m.responsible);
                    many(people, m.leaders);
                }
    }
    void note(Kind k, const Id& old, const Id& now) {
        if (k == Kind::Department) departments.emplace(old, now);
        else if (k == Kind::Person) people.emplace(old, now);
    }
};

} // namespace

// ---- rekey_return ------------------------------------------------------------------------------------------

size_t rekey_return(const Workspace& master, Workspace& ret) {
    const std::unordered_map<Id, Owner> held = owners(master);
    std::unordered_set<Id> taken; // every ID of both copies and every new one: never reused
    for (const auto& [id, o] : held) taken.insert(id);
    for (const auto& [id, o] : owners(ret)) taken.insert(id);
    DirRenames dir;
    size_t changed = 0;
    walk(ret, [&](Kind k, const Id& owner, const Stamp& created, Id& id, const void*) {
        if (k == Kind::Workspace) return false; // the return's own workspace ID is never merged
        const Owner mine{k, owner, created};
        auto it = held.find(id);
        if (it == held.end() || same_item(it->second, mine)) return false;
        for (int n = 0;; n++) {
            Id cand = derived_id(k, owner, id, n);
            auto c = held.find(cand);
            bool same = c != held.end() && same_item(c->second, mine); // added by an earlier merge
            if (!same && taken.count(cand)) continue;
            taken.insert(cand);
            dir.note(k, id, cand);
            id = std::move(cand);
            changed++;
            return true;
        }
    });
    dir.apply(ret);
    return changed;
}

// ---- repair_duplicate_ids ---------------------------------------------------------------------------------

size_t repair_duplicate_ids(Workspace& ws) {
    std::unordered_set<Id> taken;
    for (const auto& [id, o] : owners(ws)) taken.insert(id);
    std::unordered_map<Id, unsigned> kinds_seen;      // id -> bit per kind that held it so far
    std::set<std::pair<Id, const void*>> lists_seen;  // (id, list) pairs so far
    DirRenames dir;
    size_t changed = 0;
    walk(ws, [&](Kind k, const Id& owner, const Stamp&, Id& id, const void* scope) {
        unsigned bit = 1u << unsigned(k);
        auto [it, first] = kinds_seen.emplace(id, bit);
        const bool same_list = !lists_seen.insert({id, scope}).second;
        if (first) return false;
        const bool same_kind = (it->second & bit) != 0;
        it->second |= bit;
        Id old = id;
        for (int n = 0;; n++) {
            Id cand = derived_id(k, owner, old, n);
            if (taken.insert(cand).second) {
                id = std::move(cand);
                break;
            }
        }
        // References by kind: a directory reference to `old` meant this entry unless an earlier
        // entry of the same kind holds it; a place in this list, unless the first is here too.
        if (!same_kind) dir.note(k, old, id);
        changed++;
        return !same_list;
    });
    dir.apply(ws);
    return changed;
}

// ---- verify_for_save ----------------------------------------------------------------------------------------

bool verify_for_save(const Workspace& ws, std::string_view bytes, LoadError& error) {
    try {
        check_integrity(ws);
    } catch (const LoadFailure& f) {
        error = f.error;
        return false;
    }
    ScanResult scan = prescan(bytes, Limits{});
    if (!scan.ok) {
        error = scan.error;
        return false;
    }
    return true;
}

} // namespace rectify
