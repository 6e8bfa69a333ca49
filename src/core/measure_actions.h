// measure_actions: what a user does to a measure, as commands (one undo step each) carrying the
// rules that come with the action. The editor, the ledger and any later view build these edits
// here, so each rule is written once and tested natively (tests/unit/measure_actions_test.cpp):
//   - the first progress entry on an item not started means work has begun (整改中);
//   - 销号 (submit, pass or return at each level of the plan's chain, reopen) is core/review_chain.h.
// Each returns nullptr when the action does not apply (wrong closing state, a blank reason, a
// status already set): the caller has nothing to execute.
#pragma once
#include <string>

#include "core/commands.h"
#include "core/dates.h"
#include "core/model.h"

namespace rectify {

// Progress and evidence.
CommandPtr add_progress(const Measure& m, ProgressEntry entry);
CommandPtr add_evidence(const Measure& m, Evidence item);
// Takes a live entry of this measure out (a tombstone, so the deletion merges); nullptr when the
// measure holds no such live entry.
CommandPtr remove_progress(const Measure& m, const Id& entry);
CommandPtr remove_evidence(const Measure& m, const Id& item);
// Evidence with a file (issue 19). A progress entry holds its own evidence (photos of the work
// done), added and removed as a measure's is. An item for an attached file is named after the
// file; the name is the user's to change, EvidenceFile::name stays the file's own. Who attached it
// and when are the item's meta (created by the Add).
Evidence evidence_for_file(Id id, EvidenceFile file);
CommandPtr add_entry_evidence(const ProgressEntry& entry, Evidence item);
CommandPtr remove_entry_evidence(const ProgressEntry& entry, const Id& item);
// One place up (step -1) or down (+1) among the live items of `list` (a measure's or a progress
// entry's evidence): past the neighbouring live item, tombstones skipped. nullptr at either end
// or when the list holds no such live item.
CommandPtr move_evidence(const std::vector<Evidence>& list, const Id& item, int step);
CommandPtr set_status(const Measure& m, Status status);
// A live progress entry or piece of evidence: something to show for the item when it is submitted.
bool has_record(const Measure& m);

} // namespace rectify
