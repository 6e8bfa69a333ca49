// libxlsxwriter 1.1.4 (bookworm) writes to a file only (workbook_new_opt has no output buffer
// before 1.1.5), so the workbook goes to a temporary file that is read back and removed: a real
// file natively, an in-memory (MEMFS) file in wasm.
#include "xlsx/xlsx_writer.h"

#include <xlsxwriter.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <unistd.h>

namespace rectify {

namespace {

constexpr size_t kMaxCellChars = 32767; // Excel's limit per cell
constexpr size_t kMaxHeaderChars = 200; // Excel allows 255 in a page header, codes included

// The first n code points of UTF-8 text.
std::string utf8_prefix(const std::string& s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < s.size(); i++) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && count++ == n) return s.substr(0, i);
    }
    return s;
}

// Excel: 1–31 characters, none of []:*?/\, not starting or ending with an apostrophe.
std::string sheet_name(const std::string& name) {
    std::string out;
    for (char c : name)
        if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) out += c;
    while (!out.empty() && out.front() == '\'') out.erase(0, 1);
    out = utf8_prefix(out, 31);
    while (!out.empty() && out.back() == '\'') out.pop_back();
    return out.empty() ? "Sheet1" : out;
}

bool all_digits(const std::string& s) {
    if (s.empty() || s.size() > 15) return false; // beyond 15 digits Excel loses precision
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// Unique across processes too: under Emscripten getpid() is the same constant in every
// process, so two tests run at once (ctest -j, NODERAWFS: the real /tmp) would share a name.
std::string temp_path() {
    static std::atomic<unsigned> counter{0};
    static const unsigned long long nonce = [] {
        std::random_device rd;
        return (static_cast<unsigned long long>(rd()) << 32) ^ rd();
    }();
    const char* dir = std::getenv("TMPDIR");
    std::string d = dir && *dir ? dir : "/tmp";
    return d + "/rectify-" + std::to_string(getpid()) + "-" + std::to_string(nonce) + "-" + std::to_string(counter++) + ".xlsx";
}

void check(lxw_error e, const char* what) {
    if (e != LXW_NO_ERROR) throw XlsxError(std::string(what) + ": " + lxw_strerror(e));
}

lxw_format* cell_format(lxw_workbook* wb, bool wrap, bool header) {
    lxw_format* f = workbook_add_format(wb);
    format_set_font_name(f, "宋体"); // what Chinese Excel and WPS have everywhere
    format_set_font_size(f, 11);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    if (wrap) format_set_text_wrap(f);
    if (header) {
        format_set_bold(f);
        format_set_pattern(f, LXW_PATTERN_SOLID);
        format_set_bg_color(f, 0xD9E1F2);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    }
    return f;
}

void fill(lxw_workbook* wb, const XlsxSheet& s) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name(s.name).c_str());
    if (!ws) throw XlsxError("cannot add the worksheet");
    const size_t columns = s.header.size();
    if (columns == 0) throw XlsxError("the sheet has no columns");
    if (columns > LXW_COL_MAX || s.rows.size() + 1 > LXW_ROW_MAX) throw XlsxError("the sheet is larger than Excel allows");
    lxw_format* head = cell_format(wb, true, true);
    lxw_format* plain = cell_format(wb, false, false);
    lxw_format* wrapped = cell_format(wb, true, false);
    auto wraps = [&s](size_t c) { return c < s.wrap.size() && s.wrap[c]; };
    for (size_t c = 0; c < columns; c++) {
        const double w = c < s.widths.size() && s.widths[c] > 0 ? s.widths[c] : 10;
        check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), w, wraps(c) ? wrapped : plain), "column");
    }
    auto put = [&](lxw_row_t r, size_t c, const std::string& text, lxw_format* f) {
        if (text.empty()) {
            check(worksheet_write_blank(ws, r, lxw_col_t(c), f), "cell");
        } else if (r > 0 && c < s.numeric.size() && s.numeric[c] && all_digits(text)) {
            check(worksheet_write_number(ws, r, lxw_col_t(c), std::strtod(text.c_str(), nullptr), f), "cell");
        } else {
            const std::string cut = text.size() > kMaxCellChars ? utf8_prefix(text, kMaxCellChars) : text;
            check(worksheet_write_string(ws, r, lxw_col_t(c), cut.c_str(), f), "cell");
        }
    };
    for (size_t c = 0; c < columns; c++) put(0, c, s.header[c], head);
    for (size_t r = 0; r < s.rows.size(); r++)
        for (size_t c = 0; c < columns; c++)
            put(lxw_row_t(r + 1), c, c < s.rows[r].size() ? s.rows[r][c] : std::string(), wraps(c) ? wrapped : plain);

    if (s.freeze_header) worksheet_freeze_panes(ws, 1, 0);
    if (s.autofilter) check(worksheet_autofilter(ws, 0, 0, lxw_row_t(s.rows.size()), lxw_col_t(columns - 1)), "autofilter");
    if (s.landscape) {
        worksheet_set_landscape(ws);
        worksheet_set_paper(ws, 9); // A4
        worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
        worksheet_fit_to_pages(ws, 1, 0); // one page wide, as many long as it takes
        check(worksheet_repeat_rows(ws, 0, 0), "repeat rows");
        if (!s.print_title.empty()) {
            std::string title;
            for (char c : utf8_prefix(s.print_title, kMaxHeaderChars)) title += c == '&' ? "&&" : std::string(1, c);
            check(worksheet_set_header(ws, ("&C" + title).c_str()), "page header");
        }
        check(worksheet_set_footer(ws, "&C第 &P 页 / 共 &N 页"), "page footer");
    }
}

} // namespace

std::string write_xlsx(const XlsxSheet& sheet) {
    const std::string path = temp_path();
    lxw_workbook_options options = {};
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    if (!wb) throw XlsxError("cannot create the workbook");
    try {
        fill(wb, sheet);
    } catch (...) {
        workbook_close(wb); // also frees it
        std::remove(path.c_str());
        throw;
    }
    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        std::remove(path.c_str());
        check(e, "writing the file");
    }
    // stdio rather than <fstream>: iostreams would add about 100 kB to the wasm module.
    std::string bytes;
    if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
        char buf[65536];
        for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) bytes.append(buf, n);
        std::fclose(f);
    }
    std::remove(path.c_str());
    if (bytes.empty()) throw XlsxError("the written file is empty");
    return bytes;
}

} // namespace rectify
