// The ledger as XLSX: ledger_sheet's layout, the sheet JSON both ways, and write_xlsx's bytes read
// back as a ZIP (central directory parsed here, members inflated with zlib) to check the parts
// Excel needs, the column widths and wrapping, and the texts exactly.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <zlib.h>

#include "core/ledger/sheet.h"
#include "ledger_fixture.h"
#include "xlsx/xlsx_writer.h"

using namespace rectify;
using rectify::testing::ledger_workspace;

namespace {

std::uint32_t le(const std::string& b, size_t at, int n) {
    REQUIRE(at + size_t(n) <= b.size());
    std::uint32_t v = 0;
    for (int i = n - 1; i >= 0; i--) v = v << 8 | static_cast<unsigned char>(b[at + size_t(i)]);
    return v;
}

// Every member of a ZIP archive, by name, uncompressed (stored or deflated).
std::map<std::string, std::string> unzip(const std::string& zip) {
    REQUIRE(zip.size() > 22);
    size_t eocd = zip.rfind(std::string("PK\x05\x06", 4));
    REQUIRE(eocd != std::string::npos);
    const std::uint32_t entries = le(zip, eocd + 10, 2);
    size_t at = le(zip, eocd + 16, 4);
    std::map<std::string, std::string> files;
    for (std::uint32_t i = 0; i < entries; i++) {
        REQUIRE(le(zip, at, 4) == 0x02014b50);
        const std::uint32_t method = le(zip, at + 10, 2), csize = le(zip, at + 20, 4), usize = le(zip, at + 24, 4);
        const std::uint32_t nlen = le(zip, at + 28, 2), xlen = le(zip, at + 30, 2), clen = le(zip, at + 32, 2);
        const std::uint32_t local = le(zip, at + 42, 4);
        const std::string name = zip.substr(at + 46, nlen);
        at += 46 + nlen + xlen + clen;
        REQUIRE(le(zip, local, 4) == 0x04034b50);
        const size_t data = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
        REQUIRE(data + csize <= zip.size());
        std::string out(usize, '\0');
        if (method == 0) {
            out = zip.substr(data, csize);
        } else {
            REQUIRE(method == 8);
            z_stream z{};
            REQUIRE(inflateInit2(&z, -15) == Z_OK);
            z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
            z.avail_in = csize;
            z.next_out = reinterpret_cast<Bytef*>(out.data());
            z.avail_out = usize;
            const int rc = inflate(&z, Z_FINISH);
            inflateEnd(&z);
            REQUIRE(rc == Z_STREAM_END);
            REQUIRE(z.total_out == usize);
        }
        files[name] = out;
    }
    return files;
}

std::string unescape(std::string s) {
    const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities)
        for (size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += std::string_view(to).size())
            s.replace(p, std::string_view(from).size(), to);
    return s;
}

// The texts of sharedStrings.xml, in order.
std::vector<std::string> shared_strings(const std::string& xml) {
    std::vector<std::string> out;
    for (size_t p = 0; (p = xml.find("<t", p)) != std::string::npos;) {
        const size_t open = xml.find('>', p) + 1, close = xml.find("</t>", open);
        if (xml[p + 2] != '>' && xml[p + 2] != ' ') { p = open; continue; } // not a <t> element
        out.push_back(unescape(xml.substr(open, close - open)));
        p = close;
    }
    return out;
}

size_t count(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t p = 0; (p = s.find(what, p)) != std::string::npos; p += what.size()) n++;
    return n;
}

// The attribute `name` of the first element starting with `element_start`.
std::string attribute(const std::string& xml, const std::string& element_start, const std::string& name) {
    const size_t p = xml.find(element_start);
    if (p == std::string::npos) return "<none>";
    const size_t end = xml.find('>', p);
    const size_t a = xml.find(" " + name + "=\"", p);
    if (a == std::string::npos || a > end) return "<none>";
    const size_t v = a + name.size() + 3;
    return xml.substr(v, xml.find('"', v) - v);
}

// The n-th <xf> of styles.xml's cellXfs.
std::string cell_xf(const std::string& styles, int n) {
    size_t p = styles.find("<cellXfs");
    REQUIRE(p != std::string::npos);
    for (int i = 0; i <= n; i++) {
        p = styles.find("<xf ", p + 1);
        REQUIRE(p != std::string::npos);
    }
    const size_t self_close = styles.find("/>", p), close = styles.find("</xf>", p);
    const size_t end = close != std::string::npos && close < styles.find("<xf ", p + 1) ? close : self_close;
    return styles.substr(p, end - p);
}

} // namespace

