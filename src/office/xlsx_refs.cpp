// xlsx_refs: rows and references moved after a sheet's data rows were replaced (xlsx_refs.h).
// Index: rows · tokens of a formula · rewrite_refs · map_sqref.
#include "office/xlsx_refs.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace rectify::office {

namespace {
constexpr int kMaxRow = 1048575; // Excel's last row, 0-based
}

// ---- rows ------------------------------------------------------------------------------------------

int map_row(const RowShift& s, int row) {
    if (row < s.first) return row;
    if (row > s.last) return std::min(row + s.delta(), kMaxRow);
    return -1;
}

bool map_range(const RowShift& s, int& row0, int& row1) {
    const int a = row0 < s.first ? row0 : row0 > s.last ? row0 + s.delta() : row0 == s.first && row1 >= s.last ? s.first : -1;
    int b = row1 < s.first ? row1 : row1 > s.last ? row1 + s.delta() : row1 == s.last && row0 <= s.first ? s.first + s.count - 1 : -1;
    if (a < 0 || b < 0 || a > kMaxRow) return false;
    b = std::min(b, kMaxRow);
    if (b < a) return false; // the range held only data rows and there are none now
    row0 = a;
    row1 = b;
    return true;
}

// ---- tokens of a formula -----------------------------------------------------------------------------

namespace {

bool name_char(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '$' || c == '_' || c == '.' || c == '\\' || u >= 0x80;
}

// One side of a reference as written: "$A$1", "B7", "$3" (a row), "C" (a column).
struct Side {
    std::string col;       // letters as written, "" for a row
    bool col_abs = false;
    int row = -1;          // 0-based, -1 for a column
    bool row_abs = false;
    std::string text() const {
        return (col.empty() ? "" : (col_abs ? "$" : "") + col) + (row < 0 ? "" : (row_abs ? "$" : "") + std::to_string(row + 1));
    }
};

bool parse_side(std::string_view t, Side& s) {
    std::size_t i = 0;
    s = Side{};
    if (i < t.size() && t[i] == '$') s.col_abs = true, i++;
    const std::size_t c0 = i;
    while (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]))) i++;
    if (i - c0 > 3) return false;
    s.col = std::string(t.substr(c0, i - c0));
    if (s.col.empty() && s.col_abs) { s.col_abs = false, s.row_abs = true; }
    if (i < t.size() && t[i] == '$') {
        if (s.row_abs || s.col.empty()) return false;
        s.row_abs = true, i++;
    }
    const std::size_t r0 = i;
    long row = 0;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])) && row <= kMaxRow + 1) row = row * 10 + (t[i++] - '0');
    if (i != t.size()) return false;
    if (i > r0) {
        if (row < 1 || row > kMaxRow + 1) return false;
        s.row = int(row - 1);
    } else if (s.row_abs) return false;
    return !s.col.empty() || s.row >= 0;
}

bool same_sheet(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

} // namespace

// ---- rewrite_refs --------------------------------------------------------------------------------------

