// The report as a .docx (report_docx.h): the document from report_lines (report_text.cpp), its
// properties, and the package's parts in order. The fixed parts are docx_package.cpp's.
// Index: xml_text · runs · paragraphs and the list numbers · the document · properties · the parts.
#include "core/report/report_docx.h"

#include "core/dates.h"
#include "core/report/docx_package.h"
#include "core/utf8.h"

namespace rectify {

// ---- xml_text ----------------------------------------------------------------------------------

std::string xml_text(const std::string& s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            i++;
            switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += char(c); // else: XML 1.0 has no such character
            }
            continue;
        }
        const size_t len = utf8_lead_length(c);
        char32_t cp = 0;
        if (len < 2 || !decode_utf8(s, i, len, cp)) { // a stray byte: dropped, the next one read afresh
            i++;
            continue;
        }
        static const char32_t kLeast[5] = {0, 0, 0x80, 0x800, 0x10000}; // below: an overlong form
        const bool ok = cp >= kLeast[len] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFE &&
                        cp != 0xFFFF;
        if (ok) out.append(s, i, len);
        i += len;
    }
    return out;
}

namespace {

// ---- runs --------------------------------------------------------------------------------------

// A paragraph's text as runs: a tab as w:tab and a line break as w:br, which w:t cannot hold.
std::string runs(const std::string& text) {
    std::string out, piece;
    auto flush = [&] {
        if (!piece.empty()) out += "<w:r><w:t xml:space=\"preserve\">" + xml_text(piece) + "</w:t></w:r>";
        piece.clear();
    };
    for (size_t i = 0; i < text.size(); i++) {
        const char c = text[i];
        if (c != '\t' && c != '\n' && c != '\r') {
            piece += c;
            continue;
        }
        flush();
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') i++;
        out += c == '\t' ? "<w:r><w:tab/></w:r>" : "<w:r><w:br/></w:r>";
    }
    flush();
    return out;
}

// ---- paragraphs and the list numbers -----------------------------------------------------------

// The list level of a numbered kind of line (docx_package.h kReportList), -1 for the others.
int list_level(const ReportLine& line) {
    switch (line.kind) {
    case LineKind::Heading1: return 0;
    case LineKind::Heading2: return 1;
    case LineKind::Body: return line.number > 0 ? 2 : -1;
    default: return -1;
    }
}

const char* style_of(const ReportLine& line) {
    switch (line.kind) {
    case LineKind::Title: return docx::kTitleStyle;
    case LineKind::Heading1: return docx::kHeading1Style;
    case LineKind::Heading2: return docx::kHeading2Style;
    case LineKind::Signature: return docx::kSignatureStyle;
    case LineKind::Body: return line.number > 0 ? docx::kMeasureStyle : nullptr;
    case LineKind::Blank: return nullptr;
    }
    return nullptr;
}

// Word numbers the paragraphs of its list itself, counting as it goes: a level counts on from its
// last number and starts again at 1 after a paragraph of a level above. The typed number is left
// out only where Word's count gives the same number; elsewhere the paragraph keeps its typed
// number and leaves the list (numId 0), so the document never shows a number the report has not.
struct ListCount {
    int count[docx::kListLevels] = {};
    bool numbers(const ReportLine& line, Lang lang) {
        const int level = list_level(line);
        if (level < 0 || line.number <= 0 || count[level] + 1 != line.number ||
            !docx::list_writes(level, line.number, lang))
            return false;
        count[level]++;
        for (int deeper = level + 1; deeper < docx::kListLevels; deeper++) count[deeper] = 0;
        return true;
    }
};

std::string paragraph(const ReportLine& line, bool listed) {
    const char* style = style_of(line);
    const bool off_list = list_level(line) >= 0 && !listed; // the style's list, not for this one
    std::string out = "<w:p>";
    if (style || off_list) {
        out += "<w:pPr>";
        if (style) out += std::string("<w:pStyle w:val=\"") + style + "\"/>";
        if (off_list) out += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr>";
        out += "</w:pPr>";
    }
    out += runs(listed ? line.unnumbered() : line.text);
    out += "</w:p>";
    return out;
}

// ---- the document ------------------------------------------------------------------------------

std::string section() {
    const DocxPage& p = gbt9704_page();
    auto n = [](int v) { return std::to_string(v); };
    return std::string("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"") + docx::kOddFooterRel +
           "\"/><w:footerReference w:type=\"even\" r:id=\"" + docx::kEvenFooterRel + "\"/><w:pgSz w:w=\"" + n(p.width) +
           "\" w:h=\"" + n(p.height) + "\"/><w:pgMar w:top=\"" + n(p.top) + "\" w:right=\"" + n(p.right) +
           "\" w:bottom=\"" + n(p.bottom) + "\" w:left=\"" + n(p.left) + "\" w:header=\"851\" w:footer=\"" +
           n(p.footer) + "\" w:gutter=\"0\"/><w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"" +
           n(p.line_pitch) + "\"/></w:sectPr>";
}

std::string document(const std::vector<ReportLine>& lines, Lang lang) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    out += std::string("<w:document ") + docx::kWordNamespaces + "><w:body>";
    ListCount list;
    for (const ReportLine& line : lines) out += paragraph(line, list.numbers(line, lang));
    out += section();
    out += "</w:body></w:document>";
    return out;
}

// ---- properties --------------------------------------------------------------------------------

std::string core_properties(const std::vector<ReportLine>& lines, const ReportOptions& opt) {
    std::string title;
    for (const ReportLine& line : lines)
        if (line.kind == LineKind::Title) title += line.text;
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    out += "<dc:title>" + xml_text(title) + "</dc:title>";
    out += std::string("<dc:language>") + lang_code(opt.lang) + "</dc:language>";
    if (!opt.today.empty())
        out += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + to_iso(opt.today) + "T00:00:00Z</dcterms:created>";
    out += "</cp:coreProperties>";
    return out;
}

std::string app_properties() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
           "<Application>Rectify</Application><DocSecurity>0</DocSecurity></Properties>";
}

} // namespace

// ---- the parts ---------------------------------------------------------------------------------

DocxParts progress_report_docx_parts(const Workspace& ws, const Plan& plan, const ReportOptions& opt) {
    const std::vector<ReportLine> lines = report_lines(ws, plan, opt);
    return {
        {"[Content_Types].xml", docx::content_types()},
        {"_rels/.rels", docx::package_rels()},
        {"word/document.xml", document(lines, opt.lang)},
        {"word/_rels/document.xml.rels", docx::document_rels()},
        {"word/styles.xml", docx::styles(opt.lang)},
        {"word/numbering.xml", docx::numbering(opt.lang)},
        {"word/settings.xml", docx::settings(opt.lang)},
        {"word/fontTable.xml", docx::font_table()},
        {"word/footer1.xml", docx::footer(true)},
        {"word/footer2.xml", docx::footer(false)},
        {"docProps/core.xml", core_properties(lines, opt)},
        {"docProps/app.xml", app_properties()},
    };
}

} // namespace rectify
