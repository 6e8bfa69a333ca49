#include "core/move_measure.h"

namespace rectify {

// The problem that holds the measure, and where in it.
static Problem* parent_of(Workspace& ws, const Id& measure, size_t& index) {
    for (Plan& plan : ws.plans)
        for (Problem& problem : plan.problems)
            for (size_t i = 0; i < problem.measures.size(); i++)
                if (problem.measures[i].id == measure) {
                    index = i;
                    return &problem;
                }
    return nullptr;
}

static void restore(std::map<std::string, Stamp>& stamps, const char* name, bool had, const Stamp& s) {
    if (had) stamps[name] = s;
    else stamps.erase(name);
}

bool MoveMeasure::apply(Workspace& ws) {
    size_t from = 0;
    Problem* source = parent_of(ws, id_, from);
    Problem* target = find<Problem>(ws, parent_);
    if (!source || !target || target->meta.is_deleted() || source->measures[from].meta.is_deleted())
        return false;
    if (source == target) {
        same_parent_ = std::make_unique<Move<Measure>>(id_, index_);
        same_parent_->stamp = stamp;
        return same_parent_->apply(ws);
    }
    same_parent_.reset();
    from_parent_ = source->id;
    from_index_ = from;
    Measure m = std::move(source->measures[from]);
    source->measures.erase(source->measures.begin() + std::ptrdiff_t(from));
    auto& stamps = m.meta.changed.fields;
    auto pos = stamps.find("position"), prob = stamps.find("problem");
    had_position_ = pos != stamps.end();
    had_problem_ = prob != stamps.end();
    if (had_position_) position_before_ = pos->second;
    if (had_problem_) problem_before_ = prob->second;
    stamps["position"] = stamp;
    stamps["problem"] = stamp;
    size_t at = std::min(index_, target->measures.size());
    target->measures.insert(target->measures.begin() + std::ptrdiff_t(at), std::move(m));
    return true;
}

void MoveMeasure::undo(Workspace& ws) {
    if (same_parent_) {
        same_parent_->undo(ws);
        return;
    }
    size_t at = 0;
    Problem* current = parent_of(ws, id_, at);
    Problem* origin = find<Problem>(ws, from_parent_);
    if (!current || !origin) return;
    Measure m = std::move(current->measures[at]);
    current->measures.erase(current->measures.begin() + std::ptrdiff_t(at));
    auto& stamps = m.meta.changed.fields;
    restore(stamps, "position", had_position_, position_before_);
    restore(stamps, "problem", had_problem_, problem_before_);
    size_t back = std::min(from_index_, origin->measures.size());
    origin->measures.insert(origin->measures.begin() + std::ptrdiff_t(back), std::move(m));
}

} // namespace rectify
