// 按原表导出 (office/xlsx_fill.h): a received ledger form filled with new rows keeps its layout. Templates
// are built here part by part (a title, a header, styled data rows with merges, a spacer and a
// footer with a shared SUM formula, validations, conditional formats, print setup, defined names, a
// calcChain, a second sheet) and made by LibreOffice from tests/data/office/form.html; each filled
// file is read back with read_xlsx: every cell, every merge, the parts that must not change byte for
// byte. Hostile and odd templates: header only, header at the last row, 5000 rows, text XML cannot
// hold, a footer formula into the data, prefixed namespaces.
#include <catch2/catch_test_macros.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "office/office_read.h"
#include "office/xlsx_fill.h"
#include "office/xlsx_refs.h"
#include "office/zip.h"
#include "test_util.h"

using namespace rectify;
using namespace rectify::office;

namespace {

const char kMain[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char kRel[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

struct Book {
    std::string sheet1, sheet2 = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>说明页</t></is></c></row></sheetData>";
    std::string names, prefix; // definedNames body; "x:" for a prefixed sheet
    bool calc_chain = true;
};

const char kStyles[] = R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="16"/><name val="方正小标宋简体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1"/></cellXfs></styleSheet>)";

std::vector<std::pair<std::string, std::string>> parts_of(const Book& b) {
    const std::string p = b.prefix;
    const std::string ns = p.empty() ? std::string(" xmlns=\"") + kMain + "\"" : " xmlns:" + p.substr(0, p.size() - 1) + "=\"" + kMain + "\"";
    std::string ct = R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
                     R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
                     R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
                     R"(<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
                     R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)";
    if (b.calc_chain) ct += R"(<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>)";
    ct += "</Types>";
    std::string rels = std::string(R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)") +
                       "<Relationship Id=\"rId1\" Type=\"" + kRel + "worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                       "<Relationship Id=\"rId2\" Type=\"" + kRel + "worksheet\" Target=\"worksheets/sheet2.xml\"/>" +
                       "<Relationship Id=\"rId3\" Type=\"" + kRel + "styles\" Target=\"styles.xml\"/>" +
                       (b.calc_chain ? std::string("<Relationship Id=\"rId4\" Type=\"") + kRel + "calcChain\" Target=\"calcChain.xml\"/>" : "") +
                       "</Relationships>";
    std::vector<std::pair<std::string, std::string>> parts{
        {"[Content_Types].xml", ct},
        {"_rels/.rels", std::string(R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type=")") + kRel + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns=")") + kMain +
                                R"x(" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账 (2)" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/></sheets>)x" +
                                (b.names.empty() ? "" : "<definedNames>" + b.names + "</definedNames>") + "</workbook>"},
        {"xl/_rels/workbook.xml.rels", rels},
        {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><" + p + "worksheet" + ns + ">" + b.sheet1 + "</" + p + "worksheet>"},
        {"xl/worksheets/sheet2.xml", std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"") + kMain + "\">" + b.sheet2 + "</worksheet>"},
        {"xl/styles.xml", kStyles},
        {"docProps/app.xml", "<Properties><Application>Microsoft Excel</Application></Properties>"}};
    if (b.calc_chain) parts.emplace_back("xl/calcChain.xml", std::string("<calcChain xmlns=\"") + kMain + "\"><c r=\"A9\" i=\"1\"/></calcChain>");
    return parts;
}

std::string c_s(const char* ref, int s, const std::string& text = "") {
    return std::string("<c r=\"") + ref + "\" s=\"" + std::to_string(s) + "\"" +
           (text.empty() ? "/>" : " t=\"inlineStr\"><is><t>" + text + "</t></is></c>");
}

// The ledger form of the tests: title (row 1, merged A1:D1), header (row 2), data rows 3–5 (border
// style 2; B3:B4 a problem over two measures, D3:D5 a department over three), a spacer (row 6), a
// footer (row 7: 填报人：, merged A7:B7), a total row (row 8, a shared SUM over A3:A5 and B3:B5) and a
// row whose formula points into the data (row 9, =C4: dropped keeping its value).
const char kPageSetup[] = R"(<printOptions horizontalCentered="1"/><pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>)";
const char kCols[] = R"(<cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="3" width="30" customWidth="1"/><col min="4" max="4" width="12" customWidth="1" style="3"/></cols>)";

