// text_import_call: run_text_import (text_import_wire.h), kept apart from the wire functions so
// that the app, which only writes requests and reads results, does not link the importer.
#include "core/import/text_import_wire.h"

namespace rectify {

bool run_text_import(std::string_view request, std::string_view input, std::string& out) {
    ImportTextOptions options;
    bool file = false;
    if (!text_import_request_from_json(request, options, file, out)) return false;
    out = text_import_to_wire(file ? import_text_file(input, options) : import_text(input, options));
    return true;
}

} // namespace rectify
