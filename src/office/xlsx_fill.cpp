// xlsx_fill: fill_xlsx and fill_footer_first (xlsx_fill.h): the chosen sheet's data rows replaced,
// what lies below moved, the workbook's names adjusted, calcChain dropped, every other part copied.
// Index: cell text · the footer · the template row · new rows and merges · what moves · the package.
#include "office/xlsx_fill.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "office/office_read.h"
#include "office/xlsx_parts.h"
#include "office/xlsx_refs.h"
#include "office/xml.h"

namespace rectify::office {

namespace {

const char kKind[] = "Excel (.xlsx)";
constexpr int kExcelRows = 1048576;
constexpr std::size_t kCellChars = 32767; // Excel's limit, in UTF-16 units

// ---- cell text ---------------------------------------------------------------------------------------

// The next code point of UTF-8 text (U+FFFD for a bad byte), and its length.
unsigned next_cp(std::string_view s, std::size_t i, std::size_t& len) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned c = b(i);
    len = 1;
    int extra = c >= 0xF0 && c < 0xF5 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : 0;
    if (c < 0x80 || extra == 0) return c < 0x80 ? c : 0xFFFD;
    if (i + std::size_t(extra) >= s.size()) return 0xFFFD;
    unsigned cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra; k++) {
        if ((b(i + std::size_t(k)) & 0xC0) != 0x80) return 0xFFFD;
        cp = cp << 6 | (b(i + std::size_t(k)) & 0x3F);
    }
    const unsigned min = extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
    len = std::size_t(extra) + 1;
    return cp;
}

void put_cp(std::string& out, unsigned v) {
    if (v < 0x80) out += char(v);
    else if (v < 0x800) out += char(0xC0 | (v >> 6)), out += char(0x80 | (v & 0x3F));
    else if (v < 0x10000) out += char(0xE0 | (v >> 12)), out += char(0x80 | ((v >> 6) & 0x3F)), out += char(0x80 | (v & 0x3F));
    else out += char(0xF0 | (v >> 18)), out += char(0x80 | ((v >> 12) & 0x3F)), out += char(0x80 | ((v >> 6) & 0x3F)), out += char(0x80 | (v & 0x3F));
}

bool x_escape_at(std::string_view s, std::size_t i) { // "_x000D_": Excel reads it as an escape
    if (i + 6 >= s.size() || s[i] != '_' || s[i + 1] != 'x' || s[i + 6] != '_') return false;
    for (std::size_t k = i + 2; k < i + 6; k++)
        if (!std::isxdigit(static_cast<unsigned char>(s[k]))) return false;
    return true;
}

// What a cell can hold: valid UTF-8, CR LF as LF, no character XML 1.0 forbids, a literal "_xHHHH_"
// kept literal (its "_" escaped as _x005F_), cut at Excel's 32767 characters.
std::string cell_text(std::string_view s) {
    std::string out;
    out.reserve(std::min(s.size(), kCellChars * 3));
    std::size_t units = 0;
    for (std::size_t i = 0, len = 1; i < s.size(); i += len) {
        unsigned cp = next_cp(s, i, len);
        if (cp == '\r') {
            if (i + 1 < s.size() && s[i + 1] == '\n') continue;
            cp = '\n';
        }
        if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0xFFFE || cp == 0xFFFF) continue;
        const std::size_t u = cp >= 0x10000 ? 2 : 1;
        if (units + u > kCellChars) break;
        units += u;
        if (cp == '_' && x_escape_at(s, i)) out += "_x005F_";
        else put_cp(out, cp);
    }
    return out;
}

bool valid_col(int c) { return c >= 0 && c < 16384; } // Excel's columns A to XFD

// A number as Excel keeps it exactly: up to 15 digits, an optional fraction.
bool plain_number(std::string_view t) {
    std::size_t i = t.size() && t[0] == '-' ? 1 : 0, digits = 0;
    bool point = false;
    for (; i < t.size(); i++) {
        if (std::isdigit(static_cast<unsigned char>(t[i]))) digits++;
        else if (t[i] == '.' && !point && digits) point = true;
        else return false;
    }
    return digits > 0 && digits <= 15 && t.back() != '.';
}

// Lines the text takes in a column `width` characters wide (CJK and full-width forms count 2).
int text_lines(std::string_view s, double width) {
    int lines = 0;
    double w = 0;
    for (std::size_t i = 0, len = 1; i <= s.size(); i += len) {
        if (i == s.size() || s[i] == '\n') {
            lines += std::max(1, int(std::ceil(w / std::max(width, 1.0))));
            w = 0;
            len = 1;
            continue;
        }
        const unsigned cp = next_cp(s, i, len);
        w += cp >= 0x1100 ? 2 : 1;
    }
    return lines;
}

