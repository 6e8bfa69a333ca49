// review_chain: the 销号 chain (对账销号, issue 22). A plan names 1–4 levels that sign an item off
// in order (责任单位自查 → 分管领导签字 → 督查室复核; by default one level, 审核). Every act is a
// ReviewEntry kept on the measure for good; the measure's Closure is a summary derived from them.
// Index: levels (chain_levels, set_review_chain) · the summary (settle_closure, adopt_closure,
// settle_closures, status_from_closing) · where an item is (chain_place, chain_place_text) · the acts (can_*, submit,
// pass, return, reopen, rename) · records of a round.
//
// The rules (tests/unit/review_chain_test.cpp):
// - submit (an open or returned item): a new round begins, level 1 waits;
// - pass at level k: level k+1 waits, or the item is closed (已销号, done) after the chain's last
//   level; 退回 at any level (a reason is required): the item goes back to the unit with that
//   level's reason; the unit fixes it and submits again, and the chain restarts at level 1 in a new
//   round (every round's records stay: the history);
// - reopen a closed item (by hand, or a 回头看 that finds it not fixed: core/recheck.h): with a
//   reason it is returned with that reason, without one it is open; either way it is being
//   rectified again and the next submission starts a new round;
// - the chain changed while items are in flight: passed levels stay passed (by position), the item
//   waits at its next level, or at the new chain's last level when the chain is now shorter; a
//   closed item stays closed; each record keeps the level's name as it was when acted on;
// - merge: records are entities (each office's acts are kept; their fields merge by stamps). Two
//   decisions on one level of one round (two offices acting on the same level): the later stamp
//   counts, as for any field. A reopen wins over a re-check's confirmation of the same round. A
//   status of 已完成 set by a closing the merged records undo becomes 整改中 (status_from_closing).
#pragma once
#include <string>
#include <vector>

#include "core/commands.h"
#include "core/i18n.h"
#include "core/model.h"

namespace rectify {

inline constexpr int kMaxReviewLevels = 4;

// ---- levels ---------------------------------------------------------------------------------------

// The plan's levels: its review_chain, or one unnamed level (the default, shown as 审核).
std::vector<std::string> chain_levels(const Plan& plan);
// A level's name for people: its name, or 审核 for an unnamed one. `level` is 1-based.
std::string level_label(const std::vector<std::string>& levels, int level, Lang lang);
// "第2级：分管领导签字"
std::string level_title(const std::string& name, int level, Lang lang);
// Sets the plan's chain: names trimmed; 1–4 levels, none blank. nullptr when not valid or unchanged.
// One unnamed level is the default and is stored as none.
CommandPtr set_review_chain(const Plan& plan, std::vector<std::string> names);
bool valid_chain(const std::vector<std::string>& names);

// ---- the summary -----------------------------------------------------------------------------------

// The closure the records say (its extras are not touched: the caller keeps them).
Closure settle_closure(const std::vector<ReviewEntry>& reviews);
// A measure of a format-2 file (or any without records) whose closure is not open: the closure
// becomes the records of a one-level chain (submitted → level 1 waits; verified → passed;
// returned → returned with its reason; reopened → passed and reopened). IDs derive from the
// measure's, so two offices migrating the same file make the same records.
void adopt_closure(Measure& m);
// adopt_closure, then the summary from its records (kept as stored when it has none): on every
// load (settle_closures) and after a merge of its records. The status follows the records only
// where the closing set it: see status_from_closing.
void settle_measure(Measure& m);
// Whether the measure's 已完成 was set by a closing pass and by nothing since: its status's change
// stamp is the stamp of a live pass at its chain's last level (closing_act sets both in one
// command, so they share it). Status vs 销号 after a merge (the rule): the status is an ordinary
// field merged by its stamp, and the closure is settled from the merged records; when the records
// leave the item not closed (returned, waiting at a level, reopened) and the status is 已完成 only
// because one copy's closing set it, settle_measure makes it 整改中, as a reopening does. A status
// set by hand (its own stamp, before or after any closing) is left alone.
bool status_from_closing(const Measure& m);
void settle_closures(Workspace& ws);

// ---- where an item is ------------------------------------------------------------------------------

struct ChainPlace {
    ClosureState state = ClosureState::Open;
    int level = 0; // waiting at / returned at / closed at (1-based, within the chain); 0 when open
    int of = 0;    // the chain's length
    std::string name; // that level's name for people
};
ChainPlace chain_place(const Measure& m, const std::vector<std::string>& levels, Lang lang);
// 第2级：分管领导签字 待审 · 第1级：审核 退回 · 已销号 · 未提交
std::string chain_place_text(const Measure& m, const std::vector<std::string>& levels, Lang lang);

// ---- the acts (each one undo step; nullptr when it does not apply) ----------------------------------

bool can_submit(const Closure& c); // open or returned
bool can_decide(const Closure& c); // submitted: pass or return at the level it waits at
bool can_reopen(const Closure& c); // closed
bool can_return(const Closure& c, const std::string& reason); // submitted, with a reason that is not blank
// `id` is the new record's (doc.ids.make("rv")); who/on as the app knows them (current_user.h).
CommandPtr submit_closure(const Measure& m, Id id, const std::string& who, const Date& on);
CommandPtr pass_level(const Measure& m, const std::vector<std::string>& levels, Id id, const std::string& who,
                      const Date& on, const std::string& opinion);
CommandPtr return_level(const Measure& m, const std::vector<std::string>& levels, Id id, const std::string& who,
                        const Date& on, const std::string& reason);
CommandPtr reopen_closure(const Measure& m, Id id, const std::string& who, const Date& on, const std::string& reason);
// The name recorded as 提交人 (this round's submission) or on the last decision, corrected by hand.
CommandPtr rename_closure_person(const Measure& m, bool submitter, std::string name);

// ---- records ---------------------------------------------------------------------------------------

// The record that counts for a level of a round (the latest decision there), or nullptr.
const ReviewEntry* level_record(const Measure& m, int round, int level);
const ReviewEntry* round_submission(const Measure& m, int round);
// Whether a live record is the one that counts (not overtaken by a later decision on its level).
bool counts(const Measure& m, const ReviewEntry& e);
// "通过", "退回", …
const char* action_text(ReviewAction a, Lang lang);

// Internal to the acts and core/recheck.cpp: a record added, the summary settled, the status kept
// in step (closed: done; reopened: being rectified) and a spent 回头看 date cleared, as one step.
CommandPtr closing_act(const Measure& m, ReviewEntry entry, const char* label);
// A record of one act (no level: the acts at a level set it), for the acts and core/recheck.cpp.
ReviewEntry entry_of(Id id, ReviewAction a, int round, const std::string& who, const Date& on, const std::string& opinion);

} // namespace rectify
