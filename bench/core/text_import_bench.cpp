// Text import benchmark (issue 14): import_text on a realistic 整改方案 of 1, 2 and 5 MB
// (tests/unit/plan_text.h: numbered problems with codes, 一是/二是 measures broken across lines,
// responsibility lines, every number distinct), and on the shapes that once took time growing
// with the square of the length (a paragraph broken into lines, lines without a full stop, orders
// for whom in one endless sentence, findings in prose on one line).
// Prints the median time per size and the time per MB: linear growth keeps that ratio flat.
// Built natively and as wasm (run under node) from the same source; target
// rectify_bench_text_import (tests/CMakeLists.txt). Not a test: it prints figures only.
// usage: rectify_bench_text_import [--runs R]   (medians over R runs)
#include <cstdio>
#include <string>
#include <vector>

#include "bench_workspace.h"
#include "core/import/text_import.h"
#include "plan_text.h"

using namespace rectify;
using bench::median_ms;

int main(int argc, char** argv) {
    int runs = 5;
    bench::read_int_options(argc, argv, {{"--runs", &runs, 1}});
    constexpr double kMB = 1000 * 1000; // the sizes are decimal MB: 5 MB stays under the 5 MiB limit
    struct Shape {
        const char* name;
        std::string (*make)(size_t);
    };
    const Shape shapes[] = {
        {"plan", [](size_t n) { return testing::plan_text(n); }},
        {"broken paragraph",
         [](size_t n) { return testing::repeated_text("党组会议研究部署党建工作不够及时还要继续\n", n); }},
        {"no full stops", [](size_t n) { return testing::repeated_text("(1)第一项工作研究部署不够及时;\n", n) + "完。"; }},
        // One sentence for pages, an order for whom in every clause (the rule ordered_for_whom once scanned the rest of
        // the sentence again after each: quadratic).
        {"orders, one line", [](size_t n) { return testing::repeated_text("对2户经营儿童玩具的商户责令整改，", n) + "完。"; }},
        // Findings listed by commas with no full stop (the clause rules once looked back to the sentence's start for
        // a separator the text lacks, at every 等: quadratic).
        {"lists, one line", [](size_t n) { return testing::repeated_text("台账不全，制度缺失等问题，", n) + "完。"; }},
        // Findings in prose, one a sentence, on one line with no break (finding_end once looked for the next break to the
        // text's end, and split_at_findings back to the paragraph's start, at every finding: quadratic).
        {"findings, one line", [](size_t n) { return testing::repeated_text("检查总体较好，但也有个别学校台账不全。", n); }},
        // Lists split by ；, each led by its own 存在, with no full stop (set X: the second list's search for its end
        // is bounded to 600 bytes after the ；).
        {"；-lists, one line", [](size_t n) { return testing::repeated_text("方面存在台账不全、制度缺失等问题；", n) + "完。"; }},
        // One list of bare names before the one that says what is wrong (机房、轿顶、…、井道照明失效: set X joins the run in one
        // pass back, no erase per name).
        {"bare names, 、-list", [](size_t n) { return "检查发现存在" + testing::repeated_text("机房、", n) + "照明失效等问题。"; }},
    };
    std::printf("%s: import_text, median of %d runs\n", bench::bench_platform(), runs);
    std::printf("  %-18s %5s %10s %10s %9s\n", "text", "MB", "ms", "ms per MB", "problems");
    for (const Shape& s : shapes) {
        double first_per_mb = 0;
        for (double mb : {1.0, 2.0, 5.0}) {
            const std::string text = s.make(size_t(mb * kMB));
            int problems = 0;
            const double ms = median_ms(runs, [&] { problems = import_text(text).problems; });
            const double per_mb = ms / (double(text.size()) / kMB);
            if (first_per_mb == 0) first_per_mb = per_mb;
            std::printf("  %-18s %5.1f %10.1f %10.1f %9d   (%.2fx the 1 MB rate)\n", s.name, double(text.size()) / kMB, ms,
                        per_mb, problems, per_mb / first_per_mb);
        }
    }
    return 0;
}
