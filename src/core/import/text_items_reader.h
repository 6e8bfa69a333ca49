// Internal to the item reader (text_items.h): its state and the helpers its parts share.
// text_items.cpp reads lines and builds the tree, text_tables.cpp reads tables,
// text_items_choose.cpp chooses the problems, text_items_write.cpp writes the items.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/import/text_items.h"
#include "core/utf8.h"

namespace rectify::text {

// ---- text helpers (text_items.cpp) ----

bool terminal(std::string_view t);                 // ends a sentence: 。！？；…
bool has_any(std::string_view s, std::initializer_list<std::string_view> words);
size_t first_sentence_end(std::string_view t);     // after the first 。 or ；, or npos
size_t clause_start(std::string_view t, size_t at); // after the last ，。；： before `at`
// The clause holding byte `at`, for rules run at every occurrence of a word: its start after the
// last of `seps` before `at`, its end at the first of them from `at`, each looked for only within
// kClauseWindow bytes (no clause is longer), so that a text with no such stop stays linear; the
// window's edge (on a character's first byte) when none is there.
constexpr size_t kClauseWindow = 600;
size_t clause_start_near(std::string_view t, size_t at, std::initializer_list<std::string_view> seps);
size_t clause_end_near(std::string_view t, size_t at, std::initializer_list<std::string_view> seps);
std::string trimmed(std::string_view s);
bool closing_words(std::string_view t);       // 以上… 下一步… 特此…: about the document, not an item
bool all_rectified(std::string_view t);       // 学校已全部整改到位: a short line about every item before it
bool non_problem_heading(std::string_view t); // 下一步 工作要求 方法步骤 主要做法…: never a list of problems
bool problems_remain(std::string_view t);     // …但仍存在一些问题，需要进一步改进。 (a lead-in without a colon)
bool problem_heading(std::string_view t);     // 存在的问题 检查发现的问题 隐患…
bool action_heading(std::string_view t);      // 加强领导… 强化组织领导: work, not a shortcoming
bool question(std::string_view t);            // 是否…？ □有 □无: a form's question
bool passed_check(std::string_view t);        // 未发现安全隐患, 排水系统正常: a check that found nothing
bool measure_heading(std::string_view t);     // 整改措施 整改情况…
bool answers_problems(std::string_view t);    // 针对以上问题，…整改
bool summary_figures(std::string_view t);     // 截至… 共发现…: figures, not an item
size_t contrast_finding(std::string_view t);  // …较为齐全，但…有待加强: where the finding starts (text_items_choose.cpp)
bool text_field(Field f);                      // a field holding prose: measure, situation, progress
void join(std::string& to, const std::string& more, bool cut_line); // a cut line joins, a new one after "\n"
std::vector<ReadMeasure> measures_in(const std::string& text); // split at 一是/1./(1) or ；
bool pipe_line(std::string_view t);  // a table row between pipes: "| 1 | … |", "学校 |"
bool only_pipes(std::string_view t); // a flattened table's border: "|", "|||"

struct PLine {
    size_t b = 0, e = 0; // normalised, without the line break
    bool blank = false;  // empty after normalising, or only pipes (a flattened table's borders)
    bool noise = false;
    bool used = false;   // taken by a table
};

// ---- the tree -------------------------------------------------------------------------------------------

struct Piece {
    Field field = Field::None;
    std::string text;
    std::string raw; // the input as written (deadlines keep their wording)
};

struct Node {
    Style style = Style::None;
    int value = 0;
    std::string number;      // the mark as written
    int parent = -1;
    std::vector<int> kids;
    std::string own;         // its text after the mark
    std::vector<Piece> pieces;
    bool problem_label = false; // own text came after 问题: / 隐患3:
    bool consumed = false;      // paired into a problem of an earlier list
    bool forced = false;        // the user marked its line as a problem
    bool checked = false;       // one of several findings told after 经查 (text_findings.cpp): wholly a finding
    int before = -1;            // the last top-level item before it (a list's lead-in paragraph)
    enum Role { Other, Problem, Section, Noise } role = Other;
    size_t at = 0;              // where it starts in the normalised text (text order)
};

std::vector<ReadMeasure> measures_in(const std::string& text);

struct SegPlace {
    int node = -1, piece = -1; // piece -1: the node's own text
    bool noise = false;
};

struct Reader {
    std::string_view orig;
    const Normalised& n;
    ItemsReading& out;
    std::vector<PLine> lines;
    std::vector<Seg> segs;
    std::vector<SegPlace> place;
    std::vector<Node> nodes;
    std::vector<ReadItem> table_items;
    std::vector<std::pair<size_t, size_t>> table_items_at; // (position, index)
    std::string form_deadline, form_deadline_raw;
    std::vector<Field> column_lists; // a table written column by column: what each list below is
    size_t column_lists_at = npos;
    std::uint64_t examined = 0;

