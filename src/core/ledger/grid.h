// A workbook as cells: what a ledger file holds before its columns are read. The CSV reader makes a
// one-sheet grid; the office module (src/office) reads an .xlsx into one, with its merged cells and
// hidden rows. ledger import (csv.h) reads its rows from a grid, so both kinds of file get the same
// header search, merged-cell carrying and column mapping.
// Index: GridCell · GridMerge · GridSheet · Grid · JSON both ways.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace rectify {

struct GridCell {
    enum class Kind { Empty, Text, Number, Date, Bool };
    Kind kind = Kind::Empty;
    // Text: the cell's text. Number: the number exactly as the file wrote it (never through a
    // double, so an 18-digit code stays exact). Date: the day as YYYY-MM-DD (a date-formatted
    // number in .xlsx, converted by the reader from the 1900 or 1904 date system). Bool: 1 or 0.
    std::string text;
};

// A merged range, 0-based and inclusive. The reader leaves the value in the top-left cell only,
// as the file does; the ledger import carries it where the range covers the rows it reads.
struct GridMerge {
    int row0 = 0, col0 = 0, row1 = 0, col1 = 0;
};

struct GridSheet {
    std::string name;
    bool hidden = false;                         // a hidden or very hidden sheet
    std::vector<std::vector<GridCell>> rows;     // row r, column c (rows may differ in length)
    std::vector<bool> hidden_rows;               // same length as rows, or empty: none hidden
    std::vector<GridMerge> merges;
    std::vector<int> source_rows;                // the file's 1-based row (or line) of each row
};

struct Grid {
    std::vector<GridSheet> sheets;
};

// The grid as compact JSON, as the office module hands it to the app: {"sheets":[{"name","hidden",
// "rows":[[cell…]…],"hidden_rows":[index…],"merges":[[r0,c0,r1,c1]…],"source_rows":[…]}]}, a cell
// being "" (empty), a string (text) or {"n"|"d"|"b": text} (number, date, boolean); and back.
// grid_from_json returns false with a reason in `error` (English, for the console: the app wrote it).
std::string grid_to_json(const Grid& grid);
bool grid_from_json(std::string_view json, Grid& grid, std::string& error);

} // namespace rectify
