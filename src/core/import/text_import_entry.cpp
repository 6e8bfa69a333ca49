// The text importer's entry points (text_import.h): the checks every input passes (size, NUL
// bytes, UTF-8, a file's encoding), then text::read_document reads it (text_import.cpp).
#include "core/format/input_limits.h"
#include "core/ledger/csv.h"
#include "core/format/prescan.h"
#include "core/import/text_import_parts.h"
#include "core/texts.h"
#include "core/utf8.h"

namespace rectify {

namespace {

bool refuse(TextImport& r, CoreText why, size_t offset) {
    r.error_zh = core_text(why, Lang::Zh, {{"n", offset}});
    r.error_en = core_text(why, Lang::En, {{"n", offset}});
    return false;
}

bool refuse_size(TextImport& r, size_t bytes) {
    r.error_zh = too_large_message(InputKind::Text, bytes, Lang::Zh);
    r.error_en = too_large_message(InputKind::Text, bytes, Lang::En);
    return false;
}

// The checks every text passes before it is read: no NUL byte, valid UTF-8.
bool is_text(TextImport& r, std::string_view utf8) {
    if (size_t nul = utf8.find('\0'); nul != std::string_view::npos) return refuse(r, CoreText::ImportNulByte, nul);
    if (size_t bad = find_invalid_utf8(utf8); bad != std::string_view::npos) return refuse(r, CoreText::ImportInvalidUtf8, bad);
    return true;
}


} // namespace


std::size_t max_import_text_bytes() { return max_input_bytes(InputKind::Text); }

const Plan& TextImport::plan() const {
    static const Plan none;
    return ws.plans.empty() ? none : ws.plans.front();
}

TextImport import_text(std::string_view utf8, const ImportTextOptions& options) {
    TextImport r;
    r.encoding = "UTF-8";
    if (utf8.size() > max_import_text_bytes()) {
        refuse_size(r, utf8.size());
        return r;
    }
    if (!is_text(r, utf8)) return r;
    r.decoded = std::string(utf8);
    text::read_document(r, options);
    return r;
}

TextImport import_text_file(std::string_view bytes, const ImportTextOptions& options) {
    TextImport r;
    if (bytes.size() > max_import_text_bytes()) {
        refuse_size(r, bytes.size());
        return r;
    }
    // Outside UTF-16 a NUL byte is a NUL character: binary data (GB18030 would even decode it).
    // Said first, at its offset in the file.
    const bool utf16 = bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
    if (size_t nul = bytes.find('\0'); !utf16 && nul != std::string_view::npos) {
        refuse(r, CoreText::ImportNulByte, nul);
        return r;
    }
    std::string utf8;
    if (!decode_text(bytes, utf8, r.encoding)) {
        refuse(r, CoreText::ImportUndecodable, 0);
        return r;
    }
    if (!is_text(r, utf8)) return r;
    r.decoded = std::move(utf8);
    text::read_document(r, options);
    return r;
}

} // namespace rectify
