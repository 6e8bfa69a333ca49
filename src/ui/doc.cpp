#include "ui/doc.h"

namespace rectify::ui {

bool Doc::execute(CommandPtr cmd) {
    if (read_only || !history.execute(ws, std::move(cmd))) return false;
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

void Doc::replace(Workspace next) {
    ws = std::move(next);
    rev++;
    history.clear();
    synced = 0;
    undone_below_synced = false;
}

} // namespace rectify::ui
