// The fixed parts of the report's .docx (docx_package.h): the GB/T 9704 page in twips, fonts with
// their fallbacks, paragraph styles, the list numbering, settings, the two footers and the
// package's relationships.
// Index: the page · fonts · styles · numbering · settings · footers · content types and rels.
#include "core/report/docx_package.h"

#include <cmath>

#include "core/report/report_docx.h"

namespace rectify {

// ---- the page --------------------------------------------------------------------------------------

static int twips_of_mm(double mm) { return int(std::lround(mm * 1440.0 / 25.4)); }

const DocxPage& gbt9704_page() {
    static const DocxPage page = [] {
        const int lines = 22, chars = 28, body_pt = 16, number_pt = 14;
        DocxPage p;
        p.width = twips_of_mm(210);
        p.height = twips_of_mm(297);
        p.top = twips_of_mm(37);
        p.bottom = twips_of_mm(35);
        p.left = twips_of_mm(28);
        p.right = twips_of_mm(26);
        // Rounded down: 22 lines and 28 characters must fit the text block.
        p.line_pitch = (p.height - p.top - p.bottom) / lines;
        const int text_width = p.width - p.left - p.right;
        p.char_width = text_width / chars;
        p.char_spacing = int(std::floor((text_width / 20.0 / chars - body_pt) * 20));
        // The number's line starts 7 mm under the text block; w:footer is where that line ends.
        p.footer = p.bottom - twips_of_mm(7) - number_pt * 20;
        return p;
    }();
    return page;
}

namespace docx {

const char* const kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

static const char* const kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// ---- fonts -------------------------------------------------------------------------------------
// GB/T 9704 names the faces by their Founder/GB2312 names, which many machines lack. Each face is
// declared in fontTable.xml with the name Windows ships as w:altName (Word substitutes it) and
// the GB2312 character set and pitch (Word and WPS pick a face of that class when neither is
// installed); LibreOffice asks fontconfig, which finds a CJK face for the language. The faces the
// alternative names are (仿宋, 楷体, 宋体) are declared too, with their English names.
struct Face {
    const char* name;
    const char* alt;
    const char* family; // w:family
    const char* pitch;  // w:pitch
};
static const Face kFaces[] = {
    {"方正小标宋简体", "宋体", "auto", "variable"},
    {"仿宋_GB2312", "仿宋", "modern", "fixed"},
    {"楷体_GB2312", "楷体", "modern", "fixed"},
    {"黑体", "SimHei", "modern", "fixed"},
    {"宋体", "SimSun", "auto", "variable"},
    {"仿宋", "FangSong", "modern", "fixed"},
    {"楷体", "KaiTi", "modern", "fixed"},
};
static const char* const kTitleFace = "方正小标宋简体";
static const char* const kBodyFace = "仿宋_GB2312";
static const char* const kHeading2Face = "楷体_GB2312";
static const char* const kHeading1Face = "黑体";
static const char* const kPageNumberFace = "宋体";

// Every script of the run in that face: Latin (ascii, hAnsi), CJK (eastAsia) and complex (cs).
static std::string fonts(const char* face) {
    std::string f = face;
    return "<w:rFonts w:ascii=\"" + f + "\" w:hAnsi=\"" + f + "\" w:eastAsia=\"" + f + "\" w:cs=\"" + f + "\"/>";
}
static std::string spacing(int twentieths) { return "<w:spacing w:val=\"" + std::to_string(twentieths) + "\"/>"; }
static std::string size(int pt) { // half-points, for both w:sz and w:szCs
    std::string hp = std::to_string(pt * 2);
    return "<w:sz w:val=\"" + hp + "\"/><w:szCs w:val=\"" + hp + "\"/>";
}

std::string font_table() {
    std::string out = kXmlDecl;
    out += std::string("<w:fonts ") + kWordNamespaces + ">";
    for (const Face& f : kFaces) {
        out += std::string("<w:font w:name=\"") + f.name + "\"><w:altName w:val=\"" + f.alt +
               "\"/><w:charset w:val=\"86\"/><w:family w:val=\"" + f.family + "\"/><w:pitch w:val=\"" + f.pitch +
               "\"/></w:font>";
    }
    out += "</w:fonts>";
    return out;
}

// ---- styles ------------------------------------------------------------------------------------
// Word's own style names (Title, heading 1, heading 2, List Number, Signature, footer), so that
// Word and WPS show them under their localised names (标题, 标题 1…) and the navigation pane
// lists the headings.

static std::string indent_chars(const char* side, int chars) { // w:firstLine / w:right / w:left
    const std::string twips = std::to_string(chars * gbt9704_page().char_width);
    const std::string hundredths = std::to_string(chars * 100);
    return std::string(" w:") + side + "Chars=\"" + hundredths + "\" w:" + side + "=\"" + twips + "\"";
}
static std::string list_ref(int level) {
    return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" + std::to_string(kReportList) +
           "\"/></w:numPr>";
}

std::string styles(Lang lang) {
    const std::string first_line = "<w:ind" + indent_chars("firstLine", 2) + "/>";
    const std::string no_indent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
    std::string out = kXmlDecl;
    out += std::string("<w:styles ") + kWordNamespaces + ">";
    out += "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts(kBodyFace) + "<w:kern w:val=\"2\"/>" + size(16) +
           "<w:lang w:val=\"" + (lang == Lang::En ? "en-US" : "zh-CN") +
           "\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
           "<w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>";
    // Body: 仿宋 三号 condensed to 28 characters a line, two characters' first-line indent,
    // justified, on the line grid.
    out += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
           "<w:qFormat/><w:pPr>" + first_line + "</w:pPr><w:rPr>" + fonts(kBodyFace) + spacing(gbt9704_page().char_spacing) + size(16) + "</w:rPr></w:style>";
    out += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
           "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>";
    out += std::string("<w:style w:type=\"paragraph\" w:styleId=\"") + kTitleStyle +
           "\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
           "<w:pPr><w:keepNext/>" + no_indent + "<w:jc w:val=\"center\"/></w:pPr><w:rPr>" +
           fonts(kTitleFace) + spacing(0) + size(22) + "</w:rPr></w:style>";
    struct Heading { const char* id; const char* name; const char* face; int level; };
    for (const Heading& h : {Heading{kHeading1Style, "heading 1", kHeading1Face, 0},
                             Heading{kHeading2Style, "heading 2", kHeading2Face, 1}}) {
        const std::string level = std::to_string(h.level);
        out += std::string("<w:style w:type=\"paragraph\" w:styleId=\"") + h.id + "\"><w:name w:val=\"" + h.name +
               "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>" +
               list_ref(h.level) + "<w:outlineLvl w:val=\"" + level + "\"/></w:pPr><w:rPr>" + fonts(h.face) +
               "<w:b w:val=\"0\"/></w:rPr></w:style>";
    }
    out += std::string("<w:style w:type=\"paragraph\" w:styleId=\"") + kMeasureStyle +
           "\"><w:name w:val=\"List Number\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>" + list_ref(2) +
           "</w:pPr></w:style>";
    // Issuing office and date: set right, four characters in (as the page's .sign).
    out += std::string("<w:style w:type=\"paragraph\" w:styleId=\"") + kSignatureStyle +
           "\"><w:name w:val=\"Signature\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>"
           "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"" + indent_chars("right", 4) +
           "/><w:jc w:val=\"right\"/></w:pPr></w:style>";
    out += "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
           "<w:pPr><w:snapToGrid w:val=\"0\"/>" + no_indent + "</w:pPr><w:rPr>" + fonts(kPageNumberFace) + spacing(0) + size(14) +
           "</w:rPr></w:style>";
    out += "</w:styles>";
    return out;
}

// ---- numbering ---------------------------------------------------------------------------------
// Chinese: 一、 （一） 1. with nothing between number and text, as typed (report_text.cpp); English:
// I. (1) 1. followed by a space. Each level's number is indented like the body's first line.

struct Level { const char* format; const char* text; const char* style; };
static const Level kChineseLevels[kListLevels] = {
    {"chineseCounting", "%1、", kHeading1Style},
    {"chineseCounting", "（%2）", kHeading2Style},
    {"decimal", "%3.", kMeasureStyle},
};
static const Level kEnglishLevels[kListLevels] = {
    {"upperRoman", "%1.", kHeading1Style},
    {"decimal", "(%2)", kHeading2Style},
    {"decimal", "%3.", kMeasureStyle},
};

bool list_writes(int level, int n, Lang lang) {
    if (n < 1 || level < 0 || level >= kListLevels) return false;
    if (lang == Lang::En) return level != 0 || n < 4000; // Roman numerals stop at 3999
    return std::string(kChineseLevels[level].format) != "chineseCounting" || n < 1000;
}

std::string numbering(Lang lang) {
    const Level* levels = lang == Lang::En ? kEnglishLevels : kChineseLevels;
    std::string out = kXmlDecl;
    out += std::string("<w:numbering ") + kWordNamespaces + "><w:abstractNum w:abstractNumId=\"0\">"
           "<w:multiLevelType w:val=\"multilevel\"/>";
    for (int i = 0; i < kListLevels; i++) {
        out += "<w:lvl w:ilvl=\"" + std::to_string(i) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" +
               levels[i].format + "\"/><w:pStyle w:val=\"" + levels[i].style + "\"/><w:suff w:val=\"" +
               (lang == Lang::En ? "space" : "nothing") + "\"/><w:lvlText w:val=\"" + levels[i].text +
               "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\"" + indent_chars("firstLine", 2) +
               "/></w:pPr></w:lvl>";
    }
    out += "</w:abstractNum><w:num w:numId=\"" + std::to_string(kReportList) +
           "\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
    return out;
}

// ---- settings ----------------------------------------------------------------------------------

std::string settings(Lang lang) {
    std::string out = kXmlDecl;
    out += std::string("<w:settings ") + kWordNamespaces + ">";
    out += "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"" + std::to_string(2 * gbt9704_page().char_width) +
           "\"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val=\"compressPunctuation\"/>"
           "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
           "w:val=\"15\"/></w:compat><w:themeFontLang w:val=\"" +
           (lang == Lang::En ? "en-US" : "zh-CN") + "\" w:eastAsia=\"zh-CN\"/>";
    out += "</w:settings>";
    return out;
}

// ---- footers -----------------------------------------------------------------------------------

std::string footer(bool odd) {
    const char* side = odd ? "right" : "left";
    std::string run = "<w:r><w:t xml:space=\"preserve\">";
    std::string out = kXmlDecl;
    out += std::string("<w:ftr ") + kWordNamespaces + "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:ind" +
           indent_chars(side, 1) + "/><w:jc w:val=\"" + side + "\"/></w:pPr>";
    out += run + "\xE2\x80\x94 </w:t></w:r>"; // — and a space
    out += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    out += run + " \xE2\x80\x94</w:t></w:r></w:p></w:ftr>";
    return out;
}

// ---- content types and relationships -----------------------------------------------------------

static const char* const kWordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

std::string content_types() {
    std::string out = kXmlDecl;
    out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    struct Part { const char* path; const char* type; };
    for (const Part& p : {Part{"/word/document.xml", "document.main+xml"}, Part{"/word/styles.xml", "styles+xml"},
                          Part{"/word/numbering.xml", "numbering+xml"}, Part{"/word/settings.xml", "settings+xml"},
                          Part{"/word/fontTable.xml", "fontTable+xml"}, Part{"/word/footer1.xml", "footer+xml"},
                          Part{"/word/footer2.xml", "footer+xml"}})
        out += std::string("<Override PartName=\"") + p.path + "\" ContentType=\"" + kWordprocessing + p.type + "\"/>";
    out += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
           "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
           "</Types>";
    return out;
}

static const char* const kRelationships = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
static const char* const kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

static std::string relationship(const char* id, const std::string& type, const char* target) {
    return std::string("<Relationship Id=\"") + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
}

std::string package_rels() {
    std::string out = kXmlDecl;
    out += kRelationships;
    out += relationship("rId1", std::string(kOfficeRel) + "officeDocument", "word/document.xml");
    out += relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        "docProps/core.xml");
    out += relationship("rId3", std::string(kOfficeRel) + "extended-properties", "docProps/app.xml");
    out += "</Relationships>";
    return out;
}

std::string document_rels() {
    std::string out = kXmlDecl;
    out += kRelationships;
    out += relationship("rIdStyles", std::string(kOfficeRel) + "styles", "styles.xml");
    out += relationship("rIdNumbering", std::string(kOfficeRel) + "numbering", "numbering.xml");
    out += relationship("rIdSettings", std::string(kOfficeRel) + "settings", "settings.xml");
    out += relationship("rIdFontTable", std::string(kOfficeRel) + "fontTable", "fontTable.xml");
    out += relationship(kOddFooterRel, std::string(kOfficeRel) + "footer", "footer1.xml");
    out += relationship(kEvenFooterRel, std::string(kOfficeRel) + "footer", "footer2.xml");
    out += "</Relationships>";
    return out;
}

} // namespace docx
} // namespace rectify