std::string lower_ascii(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

// ---- the footer ----------------------------------------------------------------------------------------

int fill_footer_first(const GridSheet& sheet, int header_last, const std::vector<bool>& total_rows) {
    static const char* const kWords[] = {"填报人", "填表人", "填报单位", "填报日期", "填表日期", "制表人", "制表日期", "制表",
                                         "审核人", "审核", "单位负责人", "负责人", "联系人", "联系电话", "备注", "说明", "注",
                                         "合计", "总计", "小计", "单位（盖章）", "单位(盖章)"};
    const int rows = int(std::max(sheet.rows.size(), total_rows.size()));
    for (int r = std::max(0, header_last + 1); r < rows; r++) {
        if (std::size_t(r) < total_rows.size() && total_rows[std::size_t(r)]) return r;
        if (std::size_t(r) >= sheet.rows.size()) continue;
        std::string_view text;
        for (const GridCell& c : sheet.rows[std::size_t(r)])
            if (!c.text.empty()) { text = c.text; break; }
        while (text.size() >= 3 && text.compare(0, 3, "\xE3\x80\x80") == 0) text.remove_prefix(3); // 　
        while (!text.empty() && (text[0] == ' ' || text[0] == '\t')) text.remove_prefix(1);
        for (const char* w : kWords) {
            const std::string_view word(w);
            if (text.compare(0, word.size(), word) != 0) continue;
            const std::string_view rest = text.substr(word.size());
            // the word alone (合计), or a label: 填报人：, 制表 张三, 备注:
            if (rest.empty() || rest[0] == ':' || rest[0] == ' ' || rest[0] == '_' || rest.compare(0, 3, "：") == 0 ||
                rest.compare(0, 3, "\xE3\x80\x80") == 0)
                return r;
        }
    }
    return -1;
}

namespace {

// ---- the template row --------------------------------------------------------------------------------

struct SheetRow {
    pugi::xml_node node;
    int row = 0; // 0-based
};

bool aggregate(std::string_view formula) {
    const std::string f = lower_ascii(std::string(formula));
    if (f.find(':') == std::string::npos) return false;
    for (const char* fn : {"sum", "subtotal", "count", "average", "max(", "min("})
        if (f.find(fn) != std::string::npos) return true;
    return false;
}

struct Layout {
    std::string pfx;                   // the namespace prefix the sheet uses ("x:" or "")
    std::map<int, std::string> style;  // column -> s of the first data row (or <col style>)
    std::vector<std::pair<std::string, std::string>> row_attrs; // of the first data row
    std::map<int, int> hspan;          // horizontal merges of the first data row: first col -> last
    std::set<int> vmerged;             // columns the template merged vertically in its data
    std::map<int, double> width;       // column widths in characters
    double default_width = 8.43, line_height = 14.25, template_height = 0;
};

double width_of(const Layout& l, int c0, int c1) {
    double w = 0;
    for (int c = c0; c <= c1; c++) {
        auto it = l.width.find(c);
        w += it != l.width.end() ? it->second : l.default_width;
    }
    return w;
}

// ---- new rows and merges -----------------------------------------------------------------------------

struct Prefixed {
    std::string row, c, is, t, v, merge_cells, merge_cell;
    explicit Prefixed(const std::string& p)
        : row(p + "row"), c(p + "c"), is(p + "is"), t(p + "t"), v(p + "v"), merge_cells(p + "mergeCells"), merge_cell(p + "mergeCell") {}
};

// The new rows, inserted before `anchor` (or at the end); their merges appended to `merges`.
void write_rows(pugi::xml_node data, pugi::xml_node anchor, const Layout& l, const XlsxFill& fill, int first,
                std::vector<GridMerge>& merges) {
    const Prefixed n(l.pfx);
    const int count = int(fill.rows.size());
    std::vector<std::vector<std::string>> text(fill.rows.size());
    for (std::size_t i = 0; i < fill.rows.size(); i++) {
        text[i].resize(fill.columns.size());
        for (std::size_t j = 0; j < fill.columns.size() && j < fill.rows[i].size(); j++) text[i][j] = cell_text(fill.rows[i][j]);
    }
    // Vertical runs of equal values in the merge columns; `covered` cells stay empty.
    std::set<std::pair<int, int>> covered, run_top; // (row index, col)
    for (int col : fill.merge_columns) {
        const auto j = std::size_t(std::find(fill.columns.begin(), fill.columns.end(), col) - fill.columns.begin());
        if (j >= fill.columns.size() || !valid_col(col) || (!fill.merge_always && !l.vmerged.count(col))) continue;
        bool inside = false; // inside another column's horizontal merge: not a merge of its own
        for (const auto& [c0, c1] : l.hspan) inside |= col > c0 && col <= c1;
        if (inside) continue;
        const int last_col = l.hspan.count(col) ? l.hspan.at(col) : col;
        for (int i = 0; i < count;) {
            int k = i + 1;
            while (k < count && !text[std::size_t(i)][j].empty() && text[std::size_t(k)][j] == text[std::size_t(i)][j]) k++;
            if (k - i > 1) {
                merges.push_back({first + i, col, first + k - 1, last_col});
                run_top.insert({i, col});
                for (int r = i + 1; r < k; r++) covered.insert({r, col});
                for (int r = i; r < k; r++) run_top.insert({r, col});
            }
            i = k;
        }
    }
    std::set<int> cols;
    for (const auto& [c, s] : l.style) cols.insert(c);
    std::map<int, std::size_t> index; // column -> position in fill.columns (the first, if named twice)
    for (std::size_t j = 0; j < fill.columns.size(); j++)
        if (valid_col(fill.columns[j])) index.emplace(fill.columns[j], j), cols.insert(fill.columns[j]);
    const std::set<int> numeric(fill.number_columns.begin(), fill.number_columns.end());
    for (int i = 0; i < count; i++) {
        const int r = first + i;
        pugi::xml_node row = anchor ? data.insert_child_before(n.row.c_str(), anchor) : data.append_child(n.row.c_str());
        row.append_attribute("r") = r + 1;
        for (const auto& [k, v] : l.row_attrs) row.append_attribute(k.c_str()) = v.c_str();
        int lines = 1;
        for (int col : cols) {
            pugi::xml_node c = row.append_child(n.c.c_str());
            c.append_attribute("r") = cell_name(col, r).c_str();
            if (auto s = l.style.find(col); s != l.style.end()) c.append_attribute("s") = s->second.c_str();
            auto j = index.find(col);
            if (j == index.end() || covered.count({i, col})) continue;
            const std::string& t = text[std::size_t(i)][j->second];
            if (t.empty()) continue;
            if (numeric.count(col) && plain_number(t)) {
                c.append_child(n.v.c_str()).text().set(t.c_str());
                continue;
            }
            c.append_attribute("t") = "inlineStr";
            pugi::xml_node tn = c.append_child(n.is.c_str()).append_child(n.t.c_str());
            tn.append_attribute("xml:space") = "preserve";
            tn.text().set(t.c_str());
            const int last_col = l.hspan.count(col) ? l.hspan.at(col) : col;
            if (!run_top.count({i, col})) lines = std::max(lines, text_lines(t, width_of(l, col, last_col)));
        }
        for (const auto& [c0, c1] : l.hspan)
            if (!run_top.count({i, c0})) merges.push_back({r, c0, r, c1});
        const double need = std::min(409.0, lines * l.line_height + 2);
        if (lines > 1 && need > l.template_height) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.2f", need);
            for (const auto& [k, v] : {std::pair<const char*, const char*>{"ht", buf}, {"customHeight", "1"}})
                (row.attribute(k) ? row.attribute(k) : row.append_attribute(k)).set_value(v);
        }
    }
}

// ---- what moves --------------------------------------------------------------------------------------

// A cell's r moved by the shift (rows below the data only ever move).
void move_cell_ref(pugi::xml_node c, const RowShift& s) {
    pugi::xml_attribute ra = attr(c, "r");
    int col = 0, row = 0;
    if (ra && cell_ref(ra.value(), col, row)) ra.set_value(cell_name(col, map_row(s, row)).c_str());
}

// The formulas of the rows kept: moved, or dropped keeping their value (a shared one with its group).
void move_formulas(pugi::xml_node data, const RowShift& s, const std::string& sheet, XlsxFillReport& rep) {
    std::map<std::string, bool> shared_ok; // si -> its master's formula moved
    std::vector<pugi::xml_node> fs;
    for (pugi::xml_node r = first(data, "row"); r; r = r.next_sibling())
        for (pugi::xml_node c = first(r, "c"); c; c = c.next_sibling())
            if (pugi::xml_node f = first(c, "f")) fs.push_back(f);
    auto move = [&](pugi::xml_node f) {
        std::string text = f.text().get();
        if (!rewrite_refs(text, s, sheet, true)) return false;
        if (pugi::xml_attribute ref = attr(f, "ref")) {
            std::string r = ref.value();
            if (!map_sqref(r, s) || r.find(' ') != std::string::npos) return false;
            ref.set_value(r.c_str());
        }
        if (text != f.text().get()) f.text().set(text.c_str());
        return true;
    };
    for (pugi::xml_node f : fs) // masters first: they carry the text
        if (std::string_view(attr(f, "t").value()) == "shared" && *f.text().get())
            shared_ok[attr(f, "si").value()] = move(f);
    for (pugi::xml_node f : fs) {
        const bool shared = std::string_view(attr(f, "t").value()) == "shared";
        bool ok;
        if (shared) {
            auto it = shared_ok.find(attr(f, "si").value());
            ok = it != shared_ok.end() && it->second;
        } else ok = move(f);
        if (!ok) {
            f.parent().remove_child(f);
            rep.formulas_dropped++;
        }
    }
}

// An element whose `name` attribute (ref, sqref) is moved; removed (and counted) when it cannot be.
bool move_ref_attr(pugi::xml_node e, const char* name, const RowShift& s, XlsxFillReport& rep) {
    pugi::xml_attribute a = attr(e, name);
    std::string v = a.value();
    if (a && map_sqref(v, s)) {
        a.set_value(v.c_str());
        return true;
    }
    e.parent().remove_child(e);
    rep.removed++;
    return false;
}

// Conditional formats, validations, the autoFilter, hyperlinks, page breaks and the dimension.
void move_sheet_parts(pugi::xml_node ws, const RowShift& s, int last_row, int last_col, const std::string& sheet,
                      XlsxFillReport& rep) {
    if (pugi::xml_node d = first(ws, "dimension")) {
        GridMerge m;
        std::string ref = attr(d, "ref").value();
        if (!range_ref(ref, m)) cell_ref(ref, m.col0, m.row0), m.col1 = m.col0, m.row1 = m.row0;
        m.row1 = std::max(m.row0, last_row);
        m.col1 = std::max(m.col1, last_col);
        attr(d, "ref").set_value(range_name(m).c_str());
    }
    for (const char* name : {"autoFilter", "sortState"})
        if (pugi::xml_node e = first(ws, name)) move_ref_attr(e, "ref", s, rep);
    auto formulas_ok = [&](pugi::xml_node e, std::initializer_list<const char*> names) {
        for (pugi::xml_node c = e.first_child(); c; c = c.next_sibling()) {
            bool match = false;
            for (const char* n : names) match |= is(c, n);
            if (!match) continue;
            std::string f = c.text().get();
            if (!rewrite_refs(f, s, sheet, true, true)) return false;
            c.text().set(f.c_str());
        }
        return true;
    };
    for (pugi::xml_node cf = first(ws, "conditionalFormatting"), next; cf; cf = next) {
        next = cf.next_sibling();
        if (!is(cf, "conditionalFormatting") || !move_ref_attr(cf, "sqref", s, rep)) continue;
        bool ok = true;
        for (pugi::xml_node rule = first(cf, "cfRule"); rule; rule = rule.next_sibling()) ok &= formulas_ok(rule, {"formula"});
        if (!ok) ws.remove_child(cf), rep.removed++;
    }
    for (const char* group : {"dataValidations", "hyperlinks", "rowBreaks", "ignoredErrors", "protectedRanges"}) {
        pugi::xml_node g = first(ws, group);
        if (!g) continue;
        int left = 0;
        for (pugi::xml_node e = g.first_child(), next; e; e = next) {
            next = e.next_sibling();
            if (e.type() != pugi::node_element) continue;
            if (is(e, "brk")) { // a break after row id (1-based): inside the data it goes
                const int row = attr(e, "id").as_int(0) - 1;
                const int moved = map_row(s, row);
                if (moved < 0) g.remove_child(e), rep.removed++;
                else attr(e, "id").set_value(moved + 1), left++;
                continue;
            }
            if (!move_ref_attr(e, is(e, "hyperlink") ? "ref" : "sqref", s, rep)) continue;
            if (!formulas_ok(e, {"formula1", "formula2"})) g.remove_child(e), rep.removed++;
            else left++;
        }
        if (left == 0) ws.remove_child(g);
        else {
            if (pugi::xml_attribute cnt = attr(g, "count")) cnt.set_value(left);
            if (pugi::xml_attribute cnt = attr(g, "manualBreakCount")) cnt.set_value(left);
        }
    }
}

// Excel 2010's validations and conditional formats (x14, in the sheet's extLst: lists from another
// sheet, data bars): each item's <xm:sqref> moved and its <xm:f> formulas rewritten, or the item
// removed; emptied containers and extensions go too.
bool ext_formulas_ok(pugi::xml_node n, const RowShift& s, const std::string& sheet) {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element || is(c, "sqref")) continue;
        if (is(c, "f")) {
            std::string f = c.text().get();
            if (!rewrite_refs(f, s, sheet, true, true)) return false;
            c.text().set(f.c_str());
        } else if (!ext_formulas_ok(c, s, sheet)) return false;
    }
    return true;
}