    const TextCorrections& fix;
    std::map<size_t, LineRole> marks; // the user's marks, by where the line starts in the input

    Reader(std::string_view o, const Normalised& nn, ItemsReading& r, const TextCorrections& f) : orig(o), n(nn), out(r), fix(f) {
        for (const auto& [at, role] : f.lines) marks[at] = role;
    }
    LineRole mark_of(const Seg& g) const {
        auto it = marks.find(n.origin[g.b]);
        return it == marks.end() ? LineRole::Auto : it->second;
    }

    std::string_view norm(size_t b, size_t e) const { return std::string_view(n.text).substr(b, e - b); }
    size_t orig_end(size_t e) const {
        if (e == 0) return 0;
        size_t at = n.origin[e - 1];
        return std::min(orig.size(), at + std::max<size_t>(1, utf8_lead_length(static_cast<unsigned char>(orig[at]))));
    }
    // A segment's text as written; its closing punctuation is kept, since whether a line ends a
    // sentence decides whether the next line continues it.
    std::string field(size_t b, size_t e) const {
        if (e <= b) return "";
        std::string f = normalise_field(orig.substr(n.origin[b], orig_end(e) - n.origin[b]));
        std::string_view t = f;
        for (bool again = true; again && !t.empty();) { // separators before the text, a form's pipes after it
            again = false;
            for (std::string_view lead : {" ", ",", ";", ":", "|", "，", "：", "；", "、"})
                if (starts_with(t, lead)) t.remove_prefix(lead.size()), again = true;
            while (!t.empty() && (t.back() == '|' || t.back() == ' ')) t.remove_suffix(1), again = true;
        }
        return std::string(t);
    }
    std::string raw(size_t b, size_t e) const {
        if (e <= b) return "";
        std::string_view s = orig.substr(n.origin[b], orig_end(e) - n.origin[b]);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n' || ends_with(s, "。") || ends_with(s, "；")))
            s.remove_suffix(s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n' ? 1 : 3);
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
        return std::string(s);
    }
    // Names as written, the spaces between them kept as separators ("保卫科 王立新").
    std::string names(size_t b, size_t e) const {
        std::string list, word;
        for (char c : raw(b, e) + " ") {
            if (c == ' ' || c == '\t') {
                if (!word.empty()) list += (list.empty() ? "" : " ") + trimmed(normalise_field(word));
                word.clear();
            } else {
                word += c;
            }
        }
        return list;
    }
    // The line holding normalised byte `b` starts with whitespace in the input (an indented paragraph).
    bool indented(size_t b) const {
        size_t at = n.origin[b];
        size_t k = orig.rfind('\n', at == 0 ? 0 : at - 1);
        k = k == npos ? 0 : k + 1;
        std::string_view lead = orig.substr(k);
        return at > k && (lead[0] == ' ' || lead[0] == '\t' || starts_with(lead, "\xE3\x80\x80") || starts_with(lead, "\xC2\xA0"));
    }
    void span(size_t b, size_t e, TextSpan::Kind k) {
        if (e > b) out.spans.push_back({n.origin[b], orig_end(e), k});
    }

    void read_lines();
    void document_date();
    void tables();
    bool table_at(size_t i, size_t& next);
    void table_rows(const std::vector<Field>& cols, const std::vector<std::vector<std::pair<size_t, size_t>>>& rows);
    void cut();
    void tree();
    void pair_lists();
    void choose();
    void levels();
    void choose_by_cues();
    void choose_findings();
    void letter_alone(); // a reader's letter published alone, its writer on the line after it
    void split_at_findings(bool confirmed);
    void choose_shortcomings();
    bool lays_down_rules() const;
    void status_of_all();
    int reply_document(std::string& subject) const;
    bool signature(size_t i) const;
    bool shortcoming_lines(size_t i) const;
    void items();
    void spans();
    ReadItem item_of(const Node& x);
};


// The first line of a node's text, Simplified: a heading's own words.
std::string head_of(const Node& x);

} // namespace rectify::text
