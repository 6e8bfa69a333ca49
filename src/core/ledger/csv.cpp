// Index: export · decode_text (UTF-8, UTF-16, GB18030 through gb18030.h) · parse_csv.
// The import (preview and apply) is in ledger_import.cpp.
#include "core/ledger/csv.h"

#include "core/ledger/gb18030.h"
#include "core/utf8.h"

namespace rectify {

// ---- export ----------------------------------------------------------------------------------------

// Apostrophes, then a character that starts a formula.
static bool formula_like(std::string_view cell) {
    size_t i = cell.find_first_not_of('\'');
    return i != std::string_view::npos && std::string_view("=+-@\t\r").find(cell[i]) != std::string_view::npos;
}

std::string escape_csv_formula(std::string_view cell) {
    return formula_like(cell) ? "'" + std::string(cell) : std::string(cell);
}

std::string_view unescape_csv_formula(std::string_view cell) {
    if (!cell.empty() && cell[0] == '\'' && formula_like(cell.substr(1))) cell.remove_prefix(1);
    return cell;
}

static void put_cell(std::string& out, std::string_view cell) {
    const char* escape = formula_like(cell) ? "'" : ""; // escape_csv_formula, without a copy per cell
    if (cell.find_first_of(",\"\r\n") == std::string::npos) {
        out += escape;
        out += cell;
        return;
    }
    out += '"';
    out += escape; // inside the quotes: a quoted field must begin with the quote
    for (char ch : cell) {
        if (ch == '"') out += '"';
        out += ch;
    }
    out += '"';
}

std::string ledger_csv(const Workspace& ws, const std::vector<LedgerRow>& rows, Lang lang) {
    std::string out = "\xEF\xBB\xBF";
    const std::vector<LedgerColumn>& columns = ledger_columns(ledger_every_plan(rows));
    for (LedgerColumn c : columns) {
        if (c != columns.front()) out += ',';
        put_cell(out, ledger_header(c, lang));
    }
    out += "\r\n";
    LedgerCells cells(ws, lang);
    std::string cell;
    for (const LedgerRow& r : rows) {
        for (LedgerColumn c : columns) {
            if (c != columns.front()) out += ',';
            cell.clear();
            cells.append(cell, r, c);
            put_cell(out, cell);
        }
        out += "\r\n";
    }
    return out;
}

// ---- decode_text -------------------------------------------------------------------------------------

static bool valid_utf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = (unsigned char)s[i];
        size_t n = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : 9;
        if (n == 9 || i + n >= s.size() + (n == 0)) return false;
        for (size_t k = 1; k <= n; k++)
            if (((unsigned char)s[i + k] & 0xC0) != 0x80) return false;
        i += n + 1;
    }
    return true;
}

// UTF-16 after its BOM, without iconv (simple, and the same everywhere). Unpaired surrogates fail.
static bool from_utf16(std::string_view b, bool big_endian, std::string& out) {
    if (b.size() % 2) return false;
    auto unit = [&](size_t i) {
        unsigned char x = (unsigned char)b[i], y = (unsigned char)b[i + 1];
        return char32_t(big_endian ? (x << 8 | y) : (y << 8 | x));
    };
    for (size_t i = 0; i < b.size(); i += 2) {
        char32_t c = unit(i);
        if (c >= 0xD800 && c < 0xDC00) {
            if (i + 2 >= b.size()) return false;
            char32_t lo = unit(i + 2);
            if (lo < 0xDC00 || lo >= 0xE000) return false;
            c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
            i += 2;
        } else if (c >= 0xDC00 && c < 0xE000) return false;
        append_utf8(out, c);
    }
    return true;
}

bool decode_text(std::string_view bytes, std::string& utf8, std::string& encoding_name) {
    utf8.clear();
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3), encoding_name = "UTF-8";
    else if (bytes.substr(0, 2) == "\xFF\xFE") {
        encoding_name = "UTF-16LE";
        return from_utf16(bytes.substr(2), false, utf8);
    } else if (bytes.substr(0, 2) == "\xFE\xFF") {
        encoding_name = "UTF-16BE";
        return from_utf16(bytes.substr(2), true, utf8);
    } else if (valid_utf8(bytes)) encoding_name = "UTF-8";
    else {
        encoding_name = "GB18030";
        return gb18030_to_utf8(bytes, utf8); // per build: iconv natively, TextDecoder in wasm
    }
    if (!valid_utf8(bytes)) return false; // a BOM, then bytes that are not UTF-8
    utf8.assign(bytes);
    return true;
}

// ---- parse_csv ---------------------------------------------------------------------------------------

std::vector<std::vector<std::string>> parse_csv(std::string_view s, std::vector<int>* start_lines, char sep) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> rec;
    std::string field;
    bool quoted = false, any = false; // inside quotes; the record has begun
    size_t i = 0;
    int line = 1;
    auto end_record = [&] {
        rec.push_back(std::move(field));
        field.clear();
        records.push_back(std::move(rec));
        rec.clear();
        any = false;
    };
    while (i < s.size()) {
        char c = s[i++];
        if (!any && !quoted && start_lines) start_lines->push_back(line);
        if (c == '\r' || (c == '\n' && !(i >= 2 && s[i - 2] == '\r'))) line++; // CRLF counts once
        if (quoted) {
            if (c != '"') field += c;
            else if (i < s.size() && s[i] == '"') field += '"', i++;
            else quoted = false;
            continue;
        }
        any = true;
        if (c == '"') quoted = true;
        else if (c == sep) rec.push_back(std::move(field)), field.clear();
        else if (c == '\r' || c == '\n') {
            if (c == '\r' && i < s.size() && s[i] == '\n') i++;
            end_record();
        } else field += c;
    }
    if (any || quoted) end_record();
    return records;
}

} // namespace rectify
