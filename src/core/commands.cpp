#include "core/commands.h"

#include <algorithm>
#include <chrono>
#include <cstring>

namespace rectify {

History::History(Clock clock) : clock_(std::move(clock)) {}

History::History()
    : clock_([] {
          using namespace std::chrono;
          return std::int64_t(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
      }) {}

bool History::execute(Workspace& ws, CommandPtr cmd) {
    if (!cmd) return false;
    cmd->stamp = Stamp{clock_(), ws.office.code};
    if (!cmd->apply(ws)) return false;
    done_.push_back(std::move(cmd));
    undone_.clear();
    return true;
}

bool History::undo(Workspace& ws) {
    if (done_.empty()) return false;
    done_.back()->undo(ws);
    undone_.push_back(std::move(done_.back()));
    done_.pop_back();
    return true;
}

bool History::redo(Workspace& ws) {
    if (undone_.empty()) return false;
    // Redo replays the state undo left behind, so it cannot fail; a false here means the
    // history no longer matches the workspace (it was replaced): drop what cannot be replayed.
    if (!undone_.back()->apply(ws)) {
        undone_.clear();
        return false;
    }
    done_.push_back(std::move(undone_.back()));
    undone_.pop_back();
    return true;
}

bool History::reapply_since(size_t from, Workspace& ws, FieldConflicts* conflicts) {
    for (size_t i = from; i < done_.size(); i++)
        if (!done_[i]->replay(ws, conflicts)) return false;
    return true;
}

void History::keep_since(size_t from) {
    done_.erase(done_.begin(), done_.begin() + std::ptrdiff_t(std::min(from, done_.size())));
    undone_.clear();
}

bool History::execute_from(Workspace& base, Workspace& ws, CommandPtr cmd, FieldConflicts* conflicts) {
    if (!cmd) return false;
    cmd->stamp = Stamp{clock_(), ws.office.code};
    // Not on the base (what it edits came with the other version): a plain edit of ws.
    const bool applied = cmd->apply(base) ? cmd->replay(ws, conflicts) : cmd->apply(ws);
    if (!applied) return false;
    done_.push_back(std::move(cmd));
    undone_.clear();
    return true;
}

void History::clear() {
    done_.clear();
    undone_.clear();
}

void History::held_files(Workspace& ws, FileHashes& out) const {
    for (const auto* list : {&done_, &undone_})
        for (const CommandPtr& c : *list) c->held_files(ws, out);
}

bool Batch::replay(Workspace& ws, FieldConflicts* out) {
    const size_t found = out ? out->size() : 0;
    for (size_t i = 0; i < parts_.size(); i++) {
        parts_[i]->stamp = stamp;
        if (!parts_[i]->replay(ws, out)) {
            while (i-- > 0) parts_[i]->undo(ws);
            if (out) out->erase(out->begin() + std::ptrdiff_t(found), out->end());
            return false;
        }
    }
    return true;
}

void Batch::undo(Workspace& ws) {
    for (size_t i = parts_.size(); i-- > 0;) parts_[i]->undo(ws);
}

// The reference fields of the model and the directory each points into. (Id is a std::string,
// so the type alone cannot tell a reference from text: the field name does.)
enum class RefKind { None, Department, Person };

static RefKind ref_kind(const char* field) {
    for (const char* f : {"lead_departments", "support_departments", "department"})
        if (!std::strcmp(field, f)) return RefKind::Department;
    for (const char* f : {"responsible", "leaders"})
        if (!std::strcmp(field, f)) return RefKind::Person;
    return RefKind::None;
}

static bool exists(Workspace& ws, RefKind kind, const Id& id) {
    return kind == RefKind::Department ? locate<Department>(ws, id).list != nullptr
                                       : locate<Person>(ws, id).list != nullptr;
}

bool references_ok(Workspace& ws, const char* field, const Id& value) {
    RefKind kind = ref_kind(field);
    return kind == RefKind::None || value.empty() || exists(ws, kind, value);
}

bool references_ok(Workspace& ws, const char* field, const std::vector<Id>& value) {
    RefKind kind = ref_kind(field);
    if (kind == RefKind::None) return true;
    for (const Id& id : value)
        if (id.empty() || !exists(ws, kind, id)) return false; // lists hold no blanks
    return true;
}

} // namespace rectify
