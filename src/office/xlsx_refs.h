// xlsx_refs: references to a sheet's rows after its data rows were replaced (xlsx_fill). The rows
// before the data stay, the rows after it move by the change in count, and a reference into the data
// survives only as a range spanning all of it (SUM(E3:E5) over data rows 3–5 becomes SUM(E3:E9) for
// seven new rows); anything else that points inside the data cannot be said for the new rows and
// the caller drops it rather than leave it wrong.
// Index: RowShift · map_row/map_range · rewrite_refs (formulas, defined names) · map_sqref.
#pragma once
#include <string>
#include <string_view>

namespace rectify::office {

// Rows are 0-based. The old data rows are first..last (last = first - 1 when there were none); `count`
// new rows take their place.
struct RowShift {
    int first = 0, last = -1, count = 0;
    int delta() const { return count - (last - first + 1); }
    bool identity() const { return delta() == 0 && last < first && count == 0; }
};

// A row outside the data moved, or -1 (inside the data).
int map_row(const RowShift& s, int row);
// A range's rows (row0 <= row1) moved; false when it points into the data other than as a span of all
// of it, or when the range is left with no rows.
bool map_range(const RowShift& s, int& row0, int& row1);

// Rewrites the A1 references of a formula (or a defined name's text) that point at `sheet`: those
// qualified with its name ('台账'!$A$1, 台账!A:A) and, when `unqualified_is_sheet`, the unqualified
// ones. Text in quotes, other sheets, other workbooks, functions and names are copied as they are.
// `data_refs_kept`: a single reference into the data stays as written (a conditional format's or a
// validation's formula is relative to its range's top-left cell, which does not move). False when a
// reference cannot be mapped: the formula must go.
bool rewrite_refs(std::string& formula, const RowShift& s, std::string_view sheet, bool unqualified_is_sheet,
                  bool data_refs_kept = false);

// A space-separated list of cells and ranges (sqref): each mapped; those that cannot be are left out.
// False when none is left.
bool map_sqref(std::string& sqref, const RowShift& s);

} // namespace rectify::office
