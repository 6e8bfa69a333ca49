// outcomes: the rules are in outcomes.h.
// Index: 问题类型 · 整改类型 · amounts · counts · totals · headline.
#include "core/outcomes.h"

#include <cctype>

#include "core/directory.h"
#include "core/texts.h"

namespace rectify {

// ---- 问题类型 --------------------------------------------------------------------------------------

const std::vector<std::string>& default_problem_types() {
    static const std::vector<std::string> kTypes = {"政治建设", "作风建设", "制度执行", "财务管理",
                                                    "工程项目", "民生服务", "安全管理", "其他"};
    return kTypes;
}

const std::vector<std::string>& problem_types(const Plan& plan) {
    return plan.problem_types.empty() ? default_problem_types() : plan.problem_types;
}

std::vector<std::string> problem_types_from_lines(std::string_view text) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at <= text.size()) {
        size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::string t(trim_name(text.substr(at, end - at)));
        bool seen = false;
        for (const std::string& e : out) seen = seen || e == t;
        if (!t.empty() && !seen) out.push_back(t);
        at = end + 1;
    }
    return out;
}

// ---- 整改类型 ---------------------------------------------------------------------------------------

namespace {
const Text kRectifyTypes[] = {{"", ""}, {"立行立改", "Immediate"}, {"限期整改", "Time-bound"}, {"长期坚持", "Long-term"}};
} // namespace

const char* rectify_type_text(RectifyType t, Lang lang) { return pick(lang, kRectifyTypes[int(t)]); }

bool rectify_type_from_text(std::string_view word, RectifyType& out) {
    std::string w(trim_name(word));
    for (int i = 0; i < 4; i++) {
        const Text& t = kRectifyTypes[i];
        std::string en = t.en;
        bool en_same = en.size() == w.size();
        for (size_t k = 0; en_same && k < w.size(); k++) en_same = std::tolower((unsigned char)w[k]) == std::tolower((unsigned char)en[k]);
        if (w == t.zh || en_same) {
            out = RectifyType(i);
            return true;
        }
    }
    return false;
}

// ---- amounts and counts ------------------------------------------------------------------------------

namespace {

// ASCII for full-width digits, point and comma (０-９ ． ，), as offices' Excel cells often have.
std::string ascii_digits(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); i++) {
        unsigned char a = s[i];
        if (a == 0xEF && i + 2 < s.size()) {
            unsigned char b = s[i + 1], c = s[i + 2];
            if (b == 0xBC && c >= 0x90 && c <= 0x99) { out += char('0' + (c - 0x90)); i += 2; continue; }
            if (b == 0xBC && c == 0x8E) { out += '.'; i += 2; continue; }
            if (b == 0xBC && c == 0x8C) { out += ','; i += 2; continue; }
        }
        out += char(a);
    }
    return out;
}

bool strip_suffix(std::string& s, std::string_view suffix) {
    if (s.size() < suffix.size() || s.compare(s.size() - suffix.size(), suffix.size(), suffix) != 0) return false;
    s.resize(s.size() - suffix.size());
    return true;
}

// Trimmed, full-width made ASCII, the unit words dropped.
std::string amount_core(std::string_view typed) {
    const std::string ascii = ascii_digits(typed);
    std::string s(trim_name(ascii));
    if (!strip_suffix(s, "万元")) strip_suffix(s, "万");
    return std::string(trim_name(s));
}

} // namespace

bool parse_amount(std::string_view typed, std::int64_t& micro) {
    std::string s = amount_core(typed);
    micro = 0;
    if (s.empty()) return true;
    std::int64_t whole = 0, frac = 0;
    int decimals = -1, digits = 0;
    for (size_t i = 0; i < s.size(); i++) {
        char c = s[i];
        if (c == ',' && decimals < 0 && digits > 0) continue; // 1,200.30
        if (c == '.' && decimals < 0) { decimals = 0; continue; }
        if (c < '0' || c > '9') return false;
        if (decimals < 0) {
            if (whole > 999'999'999'999LL) return false; // a trillion 万元 is no amount
            whole = whole * 10 + (c - '0');
            digits++;
        } else {
            if (++decimals > 6) return false;
            frac = frac * 10 + (c - '0');
        }
    }
    if (digits == 0 && decimals <= 0) return false;
    for (int d = decimals < 0 ? 0 : decimals; d < 6; d++) frac *= 10;
    micro = whole * 1'000'000 + frac;
    return true;
}

std::string amount_text(std::int64_t micro) {
    std::string s = std::to_string(micro / 1'000'000);
    std::int64_t frac = micro % 1'000'000;
    if (frac == 0) return s;
    std::string f = std::to_string(frac);
    f = std::string(6 - f.size(), '0') + f;
    while (!f.empty() && f.back() == '0') f.pop_back();
    return s + "." + f;
}

bool normalize_amount(std::string_view typed, std::string& out) {
    std::int64_t micro = 0;
    if (!parse_amount(typed, micro)) return false;
    out = amount_core(typed);
    return true;
}

bool parse_count(std::string_view typed, int& out) {
    const std::string ascii = ascii_digits(typed);
    std::string s(trim_name(ascii));
    for (const char* unit : {"人次", "人", "项", "次", "个"})
        if (strip_suffix(s, unit)) break;
    s = std::string(trim_name(s));
    out = 0;
    if (s.size() > 6) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

// ---- totals and headline ------------------------------------------------------------------------------

Outcomes add_outcomes(const Problem& q, Outcomes o) {
    o.problems++;
    std::int64_t micro = 0;
    if (parse_amount(q.amount, micro)) o.amount += micro;
    else o.bad_amounts++;
    if (!q.amount.empty() && micro != 0) o.with_amount++;
    o.rules += q.rules;
    o.accountable += q.accountable;
    o.by_problem_type[q.problem_type]++;
    o.by_rectify_type[size_t(q.rectify_type)]++;
    return o;
}

static Outcomes add_plan(const Plan& p, Outcomes o) {
    for (const Problem& q : p.problems)
        if (alive(q)) o = add_outcomes(q, std::move(o));
    return o;
}

Outcomes plan_outcomes(const Plan& plan) { return add_plan(plan, Outcomes{}); }

Outcomes compute_outcomes(const Workspace& ws, const Id& plan) {
    Outcomes o;
    for (const Plan& p : ws.plans)
        if (alive(p) && (plan.empty() || p.id == plan)) o = add_plan(p, std::move(o));
    return o;
}

std::string outcome_headline(const Outcomes& o, Lang lang) {
    if (!o.any()) return "";
    return core_text(CoreText::HeadlineOutcomes, lang,
                     {{"amount", amount_text(o.amount)}, {"rules", o.rules}, {"accountable", o.accountable}});
}

Date completion_date(const Measure& m, const Date& on) { return m.completed_on.empty() ? on : m.completed_on; }

} // namespace rectify