Book form() {
    Book b;
    b.sheet1 = std::string(R"(<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:D9"/><sheetFormatPr defaultRowHeight="14.25"/>)") + kCols +
               "<sheetData>"
               "<row r=\"1\" ht=\"30\" customHeight=\"1\">" + c_s("A1", 1, "城南中学巡察整改台账") + c_s("B1", 1) + c_s("C1", 1) + c_s("D1", 1) + "</row>"
               "<row r=\"2\">" + c_s("A2", 3, "序号") + c_s("B2", 3, "问题") + c_s("C2", 3, "整改措施") + c_s("D2", 3, "责任科室") + "</row>"
               "<row r=\"3\" ht=\"20\" customHeight=\"1\">" + c_s("A3", 2, "1") + c_s("B3", 2, "旧问题") + c_s("C3", 2, "旧措施") + c_s("D3", 2, "旧科室") + "</row>"
               "<row r=\"4\">" + c_s("A4", 2, "2") + c_s("B4", 2) + c_s("C4", 2, "旧措施二") + c_s("D4", 2) + "</row>"
               "<row r=\"5\">" + c_s("A5", 2, "3") + c_s("B5", 2, "旧问题二") + c_s("C5", 2, "旧措施三") + c_s("D5", 2) + "</row>"
               "<row r=\"6\"/>"
               "<row r=\"7\">" + c_s("A7", 0, "填报人：") + c_s("C7", 0, "填报日期：") + "</row>"
               "<row r=\"8\"><c r=\"A8\"><f t=\"shared\" ref=\"A8:B8\" si=\"0\">SUM(A3:A5)</f><v>6</v></c><c r=\"B8\"><f t=\"shared\" si=\"0\"/><v>0</v></c>"
               "<c r=\"C8\" t=\"str\"><f>C4</f><v>旧措施二</v></c><c r=\"D8\"><f>COUNTA(D3:D5)+ROWS($A$1:$A$2)</f><v>3</v></c></row>"
               "</sheetData>"
               R"(<autoFilter ref="A2:D5"/><mergeCells count="4"><mergeCell ref="A1:D1"/><mergeCell ref="B3:B4"/><mergeCell ref="D3:D5"/><mergeCell ref="A7:B7"/></mergeCells>)"
               R"(<conditionalFormatting sqref="C3:C5"><cfRule type="expression" dxfId="0" priority="1"><formula>$C3="已完成"</formula></cfRule></conditionalFormatting>)"
               R"(<conditionalFormatting sqref="A4"><cfRule type="expression" dxfId="0" priority="2"><formula>TRUE</formula></cfRule></conditionalFormatting>)"
               R"(<dataValidations count="2"><dataValidation type="list" sqref="D3:D5"><formula1>"总务处,教务处"</formula1></dataValidation><dataValidation type="list" sqref="A7"><formula1>$A$3:$A$5</formula1></dataValidation></dataValidations>)"
               R"(<hyperlinks><hyperlink ref="B3" location="'说明'!A1"/><hyperlink ref="A7" location="'说明'!A1"/></hyperlinks>)" +
               kPageSetup + R"(<rowBreaks count="2" manualBreakCount="2"><brk id="4" max="16383" man="1"/><brk id="7" max="16383" man="1"/></rowBreaks>)";
    b.names = R"(<definedName name="_xlnm.Print_Area" localSheetId="0">'台账 (2)'!$A$1:$D$8</definedName>)"
              R"(<definedName name="_xlnm.Print_Titles" localSheetId="0">'台账 (2)'!$1:$2</definedName>)"
              R"(<definedName name="某项">'台账 (2)'!$C$4</definedName><definedName name="说明区">说明!$A$1:$A$3</definedName>)";
    return b;
}

std::string part(const std::string& xlsx, const std::string& name) {
    ZipReader z;
    std::string bytes;
    if (z.open(xlsx, "x") || !z.has(name) || z.read(name, bytes)) return "<missing>";
    return bytes;
}

std::string between(const std::string& s, const std::string& a, const std::string& b) {
    const size_t i = s.find(a);
    if (i == std::string::npos) return "";
    const size_t j = s.find(b, i);
    return j == std::string::npos ? "" : s.substr(i, j + b.size() - i);
}

std::string text_at(const GridSheet& s, int r, int c) {
    if (size_t(r) >= s.rows.size() || size_t(c) >= s.rows[size_t(r)].size()) return "";
    return s.rows[size_t(r)][size_t(c)].text;
}

bool has_merge(const GridSheet& s, int r0, int c0, int r1, int c1) {
    for (const GridMerge& m : s.merges)
        if (m.row0 == r0 && m.col0 == c0 && m.row1 == r1 && m.col1 == c1) return true;
    return false;
}

