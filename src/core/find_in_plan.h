// Find across a plan (Ctrl+F in the editor): every piece of text a user sees in the plan, with
// where to navigate for each match and a short snippet to list it by.
// Matching ignores ASCII case and full-width/half-width forms (Ａ = A = a, （ = (, ， = ,,
// the ideographic space = a space), on both the query and the text.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace rectify {

enum class FindKind { Plan, LeadingGroup, Section, Phase, Problem, Measure, Review, Progress, Evidence };

struct FindHit {
    FindKind kind = FindKind::Plan;
    Id id;                  // the entity holding the text (the plan's ID for Plan and LeadingGroup)
    Id problem, measure;    // where to navigate: set when the text is in or under one, else empty
    const char* field = ""; // the member's name in the file: "title", "steps", "closure.reason", …
    size_t item = 0;        // which entry of a list field (steps, addressees, lead_departments…)
    // The match, in bytes, within that text (for lead_departments etc. the department's name).
    size_t offset = 0, length = 0;
    // Up to ~20 characters either side of the match, never cutting a character, "…" where cut,
    // line breaks and tabs as spaces; the match sits at snippet_offset (same length).
    std::string snippet;
    size_t snippet_offset = 0;
};

// Every match in the plan's live entities, in document order: header (title, issuer,
// doc_number, addressees, feedback), sections (heading, body), phases (name, body), leading
// group (leader, deputies, members, office), then per problem (number, code, area, text, outcome
// 整改成效) its measures (title, steps, deadline wording, the names of lead/support departments and
// responsible/leader people from ws's directory; closure.reason only when it has no review records)
// with their review records (who, opinion: 审核意见 and the reasons of returns and reopenings), their
// progress entries (author, text) and evidence, its own and its entries' (measure_evidence.h; name, note). Overlapping matches count once. Empty query: none.
std::vector<FindHit> find_in_plan(const Workspace& ws, const Plan& plan, std::string_view query);

// The matcher itself, for other searches (e.g. a filter on the home page).
class TextMatcher {
public:
    explicit TextMatcher(std::string_view query);
    bool empty() const { return folded_.empty(); }
    // The first match starting at byte `from` or later: its start, with `end` set past it;
    // std::string_view::npos when there is none.
    size_t find(std::string_view text, size_t from, size_t& end) const;

private:
    std::u32string folded_; // the query, folded
    std::string raw_;       // its UTF-8, when no character of it can match another form
    std::string first_;     // the UTF-8 of its first character, when that has one form only
};

} // namespace rectify