void move_extensions(pugi::xml_node ws, const RowShift& s, const std::string& sheet, XlsxFillReport& rep) {
    pugi::xml_node list = first(ws, "extLst");
    for (pugi::xml_node ext = first(list, "ext"), next_ext; ext; ext = next_ext) {
        next_ext = ext.next_sibling();
        for (pugi::xml_node group = ext.first_child(), next_group; group; group = next_group) {
            next_group = group.next_sibling();
            if (!is(group, "dataValidations") && !is(group, "conditionalFormattings")) continue;
            int left = 0;
            for (pugi::xml_node item = group.first_child(), next; item; item = next) {
                next = item.next_sibling();
                if (item.type() != pugi::node_element) continue;
                pugi::xml_node sq = first(item, "sqref");
                std::string ref = sq.text().get();
                if (sq && map_sqref(ref, s) && ext_formulas_ok(item, s, sheet)) {
                    sq.text().set(ref.c_str());
                    left++;
                } else {
                    group.remove_child(item);
                    rep.removed++;
                }
            }
            if (left == 0) ext.remove_child(group);
            else if (pugi::xml_attribute cnt = attr(group, "count")) cnt.set_value(left);
        }
        if (!ext.find_child([](pugi::xml_node c) { return c.type() == pugi::node_element; })) list.remove_child(ext);
    }
    if (list && !first(list, "ext")) ws.remove_child(list);
}