// Four measures: two under one problem, one department over the first three.
XlsxFill four_rows() {
    XlsxFill f;
    f.header_last = 1;
    f.columns = {0, 1, 2, 3};
    f.rows = {{"1", "食堂健康证过期", "组织体检", "总务处"},
              {"2", "食堂健康证过期", "建立提醒台账", "总务处"},
              {"3", "校服采购未招标", "重新招标\n公开结果", "总务处"},
              {"4", "图书室借阅登记不完整", "完善登记", "教务处"}};
    f.merge_columns = {1, 3};
    f.number_columns = {0};
    return f;
}

Grid read_back(const std::string& xlsx) {
    Grid g;
    const OfficeProblem p = read_xlsx(xlsx, g);
    INFO(office_message(p, Lang::En));
    REQUIRE_FALSE(p);
    return g;
}

void write_if_asked(const char* name, const std::string& bytes) { // for tests/office/fill_test.sh
    if (const char* dir = std::getenv("RECTIFY_FILL_DIR")) std::ofstream(std::string(dir) + "/" + name, std::ios::binary) << bytes;
}

} // namespace

TEST_CASE("fill: a received form keeps its title, header, footer, styles and print setup; only the data changes", "[office][fill]") {
    const Book b = form();
    const std::string original = write_zip(parts_of(b));
    std::string out;
    XlsxFillReport rep;
    const OfficeProblem p = fill_xlsx(original, four_rows(), out, &rep);
    INFO(office_message(p, Lang::En));
    REQUIRE_FALSE(p);
    write_if_asked("parts-filled.xlsx", out);
    write_if_asked("parts.xlsx", original);
    CHECK(rep.template_rows == 3);
    CHECK(rep.footer_first == 6);
    const Grid g = read_back(out);
    REQUIRE(g.sheets.size() == 2);
    const GridSheet& s = g.sheets[0];
    // Title and header as they were; the new rows in order; the spacer and footer one row lower.
    CHECK(text_at(s, 0, 0) == "城南中学巡察整改台账");
    CHECK(text_at(s, 1, 3) == "责任科室");
    const XlsxFill f = four_rows();
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 4; c++) {
            const bool covered = (c == 1 && r == 1) || (c == 3 && (r == 1 || r == 2));
            INFO("row " << r << " col " << c);
            CHECK(text_at(s, 2 + r, c) == (covered ? "" : f.rows[size_t(r)][size_t(c)]));
        }
    CHECK(s.rows[2][0].kind == GridCell::Kind::Number); // 序号 as a number
    CHECK(s.rows[2][1].kind == GridCell::Kind::Text);
    CHECK(s.rows[6].empty()); // the spacer
    CHECK(text_at(s, 7, 0) == "填报人：");
    CHECK(text_at(s, 7, 2) == "填报日期：");
    CHECK(text_at(s, 8, 2) == "旧措施二"); // a formula into the data: dropped, its value kept
    REQUIRE(s.rows.size() == 9);
    // Merges: the title's kept, the old data's gone, the new runs merged, the footer's moved.
    CHECK(s.merges.size() == 4);
    CHECK(has_merge(s, 0, 0, 0, 3));
    CHECK(has_merge(s, 2, 1, 3, 1)); // 食堂健康证过期 over two measures
    CHECK(has_merge(s, 2, 3, 4, 3)); // 总务处 over three rows
    CHECK(has_merge(s, 7, 0, 7, 1));
    CHECK(rep.merges == 2);

    const std::string sheet = part(out, "xl/worksheets/sheet1.xml"), before = part(original, "xl/worksheets/sheet1.xml");
    // Each new cell has its column's style in the first data row; the row its attributes.
    CHECK(sheet.find(R"(<row r="3" ht="20" customHeight="1"><c r="A3" s="2"><v>1</v></c><c r="B3" s="2" t="inlineStr"><is><t xml:space="preserve">食堂健康证过期</t></is></c>)") != std::string::npos);
    CHECK(sheet.find(R"(<c r="B4" s="2"/>)") != std::string::npos);
    CHECK(sheet.find(R"(<row r="5" ht="30.50" customHeight="1">)") != std::string::npos); // two lines: taller
    // Formulas below: the SUM spans the new rows, the shared group moved, the one into the data dropped.
    CHECK(sheet.find(R"(<c r="A9"><f t="shared" ref="A9:B9" si="0">SUM(A3:A6)</f><v>6</v></c><c r="B9"><f t="shared" si="0"/>)") != std::string::npos);
    CHECK(sheet.find(R"(<c r="C9" t="str"><v>旧措施二</v></c>)") != std::string::npos);
    CHECK(sheet.find("COUNTA(D3:D6)+ROWS($A$1:$A$2)") != std::string::npos);
    CHECK(rep.formulas_dropped == 1);
    // What refers to rows: moved, or removed when it pointed inside the data.
    CHECK(sheet.find(R"(<dimension ref="A1:D9"/>)") != std::string::npos);
    CHECK(sheet.find(R"(<autoFilter ref="A2:D6"/>)") != std::string::npos);
    CHECK(sheet.find(R"(<conditionalFormatting sqref="C3:C6"><cfRule type="expression" dxfId="0" priority="1"><formula>$C3="已完成"</formula>)") != std::string::npos);
    CHECK(sheet.find(R"(sqref="A4")") == std::string::npos);
    CHECK(sheet.find(R"(<dataValidations count="2"><dataValidation type="list" sqref="D3:D6"><formula1>"总务处,教务处"</formula1></dataValidation><dataValidation type="list" sqref="A8"><formula1>$A$3:$A$6</formula1>)") != std::string::npos);
    CHECK(sheet.find(R"(<hyperlinks><hyperlink ref="A8" location="'说明'!A1"/></hyperlinks>)") != std::string::npos);
    CHECK(sheet.find(R"(<rowBreaks count="1" manualBreakCount="1"><brk id="8" max="16383" man="1"/></rowBreaks>)") != std::string::npos);
    CHECK(rep.removed == 4);
    // Widths, page setup and sheet properties exactly as received.
    CHECK(between(sheet, "<cols>", "</cols>") == kCols);
    CHECK(between(sheet, "<printOptions", "/>") == between(before, "<printOptions", "/>"));
    CHECK(between(sheet, "<pageMargins", "<rowBreaks") == between(before, "<pageMargins", "<rowBreaks"));
    CHECK(between(sheet, "<sheetPr>", "</sheetPr>") == between(before, "<sheetPr>", "</sheetPr>"));
    // The workbook's names: the print area spans the new rows, the titles stay, a name into the data goes.
    const std::string book = part(out, "xl/workbook.xml");
    CHECK(book.find(R"('台账 (2)'!$A$1:$D$9</definedName>)") != std::string::npos);
    CHECK(book.find(R"('台账 (2)'!$1:$2</definedName>)") != std::string::npos);
    CHECK(book.find("某项") == std::string::npos);
    CHECK(book.find(R"(说明!$A$1:$A$3)") != std::string::npos);
    // calcChain gone with its relationship and content type; everything else byte for byte.
    CHECK(part(out, "xl/calcChain.xml") == "<missing>");
    CHECK(part(out, "xl/_rels/workbook.xml.rels").find("calcChain") == std::string::npos);
    CHECK(part(out, "[Content_Types].xml").find("calcChain") == std::string::npos);
    for (const char* same : {"xl/styles.xml", "xl/worksheets/sheet2.xml", "docProps/app.xml", "_rels/.rels"}) {
        INFO(same);
        CHECK(part(out, same) == part(original, same));
    }
    CHECK(text_at(g.sheets[1], 0, 0) == "说明页");
}

