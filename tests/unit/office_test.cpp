// Office files in: the ZIP container's guards (unsafe names, bombs, truncation, encryption, too many
// parts), XML guards (DOCTYPE), what a file is (office_kind), .xlsx read into a Grid (shared and
// inline strings, phonetic guides, numbers as written, dates in both date systems, merged ranges,
// hidden rows and sheets, prefixed namespaces, the row limit) and .docx read into text (automatic
// numbering through paragraphs and styles, tables with merged cells, revisions and field codes).
// The files are written here, part by part, with the same ZIP writer the app uses.
#include <catch2/catch_test_macros.hpp>

#include "core/ledger/sheet.h"
#include "ledger_fixture.h"
#include "office/office_read.h"
#include "office/xml.h"
#include "office/zip.h"
#include "xlsx/xlsx_writer.h"

using namespace rectify;
using namespace rectify::office;

namespace {

const char kCt[] = R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
const char kPkgRels[] = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";

// A workbook of the given sheets (name, sheet XML body inside <worksheet>), shared strings and styles.
std::string workbook(const std::vector<std::pair<std::string, std::string>>& sheets, const std::string& shared,
                     const std::string& styles, const std::string& book_extra = "", const std::string& sheet_attrs = "") {
    std::string book = R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)" +
                       book_extra + "<sheets>";
    std::string rels = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    std::vector<std::pair<std::string, std::string>> parts{{"[Content_Types].xml", kCt}, {"_rels/.rels", kPkgRels}};
    for (size_t i = 0; i < sheets.size(); i++) {
        const std::string n = std::to_string(i + 1);
        book += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"" + (i == 0 ? sheet_attrs : "") + "/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        parts.emplace_back("xl/worksheets/sheet" + n + ".xml",
                           R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" + sheets[i].second + "</worksheet>");
    }
    rels += R"(<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
            R"(<Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/></Relationships>)";
    parts.emplace_back("xl/workbook.xml", book + "</sheets></workbook>");
    parts.emplace_back("xl/_rels/workbook.xml.rels", rels);
    parts.emplace_back("xl/sharedStrings.xml", R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" + shared + "</sst>");
    parts.emplace_back("xl/styles.xml", R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" + styles + "</styleSheet>");
    return write_zip(parts);
}

std::string text_of(const GridSheet& s, int r, int c) {
    if (size_t(r) >= s.rows.size() || size_t(c) >= s.rows[size_t(r)].size()) return "";
    return s.rows[size_t(r)][size_t(c)].text;
}

std::string docx(const std::string& body, const std::string& numbering = "", const std::string& styles = "") {
    const std::string w = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
    std::vector<std::pair<std::string, std::string>> parts{
        {"[Content_Types].xml", kCt},
        {"_rels/.rels", R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)"},
        {"word/document.xml", "<?xml version=\"1.0\"?><w:document " + w + "><w:body>" + body + "</w:body></w:document>"}};
    if (!numbering.empty()) parts.emplace_back("word/numbering.xml", "<?xml version=\"1.0\"?><w:numbering " + w + ">" + numbering + "</w:numbering>");
    if (!styles.empty()) parts.emplace_back("word/styles.xml", "<?xml version=\"1.0\"?><w:styles " + w + ">" + styles + "</w:styles>");
    return write_zip(parts);
}

std::string p(const std::string& text, const std::string& ppr = "") {
    return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}
std::string num(int id, int lvl) {
    return "<w:numPr><w:ilvl w:val=\"" + std::to_string(lvl) + "\"/><w:numId w:val=\"" + std::to_string(id) + "\"/></w:numPr>";
}
std::string lvl(int i, const char* fmt, const char* text, int start = 1) {
    return "<w:lvl w:ilvl=\"" + std::to_string(i) + "\"><w:start w:val=\"" + std::to_string(start) + "\"/><w:numFmt w:val=\"" + fmt +
           "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
}

} // namespace

TEST_CASE("office: the ZIP writer's archive reads back, entry by entry", "[office]") {
    const std::string zip = write_zip({{"a.xml", "<a/>"}, {"dir/b.txt", std::string(100000, 'x')}});
    ZipReader r;
    REQUIRE_FALSE(r.open(zip, "ZIP"));
    CHECK(r.names() == std::vector<std::string>{"a.xml", "dir/b.txt"});
    std::string out;
    REQUIRE_FALSE(r.read("dir/b.txt", out));
    CHECK(out == std::string(100000, 'x'));
    CHECK(r.read("missing.xml", out).what == OfficeText::MissingPart);
}

TEST_CASE("office: hostile archives are refused with the reason, nothing half read", "[office][hostile]") {
    ZipReader r1;
    CHECK(r1.open(write_zip({{"../../etc/evil.xml", "<a/>"}}), "ZIP").what == OfficeText::BadEntryName);
    ZipReader r2;
    CHECK(r2.open(write_zip({{"/abs.xml", "<a/>"}}), "ZIP").what == OfficeText::BadEntryName);
    ZipReader r3;
    CHECK(r3.open(write_zip({{"a\\..\\b.xml", "<a/>"}}), "ZIP").what == OfficeText::BadEntryName);

    // A bomb: 8 MB of zeros deflate to a few KB; with a 1 MB entry limit it stops there.
    const std::string bomb = write_zip({{"zeros.xml", std::string(8u << 20, '0')}});
    CHECK(bomb.size() < 100000);
    ZipLimits small;
    small.entry_bytes = 1u << 20;
    ZipReader r4;
    REQUIRE_FALSE(r4.open(bomb, "ZIP", small));
    std::string out;
    CHECK(r4.read("zeros.xml", out).what == OfficeText::Bomb);
    CHECK(out.empty());

    // Truncated: a download cut off half way has no central directory.
    const std::string whole = write_zip({{"a.xml", std::string(5000, 'a')}, {"b.xml", "<b/>"}});
    ZipReader r5;
    CHECK(r5.open(whole.substr(0, whole.size() / 2), "Excel (.xlsx)").what == OfficeText::NotZip);
    CHECK(office_message(r5.open(whole.substr(0, 10), "Excel (.xlsx)"), Lang::Zh).find("Excel (.xlsx)") != std::string::npos);

    ZipLimits few;
    few.entries = 2;
    ZipReader r6;
    CHECK(r6.open(write_zip({{"a", "1"}, {"b", "2"}, {"c", "3"}}), "ZIP", few).what == OfficeText::TooManyEntries);
    ZipLimits tiny;
    tiny.archive_bytes = 10;
    ZipReader r7;
    CHECK(r7.open(whole, "ZIP", tiny).what == OfficeText::TooLarge);
}

TEST_CASE("office: what a file is, from its bytes", "[office]") {
    const std::string sheet = R"(<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>)";
    const std::string xlsx = workbook({{"S", sheet}}, "", "");
    CHECK(office_kind(xlsx) == OfficeKind::Xlsx);
    CHECK(office_kind(docx(p("x"))) == OfficeKind::Docx);
    CHECK(office_kind(write_zip({{"photo.jpg", "x"}})) == OfficeKind::OtherZip);
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += std::string(500, '\0');
    CHECK(office_kind(ole) == OfficeKind::Legacy);
    std::string enc = ole;
    for (char c : std::string("EncryptedPackage")) enc += c, enc += '\0';
    CHECK(office_kind(enc) == OfficeKind::Encrypted);
    CHECK(office_kind("序号,问题\n1,x\n") == OfficeKind::NotOffice);
    // An .xlsx renamed .docx is still a workbook; reading it as a document finds no document.
    std::string text;
    OfficeProblem p = read_docx(xlsx, text);
    CHECK(p.what == OfficeText::WrongKind);
    CHECK(office_message(p, Lang::Zh) == "文件内容是 Excel (.xlsx)，不是 Word (.docx) 文件（扩展名可能被改过）。");
    Grid g;
    CHECK(read_xlsx(docx(::p("x")), g).what == OfficeText::WrongKind);
}

TEST_CASE("office: XML with a DOCTYPE (entity expansion) is refused", "[office][hostile]") {
    const std::string lol = R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>)";
    std::vector<std::pair<std::string, std::string>> parts;
    Grid g;
    const std::string x = workbook({{"S", "<sheetData/>"}}, "", "");
    ZipReader r;
    REQUIRE_FALSE(r.open(x, "ZIP"));
    pugi::xml_document doc;
    CHECK(parse_xml(lol, "xl/sharedStrings.xml", doc).what == OfficeText::Doctype);
    CHECK(parse_xml("<a><b></a>", "x.xml", doc).what == OfficeText::BadXml);
}

