// Loading a plan file. A file of version 2 or 3 is first read the fast way (load_fast: one pass
// into a tape, the checksum over it, the model straight from it). Any file that way does not take
// (an error of any kind, an old version, anything unusual) is read the full way, which explains:
// prescan -> parse -> envelope -> (migrate | checksum + content). Then, for both, integrity.
// Each step turns a problem into a LoadError; nothing here may crash or loop on any input.
#include <algorithm>
#include <new>

#include "core/format/format.h"
#include "core/review_chain.h"
#include "core/format/old_formats.h"
#include "core/format/serialize.h"
#include "core/format/tape_in.h"

namespace rectify {

namespace {

[[noreturn]] void fail(Msg key, std::string path = {}, std::int64_t n = 0, std::int64_t limit = 0) {
    LoadError e;
    e.key = key;
    e.path = std::move(path);
    e.n = n;
    e.limit = limit;
    throw LoadFailure(e);
}

void parse(std::string_view bytes, const ScanResult& scan, rapidjson::Document& doc) {
    JsonParse p = parse_json(bytes, doc);
    if (p.ok) return;
    size_t end = bytes.find_last_not_of(" \t\r\n") + 1; // prescan ruled out all-whitespace
    if (!p.refused && (scan.ends_inside || p.offset >= end)) fail(Msg::Truncated);
    LoadError e;
    e.key = Msg::NotJson;
    e.n = std::int64_t(p.offset);
    e.detail = p.message;
    e.fault = p.fault;
    throw LoadFailure(e);
}

// Reads the format name and version; returns the version.
int read_version(const rapidjson::Value& root) {
    if (!root.IsObject()) fail(Msg::NotPlanFile);
    auto format = root.FindMember("format");
    if (format == root.MemberEnd() || !format->value.IsString() ||
        std::string_view(format->value.GetString()) != kFormatName)
        fail(Msg::NotPlanFile);
    auto version = root.FindMember("version");
    if (version == root.MemberEnd() || !version->value.IsInt64())
        throw_wrong_type("version", JsonKind::Integer,
                  version == root.MemberEnd() ? nullptr : &version->value);
    std::int64_t v = version->value.GetInt64();
    if (v > kFormatVersion) fail(Msg::TooNew, "version", v, kFormatVersion);
    if (v < 1) fail(Msg::BadVersion, "version", v);
    return int(v);
}

void load_v2(const rapidjson::Value& root, Workspace& ws, FileInfo& info, bool verify_checksum) {
    auto content = root.FindMember("content");
    if (content == root.MemberEnd() || !content->value.IsObject())
        throw_wrong_type("content", JsonKind::Object,
                  content == root.MemberEnd() ? nullptr : &content->value);
    DomInputArchive ar(root);
    ar.startNode();
    std::string format, checksum;
    ar(cereal::make_nvp("format", format), cereal::make_nvp("version", info.version),
       cereal::make_nvp("app", info.app), cereal::make_nvp("exported_by", info.exported_by),
       cereal::make_nvp("exported_at", info.exported_at), cereal::make_nvp("checksum", checksum));
    // Verify before reading the content: a damaged file should say "damaged", not "wrong type".
    if (verify_checksum && checksum != content_checksum(content->value, checksum_kind(checksum)))
        fail(Msg::ChecksumMismatch, "checksum");
    ar.member("content"); // read below, with paths relative to the content
    ar(ws.envelope_extras);
    ar.finishNode();
    DomInputArchive content_ar(content->value);
    content_ar(ws);
}

// The fast way (tape.h): true with `ws` and `info` filled, or false having changed nothing the
// full way relies on. It takes only files the full way takes, and reads them the same.
bool load_fast(std::string_view bytes, const Limits& limits, Workspace& ws, FileInfo& info, int& version) {
    if (bytes.size() > limits.max_bytes) return false;
    try {
        Tape tape;
        read_tape(bytes, limits.max_depth, tape);
        // read_version's checks, first member of each name: versions 2 to 4 only.
        const auto& t = tape.toks;
        std::uint32_t format = 0, ver = 0, content = 0;
        for (std::uint32_t i = 0, m = 1; i < tape.count(0); i++, m = tape.next(m + 1)) {
            std::string_view name = tape.str(m);
            std::uint32_t* slot = name == "format" ? &format : name == "version" ? &ver : name == "content" ? &content : nullptr;
            if (slot && !*slot) *slot = m + 1;
        }
        if (!format || t[format].type != TokType::String || tape.str(format) != kFormatName) return false;
        if (!ver || t[ver].type != TokType::Int || t[ver].i() < 2 || t[ver].i() > kFormatVersion) return false;
        if (!content || t[content].type != TokType::Object) return false;
        version = int(t[ver].i());
        // As load_v2, member for member.
        TapeInputArchive ar(tape, 0, true);
        ar.startNode();
        std::string format_name, checksum;
        ar(cereal::make_nvp("format", format_name), cereal::make_nvp("version", info.version),
           cereal::make_nvp("app", info.app), cereal::make_nvp("exported_by", info.exported_by),
           cereal::make_nvp("exported_at", info.exported_at), cereal::make_nvp("checksum", checksum));
        if (limits.verify_checksum && checksum != tape_checksum(tape, content, checksum_kind(checksum)))
            return false;
        ar.member("content");
        ar(ws.envelope_extras);
        ar.finishNode();
        TapeInputArchive content_ar(tape, content, true); // the tape has no repeated names
        content_ar(ws);
        return true;
    } catch (const NotFast&) {
    } catch (const std::bad_alloc&) {
    } catch (const LoadFailure&) { // not thrown by the tape's archive; still, let the full way say it
    }
    ws = Workspace{};
    info = FileInfo{};
    return false;
}

} // namespace

static LoadResult load(std::string_view bytes, const Limits& limits, bool try_fast) {
    LoadResult r;
    try {
        int version = 0;
        r.fast = try_fast && load_fast(bytes, limits, r.workspace, r.info, version);
        if (!r.fast) {
            ScanResult scan = prescan(bytes, limits);
            if (!scan.ok) {
                r.error = scan.error;
                return r;
            }
            rapidjson::Document doc;
            parse(bytes, scan, doc);
            version = read_version(doc);
            if (version == 1) read_version_1(doc, r.workspace, r.info);
            else load_v2(doc, r.workspace, r.info, limits.verify_checksum);
        }
        r.info.version = version;
        settle_closures(r.workspace); // v2 closures become chain records; every summary from its records
        try {
            check_integrity(r.workspace);
        } catch (const LoadFailure& f) {
            if (!limits.repair_ids || f.error.key != Msg::DuplicateId) throw;
            r.repaired_ids = repair_stored_ids(r.workspace);
            check_integrity(r.workspace);
        }
        r.ok = true;
    } catch (const LoadFailure& f) {
        r.error = f.error;
    } catch (const std::bad_alloc&) {
        r.error = LoadError{};
        r.error.key = Msg::TooLarge;
        r.error.n = std::int64_t(bytes.size());
        r.error.limit = std::int64_t(limits.max_bytes);
    } catch (const std::exception& ex) {
        // Not expected (every check above throws LoadFailure); still never let a file crash us.
        r.error = LoadError{};
        r.error.key = Msg::BadValue;
        r.error.detail = ex.what();
    }
    if (!r.ok) r.workspace = Workspace{};
    return r;
}

LoadResult load_workspace(std::string_view bytes, const Limits& limits) { return load(bytes, limits, true); }
LoadResult load_workspace_full(std::string_view bytes, const Limits& limits) { return load(bytes, limits, false); }

bool load_carried(std::string_view bytes, const char* what, Workspace& out, std::string& error) {
    Limits limits;
    limits.max_bytes = std::max(limits.max_bytes, bytes.size());
    LoadResult loaded = load_workspace(bytes, limits);
    if (!loaded.ok) {
        error = std::string(what) + " did not load: " + loaded.error.path + " " + loaded.error.detail;
        return false;
    }
    out = std::move(loaded.workspace);
    return true;
}

bool load_into(Workspace& target, std::string_view bytes, LoadError& error, const Limits& limits) {
    LoadResult r = load_workspace(bytes, limits);
    if (!r.ok) {
        error = r.error;
        return false;
    }
    target = std::move(r.workspace);
    return true;
}

} // namespace rectify
