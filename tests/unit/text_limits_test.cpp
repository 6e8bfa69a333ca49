// What the text importer refuses (too large, not text) and with which words, and that its work
// grows linearly with the text: counted (TextImport::examined), never timed. The times are
// bench/core/text_import_bench.cpp's.
#include <catch2/catch_test_macros.hpp>

#include "core/format/input_limits.h"
#include "core/format/prescan.h"
#include "core/import/text_import.h"
#include "plan_text.h"

using namespace rectify;
using rectify::testing::plan_text;
using rectify::testing::repeated_text;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

void check_refused(const TextImport& r) {
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.error_en.empty());
    CHECK(r.ws.plans.empty());
    CHECK(r.spans.empty());
    CHECK(r.plan().title.empty()); // a refused import still answers plan(), with nothing in it
    CHECK(r.problems == 0);
}

} // namespace

TEST_CASE("text over 5 MB is refused before it is read, saying so in both languages", "[text][limits]") {
    REQUIRE(max_import_text_bytes() == 5u << 20);
    const std::string big(max_import_text_bytes() + 1, 'a');
    for (const TextImport& r : {import_text(big), import_text_file(big)}) {
        check_refused(r);
        CHECK(r.error_zh == "文本太大（5.1 MB），从文本导入最多 5 MB。请分几次导入。");
        CHECK(r.error_en == "The text is too large (5.1 MB); text import takes up to 5 MB. Import it in parts.");
    }
    CHECK(has(text_import_json(import_text(big)), "\"error\":{\"zh\":\"文本太大"));
    CHECK(has(text_import_json(import_text("一、整改任务\n")), "\"error\":null"));
}

TEST_CASE("binary data and text that is not UTF-8 are refused as not text", "[text][limits]") {
    const TextImport nul = import_text(std::string("一、整改") + '\0' + "任务");
    check_refused(nul);
    CHECK(nul.error_zh ==
          "这不是文本：第 12 字节处是 NUL（空）字节，可能是 Word、PDF、压缩包或图片等文件。请先另存为纯文本（.txt）再导入。");
    CHECK(nul.error_en == "This is not text: there is a NUL byte at byte offset 12; it may be a Word, PDF, ZIP or image "
                          "file. Save it as plain text (.txt) first.");
    // A PNG and a .docx (a ZIP) dropped as text: NUL bytes, at their offset in the file.
    const TextImport png = import_text_file(std::string_view("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    check_refused(png);
    CHECK(has(png.error_en, "NUL byte at byte offset 8"));
    const TextImport zip = import_text_file(std::string_view("PK\x03\x04\x14\0\x06\0", 8));
    check_refused(zip);
    CHECK(has(zip.error_zh, "第 5 字节处是 NUL"));

    const TextImport bad = import_text("整改\xff任务");
    check_refused(bad);
    CHECK(bad.error_zh == "文本在第 6 字节处不是有效的 UTF-8 编码，无法读取。");
    CHECK(bad.error_en == "The text is not valid UTF-8 at byte offset 6; it cannot be read.");
    const TextImport odd = import_text_file("\x80\x80\x80"); // neither UTF-8 nor GB18030, no NUL
    check_refused(odd);
    CHECK(odd.error_zh == "无法识别文件的编码（不是 UTF-8、UTF-16 或 GBK/GB18030 文本），可能不是文本文件。");
    // UTF-16 has NUL bytes in every ASCII character: with its BOM, it is text.
    std::string utf16 = "\xFF\xFE";
    for (char16_t c : std::u16string(u"一、整改任务\n(一)问题:测试\n")) utf16 += char(c & 0xFF), utf16 += char(c >> 8);
    const TextImport ok = import_text_file(utf16);
    CHECK(ok.ok());
    CHECK(ok.problems == 1);
}

TEST_CASE("the other readers' limits: a ledger CSV 20 MB, a plan file 64 MB", "[limits]") {
    CHECK(max_input_bytes(InputKind::LedgerCsv) == 20u << 20);
    CHECK(max_input_bytes(InputKind::PlanFile) == Limits{}.max_bytes);
    CHECK(max_any_input_bytes() == 64u << 20);
    CHECK(megabytes_text(5u << 20) == "5 MB");
    CHECK(megabytes_text((5u << 20) + 1) == "5.1 MB"); // rounded up: over a limit never reads as the limit
    CHECK(megabytes_text(1) == "0.1 MB");
    CHECK(too_large_message(InputKind::PlanFile, 70u << 20, Lang::Zh) ==
          "方案文件太大（70 MB），整改通读取的方案文件最大为 64 MB。");
    CHECK(too_large_message(InputKind::LedgerCsv, 21u << 20, Lang::En) ==
          "The ledger file is too large (21 MB); a ledger to import may be up to 20 MB. Split it into several files.");
}

// The work of one import, per byte of text: bounded by a constant, and the same for a text twice
// as long. The shapes are those that cost time growing with the square of the text before: a
// paragraph broken into thousands of lines (each join rescanned the whole paragraph) and lines
// without a full stop (each line searched the rest of the document for one).
TEST_CASE("import_text's work is linear in the text, counted without a clock", "[text][limits]") {
    struct Shape {
        const char* name;
        std::string (*make)(size_t);
    };
    const Shape shapes[] = {
        {"a realistic plan", [](size_t n) { return plan_text(n); }},
        {"one paragraph broken into lines",
         [](size_t n) { return repeated_text("党组会议研究部署党建工作不够及时还要继续\n", n); }},
        {"lines without a full stop, one at the end",
         [](size_t n) { return repeated_text("(1)第一项工作研究部署不够及时;\n", n) + "完。"; }},
        {"one long line of glued keys",
         [](size_t n) { return repeated_text("工作不够及时。责任单位:办公室。整改措施:一是加强;二是改进。", n); }},
        {"numerals without end", [](size_t n) { return repeated_text("十十十十十一一一一一", n); }},
    };
    for (const Shape& s : shapes) {
        INFO(s.name);
        const std::string small = s.make(100000), large = s.make(200000);
        const TextImport a = import_text(small), b = import_text(large);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        const double per_byte_a = double(a.examined) / double(small.size());
        const double per_byte_b = double(b.examined) / double(large.size());
        INFO("bytes examined per byte of text: " << per_byte_a << " at 100 kB, " << per_byte_b << " at 200 kB");
        CHECK(per_byte_a < 8);
        CHECK(per_byte_b < per_byte_a * 1.1);
    }
}
