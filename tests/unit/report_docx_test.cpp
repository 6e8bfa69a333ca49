// The report as a .docx (core/report/report_docx.h): the package's parts well-formed and wired,
// the GB/T 9704 page in twips, fonts and styles, the list numbering read back as Word counts it
// (the paragraphs then read exactly as the text report), escaping, English, the 公示.
// Index: a small XML reader (well-formedness, parts of a part) · Word's numbering, re-counted ·
// parts · page · fonts and styles · numbering · footers · escaping · English and 公示 · read back
// by the office reader.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

#include "core/report/report_docx.h"
#include "core/utf8.h"
#include "office/office_read.h"
#include "office/zip.h"
#include "report_fixture.h"

using namespace rectify;
using namespace rectify::testing;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// ---- a small XML reader ------------------------------------------------------------------------

bool valid_entity(const std::string& x, size_t amp, size_t& end) {
    end = x.find(';', amp);
    if (end == std::string::npos || end - amp > 10) return false;
    std::string name = x.substr(amp + 1, end - amp - 1);
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") return true;
    return name.size() > 1 && name[0] == '#' && name.find_first_not_of("0123456789", 1) == std::string::npos;
}

// What XML 1.0 allows: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF, as well-formed
// UTF-8. Returns the bytes the character takes, 0 when it is not allowed.
size_t xml_char(const std::string& x, size_t i) {
    const unsigned char c = static_cast<unsigned char>(x[i]);
    if (c < 0x80) return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') ? 1 : 0;
    const size_t len = utf8_lead_length(c);
    char32_t cp = 0;
    if (len < 2 || !decode_utf8(x, i, len, cp)) return 0;
    const char32_t least[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) return 0;
    return len;
}

// "" when x is a well-formed XML document (one root, tags nested, attributes quoted, entities
// known, characters allowed); otherwise why not.
std::string xml_problem(const std::string& x) {
    size_t i = 0;
    if (x.compare(0, 5, "<?xml") == 0) i = x.find("?>") + 2;
    std::vector<std::string> open;
    int roots = 0;
    while (i < x.size()) {
        if (!xml_char(x, i)) return "a character XML cannot hold at " + std::to_string(i);
        if (x[i] == '&') {
            size_t end;
            if (!valid_entity(x, i, end)) return "a bad entity at " + std::to_string(i);
            i = end + 1;
            continue;
        }
        if (x[i] != '<') {
            if (open.empty() && x[i] != '\n' && x[i] != ' ') return "text outside the root at " + std::to_string(i);
            i += xml_char(x, i);
            continue;
        }
        const bool closing = i + 1 < x.size() && x[i + 1] == '/';
        size_t p = i + (closing ? 2 : 1), name_end = x.find_first_of(" />", p);
        if (name_end == std::string::npos || name_end == p) return "a tag with no name at " + std::to_string(i);
        const std::string name = x.substr(p, name_end - p);
        p = name_end;
        if (closing) {
            if (open.empty() || open.back() != name || x[p] != '>') return "</" + name + "> closes nothing open";
            open.pop_back();
            i = p + 1;
            continue;
        }
        if (open.empty() && ++roots > 1) return "a second root <" + name + ">";
        std::vector<std::string> attributes;
        while (true) {
            while (p < x.size() && x[p] == ' ') p++;
            if (p >= x.size()) return "<" + name + "> never ends";
            if (x[p] == '>' || x.compare(p, 2, "/>") == 0) break;
            const size_t eq = x.find('=', p);
            if (eq == std::string::npos || eq + 1 >= x.size() || (x[eq + 1] != '"' && x[eq + 1] != '\''))
                return "an unquoted attribute in <" + name + ">";
            const std::string attribute = x.substr(p, eq - p);
            for (const std::string& a : attributes)
                if (a == attribute) return "attribute " + attribute + " twice in <" + name + ">";
            attributes.push_back(attribute);
            const size_t close = x.find(x[eq + 1], eq + 2);
            if (close == std::string::npos) return "an attribute that never ends in <" + name + ">";
            for (size_t k = eq + 2, len; k < close; k += len) {
                size_t end;
                if (x[k] == '<') return "< in an attribute of <" + name + ">";
                if (x[k] == '&' && !valid_entity(x, k, end)) return "a bad entity in an attribute of <" + name + ">";
                if (!(len = xml_char(x, k))) return "a character XML cannot hold in an attribute of <" + name + ">";
            }
            p = close + 1;
        }
        if (x[p] == '>') open.push_back(name);
        i = p + (x[p] == '>' ? 1 : 2);
    }
    if (!open.empty()) return "<" + open.back() + "> is never closed";
    return roots == 1 ? "" : "no root element";
}

