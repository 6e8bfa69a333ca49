// Helpers shared by the tests of the text importer on the unseen document sets
// (text_sets_test.cpp, text_sets_l_test.cpp, text_sets_m_test.cpp, text_sets_n_test.cpp, text_sets_o_test.cpp): read a document, list its problems.
#pragma once
#include <string>
#include <vector>

#include "core/import/text_import.h"

namespace rectify::testing {

// The document read with the default options and a fixed ID seed (so IDs are stable).
inline TextImport read_set_text(const std::string& doc, int id_seed) {
    ImportTextOptions o;
    o.id_seed = id_seed;
    return import_text(doc, o);
}

// Each problem as "number|text".
inline std::vector<std::string> problem_texts(const TextImport& r) {
    std::vector<std::string> out;
    for (const Problem& p : r.plan().problems) out.push_back(p.number + "|" + p.text);
    return out;
}

} // namespace rectify::testing