TEST_CASE("office: an .xlsx read as cells, as Excel and WPS write them", "[office][xlsx]") {
    // Shared strings: plain, rich text runs, a phonetic guide (not part of the text), an escaped CR/LF.
    const std::string shared = "<si><t>城南中学巡察整改台账</t></si><si><t>序号</t></si><si><t>问题</t></si>"
                               "<si><r><t>整改</t></r><r><rPr><b/></rPr><t>措施</t></r></si>"
                               "<si><t>食堂</t><rPh sb=\"0\" eb=\"2\"><t>shitang</t></rPh></si>"
                               "<si><t>第一行_x000D_\n第二行</t></si>";
    // Styles: xf 0 general, xf 1 a built-in date (14), xf 2 a custom Chinese date, xf 3 a custom number.
    const std::string styles = R"(<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>)"
                               R"x(<numFmt numFmtId="177" formatCode="0.00_);[Red]\(0.00\)"/></numFmts>)x"
                               R"(<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="177"/></cellXfs>)";
    const std::string sheet1 =
        R"(<sheetData>)"
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)"
        R"(<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c></row>)"
        R"(<row r="4"><c r="A4"><v>1</v></c><c r="B4" t="s"><v>4</v></c><c r="C4" t="s"><v>5</v></c><c r="D4" s="1"><v>45808</v></c><c r="E4" s="2"><v>45838.5</v></c></row>)"
        R"(<row r="5" hidden="1"><c r="A5"><v>2</v></c><c r="F5"><v>110101199001011234</v></c><c r="G5" s="3"><v>12.5</v></c></row>)"
        R"(<row r="6"><c r="B6" t="inlineStr"><is><t>内联</t></is></c><c r="C6" t="str"><v>公式结果</v></c><c r="D6" t="b"><v>1</v></c><c r="E6" t="e"><v>#N/A</v></c></row>)"
        R"(</sheetData><mergeCells count="2"><mergeCell ref="A1:G1"/><mergeCell ref="B4:B5"/></mergeCells>)";
    const std::string sheet2 = R"(<sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row></sheetData>)";
    Grid g;
    REQUIRE_FALSE(read_xlsx(workbook({{"台账", sheet1}, {"说明", sheet2}}, shared, styles, "", " state=\"hidden\""), g));
    REQUIRE(g.sheets.size() == 2);
    const GridSheet& s = g.sheets[0];
    CHECK(s.name == "台账");
    CHECK(s.hidden);
    CHECK_FALSE(g.sheets[1].hidden);
    REQUIRE(s.rows.size() == 6);
    CHECK(text_of(s, 0, 0) == "城南中学巡察整改台账");
    CHECK(s.rows[1].empty()); // row 2 is not in the file
    CHECK(text_of(s, 2, 2) == "整改措施");
    CHECK(text_of(s, 3, 1) == "食堂");
    CHECK(text_of(s, 3, 2) == "第一行\n第二行");
    CHECK(text_of(s, 3, 3) == "2025-05-31");
    CHECK(s.rows[3][3].kind == GridCell::Kind::Date);
    CHECK(text_of(s, 3, 4) == "2025-06-30"); // a time of day is dropped
    CHECK(text_of(s, 4, 5) == "110101199001011234");
    CHECK(s.rows[4][5].kind == GridCell::Kind::Number);
    CHECK(text_of(s, 4, 6) == "12.5"); // a number format is not a date format
    CHECK(text_of(s, 5, 1) == "内联");
    CHECK(text_of(s, 5, 2) == "公式结果");
    CHECK(s.rows[5][3].kind == GridCell::Kind::Bool);
    CHECK(text_of(s, 5, 4) == "#N/A");
    REQUIRE(s.hidden_rows.size() == 6);
    CHECK(s.hidden_rows[4]);
    CHECK_FALSE(s.hidden_rows[3]);
    REQUIRE(s.merges.size() == 2);
    CHECK((s.merges[1].row0 == 3 && s.merges[1].row1 == 4 && s.merges[1].col0 == 1 && s.merges[1].col1 == 1));
    CHECK(s.source_rows[3] == 4);
    // Cells without references follow one another.
    CHECK(text_of(g.sheets[1], 0, 1) == "b");
}