std::string attribute_of(const std::string& element, const std::string& name) {
    const size_t at = element.find(" " + name + "=\"");
    if (at == std::string::npos) return "";
    const size_t start = at + name.size() + 3;
    return element.substr(start, element.find('"', start) - start);
}

// Every element `<tag …>…</tag>` or `<tag …/>` in x, whole.
std::vector<std::string> elements(const std::string& x, const std::string& tag) {
    std::vector<std::string> out;
    for (size_t at = x.find("<" + tag); at != std::string::npos; at = x.find("<" + tag, at + 1)) {
        const char after = x[at + 1 + tag.size()];
        if (after != ' ' && after != '>' && after != '/') continue; // <w:pPr> is no <w:p>
        const size_t head_end = x.find('>', at);
        size_t end = head_end + 1;
        if (x[head_end - 1] != '/') end = x.find("</" + tag + ">", at) + tag.size() + 3;
        out.push_back(x.substr(at, end - at));
    }
    return out;
}

std::string unescape(std::string s) {
    const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities)
        for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) s.replace(at, strlen(from), to);
    return s;
}

// A paragraph's own text: its w:t contents, a w:tab as a tab.
std::string text_of(const std::string& paragraph) {
    std::string out;
    for (size_t at = paragraph.find("<w:"); at != std::string::npos; at = paragraph.find("<w:", at + 1)) {
        if (paragraph.compare(at, 8, "<w:tab/>") == 0) out += '\t';
        if (paragraph.compare(at, 5, "<w:t>") != 0 && paragraph.compare(at, 5, "<w:t ") != 0) continue;
        const size_t start = paragraph.find('>', at) + 1;
        out += unescape(paragraph.substr(start, paragraph.find("</w:t>", start) - start));
    }
    return out;
}

std::map<std::string, std::string> parts_of(const Workspace& ws, const ReportOptions& opt) {
    std::map<std::string, std::string> out;
    for (const auto& [path, bytes] : progress_report_docx_parts(ws, ws.plans[0], opt)) out[path] = bytes;
    return out;
}

// ---- Word's numbering, re-counted --------------------------------------------------------------
// The paragraphs as Word shows them: each paragraph of a style tied to a level of the list gets
// that level's text with its counters (a level counts on, and starts again after a level above),
// unless the paragraph takes itself out of the list (numId 0).

