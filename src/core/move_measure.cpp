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
    source_before_.take(source->measures);
    target_before_.take(target->measures);
    materialize(source->measures);
    materialize(target->measures);
    Measure m = std::move(source->measures[from]);
    source->measures.erase(source->measures.begin() + std::ptrdiff_t(from));
    auto prob = m.meta.changed.fields.find("problem");
    had_problem_ = prob != m.meta.changed.fields.end();
    if (had_problem_) problem_before_ = prob->second;
    m.meta.changed.fields["problem"] = stamp;
    size_t at = std::min(index_, target->measures.size());
    target->measures.insert(target->measures.begin() + std::ptrdiff_t(at), std::move(m));
    replace(source->measures, id_, stamp); // the measures that followed it there
    replace(target->measures, id_, stamp); // it, after its new predecessor
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
    if (had_problem_) m.meta.changed.fields["problem"] = problem_before_;
    else m.meta.changed.fields.erase("problem");
    size_t back = std::min(from_index_, origin->measures.size());
    origin->measures.insert(origin->measures.begin() + std::ptrdiff_t(back), std::move(m));
    target_before_.restore(current->measures);
    source_before_.restore(origin->measures); // the measure itself is saved here
}

} // namespace rectify
