// Tables in a pasted document, for the item reader (text_items_reader.h): cells separated by tabs
// or pipes, or one cell a line (a Word or web table flattened, blank and pipe lines between the
// cells, a numbered list inside the problem cell, an empty last cell dropped); the header row says
// what each column holds (序号, 存在问题, 整改措施, 责任人, 整改时限, 完成情况…). A table written
// column by column (a PDF's text) is left to the tree, with the names of its columns for the lists
// below it.
#include <algorithm>

#include "core/import/text_items_reader.h"

namespace rectify::text {

namespace {

// The cells of a tab- or pipe-separated line, normalised offsets.
std::vector<std::pair<size_t, size_t>> cells_of(const std::string& t, size_t b, size_t e) {
    std::vector<std::pair<size_t, size_t>> cells;
    std::string_view s(t.data() + b, e - b);
    const char sep = s.find('\t') != npos ? '\t' : '|';
    size_t from = 0;
    if (sep == '|' && starts_with(s, "|")) from = 1;
    for (size_t i = from; i <= s.size(); i++)
        if (i == s.size() || s[i] == sep) {
            if (!(i == s.size() && i == from && sep == '|')) cells.push_back({b + from, b + i});
            from = i + 1;
        }
    return cells;
}

// A header cell: a column name (序号, 存在问题, 整改措施, 完成情况…), short, with no colon or digit.
bool header_cell(std::string_view s, Field& f) {
    // A label (组长：) or a numbered heading (二、存在的问题) names no column.
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    MarkAt m;
    if (ends_with(s, ":") || ends_with(s, "：") || (!s.empty() && mark_at(s, 0, true, m) && m.style != Style::Code)) return false;
    s = trim_punct(s);
    // Short; up to 12 characters for a web table's long names that say they name a column (标示生产/经营企业名称,
    // 生产日期/购进日期), never a unit's own name (南岭镇中心小学食堂).
    const bool long_name = char_count(s) <= 12 && (contains(s, "/") || ends_with(s, "名称") || ends_with(s, "情况") || ends_with(s, "编号"));
    if (s.empty() || (char_count(s) > 8 && !long_name) || contains(s, ":") || s.find_first_of("0123456789") != npos) return false;
    // A unit's own name (物理学院 under 单位 |, 城关小学 under 学校 |) is the first row's cell or a group's: the header ended.
    if (unit_own_name(s)) return false;
    f = column_field(s);
    // A finding that holds a column's word (食堂留样不到位 is no 食堂 column) is a row's cell.
    return f == Field::None || f == Field::Problem || !shortcoming(simplified(s));
}

// Two cells alike enough that the second starts a row as the first did: the same text, or both a date
// (2024.10.9, 2024-10-09, 2024年10月9日).
bool same_shape(std::string_view a, std::string_view b) {
    auto dateish = [](std::string_view s) {
        if (s.empty() || s[0] < '0' || s[0] > '9') return false;
        for (size_t i = 0; i < s.size();) {
            if ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == '-' || s[i] == '/') {
                i++;
                continue;
            }
            if (s.compare(i, 3, "年") == 0 || s.compare(i, 3, "月") == 0 || s.compare(i, 3, "日") == 0) {
                i += 3;
                continue;
            }
            return false;
        }
        return true;
    };
    return !a.empty() && (a == b || (dateish(a) && dateish(b)));
}

bool good_header(const std::vector<Field>& cols) {
    int problem = 0, other = 0, roles = 0;
    for (Field f : cols) {
        problem += f == Field::Problem;
        roles += f != Field::None && f != Field::Problem;
        other += f == Field::None;
    }
    // A wide table that numbers its rows (序号 | 受理编号 | 交办问题基本情况 | 所属区县 | 问题类型 | … | 处理和整改情况 | 是否办结)
    // may name more columns the reader has no use for, when it names several it has.
    const bool wide = cols.size() >= 6 && cols.front() == Field::Seq && roles >= 2;
    return cols.size() >= 3 && problem == 1 && roles >= 1 && (other <= int(cols.size()) / 2 || wide);
}

} // namespace