TEST_CASE("xlsx ledger_sheet: the ledger's header, cells, widths and wrapping", "[xlsx]") {
    Workspace ws = ledger_workspace();
    XlsxSheet s = ledger_sheet(ws, ledger_rows(ws, "plan-1"), Lang::Zh, "整改方案");
    CHECK(s.name == "整改台账");
    CHECK(s.print_title == "整改方案 整改台账");
    REQUIRE(s.header.size() == size_t(kLedgerColumns - 1)); // one plan's: no 方案 column
    CHECK(s.header[3] == "整改措施");
    REQUIRE(s.rows.size() == 3);
    CHECK(s.rows[0][3] == "规范招生\n1. 公开招生计划\n2. 接受监督");
    CHECK(s.rows[1][3] == "加强监督, \"回头看\"");
    CHECK(s.rows[2][4] == "基教科");
    CHECK(s.widths[3] >= 40);          // 整改措施 is the widest
    CHECK(s.widths[0] < 10);
    CHECK(s.wrap[3]);
    CHECK_FALSE(s.wrap[0]);
    CHECK(s.numeric[0]);
    XlsxSheet en = ledger_sheet(ws, ledger_rows(ws, "plan-2"), Lang::En);
    CHECK(en.name == "Ledger");
    CHECK(en.header[9] == "Latest progress");
    CHECK(en.widths[9] >= 15 + 3); // a header fits on one line with its filter button
}

TEST_CASE("xlsx sheet JSON: what the app sends the XLSX module comes back the same", "[xlsx]") {
    Workspace ws = ledger_workspace();
    XlsxSheet s = ledger_sheet(ws, ledger_rows(ws, ""), Lang::Zh);
    CHECK(s.header[1] == "方案");
    CHECK_FALSE(s.numeric[0]); // 序号 "1-2" is text
    s.rows[0][2] = "控制\x01字符与\"引号\"\\";
    XlsxSheet back;
    std::string error;
    REQUIRE(sheet_from_json(sheet_to_json(s), back, error));
    CHECK(back.name == s.name);
    CHECK(back.header == s.header);
    CHECK(back.widths == s.widths);
    CHECK(back.wrap == s.wrap);
    CHECK(back.numeric == s.numeric);
    CHECK(back.rows == s.rows);
    CHECK(back.print_title == s.print_title);
    CHECK_FALSE(sheet_from_json("{\"header\":[1]}", back, error));
    CHECK(error == "header[0]: not a string");
    CHECK_FALSE(sheet_from_json("{\"header\":[]}", back, error));
    CHECK(error == "rows: missing or not an array");
    CHECK_FALSE(sheet_from_json("[", back, error));
}

TEST_CASE("write_xlsx: a ZIP with the parts Excel needs, widths, wrapping and the texts exactly", "[xlsx]") {
    Workspace ws = ledger_workspace();
    const auto rows = ledger_rows(ws, "plan-1");
    XlsxSheet s = ledger_sheet(ws, rows, Lang::Zh, "钦教绩办〔2022〕1号 A&B");
    s.rows[2][1] = "(一)";
    s.rows[2][9] = "A & B <c> \"q\" 'x'\n第二行 𠀀";
    const std::string bytes = write_xlsx(s);
    REQUIRE(bytes.substr(0, 2) == "PK");
    auto files = unzip(bytes);
    REQUIRE(files.count("[Content_Types].xml"));
    CHECK(files["[Content_Types].xml"].find("spreadsheetml.sheet.main+xml") != std::string::npos);
    REQUIRE(files.count("xl/workbook.xml"));
    REQUIRE(files.count("xl/worksheets/sheet1.xml"));
    REQUIRE(files.count("xl/sharedStrings.xml"));
    REQUIRE(files.count("xl/styles.xml"));
    const std::string& sheet = files["xl/worksheets/sheet1.xml"];
    const std::string& book = files["xl/workbook.xml"];

    // The sheet's name, one row per ledger row plus the header, frozen header, filter, print setup.
    CHECK(attribute(book, "<sheet ", "name") == "整改台账");
    CHECK(count(sheet, "<row ") == rows.size() + 1);
    CHECK(attribute(sheet, "<pane ", "ySplit") == "1");
    CHECK(attribute(sheet, "<pane ", "state") == "frozen");
    CHECK(attribute(sheet, "<autoFilter ", "ref") == "A1:R4");
    CHECK(attribute(sheet, "<pageSetup ", "paperSize") == "9");
    CHECK(attribute(sheet, "<pageSetup ", "orientation") == "landscape");
    CHECK(attribute(sheet, "<pageSetup ", "fitToHeight") == "0");
    CHECK(book.find("_xlnm.Print_Titles") != std::string::npos);
    CHECK(book.find("'整改台账'!$1:$1") != std::string::npos); // the header row on every printed page
    CHECK(sheet.find("<oddHeader>&amp;C钦教绩办〔2022〕1号 A&amp;&amp;B 整改台账</oddHeader>") != std::string::npos);

    // Widths in character units (libxlsxwriter adds the cell padding), and 整改措施 wraps, 序号 not.
    const std::string col1 = "<col min=\"1\" max=\"1\" ", col4 = "<col min=\"4\" max=\"4\" ";
    CHECK(std::stod(attribute(sheet, col1, "width")) < 10); // 序号: as wide as its header
    CHECK(attribute(sheet, col4, "width").rfind("50.", 0) == 0);
    const std::string& styles = files["xl/styles.xml"];
    const std::string wrap_xf = cell_xf(styles, std::stoi(attribute(sheet, col4, "style")));
    const std::string plain_xf = cell_xf(styles, std::stoi(attribute(sheet, col1, "style")));
    CHECK(wrap_xf.find("wrapText=\"1\"") != std::string::npos);
    CHECK(plain_xf.find("wrapText") == std::string::npos);
    // The header row is bold on a fill: its cells use a style with a fill and a bold font.
    const std::string header_xf = cell_xf(styles, std::stoi(attribute(sheet, "<c r=\"A1\"", "s")));
    CHECK(attribute(header_xf, "<xf ", "fillId") != "0");
    // 序号 is a number, not text.
    CHECK(attribute(sheet, "<c r=\"A2\"", "t") == "<none>");
    CHECK(sheet.find("<c r=\"A2\" s=\"" + attribute(sheet, "<c r=\"A2\"", "s") + "\"><v>1</v>") != std::string::npos);

    // The texts, exactly: Chinese, full-width marks, quotes, ampersands, line breaks, Ext. B.
    const auto strings = shared_strings(files["xl/sharedStrings.xml"]);
    auto has = [&strings](const std::string& t) { return std::find(strings.begin(), strings.end(), t) != strings.end(); };
    CHECK(has("基教科"));
    CHECK(has("基教科（牵头）、财基科"));
    CHECK(has("整改措施"));
    CHECK(has("(一)"));
    CHECK(has("加强监督, \"回头看\""));
    CHECK(has("规范招生\n1. 公开招生计划\n2. 接受监督"));
    CHECK(has("A & B <c> \"q\" 'x'\n第二行 𠀀"));
    CHECK(has("2022年11月底前"));
}

