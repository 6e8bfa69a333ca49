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


} // namespace rectify
