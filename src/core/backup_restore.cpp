// backup_restore: see backup_restore.h.
#include "core/backup_restore.h"

#include "core/evidence_files.h"
#include "core/report/stats.h"

namespace rectify {

BackupContents backup_contents(const Workspace& ws) {
    const Stats stats = compute_stats(ws, Date{}); // the live plans, problems and measures
    BackupContents c;
    c.plans = std::size_t(stats.plans);
    c.problems = std::size_t(stats.problems);
    c.measures = std::size_t(stats.measures);
    c.files = referenced_files(ws).size();
    return c;
}

namespace {

class ReplaceWorkspace : public Command {
public:
    explicit ReplaceWorkspace(Workspace next) : next_(std::move(next)) {}
    bool apply(Workspace& ws) override {
        before_ = ws;
        ws = next_;
        return true;
    }
    void undo(Workspace& ws) override { ws = std::move(before_); }
    std::string label() const override { return "restore backup"; }
    void held_files(Workspace&, FileHashes& out) const override {
        files_within(next_, out);   // redo brings the backup back
        files_within(before_, out); // undo puts the replaced workspace back
    }

private:
    Workspace next_, before_;
};

} // namespace

CommandPtr replace_workspace_command(Workspace next) { return std::make_unique<ReplaceWorkspace>(std::move(next)); }

} // namespace rectify