// The merges: the data's removed, those below moved, the new ones added. <mergeCells> is made in its
// place in the schema's order when the sheet had none.
void write_merges(pugi::xml_node ws, const Layout& l, const RowShift& s, const std::vector<GridMerge>& added) {
    const Prefixed n(l.pfx);
    pugi::xml_node mc = first(ws, "mergeCells");
    std::vector<GridMerge> keep;
    for (pugi::xml_node m = first(mc, "mergeCell"); m; m = m.next_sibling()) {
        GridMerge g;
        if (!is(m, "mergeCell") || !range_ref(attr(m, "ref").value(), g)) continue;
        if (g.row1 < s.first) keep.push_back(g);
        else if (g.row0 > s.last) g.row0 = map_row(s, g.row0), g.row1 = map_row(s, g.row1), keep.push_back(g);
    }
    keep.insert(keep.end(), added.begin(), added.end());
    if (keep.empty()) {
        if (mc) ws.remove_child(mc);
        return;
    }
    if (!mc) {
        pugi::xml_node after;
        for (pugi::xml_node c = ws.first_child(); c; c = c.next_sibling())
            for (const char* name : {"sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter",
                                     "sortState", "dataConsolidate", "customSheetViews"})
                if (is(c, name)) after = c;
        mc = after ? ws.insert_child_after(n.merge_cells.c_str(), after) : ws.append_child(n.merge_cells.c_str());
    }
    while (mc.first_child()) mc.remove_child(mc.first_child());
    mc.remove_attribute("count");
    mc.append_attribute("count") = int(keep.size());
    for (const GridMerge& g : keep) mc.append_child(n.merge_cell.c_str()).append_attribute("ref") = range_name(g).c_str();
}