TEST_CASE("office: the 1904 date system and prefixed namespaces", "[office][xlsx]") {
    const std::string sheet = R"(<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:row r="1"><x:c r="A1" s="1"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>44346</x:v></x:c></x:row></x:sheetData>)";
    Grid g;
    REQUIRE_FALSE(read_xlsx(workbook({{"S", sheet}}, "", R"(<cellXfs><xf numFmtId="0"/><xf numFmtId="31"/></cellXfs>)", R"(<workbookPr date1904="1"/>)"), g));
    // 0 in 1904 is before the first valid serial we take (1): kept as a number.
    CHECK(text_of(g.sheets[0], 0, 0) == "0");
    CHECK(text_of(g.sheets[0], 0, 1) == "2025-05-31"); // 44346 days after 1904-01-01
}

TEST_CASE("office: a sheet past the row limit is refused, not read for minutes", "[office][xlsx][hostile]") {
    const std::string far = R"(<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1000000"><c r="A1000000"><v>1</v></c></row></sheetData>)";
    Grid g;
    OfficeProblem p = read_xlsx(workbook({{"大表", far}}, "", ""), g);
    CHECK(p.what == OfficeText::TooManyRows);
    CHECK(office_message(p, Lang::Zh).find("大表") != std::string::npos);
    CHECK(g.sheets.empty());
    // Empty formatted rows far down are no values: they do not count.
    const std::string styled = R"(<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576" customFormat="1"/></sheetData>)";
    CHECK_FALSE(read_xlsx(workbook({{"S", styled}}, "", ""), g));
    CHECK(g.sheets[0].rows.size() == 1);
}

