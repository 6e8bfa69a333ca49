// Edits as commands, with unlimited undo and redo. The UI never changes the model directly: it
// builds a command (set_field, add, remove, move, or a batch of them) and runs it through History.
// Index: FieldConflict · Command · History · SetField · Add · Remove (tombstone) · Move · Batch ·
// factories.
//
// Each command is stamped once, when first executed (time from History's clock, office from
// ws.office.code), and writes that stamp into the entity's change records; redo re-applies the
// same stamp, undo restores the records as they were. Commands address entities by ID.
//
// Two tabs: this tab's unsaved commands are replayed on the version another tab saved
// (History::reapply_since). A SetField remembers the field as it was when the edit was made;
// replayed on a copy where that field changed since (another stamp, another value) to something
// else than this edit's value, it still applies and reports a FieldConflict, so the user can
// choose: neither tab's value is dropped unasked.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "core/evidence_files.h"
#include "core/field_text.h"
#include "core/list_place.h"
#include "core/lookup.h"
#include "core/model.h"

namespace rectify {

class Command;
using CommandPtr = std::unique_ptr<Command>;

// A field this copy's edit sets which the other copy also changed since the edit was made.
class FieldConflict {
public:
    virtual ~FieldConflict() = default;
    std::string entity; // "measure" (merge_entity_label() names it for people)
    Id id;
    std::string field;  // "title" (merge_field_label())
    Stamp theirs_stamp; // the other copy's change record of the field
    std::string key() const { return id + "/" + field; }
    virtual std::string where(Workspace& ws) const = 0;              // which item (its title or name)
    virtual std::string ours(Workspace& ws, Lang lang) const = 0;    // the value ws holds now (this copy's)
    virtual std::string theirs(Workspace& ws, Lang lang) const = 0;  // the other copy's value
    virtual bool settled(Workspace& ws) const = 0;                   // ws holds their value: nothing to ask
    virtual CommandPtr take_theirs() const = 0;                      // an edit putting their value back
};
using FieldConflicts = std::vector<std::unique_ptr<FieldConflict>>;

class Command {
public:
    virtual ~Command() = default;
    // Applies the edit; false (and no change at all) if it cannot apply, e.g. the target is gone.
    virtual bool apply(Workspace& ws) = 0;
    virtual void undo(Workspace& ws) = 0;
    virtual std::string label() const = 0; // "title", "add Measure", … for "Undo …" menus
    // Applies the edit again, on another copy (see History::reapply_since): as apply(), and a
    // field that copy changed too since the edit was made is added to `out` (if given).
    virtual bool replay(Workspace& ws, FieldConflicts* out) {
        (void)out;
        return apply(ws);
    }
    // The evidence files (hashes) this command could bring back into `ws` by its undo or redo:
    // the ones it holds (an added item, a file replaced) or that a deletion it made hides. The
    // app's store keeps them (core/evidence_keep.h). A command holding no evidence adds none.
    virtual void held_files(Workspace& ws, FileHashes& out) const {
        (void)ws;
        (void)out;
    }
    Stamp stamp;                           // set by History::execute
};

class History {
public:
    using Clock = std::function<std::int64_t()>; // ms since the epoch
    explicit History(Clock clock);
    History(); // the system clock
    std::int64_t now() const { return clock_(); } // the time the next command would be stamped with

    // Stamps and applies the command; on success it becomes the next undo and the redo list is
    // dropped. Returns false (and records nothing) if the command did not apply.
    bool execute(Workspace& ws, CommandPtr cmd);
    bool undo(Workspace& ws);
    bool redo(Workspace& ws);
    bool can_undo() const { return !done_.empty(); }
    bool can_redo() const { return !undone_.empty(); }
    const Command* next_undo() const { return done_.empty() ? nullptr : done_.back().get(); }
    const Command* next_redo() const { return undone_.empty() ? nullptr : undone_.back().get(); }
    size_t undo_count() const { return done_.size(); }
    size_t redo_count() const { return undone_.size(); }
    void clear(); // after loading another workspace: old commands address old entities
    // The files every undoable and redoable command could bring back (Command::held_files).
    void held_files(Workspace& ws, FileHashes& out) const;