// ---- the sheet ---------------------------------------------------------------------------------------

OfficeProblem fill_sheet(pugi::xml_document& doc, const GridSheet& grid, const XlsxFill& fill, const std::string& sheet,
                         RowShift& shift, XlsxFillReport& rep) {
    pugi::xml_node ws = doc.document_element();
    pugi::xml_node data = first(ws, "sheetData");
    Layout l;
    const std::string_view wsname = ws.name();
    l.pfx = std::string(wsname.substr(0, wsname.find(':') == std::string_view::npos ? 0 : wsname.find(':') + 1));
    if (!data) { // a sheet with no <sheetData> at all: one in its place
        pugi::xml_node after;
        for (pugi::xml_node c = ws.first_child(); c; c = c.next_sibling())
            for (const char* name : {"sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols"})
                if (is(c, name)) after = c;
        const std::string name = l.pfx + "sheetData";
        data = after ? ws.insert_child_after(name.c_str(), after) : ws.prepend_child(name.c_str());
    }
    std::vector<SheetRow> rows;
    std::map<std::string, std::string> shared_text; // si -> a shared formula's text
    int next = 0, last_row = -1;
    for (pugi::xml_node r = first(data, "row"); r; r = r.next_sibling()) {
        if (!is(r, "row")) continue;
        const int rn = attr(r, "r").as_int(0);
        rows.push_back({r, rn > 0 ? rn - 1 : next});
        next = rows.back().row + 1;
        last_row = std::max(last_row, rows.back().row);
        for (pugi::xml_node c = first(r, "c"); c; c = c.next_sibling())
            if (pugi::xml_node f = first(c, "f"); f && *f.text().get()) shared_text[attr(f, "si").value()] = f.text().get();
    }
    last_row = std::max(last_row, int(grid.rows.size()) - 1);
    std::vector<bool> totals(std::size_t(last_row + 1), false);
    for (const SheetRow& r : rows)
        for (pugi::xml_node c = first(r.node, "c"); c; c = c.next_sibling())
            if (pugi::xml_node f = first(c, "f")) {
                const char* text = *f.text().get() ? f.text().get() : shared_text[attr(f, "si").value()].c_str();
                if (aggregate(text)) totals[std::size_t(r.row)] = true;
            }
    shift.first = std::max(0, fill.header_last + 1);
    int footer = fill.footer_first >= 0 ? std::max(fill.footer_first, shift.first) : fill_footer_first(grid, fill.header_last, totals);
    rep.footer_first = footer;
    if (footer < 0) footer = last_row + 1;
    std::map<int, pugi::xml_node> by_row;
    for (const SheetRow& r : rows) by_row.emplace(r.row, r.node);
    auto row_node = [&](int row) {
        auto it = by_row.find(row);
        return it == by_row.end() ? pugi::xml_node() : it->second;
    };
    auto has_value = [&](int row) {
        if (std::size_t(row) < grid.rows.size())
            for (const GridCell& c : grid.rows[std::size_t(row)])
                if (!c.text.empty()) return true;
        return false;
    };
    // The first data row's look (the first row after the header with a value or a styled cell): the
    // template for every new row.
    pugi::xml_node tpl;
    int tpl_row = -1;
    for (auto it = by_row.lower_bound(shift.first); it != by_row.end() && it->first < footer && !tpl; ++it) {
        bool styled = has_value(it->first);
        each_cell(it->second, [&](pugi::xml_node c, int) {
            const std::string_view st = attr(c, "s").value();
            styled |= !st.empty() && st != "0";
        });
        if (styled) tpl = it->second, tpl_row = it->first;
    }
    std::map<int, std::string> tpl_style;
    if (tpl) each_cell(tpl, [&](pugi::xml_node c, int col) {
            if (pugi::xml_attribute s = attr(c, "s")) tpl_style[col] = s.value();
        });
    // Empty rows just above the footer, not styled like the first data row, are spacing.
    auto spacer = [&](int row) {
        if (has_value(row)) return false;
        bool styled = false;
        if (pugi::xml_node n = row_node(row)) each_cell(n, [&](pugi::xml_node c, int col) {
                auto it = tpl_style.find(col);
                styled |= it != tpl_style.end() && it->second != "0" && it->second == attr(c, "s").value();
            });
        return !styled;
    };
    shift.last = footer - 1;
    while (shift.last >= shift.first && spacer(shift.last)) shift.last--;
    shift.count = int(fill.rows.size());
    rep.template_rows = std::max(0, shift.last - shift.first + 1);
    if (shift.first + shift.count > kExcelRows || last_row + shift.delta() >= kExcelRows)
        return problem(OfficeText::FillTooManyRows, {{"n", std::to_string(fill.rows.size())}});

    // The layout the new rows take.
    const bool has_data = shift.last >= shift.first;
    pugi::xml_node fmt = first(ws, "sheetFormatPr");
    l.default_width = attr(fmt, "defaultColWidth").as_double(attr(fmt, "baseColWidth").as_double(8) + 0.43);
    l.line_height = attr(fmt, "defaultRowHeight").as_double(14.25);
    for (pugi::xml_node c = first(first(ws, "cols"), "col"); c; c = c.next_sibling()) {
        if (!is(c, "col")) continue;
        const int lo = std::max(1, attr(c, "min").as_int(1)), hi = std::min(attr(c, "max").as_int(lo), 512);
        for (int k = lo; k <= hi; k++) {
            if (pugi::xml_attribute w = attr(c, "width")) l.width[k - 1] = w.as_double();
            if (!has_data) // no data row to copy: the column's own style
                if (pugi::xml_attribute s = attr(c, "style")) l.style[k - 1] = s.value();
        }
    }
    if (has_data && tpl) {
        l.style = tpl_style;
        for (pugi::xml_attribute a = tpl.first_attribute(); a; a = a.next_attribute()) {
            const std::string_view k = a.name();
            if (k != "r" && k != "hidden" && k != "spans") l.row_attrs.emplace_back(a.name(), a.value()); // spans: the old cells'

        }
        l.template_height = attr(tpl, "ht").as_double(0);
    }
    for (pugi::xml_node m = first(first(ws, "mergeCells"), "mergeCell"); m; m = m.next_sibling()) {
        GridMerge g;
        if (!is(m, "mergeCell") || !range_ref(attr(m, "ref").value(), g) || g.row1 < shift.first || g.row0 > shift.last) continue;
        if (g.row0 == tpl_row && g.row1 == tpl_row) l.hspan[g.col0] = g.col1;
        if (g.row1 > g.row0)
            for (int c = g.col0; c <= g.col1; c++) l.vmerged.insert(c);
    }

    // Out with the old rows, the rows below moved, in with the new.
    pugi::xml_node anchor;
    for (const SheetRow& r : rows) {
        if (r.row >= shift.first && r.row <= shift.last) data.remove_child(r.node);
        else if (r.row > shift.last) {
            if (!anchor) anchor = r.node;
            pugi::xml_node node = r.node;
            pugi::xml_attribute ra = attr(node, "r");
            (ra ? ra : node.prepend_attribute("r")).set_value(map_row(shift, r.row) + 1);
            for (pugi::xml_node c = first(r.node, "c"); c; c = c.next_sibling())
                if (is(c, "c")) move_cell_ref(c, shift);
        }
    }
    move_formulas(data, shift, sheet, rep);
    std::vector<GridMerge> added;
    write_rows(data, anchor, l, fill, shift.first, added);
    for (const GridMerge& g : added) rep.merges += g.row1 > g.row0 ? 1 : 0;
    write_merges(ws, l, shift, added);
    const int new_last = std::max(last_row > shift.last ? map_row(shift, last_row) : shift.first - 1, shift.first + shift.count - 1);
    int last_col = 0;
    for (int c : fill.columns)
        if (valid_col(c)) last_col = std::max(last_col, c);
    if (!l.style.empty()) last_col = std::max(last_col, l.style.rbegin()->first);
    move_sheet_parts(ws, shift, std::max(new_last, 0), last_col, sheet, rep);
    move_extensions(ws, shift, sheet, rep);
    return {};
}

