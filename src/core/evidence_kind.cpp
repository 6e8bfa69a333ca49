// evidence_kind: see evidence_kind.h.
#include "core/evidence_kind.h"
#include "core/file_name.h"

#include <string_view>

namespace rectify {

namespace {

// The extension after the last dot, lowercase; "" when there is none (or the dot starts the name).
std::string extension(const std::string& name) {
    const size_t dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == name.size()) return {};
    return ascii_lower(std::string_view(name).substr(dot + 1));
}

// The media type without parameters, lowercase.
std::string media_type(const std::string& type) {
    return ascii_lower(std::string_view(type).substr(0, type.find(';')));
}

bool generic(const std::string& type) { return type.empty() || type == "application/octet-stream"; }

} // namespace

bool is_image_file(const EvidenceFile& f) {
    const std::string type = media_type(f.type);
    if (!generic(type)) return type.rfind("image/", 0) == 0 && type != "image/svg+xml";
    const std::string ext = extension(f.name);
    for (const char* e : {"jpg", "jpeg", "png", "gif", "webp", "bmp", "heic", "heif", "avif"})
        if (ext == e) return true;
    return false;
}

std::string file_badge(const EvidenceFile& f) {
    std::string ext = extension(f.name);
    bool plain = !ext.empty() && ext.size() <= 5;
    for (char c : ext) plain = plain && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    if (!plain) {
        const std::string type = media_type(f.type);
        if (generic(type)) return {};
        ext = type.substr(type.find('/') + 1);
        // application/vnd.openxmlformats-officedocument.wordprocessingml.document and the like.
        if (ext.find("wordprocessingml") != std::string::npos || ext == "msword") ext = "doc";
        else if (ext.find("spreadsheetml") != std::string::npos || ext == "vnd.ms-excel") ext = "xls";
        else if (ext.find("presentationml") != std::string::npos) ext = "ppt";
        else if (ext == "jpeg") ext = "jpg";
        else if (ext == "plain") ext = "txt";
        if (ext.size() > 5) ext = ext.substr(0, 5);
    }
    for (char& c : ext)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    return ext;
}

} // namespace rectify
