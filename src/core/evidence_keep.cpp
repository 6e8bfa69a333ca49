// evidence_keep: the store's keep set (core/evidence_keep.h).
#include "core/evidence_keep.h"

namespace rectify {

FileHashes evidence_keep(Workspace& ws, const History& history, const Workspace* extra) {
    FileHashes keep;
    for (const auto& [hash, file] : referenced_files(ws)) keep.insert(hash);
    history.held_files(ws, keep);
    if (extra) files_within(*extra, keep);
    return keep;
}

} // namespace rectify