TEST_CASE("write_xlsx: Excel's limits are kept, and a sheet it cannot write is an error", "[xlsx]") {
    XlsxSheet s;
    s.name = "[台账]: 2022/11 *?\\ 一二三四五六七八九十一二三四五六七八九十一二三";
    s.header = {"长文本"};
    s.rows = {{std::string(40000, 'x')}};
    auto files = unzip(write_xlsx(s));
    CHECK(attribute(files["xl/workbook.xml"], "<sheet ", "name") == "台账 202211  一二三四五六七八九十一二三四五六七八九十");
    const auto strings = shared_strings(files["xl/sharedStrings.xml"]);
    REQUIRE(strings.size() == 2);
    CHECK(strings[1].size() == 32767);

    XlsxSheet empty;
    CHECK_THROWS_AS(write_xlsx(empty), XlsxError);
}

TEST_CASE("write_xlsx: a cell that looks like a formula is a string, never a formula", "[xlsx]") {
    XlsxSheet s;
    s.name = "台账";
    s.header = {"序号", "问题", "措施"};
    s.numeric = {true, false, false};
    s.rows = {{"-5", "=1+1", "@SUM(A1)"}, {"7", "+cmd|' /C calc'!A0", "=HYPERLINK(\"http://example.com\")"}};
    auto files = unzip(write_xlsx(s));
    const std::string& sheet = files["xl/worksheets/sheet1.xml"];
    CHECK(sheet.find("<f>") == std::string::npos);
    CHECK(sheet.find("<f ") == std::string::npos);
    const auto strings = shared_strings(files["xl/sharedStrings.xml"]);
    // The cell's shared string, by its index in <v>.
    auto text_of = [&](const std::string& ref) {
        const std::string open = "<c r=\"" + ref + "\"";
        REQUIRE(attribute(sheet, open, "t") == "s");
        const size_t v = sheet.find("<v>", sheet.find(open)) + 3;
        const size_t i = std::stoul(sheet.substr(v, sheet.find("</v>", v) - v));
        REQUIRE(i < strings.size());
        return strings[i];
    };
    CHECK(text_of("B2") == "=1+1");
    CHECK(text_of("C2") == "@SUM(A1)");
    CHECK(text_of("A2") == "-5"); // not only digits: text, even in the numeric column
    CHECK(text_of("B3") == "+cmd|' /C calc'!A0");
    CHECK(text_of("C3") == "=HYPERLINK(\"http://example.com\")");
    CHECK(attribute(sheet, "<c r=\"A3\"", "t") == "<none>"); // 7: a number
}
