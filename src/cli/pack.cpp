// rectify pack PLAN [--files DIR] -o OUT.rectify.zip: a plan package (office/package.h) of the plan
// and every evidence file it references. The files are found by content: every file in DIR (and
// its subfolders) of a size some reference has is hashed, and a reference takes the file with its
// SHA-256, whatever the file is called (so a folder of photos as they came, or an unpacked
// package's files/, both do). PLAN may be a package itself: its files are used first.
// rectify unpack PACKAGE -o DIR: checks the package and writes DIR/plan.rectify.json (the bytes as
// in the package) and DIR/files/<sha256>; nothing is written unless the whole package passes.
// Index: read_whole · find_files · write_package_file · pack · unpack.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <system_error>

#include "cli/cli.h"
#include "core/format/sha256.h"
#include "office/package.h"

namespace rectify::cli {

namespace fs = std::filesystem;

bool read_whole(const fs::path& p, std::string& out) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

// ---- find_files ------------------------------------------------------------------------------------

bool find_files(const Args& a, const FileSet& refs, std::map<std::string, fs::path>& found) {
    std::error_code ec;
    if (!fs::is_directory(a.files_dir, ec)) return false;
    std::set<std::uint64_t> sizes;
    for (const auto& [hash, f] : refs) sizes.insert(std::uint64_t(f.size));
    std::string bytes;
    for (auto it = fs::recursive_directory_iterator(a.files_dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        std::error_code e2;
        if (!it->is_regular_file(e2)) continue;
        const std::uint64_t size = it->file_size(e2);
        if (e2 || !sizes.count(size)) continue; // no reference has this size: not hashed
        if (size > std::uint64_t(kMaxEvidenceFileBytes)) {
            print(stderr, Say::FileSkipped, a.lang, {{"path", it->path().string()}, {"limit", megabytes_text(std::uint64_t(kMaxEvidenceFileBytes))}});
            continue;
        }
        if (read_whole(it->path(), bytes)) found.emplace(sha256_hex(bytes), it->path());
    }
    return true;
}

// ---- write_package_file ----------------------------------------------------------------------------

bool write_package_file(const std::string& path, const Workspace& ws,
                        const std::function<bool(const std::string&, std::string&)>& files, Lang lang, const char* cmd) {
    std::string bytes;
    office::OfficeProblem p = office::write_package(ws, now_ms(), files, bytes);
    if (p) {
        print(stderr, Say::PackFailed, lang, {{"command", cmd}, {"path", path}, {"why", office::office_message(p, lang)}});
        return false;
    }
    // Read back as `rectify validate` would: a package that does not read is not written.
    office::PackageRead back = office::read_package(bytes);
    if (!back.ok()) {
        print(stderr, Say::NotWrittenInvalid, lang, {{"command", cmd}, {"path", path}, {"why", office::package_message(back, lang)}});
        return false;
    }
    return write_file(path, bytes, cmd, lang);
}

// ---- pack ------------------------------------------------------------------------------------------

int pack(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--files", "--password"});
    if (!a.error.empty() || a.files.size() != 1 || a.out.empty())
        return usage_error(a, "pack", a.error.empty() ? say(Say::NeedPack, a.lang) : a.error.c_str(),
                           "[--lang zh|en] PLAN [--files DIR] -o OUT.rectify.zip");
    LoadResult r;
    Loaded from;
    if (!load_file(a.files[0], a.lang, r, &from, true)) return 1;
    const FileSet refs = referenced_files(r.workspace);
    std::map<std::string, fs::path> found; // hash -> a file in DIR with those bytes
    if (!a.files_dir.empty() && !find_files(a, refs, found))
        return usage_error(a, "pack", say(Say::FilesNotDir, a.lang, {{"path", a.files_dir}}).c_str(),
                           "[--lang zh|en] PLAN [--files DIR] -o OUT.rectify.zip");
    office::PackageFiles in_package;
    if (from.package) in_package.add(from.bytes);
    auto files = [&](const std::string& hash, std::string& bytes) {
        if (in_package.get(hash, bytes)) return true;
        auto it = found.find(hash);
        return it != found.end() && read_whole(it->second, bytes);
    };
    if (!write_package_file(a.out, r.workspace, files, a.lang, "pack")) return 1;
    const FileTotals t = file_totals(refs);
    print(stdout, Say::Packed, a.lang, {{"path", a.files[0]}, {"n", t.files}, {"size", megabytes_text(std::uint64_t(t.bytes))}, {"out", a.out}});
    return 0;
}

// ---- unpack ----------------------------------------------------------------------------------------

int unpack(int argc, char** argv) {
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--password"});
    if (!a.error.empty() || a.files.size() != 1 || a.out.empty())
        return usage_error(a, "unpack", a.error.empty() ? say(Say::NeedUnpack, a.lang) : a.error.c_str(),
                           "[--lang zh|en] PACKAGE.rectify.zip -o DIR");
    const std::string& path = a.files[0];
    std::string bytes, error;
    if (!read_input(path, a.lang, bytes, error)) { // an encrypted package too
        print(stderr, Say::PathSays, a.lang, {{"path", path}, {"why", error}});
        return 1;
    }
    if (!office::is_package(bytes)) {
        print(stderr, Say::PathSays, a.lang, {{"path", path}, {"why", say(Say::NotAPackage, a.lang, {{"path", path}})}});
        return 1;
    }
    // Checked whole first (read_package hands out files only then); the folder is made after.
    office::PackageRead check = office::read_package(bytes);
    if (!check.ok()) {
        print(stderr, Say::PathSays, a.lang, {{"path", path}, {"why", office::package_message(check, a.lang)}});
        return 1;
    }
    const fs::path dir(a.out), files_dir = fs::path(a.out) / "files";
    std::error_code ec;
    fs::create_directories(files_dir, ec);
    if (ec) {
        print(stderr, Say::CannotWrite, a.lang, {{"command", "unpack"}, {"path", files_dir.string()}, {"why", system_error(ec.value(), a.lang)}});
        return 1;
    }
    bool ok = write_file((dir / office::kPackagePlanName).string(), check.plan_file, "unpack", a.lang);
    office::PackageRead r = office::read_package(bytes, [&](const std::string& hash, std::string& data) {
        ok = ok && write_file((files_dir / hash).string(), data, "unpack", a.lang);
    });
    if (!r.ok() || !ok) return 1;
    print(stdout, Say::Unpacked, a.lang, {{"path", path}, {"n", r.files.files}, {"out", a.out}});
    return 0;
}

} // namespace rectify::cli