TEST_CASE("office: the app's own .xlsx export reads back cell for cell", "[office][xlsx]") {
    Workspace ws = rectify::testing::ledger_workspace();
    const auto rows = ledger_rows(ws, Id());
    const XlsxSheet sheet = ledger_sheet(ws, rows, Lang::Zh);
    Grid g;
    REQUIRE_FALSE(read_xlsx(write_xlsx(sheet), g));
    REQUIRE(g.sheets.size() == 1);
    const GridSheet& s = g.sheets[0];
    REQUIRE(s.rows.size() == sheet.rows.size() + 1);
    for (size_t c = 0; c < sheet.header.size(); c++) CHECK(text_of(s, 0, int(c)) == sheet.header[c]);
    for (size_t r = 0; r < sheet.rows.size(); r++)
        for (size_t c = 0; c < sheet.rows[r].size(); c++) CHECK(text_of(s, int(r + 1), int(c)) == sheet.rows[r][c]);
}

TEST_CASE("office: a .docx read as text, with Word's automatic numbering written in", "[office][docx]") {
    const std::string numbering =
        "<w:abstractNum w:abstractNumId=\"0\">" + lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）") +
        lvl(2, "decimal", "%3.") + "</w:abstractNum>"
        "<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, "decimalEnclosedCircle", "%1") + "</w:abstractNum>"
        "<w:abstractNum w:abstractNumId=\"2\">" + lvl(0, "bullet", "•") + "</w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>";
    // Heading styles carry the list (as Word's multilevel headings do); Heading2 through basedOn.
    const std::string styles =
        "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:pPr>" + num(1, 0) + "</w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"H2base\"><w:pPr><w:numPr><w:numId w:val=\"1\"/><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"H2\"><w:basedOn w:val=\"H2base\"/></w:style>";
    const std::string body =
        p("城南中学巡察整改方案") + p("存在问题", "<w:pStyle w:val=\"H1\"/>") + p("食堂管理不规范。", "<w:pStyle w:val=\"H2\"/>") +
        p("建立制度", num(1, 2)) + p("落实检查", num(1, 2)) + p("账目不清。", "<w:pStyle w:val=\"H2\"/>") + p("清理账目", num(1, 2)) +
        p("整改措施", "<w:pStyle w:val=\"H1\"/>") + p("甲", num(2, 0)) + p("乙", num(2, 0)) + p("丙", num(3, 0)) + p("要点", num(4, 0)) +
        "<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除的</w:delText></w:r></w:del><w:ins><w:r><w:t>插入的</w:t></w:r></w:ins>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>文字</w:t></w:r></w:p>";
    std::string text;
    REQUIRE_FALSE(read_docx(docx(body, numbering, styles), text));
    CHECK(text ==
          "城南中学巡察整改方案\n一、存在问题\n（一）食堂管理不规范。\n1. 建立制度\n2. 落实检查\n（二）账目不清。\n1. 清理账目\n"
          "二、整改措施\n①甲\n②乙\n①丙\n要点\n保留插入的文字\n");
}

TEST_CASE("office: a .docx table reads as a line per row, merged cells carried", "[office][docx]") {
    auto tc = [](const std::string& t, const std::string& pr = "") {
        return "<w:tc>" + (pr.empty() ? "" : "<w:tcPr>" + pr + "</w:tcPr>") + p(t) + "</w:tc>";
    };
    const std::string body = p("整改台账") + "<w:tbl>" + "<w:tr>" + tc("序号") + tc("问题") + tc("整改措施") + tc("时限") + "</w:tr>" +
                             "<w:tr>" + tc("1") + tc("食堂", "<w:vMerge w:val=\"restart\"/>") + tc("建立制度") + tc("6月底") + "</w:tr>" +
                             "<w:tr>" + tc("2") + tc("", "<w:vMerge/>") + "<w:tc>" + p("落实") + p("检查") + "</w:tc>" + tc("7月底") + "</w:tr>" +
                             "<w:tr>" + tc("合计：2项", "<w:gridSpan w:val=\"3\"/>") + tc("") + "</w:tr>" + "</w:tbl>" + p("完");
    std::string text;
    REQUIRE_FALSE(read_docx(docx(body), text));
    CHECK(text == "整改台账\n序号\t问题\t整改措施\t时限\n1\t食堂\t建立制度\t6月底\n2\t食堂\t落实 检查\t7月底\n合计：2项\t\t\t\n\n完\n");
}

