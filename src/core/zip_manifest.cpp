// zip_manifest: see zip_manifest.h.
#include "core/zip_manifest.h"

namespace rectify {

ZipManifest::ZipManifest() { out_.begin_object().key("entries").begin_array(); }

void ZipManifest::text(const std::string& name, const std::string& text) {
    out_.begin_object().field("name", name).field("text", text).end_object();
}

void ZipManifest::file(const std::string& name, const EvidenceFile& f) {
    out_.begin_object().field("name", name).field("sha256", f.sha256).field("size", static_cast<long long>(f.size)).end_object();
}

std::string ZipManifest::json() {
    out_.end_array().end_object();
    return out_.str();
}

std::string package_manifest(const std::string& plan_file, const FileSet& files) {
    ZipManifest m;
    m.text(kPackagePlanFile, plan_file); // first: is_package looks for it there
    for (const auto& [hash, f] : files) m.file(kPackageFilesFolder + hash, f);
    return m.json();
}

std::string package_file_name(const std::string& plan_file_name) {
    const std::string json = ".json";
    const std::string& n = plan_file_name;
    if (n.size() >= json.size() && n.compare(n.size() - json.size(), json.size(), json) == 0)
        return n.substr(0, n.size() - json.size()) + ".zip";
    return n + ".zip";
}

} // namespace rectify