bool Reader::table_at(size_t i, size_t& next) {
    const std::string& t = n.text;
    std::string_view s = norm(lines[i].b, lines[i].e);
    // A header row on one line, cells separated by tabs or pipes.
    if (contains(s, "\t") || (pipe_line(s) && std::count(s.begin(), s.end(), '|') >= 3)) {
        auto cells = cells_of(t, lines[i].b, lines[i].e);
        std::vector<Field> cols;
        for (auto [b, e] : cells) {
            Field f = Field::None;
            if (!header_cell(norm(b, e), f)) return false;
            cols.push_back(f);
        }
        if (!good_header(cols)) return false;
        std::vector<std::vector<std::pair<size_t, size_t>>> rows;
        span(lines[i].b, lines[i].e, TextSpan::Ignored);
        lines[i].used = true;
        size_t j = i + 1;
        for (; j < lines.size(); j++) {
            std::string_view r = norm(lines[j].b, lines[j].e);
            if (lines[j].blank && !contains(r, "\t") && !only_pipes(r)) break;
            lines[j].used = true;
            auto rc = cells_of(t, lines[j].b, lines[j].e);
            bool empty_row = true;
            for (auto [b, e] : rc) empty_row &= trim_punct(norm(b, e)).empty();
            if (!contains(r, "\t") && !pipe_line(r) && !only_pipes(r)) {
                lines[j].used = false;
                break;
            }
            if (empty_row) {
                span(lines[j].b, lines[j].e, TextSpan::Ignored);
                continue;
            }
            rows.push_back(rc);
        }
        table_rows(cols, rows);
        next = j;
        return true;
    }
    // One cell a line: a header of three or more short column names, then the rows, k lines each
    // (blank lines and pipe lines between cells are borders).
    std::vector<size_t> header;
    std::vector<Field> cols;
    size_t j = i;
    for (; j < lines.size() && header.size() < 12; j++) {
        if (lines[j].blank) continue;
        if (lines[j].noise) break;
        std::string_view c = norm(lines[j].b, lines[j].e);
        if (ends_with(c, "|")) c.remove_suffix(1);
        Field f = Field::None;
        if (!header_cell(c, f)) break;
        header.push_back(j);
        cols.push_back(f);
    }
    while (cols.size() > 3 && !good_header(cols)) cols.pop_back(), header.pop_back();
    if (!good_header(cols)) return false;
    const size_t k = cols.size();
    // Written column by column (a PDF's text): the cells below are numbered lists, one a column,
    // read as text; the header says which list is which (pair_lists).
    for (size_t q = j; q < lines.size(); q++) {
        if (lines[q].blank) continue;
        MarkAt m;
        if (mark_at(norm(lines[q].b, lines[q].e), 0, true, m) && m.style != Style::Code) {
            for (size_t c = 0; c < header.size(); c++) {
                lines[header[c]].used = true;
                span(lines[header[c]].b, lines[header[c]].e, TextSpan::Ignored);
                // A grade or a remark holds a word, not a list.
                std::string_view name = norm(lines[header[c]].b, lines[header[c]].e);
                if (!has_any(name, {"等第", "等级", "评分", "得分", "分数", "结论", "备注", "评定"})) column_lists.push_back(cols[c]);
            }
            column_lists_at = lines[q].b;
            next = q;
            return true;
        }
        break;
    }
    for (size_t h : header) lines[h].used = true, span(lines[h].b, lines[h].e, TextSpan::Ignored);
    const bool numbered = cols.front() == Field::Seq;
    std::vector<std::vector<std::pair<size_t, size_t>>> rows;
    std::vector<std::pair<size_t, size_t>> row;
    std::vector<size_t> row_lines;
    std::string first_cell; // the first row's first cell: a line like it starts a row
    int list_value = 0;     // the last number of a numbered list inside the problem cell (问题清单: 1.… 2.…)
    auto close_row = [&] {
        rows.push_back(row);
        for (size_t r : row_lines) lines[r].used = true;
        row.clear();
        row_lines.clear();
    };
    size_t q = j;
    for (; q < lines.size(); q++) {
        if (lines[q].blank) {
            lines[q].used = true;
            continue;
        }
        std::string_view c = norm(lines[q].b, lines[q].e);
        if (lines[q].noise || starts_with(c, "注:")) break;
        size_t e = lines[q].e;
        if (ends_with(c, "|")) e--;
        while (e > lines[q].b && t[e - 1] == ' ') e--;
        if (row.empty() && numbered) {
            MarkAt m;
            if (!mark_at(norm(lines[q].b, e), 0, true, m) || m.style != Style::Code) break;
        }
        MarkAt m;
        const bool marked = mark_at(norm(lines[q].b, e), 0, true, m) && m.style != Style::Code;
        // The next number of a list inside the problem cell goes on in that cell.
        if (!row.empty() && cols[row.size() - 1] == Field::Problem && list_value > 0 && marked && m.value == list_value + 1) {
            row.back().second = e;
            row_lines.push_back(q);
            list_value = m.value;
            continue;
        }
        // An empty last cell (备注) the page dropped: a line like the first row's first cell starts the next row.
        if (row.size() + 1 == k && cols.back() == Field::None && same_shape(first_cell, norm(lines[q].b, e))) {
            row.push_back({row.back().second, row.back().second});
            close_row();
        }
        if (row.empty() && first_cell.empty()) first_cell = std::string(norm(lines[q].b, e));
        list_value = cols[row.size()] == Field::Problem && marked && m.value == 1 ? 1 : 0;
        row.push_back({lines[q].b, e});
        row_lines.push_back(q);
        if (row.size() == k) close_row();
    }
    // The text cut off inside the last row, its problem cell read: the row is kept.
    const size_t problem_col = size_t(std::find(cols.begin(), cols.end(), Field::Problem) - cols.begin());
    if (!row.empty() && q == lines.size() && row.size() > problem_col) {
        while (row.size() < k) row.push_back({row.back().second, row.back().second});
        close_row();
    }
    if (rows.empty()) {
        for (size_t h : header) lines[h].used = false;
        out.spans.resize(out.spans.size() - header.size());
        return false;
    }
    table_rows(cols, rows);
    next = row_lines.empty() ? q : row_lines.front();
    return true;
}

