// rectify ledger [--lang zh|en] [--xlsx | --form] FILE [-o OUT]: every plan's ledger (整改台账), as the
// app exports it: CSV (UTF-8 with a BOM; to stdout without -o) or XLSX (src/xlsx; needs -o); --form:
// the plan's own Excel form filled with its rows (按原表导出, src/office; needs -o), as the app does it.
#include <cstdio>

#include "cli/cli.h"
#include "core/ledger/csv.h"
#include "core/ledger/ledger_form.h"
#include "core/ledger/sheet.h"
#include "office/office_calls.h"
#include "xlsx/xlsx_writer.h"

namespace rectify::cli {

int ledger(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--xlsx", "--form", "--password"});
    if (a.error.empty() && a.xlsx && a.out.empty()) a.error = say(Say::XlsxNeedsOut, a.lang);
    if (a.error.empty() && a.form && a.out.empty()) a.error = say(Say::FormNeedsOut, a.lang);
    if (!a.error.empty() || a.files.size() != 1)
        return usage_error(a, "ledger", a.error.empty() ? say(Say::NeedOneFile, a.lang) : a.error.c_str(),
                           "[--lang zh|en] [--xlsx | --form] FILE [-o OUT]");
    LoadResult r;
    if (!load_file(a.files[0], a.lang, r)) return 1;
    std::string title; // a file of one plan: its title heads the printed pages
    Id only;           // …and its ledger is that plan's (no 方案 column, 序号 from 1)
    int plans = 0;
    for (const Plan& p : r.workspace.plans)
        if (alive(p) && ++plans) {
            title = p.title;
            only = p.id;
        }
    std::string bytes;
    if (a.form) { // the first live plan that came from an Excel form
        const Plan* with_form = nullptr;
        for (const Plan& p : r.workspace.plans)
            if (alive(p) && !p.form.empty() && !with_form) with_form = &p;
        if (!with_form) {
            print(stderr, Say::CommandSays, a.lang, {{"command", "ledger"}, {"why", say(Say::NoForm, a.lang, {{"path", a.files[0]}})}});
            return 1;
        }
        if (!office::fill_from_json(form_fill_json(with_form->form, ledger_form_fill(r.workspace, *with_form, a.lang)), bytes)) {
            const std::string why = std::string(say(Say::FormFailed, a.lang)) + (a.lang == Lang::En ? ": " + bytes : "");
            print(stderr, Say::CommandSays, a.lang, {{"command", "ledger"}, {"why", why}});
            return 1;
        }
        if (!write_file(a.out, bytes, "ledger", a.lang)) return 1;
        print(stdout, Say::LedgerWritten, a.lang, {{"path", a.files[0]}, {"n", ledger_rows(r.workspace, with_form->id).size()}, {"out", a.out}});
        return 0;
    }
    const std::vector<LedgerRow> rows = ledger_rows(r.workspace, plans == 1 ? only : Id());
    if (a.xlsx) {
        try {
            bytes = write_xlsx(ledger_sheet(r.workspace, rows, a.lang, plans == 1 ? title : ""));
        } catch (const XlsxError& e) { // libxlsxwriter's reason is English: only English gets it
            const std::string why = std::string(say(Say::XlsxFailed, a.lang)) + (a.lang == Lang::En ? std::string(": ") + e.what() : "");
            print(stderr, Say::CommandSays, a.lang, {{"command", "ledger"}, {"why", why}});
            return 1;
        }
    } else {
        bytes = ledger_csv(r.workspace, rows, a.lang);
    }
    if (a.out.empty()) {
        std::fwrite(bytes.data(), 1, bytes.size(), stdout);
        return 0;
    }
    if (!write_file(a.out, bytes, "ledger", a.lang)) return 1;
    print(stdout, Say::LedgerWritten, a.lang, {{"path", a.files[0]}, {"n", rows.size()}, {"out", a.out}});
    return 0;
}

} // namespace rectify::cli
