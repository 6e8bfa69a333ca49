// read_csv_grid (csv.h): a ledger CSV or tab-separated text as a one-sheet Grid, so that it is read
// by the same preview as a workbook.
#include <algorithm>

#include "core/format/input_limits.h"
#include "core/ledger/csv.h"
#include "core/texts.h"

namespace rectify {

static bool refuse(GridRead& out, CoreText why, std::initializer_list<Arg> args = {}) {
    out.error_zh = core_text(why, Lang::Zh, args);
    out.error_en = core_text(why, Lang::En, args);
    out.grid = Grid{};
    return false;
}

static bool digits_only(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Excel's "Unicode text" separates by tabs: the first line with a tab or a comma (a title row above
// the header has neither) has tabs and no comma. Only the first lines are looked at.
static bool tab_separated(std::string_view text) {
    size_t start = 0;
    for (int n = 0; n < 30 && start < text.size(); n++) {
        size_t end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        const bool tab = line.find('\t') != std::string_view::npos, comma = line.find(',') != std::string_view::npos;
        if (tab || comma) return tab && !comma;
        start = end + 1;
    }
    return false;
}

GridRead read_csv_grid(std::string_view file_bytes) {
    GridRead out;
    if (file_bytes.size() > max_input_bytes(InputKind::LedgerCsv)) {
        out.error_zh = too_large_message(InputKind::LedgerCsv, file_bytes.size(), Lang::Zh);
        out.error_en = too_large_message(InputKind::LedgerCsv, file_bytes.size(), Lang::En);
        return out;
    }
    std::string text;
    if (!decode_text(file_bytes, text, out.encoding)) {
        refuse(out, CoreText::LedgerUndecodable);
        return out;
    }
    const bool tabs = tab_separated(text);
    GridSheet sheet;
    auto records = parse_csv(text, &sheet.source_rows, tabs ? '\t' : ',');
    if (records.empty()) {
        refuse(out, CoreText::LedgerEmpty);
        return out;
    }
    if (records.size() > kMaxLedgerRows) {
        refuse(out, CoreText::LedgerTooManyRows, {{"rows", records.size()}, {"limit", kMaxLedgerRows}});
        return out;
    }
    sheet.rows.reserve(records.size());
    for (auto& rec : records) {
        std::vector<GridCell> cells(rec.size());
        for (size_t i = 0; i < rec.size(); i++) {
            std::string_view v = unescape_csv_formula(rec[i]);
            cells[i].text.assign(v.data(), v.size());
            if (!v.empty()) cells[i].kind = digits_only(cells[i].text) ? GridCell::Kind::Number : GridCell::Kind::Text;
        }
        sheet.rows.push_back(std::move(cells));
    }
    out.grid.sheets.push_back(std::move(sheet));
    return out;
}

} // namespace rectify