void Reader::table_rows(const std::vector<Field>& cols, const std::vector<std::vector<std::pair<size_t, size_t>>>& rows) {
    for (const auto& row : rows) {
        ReadItem it;
        std::string situation;
        for (size_t c = 0; c < row.size() && c < cols.size(); c++) {
            auto [b, e] = row[c];
            std::string v = field(b, e);
            TextSpan::Kind kind = TextSpan::Body;
            switch (cols[c]) {
            case Field::Seq: it.number = v, kind = TextSpan::Problem; break;
            case Field::Code: it.code = v, kind = TextSpan::ProblemCode; break;
            case Field::Problem: it.text = v, kind = TextSpan::Problem; break;
            case Field::Measure:
                if (!v.empty()) it.measures.push_back({v, ""});
                kind = TextSpan::Measure;
                break;
            case Field::Situation: situation = v, kind = TextSpan::Progress; break;
            case Field::Progress: it.progress = v, kind = TextSpan::Progress; break;
            case Field::Responsible: it.responsible = names(b, e), kind = TextSpan::Responsibility; break;
            case Field::Unit: it.unit = v, kind = TextSpan::Responsibility; break;
            case Field::Deadline: it.deadline = raw(b, e), kind = TextSpan::Deadline; break;
            default: kind = TextSpan::Ignored; break;
            }
            span(b, e, kind);
        }
        if (!situation.empty()) {
            if (it.measures.empty() && !it.progress.empty()) it.measures.push_back({situation, ""});
            if (it.progress.empty()) it.progress = situation;
        }
        if (it.text.empty() && it.measures.empty()) continue;
        if (!it.text.empty() && passed_check(simplified(it.text)) && it.measures.empty()) continue; // 正常。
        if (!it.progress.empty()) it.status = status_in(simplified(it.progress), true);
        // A disposal column's cell (处置结果: 责令改正、罚款 / 下架召回) tells what was done about the finding, not an order
        // still to carry out: done, proposed.
        if (!it.status.found && !it.progress.empty() &&
            has_any(simplified(it.progress), {"罚款", "处罚", "下架", "召回", "销毁", "没收", "责令改正", "立案", "警告", "停业整顿"}))
            it.status = {true, Status::Done, true, 0};
        std::vector<ReadMeasure> split;
        for (const ReadMeasure& m : it.measures)
            for (ReadMeasure& part : measures_in(m.text)) split.push_back(std::move(part));
        it.measures = std::move(split);
        // A problem cell holding a numbered list (问题清单: 1.… 2.…, or 1.… alone): one problem a
        // number, each with the row's unit, deadline and measures.
        std::vector<std::pair<std::string, std::string>> listed; // number, text
        for (size_t c = 0; c < row.size() && c < cols.size(); c++) {
            if (cols[c] != Field::Problem) continue;
            auto [b, e] = row[c];
            for (size_t lb = b; lb < e;) {
                size_t le = n.text.find('\n', lb);
                le = le == npos || le > e ? e : le;
                MarkAt m;
                std::string_view line = norm(lb, le);
                if (!trim_punct(line).empty()) {
                    if (mark_at(line, 0, true, m) && m.style != Style::Code && m.value == int(listed.size()) + 1)
                        listed.push_back({field(lb, lb + m.len), field(lb + m.len, le)});
                    else if (!listed.empty()) listed.back().second += field(lb, le);
                    else break;
                }
                lb = le + 1;
            }
        }
        if (!listed.empty()) {
            for (auto& [number, text] : listed) {
                ReadItem one = it;
                one.number = number;
                one.text = trimmed(text);
                table_items_at.push_back({row.front().first, table_items.size()});
                table_items.push_back(std::move(one));
            }
            continue;
        }
        table_items_at.push_back({row.front().first, table_items.size()});
        table_items.push_back(std::move(it));
    }
}

void Reader::tables() {
    for (size_t i = 0; i < lines.size();) {
        size_t next = i + 1;
        if (!lines[i].blank && !lines[i].noise && !lines[i].used && table_at(i, next)) {
            i = std::max(next, i + 1);
            continue;
        }
        i++;
    }
}

} // namespace rectify::text
