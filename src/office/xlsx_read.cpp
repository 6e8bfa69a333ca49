// xlsx_read: an .xlsx workbook as a Grid (office_read.h). SpreadsheetML parts read: the package
// relationships (which part is the workbook), the workbook (sheets, their state, the 1904 date
// system), its relationships (where each sheet is), shared strings, styles (which cells are dates)
// and each sheet: rows, cells, merged ranges, hidden rows.
// Index: cell text (escapes, shared strings) · dates (formats, serials) · sheets · read_xlsx.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

#include "core/date_text.h"
#include "core/dates.h"
#include "core/format/prescan.h"
#include "office/office_read.h"
#include "office/xlsx_parts.h"
#include "office/xml.h"

namespace rectify::office {

namespace {

const char kKind[] = "Excel (.xlsx)";

// ---- cell text -------------------------------------------------------------------------------------

// Excel writes characters XML cannot hold as _xHHHH_ (_x000D_ a carriage return; _x005F_ escapes a
// literal underscore before such a pattern).
std::string unescape_x(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); i++) {
        if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
            bool hex = true;
            unsigned v = 0;
            for (std::size_t k = i + 2; k < i + 6; k++) {
                const char c = s[k];
                hex &= std::isxdigit(static_cast<unsigned char>(c)) != 0;
                v = v * 16 + unsigned(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            }
            if (hex) {
                if (v == '\r') {
                    // a CR before a LF adds nothing; alone it is a line break
                    if (!(i + 7 < s.size() && s[i + 7] == '\n')) out += '\n';
                } else if (v >= 0x20 || v == '\t' || v == '\n') {
                    if (v < 0x80) out += char(v);
                    else if (v < 0x800) out += char(0xC0 | (v >> 6)), out += char(0x80 | (v & 0x3F));
                    else out += char(0xE0 | (v >> 12)), out += char(0x80 | ((v >> 6) & 0x3F)), out += char(0x80 | (v & 0x3F));
                }
                i += 6;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

// The text of an <si> or <is>: its <t>, or its runs' <t>s; phonetic guides (<rPh>, the furigana or
// pinyin Excel keeps above the text) are not the text.
void rich_text(const pugi::xml_node& n, std::string& out) {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        if (is(c, "t")) out += c.text().get();
        else if (is(c, "r")) rich_text(c, out);
    }
}

// ---- dates -------------------------------------------------------------------------------------------

// Built-in number formats that show a date (ECMA-376 18.8.30, and the zh-CN ids 27–36, 50–58).
bool builtin_date(int id) { return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58); }

// A format code shows a date when, outside quoted text, [brackets] and \escaped characters, it has a
// year or day part (y, d) or the Chinese 年/月/日. Times alone (h:mm) are not dates.
bool code_is_date(std::string_view code) {
    bool quoted = false, bracket = false;
    for (std::size_t i = 0; i < code.size(); i++) {
        const char c = code[i];
        if (quoted) { quoted = c != '"'; continue; }
        if (bracket) { bracket = c != ']'; continue; }
        if (c == '"') quoted = true;
        else if (c == '[') bracket = true;
        else if (c == '\\' || c == '_' || c == '*') i++; // the next character is literal (or padding)
        else if (c == 'y' || c == 'Y' || c == 'd' || c == 'D') return true;
        else if (code.compare(i, 3, "年") == 0 || code.compare(i, 3, "日") == 0) return true;
    }
    return false;
}

// A serial day number as a date: 1900 system (day 1 = 1900-01-01, with Lotus's phantom 1900-02-29
// as day 60) or 1904 system (day 0 = 1904-01-01). Fractions are the time of day, dropped.
bool serial_date(std::string_view v, bool date1904, std::string& iso) {
    char* end = nullptr;
    const std::string s(v);
    const double x = std::strtod(s.c_str(), &end);
    if (end == s.c_str() || *end || !(x >= 1) || x > 2958465) return false; // up to 9999-12-31
    long days = long(std::floor(x));
    Date base = date1904 ? Date{1904, 1, 1} : Date{1899, 12, 31};
    if (!date1904 && days >= 60) days -= 1; // the phantom leap day
    iso = to_iso(add_days(base, int(days)));
    return !iso.empty();
}

struct Styles {
    std::vector<bool> date; // per cellXfs index
};

Styles read_styles(const pugi::xml_document& doc) {
    Styles st;
    std::map<int, bool> custom;
    pugi::xml_node sheet = doc.first_child();
    for (pugi::xml_node f = first(first(sheet, "numFmts"), "numFmt"); f; f = f.next_sibling())
        if (is(f, "numFmt")) custom[attr(f, "numFmtId").as_int(-1)] = code_is_date(attr(f, "formatCode").value());
    for (pugi::xml_node x = first(first(sheet, "cellXfs"), "xf"); x; x = x.next_sibling()) {
        if (!is(x, "xf")) continue;
        const int id = attr(x, "numFmtId").as_int(0);
        auto it = custom.find(id);
        st.date.push_back(it != custom.end() ? it->second : builtin_date(id));
    }
    return st;
}

// ---- sheets ------------------------------------------------------------------------------------------

OfficeProblem read_sheet(const pugi::xml_document& doc, const std::vector<std::string>& shared, const Styles& styles,
                         bool date1904, const XlsxLimits& limits, GridSheet& out) {
    pugi::xml_node ws = doc.first_child();
    pugi::xml_node data = first(ws, "sheetData");
    int next_row = 0;
    int max_row = -1;
    std::vector<std::pair<int, std::vector<GridCell>>> rows; // file row, cells
    std::vector<int> hidden;
    for (pugi::xml_node r = data.first_child(); r; r = r.next_sibling()) {
        if (!is(r, "row")) continue;
        const int rn = attr(r, "r").as_int(0);
        const int row = rn > 0 ? rn - 1 : next_row;
        next_row = row + 1;
        if (truthy(attr(r, "hidden"))) hidden.push_back(row);
        std::vector<GridCell> cells;
        each_cell(r, [&](pugi::xml_node c, int col) {
            if (col >= limits.columns) return;
            const std::string_view t = attr(c, "t").value();
            GridCell cell;
            if (t == "inlineStr") {
                rich_text(first(c, "is"), cell.text);
                cell.text = unescape_x(cell.text);
                cell.kind = GridCell::Kind::Text;
            } else {
                pugi::xml_node v = first(c, "v");
                if (!v) return;
                const std::string_view val = v.text().get();
                if (t == "s") {
                    const long k = std::strtol(std::string(val).c_str(), nullptr, 10);
                    if (k >= 0 && std::size_t(k) < shared.size()) cell.text = shared[std::size_t(k)];
                    cell.kind = GridCell::Kind::Text;
                } else if (t == "str" || t == "e") {
                    cell.text = unescape_x(val);
                    cell.kind = GridCell::Kind::Text;
                } else if (t == "b") {
                    cell.text = val == "1" ? "1" : "0";
                    cell.kind = GridCell::Kind::Bool;
                } else { // a number (t="n" or none), or a date by its style
                    const int s = attr(c, "s").as_int(0);
                    std::string iso;
                    if (s >= 0 && std::size_t(s) < styles.date.size() && styles.date[std::size_t(s)] &&
                        serial_date(val, date1904, iso)) {
                        cell.text = iso;
                        cell.kind = GridCell::Kind::Date;
                    } else {
                        cell.text = std::string(val); // as written: 18 digits stay 18 digits
                        cell.kind = GridCell::Kind::Number;
                    }
                }
            }
            if (cell.text.empty()) return;
            if (std::size_t(col) >= cells.size()) cells.resize(std::size_t(col) + 1);
            cells[std::size_t(col)] = std::move(cell);
        });
        if (cells.empty()) continue;
        if (row >= limits.rows)
            return problem(OfficeText::TooManyRows, {{"sheet", out.name}, {"n", std::to_string(limits.rows)}, {"limit", std::to_string(limits.rows)}});
        max_row = std::max(max_row, row);
        rows.emplace_back(row, std::move(cells));
    }
    for (pugi::xml_node m = first(first(ws, "mergeCells"), "mergeCell"); m; m = m.next_sibling()) {
        GridMerge g;
        if (is(m, "mergeCell") && range_ref(attr(m, "ref").value(), g) && g.row0 < limits.rows && g.col0 < limits.columns) {
            g.row1 = std::min(g.row1, limits.rows - 1);
            g.col1 = std::min(g.col1, limits.columns - 1);
            max_row = std::max(max_row, g.row0);
            out.merges.push_back(g);
        }
    }
    out.rows.assign(std::size_t(max_row + 1), {});
    for (auto& [row, cells] : rows) {
        auto& dst = out.rows[std::size_t(row)];
        if (dst.empty()) dst = std::move(cells);
        else // the same row number twice (a broken producer): the later cells fill in
            for (std::size_t c = 0; c < cells.size(); c++)
                if (cells[c].kind != GridCell::Kind::Empty) {
                    if (c >= dst.size()) dst.resize(c + 1);
                    dst[c] = std::move(cells[c]);
                }
    }
    out.hidden_rows.assign(out.rows.size(), false);
    for (int h : hidden)
        if (std::size_t(h) < out.hidden_rows.size()) out.hidden_rows[std::size_t(h)] = true;
    out.source_rows.resize(out.rows.size());
    for (std::size_t i = 0; i < out.rows.size(); i++) out.source_rows[i] = int(i + 1);
    return {};
}

} // namespace

// ---- office_kind -------------------------------------------------------------------------------------

OfficeKind office_kind(std::string_view bytes) {
    if (const char* other = sniff_other_format(bytes)) { // one place knows the magic numbers
        const std::string_view k(other);
        if (k == "ole-encrypted") return OfficeKind::Encrypted;
        if (k == "ole") return OfficeKind::Legacy;
    }
    if (bytes.size() < 4 || bytes.compare(0, 2, "PK") != 0) return OfficeKind::NotOffice;
    ZipReader zip;
    if (zip.open(bytes, "ZIP")) return OfficeKind::OtherZip;
    const std::string main = main_part(zip, "");
    if (zip.has("xl/workbook.xml") || main.find("workbook") != std::string::npos) return OfficeKind::Xlsx;
    if (zip.has("word/document.xml") || main.find("document") != std::string::npos) return OfficeKind::Docx;
    return OfficeKind::OtherZip;
}

// ---- read_xlsx -----------------------------------------------------------------------------------------

OfficeProblem read_xlsx(std::string_view bytes, Grid& out, const XlsxLimits& limits) {
    out = Grid{};
    ZipReader zip;
    if (OfficeProblem p = zip.open(bytes, kKind)) return p;
    const std::string wb_part = main_part(zip, "xl/workbook.xml");
    pugi::xml_document wb, wb_rels, sst, sty;
    if (!zip.has(wb_part) && zip.has("word/document.xml"))
        return problem(OfficeText::WrongKind, {{"actual", "Word (.docx)"}, {"kind", kKind}});
    if (OfficeProblem p = parse_part(zip, wb_part, wb)) return p;
    if (!is(wb.first_child(), "workbook"))
        return problem(OfficeText::WrongKind, {{"actual", is(wb.first_child(), "document") ? "Word (.docx)" : "ZIP"}, {"kind", kKind}});
    if (OfficeProblem p = parse_part(zip, rels_of(wb_part), wb_rels)) return p;
    pugi::xml_node book = wb.first_child();
    const bool date1904 = truthy(attr(first(book, "workbookPr"), "date1904"));

    std::vector<std::string> shared;
    const std::string sst_part = rel_target(wb_rels, wb_part, {}, "/sharedStrings");
    if (!sst_part.empty()) {
        if (OfficeProblem p = parse_part(zip, sst_part, sst, false)) return p;
        for (pugi::xml_node si = first(sst.first_child(), "si"); si; si = si.next_sibling())
            if (is(si, "si")) {
                std::string t;
                rich_text(si, t);
                shared.push_back(unescape_x(t));
            }
    }
    Styles styles;
    const std::string sty_part = rel_target(wb_rels, wb_part, {}, "/styles");
    if (!sty_part.empty()) {
        if (OfficeProblem p = parse_part(zip, sty_part, sty, false)) return p;
        styles = read_styles(sty);
    }
    for (const WorkbookSheet& s : workbook_sheets(wb, wb_rels, wb_part)) {
        GridSheet sheet;
        sheet.name = s.name;
        const std::string_view state = attr(s.node, "state").value();
        sheet.hidden = state == "hidden" || state == "veryHidden";
        const std::string& part = s.part;
        if (part.empty() || !zip.has(part)) continue; // a chart sheet or a dangling entry: nothing to read
        pugi::xml_document doc;
        if (OfficeProblem p = parse_part(zip, part, doc)) return p;
        if (!is(doc.first_child(), "worksheet")) continue; // a chartsheet or dialog sheet
        if (OfficeProblem p = read_sheet(doc, shared, styles, date1904, limits, sheet)) return p;
        out.sheets.push_back(std::move(sheet));
    }
    if (out.sheets.empty()) return problem(OfficeText::NoSheets);
    return {};
}

} // namespace rectify::office
