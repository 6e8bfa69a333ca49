#include "core/format/prescan.h"

#include <string>

namespace rectify {

size_t find_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    size_t n = s.size(), i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len = utf8_sequence_length(p + i, n - i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

static bool looks_utf16(std::string_view s) {
    if (s.size() >= 2) {
        unsigned a = (unsigned char)s[0], b = (unsigned char)s[1];
        if ((a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF)) return true;
        // No BOM: "{\0" (little-endian) or "\0{" (big-endian): exactly one NUL in an ASCII pair.
        if ((a == 0) != (b == 0) && (a | b) < 0x80) return true;
    }
    return false;
}

// ---- files of other kinds, by their first bytes ------------------------------------------------

static bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

static size_t u16le(std::string_view s, size_t at) {
    return size_t(static_cast<unsigned char>(s[at])) | size_t(static_cast<unsigned char>(s[at + 1])) << 8;
}

// A ZIP is also what Word, Excel, PowerPoint (and WPS) save and what OFD documents are: tell them
// apart by the entries' names, read from the central directory records ("PK\1\2": name length at
// +28, name at +46) or, in a file cut short before its directory, from the local headers
// ("PK\3\4": +26, +30).
static const char* zip_kind(std::string_view s) {
    bool content_types = false;
    struct Record {
        std::string_view signature;
        size_t length_at, name_at;
    };
    for (const Record& rec : {Record{std::string_view("PK\1\2", 4), 28, 46}, Record{std::string_view("PK\3\4", 4), 26, 30}}) {
        size_t at = 0;
        for (int n = 0; n < 65536 && (at = s.find(rec.signature, at)) != std::string_view::npos; n++, at += 4) {
            if (at + rec.name_at > s.size()) break;
            const size_t length = u16le(s, at + rec.length_at);
            if (at + rec.name_at + length > s.size()) continue; // cut short: not a name to trust
            const std::string_view name = s.substr(at + rec.name_at, length);
            if (starts_with(name, "word/")) return "docx";
            if (starts_with(name, "xl/")) return "xlsx";
            if (starts_with(name, "ppt/")) return "pptx";
            if (name == "OFD.xml") return "ofd";
            if (name == "[Content_Types].xml") content_types = true;
        }
    }
    return content_types ? "office" : "zip";
}

const char* sniff_other_format(std::string_view s) {
    if (starts_with(s, "PK\3\4") || starts_with(s, "PK\5\6") || starts_with(s, "PK\7\x08")) return zip_kind(s);
    static const struct {
        std::string_view magic;
        const char* kind;
    } kMagic[] = {
        {std::string_view("\x89PNG\r\n\x1a\n", 8), "png"},
        {std::string_view("\xFF\xD8\xFF", 3), "jpeg"},
        {"GIF87a", "gif"},
        {"GIF89a", "gif"},
        {"%PDF-", "pdf"},
        {std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "ole"}, // .doc .xls .ppt .wps .et
        {std::string_view("Rar!\x1A\x07", 6), "rar"},
        {std::string_view("7z\xBC\xAF\x27\x1C", 6), "7z"},
        {std::string_view("\x1F\x8B", 2), "gzip"},
    };
    for (const auto& m : kMagic)
        if (starts_with(s, m.magic)) {
            // A password-protected .docx/.xlsx is an OLE file holding the stream "EncryptedPackage"
            // (named in UTF-16LE in the file's directory): worth telling apart from a .doc/.xls.
            static const std::string kEncrypted = [] {
                std::string n;
                for (char c : std::string_view("EncryptedPackage")) n += c, n += '\0';
                return n;
            }();
            if (std::string_view(m.kind) == "ole" && s.find(kEncrypted) != std::string_view::npos) return "ole-encrypted";
            return m.kind;
        }
    return nullptr;
}

ScanResult prescan(std::string_view s, const Limits& limits) {
    ScanResult r;
    LoadError& e = r.error;
    if (const char* kind = sniff_other_format(s)) {
        e.key = Msg::OtherFormat;
        e.detail = kind;
        return r;
    }
    if (s.size() > limits.max_bytes) {
        e.key = Msg::TooLarge;
        e.n = std::int64_t(s.size());
        e.limit = std::int64_t(limits.max_bytes);
        return r;
    }
    if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") {
        e.key = Msg::ByteOrderMark;
        return r;
    }
    if (looks_utf16(s)) {
        e.key = Msg::Utf16;
        return r;
    }
    if (s.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        e.key = Msg::Empty;
        return r;
    }
    size_t bad = find_invalid_utf8(s);
    if (bad != std::string_view::npos) {
        e.key = Msg::InvalidUtf8;
        e.n = std::int64_t(bad);
        return r;
    }
    // Nesting depth, skipping strings (a '[' inside a string is text).
    int depth = 0;
    bool in_string = false, escaped = false;
    for (char c : s) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > limits.max_depth) {
                e.key = Msg::TooDeep;
                e.limit = limits.max_depth;
                return r;
            }
        } else if (c == ']' || c == '}') depth--;
    }
    r.ends_inside = in_string || depth > 0;
    r.ok = true;
    return r;
}

} // namespace rectify
