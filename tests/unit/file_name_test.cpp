// File names made from titles and office names (core/file_name.h): what every file system takes,
// nothing that hides what the file is, at most 120 bytes cut on a character boundary.
#include <catch2/catch_test_macros.hpp>

#include "core/merge/export_plan.h"
#include "core/file_name.h"
#include "core/format/prescan.h"

using namespace rectify;

TEST_CASE("safe_file_name: characters file systems refuse, spaces, dots, device names", "[file_name]") {
    CHECK(safe_file_name("整改方案-台账", ".csv") == "整改方案-台账.csv");
    CHECK(safe_file_name("a/b\\c:d*e?f\"g<h>i|j", ".csv") == "a_b_c_d_e_f_g_h_i_j.csv");
    CHECK(safe_file_name(std::string("a\x01") + "b\x7f" + "c\xc2\x85" "d", ".csv") == "a_b_c_d.csv");
    CHECK(safe_file_name("  关于\t整改\r\n的 \xE3\x80\x80 方案  ", ".csv") == "关于 整改 的 方案.csv");
    CHECK(safe_file_name("...隐藏", ".csv") == "隐藏.csv");
    CHECK(safe_file_name(" . .方案. . ", ".csv") == "方案.csv");
    CHECK(safe_file_name("CON", ".csv") == "_CON.csv");
    CHECK(safe_file_name("lpt1.台账", ".csv") == "_lpt1.台账.csv");
    CHECK(safe_file_name("COM10", ".csv") == "COM10.csv");
    // Direction overrides and zero-width characters hide the real extension: dropped.
    CHECK(safe_file_name("报告\xE2\x80\xAE" "fdp.exe", ".html") == "报告fdp.exe.html");
    CHECK(safe_file_name("整\xE2\x80\x8B改", ".csv") == "整改.csv");
    CHECK(safe_file_name("坏\xff\xfe字节", ".csv") == "坏字节.csv");
    // Nothing left: the fallback.
    CHECK(safe_file_name(" ... ", ".csv") == "整改通.csv");
    CHECK(safe_file_name("", ".xlsx", "台账") == "台账.xlsx");
}

TEST_CASE("safe_file_name: at most 120 bytes, cut between characters, extension kept", "[file_name]") {
    std::string title;
    for (int i = 0; i < 100; i++) title += "整改";
    const std::string name = safe_file_name(title, "-整改台账.xlsx");
    CHECK(name.size() <= kMaxFileNameBytes);
    CHECK(name.size() > kMaxFileNameBytes - 3);
    CHECK(find_invalid_utf8(name) == std::string::npos);
    CHECK(name.substr(name.size() - std::string("-整改台账.xlsx").size()) == "-整改台账.xlsx");
    // Cut at every byte offset: always whole characters, never a trailing space or dot.
    const std::string mixed = "a 整.改 b𠀀c";
    for (size_t max = 1; max <= mixed.size() + 4; max++) {
        CAPTURE(max);
        const std::string cut = safe_file_name(mixed, ".csv", "x", max + 4);
        CHECK(cut.size() <= max + 4);
        CHECK(find_invalid_utf8(cut) == std::string::npos);
        CHECK(cut.substr(cut.size() - 4) == ".csv");
        CHECK(cut[cut.size() - 5] != ' ');
        CHECK(cut[cut.size() - 5] != '.');
    }
    CHECK(utf8_prefix_bytes("整改", 5) == "整");
    CHECK(utf8_prefix_bytes("整改", 6) == "整改");
    CHECK(utf8_prefix_bytes("整改", 2).empty());
}

TEST_CASE("export_file_name: the names cleaned and cut, the date and extension kept", "[file_name]") {
    CHECK(export_file_name("整改方案", "基教科", Date{2022, 5, 11}) == "整改方案-基教科-2022-05-11.rectify.json");
    CHECK(export_file_name("整改方案", ".hidden/..\\x", Date{2022, 5, 11}) == "整改方案-.hidden_.._x-2022-05-11.rectify.json");
    CHECK(export_file_name("", "", Date{2022, 5, 11}) == "整改方案-2022-05-11.rectify.json");
    std::string office(200, 'o');
    const std::string name = export_file_name("整改方案", office, Date{2022, 5, 11});
    CHECK(name.size() == kMaxFileNameBytes);
    CHECK(name.substr(name.size() - 24) == "-2022-05-11.rectify.json");
}

TEST_CASE("name_ends_with: an extension in any ASCII case, never a shorter or empty tail", "[file_name]") {
    CHECK(name_ends_with("台账.CSV", ".csv"));
    CHECK(name_ends_with("returns.Zip", ".ZIP"));
    CHECK(name_ends_with("x.xlsx", ".xlsx"));
    CHECK_FALSE(name_ends_with("x.xlsx.txt", ".xlsx"));
    CHECK_FALSE(name_ends_with("csv", ".csv"));
    CHECK_FALSE(name_ends_with("x.csv", ""));
    CHECK(ascii_lower("ÄB.Docx") == "Äb.docx"); // bytes above ASCII untouched
}
