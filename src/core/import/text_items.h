// Internal to the text importer: the general reader of a document's items (issue 17). It finds the
// item structure of any rectification text — numbering of every style, inline labels inside long
// lines, records, tables (tabs, pipes, one cell a line), parallel lists — and decides which items
// are the problems from the cues (labels, status words, headings), not from one layout.
// text_items.cpp segments and reads; text_import.cpp builds the plan from the result.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/import/text_import_parts.h"

namespace rectify::text {

// The roles a label or a table column gives the text after it.
// After: 整改后 (what the place is like now: the item is done unless the text says otherwise).
// Skip: the rest of a "label | value | …" row after its value (a form's other cells).
enum class Field : std::uint8_t { None, Problem, Measure, Situation, Progress, After, Responsible, Unit, Deadline, Seq, Code, Noise, Skip };

// ---- segments (text_segments.cpp) ----

// Numbering styles: 一、 （一） 1. 1、 （1） ① 一是 第一， 01 (a line that is its code) 问题一: (a
// numbered label) - (a dash line) 1-1 (a sub-code), and Para (a paragraph that numbers nothing).
enum class Style : std::uint8_t { None, CnDun, CnParen, ArDot, ArDun, ArParen, Circled, Shi, Di, Code, Label, Dash, Sub, Para, Count };

struct MarkAt {
    Style style = Style::None;
    int value = 0;
    size_t len = 0;
};
bool mark_at(std::string_view s, size_t i, bool line_start, MarkAt& m);

struct LabelAt {
    Field field = Field::None;
    int number = 0;     // 问题二: → 2
    size_t len = 0;     // through the colon
    size_t number_at = 0, number_len = 0;
    bool piped = false; // "内容 | …": a form's row, the label in its first cell
};
bool label_at(std::string_view s, size_t i, LabelAt& out);

// A piece of a line that starts with a numbering mark, a label, or the line's start.
struct Seg {
    size_t b = 0, e = 0; // in the normalised text
    size_t tb = 0;       // where the text after the mark and the label starts
    Style style = Style::None;
    int value = 0;
    size_t mb = 0, me = 0; // the mark (or numbered label) as written
    Field field = Field::None;
    bool line_start = false, after_blank = false;
    int line = 0;
};

bool space_before(std::string_view original, const Normalised& n, size_t pos);
// Cuts the normalised line [lb, le) at inline labels and marks; last_value (indexed by Style) keeps
// the last number of each style, so "…未提供10.第(C16)点" is cut after 9.
void cut_line(std::string_view original, const Normalised& n, size_t lb, size_t le, std::vector<int>& last_value,
              std::vector<Seg>& out, bool after_blank, int line);

// ---- the reading ----

struct ReadMeasure {
    ReadMeasure() = default;
    ReadMeasure(std::string t, std::string who) : text(std::move(t)), responsible(std::move(who)) {}
    std::string text;        // as written (normalise_field), without its step number
    std::string responsible; // a responsibility line or cell for this measure alone
    StatusReading status;    // its own, when a numbered item under the problem states one
    std::string progress;    // the text that carries it
};

struct ReadItem {
    std::string number;      // as written: （1） 1. 问题一 01; "" when unnumbered
    std::string code;        // an indicator or problem code it cites (第(C16)点 → C16)
    std::string area;        // the heading above it
    std::string unit;        // the unit it is about (学校名称, the table's school column)
    std::string text;        // the problem
    std::vector<ReadMeasure> measures;
    std::string progress;    // the text that carries its status
    std::string deadline;    // the deadline's wording
    std::string responsible; // responsibility lines for the whole item
    StatusReading status;    // at: unused
};

struct ItemsReading {
    std::vector<ReadItem> items;
    std::vector<TextSpan> spans; // one per segment of every non-blank line, in text order, plus inner deadlines
    Date document_date;          // the date the document is signed or published, when it has one
    std::string title;           // its first line when that is a title, or a one-line document's opening words
    std::vector<std::string> levels; // the numbering styles met, outermost first (style_name)
    std::string problem_level;       // the style of the problems, when they share one
    // How much the reading explains: items, with a status, a measure, a deadline. The importer
    // keeps the reading of a full plan (sections by role) unless this one explains more.
    int weight() const;
    int stated() const; // items whose status the document states (not only implies)
};

ItemsReading read_items(std::string_view original, const Normalised& n, std::uint64_t* examined,
                        const TextCorrections& corrections = {});

// A numbering style as the preview names it: "一、" "（一）" "1." "1、" "（1）" "①" "一是" "第一" "01"
// "问题一" "-" "1-1"; "" for paragraphs.
std::string style_name(Style s);

// Words that name a shortcoming (破损, 不规范, 未配备, 不全…), on normalised text (text_items_choose.cpp).
bool shortcoming(std::string_view t);

// The role a table's header cell gives its column (序号, 存在问题, 整改措施, 责任人, 整改时限, 完成情况…).
Field column_field(std::string_view normalised_cell);

// A cell that is one unit's own name (物理学院, 城关小学, 東風學校), not a column naming units (学校, 责任单位,
// 被检查学校): a row's cell, or a group's, under a flattened table's header.
bool unit_own_name(std::string_view normalised_cell);

} // namespace rectify::text
