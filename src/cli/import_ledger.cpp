// rectify import [--lang zh|en] [--sheet N] [--map COLUMN=FIELD]... FILE -o OUT: a new plan file
// (a workspace with the one plan) from a ledger (整改台账: CSV/TSV/TXT, or an Excel .xlsx through
// src/office; a Word .docx goes to the text import instead), read as the app's import reads it
// (csv.h preview_ledger_grid): the header found, the columns mapped (each --map overrides one),
// every row left out named with its reason, the plan titled by the title row or the file name.
// Index: grid readers by file kind · --sheet · --map · import_ledger.
#include <cstdio>

#include "cli/cli.h"
#include "core/import/file_intake.h"
#include "core/commands.h"
#include "core/date_text.h"
#include "core/directory.h"
#include "core/ledger/csv.h"
#include "core/ledger/ledger_form.h"
#include "office/office_read.h"
#include "core/file_name.h"

namespace rectify::cli {

namespace {

// ---- grid readers --------------------------------------------------------------------------------
// Each kind of ledger file has one reader making a Grid; everything after it is the same.

using GridReader = GridRead (*)(std::string_view bytes);

// An Excel workbook, through the office reader (src/office), as the app's office module reads one.
GridRead read_workbook_grid(std::string_view bytes) {
    GridRead g;
    OfficeRead r = office::read_office_file(bytes, "ledger.xlsx");
    if (r.kind == OfficeRead::Kind::Workbook) g.grid = std::move(r.grid);
    else {
        g.error_zh = r.error(Lang::Zh);
        g.error_en = r.error(Lang::En);
    }
    return g;
}

GridReader reader_for(const std::string& path) {
    for (const char* text : {".csv", ".tsv", ".txt"})
        if (name_ends_with(path, text)) return read_csv_grid;
    if (office_name_kind(path) == "xlsx") return read_workbook_grid;
    return nullptr;
}

// ---- --sheet and --map ---------------------------------------------------------------------------

// "1" is the first sheet; otherwise a sheet's name. -1 when none matches.
int sheet_index(const Grid& g, const std::string& arg) {
    for (size_t i = 0; i < g.sheets.size(); i++)
        if (g.sheets[i].name == arg) return int(i);
    if (arg.empty() || arg.find_first_not_of("0123456789") != std::string::npos || arg.size() > 6) return -1;
    const int n = std::stoi(arg);
    return n >= 1 && size_t(n) <= g.sheets.size() ? n - 1 : -1;
}

// The column COLUMN names: a letter (A, AB), a number from 1, or a header as read. -1: none.
int column_of(const ImportPreview& p, std::string_view name) {
    name = trim_name(name);
    for (size_t c = 0; c < p.headers.size(); c++)
        if (p.headers[c] == name) return int(c);
    if (!name.empty() && name.find_first_not_of("0123456789") == std::string_view::npos && name.size() < 6) {
        const int n = std::stoi(std::string(name));
        return n >= 1 && size_t(n) <= p.headers.size() ? n - 1 : -1;
    }
    for (size_t c = 0; c < p.headers.size(); c++)
        if (ledger_column_letter(c) == name) return int(c);
    return -1;
}

// Applies each COLUMN=FIELD to the mapping; false with the one it could not read in `bad`.
bool apply_maps(const ImportPreview& p, const std::vector<std::string>& maps, std::vector<LedgerField>& mapping,
                std::string& bad) {
    for (const std::string& m : maps) {
        const size_t eq = m.rfind('=');
        LedgerField f = LedgerField::None;
        const int c = eq == std::string::npos ? -1 : column_of(p, std::string_view(m).substr(0, eq));
        if (c < 0 || !ledger_field_by_name(std::string_view(m).substr(eq + 1), f)) {
            bad = m;
            return false;
        }
        mapping[size_t(c)] = f;
    }
    return true;
}

} // namespace

// ---- import_ledger ---------------------------------------------------------------------------------

int import_ledger(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--sheet", "--map"});
    const char* synopsis = "[--lang zh|en] [--sheet N] [--map COLUMN=FIELD]... FILE.(csv|xlsx|docx|txt) -o OUT";
    if (!a.error.empty() || a.files.size() != 1 || a.out.empty())
        return usage_error(a, "import", a.error.empty() ? say(Say::NeedLedgerOut, a.lang) : a.error.c_str(), synopsis);
    const std::string& path = a.files[0];
    // A Word document is a document, not a sheet: the text import reads it (its tables included).
    if (office_name_kind(path) == "docx") {
        if (!a.sheet.empty() || !a.maps.empty()) return usage_error(a, "import", say(Say::DocxNoSheet, a.lang), synopsis);
        return import_text(argc, argv);
    }
    const GridReader read = reader_for(path);
    if (!read) return usage_error(a, "import", say(Say::LedgerKinds, a.lang), synopsis);
    std::string bytes, error;
    if (!read_file(path, !office_name_kind(path).empty() ? InputKind::OfficeFile : InputKind::LedgerCsv, a.lang, bytes, error)) {
        print(stderr, Say::PathSays, a.lang, {{"path", path}, {"why", error}});
        return 1;
    }
    const Date today = date_from_ms(now_ms(), 480);
    const GridRead g = read(bytes);
    if (!g.ok()) {
        print(stderr, Say::PathSays, a.lang, {{"path", path}, {"why", a.lang == Lang::En ? g.error_en : g.error_zh}});
        return 1;
    }
    int sheet = -1;
    if (!a.sheet.empty() && (sheet = sheet_index(g.grid, a.sheet)) < 0) {
        print(stderr, Say::PathSays, a.lang,
              {{"path", path}, {"why", say(Say::NoSuchSheet, a.lang, {{"sheet", a.sheet}, {"n", g.grid.sheets.size()}})}});
        return 1;
    }
    ImportPreview p = preview_ledger_grid(g.grid, sheet, nullptr, today.y);
    if (!a.maps.empty() && !p.headers.empty()) {
        std::vector<LedgerField> mapping = p.mapping;
        std::string bad;
        if (!apply_maps(p, a.maps, mapping, bad)) return usage_error(a, "import", say(Say::MapValue, a.lang, {{"map", bad}}).c_str(), synopsis);
        p = preview_ledger_grid(g.grid, p.sheet, &mapping, today.y);
    }
    if (!p.headers.empty()) { // what was read, so that a --map can be written from it
        const std::string title = p.title.empty() ? "" : say(Say::ImportTitle, a.lang, {{"title", p.title}});
        const std::string name = p.sheet_names[size_t(p.sheet)];
        print(stdout, Say::ImportSheet, a.lang,
              {{"path", path}, {"sheet", name.empty() ? std::to_string(p.sheet + 1) : name}, {"line", p.header_line}, {"title", title}});
        for (size_t c = 0; c < p.headers.size(); c++)
            print(stdout, Say::ImportColumn, a.lang,
                  {{"column", ledger_column_letter(c)}, {"header", p.headers[c]}, {"field", ledger_field_name(p.mapping[c], a.lang)}});
    }
    if (!p.ok()) {
        print(stderr, Say::PathSays, a.lang, {{"path", path}, {"why", a.lang == Lang::En ? p.error_en : p.error_zh}});
        return 1;
    }
    int ok = 0, bad = 0;
    for (const ImportRow& r : p.rows) {
        (r.ok ? ok : bad)++;
        if (!r.ok) print(stderr, Say::ImportRowLeft, a.lang, {{"why", a.lang == Lang::En ? r.error_en : r.error_zh}});
    }
    Workspace ws;
    IdSource ids;
    ws.id = ids.make("ws");
    History history;
    const std::string title = ledger_plan_title(p, path);
    LedgerTarget target;
    target.new_title = title;
    target.as_of = today;
    if (read == read_workbook_grid) { // the form itself goes with the plan: 按原表导出 fills it
        const size_t slash = path.find_last_of("/\\");
        target.form = ledger_form_of(slash == std::string::npos ? path : path.substr(slash + 1), bytes, p);
    }
    if (!ok || !history.execute(ws, apply_ledger_import(ws, target, p, ids))) {
        print(stderr, Say::ImportNothing, a.lang, {{"path", path}});
        return 1;
    }
    if (!write_plan(a.out, ws, a.lang, "import")) return 1;
    print(stdout, Say::ImportDone, a.lang, {{"ok", ok}, {"bad", bad}, {"hidden", p.hidden_rows}, {"out", a.out}, {"plan", title}});
    return 0;
}

} // namespace rectify::cli