// ---- the package ---------------------------------------------------------------------------------------

// The workbook's names that point at the sheet, moved; removed when they cannot be.
bool move_names(pugi::xml_document& wb, const std::string& sheet, const RowShift& s, XlsxFillReport& rep) {
    pugi::xml_node names = first(wb.document_element(), "definedNames");
    bool changed = false;
    for (pugi::xml_node d = first(names, "definedName"), next; d; d = next) {
        next = d.next_sibling();
        if (!is(d, "definedName")) continue;
        std::string text = d.text().get();
        if (!rewrite_refs(text, s, sheet, false)) {
            names.remove_child(d);
            rep.removed++;
            changed = true;
        } else if (text != d.text().get()) {
            d.text().set(text.c_str());
            changed = true;
        }
    }
    if (names && !first(names, "definedName")) wb.document_element().remove_child(names), changed = true;
    return changed;
}

// Pictures and shapes anchored below the data (a seal or a signature by the footer) move with the
// rows; one anchored inside the old data stays where it was (nothing says which new row it belongs to).
OfficeProblem move_drawings(ZipReader& zip, const std::string& sheet_part, const RowShift& s,
                            std::map<std::string, std::string>& changed) {
    const std::string rels_part = rels_of(sheet_part);
    if (s.delta() == 0 || !zip.has(rels_part)) return {};
    pugi::xml_document rels;
    if (OfficeProblem p = parse_part(zip, rels_part, rels)) return p;
    for (pugi::xml_node r = first(rels.document_element(), "Relationship"); r; r = r.next_sibling()) {
        const std::string_view type = attr(r, "Type").value();
        if (!is(r, "Relationship") || type.size() < 8 || type.substr(type.size() - 8) != "/drawing") continue;
        const std::string part = resolve_target(sheet_part, attr(r, "Target").value());
        pugi::xml_document d;
        if (!zip.has(part) || changed.count(part)) continue;
        if (OfficeProblem p = parse_part(zip, part, d, true, kEditOptions)) return p;
        bool moved = false;
        for (pugi::xml_node a = d.document_element().first_child(); a; a = a.next_sibling()) {
            pugi::xml_node from = first(a, "from"), to = first(a, "to");
            const int row = first(from, "row").text().as_int(-1);
            if (row <= s.last) continue; // above the data, or inside it
            for (pugi::xml_node end : {from, to})
                if (pugi::xml_node rn = first(end, "row")) rn.text().set(map_row(s, rn.text().as_int(0))), moved = true;
        }
        if (moved) changed[part] = save_xml(d);
    }
    return {};
}

} // namespace