bool rewrite_refs(std::string& formula, const RowShift& s, std::string_view sheet, bool unqualified_is_sheet,
                  bool data_refs_kept) {
    const std::string_view f = formula;
    std::string out;
    out.reserve(f.size() + 8);
    std::size_t i = 0;
    bool external = false; // the next qualifier names a sheet of another workbook ([1]Sheet1!A1)
    auto row_of = [&](int row) { return data_refs_kept && row >= s.first && row <= s.last ? row : map_row(s, row); };
    while (i < f.size()) {
        const char c = f[i];
        if (c == '"') { // a text constant, "" inside it
            std::size_t j = i + 1;
            while (j < f.size() && !(f[j] == '"' && (j + 1 >= f.size() || f[j + 1] != '"'))) j += f[j] == '"' ? 2 : 1;
            out.append(f.substr(i, std::min(j + 1, f.size()) - i));
            i = j + 1;
            continue;
        }
        if (c == '[') { // another workbook, or a table's structured reference
            int depth = 0;
            std::size_t j = i;
            for (; j < f.size(); j++) {
                depth += f[j] == '[' ? 1 : f[j] == ']' ? -1 : 0;
                if (depth == 0) break;
            }
            out.append(f.substr(i, std::min(j + 1, f.size()) - i));
            i = j + 1;
            external = true;
            continue;
        }
        std::string qualifier;
        bool qualified = false;
        std::size_t j = i;
        if (c == '\'') { // 'a sheet name'!
            std::string name;
            std::size_t k = i + 1;
            for (; k < f.size(); k++) {
                if (f[k] == '\'') {
                    if (k + 1 < f.size() && f[k + 1] == '\'') { name += '\''; k++; continue; }
                    break;
                }
                name += f[k];
            }
            if (k + 1 < f.size() && f[k + 1] == '!') qualifier = name, qualified = true, j = k + 2;
        } else if (name_char(c)) {
            std::size_t k = i;
            while (k < f.size() && name_char(f[k])) k++;
            if (k < f.size() && f[k] == '!') qualifier = std::string(f.substr(i, k - i)), qualified = true, j = k + 1;
        }
        if (!qualified && !name_char(c)) {
            out += c;
            i++;
            if (c != '!') external = false;
            continue;
        }
        // The reference itself: a token, then maybe ":" and a second one.
        std::size_t k = j;
        while (k < f.size() && name_char(f[k])) k++;
        const std::string_view t1 = f.substr(j, k - j);
        Side a, b;
        bool range = false;
        std::size_t end = k;
        const bool is_a = parse_side(t1, a);
        if (is_a && k < f.size() && f[k] == ':') {
            std::size_t m = k + 1;
            while (m < f.size() && name_char(f[m])) m++;
            if (parse_side(f.substr(k + 1, m - k - 1), b) && a.col.empty() == b.col.empty() && (a.row < 0) == (b.row < 0))
                range = true, end = m;
        }
        const bool function = k < f.size() && f[k] == '(';
        const bool ours = !external && (qualified ? same_sheet(qualifier, sheet) : unqualified_is_sheet);
        external = false;
        if (!is_a || function || (!range && (a.col.empty() || a.row < 0))) { // a name, a function, a number
            out.append(f.substr(i, k - i));
            i = k;
            continue;
        }
        if (ours && a.row >= 0) {
            if (!range) {
                a.row = row_of(a.row);
                if (a.row < 0) return false;
            } else {
                int r0 = std::min(a.row, b.row), r1 = std::max(a.row, b.row);
                if (!map_range(s, r0, r1)) {
                    if (!data_refs_kept) return false;
                    r0 = row_of(std::min(a.row, b.row)), r1 = row_of(std::max(a.row, b.row));
                    if (r0 < 0 || r1 < 0) return false;
                }
                a.row = a.row <= b.row ? r0 : r1;
                b.row = a.row == r0 ? r1 : r0;
            }
        }
        out.append(f.substr(i, j - i)); // the qualifier as written
        out += a.text();
        if (range) out += ":" + b.text();
        i = end;
    }
    formula = std::move(out);
    return true;
}

// ---- map_sqref ---------------------------------------------------------------------------------------

bool map_sqref(std::string& sqref, const RowShift& s) {
    std::string out;
    std::size_t i = 0;
    while (i < sqref.size()) {
        std::size_t j = sqref.find(' ', i);
        if (j == std::string::npos) j = sqref.size();
        std::string item = sqref.substr(i, j - i);
        i = j + 1;
        if (item.empty()) continue;
        const std::size_t colon = item.find(':');
        Side a, b;
        bool keep = true;
        if (colon == std::string::npos) {
            if (parse_side(item, a) && a.row >= 0) {
                a.row = map_row(s, a.row);
                keep = a.row >= 0;
                item = a.text();
            }
        } else if (parse_side(std::string_view(item).substr(0, colon), a) && parse_side(std::string_view(item).substr(colon + 1), b) &&
                   a.row >= 0 && b.row >= 0) {
            int r0 = std::min(a.row, b.row), r1 = std::max(a.row, b.row);
            keep = map_range(s, r0, r1);
            a.row = r0, b.row = r1;
            item = a.text() + ":" + b.text();
        }
        if (keep) out += (out.empty() ? "" : " ") + item;
    }
    sqref = std::move(out);
    return !sqref.empty();
}

} // namespace rectify::office
