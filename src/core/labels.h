// labels: the words shared by the ledger, its CSV and XLSX, the CLI, the merge preview, the report
// and the UI: a measure's status, its 销号 (closure) state, the ledger's column headers, the words
// for a deadline that is not a date. Written once here; ledger.h's status_text, closure_text and
// ledger_header and date_text.h's format_deadline read this table, and the UI shows these.
#pragma once
#include "core/i18n.h"

namespace rectify {

// X(key, zh, en). Status* in Status order, Closure* in ClosureState order, Header* in LedgerColumn
// order (model.h, ledger.h): static_asserts in ledger.cpp hold them together.
#define RECTIFY_LABELS(X)                                           \
    X(StatusNotStarted, "未开始", "Not started")                    \
    X(StatusInProgress, "整改中", "In progress")                    \
    X(StatusDone, "已完成", "Done")                                 \
    X(StatusDoneOngoing, "已完成·长期坚持", "Done, ongoing")        \
    X(ClosureOpen, "未提交", "Not submitted")                       \
    X(ClosureSubmitted, "待审核", "Pending review")                 \
    X(ClosureVerified, "已销号", "Closed")                          \
    X(ClosureReturned, "已退回", "Returned")                        \
    X(HeaderSeq, "序号", "No.")                                     \
    X(HeaderProblemCode, "问题编号", "Problem code")                \
    X(HeaderProblem, "问题", "Problem")                             \
    X(HeaderMeasure, "整改措施", "Measure")                         \
    X(HeaderDepartments, "责任科室", "Departments")                 \
    X(HeaderPeople, "责任人", "Responsible")                        \
    X(HeaderLeaders, "分管领导", "Leaders")                         \
    X(HeaderDeadline, "整改时限", "Deadline")                       \
    X(HeaderStatus, "状态", "Status")                               \
    X(HeaderLatestProgress, "最近进展", "Latest progress")          \
    X(HeaderClosure, "销号", "Closure")                             \
    X(HeaderPlan, "方案", "Plan")                                   \
    X(HeaderProblemType, "问题类型", "Problem type")                \
    X(HeaderRectifyType, "整改类型", "Rectification type")          \
    X(HeaderCompletedOn, "实际完成时间", "Date completed")          \
    X(HeaderOutcome, "整改成效", "Outcome")                         \
    X(HeaderAmount, "整改金额（万元）", "Amount (10k yuan)")        \
    X(HeaderRules, "建章立制（项）", "Rules made")                  \
    X(HeaderAccountable, "追责问责（人次）", "Held accountable")    \
    X(DeadlineNone, "未定", "No deadline")                          \
    X(DeadlineOngoing, "长期坚持", "Ongoing")                       \
    X(DeadlineImmediate, "立行立改", "Immediately")                 \
    X(LeadMark, "（牵头）", " (lead)")

enum class Label {
#define RECTIFY_X(key, zh, en) key,
    RECTIFY_LABELS(RECTIFY_X)
#undef RECTIFY_X
};

const Text& label_text(Label key);
inline const char* label(Label key, Lang lang) { return pick(lang, label_text(key)); }

} // namespace rectify
