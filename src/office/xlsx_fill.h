// xlsx_fill: 按原表导出 — a ledger form received as .xlsx filled with the current data, keeping its
// layout. Only the chosen sheet's data rows change: the title and header rows above them, the footer
// below (填报人：… 填报日期：…, totals), column widths, print setup, styles, other sheets and every other
// part of the package stay as the office received them (copied byte for byte).
//
// What happens to the sheet:
// - The data rows are those after the header up to the footer (fill_footer_first finds it unless the
//   caller names it); empty rows just above the footer that are not styled like the first data row
//   are spacing and stay with the footer.
// - Each new cell takes the style (s) of its column in the template's first data row, each new row
//   that row's attributes (height, style); with no data row in the template (a header-only form, a
//   header at the last row) the column's own style (<col style>) is used. Text is written as inline
//   strings (sharedStrings.xml is not touched), line breaks kept, characters XML cannot hold left out,
//   at most 32767 characters a cell (Excel's limit). A row whose text needs more lines than its
//   height holds is made taller (estimated from the column widths).
// - Merges inside the data are removed; horizontal merges of the first data row repeat on every new
//   row. In a merge column, runs of equal consecutive non-empty values merge vertically when the
//   template merged that column in its data rows (its own convention: a form whose superior did not
//   merge is not given merges), or always when the caller sets merge_always.
// - Rows below move with their cells, merges, formulas, hyperlinks and page breaks. References are
//   moved by xlsx_refs: a range spanning all the data rows spans all the new ones (a SUM footer, the
//   print area, an autoFilter, a validation over the column); a reference into the data that is not
//   such a span cannot be said for the new rows, so the formula is dropped keeping its last value
//   (in a shared formula, the whole group), and a conditional format, validation, autoFilter,
//   hyperlink or defined name is removed. calcChain.xml goes (with its relationship and content
//   type) so Excel recomputes. Excel 2010's validations and formats (extLst) follow the same rules.
//   Pictures and shapes anchored below the data (a seal by the footer) move with the rows; one
//   anchored inside the old data stays where it was. Cell comments (and their VML shapes) are not
//   moved: a form received for filling in has none on its footer.
// Index: XlsxFill · XlsxFillReport · fill_xlsx · fill_footer_first.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/import/office_messages.h"
#include "core/ledger/grid.h"

namespace rectify::office {

struct XlsxFill {
    int sheet = 0;         // index among read_xlsx's sheets
    int header_last = 0;   // the header's last row, 0-based as Grid rows (-1: no header)
    int footer_first = -1; // the footer's first row in the template, 0-based; -1: fill_footer_first finds it
    std::vector<int> columns;                   // the columns filled, 0-based
    std::vector<std::vector<std::string>> rows; // each new row: the text of each of `columns` (UTF-8)
    std::vector<int> merge_columns;             // columns whose runs of equal values may merge (问题, 责任科室)
    bool merge_always = false;                  // merge them even where the template did not
    std::vector<int> number_columns;            // columns whose plain numbers are written as numbers (序号)
};

// What was done, for the caller to tell the user and for tests.
struct XlsxFillReport {
    int template_rows = 0;    // data rows removed
    int footer_first = -1;    // the template's footer row found or given (0-based), -1: none
    int merges = 0;           // merges made in the new data
    int formulas_dropped = 0; // formulas whose references could not be moved (values kept)
    int removed = 0;          // conditional formats, validations, filters, links, names removed
};

OfficeProblem fill_xlsx(std::string_view original, const XlsxFill& fill, std::string& out,
                        XlsxFillReport* report = nullptr);

// The footer's first row in `sheet` after the header: the first row whose first text starts with a
// footer word (填报人, 填报单位, 填报日期, 制表, 审核, 负责人, 联系人, 联系电话, 合计, 总计, 小计, 备注：, 注：,
// 说明：) or that `total_rows` marks (a SUM/SUBTOTAL/COUNT… formula); -1 when none.
int fill_footer_first(const GridSheet& sheet, int header_last, const std::vector<bool>& total_rows = {});

} // namespace rectify::office
