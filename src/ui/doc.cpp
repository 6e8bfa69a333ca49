#include "ui/doc.h"

#include "ui/widgets/text_field.h"

namespace rectify::ui {

bool Doc::execute(CommandPtr cmd) {
    if (read_only || !cmd) return false;
    if (before_change) before_change(*cmd);
    FieldConflicts found;
    if (!(edit_base ? history.execute_from(*edit_base, ws, std::move(cmd), &found) : history.execute(ws, std::move(cmd))))
        return false;
    add_conflicts(std::move(found));
    rev++;
    if (on_change) on_change();
    return true;
}

bool Doc::undo() {
    if (read_only || !history.undo(ws)) return false;
    rev++;
    if (history.undo_count() < synced) {
        synced = history.undo_count();
        undone_below_synced = true;
    }
    if (on_change) on_change();
    return true;
}

bool Doc::redo() {
    if (read_only || !history.redo(ws)) return false;
    rev++;
    if (on_change) on_change();
    return true;
}

void Doc::keep_edit_base() {
    // The oldest one: the version the field was opened on.
    if (text_editing() && !edit_base) edit_base = std::make_unique<Workspace>(std::move(ws));
}

void Doc::replace(Workspace next) {
    keep_edit_base();
    ws = std::move(next);
    rev++;
    history.clear();
    synced = 0;
    undone_below_synced = false;
    conflicts.clear();
    decided.clear();
}

void Doc::rebased(Workspace merged, FieldConflicts found) {
    keep_edit_base();
    ws = std::move(merged);
    rev++;
    history.keep_since(synced); // what was stored before is the other tab's business now
    synced = 0;
    undone_below_synced = false;
    conflicts.clear(); // the replay asked again about what is still undecided
    add_conflicts(std::move(found));
}

void Doc::add_conflicts(FieldConflicts found) {
    for (auto& c : found) {
        if (c->settled(ws)) continue;
        auto d = decided.find(c->key());
        if (d != decided.end() && d->second == c->theirs_stamp) continue; // chosen about already
        bool known = false;
        for (const auto& k : conflicts) known = known || k->key() == c->key();
        if (!known) conflicts.push_back(std::move(c));
    }
}

void Doc::end_frame() {
    if (!text_editing()) edit_base.reset();
}

} // namespace rectify::ui
