// Moving a measure to another problem (the editor's drag and drop, "move to problem …").
// Within one problem it is the plain Move of commands.h; across problems the measure leaves its
// list and is inserted into the target's, and carries two change records: "position" (where it
// sits, with its place: core/list_place.h) and "problem" (which parent it is under), so a merge
// can tell a move from an edit.
#pragma once
#include "core/commands.h"

namespace rectify {

class MoveMeasure : public Command {
public:
    // `index`: the measure's index in the target list after the move; past the end appends.
    MoveMeasure(Id id, Id new_parent, size_t index)
        : id_(std::move(id)), parent_(std::move(new_parent)), index_(index) {}
    // False (and nothing changed) if the measure or the target problem is missing or deleted;
    // within the same problem, false where Move is (index past the end or unchanged).
    bool apply(Workspace& ws) override;
    void undo(Workspace& ws) override;
    std::string label() const override { return "move"; }

private:
    Id id_, parent_;
    size_t index_;
    CommandPtr same_parent_; // set when the target is the current problem: a plain Move
    // Where it was, its "problem" record as it was, and the places in both lists as they were.
    Id from_parent_;
    size_t from_index_ = 0;
    bool had_problem_ = false;
    Stamp problem_before_;
    PlacesBefore<Measure> source_before_, target_before_;
};

inline CommandPtr move_measure(Id id, Id new_parent, size_t index = size_t(-1)) {
    return std::make_unique<MoveMeasure>(std::move(id), std::move(new_parent), index);
}

} // namespace rectify
