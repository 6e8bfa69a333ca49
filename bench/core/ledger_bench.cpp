// Ledger benchmark (issue 5): on the 10,000-measure benchmark workspace (bench_workspace.h), times
// building the rows, sorting by every column, filtering by free text and by department, and the
// CSV export and import preview. Built natively and as wasm (run under node) from the same source;
// target rectify_bench_ledger (tests/CMakeLists.txt). Not a test: it prints figures only.
// usage: rectify_bench_ledger [--measures N] [--runs R]   (medians over R runs)
#include <cstdio>
#include <string>
#include <vector>

#include "bench_workspace.h"
#include "core/ledger/csv.h"
#include "core/ledger/ledger.h"

using namespace rectify;
using bench::median_ms;

int main(int argc, char** argv) {
    int measures = 10000, runs = 7;
    bench::read_int_options(argc, argv, {{"--measures", &measures, 1}, {"--runs", &runs, 1}});
    const char* platform = bench::bench_platform();
    Workspace ws = bench::bench_workspace(measures);
    std::vector<LedgerRow> all = ledger_rows(ws, "");
    std::printf("%s: %zu ledger rows, median of %d runs\n", platform, all.size(), runs);
    std::printf("  rows             %7.2f ms\n", median_ms(runs, [&] { ledger_rows(ws, ""); }));
    for (int c = 0; c < kLedgerColumns; c++) {
        double ms = median_ms(runs, [&] {
            auto rows = all;
            ledger_sort(ws, rows, LedgerColumn(c), false, Lang::Zh);
        });
        std::printf("  sort %-16s %7.2f ms\n", ledger_header(LedgerColumn(c), Lang::En), ms);
    }
    for (const char* q : {"a", "整改", "zzzz-no-match"}) {
        size_t kept = 0;
        double ms = median_ms(runs, [&] {
            auto rows = all;
            LedgerFilter f;
            f.text = q;
            ledger_filter(ws, rows, f, Date{2022, 6, 1}, 7);
            kept = rows.size();
        });
        std::printf("  filter text %-13s %7.2f ms (%zu rows kept)\n", q, ms, kept);
    }
    std::vector<std::string> search;
    std::printf("  search text      %7.2f ms (once per workspace change)\n",
                median_ms(runs, [&] { search = ledger_search_text(ws, all, Lang::Zh); }));
    for (const char* q : {"a", "整改", "zzzz-no-match"}) {
        double ms = median_ms(runs, [&] {
            auto rows = all;
            LedgerFilter f;
            f.text = q;
            ledger_filter(ws, rows, f, Date{2022, 6, 1}, 7, &search);
        });
        std::printf("  filter prebuilt %-13s %7.2f ms\n", q, ms);
    }
    if (!ws.departments.empty()) {
        LedgerFilter f;
        f.departments = {ws.departments[0].id};
        f.overdue = f.due_soon = true;
        double ms = median_ms(runs, [&] {
            auto rows = all;
            ledger_filter(ws, rows, f, Date{2022, 6, 1}, 7);
        });
        std::printf("  filter dept+due  %7.2f ms\n", ms);
    }
    std::string csv;
    std::printf("  export csv       %7.2f ms\n", median_ms(runs, [&] { csv = ledger_csv(ws, all, Lang::Zh); }));
    std::printf("  import preview   %7.2f ms (%zu bytes)\n",
                median_ms(runs, [&] { preview_ledger_import(csv, 2022); }), csv.size());
    return 0;
}
