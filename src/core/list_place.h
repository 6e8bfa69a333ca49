// Where an item sits in its list, recorded so that copies edited apart agree on the order once
// merged (issue 6). Index: Place · order_by_places (the order a set of places gives) · reading
// and writing an item's place · the editor's side (materialize / replace / canonicalize) ·
// PlacesBefore (undo).
//
// The rule (a list CRDT in the RGA family, with moves as last-writer-wins registers):
// - every item has a place: the item it follows ("" = the front) and when it got there (its last
//   "position" change record, else its creation);
// - the order of a list is a function of its items' places alone: a depth-first walk from the
//   front, where the items placed after the same item come latest-placed first;
// - a merge takes, per item, the later of the two places (ties broken by the value, so the join
//   is the same whatever order copies come in), then orders the list by the places.
// Items whose place leads nowhere (the item they follow is in no copy of this list, or two
// concurrent moves made a loop) go at the end, in a fixed order; see order_by_places.
//
// Stored form: an item's place is implicit — it follows the item before it in the stored list —
// unless Meta::placed is set, and then Meta::after says which item it follows. Every change to a
// list's order (editor commands, merges) writes explicit places only where the implicit one would
// be wrong ("canonical" form), so files of lists never reordered carry nothing extra, and a copy
// merged with an unchanged copy is unchanged.
#pragma once
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "core/model.h"

namespace rectify {

struct Place {
    Stamp stamp; // when the item got this place
    Id after;    // the item it follows; "" = the front
    bool operator==(const Place& o) const { return stamp.tie() == o.stamp.tie() && after == o.after; }
    bool operator!=(const Place& o) const { return !(*this == o); }
};

// The merge's join: the later place, ties (the same stamp) broken by the value.
inline bool later_place(const Place& a, const Place& b) {
    return std::tie(a.stamp.at, a.stamp.by, a.after) > std::tie(b.stamp.at, b.stamp.by, b.after);
}

// The order the places give the items `ids` (each with places[i]): indices into ids. Items whose
// place leads nowhere come last: those that follow a missing item (latest placed first), then
// each loop, entered at its earliest-placed item.
std::vector<size_t> order_by_places(const std::vector<Id>& ids, const std::vector<Place>& places);

// ---- an item's place ---------------------------------------------------------------------------

inline const Stamp& place_stamp(const Meta& m) {
    auto it = m.changed.fields.find("position");
    return it == m.changed.fields.end() ? m.created : it->second;
}

// The item before list[i] ("" for the first): what an implicit place says.
template <class T> Id item_before(const std::vector<T>& list, size_t i) { return i == 0 ? Id{} : list[i - 1].id; }

// The place of list[i]: explicit, or after the item before it.
template <class T> Place place_at(const std::vector<T>& list, size_t i) {
    const Meta& m = list[i].meta;
    return Place{place_stamp(m), m.placed ? m.after : item_before(list, i)};
}

template <class T> std::vector<Place> places_of(const std::vector<T>& list) {
    std::vector<Place> out;
    out.reserve(list.size());
    for (size_t i = 0; i < list.size(); i++) out.push_back(place_at(list, i));
    return out;
}

// Gives the item the place explicitly (its "position" record becomes p.stamp, unless that is
// already its place's stamp: an item never moved keeps no record).
template <class T> void set_place(T& e, const Place& p) {
    e.meta.placed = true;
    e.meta.after = p.after;
    if (place_stamp(e.meta).tie() != p.stamp.tie()) e.meta.changed.fields["position"] = p.stamp;
}

// The order the list's places give it (indices into list).
template <class T> std::vector<size_t> place_order(const std::vector<T>& list, const std::vector<Place>& places) {
    std::vector<Id> ids;
    ids.reserve(list.size());
    for (const T& e : list) ids.push_back(e.id);
    return order_by_places(ids, places);
}

// Orders the list by its items' places (stable for a list already in that order).
template <class T> void sort_by_places(std::vector<T>& list) {
    // Read before the order changes: an implicit place names the item before it, so it is made
    // explicit as the item moves.
    std::vector<Place> places = places_of(list);
    std::vector<size_t> order = place_order(list, places);
    std::vector<T> out;
    out.reserve(list.size());
    for (size_t i : order) {
        out.push_back(std::move(list[i]));
        if (!out.back().meta.placed) set_place(out.back(), places[i]);
    }
    list = std::move(out);
}

// Whether the list's order is the one its places give.
template <class T> bool in_place_order(const std::vector<T>& list) {
    std::vector<size_t> order = place_order(list, places_of(list));
    for (size_t i = 0; i < order.size(); i++)
        if (order[i] != i) return false;
    return true;
}

// ---- the editor's side: keeping a list's places true to its order ---------------------------

// Makes every implicit place explicit (same value, same stamp): done before a list's order
// changes, since an implicit place would silently follow the change.
template <class T> void materialize(std::vector<T>& list) {
    for (size_t i = 0; i < list.size(); i++)
        if (!list[i].meta.placed) set_place(list[i], place_at(list, i));
}

// Drops explicit places that say what the implicit one says (the canonical form).
template <class T> void canonicalize(std::vector<T>& list) {
    for (size_t i = 0; i < list.size(); i++) {
        Meta& m = list[i].meta;
        if (m.placed && m.after == item_before(list, i)) {
            m.placed = false;
            m.after.clear();
        }
    }
}

// After an edit stamped `s` put item `moved` at its index in `list` (moved within it, moved in
// from another list, or added), or took it out of `list`: the item and the items that followed
// it get the place after their new predecessor, stamped `s`; every other place is kept, so a
// concurrent move of another item in another copy still holds after a merge. `list` must have
// been materialized before the change. Returns false if that did not give the list's order
// (not expected; then every item is placed after its predecessor, so the order is still right).
template <class T> bool replace(std::vector<T>& list, const Id& moved, const Stamp& s) {
    for (size_t i = 0; i < list.size(); i++) {
        T& e = list[i];
        if (e.id == moved || (e.meta.placed && e.meta.after == moved))
            set_place(e, Place{s, item_before(list, i)});
    }
    bool ok = in_place_order(list);
    if (!ok)
        for (size_t i = 0; i < list.size(); i++) set_place(list[i], Place{s, item_before(list, i)});
    canonicalize(list);
    return ok;
}

// ---- undo ---------------------------------------------------------------------------------------

// The places of a list's items as they were, to put back on undo (matched by ID).
template <class T> class PlacesBefore {
public:
    void take(const std::vector<T>& list) {
        saved_.clear();
        for (const T& e : list) {
            auto it = e.meta.changed.fields.find("position");
            bool had = it != e.meta.changed.fields.end();
            saved_.push_back(Saved{e.id, e.meta.placed, e.meta.after, had, had ? it->second : Stamp{}});
        }
    }
    void restore(std::vector<T>& list) const {
        std::map<Id, const Saved*> by_id;
        for (const Saved& s : saved_) by_id[s.id] = &s;
        for (T& e : list) {
            auto it = by_id.find(e.id);
            if (it == by_id.end()) continue;
            const Saved& s = *it->second;
            e.meta.placed = s.placed;
            e.meta.after = s.after;
            if (s.had_position) e.meta.changed.fields["position"] = s.position;
            else e.meta.changed.fields.erase("position");
        }
    }

private:
    struct Saved {
        Id id;
        bool placed;
        Id after;
        bool had_position;
        Stamp position;
    };
    std::vector<Saved> saved_;
};

} // namespace rectify
