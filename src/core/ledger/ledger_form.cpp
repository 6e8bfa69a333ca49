// ledger_form: see ledger_form.h.
#include "core/ledger/ledger_form.h"

#include "core/date_text.h"
#include "core/format/base64.h"
#include "core/format/json_out.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledger_mapping.h"

namespace rectify {

LedgerForm ledger_form_of(const std::string& file_name, std::string_view xlsx, const ImportPreview& preview) {
    LedgerForm f;
    if (xlsx.size() > kMaxFormBytes) return f;
    f.name = file_name;
    f.xlsx = base64_encode(xlsx);
    f.sheet = preview.sheet;
    f.header_row = preview.header_line + std::max(preview.header_rows, 1) - 1;
    for (LedgerField field : preview.mapping) f.columns.push_back(ledger_field_key(field));
    return f;
}

// The done date a form's 完成时间 shows: the actual completion date when recorded, else the newest
// progress entry's date of a finished measure.
static std::string done_date(const Measure& m, Lang lang) {
    if (!m.completed_on.empty()) return format_date(m.completed_on, lang);
    if (m.status != Status::Done && m.status != Status::DoneOngoing) return {};
    Date latest;
    for (const ProgressEntry& e : m.progress)
        if (alive(e) && latest < e.date) latest = e.date;
    return latest.empty() ? std::string() : format_date(latest, lang);
}

FormFill ledger_form_fill(const Workspace& ws, const Plan& plan, Lang lang) {
    FormFill out;
    out.sheet = plan.form.sheet;
    out.header_row = plan.form.header_row;
    std::vector<LedgerField> fields;
    for (size_t c = 0; c < plan.form.columns.size(); c++) {
        LedgerField f = LedgerField::None;
        // Columns of no field, and 备注 (kept in the app as progress, not as a note of its own), are
        // left empty in the new rows, in the form's own style.
        if (!ledger_field_from_key(plan.form.columns[c], f) || f == LedgerField::None || f == LedgerField::Note) continue;
        out.columns.push_back(int(c));
        fields.push_back(f);
        if (f == LedgerField::Problem || f == LedgerField::ProblemCode || f == LedgerField::Departments) out.merge.push_back(int(c));
        if (f == LedgerField::Seq) out.numbers.push_back(int(c));
    }
    const LedgerCells cells(ws, lang);
    for (const LedgerRow& row : ledger_rows(ws, plan.id)) {
        const Measure& m = ws.plans[row.plan].problems[row.problem].measures[row.measure];
        std::vector<std::string>& r = out.rows.emplace_back();
        for (LedgerField f : fields) {
            // The form's own numbering, its 完成时间, its 整改情况 (the latest progress); every other
            // field is the ledger column it is imported from (备注 stays empty: kept as progress).
            const LedgerColumn c = ledger_column_of(f);
            if (f == LedgerField::Seq) r.push_back(std::to_string(row.seq));
            else if (f == LedgerField::DoneDate) r.push_back(done_date(m, lang));
            else if (f == LedgerField::Situation) r.push_back(cells(row, LedgerColumn::LatestProgress));
            else if (c != LedgerColumn::Count) r.push_back(cells(row, c));
            else r.emplace_back();
        }
    }
    return out;
}

std::string form_fill_json(const LedgerForm& form, const FormFill& fill) {
    JsonOut o;
    o.begin_object().field("xlsx", form.xlsx).field("sheet", fill.sheet).field("header_row", fill.header_row);
    o.key("columns").begin_array();
    for (int c : fill.columns) o.value(c);
    o.end_array().key("rows").begin_array();
    for (const auto& r : fill.rows) o.value(r);
    o.end_array().key("merge").begin_array();
    for (int c : fill.merge) o.value(c);
    o.end_array().key("numbers").begin_array();
    for (int c : fill.numbers) o.value(c);
    o.end_array().end_object();
    return o.str();
}

} // namespace rectify
