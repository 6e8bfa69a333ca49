// The merge as one undoable command, and the roll-up (汇总) of many returns.
#include <algorithm>

#include "core/merge/merge.h"

namespace rectify {

namespace {

// Re-runs the merge wherever it is applied (redo, or replay on another tab's copy), so it
// merges into that copy rather than overwriting it; undo puts back the whole workspace as it was.
class MergeCommand : public Command {
public:
    MergeCommand(Workspace ret, Resolutions res) : ret_(std::move(ret)), res_(std::move(res)) {}
    bool apply(Workspace& ws) override {
        before_ = ws;
        merge_into(ws, ret_, res_);
        return true;
    }
    void undo(Workspace& ws) override { ws = std::move(before_); }
    std::string label() const override { return "merge"; }
    void held_files(Workspace&, FileHashes& out) const override {
        files_within(ret_, out);     // redo merges it in again
        files_within(before_, out);  // undo puts it back
    }

private:
    Workspace ret_, before_;
    Resolutions res_;
};

} // namespace

CommandPtr merge_command(Workspace ret, Resolutions res) {
    return std::make_unique<MergeCommand>(std::move(ret), std::move(res));
}

std::vector<ReturnSummary> roll_up(const Workspace& master, const std::vector<ReturnFile>& returns) {
    std::vector<ReturnSummary> out;
    for (const ReturnFile& r : returns) {
        MergePreview p = preview_merge(master, r.workspace);
        out.push_back(ReturnSummary{r.file, r.office, r.exported_at, p.added.size(), p.changed.size(),
                                    p.deleted.size(), p.conflicts.size()});
    }
    return out;
}

std::vector<std::string> missing_returns(const std::vector<ReturnSummary>& got,
                                         const std::vector<std::string>& expected_codes) {
    std::vector<std::string> missing;
    for (const std::string& code : expected_codes)
        if (std::none_of(got.begin(), got.end(), [&](const ReturnSummary& s) { return s.office.code == code; }))
            missing.push_back(code);
    return missing;
}

} // namespace rectify
