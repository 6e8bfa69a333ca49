// ledger_sheet: the ledger (整改台账) as an XlsxSheet, laid out the way offices keep it in Excel.
#include "core/ledger/sheet.h"

#include <algorithm>

#include "core/texts.h"

namespace rectify {

namespace {

struct ColumnLayout {
    double width; // Excel character units: a CJK character takes about 2
    bool wrap;
};

// In LedgerColumn order. The long texts (问题, 整改措施, 最近进展) get wide wrapped columns, so a
// printed A4 landscape page holds the whole row; codes, status and closing stay on one line.
constexpr ColumnLayout kLayout[kLedgerColumns] = {
    {6, false},  // 序号
    {18, false}, // 问题编号: 15-digit official codes
    {36, true},  // 问题
    {50, true},  // 整改措施: the title, then one step per line
    {16, true},  // 责任科室
    {12, true},  // 责任人
    {12, true},  // 分管领导
    {16, true},  // 整改时限
    {10, false}, // 状态
    {36, true},  // 最近进展
    {9, false},  // 销号
    {24, true},  // 方案 (every plan's ledger)
};

// The width a header needs on one line, filter button included: 2 per CJK (non-ASCII) character.
double header_width(const char* s) {
    double w = 0;
    for (const unsigned char* p = (const unsigned char*)s; *p; p++) {
        if (*p < 0x80) w += 1.1;
        else if ((*p & 0xC0) != 0x80) w += 2.1; // the lead byte of a multi-byte character
    }
    return w + 3; // the autofilter arrow
}

} // namespace

XlsxSheet ledger_sheet(const Workspace& ws, const std::vector<LedgerRow>& rows, Lang lang, const std::string& title) {
    XlsxSheet s;
    s.name = core_text(CoreText::LedgerSheetName, lang);
    s.print_title = title.empty() ? s.name : core_text(CoreText::LedgerPrintTitle, lang, {{"title", title}, {"sheet", s.name}});
    const bool every_plan = ledger_every_plan(rows);
    const std::vector<LedgerColumn>& columns = ledger_columns(every_plan);
    for (LedgerColumn c : columns) {
        const char* h = ledger_header(c, lang);
        s.header.push_back(h);
        s.widths.push_back(std::max(kLayout[int(c)].width, header_width(h)));
        s.wrap.push_back(kLayout[int(c)].wrap);
        s.numeric.push_back(c == LedgerColumn::Seq && !every_plan); // "2-15" is not a number
    }
    LedgerCells cells(ws, lang);
    s.rows.reserve(rows.size());
    for (const LedgerRow& r : rows) {
        std::vector<std::string>& out = s.rows.emplace_back();
        out.reserve(columns.size());
        for (LedgerColumn c : columns) out.push_back(cells(r, c));
    }
    return s;
}

} // namespace rectify
