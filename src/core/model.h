// The domain model: a workspace (this office) holding rectification plans (整改方案).
// Index: Stamp/Meta/Extras (change records, tombstones, unknown fields) · directory (Department,
// Person) · Plan parts (Feedback, Section, Phase, LeadingGroup) · Problem · Measure parts
// (EvidenceFile, Evidence, ProgressEntry, Closure, ReviewEntry) · Workspace.
//
// Conventions, all for the merge of copies edited in different offices:
// - every entity has a stable `id` and a `meta`: who created it and when, a stamp per field that
//   was changed since (absent = unchanged since creation), and a tombstone stamp when deleted;
// - deleted entities stay in their list with meta.deleted set, so an older copy cannot bring
//   them back; views skip them (see alive());
// - `extras` holds members of the file that this version does not know, written back on save.
// Structs expose tie() so equality compares every field (see operator== at the end).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "core/dates.h"
#include "core/ids.h"

namespace rectify {

// When (ms since the Unix epoch, UTC) and by which office (its code) something happened.
struct Stamp {
    std::int64_t at = 0;
    std::string by;
    bool empty() const { return at == 0 && by.empty(); }
    auto tie() const { return std::tie(at, by); }
};

// Per-field change stamps, keyed by the field's name in the file (e.g. "deadline").
struct FieldStamps {
    std::map<std::string, Stamp> fields;
    auto tie() const { return std::tie(fields); }
};

struct Meta {
    Stamp created;
    FieldStamps changed;
    Stamp deleted; // empty unless this entity is a tombstone
    // Its place in its list (core/list_place.h): unless `placed`, it follows the item before it;
    // else it follows `after` ("" = the front), placed there by its "position" record.
    bool placed = false;
    Id after;
    Extras extras;
    bool is_deleted() const { return !deleted.empty(); }
    auto tie() const { return std::tie(created, changed, deleted, placed, after, extras); }
};

// ---- the directory: departments (科室, schools, units) and people -------------------------------

struct Department {
    Id id;
    std::string name; // 基教科
    Meta meta;
    Extras extras;
    auto tie() const { return std::tie(id, name, meta, extras); }
};

struct Person {
    Id id;
    std::string name;  // 翁丽明
    std::string title; // 职务, e.g. 副局长
    Id department;     // may be empty
    Meta meta;
    Extras extras;
    auto tie() const { return std::tie(id, name, title, department, meta, extras); }
};

// ---- plan parts -------------------------------------------------------------------------------------

enum class FeedbackKind { PublicAppraisal, Inspection, SupervisionEvaluation, Audit, Other };

// The feedback the plan answers: kind plus its name, e.g. 2021年度绩效考评公众评议.
struct Feedback {
    FeedbackKind kind = FeedbackKind::Other;
    std::string name;
    Extras extras;
    auto tie() const { return std::tie(kind, name, extras); }
};

// A narrative section: 指导思想, 保障措施, …
struct Section {
    Id id;
    std::string heading;
    std::string body;
    Meta meta;
    Extras extras;
    auto tie() const { return std::tie(id, heading, body, meta, extras); }
};

// A phase of the work (方法步骤): 整改落实 5月10日–10月30日. Either date may be empty (11月30日前).
struct Phase {
    Id id;
    std::string name;
    Date start, end;
    std::string body;
    Meta meta;
    Extras extras;
    auto tie() const { return std::tie(id, name, start, end, body, meta, extras); }
};

// 领导小组. Names as written (often "局长 某某"), not directory references: groups are
// published prose and change with the plan, not with the directory.
struct LeadingGroup {
    std::string leader;
    std::vector<std::string> deputies;
    std::vector<std::string> members;
    std::string office; // 领导小组办公室, e.g. "设在督导室"
    Extras extras;
    auto tie() const { return std::tie(leader, deputies, members, office, extras); }
};

// ---- measures ---------------------------------------------------------------------------------------

enum class Status { NotStarted, InProgress, Done, DoneOngoing }; // 未开始/整改中/已完成/已完成·长期坚持

// A file an evidence item stands for (a photo, a scan, a PDF): a reference only. The bytes live
// outside the plan file (the app's store, files/<sha256> in a package: core/evidence_files.h),
// found by their SHA-256. Who attached it and when are the evidence item's meta: created, or
// changed["file"] when a file was put on an item later or replaced.
struct EvidenceFile {
    std::string sha256; // 64 lowercase hex digits
    std::string name;   // the file's own name when attached: 整改前后对比.jpg
    std::string type;   // its media type (image/jpeg); may be empty when unknown
    std::int64_t size = 0; // bytes
    Extras extras;
    bool empty() const { return sha256.empty(); }
    auto tie() const { return std::tie(sha256, name, type, size, extras); }
};

struct Evidence {
    Id id;
    std::string name; // e.g. a file name or 会议纪要
    std::string note;
    EvidenceFile file; // empty for an item that names its evidence without a file
    Meta meta;
    Extras extras;
    auto tie() const { return std::tie(id, name, note, file, meta, extras); }
};

struct ProgressEntry {
    Id id;
    Date date;
    std::string author;
    std::string text;
    std::vector<Evidence> evidence; // files shown with this entry (photos of the work done)
    Meta meta;
    Extras extras;
    auto tie() const { return std::tie(id, date, author, text, evidence, meta, extras); }
};

// 销号: a unit submits the item for closing; the supervising office verifies or returns it.
enum class ClosureState { Open, Submitted, Verified, Returned };

struct Closure {
    ClosureState state = ClosureState::Open;
    std::string submitted_by;
    Date submitted_on;
    std::string decided_by; // who verified or returned it
    Date decided_on;
    std::string reason;     // why it was returned
    // The 销号 chain (issue 22): the level it waits at (submitted) or was returned or closed at,
    // and which submission this is (1, 2, …; 0 before the first). Derived, like the fields above,
    // from the measure's review records by core/review_chain.h (settle_closure).
    int level = 0;
    int round = 0;
    Extras extras;
    auto tie() const {
        return std::tie(state, submitted_by, submitted_on, decided_by, decided_on, reason, level, round, extras);
    }
};

// ---- the 销号 chain and 回头看 (issue 22; rules in core/review_chain.h, core/recheck.h) -------------
// One act on a measure's closing, kept for good (the history of rounds, closes and reopens):
// a unit's submission, a level's pass or return (退回), a re-check's confirmation or reopening.
enum class ReviewAction { Submit, Pass, Return, Reopen, Confirm };

struct ReviewEntry {
    Id id;
    ReviewAction action = ReviewAction::Submit;
    int round = 1;          // the submission it belongs to (1, 2, …)
    int level = 0;          // the chain level acted on (1-based); 0 for a submission or re-check
    int of = 0;             // the chain's length when acted: a pass at level == of closes the item
    std::string level_name; // the level's name then (分管领导签字)
    std::string who;
    Date on;
    std::string opinion;    // 审核意见; the reason of a return or reopening; a re-check's note
    Meta meta;
    Extras extras;
    auto tie() const { return std::tie(id, action, round, level, of, level_name, who, on, opinion, meta, extras); }
};

// ---- outcomes and supervision (issue 22; rules in core/outcomes.h, core/supervision.h) ---------

// 整改类型, per problem. None: not said.
enum class RectifyType { None, Immediate, TimeBound, LongTerm }; // 立行立改 / 限期整改 / 长期坚持

// A dated step of a measure (序时进度): met when marked done (with the day it was).
struct Milestone {
    Date date;
    std::string what;
    bool done = false;
    Date done_on;
    Extras extras;
    auto tie() const { return std::tie(date, what, done, done_on, extras); }
};

// 三色督办 thresholds of a plan (core/supervision.h); 0 = the default.
struct SupervisionSettings {
    int soon_days = 0;  // blue: due within this many days (default 7)
    int grace_days = 0; // yellow: a milestone this many days past its date and not met (default 0)
    Extras extras;
    bool empty() const { return soon_days == 0 && grace_days == 0 && extras.members.empty(); }
    auto tie() const { return std::tie(soon_days, grace_days, extras); }
};

struct Measure {
    Id id;
    std::string title;              // 规范高中阶段学校招生录取管理
    std::vector<std::string> steps; // 1. 2. 3. / 一是… 二是…
    std::vector<Id> lead_departments;
    std::vector<Id> support_departments;
    std::vector<Id> responsible;    // people
    std::vector<Id> leaders;        // 分管领导 (people); the documents sometimes name two
    Deadline deadline;
    Status status = Status::NotStarted;
    std::vector<ProgressEntry> progress;
    std::vector<Evidence> evidence;
    Closure closure;
    std::vector<ReviewEntry> reviews; // every act of its closing, oldest first (core/review_chain.h)
    Date recheck;                     // 回头看: the date a closed item is checked again (core/recheck.h)
    Date completed_on;                 // actual completion date (set when it closes; editable)
    std::vector<Milestone> milestones; // 序时进度: one field for the merge, like steps
    Meta meta;
    Extras extras;
    auto tie() const {
        return std::tie(id, title, steps, lead_departments, support_departments, responsible,
                        leaders, deadline, status, progress, evidence, closure, reviews, recheck,
                        completed_on, milestones, meta, extras);
    }
};

struct Problem {
    Id id;
    std::string number; // (一)
    std::string code;   // 问题编号 120210070800026
    std::string area;   // 聚焦…落实情况方面
    std::string text;
    std::vector<Measure> measures;
    // Outcome fields (per problem: 台账 count them per problem; core/outcomes.h).
    std::string problem_type;  // 问题类型, one of the plan's list (or any text an import brought)
    RectifyType rectify_type = RectifyType::None;
    std::string outcome;       // 整改成效
    std::string amount;        // 整改金额 in 万元, as typed ("12.5"): exact, never a float
    int rules = 0;             // 建章立制: rules made or revised (项)
    int accountable = 0;       // 追责问责: people held accountable (人次)
    Meta meta;
    Extras extras;
    auto tie() const {
        return std::tie(id, number, code, area, text, measures, problem_type, rectify_type, outcome,
                        amount, rules, accountable, meta, extras);
    }
};

// The Excel form a ledger came in (the 台账 a superior office sent as .xlsx), kept with the plan so
// that 按原表导出 returns that same form filled with the plan's current rows (core/ledger/ledger_form.h;
// src/office fills it). Empty when the plan did not come from a workbook.
struct LedgerForm {
    std::string name;                 // the file's name: 城南中学整改台账.xlsx
    std::string xlsx;                 // the file's bytes, base64
    int sheet = 0;                    // the sheet the rows were read from (0-based, workbook order)
    int header_row = 0;               // the header's last row (1-based, as the sheet numbers rows)
    std::vector<std::string> columns; // per column from A: the ledger field it holds (ledger_field_key), "none"
    Extras extras;
    bool empty() const { return xlsx.empty(); }
    auto tie() const { return std::tie(name, xlsx, sheet, header_row, columns, extras); }
};

struct Plan {
    Id id;
    std::string title;
    std::string issuer;     // 发文机关
    std::string doc_number; // 发文字号 钦教绩办〔2022〕1号
    Date written;           // 成文日期
    Date published;         // 发布日期
    std::vector<std::string> addressees; // 主送
    Feedback feedback;
    std::vector<Section> sections;
    std::vector<Phase> phases;
    LeadingGroup leading_group;
    std::vector<Problem> problems;
    LedgerForm form;        // the Excel form it came in, if any
    // The 销号 chain's levels, in order (责任单位自查, 分管领导签字, 督查室复核): 1–4 names; empty =
    // the one default level (core/review_chain.h chain_levels).
    std::vector<std::string> review_chain;
    // The office's 问题类型 list for this plan (empty: the defaults, core/outcomes.h) and its
    // 三色督办 thresholds: kept in the plan so 下发 copies colour and classify alike.
    std::vector<std::string> problem_types;
    SupervisionSettings supervision;
    Meta meta;
    Extras extras;
    auto tie() const {
        return std::tie(id, title, issuer, doc_number, written, published, addressees, feedback,
                        sections, phases, leading_group, problems, form, review_chain, problem_types,
                        supervision, meta, extras);
    }
};

// ---- the workspace ---------------------------------------------------------------------------------

struct Office {
    std::string name; // 钦州市教育局
    std::string code; // short code used in change stamps, e.g. QZJY
    Extras extras;
    auto tie() const { return std::tie(name, code, extras); }
};

struct Workspace {
    Id id;
    Office office;
    std::vector<Department> departments;
    std::vector<Person> people;
    std::vector<Plan> plans;
    Meta meta;
    Extras extras;          // unknown members of the content object
    Extras envelope_extras; // unknown members of the file envelope (kept for the next save)
    auto tie() const {
        return std::tie(id, office, departments, people, plans, meta, extras, envelope_extras);
    }
};

// Equality over every field, for any model struct (they all provide tie()).
template <class T>
auto operator==(const T& a, const T& b) -> decltype(a.tie() == b.tie()) {
    return a.tie() == b.tie();
}
template <class T>
auto operator!=(const T& a, const T& b) -> decltype(a.tie() == b.tie()) {
    return !(a == b);
}

template <class T> bool alive(const T& entity) { return !entity.meta.is_deleted(); }

} // namespace rectify