TEST_CASE("office: a grid crosses to the app as JSON and back unchanged", "[office][xlsx]") {
    const std::string sheet = R"(<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"引号"\ 与换行
</t></is></c><c r="C1"><v>110101199001011234</v></c><c r="D1" s="1"><v>45808</v></c><c r="E1" t="b"><v>0</v></c></row>)"
                              R"(<row r="3" hidden="1"><c r="B3" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells><mergeCell ref="A1:A3"/></mergeCells>)";
    Grid g;
    REQUIRE_FALSE(read_xlsx(workbook({{"一", sheet}, {"二", "<sheetData/>"}}, "", R"(<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>)"), g));
    Grid back;
    std::string error;
    REQUIRE(grid_from_json(grid_to_json(g), back, error));
    REQUIRE(back.sheets.size() == 2);
    for (size_t i = 0; i < 2; i++) {
        const GridSheet &a = g.sheets[i], &b = back.sheets[i];
        CHECK(a.name == b.name);
        CHECK(a.hidden_rows == b.hidden_rows);
        CHECK(a.source_rows == b.source_rows);
        REQUIRE(a.rows.size() == b.rows.size());
        for (size_t r = 0; r < a.rows.size(); r++) {
            REQUIRE(a.rows[r].size() == b.rows[r].size());
            for (size_t c = 0; c < a.rows[r].size(); c++) {
                CHECK(a.rows[r][c].text == b.rows[r][c].text);
                CHECK(a.rows[r][c].kind == b.rows[r][c].kind);
            }
        }
        REQUIRE(a.merges.size() == b.merges.size());
    }
    CHECK(back.sheets[0].rows[0][0].text == "\"引号\"\\ 与换行\n");
    CHECK(back.sheets[0].rows[0][3].kind == GridCell::Kind::Date);
    CHECK_FALSE(grid_from_json(R"({"sheets":[{"rows":[[{"q":"1"}]],"hidden_rows":[],"merges":[],"source_rows":[]}]})", back, error));
    CHECK(error.find("unknown kind") != std::string::npos);
    CHECK_FALSE(grid_from_json(R"({"sheets":[{"rows":[],"hidden_rows":[3],"merges":[],"source_rows":[]}]})", back, error));
}

TEST_CASE("office: a file given to the app is read by what it is, its name a check", "[office]") {
    const std::string xlsx = workbook({{"S", R"(<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c></row></sheetData>)"}}, "", "");
    const std::string doc = docx(p("一、问题"));
    auto round = [](const OfficeRead& r) {
        OfficeRead back;
        std::string error;
        REQUIRE(office_read_from_json(office_read_to_json(r), back, error));
        return back;
    };
    OfficeRead r = round(read_office_file(xlsx, "台账.XLSX"));
    REQUIRE(r.kind == OfficeRead::Kind::Workbook);
    CHECK(r.grid.sheets.at(0).rows.at(0).at(0).text == "序号");
    r = round(read_office_file(doc, "方案.docx"));
    REQUIRE(r.kind == OfficeRead::Kind::Document);
    CHECK(r.text == "一、问题\n");
    r = round(read_office_file(xlsx, "方案.docx"));
    REQUIRE(r.kind == OfficeRead::Kind::Error);
    CHECK(r.error_zh == "文件内容是 Excel (.xlsx)，不是 Word (.docx) 文件（扩展名可能被改过）。");
    CHECK(r.error(Lang::En) == "The file holds Excel (.xlsx), not a Word (.docx) file (its name may have been changed).");
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += std::string(600, '\0');
    CHECK(round(read_office_file(ole, "旧表.xls")).error_zh.find("另存为") != std::string::npos);
    CHECK(round(read_office_file(write_zip({{"a.png", "x"}}), "x.docx")).error_zh == "文件是 ZIP 压缩包，但不是 Word 或 Excel 文件。");
    CHECK(round(read_office_file(xlsx.substr(0, xlsx.size() - 30), "台账.xlsx")).error_zh.find("已损坏或不完整") != std::string::npos);
    CHECK(round(read_office_file("abc", "台账.xlsx")).error_zh.find("Excel (.xlsx)") != std::string::npos);
}