std::string counted(int n, const std::string& format) {
    static const char* cn[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    static const char* roman[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    REQUIRE(n >= 1);
    REQUIRE(n <= 10); // enough for these plans
    if (format == "chineseCounting") return cn[n];
    if (format == "upperRoman") return roman[n];
    REQUIRE(format == "decimal");
    return std::to_string(n);
}

std::vector<std::string> as_word_shows(const std::map<std::string, std::string>& parts) {
    std::map<std::string, int> level_of_style;
    for (const std::string& style : elements(parts.at("word/styles.xml"), "w:style")) {
        std::vector<std::string> ilvl = elements(style, "w:ilvl");
        if (!ilvl.empty()) level_of_style[attribute_of(style, "w:styleId")] = std::stoi(attribute_of(ilvl[0], "w:val"));
    }
    struct Level { std::string format, text, suffix; };
    std::vector<Level> levels;
    for (const std::string& lvl : elements(parts.at("word/numbering.xml"), "w:lvl"))
        levels.push_back({attribute_of(elements(lvl, "w:numFmt").at(0), "w:val"),
                          attribute_of(elements(lvl, "w:lvlText").at(0), "w:val"),
                          attribute_of(elements(lvl, "w:suff").at(0), "w:val")});
    std::vector<int> count(levels.size(), 0);
    std::vector<std::string> out;
    for (const std::string& p : elements(parts.at("word/document.xml"), "w:p")) {
        std::vector<std::string> style = elements(p, "w:pStyle");
        auto level = style.empty() ? level_of_style.end() : level_of_style.find(attribute_of(style[0], "w:val"));
        if (level == level_of_style.end() || has(p, "<w:numId w:val=\"0\"/>")) {
            out.push_back(text_of(p));
            continue;
        }
        const int l = level->second;
        count[l]++;
        for (size_t deeper = l + 1; deeper < count.size(); deeper++) count[deeper] = 0;
        std::string number = levels[l].text;
        for (int k = 0; k <= l; k++) {
            const std::string mark = "%" + std::to_string(k + 1);
            const size_t at = number.find(mark);
            if (at != std::string::npos) number.replace(at, mark.size(), counted(count[k], levels[k].format));
        }
        out.push_back(number + (levels[l].suffix == "space" ? " " : "") + text_of(p));
    }
    return out;
}

std::vector<std::string> report_texts(const Workspace& ws, const ReportOptions& opt) {
    std::vector<std::string> out;
    for (const ReportLine& line : report_lines(ws, ws.plans[0], opt)) out.push_back(line.text);
    return out;
}

int twips(double mm) { return int(std::lround(mm * 1440 / 25.4)); }

} // namespace

// ---- parts -------------------------------------------------------------------------------------

TEST_CASE("docx: the package's parts, well-formed, content types first, each part declared and related", "[docx]") {
    Workspace ws = fixture_workspace();
    DocxParts list = progress_report_docx_parts(ws, ws.plans[0], options(false, true));
    REQUIRE(!list.empty());
    CHECK(list.front().first == "[Content_Types].xml");
    std::map<std::string, std::string> parts(list.begin(), list.end());
    CHECK(parts.size() == list.size()); // no path twice
    for (const char* path : {"_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                             "word/numbering.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
                             "word/footer2.xml", "docProps/core.xml", "docProps/app.xml"})
        CHECK(parts.count(path) == 1);
    for (const auto& [path, bytes] : list) {
        INFO(path);
        CHECK(xml_problem(bytes) == "");
        if (path.find(".rels") != std::string::npos || path == "[Content_Types].xml") continue;
        CHECK(has(parts["[Content_Types].xml"], "PartName=\"/" + path + "\""));
    }
    // Every relationship points at a part that is there.
    for (const auto& [rels, folder] : {std::pair<std::string, std::string>{"_rels/.rels", ""},
                                       {"word/_rels/document.xml.rels", "word/"}})
        for (const std::string& r : elements(parts[rels], "Relationship")) {
            INFO(r);
            CHECK(parts.count(folder + attribute_of(r, "Target")) == 1);
        }
    // The document names both footers by the ids its relationships give them.
    for (const std::string& ref : elements(parts["word/document.xml"], "w:footerReference"))
        CHECK(has(parts["word/_rels/document.xml.rels"], "Id=\"" + attribute_of(ref, "r:id") + "\""));
}

TEST_CASE("docx: the reader finds what is wrong with XML (the test's own check can fail)", "[docx]") {
    CHECK(xml_problem("<a><b x=\"1\"/>t &amp; u</a>") == "");
    CHECK(xml_problem("<a><b></a></b>") != "");
    CHECK(xml_problem("<a x=1/>") != "");
    CHECK(xml_problem("<a>&nbsp;</a>") != "");
    CHECK(xml_problem("<a>\x01</a>") != "");
    CHECK(xml_problem("<a>\xFF</a>") != "");
    CHECK(xml_problem("<a/><b/>") != "");
    CHECK(xml_problem("<a x=\"<\"/>") != "");
}

// ---- the page ----------------------------------------------------------------------------------

TEST_CASE("docx: A4 with the GB/T 9704 margins, 22 lines of 28 characters", "[docx]") {
    Workspace ws = fixture_workspace();
    auto parts = parts_of(ws, options(false, true));
    const std::string& doc = parts["word/document.xml"];
    const std::string size = elements(doc, "w:pgSz").at(0), margins = elements(doc, "w:pgMar").at(0);
    CHECK(attribute_of(size, "w:w") == std::to_string(twips(210)));
    CHECK(attribute_of(size, "w:h") == std::to_string(twips(297)));
    CHECK(attribute_of(margins, "w:top") == std::to_string(twips(37)));
    CHECK(attribute_of(margins, "w:bottom") == std::to_string(twips(35)));
    CHECK(attribute_of(margins, "w:left") == std::to_string(twips(28)));
    CHECK(attribute_of(margins, "w:right") == std::to_string(twips(26)));

    // 22 lines of the grid fill the text block's height; a 23rd would not fit.
    const std::string grid = elements(doc, "w:docGrid").at(0);
    CHECK(attribute_of(grid, "w:type") == "lines");
    const int pitch = std::stoi(attribute_of(grid, "w:linePitch")), height = twips(297) - twips(37) - twips(35);
    CHECK(22 * pitch <= height);
    CHECK(23 * pitch > height);
    CHECK(22 * pitch > height - 22); // less than a twip a line left over

    // The body's characters, condensed, fit 28 to the line; condensed a twentieth of a point less
    // they would not.
    const std::string normal = elements(parts["word/styles.xml"], "w:style").at(0);
    REQUIRE(attribute_of(normal, "w:styleId") == "Normal");
    const int width_twips = twips(210) - twips(28) - twips(26);
    const int spacing = std::stoi(attribute_of(elements(normal, "w:spacing").at(0), "w:val")); // 1/20 pt = 1 twip
    CHECK(attribute_of(elements(normal, "w:sz").at(0), "w:val") == "32");                     // 三号, 16 pt
    CHECK(28 * (320 + spacing) <= width_twips);
    CHECK(28 * (320 + spacing + 1) > width_twips);
    // First-line indent: two of those characters.
    const std::string indent = elements(normal, "w:ind").at(0);
    CHECK(attribute_of(indent, "w:firstLineChars") == "200");
    CHECK(std::abs(std::stoi(attribute_of(indent, "w:firstLine")) - 2 * (320 + spacing)) <= 2);
}

// ---- fonts and styles --------------------------------------------------------------------------

TEST_CASE("docx: each level in its GB/T 9704 face and size, every face declared with a fallback", "[docx]") {
    Workspace ws = fixture_workspace();
    auto parts = parts_of(ws, options(false, true));
    std::map<std::string, std::string> style;
    for (const std::string& s : elements(parts["word/styles.xml"], "w:style")) style[attribute_of(s, "w:styleId")] = s;
    auto face = [&](const std::string& id) {
        std::string fonts = elements(style.at(id), "w:rFonts").at(0);
        for (const char* script : {"w:ascii", "w:hAnsi", "w:eastAsia"})
            CHECK(attribute_of(fonts, script) == attribute_of(fonts, "w:eastAsia"));
        return attribute_of(fonts, "w:eastAsia");
    };
    auto points = [&](const std::string& id) { return std::stoi(attribute_of(elements(style.at(id), "w:sz").at(0), "w:val")) / 2; };
    CHECK(face("Normal") == "仿宋_GB2312");
    CHECK(points("Normal") == 16);
    CHECK(face("Title") == "方正小标宋简体");
    CHECK(points("Title") == 22);
    CHECK(has(style["Title"], "<w:jc w:val=\"center\"/>"));
    CHECK(face("Heading1") == "黑体");
    CHECK(face("Heading2") == "楷体_GB2312");
    CHECK(has(style["Signature"], "<w:jc w:val=\"right\"/>"));
    CHECK(face("Footer") == "宋体");
    CHECK(points("Footer") == 14);
    // Word's own style names, so Word and WPS show them localised and list the headings.
    CHECK(has(style["Heading1"], "<w:name w:val=\"heading 1\"/>"));
    CHECK(has(style["Heading2"], "<w:name w:val=\"heading 2\"/>"));
    CHECK(has(style["Title"], "<w:name w:val=\"Title\"/>"));

    std::map<std::string, std::string> alt;
    for (const std::string& f : elements(parts["word/fontTable.xml"], "w:font"))
        alt[attribute_of(f, "w:name")] = attribute_of(elements(f, "w:altName").at(0), "w:val");
    CHECK(alt["方正小标宋简体"] == "宋体");
    CHECK(alt["仿宋_GB2312"] == "仿宋");
    CHECK(alt["仿宋"] == "FangSong");
    CHECK(alt["楷体_GB2312"] == "楷体");
    CHECK(alt["楷体"] == "KaiTi");
    CHECK(alt["黑体"] == "SimHei");
    CHECK(alt["宋体"] == "SimSun");
    // Every face a style names is declared.
    for (const auto& [id, s] : style)
        for (const std::string& f : elements(s, "w:rFonts")) CHECK(alt.count(attribute_of(f, "w:eastAsia")) == 1);
}

// ---- numbering ---------------------------------------------------------------------------------

TEST_CASE("docx: headings and measures numbered by Word's list, reading exactly as the report", "[docx]") {
    Workspace ws = fixture_workspace();
    const ReportOptions opt = options(false, true);
    auto parts = parts_of(ws, opt);
    const std::string& numbering = parts["word/numbering.xml"];
    std::vector<std::string> lvl = elements(numbering, "w:lvl");
    REQUIRE(lvl.size() == 3);
    CHECK(has(lvl[0], "<w:numFmt w:val=\"chineseCounting\"/>"));
    CHECK(has(lvl[0], "<w:lvlText w:val=\"%1、\"/>"));
    CHECK(has(lvl[1], "<w:lvlText w:val=\"（%2）\"/>"));
    CHECK(has(lvl[2], "<w:numFmt w:val=\"decimal\"/>"));
    CHECK(has(lvl[2], "<w:lvlText w:val=\"%3.\"/>"));
    // The heading and measure styles name the list by a w:num that exists and names an abstractNum.
    std::map<std::string, std::string> abstract_of;
    for (const std::string& num : elements(numbering, "w:num"))
        abstract_of[attribute_of(num, "w:numId")] = attribute_of(elements(num, "w:abstractNumId").at(0), "w:val");
    int listed_styles = 0;
    for (const std::string& style : elements(parts["word/styles.xml"], "w:style"))
        for (const std::string& id : elements(style, "w:numId")) {
            listed_styles++;
            REQUIRE(abstract_of.count(attribute_of(id, "w:val")) == 1);
            CHECK(has(numbering, "w:abstractNumId=\"" + abstract_of[attribute_of(id, "w:val")] + "\""));
        }
    CHECK(listed_styles == 3);
    // The typed numbers are not in the document: Word writes them.
    const std::string& doc = parts["word/document.xml"];
    CHECK_FALSE(has(doc, "一、聚焦"));
    CHECK_FALSE(has(doc, "（一）城区"));
    CHECK(has(doc, ">聚焦教育资源配置方面<"));
    // Re-counted as Word counts, the paragraphs are the report's lines, numbers and all.
    CHECK(as_word_shows(parts) == report_texts(ws, opt));
}

TEST_CASE("docx: a number Word's list would write otherwise stays typed, off the list", "[docx]") {
    // chineseCounting writes 一千 for 1000, the report （1000）: that paragraph keeps its typed number.
    std::vector<Problem> problems;
    for (int i = 1; i <= 1000; i++) problems.push_back(problem("q-" + std::to_string(i), "问题" + std::to_string(i)));
    Workspace ws = workspace("", {}, {}, {plan("plan-1", "方案", problems)});
    auto parts = parts_of(ws, options(false, true));
    std::vector<std::string> paragraphs = elements(parts["word/document.xml"], "w:p");
    std::string last_problem;
    for (const std::string& p : paragraphs)
        if (has(p, "问题1000")) last_problem = p;
    CHECK(text_of(last_problem) == "（1000）问题1000");
    CHECK(has(last_problem, "<w:numId w:val=\"0\"/>"));
    for (const std::string& p : paragraphs)
        if (has(p, ">问题999<")) CHECK_FALSE(has(p, "<w:numId"));
}

// ---- footers and settings ----------------------------------------------------------------------

TEST_CASE("docx: page numbers — N — in 宋体 四号, odd pages right and even pages left", "[docx]") {
    Workspace ws = fixture_workspace();
    auto parts = parts_of(ws, options(false, true));
    CHECK(has(parts["word/settings.xml"], "<w:evenAndOddHeaders/>"));
    std::map<std::string, std::string> target; // relationship id → part
    for (const std::string& r : elements(parts["word/_rels/document.xml.rels"], "Relationship"))
        target[attribute_of(r, "Id")] = "word/" + attribute_of(r, "Target");
    std::map<std::string, std::string> footer; // default (odd pages) / even → part
    for (const std::string& ref : elements(parts["word/document.xml"], "w:footerReference"))
        footer[attribute_of(ref, "w:type")] = parts[target[attribute_of(ref, "r:id")]];
    REQUIRE(footer.size() == 2);
    for (const auto& [type, xml] : footer) {
        INFO(type);
        CHECK(has(xml, "<w:pStyle w:val=\"Footer\"/>"));
        CHECK(has(xml, "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"));
        CHECK(text_of(xml) == "— 1 —"); // the field's last result; Word updates it on each page
        CHECK(has(xml, type == "default" ? "<w:jc w:val=\"right\"/>" : "<w:jc w:val=\"left\"/>"));
    }
}

// ---- escaping ----------------------------------------------------------------------------------

TEST_CASE("xml_text: entities, and what XML 1.0 cannot hold removed", "[docx]") {
    CHECK(xml_text("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    CHECK(xml_text("整改\t通\n") == "整改\t通\n");
    CHECK(xml_text(std::string("a\x01\x08\x0B\x0C\x1F", 6) + "b") == "ab");
    CHECK(xml_text(std::string("a\0b", 3)) == "ab");
    CHECK(xml_text("a\xEF\xBF\xBE\xEF\xBF\xBFz") == "az");         // U+FFFE, U+FFFF
    CHECK(xml_text("a\xED\xA0\x80z") == "az");                     // a surrogate
    CHECK(xml_text("a\xC0\xAFz") == "az");                         // an overlong '/'
    CHECK(xml_text("a\xFF\xE6\x95z") == "az");                     // stray and cut-off bytes
    CHECK(xml_text("\xF0\x9F\x98\x80 \xE6\x95\xB4") == "\xF0\x9F\x98\x80 \xE6\x95\xB4"); // 😀 整 kept
}

TEST_CASE("docx: a plan's text with markup, control characters and broken bytes stays a valid document", "[docx]") {
    Workspace ws = fixture_workspace();
    ws.plans[0].title = std::string("A<B & C \x01\x0B 方案\xFF");
    ws.plans[0].problems[0].text = "a </w:t></w:r> b\tc\x1F 整改";
    ws.plans[0].problems[0].measures[0].title = "措施 ]]> <![CDATA[ x";
    auto parts = parts_of(ws, options(false, true));
    for (const auto& [path, bytes] : parts) {
        INFO(path);
        CHECK(xml_problem(bytes) == "");
    }
    const std::string& doc = parts["word/document.xml"];
    CHECK(has(doc, "A&lt;B &amp; C"));
    CHECK(has(doc, "a &lt;/w:t&gt;&lt;/w:r&gt; b"));
    CHECK(has(doc, "<w:tab/>")); // the tab, as Word writes one
    CHECK(has(parts["docProps/core.xml"], "<dc:title>关于《A&lt;B &amp; C  方案》整改落实情况的报告</dc:title>"));
    std::vector<std::string> shown = as_word_shows(parts);
    CHECK(std::find(shown.begin(), shown.end(), "（一）a </w:t></w:r> b\tc 整改（问题编号：120250070800011）") != shown.end());
}

// ---- English and the 公示 ----------------------------------------------------------------------

TEST_CASE("docx: in English, Roman and Arabic list numbers followed by a space, English language", "[docx]") {
    Workspace ws = fixture_workspace();
    const ReportOptions opt = options(false, true, Lang::En);
    auto parts = parts_of(ws, opt);
    std::vector<std::string> lvl = elements(parts["word/numbering.xml"], "w:lvl");
    REQUIRE(lvl.size() == 3);
    CHECK(has(lvl[0], "<w:numFmt w:val=\"upperRoman\"/>"));
    CHECK(has(lvl[1], "<w:lvlText w:val=\"(%2)\"/>"));
    CHECK(has(lvl[2], "<w:suff w:val=\"space\"/>"));
    CHECK(has(parts["word/styles.xml"], "<w:lang w:val=\"en-US\""));
    CHECK(has(parts["docProps/core.xml"], "<dc:language>en</dc:language>"));
    CHECK(as_word_shows(parts) == report_texts(ws, opt));
    CHECK(has(parts["word/document.xml"], "Closing: "));
}

TEST_CASE("docx: the 公示 leaves out the internal fields, as the page and the text do", "[docx]") {
    Workspace ws = fixture_workspace();
    const std::string internal = parts_of(ws, options(false, true))["word/document.xml"];
    const ReportOptions notice = options(true, false);
    auto parts = parts_of(ws, notice);
    const std::string& doc = parts["word/document.xml"];
    CHECK(has(internal, "销号情况"));
    CHECK(has(internal, "配合科室"));
    CHECK_FALSE(has(doc, "销号"));
    CHECK_FALSE(has(doc, "配合科室"));
    CHECK_FALSE(has(doc, "超过整改时限"));
    for (const char* name : {"王晓明", "李芳", "陈建国", "赵磊"}) CHECK_FALSE(has(doc, name));
    CHECK(has(doc, "整改落实情况的公示"));
    CHECK(as_word_shows(parts) == report_texts(ws, notice));
}

// ---- read back by the office reader ------------------------------------------------------------

TEST_CASE("docx: zipped and read back by the .docx reader, the numbers Word draws included, it is the text report", "[docx]") {
    Workspace ws = fixture_workspace();
    for (Lang lang : {Lang::Zh, Lang::En})
        for (bool notice : {false, true}) {
            INFO((lang == Lang::En ? "en " : "zh ") << (notice ? "notice" : "report"));
            const ReportOptions opt = options(notice, true, lang);
            const std::string bytes = office::write_zip(progress_report_docx_parts(ws, ws.plans[0], opt));
            REQUIRE(office::office_kind(bytes) == office::OfficeKind::Docx);
            std::string text;
            REQUIRE_FALSE(office::read_docx(bytes, text));
            CHECK(text == progress_report(ws, ws.plans[0], opt));
        }
}
