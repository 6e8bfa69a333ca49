// Evidence files: the checks of a reference and the set of files a workspace references.
// Index: checks · referenced files · files within.
#include "core/evidence_files.h"

namespace rectify {

// ---- checks ----------------------------------------------------------------------------------------

bool is_sha256_hex(std::string_view s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

namespace {

bool has_control(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return true;
    return false;
}

} // namespace

const char* invalid_file_member(const EvidenceFile& f) {
    if (!is_sha256_hex(f.sha256)) return "sha256";
    const std::string& n = f.name;
    if (n.empty() || n.size() > kMaxEvidenceNameBytes || n == "." || n == ".." ||
        n.find_first_of("/\\") != std::string::npos || has_control(n))
        return "name";
    if (f.size < 0 || f.size > kMaxEvidenceFileBytes) return "size";
    if (f.type.size() > 255 || has_control(f.type)) return "type";
    return nullptr;
}

// ---- referenced files ------------------------------------------------------------------------------

namespace {

void add_live(FileSet& out, const std::vector<Evidence>& list) {
    for (const Evidence& e : list)
        if (alive(e) && !e.file.empty()) out.emplace(e.file.sha256, e.file);
}

void add_plan(FileSet& out, const Plan& plan) {
    if (!alive(plan)) return;
    for (const Problem& q : plan.problems) {
        if (!alive(q)) continue;
        for (const Measure& m : q.measures) {
            if (!alive(m)) continue;
            add_live(out, m.evidence);
            for (const ProgressEntry& p : m.progress)
                if (alive(p)) add_live(out, p.evidence);
        }
    }
}

} // namespace

FileSet referenced_files(const Plan& plan) {
    FileSet out;
    add_plan(out, plan);
    return out;
}

FileSet referenced_files(const Workspace& ws) {
    FileSet out;
    for (const Plan& p : ws.plans) add_plan(out, p);
    return out;
}

FileTotals file_totals(const FileSet& files) {
    FileTotals t;
    for (const auto& [hash, f] : files) {
        t.files++;
        t.bytes += f.size;
    }
    return t;
}

// ---- files within ----------------------------------------------------------------------------------

void files_within(const Evidence& e, FileHashes& out) {
    if (!e.file.empty()) out.insert(e.file.sha256);
}
void files_within(const ProgressEntry& p, FileHashes& out) {
    for (const Evidence& e : p.evidence) files_within(e, out);
}
void files_within(const Measure& m, FileHashes& out) {
    for (const Evidence& e : m.evidence) files_within(e, out);
    for (const ProgressEntry& p : m.progress) files_within(p, out);
}
void files_within(const Problem& q, FileHashes& out) {
    for (const Measure& m : q.measures) files_within(m, out);
}
void files_within(const Plan& plan, FileHashes& out) {
    for (const Problem& q : plan.problems) files_within(q, out);
}
void files_within(const Workspace& ws, FileHashes& out) {
    for (const Plan& p : ws.plans) files_within(p, out);
}

} // namespace rectify
