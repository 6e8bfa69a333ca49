// xlsx_parts: what the .xlsx reader and the template filler both need to find their way in a
// workbook package: relationships (rels_of, rel_target, main_part), the sheets in the order the
// reader gives them (workbook_sheets), and A1 references both ways (cell_ref, range_ref, cell_name).
// Index: relationships · sheets · A1 references · each_cell.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/ledger/grid.h"
#include "office/xml.h"

namespace rectify::office {

// ---- relationships ---------------------------------------------------------------------------------
// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
std::string rels_of(std::string_view part);
// The target of the relationship `id` (or of the first whose type ends with `type_suffix`) in a .rels
// part, resolved against `source_part`; "" when none.
std::string rel_target(const pugi::xml_document& rels, std::string_view source_part, std::string_view id,
                       std::string_view type_suffix = {});
// The package's main part (its officeDocument relationship), else `fallback`.
std::string main_part(ZipReader& zip, const char* fallback);

// ---- sheets ----------------------------------------------------------------------------------------
struct WorkbookSheet {
    pugi::xml_node node; // the <sheet> element in workbook.xml
    int position = 0;    // its place among <sheets> (what a definedName's localSheetId counts)
    std::string name;
    std::string part;    // resolved; "" for a dangling entry
};
// Every <sheet> of the workbook, in order. The reader's sheets are those whose part exists and is a
// <worksheet> (chart and dialog sheets are not): the filler counts them the same way.
std::vector<WorkbookSheet> workbook_sheets(const pugi::xml_document& wb, const pugi::xml_document& wb_rels,
                                           std::string_view wb_part);

// ---- A1 references ---------------------------------------------------------------------------------
// "BC12" -> column 54, row 11 (both 0-based); false when it is not a reference. "$" marks are not
// taken here.
bool cell_ref(std::string_view r, int& col, int& row);
// "A1:C3" -> a range; false when it is not one.
bool range_ref(std::string_view ref, GridMerge& m);
// Column 0 -> "A", 27 -> "AB".
std::string col_name(int col);
// (col, row) 0-based -> "B3".
std::string cell_name(int col, int row);
std::string range_name(const GridMerge& m);

bool truthy(const pugi::xml_attribute& a); // "1" or "true"

// f(cell, column) for each <c> of a <row>: its column from r="B3", or the one after the previous
// cell's when r is missing.
template <class F> void each_cell(const pugi::xml_node& row, F f) {
    int next = 0;
    for (pugi::xml_node c = row.first_child(); c; c = c.next_sibling()) {
        if (!is(c, "c")) continue;
        int col = next, ignored = 0;
        if (pugi::xml_attribute ra = attr(c, "r")) cell_ref(ra.value(), col, ignored);
        next = col + 1;
        f(c, col);
    }
}

} // namespace rectify::office