TEST_CASE("fill: merges follow the template's convention unless the caller asks for them", "[office][fill]") {
    Book b = form();
    const std::string merged = b.sheet1;
    // The same form without merges in its data rows.
    b.sheet1.replace(b.sheet1.find(R"(<mergeCell ref="B3:B4"/><mergeCell ref="D3:D5"/>)"), 48, "");
    const std::string plain = write_zip(parts_of(b));
    std::string out;
    XlsxFillReport rep;
    REQUIRE_FALSE(fill_xlsx(plain, four_rows(), out, &rep));
    CHECK(rep.merges == 0);
    Grid g = read_back(out);
    CHECK(text_at(g.sheets[0], 3, 1) == "食堂健康证过期"); // written on every row
    CHECK(g.sheets[0].merges.size() == 2);
    XlsxFill always = four_rows();
    always.merge_always = true;
    REQUIRE_FALSE(fill_xlsx(plain, always, out, &rep));
    CHECK(rep.merges == 2);
    g = read_back(out);
    CHECK(has_merge(g.sheets[0], 2, 1, 3, 1));
    CHECK(text_at(g.sheets[0], 3, 1).empty());
    // A horizontal merge in the first data row (措施 over C:D) repeats on every new row.
    b.sheet1 = merged;
    b.sheet1.replace(b.sheet1.find(R"(<mergeCell ref="D3:D5"/>)"), 24, R"(<mergeCell ref="C3:D3"/>)");
    XlsxFill three = four_rows();
    three.columns = {0, 1, 2};
    for (auto& r : three.rows) r.pop_back();
    REQUIRE_FALSE(fill_xlsx(write_zip(parts_of(b)), three, out, &rep));
    g = read_back(out);
    for (int r = 2; r < 6; r++) CHECK(has_merge(g.sheets[0], r, 2, r, 3));
}

