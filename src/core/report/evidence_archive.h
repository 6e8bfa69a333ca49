// 一问题一档案: a plan's evidence as the inspection team reads it, one folder per problem, and an
// index page. The layout is made here, once, as a list of entries (ArchiveEntry) that the CLI
// (`rectify archive`, office/zip.h) and the app (platform/zip_stream.h's manifest) both write:
//
//   index.html                      the printable index (A4, the report's fonts): each problem,
//                                   its measures, status, units, deadline, 销号, and its evidence
//   01-问题简称/措施2-整改前后对比.jpg  a problem's folder: the files of its measures' evidence
//                                   and of their progress entries, readably named
//
// Problems are numbered as the report orders them (report.h report_areas: by area, then in
// document order), 01, 02… (more digits past 99). Names are safe on Windows, macOS and Linux
// (file_name.h safe_file_name: no \ / : * ? " < > |, control characters, trailing dots or spaces,
// device names; within a byte limit), unique within their folder ignoring ASCII case ("(2)" before
// the extension), and a file referenced under two problems is in both folders. The same file under
// the same name twice in one folder is there once. A file the caller does not have is left out and
// noted on the index page (and in `missing`).
// Index: ArchiveEntry · ArchiveOptions · evidence_archive · manifest · names (for tests and callers).
#pragma once
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n.h"
#include "core/model.h"

namespace rectify {

inline constexpr const char* kArchiveIndexName = "index.html";
inline constexpr std::size_t kArchiveFolderChars = 16;  // of a problem's text in its folder's name
inline constexpr std::size_t kArchiveFolderBytes = 64;  // a folder's name, whole
inline constexpr std::size_t kArchiveFileBytes = 120;   // a file's name, whole (file_name.h's limit)

// One entry of the archive: a text (the index page) or a stored evidence file, by hash.
struct ArchiveEntry {
    std::string name;   // its path in the archive, folders separated by "/"
    std::string text;   // a text entry's bytes (UTF-8)
    std::string sha256; // a file entry: the evidence file of this hash…
    std::int64_t size = 0; // …and this size
    bool is_file() const { return !sha256.empty(); }
};

// A referenced file that the caller did not have: the name it would have had, and the reference.
struct ArchiveMissing {
    std::string name;
    EvidenceFile file;
};

struct ArchiveOptions {
    Lang lang = Lang::Zh;
    Date today; // the page's date line; empty: none
    // Whether the caller has this file (the CLI: in the package or the folder; the app: in its
    // store). Not set: every file is taken as there.
    std::function<bool(const EvidenceFile&)> available;
};

struct EvidenceArchive {
    std::vector<ArchiveEntry> entries; // index.html first, then the files, problem by problem
    std::vector<ArchiveMissing> missing;
    std::size_t files = 0;             // file entries (a file in two folders counts twice)
};

// The archive of `plan` (one of ws.plans): its live problems, measures, progress entries and
// evidence items; deleted ones are left out.
EvidenceArchive evidence_archive(const Workspace& ws, const Plan& plan, const ArchiveOptions& opt);

// The manifest of platform/zip_stream.h: {"entries":[{"name","text"} | {"name","sha256","size"}]}.
std::string archive_manifest_json(const std::vector<ArchiveEntry>& entries);

// The archive's own file name: "<plan title>-一问题一档案.zip", safe as a file name.
std::string archive_zip_name(const Plan& plan, Lang lang);

// ---- names ------------------------------------------------------------------------------------------

// `text`'s first sentence (up to 。；！？ or a line break), at most `max_chars` whole characters:
// when it is longer, cut after its last clause (，,、：) in the second half of the limit, if any,
// else at the limit. Leading and trailing spaces trimmed.
std::string archive_short_title(std::string_view text, std::size_t max_chars = kArchiveFolderChars);

// A problem's folder: "01-简称" (number zero-padded to `width` digits), safe and at most
// kArchiveFolderBytes; `fallback` when the text gives nothing.
std::string archive_folder_name(int number, int width, std::string_view problem_text, std::string_view fallback);

// A file's extension from its own name (".jpg"), kept as typed; "" when it has none a file system
// would show (only ASCII letters and digits, at most 10 of them).
std::string archive_extension(std::string_view file_name);

// `stem` + `extension` made safe, at most kArchiveFileBytes, unique in `taken` (compared ignoring
// ASCII case, as Windows and macOS do): "名称.jpg", "名称(2).jpg"…; the name is added to `taken`.
std::string archive_unique_name(std::set<std::string>& taken, std::string_view stem, std::string_view extension,
                                std::string_view fallback);

// The href of a path in the archive, relative to index.html: "/" kept, non-ASCII kept as UTF-8,
// every other byte that is not a letter, digit or -._~ percent-encoded (a # or % in a name).
std::string archive_href(std::string_view name);

} // namespace rectify
