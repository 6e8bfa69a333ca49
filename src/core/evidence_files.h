// Evidence files (佐证材料 as files): the rules for a reference (Evidence::file, model.h) and which
// files a workspace needs. A reference is valid when its hash is 64 lowercase hex digits, its size
// is within kMaxEvidenceFileBytes, and its name is a plain file name; the loader (integrity.cpp)
// refuses others. The files a workspace references are what a package carries (office/package.h)
// and what the app's store keeps.
// Index: limits · checks · referenced files · files within (for undo).
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "core/model.h"

namespace rectify {

// The largest evidence file: a long video or a big scan is split or compressed by its owner.
inline constexpr std::int64_t kMaxEvidenceFileBytes = std::int64_t(100) << 20;
inline constexpr std::size_t kMaxEvidenceNameBytes = 255;

// 64 lowercase hex digits (how a hash is written in references and in package entry names).
bool is_sha256_hex(std::string_view s);

// The member of a reference that is not valid ("sha256", "name", "size", "type"), or nullptr.
// A name is plain: not empty, at most kMaxEvidenceNameBytes, no / or \, no control characters,
// not "." or "..". A type is at most 255 bytes without control characters.
const char* invalid_file_member(const EvidenceFile& f);

// The files a workspace (or a plan) references, by hash, each once however often it is referenced
// (the first reference's name and type). Only references that are alive all the way up count: an
// evidence item deleted, or under a deleted progress entry, measure, problem or plan, holds its
// file no longer (the app keeps the files its undo history needs itself). A department's 下发 copy
// (export_plan) is a workspace: its files are referenced_files of that copy.
using FileSet = std::map<std::string, EvidenceFile>;
FileSet referenced_files(const Workspace& ws);
FileSet referenced_files(const Plan& plan);

// How many files and bytes a set holds.
struct FileTotals {
    std::size_t files = 0;
    std::int64_t bytes = 0;
};
FileTotals file_totals(const FileSet& files);

// Every file referenced anywhere inside an entity, dead or alive: what an undo or redo that
// brings the entity back would reference again (core/evidence_keep.h). Other entities hold none.
using FileHashes = std::set<std::string>;
void files_within(const Evidence& e, FileHashes& out);
void files_within(const ProgressEntry& e, FileHashes& out);
void files_within(const Measure& m, FileHashes& out);
void files_within(const Problem& p, FileHashes& out);
void files_within(const Plan& p, FileHashes& out);
void files_within(const Workspace& ws, FileHashes& out);
template <class T> void files_within(const T&, FileHashes&) {}

} // namespace rectify
