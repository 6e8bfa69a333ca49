// xml: parse_part, save_xml and the small helpers of xml.h.
#include "office/xml.h"

#include <algorithm>
#include <vector>

namespace rectify::office {

static bool has_doctype(const std::string& s) {
    static const char kMark[] = "<!doctype";
    auto it = std::search(s.begin(), s.end(), kMark, kMark + sizeof kMark - 1,
                          [](char a, char b) { return char(a | (a >= 'A' && a <= 'Z' ? 0x20 : 0)) == b; });
    return it != s.end();
}

OfficeProblem parse_xml(const std::string& bytes, std::string_view name, pugi::xml_document& doc, unsigned options) {
    if (has_doctype(bytes)) return problem(OfficeText::Doctype, {{"part", std::string(name)}});
    // parse_default less parse_wconv_attribute's cost is nothing here; keep escapes and EOL rules.
    pugi::xml_parse_result r = doc.load_buffer(bytes.data(), bytes.size(), options, pugi::encoding_auto);
    if (!r) return problem(OfficeText::BadXml, {{"part", std::string(name)}, {"offset", std::to_string(r.offset)}});
    return {};
}

OfficeProblem parse_part(ZipReader& zip, std::string_view name, pugi::xml_document& doc, bool required, unsigned options) {
    doc.reset();
    if (!zip.has(name)) return required ? problem(OfficeText::MissingPart, {{"part", std::string(name)}}) : OfficeProblem{};
    std::string bytes;
    if (OfficeProblem p = zip.read(name, bytes)) return p;
    return parse_xml(bytes, name, doc, options);
}

std::string save_xml(const pugi::xml_document& doc) {
    struct Out : pugi::xml_writer {
        std::string s;
        void write(const void* data, std::size_t size) override { s.append(static_cast<const char*>(data), size); }
    } out;
    doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.s;
}

pugi::xml_node first(const pugi::xml_node& n, std::string_view name) {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
        if (is(c, name)) return c;
    return {};
}

pugi::xml_attribute attr(const pugi::xml_node& n, std::string_view name) {
    pugi::xml_attribute found;
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
        if (std::string_view(a.name()) == name) return a;
        if (!found && local(a.name()) == name) found = a;
    }
    return found;
}

std::string resolve_target(std::string_view from_part, std::string_view target) {
    std::vector<std::string> parts;
    auto push = [&](std::string_view path) {
        std::size_t i = 0;
        while (i <= path.size()) {
            std::size_t j = path.find('/', i);
            if (j == std::string_view::npos) j = path.size();
            std::string_view seg = path.substr(i, j - i);
            if (seg == "..") {
                if (!parts.empty()) parts.pop_back();
            } else if (!seg.empty() && seg != ".") parts.emplace_back(seg);
            i = j + 1;
        }
    };
    if (target.empty() || target.front() != '/') {
        const std::size_t slash = from_part.rfind('/');
        if (slash != std::string_view::npos) push(from_part.substr(0, slash));
    }
    push(target);
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
}

} // namespace rectify::office