    // Applies the done commands from index `from` on to another copy of the workspace (another
    // tab saved meanwhile): this copy's unsaved edits, replayed on top of theirs, with their
    // original stamps. False at the first command that no longer applies (what it edits was
    // deleted there); `ws` is then partly changed, so pass a copy. `conflicts`, if given,
    // receives each field the other copy changed too (one per field).
    bool reapply_since(size_t from, Workspace& ws, FieldConflicts* conflicts = nullptr);
    // After such a replay became the workspace: the commands before `from` (stored already, and
    // recorded against the old copy) and the redo list are dropped; the replayed ones stay
    // undoable, and replay again if yet another version comes.
    void keep_since(size_t from);
    // Executes `cmd` as an edit begun on `base`, a version another tab's `ws` has replaced since
    // (a field was being typed in when it came): applied to base (a scratch copy: it is changed),
    // then replayed on ws, so a field the other tab changed meanwhile lands in `conflicts`.
    bool execute_from(Workspace& base, Workspace& ws, CommandPtr cmd, FieldConflicts* conflicts);

private:
    Clock clock_;
    std::vector<CommandPtr> done_, undone_;
};

// Reference fields (IDs of directory entries) must point at existing entries, or the file would
// not load again. False if `field` is a reference field and `value` names a missing entry.
bool references_ok(Workspace& ws, const char* field, const Id& value);
bool references_ok(Workspace& ws, const char* field, const std::vector<Id>& value);

// ---- set a field -------------------------------------------------------------------------------

template <class T, class V> class SetField;

// The other copy's value of a field, against what the workspace holds after the replay.
template <class T, class V> class SetFieldConflict : public FieldConflict {
public:
    SetFieldConflict(Id id_, V T::*member, const char* name, V theirs, Stamp stamp)
        : member_(member), name_(name), theirs_(std::move(theirs)) {
        entity = entity_kind<T>();
        id = std::move(id_);
        field = name;
        theirs_stamp = std::move(stamp);
    }
    std::string where(Workspace& ws) const override {
        const T* e = find<T>(ws, id);
        return e ? entity_title(*e) : id;
    }
    std::string ours(Workspace& ws, Lang lang) const override {
        const T* e = find<T>(ws, id);
        return e ? value_text(ws, name_, e->*member_, lang) : std::string();
    }
    std::string theirs(Workspace& ws, Lang lang) const override { return value_text(ws, name_, theirs_, lang); }
    bool settled(Workspace& ws) const override {
        const T* e = find<T>(ws, id);
        return !e || e->*member_ == theirs_;
    }
    CommandPtr take_theirs() const override;

private:
    V T::*member_;
    const char* name_;
    V theirs_;
};

template <class T, class V> class SetField : public Command {
public:
    SetField(Id id, V T::*member, const char* name, V value)
        : id_(std::move(id)), member_(member), name_(name), after_(std::move(value)) {}

    bool apply(Workspace& ws) override {
        T* e = find<T>(ws, id_);
        // A deleted entity is not edited: replayed on another copy (see History::reapply_since),
        // an edit of something deleted there must stop the replay, not vanish into a tombstone.
        if (!e || e->meta.is_deleted()) return false;
        if constexpr (std::is_same_v<V, std::string> || std::is_same_v<V, std::vector<std::string>>)
            if (!references_ok(ws, name_, after_)) return false;
        auto& stamps = e->meta.changed.fields;
        auto old = stamps.find(name_);
        had_stamp_ = old != stamps.end();
        if (had_stamp_) before_stamp_ = old->second;
        before_ = std::move(e->*member_);
        if (!based_) { // the first apply is the edit as the user made it: remember what it changed
            based_ = true;
            base_ = before_;
            base_had_stamp_ = had_stamp_;
            base_stamp_ = before_stamp_;
        }
        e->*member_ = after_;
        stamps[name_] = stamp;
        return true;
    }
    bool replay(Workspace& ws, FieldConflicts* out) override {
        // Changed there since this edit was made: another change record, and a value that is
        // neither the one this edit replaced nor the one it sets.
        std::unique_ptr<FieldConflict> conflict;
        T* e = find<T>(ws, id_);
        if (out && based_ && e) {
            const auto& stamps = e->meta.changed.fields;
            auto now = stamps.find(name_);
            const bool restamped = (now != stamps.end()) != base_had_stamp_ || (now != stamps.end() && !(now->second == base_stamp_));
            const V& value = e->*member_;
            if (restamped && !(value == base_) && !(value == after_) && !has_key(*out))
                conflict = std::make_unique<SetFieldConflict<T, V>>(id_, member_, name_, value,
                                                                    now != stamps.end() ? now->second : Stamp{});
        }
        if (!apply(ws)) return false;
        if (conflict) out->push_back(std::move(conflict));
        return true;
    }
    void undo(Workspace& ws) override {
        T* e = find<T>(ws, id_);
        if (!e) return;
        e->*member_ = std::move(before_);
        if (had_stamp_) e->meta.changed.fields[name_] = before_stamp_;
        else e->meta.changed.fields.erase(name_);
    }
    std::string label() const override { return name_; }
    void held_files(Workspace&, FileHashes& out) const override {
        if constexpr (std::is_same_v<V, EvidenceFile>)
            for (const EvidenceFile* f : {&after_, &before_, &base_})
                if (!f->empty()) out.insert(f->sha256);
    }

private:
    bool has_key(const FieldConflicts& list) const {
        for (const auto& c : list)
            if (c->id == id_ && c->field == name_) return true;
        return false;
    }
    Id id_;
    V T::*member_;
    const char* name_;
    V after_, before_{};
    bool had_stamp_ = false;
    Stamp before_stamp_;
    // The field as the edit found it when first applied (the version the user saw).
    bool based_ = false;
    V base_{};
    bool base_had_stamp_ = false;
    Stamp base_stamp_;
};

template <class T, class V> CommandPtr SetFieldConflict<T, V>::take_theirs() const {
    return std::make_unique<SetField<T, V>>(id, member_, name_, theirs_);
}

// ---- add a new entity under a parent -------------------------------------------------------------

template <class T> class Add : public Command {
public:
    Add(Id parent, T entity, size_t index) : parent_(std::move(parent)), entity_(std::move(entity)), index_(index) {}
    bool apply(Workspace& ws) override {
        std::vector<T>* list = children<T>(ws, parent_);
        if (!list || entity_.id.empty() || id_exists(ws, entity_.id)) return false;
        T e = entity_;
        e.meta.created = stamp;
        e.meta.placed = false;
        e.meta.after.clear();
        e.meta.changed.fields.erase("position");
        size_t at = std::min(index_, list->size());
        inside_ = at < list->size();
        if (inside_) { // the items after it keep their places (list_place.h); appended, none change
            before_.take(*list);
            materialize(*list);
        }
        list->insert(list->begin() + std::ptrdiff_t(at), std::move(e));
        if (inside_) replace(*list, entity_.id, stamp);
        return true;
    }
    void undo(Workspace& ws) override {
        // Physically removed, not a tombstone: undone, it never existed.
        Location<T> loc = locate<T>(ws, entity_.id);
        if (!loc.list) return;
        loc.list->erase(loc.list->begin() + std::ptrdiff_t(loc.index));
        if (inside_) before_.restore(*loc.list);
    }
    std::string label() const override { return "add"; }
    void held_files(Workspace&, FileHashes& out) const override { files_within(entity_, out); }

private:
    Id parent_;
    T entity_;
    size_t index_;
    bool inside_ = false;
    PlacesBefore<T> before_;
};

// ---- delete: the entity stays as a tombstone ------------------------------------------------------

template <class T> class Remove : public Command {
public:
    explicit Remove(Id id) : id_(std::move(id)) {}
    bool apply(Workspace& ws) override {
        T* e = find<T>(ws, id_);
        if (!e || e->meta.is_deleted()) return false;
        e->meta.deleted = stamp;
        return true;
    }
    void undo(Workspace& ws) override {
        if (T* e = find<T>(ws, id_)) e->meta.deleted = Stamp{};
    }
    std::string label() const override { return "remove"; }
    void held_files(Workspace& ws, FileHashes& out) const override {
        if (const T* e = find<T>(ws, id_)) files_within(*e, out);
    }

private:
    Id id_;
};

// ---- move within its list (a "position" change on the moved entity; see list_place.h) -----------

template <class T> class Move : public Command {
public:
    Move(Id id, size_t to) : id_(std::move(id)), to_(to) {}
    bool apply(Workspace& ws) override {
        Location<T> loc = locate<T>(ws, id_);
        if (!loc.list || to_ >= loc.list->size() || to_ == loc.index) return false;
        from_ = loc.index;
        before_.take(*loc.list);
        materialize(*loc.list);
        shift(*loc.list, from_, to_);
        replace(*loc.list, id_, stamp); // its "position" record, and the places of its followers
        return true;
    }
    void undo(Workspace& ws) override {
        Location<T> loc = locate<T>(ws, id_);
        if (!loc.list) return;
        shift(*loc.list, loc.index, from_);
        before_.restore(*loc.list);
    }
    std::string label() const override { return "move"; }

private:
    static void shift(std::vector<T>& v, size_t from, size_t to) {
        T e = std::move(v[from]);
        v.erase(v.begin() + std::ptrdiff_t(from));
        v.insert(v.begin() + std::ptrdiff_t(to), std::move(e));
    }
    Id id_;
    size_t to_, from_ = 0;
    PlacesBefore<T> before_;
};

// ---- several edits as one undo step (e.g. a responsibility line sets four fields) ----------------

class Batch : public Command {
public:
    explicit Batch(std::string label) : label_(std::move(label)) {}
    void push(CommandPtr c) { parts_.push_back(std::move(c)); }
    bool empty() const { return parts_.empty(); }
    bool apply(Workspace& ws) override { return replay(ws, nullptr); } // all or nothing
    bool replay(Workspace& ws, FieldConflicts* out) override;
    void undo(Workspace& ws) override;
    std::string label() const override { return label_; }
    void held_files(Workspace& ws, FileHashes& out) const override {
        for (const CommandPtr& c : parts_) c->held_files(ws, out);
    }

private:
    std::string label_;
    std::vector<CommandPtr> parts_;
};

// ---- factories ---------------------------------------------------------------------------------------

template <class T, class V, class U>
CommandPtr set_field(Id id, V T::*member, const char* name, U&& value) {
    return std::make_unique<SetField<T, V>>(std::move(id), member, name, V(std::forward<U>(value)));
}
// set(Measure, title, id, "…"): the member and its name in the change records, from one spelling.
#define RECTIFY_SET(Type, field, id, ...) \
    ::rectify::set_field<Type>((id), &Type::field, #field, __VA_ARGS__)

template <class T> CommandPtr add(Id parent, T entity, size_t index = size_t(-1)) {
    return std::make_unique<Add<T>>(std::move(parent), std::move(entity), index);
}
template <class T> CommandPtr remove(Id id) { return std::make_unique<Remove<T>>(std::move(id)); }
template <class T> CommandPtr move(Id id, size_t to) { return std::make_unique<Move<T>>(std::move(id), to); }

} // namespace rectify
