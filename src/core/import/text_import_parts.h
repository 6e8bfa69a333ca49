// Internal to the text importer (text_import.h): logical lines and what a line looks like.
// text_lines.cpp holds these; text_import.cpp builds the plan from them.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/import/text_import.h"

namespace rectify::text {

// A logical line of the normalised text: physical lines split where a key was glued on
// ("…。责任单位:…") and joined where a sentence was broken across lines.
struct Line {
    std::string text;      // normalised (punctuation folded)
    size_t begin = 0, end = 0; // in the normalised text
};
// Linear in the text: `examined`, when given, gets the bytes the line checks looked at (each
// physical line a fixed number of times), which tests compare with the text's size.
std::vector<Line> logical_lines(const std::string& norm, std::uint64_t* examined = nullptr);

bool starts_with(std::string_view s, std::string_view p);
bool ends_with(std::string_view s, std::string_view p);
bool contains(std::string_view s, std::string_view p);
size_t char_count(std::string_view utf8);
// char_count(s) <= n, in time bounded by n (a UTF-8 character is at most 4 bytes): for the
// "is it short?" checks on text that grows as lines are joined, which must stay linear overall.
bool at_most_chars(std::string_view utf8, size_t n);
std::string_view trim_punct(std::string_view s); // spaces and , ; 。 : 、 at both ends

// 一 → 1 … 九十九 → 99; 0 when not a Chinese numeral.
int cn_value(std::string_view s);

// "一、…" → level 1; "(一)…" → level 2; "1.…"/"1、…" → level 3; "(1)…" → level 4. number is the
// value, rest the text after the mark. 0: not a heading.
struct Mark {
    int level = 0, number = 0;
    std::string rest;
};
Mark heading_mark(std::string_view line);

bool is_chrome(std::string_view line);      // page menus, footers, share and print buttons
bool is_date_line(std::string_view line);   // a line that is only a date: 2022年5月11日
bool parse_cn_date(std::string_view s, Date& out); // 2022年05月11日, 2022-5-11, 2022.5.11
bool is_title_like(std::string_view line);
bool is_metadata_line(std::string_view line); // 发文机关:… 成文日期:… (the block a web page puts above)
std::string doc_number_in(std::string_view s); // 钦教绩办〔2022〕1号, or ""

// A responsibility line: 责任科室/单位, 牵头, 配合, 责任人, 分管/责任领导, 整改时限 in any order.
struct Responsibility {
    std::vector<std::string> lead, support, responsible, leaders;
    std::string deadline;
    size_t deadline_begin = 0, deadline_end = 0; // within the line's text
    bool any = false;
};
bool is_responsibility(std::string_view line);
Responsibility parse_responsibility(std::string_view line);
std::vector<std::string> split_list(std::string_view s); // on 、 , ; spaces and line breaks

// Numbered steps inside one text: 1.… 2.… / 一是…二是… / (1)…(2)…. lead is the text before the
// first step; steps come without their numbers. Without numbering: no steps, lead = the text.
struct Steps {
    std::string lead;
    std::vector<std::string> steps;
};
Steps split_steps(std::string_view s);

// A department (an office's name ends in 科 处 室 办 局…) rather than a person, in a responsibility line.
bool office_name(std::string_view name);
// A deadline's wording read against the document's date: 本月 is its month, a date without a year
// takes its year (none: unresolved, never guessed), of several dates the last counts; 月低 is 月底.
Deadline resolve_deadline(const std::string& wording, const Date& document_date);
// A day or month named with no year (11月30日前, 本月25日前, 12月底), which a document's year resolves.
bool date_without_year(std::string_view wording);
// An office a measure's sentence names (由总务处每周检查 → 总务处; 县教育局印发… → 县教育局), or "".
std::string office_in(std::string_view sentence);

// A problem written twice (a sharing site's outline above the document repeats its items): the
// earlier copy goes, the one in the document stays.
void drop_repeated_problems(std::vector<Problem>& problems);

// Reads r.decoded into r (text_import.cpp); the entry points check the input first.
void read_document(TextImport& r, const ImportTextOptions& options);

// ---- status and deadline wordings (text_status.cpp) ----

constexpr size_t npos = std::string_view::npos;

// What a text says of an item's status. Stated words (已整改, 整改正在进行中, 未整改, 已完成，长期坚持)
// win over implied ones; implied (已更换…, 已对…清理 → done; 正在维修, 已联系…, 预计… → in progress;
// 拟…, 将于… → not started) only when allow_implied. `at` is where the deciding phrase starts.
struct StatusReading {
    bool found = false;
    Status status = Status::NotStarted;
    bool implied = false;
    size_t at = npos;
};
StatusReading status_in(std::string_view normalised, bool allow_implied);
// A deadline written inside a sentence (11月30日前, 本月25日前, 2025年底前, 5月底前): its bytes [b, e).
bool deadline_in(std::string_view normalised, size_t& b, size_t& e);

// "KEY:" at the start of the line (colon optional when strict is false); the text after it.
bool key_value(std::string_view line, std::initializer_list<std::string_view> keys, std::string& value);

} // namespace rectify::text
