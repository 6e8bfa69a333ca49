// zip_manifest: the manifest of a ZIP the page streams (platform/zip_stream.h export_zip_stream):
// entries of text, or of stored evidence files named by hash and size, written in the order added.
// The plan package (office/package.h: plan.rectify.json, then files/<sha256> for each file the plan
// references) is one such manifest.
// Index: ZipManifest · package_manifest.
#pragma once
#include <string>

#include "core/evidence_files.h"
#include "core/format/json_out.h"

namespace rectify {

// The entries of a plan package (office/package.h reads and writes them by these names).
inline constexpr const char* kPackagePlanFile = "plan.rectify.json";
inline constexpr const char* kPackageFilesFolder = "files/";

class ZipManifest {
public:
    ZipManifest();
    void text(const std::string& name, const std::string& text);
    void file(const std::string& name, const EvidenceFile& f); // its sha256 and size
    // {"entries":[{"name":…,"text":…}|{"name":…,"sha256":…,"size":N}…]}
    std::string json();

private:
    JsonOut out_;
};

// The manifest of a plan package: `plan_file` (the plan file as saved) and every file of `files`.
std::string package_manifest(const std::string& plan_file, const FileSet& files);

// The package's file name for a plan file's (".rectify.json" becomes ".rectify.zip").
std::string package_file_name(const std::string& plan_file_name);

} // namespace rectify
