// The fixed parts of the report's .docx package (report_docx.h): everything but the document and
// its properties. Used by report_docx.cpp only.
// Index: names shared with the document (styles, list, footers) · the parts.
#pragma once
#include <string>

#include "core/i18n.h"

namespace rectify::docx {

// Paragraph styles (w:styleId) the document uses.
inline constexpr const char* kTitleStyle = "Title";
inline constexpr const char* kHeading1Style = "Heading1";
inline constexpr const char* kHeading2Style = "Heading2";
inline constexpr const char* kMeasureStyle = "ListNumber"; // 1. 2. the measures
inline constexpr const char* kSignatureStyle = "Signature";

// The one list (numbering.xml w:numId) of the report: level 0 一、 (Heading 1), level 1 （一）
// (Heading 2), level 2 1. (measures). A level restarts after a paragraph of a level above it.
inline constexpr int kReportList = 1;
inline constexpr int kListLevels = 3;
// Whether Word's number format for that level writes n as report_lines does (report_text.cpp):
// chineseCounting stops matching cn_number at 1000, where cn_number writes digits.
bool list_writes(int level, int n, Lang lang);

// Footers' relationship ids in word/_rels/document.xml.rels.
inline constexpr const char* kOddFooterRel = "rIdFooterOdd";
inline constexpr const char* kEvenFooterRel = "rIdFooterEven";

std::string content_types();
std::string package_rels();
std::string document_rels();
std::string styles(Lang lang);
std::string numbering(Lang lang);
std::string settings(Lang lang);
std::string font_table();
// "— N —" in 宋体 四号, at the outside edge: odd pages right, even pages left, one character in.
std::string footer(bool odd);

// The namespaces a WordprocessingML part's root declares (w and r).
extern const char* const kWordNamespaces;

} // namespace rectify::docx
