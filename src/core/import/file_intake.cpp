#include "core/import/file_intake.h"

#include <cctype>

#include "core/file_name.h"
#include "core/format/messages.h"
#include "core/format/prescan.h"

namespace rectify {

std::string_view office_name_kind(std::string_view name) {
    if (name_ends_with(name, ".xlsx") || name_ends_with(name, ".xlsm")) return "xlsx";
    if (name_ends_with(name, ".docx") || name_ends_with(name, ".docm")) return "docx";
    return {};
}

bool is_plan_file(std::string_view name, Want want) { return want == Want::PlanFiles || name_ends_with(name, ".json"); }

IncomingPlan read_plan_file(std::string name, std::string_view bytes, Lang lang) {
    IncomingPlan out;
    out.name = std::move(name);
    LoadResult r = load_workspace(bytes);
    out.ok = r.ok;
    if (r.ok) {
        out.ws = std::move(r.workspace);
        out.info = std::move(r.info);
    } else {
        out.error = format_error(r.error, lang);
        out.needs_upgrade = r.error.key == Msg::NeedsUpgrade;
    }
    return out;
}

bool is_ledger_name(std::string_view name, Want want) {
    return want == Want::Ledger || name_ends_with(name, ".csv") || name_ends_with(name, ".tsv") || name_ends_with(name, ".txt");
}

// A document's text can have a line naming two fields (责任科室：基教科，责任人：…): a .txt is read
// as a ledger only when its very first line is the header.
static bool txt_is_ledger(const ImportPreview& p) {
    if (!p.ok() || p.header_line != 1) return false;
    for (const ImportRow& r : p.rows)
        if (r.ok) return true;
    return false;
}

Intake classify_incoming(std::string_view name, Want want, std::string_view bytes, int default_year, Lang lang) {
    Intake in;
    if (is_envelope(bytes)) { // by its content, before its name: the password is asked for
        in.kind = IntakeKind::Encrypted;
        in.envelope = read_envelope(bytes);
        return in;
    }
    if (is_plan_file(name, want)) { // by its name: the loader says what else it is, if it is not one
        in.kind = IntakeKind::PlanFile;
        in.plan = read_plan_file(std::string(name), bytes, lang);
        return in;
    }
    if ((in.other = sniff_other_format(bytes))) {
        in.kind = IntakeKind::OtherFormat;
        return in;
    }
    // Named as a Word or Excel file but not one by its bytes (cut short, damaged): the office reader
    // says what is wrong with it, rather than "not taken".
    if (const std::string_view office = office_name_kind(name); !office.empty()) {
        in.other = office.data();
        in.kind = IntakeKind::OtherFormat;
        return in;
    }
    if (!is_ledger_name(name, want)) return in; // NotTaken
    GridRead g = read_csv_grid(bytes);
    if (g.ok()) in.ledger = preview_ledger_grid(g.grid, 0, nullptr, default_year);
    else in.ledger.error_zh = std::move(g.error_zh), in.ledger.error_en = std::move(g.error_en);
    in.ledger.encoding = g.encoding;
    in.grid = std::move(g.grid);
    // A .txt is a ledger only if it has a ledger's columns, a header on its first line with a
    // measure column and a row to import; otherwise it is the text of a document (a plan or a
    // progress report), which the text import reads (and says so when it is not text).
    if (want != Want::Ledger && name_ends_with(name, ".txt") && !txt_is_ledger(in.ledger)) {
        in.ledger = ImportPreview{};
        in.grid = Grid{};
        in.kind = IntakeKind::DocumentText;
        return in;
    }
    in.kind = IntakeKind::Ledger;
    return in;
}

} // namespace rectify
