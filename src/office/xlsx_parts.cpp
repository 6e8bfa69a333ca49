// xlsx_parts: the package helpers of xlsx_parts.h.
#include "office/xlsx_parts.h"

#include <cctype>

namespace rectify::office {

// ---- relationships ---------------------------------------------------------------------------------

std::string rels_of(std::string_view part) {
    const std::size_t slash = part.rfind('/');
    if (slash == std::string_view::npos) return "_rels/" + std::string(part) + ".rels";
    return std::string(part.substr(0, slash)) + "/_rels/" + std::string(part.substr(slash + 1)) + ".rels";
}

std::string rel_target(const pugi::xml_document& rels, std::string_view source_part, std::string_view id,
                       std::string_view type_suffix) {
    for (pugi::xml_node r = first(rels.document_element(), "Relationship"); r; r = r.next_sibling()) {
        if (!is(r, "Relationship")) continue;
        const std::string_view type = attr(r, "Type").value();
        const bool match = !id.empty() ? attr(r, "Id").value() == id
                                       : type.size() >= type_suffix.size() && type.substr(type.size() - type_suffix.size()) == type_suffix;
        if (match) return resolve_target(source_part, attr(r, "Target").value());
    }
    return {};
}

std::string main_part(ZipReader& zip, const char* fallback) {
    pugi::xml_document rels;
    if (zip.has("_rels/.rels") && !parse_part(zip, "_rels/.rels", rels)) {
        std::string t = rel_target(rels, "", {}, "/officeDocument");
        if (!t.empty() && zip.has(t)) return t;
    }
    return fallback;
}

// ---- sheets ----------------------------------------------------------------------------------------

std::vector<WorkbookSheet> workbook_sheets(const pugi::xml_document& wb, const pugi::xml_document& wb_rels,
                                           std::string_view wb_part) {
    std::vector<WorkbookSheet> out;
    int position = 0;
    for (pugi::xml_node s = first(first(wb.document_element(), "sheets"), "sheet"); s; s = s.next_sibling()) {
        if (!is(s, "sheet")) continue;
        WorkbookSheet e;
        e.node = s;
        e.position = position++;
        e.name = attr(s, "name").value();
        e.part = rel_target(wb_rels, wb_part, attr(s, "id").value());
        out.push_back(std::move(e));
    }
    return out;
}

// ---- A1 references ---------------------------------------------------------------------------------

bool cell_ref(std::string_view r, int& col, int& row) {
    std::size_t i = 0;
    long c = 0, w = 0;
    while (i < r.size() && std::isalpha(static_cast<unsigned char>(r[i])) && i < 4) c = c * 26 + ((r[i++] | 0x20) - 'a' + 1);
    while (i < r.size() && std::isdigit(static_cast<unsigned char>(r[i])) && w < 100000000) w = w * 10 + (r[i++] - '0');
    if (c == 0 || w == 0 || i != r.size()) return false;
    col = int(c - 1);
    row = int(w - 1);
    return true;
}

bool range_ref(std::string_view ref, GridMerge& m) {
    const std::size_t colon = ref.find(':');
    if (colon == std::string_view::npos) return false;
    return cell_ref(ref.substr(0, colon), m.col0, m.row0) && cell_ref(ref.substr(colon + 1), m.col1, m.row1) &&
           m.row0 <= m.row1 && m.col0 <= m.col1;
}

std::string col_name(int col) {
    std::string s;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) s.insert(s.begin(), char('A' + (c - 1) % 26));
    return s;
}

std::string cell_name(int col, int row) { return col_name(col) + std::to_string(row + 1); }

std::string range_name(const GridMerge& m) { return cell_name(m.col0, m.row0) + ":" + cell_name(m.col1, m.row1); }

bool truthy(const pugi::xml_attribute& a) {
    const std::string_view v = a.value();
    return v == "1" || v == "true";
}

} // namespace rectify::office
