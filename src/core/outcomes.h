// outcomes: the figures reports quote (issue 22): 问题类型, 整改类型, 整改成效, 整改金额 (万元),
// 建章立制 (项), 追责问责 (人次), and the actual completion date of a measure.
// Index: 问题类型 list · 整改类型 words · amounts (exact decimals) · counts · totals and headline ·
// actual completion date.
//
// Where they live (model.h): the outcome fields are per problem — offices' 台账 count amounts,
// rules and people per problem (one problem spanning its measure rows), and the report's
// headline sums problems. The actual completion date is per measure (measures close one by one).
// Amounts are kept as typed ("12.50") and summed exactly in millionths of 万元 (0.01 元): never a
// float, so 0.1 + 0.2 is 0.3.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n.h"
#include "core/model.h"

namespace rectify {

// ---- 问题类型 --------------------------------------------------------------------------------------

// The list offered when a plan keeps none of its own.
const std::vector<std::string>& default_problem_types();
// The plan's list, or the defaults when it has none.
const std::vector<std::string>& problem_types(const Plan& plan);
// One type per line (blank lines and repeats dropped, trimmed): the editor's list as text.
std::vector<std::string> problem_types_from_lines(std::string_view text);

// ---- 整改类型 ---------------------------------------------------------------------------------------

const char* rectify_type_text(RectifyType t, Lang lang); // 立行立改 / 限期整改 / 长期坚持, "" for None
// Either language, trimmed; "" is None. False for other words.
bool rectify_type_from_text(std::string_view word, RectifyType& out);

// ---- amounts -------------------------------------------------------------------------------------

// Millionths of 万元. "12.5", "1,200.30", "８.５" (full-width), "3万元", "3万" read; "" is 0.
// False for anything else (letters, two points, more than six decimals, a sign, too large).
bool parse_amount(std::string_view typed, std::int64_t& micro);
// The amount as offices write it: "12.5", "0.3", "1200" (no trailing zeros, no separators).
std::string amount_text(std::int64_t micro);
// What is stored for a typed amount: trimmed, 万元/万 dropped, full-width digits made ASCII;
// false when it does not read (parse_amount).
bool normalize_amount(std::string_view typed, std::string& out);

// A count typed in a cell or box ("3", "３", "3人次", "3项"); "" is 0. False otherwise.
bool parse_count(std::string_view typed, int& out);

// ---- totals ----------------------------------------------------------------------------------------

struct Outcomes {
    int problems = 0;
    std::int64_t amount = 0;   // millionths of 万元
    int with_amount = 0;       // problems with an amount
    int bad_amounts = 0;       // amounts that do not read (not summed)
    int rules = 0, accountable = 0;
    std::map<std::string, int> by_problem_type; // "" = not classified
    std::array<int, 4> by_rectify_type{};       // indexed by RectifyType
    bool any() const { return amount != 0 || rules != 0 || accountable != 0; }
};
Outcomes add_outcomes(const Problem& q, Outcomes into);
Outcomes plan_outcomes(const Plan& plan); // its live problems
// Live problems of one plan, or of every live plan when `plan` is empty.
Outcomes compute_outcomes(const Workspace& ws, const Id& plan);

// "共整改问题金额X万元，制定完善规章制度Y项，追责问责Z人次" (no full stop); "" when there is nothing
// to say (no amount, no rules, nobody held accountable).
std::string outcome_headline(const Outcomes& o, Lang lang);

// ---- actual completion date -------------------------------------------------------------------------

// The date a measure closing on `on` records as done: its own if already set (editable), else `on`.
Date completion_date(const Measure& m, const Date& on);

} // namespace rectify
