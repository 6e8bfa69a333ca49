// The plan file: loading (with validation and migration) and saving.
//
// A file is an envelope around the content (the workspace):
//   { "format": "rectify-plan", "version": 4, "app": "0.1.0",
//     "exported_by": {"name": …, "code": …}, "exported_at": "2026-11-23T08:00:00Z",
//     "checksum": "xxh3:<32 hex>", "content": { …Workspace… } }
// The checksum (unkeyed: against accidental damage, not deliberate edits) names its hash
// (content_hash.h). Version 4 (issue 23) writes "xxh3:": XXH3-128 of the content as RapidJSON's
// Writer writes it — compact, strings with the Writer's escapes, members in file order — so
// whitespace and escapes do not change it, member order does; a file as the app writes it is
// hashed as its bytes stand. Versions 1–3 wrote "sha256:" over the canonical form (members of
// each object sorted by name); such a checksum is still checked that way.
// Version 1 (app 0.0.x) is migrated on load (migrate_v1.cpp); newer versions are refused.
// Version 3 (issue 22) added the 销号 chain: a v2 measure's one-step closure becomes the records
// of a one-level chain on load (core/review_chain.h adopt_closure, applied to every file).
// Loading never throws and never crashes on any input; it fills a fresh Workspace, so a caller
// keeps its own workspace untouched unless the load succeeds (see load_into).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/format/content_hash.h"
#include "core/format/messages.h"
#include "core/model.h"
#include "core/format/prescan.h"

namespace rapidjson {
class CrtAllocator;
template <typename BaseAllocator> class MemoryPoolAllocator;
template <typename Encoding, typename Allocator> class GenericValue;
template <typename CharType> struct UTF8;
} // namespace rapidjson

namespace rectify {

inline constexpr const char* kFormatName = "rectify-plan";
inline constexpr int kFormatVersion = 4;

struct FileInfo {
    int version = 0;          // the version the file was written in (before migration)
    std::string app;          // the app version that wrote it
    Office exported_by;
    std::string exported_at;  // ISO 8601 UTC
};

struct LoadResult {
    bool ok = false;
    LoadError error;     // when !ok
    Workspace workspace; // when ok
    FileInfo info;
    size_t repaired_ids = 0; // with Limits::repair_ids: how many repeated IDs were given new ones
    bool fast = false;       // read the fast way (tape.h) rather than the full way
};

LoadResult load_workspace(std::string_view bytes, const Limits& limits = {});
// The full way only (what load_workspace falls back to): for tests that compare the two.
LoadResult load_workspace_full(std::string_view bytes, const Limits& limits = {});

// Loads into `target` only if the whole load succeeds; otherwise leaves it exactly as it was.
bool load_into(Workspace& target, std::string_view bytes, LoadError& error,
               const Limits& limits = {});

// A plan file carried by a call to the office module (merge_wire.h, text_import_wire.h,
// report_wire.h): made by the app from a workspace it already holds, so no size limit but its own
// size; on failure false with an error naming `what` and where the file went wrong.
bool load_carried(std::string_view bytes, const char* what, Workspace& out, std::string& error);

// The file text for a workspace, exported now (ms since the epoch, UTC) by ws.office.
std::string save_workspace(const Workspace& ws, std::int64_t now_ms);

// The checksum of a content value, of that kind (content_hash.h): "xxh3:…" (what the app writes)
// over its Writer form in member order, "sha256:…" over its canonical form (members sorted).
using JsonValue = rapidjson::GenericValue<rapidjson::UTF8<char>,
                                          rapidjson::MemoryPoolAllocator<rapidjson::CrtAllocator>>;
std::string content_checksum(const JsonValue& content, ChecksumKind kind = kWrittenChecksum);

// "2026-11-23T08:00:00Z" for ms since the epoch.
std::string iso_timestamp(std::int64_t ms);
// The reverse (seconds precision); false if not of that form.
bool parse_iso_timestamp(std::string_view s, std::int64_t& ms);

// Internal steps, exposed for tests and the migration.
void check_integrity(const Workspace& ws);      // throws LoadFailure: duplicate IDs, dangling refs
void migrate_v1(const JsonValue& root, Workspace& out, FileInfo& info); // throws LoadFailure

} // namespace rectify
