// package: the plan package, a ZIP archive *.rectify.zip that carries a plan with its evidence
// files (issue 19): `plan.rectify.json`, the plan file exactly as save_workspace writes it, and
// `files/<sha256>` (lowercase hex) for every file the plan references (core/evidence_files.h
// referenced_files), each once. Nothing else may be in it.
//
// Reading is guarded like every ZIP here (office/zip.h: names, bombs counted as they inflate,
// truncation, encryption) and, beyond that, refuses: an entry that is neither of those (another
// archive inside, a stray file), an entry twice, a file whose bytes do not match its name's hash
// or whose size is not what the plan says, a reference without its file, a plan file that does not
// load. Files nothing references are allowed and skipped (a newer app may know why they are there).
// A refused package hands out nothing: the files reach the caller only after all of it was checked.
//
// Limits (PackageLimits), for the web build: the app is a 32-bit wasm module (at most 4 GB, its
// office module 1 GB), which holds the archive and, one at a time, a file being inflated. So a
// package is at most 768 MB (input_limits.h InputKind::Package), its files 768 MB unpacked in all,
// one file at most 100 MB (kMaxEvidenceFileBytes), and 10,000 files.
// Writing is PackageWriter, fed one file at a time and drained as it goes (zip_stream_writer.h);
// write_package (the CLI's) is built on it.
// Index: PackageLimits · reading · PackageFiles · writing (PackageWriter, write_package).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/evidence_files.h"
#include "core/format/format.h"
#include "core/format/input_limits.h"
#include "core/import/office_messages.h"
#include "core/zip_manifest.h"
#include "office/zip_stream_writer.h"

namespace rectify::office {

inline constexpr const char* kPackagePlanName = kPackagePlanFile; // core/zip_manifest.h
inline constexpr const char* kPackageFilesDir = kPackageFilesFolder;

struct PackageLimits {
    std::size_t archive_bytes = max_input_bytes(InputKind::Package);
    std::size_t files = 10000;
    std::size_t file_bytes = std::size_t(kMaxEvidenceFileBytes);
    std::size_t total_bytes = std::size_t(768) << 20; // every file, inflated
};

// ---- reading ---------------------------------------------------------------------------------------

// Whether `bytes` are a ZIP archive that holds plan.rectify.json (in its directory, or as the first
// entry of an archive whose end was cut off): a package, to be read with read_package (not
// load_workspace, which would call it a ZIP file). Reads the directory only.
bool is_package(std::string_view bytes);

struct PackageRead {
    OfficeProblem problem; // set: the package was refused
    LoadError plan_error;  // with PackageBadPlan: why the plan file did not load
    LoadResult plan;       // the plan file loaded (plan.ok) when !problem
    std::string plan_file; // its bytes as they were in the package, when !problem
    FileTotals files;      // the files it holds that the plan references
    bool ok() const { return !problem; }
};

// Called once per referenced file, after the whole package passed every check: its hash and its
// bytes (which the callee may move from). A 600 MB package is thus held once, plus one file.
using PackageFileSink = std::function<void(const std::string& sha256, std::string& bytes)>;

PackageRead read_package(std::string_view bytes, const PackageFileSink& sink = nullptr,
                         const PackageLimits& limits = {});

// The reason a package was refused, in `lang` (the plan file's own load error for PackageBadPlan).
std::string package_message(const PackageRead& r, Lang lang);

// The files of packages read before (read_package passed them), to take files from by hash one at
// a time: a merge of packages writes a package of the merged plan. Holds views of the bytes,
// which must outlive it.
class PackageFiles {
public:
    PackageFiles();
    ~PackageFiles();
    void add(std::string_view package_bytes);
    bool get(const std::string& sha256, std::string& bytes);

private:
    struct Source;
    std::vector<std::unique_ptr<Source>> sources_;
};

// ---- writing ---------------------------------------------------------------------------------------

// A package written one file at a time: begin() writes the plan file, add() each file it
// references (any order, each once: checked against the hash and the size the plan gives it),
// drain() hands out what is final so far, finish() checks every file was added and gives the rest.
// The package is the drained parts followed by the rest. Any refusal leaves the writer refused.
class PackageWriter {
public:
    // The plan file of `ws` written at now_ms (as save_workspace); refused when its files are over
    // the limits.
    OfficeProblem begin(const Workspace& ws, std::int64_t now_ms, const PackageLimits& limits = {});
    // The files the package needs (by hash), those added included.
    const FileSet& files() const { return refs_; }
    OfficeProblem add(const std::string& sha256, std::string_view bytes);
    std::string drain() { return zip_.drain(); }
    // Refused when a file was not added, or the archive is over the limit; `rest` is then empty.
    OfficeProblem finish(std::string& rest);

private:
    OfficeProblem refuse(OfficeProblem p);
    ZipStreamWriter zip_;
    FileSet refs_;
    std::set<std::string> added_;
    PackageLimits limits_;
    OfficeProblem refused_;
};

// The bytes of the file with hash `sha256`, or false when the caller has none.
using PackageFileSource = std::function<bool(const std::string& sha256, std::string& bytes)>;

// A package of `ws` (its plan file written now_ms, as save_workspace) with every file it references,
// got from `files` one at a time. Refused (a problem, `out` empty) if a file is unavailable, does
// not match its hash or size, or the package would be over the limits: what it writes, it reads.
OfficeProblem write_package(const Workspace& ws, std::int64_t now_ms, const PackageFileSource& files,
                            std::string& out, const PackageLimits& limits = {});

} // namespace rectify::office