OfficeProblem fill_xlsx(std::string_view original, const XlsxFill& fill, std::string& out, XlsxFillReport* report) {
    out.clear();
    XlsxFillReport rep;
    Grid grid;
    if (OfficeProblem p = read_xlsx(original, grid)) return p; // a file the reader refuses is not filled
    if (fill.sheet < 0 || std::size_t(fill.sheet) >= grid.sheets.size())
        return problem(OfficeText::FillNoSheet, {{"n", std::to_string(fill.sheet + 1)}, {"count", std::to_string(grid.sheets.size())}});
    ZipReader zip;
    if (OfficeProblem p = zip.open(original, kKind)) return p;
    const std::string wb_part = main_part(zip, "xl/workbook.xml");
    const std::string wb_rels_part = rels_of(wb_part);
    pugi::xml_document wb, wb_rels, ct, doc;
    if (OfficeProblem p = parse_part(zip, wb_part, wb, true, kEditOptions)) return p;
    if (OfficeProblem p = parse_part(zip, wb_rels_part, wb_rels, true, kEditOptions)) return p;
    if (OfficeProblem p = parse_part(zip, "[Content_Types].xml", ct, true, kEditOptions)) return p;
    // The sheet, counted as read_xlsx counts them.
    WorkbookSheet target;
    int k = 0;
    for (const WorkbookSheet& s : workbook_sheets(wb, wb_rels, wb_part)) {
        if (s.part.empty() || !zip.has(s.part)) continue;
        if (OfficeProblem p = parse_part(zip, s.part, doc, true, kEditOptions)) return p;
        if (!is(doc.document_element(), "worksheet")) continue;
        if (k++ == fill.sheet) {
            target = s;
            break;
        }
    }
    RowShift shift;
    if (OfficeProblem p = fill_sheet(doc, grid.sheets[std::size_t(fill.sheet)], fill, target.name, shift, rep)) return p;
    const bool wb_changed = move_names(wb, target.name, shift, rep);
    // calcChain.xml lists formula cells by address: gone, so Excel rebuilds it.
    const std::string calc = rel_target(wb_rels, wb_part, {}, "/calcChain");
    if (!calc.empty()) {
        for (pugi::xml_node r = first(wb_rels.document_element(), "Relationship"), next; r; r = next) {
            next = r.next_sibling();
            const std::string_view type = attr(r, "Type").value();
            if (is(r, "Relationship") && type.size() >= 10 && type.substr(type.size() - 10) == "/calcChain") wb_rels.document_element().remove_child(r);
        }
        for (pugi::xml_node o = first(ct.document_element(), "Override"), next; o; o = next) {
            next = o.next_sibling();
            if (is(o, "Override") && attr(o, "PartName").value() == "/" + calc) ct.document_element().remove_child(o);
        }
    }
    std::map<std::string, std::string> changed{{target.part, save_xml(doc)}};
    if (wb_changed) changed[wb_part] = save_xml(wb);
    if (!calc.empty()) changed[wb_rels_part] = save_xml(wb_rels), changed["[Content_Types].xml"] = save_xml(ct);
    if (OfficeProblem p = move_drawings(zip, target.part, shift, changed)) return p;
    std::vector<std::pair<std::string, std::string>> parts;
    for (const std::string& name : zip.names()) {
        if (name == calc) continue;
        std::string bytes;
        if (auto it = changed.find(name); it != changed.end()) bytes = std::move(it->second);
        else if (OfficeProblem p = zip.read(name, bytes)) return p;
        parts.emplace_back(name, std::move(bytes));
    }
    out = write_zip(parts);
    if (out.empty()) return problem(OfficeText::NotZip, {{"kind", kKind}});
    if (report) *report = rep;
    return {};
}

} // namespace rectify::office