TEST_CASE("fill: a header-only form and a header on the last row take the columns' styles", "[office][fill]") {
    Book b;
    b.calc_chain = false;
    b.sheet1 = std::string(kCols) + "<sheetData><row r=\"1\">" + c_s("A1", 3, "序号") + c_s("B1", 3, "问题") + c_s("C1", 3, "措施") + c_s("D1", 3, "科室") +
               "</row></sheetData>" + kPageSetup;
    const std::string original = write_zip(parts_of(b));
    XlsxFill f = four_rows();
    f.header_last = 0;
    std::string out;
    XlsxFillReport rep;
    REQUIRE_FALSE(fill_xlsx(original, f, out, &rep));
    CHECK(rep.template_rows == 0);
    CHECK(rep.footer_first == -1);
    const Grid g = read_back(out);
    REQUIRE(g.sheets[0].rows.size() == 5);
    CHECK(text_at(g.sheets[0], 0, 1) == "问题");
    CHECK(text_at(g.sheets[0], 4, 1) == "图书室借阅登记不完整");
    CHECK(g.sheets[0].merges.empty()); // no data rows: no evidence the form merges
    const std::string sheet = part(out, "xl/worksheets/sheet1.xml");
    CHECK(sheet.find(R"(<c r="D2" s="3" t="inlineStr">)") != std::string::npos); // <col style="3">
    CHECK(sheet.find(R"(<c r="B2" t="inlineStr">)") != std::string::npos);
    CHECK(part(out, "[Content_Types].xml") == part(original, "[Content_Types].xml"));
    // No rows at all: the header said to be row 3 of an empty sheet.
    b.sheet1 = "<sheetData/>";
    f.header_last = 2;
    REQUIRE_FALSE(fill_xlsx(write_zip(parts_of(b)), f, out, &rep));
    CHECK(text_at(read_back(out).sheets[0], 6, 2) == "完善登记");
}

