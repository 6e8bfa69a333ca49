// rectify archive [--lang zh|en] [--plan N] [--today YYYY-MM-DD] PLAN [--files DIR] -o OUT.zip:
// 一问题一档案, a ZIP of a plan's evidence for the inspection team, one folder per problem and an
// index page (core/report/evidence_archive.h: the same layout the app's menu item makes). The
// files come from PLAN when it is a package (.rectify.zip), else from DIR, found by content as
// `rectify pack --files` finds them. A referenced file found in neither is left out, named on the
// index page as missing and in a warning; the archive is still written and the exit code is 0 (the
// archive is what there is; the warnings say what is not). Names are UTF-8 with the ZIP's UTF-8
// flag (office/zip.h).
#include <cstdio>
#include <filesystem>
#include <map>

#include "cli/cli.h"
#include "core/format/sha256.h"
#include "core/report/evidence_archive.h"
#include "office/package.h"
#include "office/zip.h"

namespace rectify::cli {

int archive(int argc, char** argv) {
    const char* synopsis = "[--lang zh|en] [--plan N] [--today YYYY-MM-DD] PLAN [--files DIR] -o OUT.zip";
    Args a = parse_args(argc, argv, 2, {"--lang", "-o", "--files", "--plan", "--today", "--password"});
    ArchiveOptions opt;
    opt.lang = a.lang;
    if (a.error.empty() && !a.today.empty() && (!parse_iso_date(a.today, opt.today) || opt.today.empty()))
        a.error = say(Say::TodayValue, a.lang);
    if (!a.error.empty() || a.files.size() != 1 || a.out.empty())
        return usage_error(a, "archive", a.error.empty() ? say(Say::NeedArchive, a.lang) : a.error.c_str(), synopsis);
    if (opt.today.empty()) opt.today = today_utc();

    LoadResult r;
    Loaded from;
    if (!load_file(a.files[0], a.lang, r, &from, true)) return 1;
    const Plan* plan = nullptr;
    if (int code = choose_plan(a, r.workspace, "archive", synopsis, plan); code >= 0) return code;

    std::map<std::string, std::filesystem::path> found;
    if (!a.files_dir.empty() && !find_files(a, referenced_files(*plan), found))
        return usage_error(a, "archive", say(Say::FilesNotDir, a.lang, {{"path", a.files_dir}}).c_str(), synopsis);
    // A package that loaded holds every file its plan references (read_package checked them).
    opt.available = [&](const EvidenceFile& f) { return from.package || found.count(f.sha256) > 0; };
    const EvidenceArchive made = evidence_archive(r.workspace, *plan, opt);

    office::PackageFiles in_package;
    if (from.package) in_package.add(from.bytes);
    office::ZipWriter zip;
    std::string bytes;
    for (const ArchiveEntry& e : made.entries) {
        bool ok = true;
        if (!e.is_file()) {
            ok = zip.add(e.name, e.text);
        } else {
            // The bytes are checked against the reference again: a file changed since it was found
            // (or a package's) is not put in under another file's name.
            ok = (in_package.get(e.sha256, bytes) || (found.count(e.sha256) && read_whole(found[e.sha256], bytes))) &&
                 std::int64_t(bytes.size()) == e.size && sha256_hex(bytes) == e.sha256;
            if (!ok) {
                print(stderr, Say::ArchiveFileChanged, a.lang, {{"name", e.name}});
                return 1;
            }
            ok = zip.add(e.name, bytes, 1); // photos, PDFs and videos are compressed already
        }
        if (!ok) break;
    }
    const std::string out = zip.finish();
    if (out.empty()) {
        print(stderr, Say::CommandSays, a.lang, {{"command", "archive"}, {"why", say(Say::ArchiveFailed, a.lang)}});
        return 1;
    }
    for (const ArchiveMissing& m : made.missing)
        print(stderr, Say::ArchiveMissingFile, a.lang, {{"name", m.name}, {"sha256", m.file.sha256}});
    if (!write_file(a.out, out, "archive", a.lang)) return 1;
    print(stdout, Say::Archived, a.lang,
          {{"path", a.files[0]}, {"n", made.files}, {"missing", made.missing.size()}, {"out", a.out}});
    return 0;
}

} // namespace rectify::cli
