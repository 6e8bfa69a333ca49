// The progress report as a printable HTML page after GB/T 9704-2012 (党政机关公文格式), as far
// as a browser allows. The text and its levels come from report_lines (report_text.cpp).
// Index: html_escape · the style sheet · progress_report_html.
#include "core/report/report.h"

namespace rectify {

std::string html_escape(const std::string& s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

// GB/T 9704-2012 in CSS:
// - A4; top margin 37 mm, binding (left) margin 28 mm, text block 156 × 225 mm, so the right
//   margin is 210 − 28 − 156 = 26 mm and the bottom 297 − 37 − 225 = 35 mm.
// - Body 3号 = 16pt 仿宋; 22 lines in 225 mm → line height 225/22 ≈ 10.23 mm. 28 characters in
//   156 mm are 15.79pt each, a little under 16pt: letter-spacing −0.25pt lets 28 fit a line.
// - Title 2号 = 22pt 小标宋, centred; 一、 in 黑体, (一) in 楷体, 1. and (1) in 仿宋.
// - Fonts like 仿宋_GB2312 are missing on many machines: each family lists fallbacks, ending in a
//   generic family, and nothing is downloaded (the page must print offline).
// - Page numbers "— 1 —" in 4号 (14pt) 宋体 under the text block. GB/T places odd pages' numbers
//   right and even pages' left; we centre them, since page margin boxes are what Chromium prints
//   (@page margin boxes with counter(page) are supported from Chromium 131; older browsers and
//   Firefox simply print no number).
static const char* const kStyle = R"CSS(
@page {
  size: A4;
  margin: 37mm 26mm 35mm 28mm;
  @bottom-center {
    content: "— " counter(page) " —";
    font-family: )CSS" RECTIFY_FONTS_SONG R"CSS(;
    font-size: 14pt;
    vertical-align: top;
    padding-top: 7mm;
  }
}
html { background: #fff; }
body {
  margin: 0;
  color: #000;
  font-family: )CSS" RECTIFY_FONTS_FANGSONG R"CSS(;
  font-size: 16pt;
  line-height: 10.23mm;
  letter-spacing: -0.25pt;
}
@media screen {
  html { background: #e8e8e8; }
  body { width: 156mm; min-height: 225mm; margin: 10mm auto; padding: 37mm 26mm 35mm 28mm; background: #fff; box-shadow: 0 0 4mm rgba(0,0,0,.2); }
}
p { margin: 0; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
.title {
  font-family: )CSS" RECTIFY_FONTS_TITLE R"CSS(;
  font-size: 22pt;
  line-height: 1.5;
  font-weight: normal;
  text-align: center;
  text-indent: 0;
  margin: 0 0 10.23mm;
}
.h1 { font-family: )CSS" RECTIFY_FONTS_HEI R"CSS(; }
.h2 { font-family: )CSS" RECTIFY_FONTS_KAI R"CSS(; }
.sign { text-align: right; text-indent: 0; padding-right: 4em; }
.sign.first { margin-top: 20.46mm; }
)CSS";

const char* report_page_style() { return kStyle; }

std::string progress_report_html(const Workspace& ws, const Plan& plan, const ReportOptions& opt) {
    std::vector<ReportLine> lines = report_lines(ws, plan, opt);
    std::string title = lines.empty() ? std::string() : lines.front().text;
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"";
    out += lang_code(opt.lang);
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(title) + "</title>\n<style>";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n";
    bool signed_first = true;
    for (const ReportLine& line : lines) {
        const char* cls = nullptr;
        switch (line.kind) {
        case LineKind::Title: out += "<h1 class=\"title\">" + html_escape(line.text) + "</h1>\n"; continue;
        case LineKind::Blank: continue; // spacing is the style sheet's
        case LineKind::Heading1: cls = "h1"; break;
        case LineKind::Heading2: cls = "h2"; break;
        case LineKind::Body: cls = nullptr; break;
        case LineKind::Signature: cls = signed_first ? "sign first" : "sign"; signed_first = false; break;
        }
        out += cls ? std::string("<p class=\"") + cls + "\">" : std::string("<p>");
        out += html_escape(line.text) + "</p>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

} // namespace rectify