TEST_CASE("fill: text XML cannot hold, Excel's cell limit, a literal _x000D_", "[office][fill][hostile]") {
    const std::string original = write_zip(parts_of(form()));
    XlsxFill f;
    f.header_last = 1;
    f.footer_first = 6;
    f.columns = {1, 2};
    f.rows = {{"a < b & c > d \"e\" 'f'\x01\x02\x0b\x0c", "第一行\r\n第二行\r第三行_x000D_\xff\xfe"}, {std::string(40000, 'x'), "\t缩进"}};
    std::string out;
    REQUIRE_FALSE(fill_xlsx(original, f, out));
    const Grid g = read_back(out);
    const GridSheet& s = g.sheets[0];
    CHECK(text_at(s, 2, 1) == "a < b & c > d \"e\" 'f'");
    CHECK(text_at(s, 2, 2) == "第一行\n第二行\n第三行_x000D_\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(text_at(s, 3, 1).size() == 32767);
    CHECK(text_at(s, 3, 2) == "\t缩进");
    CHECK(text_at(s, 5, 0) == "填报人：");
}

TEST_CASE("fill: thousands of rows in linear time", "[office][fill]") {
    const std::string original = write_zip(parts_of(form()));
    auto run = [&](int n) {
        XlsxFill f = four_rows();
        f.rows.clear();
        for (int i = 0; i < n; i++) f.rows.push_back({std::to_string(i + 1), "问题" + std::to_string(i / 3), "措施" + std::to_string(i), "科室" + std::to_string(i / 7)});
        std::string out;
        const auto t0 = std::chrono::steady_clock::now();
        REQUIRE_FALSE(fill_xlsx(original, f, out));
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        const Grid g = read_back(out);
        CHECK(g.sheets[0].rows.size() == size_t(n + 2 + 3));
        CHECK(text_at(g.sheets[0], n + 1, 2) == "措施" + std::to_string(n - 1));
        CHECK(text_at(g.sheets[0], n + 3, 0) == "填报人：");
        CHECK(g.sheets[0].merges.size() == size_t(2 + (n + 2) / 3 + (n + 6) / 7));
        return ms;
    };
    const double small = run(1250), big = run(5000);
    CHECK(big < small * 10 + 50); // quadratic work would take about 16 times as long
}

TEST_CASE("fill: a WPS-style template with prefixed namespaces", "[office][fill]") {
    Book b;
    b.prefix = "x:";
    b.calc_chain = false;
    b.sheet1 = R"(<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>序号</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>问题</x:t></x:is></x:c></x:row>)"
               R"(<x:row r="2"><x:c r="A2" s="2"/><x:c r="B2" s="2"/></x:row><x:row r="3"><x:c r="A3" s="2"/><x:c r="B3" s="2"/></x:row></x:sheetData>)"
               R"(<x:mergeCells count="1"><x:mergeCell ref="B2:B3"/></x:mergeCells>)";
    XlsxFill f;
    f.columns = {0, 1};
    f.rows = {{"1", "同一问题"}, {"2", "同一问题"}, {"3", "另一问题"}};
    f.merge_columns = {1};
    std::string out;
    REQUIRE_FALSE(fill_xlsx(write_zip(parts_of(b)), f, out));
    const std::string sheet = part(out, "xl/worksheets/sheet1.xml");
    CHECK(sheet.find(R"(<x:row r="2"><x:c r="A2" s="2" t="inlineStr"><x:is><x:t xml:space="preserve">1</x:t></x:is></x:c>)") != std::string::npos);
    CHECK(sheet.find(R"(<x:mergeCell ref="B2:B3"/>)") != std::string::npos);
    const Grid g = read_back(out);
    CHECK(text_at(g.sheets[0], 3, 1) == "另一问题");
    CHECK(has_merge(g.sheets[0], 1, 1, 2, 1));
}

TEST_CASE("fill: a sheet that is not there, and a damaged template, are refused", "[office][fill][hostile]") {
    std::string out = "old";
    XlsxFill f = four_rows();
    f.sheet = 2;
    const OfficeProblem p = fill_xlsx(write_zip(parts_of(form())), f, out);
    CHECK(p.what == OfficeText::FillNoSheet);
    CHECK(office_message(p, Lang::Zh) == "工作簿中没有第 3 个工作表（共 2 个）。");
    CHECK(out.empty());
    CHECK(fill_xlsx("PK\x03\x04 not really", four_rows(), out).what == OfficeText::NotZip);
}

TEST_CASE("fill: a form LibreOffice made (tests/data/office/form.html), filled and read back", "[office][fill][libreoffice]") {
    // fill_test.sh made the fixtures already; run alone, the test makes them in a folder of its own.
    const char* env = std::getenv("RECTIFY_FILL_DIR");
    const std::filesystem::path dir = env ? std::filesystem::path(env)
                                          : std::filesystem::temp_directory_path() / ("rectify-fill-" + std::to_string(std::random_device{}()));
    struct Cleanup {
        std::filesystem::path p;
        ~Cleanup() {
            std::error_code ec;
            if (!p.empty()) std::filesystem::remove_all(p, ec);
        }
    } cleanup{env ? std::filesystem::path() : dir};
    if (!std::filesystem::exists(dir / "form.xlsx")) {
        const std::string make = "bash '" + testing::data_path("../office/make_fixtures.sh") + "' '" + dir.string() + "' >/dev/null 2>&1";
        if (std::system(make.c_str()) != 0) SKIP("LibreOffice (soffice) is not installed");
    }
    const std::string original = testing::read_bytes((dir / "form.xlsx").string());
    Grid before = read_back(original);
    XlsxFill f = four_rows();
    f.header_last = 2; // a header over two rows
    f.columns = {0, 1, 2, 4, 5, 6};
    f.merge_columns = {1, 4};
    f.rows = {{"1", "食堂健康证过期", "组织体检", "王明", "已完成", "2025年6月30日"},
              {"2", "食堂健康证过期", "建立提醒台账", "王明", "正在整改", ""},
              {"3", "校服采购未招标", "重新招标", "李红", "未开始", ""},
              {"4", "图书室借阅登记不完整", "完善登记", "赵强", "已完成", "2025年5月1日"}};
    std::string out;
    XlsxFillReport rep;
    REQUIRE_FALSE(fill_xlsx(original, f, out, &rep));
    write_if_asked("form-filled.xlsx", out);
    CHECK(rep.template_rows == 3);
    CHECK(rep.footer_first == 6);
    const Grid g = read_back(out);
    const GridSheet& s = g.sheets[0];
    for (int r = 0; r < 3; r++)
        for (int c = 0; c < 7; c++) CHECK(text_at(s, r, c) == text_at(before.sheets[0], r, c)); // title and header
    CHECK(text_at(s, 3, 1) == "食堂健康证过期");
    CHECK(text_at(s, 4, 1).empty());
    CHECK(has_merge(s, 3, 1, 4, 1));
    // 王明 twice in 责任人, asked to merge, but the form never merged that column: written twice.
    CHECK(text_at(s, 4, 4) == "王明");
    CHECK(s.merges.size() == 10); // title, header (6), footer (2), the new problem run
    CHECK(text_at(s, 3, 3).empty()); // 责任科室 not filled: empty, in its style
    CHECK(text_at(s, 6, 6) == "2025年5月1日");
    CHECK(text_at(s, 7, 0) == "填报人：");
    CHECK(has_merge(s, 7, 0, 7, 2));
    CHECK(has_merge(s, 0, 0, 0, 6));
    CHECK(has_merge(s, 1, 5, 1, 6)); // 整改情况 over its two columns
    CHECK(part(out, "xl/styles.xml") == part(original, "xl/styles.xml"));
    const std::string sheet = part(out, "xl/worksheets/sheet1.xml"), tpl = part(original, "xl/worksheets/sheet1.xml");
    CHECK(between(sheet, "<cols>", "</cols>") == between(tpl, "<cols>", "</cols>"));
    CHECK(between(sheet, "<pageSetup", "/>") == between(tpl, "<pageSetup", "/>"));
}

TEST_CASE("fill: references after the data rows changed: moved, spanned, or refused", "[office][fill]") {
    const RowShift s{2, 4, 4}; // rows 3–5 (1-based) become rows 3–6
    auto moved = [&](std::string f, const char* sheet = "台账", bool unqualified = true, bool kept = false) {
        return rewrite_refs(f, s, sheet, unqualified, kept) ? f : std::string("<refused>");
    };
    CHECK(moved("SUM(A3:A5)") == "SUM(A3:A6)");
    CHECK(moved("SUM($B$3:B5)*2") == "SUM($B$3:B6)*2");
    CHECK(moved("SUM(A2:A9)") == "SUM(A2:A10)"); // from the header to below: both ends right
    CHECK(moved("A7+Sheet2!A7+'台账 (2)'!A7", "台账 (2)") == "A8+Sheet2!A7+'台账 (2)'!A8");
    CHECK(moved("台账!$A$7&'It''s'!A7", "It's") == "台账!$A$7&'It''s'!A8");
    CHECK(moved(R"("A3:A5"&LOG10(A1)&SUM(A:A)&ROWS($1:$2)&ROWS($3:$5))") == R"("A3:A5"&LOG10(A1)&SUM(A:A)&ROWS($1:$2)&ROWS($3:$6))");
    CHECK(moved("[1]台账!A7+Table1[[#This Row],[A3]]") == "[1]台账!A7+Table1[[#This Row],[A3]]");
    CHECK(moved("A7", "台账", false) == "A7"); // a defined name's unqualified text is not the sheet's
    CHECK(moved("A4") == "<refused>");         // one data cell: nothing to say for the new rows
    CHECK(moved("SUM(A2:A4)") == "<refused>"); // part of the data
    CHECK(moved("$C3=\"已完成\"", "台账", true, true) == "$C3=\"已完成\""); // relative to its range's first cell
    const RowShift none{2, 4, 0};
    std::string f = "SUM(A3:A5)";
    CHECK_FALSE(rewrite_refs(f, none, "台账", true));
    f = "A7";
    CHECK((rewrite_refs(f, none, "台账", true) && f == "A4"));
    std::string sq = "A3:D5 F7 B4";
    CHECK((map_sqref(sq, s) && sq == "A3:D6 F8"));
    sq = "B4";
    CHECK_FALSE(map_sqref(sq, s));
}

TEST_CASE("fill: Excel 2010 validations and formats (extLst) move or go", "[office][fill]") {
    Book b = form();
    b.sheet1 += R"(<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">)"
                R"(<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list">)"
                R"(<x14:formula1><xm:f>说明!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D3:D5</xm:sqref></x14:dataValidation></x14:dataValidations></ext>)"
                R"(<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">)"
                R"(<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">)"
                R"(<x14:cfRule type="expression" priority="3" id="{1}"><xm:f>$B$4&lt;&gt;""</xm:f></x14:cfRule><xm:sqref>B4</xm:sqref>)"
                R"(</x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>)";
    std::string out;
    XlsxFillReport rep;
    REQUIRE_FALSE(fill_xlsx(write_zip(parts_of(b)), four_rows(), out, &rep));
    const std::string sheet = part(out, "xl/worksheets/sheet1.xml");
    CHECK(sheet.find("<xm:f>说明!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D3:D6</xm:sqref>") != std::string::npos);
    CHECK(sheet.find("conditionalFormattings") == std::string::npos);
    CHECK(sheet.find("{78C0D931") == std::string::npos); // the emptied extension gone
    CHECK(rep.removed == 5);
    read_back(out);
}

