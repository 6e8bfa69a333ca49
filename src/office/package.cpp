// package: reading and writing *.rectify.zip (package.h has the rules and limits).
// Index: entry names · reading · PackageFiles · PackageWriter · write_package.
#include "office/package.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/format/sha256.h"
#include "office/zip.h"
#include "core/file_name.h"

namespace rectify::office {

namespace {

const char* const kKind = ".rectify.zip"; // {kind} in NotZip: "cannot be opened as a .rectify.zip file"

// ---- entry names -----------------------------------------------------------------------------------

// The hash an entry files/<sha256> names, or "" when the name is not of that form.
std::string file_hash(std::string_view name) {
    const std::string_view dir = kPackageFilesDir;
    if (name.substr(0, dir.size()) != dir) return {};
    name.remove_prefix(dir.size());
    return is_sha256_hex(name) ? std::string(name) : std::string();
}

bool ends_with_zip(std::string_view name) {
    return name_ends_with(name, ".zip");
}

ZipLimits zip_limits(const PackageLimits& l) {
    ZipLimits z;
    z.archive_bytes = l.archive_bytes;
    z.entries = l.files + 2; // the plan file, and a "files/" folder entry some ZIP tools add
    z.entry_bytes = std::max(l.file_bytes, Limits{}.max_bytes);
    z.total_bytes = l.total_bytes + Limits{}.max_bytes;
    return z;
}

// Sorts the entries: the plan file, the files by hash (in archive order), or a problem.
OfficeProblem sort_entries(const std::vector<std::string>& names, std::vector<std::string>& hashes) {
    std::set<std::string_view> seen;
    bool plan = false;
    for (const std::string& n : names) {
        if (!seen.insert(n).second) return problem(OfficeText::PackageRepeated, {{"name", n}});
        if (n == kPackagePlanName) {
            plan = true;
        } else if (std::string h = file_hash(n); !h.empty()) {
            hashes.push_back(std::move(h));
        } else if (n != kPackageFilesDir) {
            return problem(ends_with_zip(n) ? OfficeText::PackageNested : OfficeText::PackageStray, {{"name", n}});
        }
    }
    if (!plan) return problem(OfficeText::PackageNoPlan);
    return {};
}

std::string entry_name(const std::string& hash) { return kPackageFilesDir + hash; }

} // namespace

// ---- reading ---------------------------------------------------------------------------------------

bool is_package(std::string_view bytes) {
    if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return false;
    // The plan file is the first entry a package is written with: its local header names it even
    // when the archive's end is lost (a truncated download, then refused as damaged).
    const std::string_view plan = kPackagePlanName;
    if (bytes.size() >= 30 + plan.size()) {
        const std::size_t name_size = std::size_t(static_cast<unsigned char>(bytes[26])) |
                                      std::size_t(static_cast<unsigned char>(bytes[27])) << 8;
        if (name_size == plan.size() && bytes.substr(30, plan.size()) == plan) return true;
    }
    ZipReader zip;
    ZipLimits any;
    any.archive_bytes = bytes.size();
    any.entries = PackageLimits{}.files + 2;
    return !zip.open(bytes, kKind, any) && zip.has(kPackagePlanName);
}

PackageRead read_package(std::string_view bytes, const PackageFileSink& sink, const PackageLimits& limits) {
    PackageRead r;
    auto refuse = [&](OfficeProblem p) {
        r.problem = std::move(p);
        r.plan = LoadResult{}; // nothing half-returned
        r.files = {};
        r.plan_file.clear();
        return std::move(r);
    };
    if (bytes.size() > limits.archive_bytes)
        return refuse(problem(OfficeText::PackageTooLarge, {{"size", megabytes_text(bytes.size())}, {"limit", megabytes_text(limits.archive_bytes)}}));
    ZipReader zip;
    if (OfficeProblem p = zip.open(bytes, kKind, zip_limits(limits))) return refuse(p);
    std::vector<std::string> hashes;
    if (OfficeProblem p = sort_entries(zip.names(), hashes)) return refuse(p);

    std::string plan_text, data;
    if (OfficeProblem p = zip.read(kPackagePlanName, plan_text)) return refuse(p);
    r.plan = load_workspace(plan_text, Limits{});
    if (!r.plan.ok) {
        r.plan_error = r.plan.error;
        return refuse(problem(OfficeText::PackageBadPlan));
    }
    const FileSet refs = referenced_files(r.plan.workspace);
    for (const auto& [hash, f] : refs)
        if (!zip.has(entry_name(hash)))
            return refuse(problem(OfficeText::PackageMissingFile, {{"file", f.name}, {"hash", hash}}));

    // Every file checked before any is handed out.
    std::uint64_t total = 0;
    for (const std::string& hash : hashes) {
        const std::string name = entry_name(hash);
        if (OfficeProblem p = zip.read(name, data)) return refuse(p);
        if (data.size() > limits.file_bytes)
            return refuse(problem(OfficeText::PackageFileTooLarge, {{"name", name}, {"limit", megabytes_text(limits.file_bytes)}}));
        total += data.size();
        if (total > limits.total_bytes)
            return refuse(problem(OfficeText::Bomb, {{"limit", megabytes_text(limits.total_bytes)}}));
        if (sha256_hex(data) != hash) return refuse(problem(OfficeText::PackageBadHash, {{"name", name}}));
        auto ref = refs.find(hash);
        if (ref != refs.end() && std::int64_t(data.size()) != ref->second.size)
            return refuse(problem(OfficeText::PackageWrongSize, {{"file", ref->second.name},
                                                                 {"size", std::to_string(data.size())},
                                                                 {"expected", std::to_string(ref->second.size)}}));
    }
    r.files = file_totals(refs);
    r.plan_file = std::move(plan_text);
    if (!sink) return r;
    // A second reader: the first has counted every byte once already against the total.
    ZipReader again;
    if (OfficeProblem p = again.open(bytes, kKind, zip_limits(limits))) return refuse(p);
    for (const auto& [hash, f] : refs) {
        if (OfficeProblem p = again.read(entry_name(hash), data)) return refuse(p); // cannot: read above
        sink(hash, data);
    }
    return r;
}

std::string package_message(const PackageRead& r, Lang lang) {
    if (r.problem.what == OfficeText::PackageBadPlan) {
        OfficeProblem p = r.problem;
        p.args = {{"why", format_error(r.plan_error, lang)}};
        return office_message(p, lang);
    }
    return office_message(r.problem, lang);
}

// ---- PackageFiles ----------------------------------------------------------------------------------

struct PackageFiles::Source {
    ZipReader zip;
};

PackageFiles::PackageFiles() = default;
PackageFiles::~PackageFiles() = default;

void PackageFiles::add(std::string_view package_bytes) {
    auto s = std::make_unique<Source>();
    if (!s->zip.open(package_bytes, kKind, zip_limits(PackageLimits{}))) sources_.push_back(std::move(s));
}

bool PackageFiles::get(const std::string& sha256, std::string& bytes) {
    const std::string name = entry_name(sha256);
    for (auto& s : sources_)
        if (s->zip.has(name) && !s->zip.read(name, bytes) && sha256_hex(bytes) == sha256) return true;
    return false;
}

// ---- PackageWriter ---------------------------------------------------------------------------------

OfficeProblem PackageWriter::refuse(OfficeProblem p) {
    if (!refused_) refused_ = p;
    return p;
}

OfficeProblem PackageWriter::begin(const Workspace& ws, std::int64_t now_ms, const PackageLimits& limits) {
    limits_ = limits;
    refs_ = referenced_files(ws);
    const FileTotals totals = file_totals(refs_);
    if (refs_.size() > limits.files || std::uint64_t(totals.bytes) > limits.total_bytes)
        return refuse(problem(OfficeText::PackageTooLarge, {{"size", megabytes_text(std::uint64_t(totals.bytes))},
                                                            {"limit", megabytes_text(limits.total_bytes)}}));
    if (OfficeProblem p = zip_.add_text(kPackagePlanName, save_workspace(ws, now_ms))) return refuse(p);
    return {};
}

OfficeProblem PackageWriter::add(const std::string& sha256, std::string_view bytes) {
    if (refused_) return refused_;
    auto ref = refs_.find(sha256);
    if (ref == refs_.end() || added_.count(sha256)) // the caller's mistake: not a file of this package
        return refuse(problem(OfficeText::PackageWriteFailed));
    if (OfficeProblem p = zip_.add_file(entry_name(sha256), sha256, ref->second.size, bytes, ref->second.name))
        return refuse(p);
    added_.insert(sha256);
    if (zip_.written() > limits_.archive_bytes)
        return refuse(problem(OfficeText::PackageTooLarge, {{"size", megabytes_text(zip_.written())},
                                                            {"limit", megabytes_text(limits_.archive_bytes)}}));
    return {};
}

OfficeProblem PackageWriter::finish(std::string& rest) {
    rest.clear();
    if (refused_) return refused_;
    for (const auto& [hash, f] : refs_)
        if (!added_.count(hash)) return refuse(problem(OfficeText::PackageFileUnavailable, {{"file", f.name}, {"hash", hash}}));
    if (OfficeProblem p = zip_.finish(rest)) return refuse(p);
    if (zip_.written() > limits_.archive_bytes) {
        rest.clear();
        return refuse(problem(OfficeText::PackageTooLarge, {{"size", megabytes_text(zip_.written())},
                                                            {"limit", megabytes_text(limits_.archive_bytes)}}));
    }
    return {};
}

// ---- write_package ---------------------------------------------------------------------------------

OfficeProblem write_package(const Workspace& ws, std::int64_t now_ms, const PackageFileSource& files,
                            std::string& out, const PackageLimits& limits) {
    out.clear();
    PackageWriter w;
    auto fail = [&out](OfficeProblem p) {
        out.clear();
        return p;
    };
    if (OfficeProblem p = w.begin(ws, now_ms, limits)) return fail(p);
    std::string data;
    for (const auto& [hash, f] : w.files()) {
        // A source that has no such file, or gives other bytes under its hash, has not got it.
        const OfficeProblem unavailable = problem(OfficeText::PackageFileUnavailable, {{"file", f.name}, {"hash", hash}});
        if (!files || !files(hash, data)) return fail(unavailable);
        if (OfficeProblem p = w.add(hash, data)) return fail(p.what == OfficeText::PackageBadHash ? unavailable : p);
        out += w.drain();
    }
    data = {};
    std::string rest;
    if (OfficeProblem p = w.finish(rest)) return fail(p);
    out += rest;
    return {};
}

} // namespace rectify::office
