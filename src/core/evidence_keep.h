// evidence_keep: which stored evidence files the app's store must keep when it collects the
// unreferenced ones (web/evidence.js collect). Collection deletes bytes for good, so it deletes
// only files provably unreferenced: the keep set holds what the workspace references, and
// everything an undo or redo could bring back (an item removed, an item added then undone, a
// file replaced, a merge), whether or not it is alive now.
// Index: evidence_keep()
#pragma once
#include "core/commands.h"
#include "core/evidence_files.h"

namespace rectify {

// The hashes of the files the workspace references (referenced_files) and those its history's
// commands hold (History::held_files). `extra`, if given, is another version the app still holds
// (a field's edit base): its files count too, dead or alive.
FileHashes evidence_keep(Workspace& ws, const History& history, const Workspace* extra = nullptr);

} // namespace rectify
