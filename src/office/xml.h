// xml: the XML parts of office files, through pugixml (Debian's source, compiled into this
// library). Elements are matched by local name, whatever prefix a producer gave the namespace
// (Excel writes <row>, others <x:row>). A part with a DOCTYPE is refused before parsing: OOXML never
// has one, and pugixml, which expands no entities anyway, is not asked to look at it.
// Index: parse_part · local names · children/first · text.
#pragma once
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "office/zip.h"

namespace rectify::office {

// Reads and parses part `name`. Missing and !required: an empty document and no problem. `options`
// are pugixml's; kEditOptions keeps what a part written back needs (its declaration, whitespace).
constexpr unsigned kEditOptions = pugi::parse_default | pugi::parse_declaration | pugi::parse_ws_pcdata |
                                  pugi::parse_comments | pugi::parse_pi;
OfficeProblem parse_part(ZipReader& zip, std::string_view name, pugi::xml_document& doc, bool required = true,
                         unsigned options = pugi::parse_default);
OfficeProblem parse_xml(const std::string& bytes, std::string_view name, pugi::xml_document& doc,
                        unsigned options = pugi::parse_default);
// A document as bytes again (UTF-8, raw: no indentation added).
std::string save_xml(const pugi::xml_document& doc);

// "w:p" -> "p".
inline std::string_view local(const char* name) {
    std::string_view n(name);
    const std::size_t colon = n.find(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}
inline bool is(const pugi::xml_node& n, std::string_view name) {
    return n.type() == pugi::node_element && local(n.name()) == name;
}
// The first child element of that local name (an empty node when none).
pugi::xml_node first(const pugi::xml_node& n, std::string_view name);
// An attribute by local name ("r:id" is found as "id" only when no plain "id" exists).
pugi::xml_attribute attr(const pugi::xml_node& n, std::string_view name);

// A part's path resolved against the part that refers to it: ("xl/workbook.xml", "worksheets/sheet1.xml")
// -> "xl/worksheets/sheet1.xml"; an absolute target ("/xl/…") is taken from the root.
std::string resolve_target(std::string_view from_part, std::string_view target);

} // namespace rectify::office
