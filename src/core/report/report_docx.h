// The progress report (整改情况报告) and the 公示 as a Word document (.docx, WordprocessingML),
// laid out after GB/T 9704-2012 with real Word styles and list numbering so that the office can
// edit, sign and stamp it. This is the package's parts; office/zip.h write_zip makes the file.
// Index: DocxParts · DocxPage/gbt9704_page (the page in twips) · progress_report_docx_parts ·
// xml_text. The parts themselves: docx_package.cpp (styles, numbering, fonts, settings, footers,
// relationships) and report_docx.cpp (the document and its properties).
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/report/report.h"

namespace rectify {

// {path in the package, bytes}, in the order they go into the ZIP ([Content_Types].xml first).
using DocxParts = std::vector<std::pair<std::string, std::string>>;

// The page of GB/T 9704-2012 in twips (1/1440 inch): A4, margins 37 mm top, 35 mm bottom, 28 mm
// left (binding), 26 mm right; a text block of 22 lines of 28 characters of 三号 (16 pt) type.
// The 22 lines are a document line grid (w:docGrid type "lines", line_pitch). The 28 characters
// are the body condensed by char_spacing (w:spacing, 1/20 pt): 28 characters of 16 pt are a
// little wider than the block (156 mm), 28 of 15.75 pt fit. Not a character grid (linesAndChars
// with a negative charSpace): LibreOffice gives each 16 pt character two cells of such a grid,
// 14 characters a line; condensed type is 28 a line in Word, WPS and LibreOffice alike.
struct DocxPage {
    int width = 0, height = 0;
    int top = 0, bottom = 0, left = 0, right = 0;
    int footer = 0;       // page bottom to the page number's line (7 mm under the text block)
    int line_pitch = 0;   // twips
    int char_spacing = 0; // 1/20 pt added to each character of the body (negative: condensed)
    int char_width = 0;   // one character of the line, twips (the 2-character indent is twice)
};
const DocxPage& gbt9704_page();

DocxParts progress_report_docx_parts(const Workspace& ws, const Plan& plan, const ReportOptions& opt);

// Text for an XML element or attribute: & < > " ' as entities; what XML 1.0 cannot hold removed
// (control characters other than tab, line feed and carriage return; U+FFFE and U+FFFF; bytes
// that are not well-formed UTF-8, surrogates and overlong forms among them).
std::string xml_text(const std::string& s);

} // namespace rectify