TEST_CASE("fill: a blank form's empty bordered rows are data rows; an unstyled row under the header is not the template", "[office][fill]") {
    Book b;
    b.calc_chain = false;
    // Header, an unstyled empty row, ten empty bordered rows to fill in, an unstyled spacer, the footer.
    std::string rows = "<row r=\"1\">" + c_s("A1", 3, "序号") + c_s("B1", 3, "问题") + "</row><row r=\"2\"/>";
    for (int r = 3; r <= 12; r++)
        rows += "<row r=\"" + std::to_string(r) + "\" ht=\"25\" customHeight=\"1\">" + c_s(("A" + std::to_string(r)).c_str(), 2) +
                c_s(("B" + std::to_string(r)).c_str(), 2) + "</row>";
    rows += "<row r=\"13\"><c r=\"A13\" s=\"0\"/></row><row r=\"14\">" + c_s("A14", 0, "制表：王明") + "</row>";
    b.sheet1 = "<sheetData>" + rows + "</sheetData>";
    XlsxFill f;
    f.columns = {0, 1};
    f.rows = {{"1", "甲"}, {"2", "乙"}, {"3", "丙"}};
    std::string out;
    XlsxFillReport rep;
    REQUIRE_FALSE(fill_xlsx(write_zip(parts_of(b)), f, out, &rep));
    CHECK(rep.footer_first == 13);
    CHECK(rep.template_rows == 11); // the empty row under the header and the ten bordered rows
    const Grid g = read_back(out);
    CHECK(text_at(g.sheets[0], 1, 1) == "甲");
    CHECK(text_at(g.sheets[0], 3, 1) == "丙");
    CHECK(text_at(g.sheets[0], 5, 0) == "制表：王明"); // after the kept spacer
    const std::string sheet = part(out, "xl/worksheets/sheet1.xml");
    CHECK(sheet.find(R"(<row r="2" ht="25" customHeight="1"><c r="A2" s="2"><v>1</v></c>)") == std::string::npos); // 序号 not numeric here
    CHECK(sheet.find(R"(<row r="2" ht="25" customHeight="1"><c r="A2" s="2" t="inlineStr">)") != std::string::npos);
    CHECK(sheet.find(R"(<row r="5"><c r="A5" s="0"/></row>)") != std::string::npos);
}

TEST_CASE("fill: a picture by the footer moves with it; one in the title stays", "[office][fill]") {
    auto parts = parts_of(form());
    const std::string xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    auto anchor = [](int from, int to) {
        return "<xdr:twoCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + std::to_string(from) +
               "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" +
               std::to_string(to) + "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:pic/><xdr:clientData/></xdr:twoCellAnchor>";
    };
    parts.emplace_back("xl/drawings/drawing1.xml", "<?xml version=\"1.0\"?><xdr:wsDr xmlns:xdr=\"" + xdr + "\">" + anchor(0, 0) + anchor(6, 8) + "</xdr:wsDr>");
    parts.emplace_back("xl/worksheets/_rels/sheet1.xml.rels",
                       std::string(R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rD" Type=")") +
                           kRel + "drawing\" Target=\"../drawings/drawing1.xml\"/></Relationships>");
    std::string out;
    REQUIRE_FALSE(fill_xlsx(write_zip(parts), four_rows(), out));
    const std::string d = part(out, "xl/drawings/drawing1.xml");
    CHECK(d.find(anchor(0, 0)) != std::string::npos);
    CHECK(d.find(anchor(7, 9)) != std::string::npos);
    CHECK(part(out, "xl/worksheets/_rels/sheet1.xml.rels") == parts.back().second);
}
