// Checks across the whole loaded workspace that types alone cannot express: every ID is unique
// (merging and commands find entities by ID) and every reference points at an existing entity
// (tombstones count as existing: a measure may still name a department deleted later).
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/evidence_files.h"
#include "core/file_name.h"
#include "core/format/base64.h"
#include "core/format/format.h"
#include "core/format/input_limits.h"
#include "core/format/json.h"

namespace rectify {

namespace {

// A set of IDs, as views into the workspace being checked: open addressing in one array (a plan
// has hundreds of thousands of IDs; a node and a hash of std::hash per ID was a sixth of a load).
class IdSet {
public:
    void reserve(size_t n) {
        size_t cap = 16;
        while (cap < n + n / 2) cap <<= 1;
        if (cap > slots_.size()) rehash(cap);
    }
    // False if `id` is in the set already. Never called with an empty ID.
    bool insert(std::string_view id) {
        if ((size_ + 1) * 3 > slots_.size() * 2) rehash(slots_.empty() ? 16 : slots_.size() * 2);
        const std::uint32_t h = hash(id);
        for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            Slot& s = slots_[i];
            if (!s.text) {
                s = Slot{id.data(), std::uint32_t(id.size()), h};
                size_++;
                return true;
            }
            if (s.hash == h && s.view() == id) return false;
        }
    }
    bool count(std::string_view id) const {
        if (slots_.empty()) return false;
        const std::uint32_t h = hash(id);
        for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            const Slot& s = slots_[i];
            if (!s.text) return false;
            if (s.hash == h && s.view() == id) return true;
        }
    }

private:
    struct Slot {
        const char* text = nullptr;
        std::uint32_t len = 0, hash = 0;
        std::string_view view() const { return std::string_view(text, len); }
    };
    std::vector<Slot> slots_;
    size_t size_ = 0;

    static std::uint32_t hash(std::string_view s) { // FNV-1a, 8 bytes at a time, then mixed
        std::uint64_t h = 0xCBF29CE484222325ull ^ s.size();
        size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            h = (h ^ w) * 0x100000001B3ull;
            h ^= h >> 29;
        }
        for (; i < s.size(); i++) h = (h ^ static_cast<unsigned char>(s[i])) * 0x100000001B3ull;
        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93ull;
        return std::uint32_t(h ^ (h >> 32));
    }
    void rehash(size_t cap) {
        std::vector<Slot> old(cap);
        old.swap(slots_);
        for (const Slot& s : old)
            if (s.text)
                for (size_t i = s.hash & (cap - 1);; i = (i + 1) & (cap - 1))
                    if (!slots_[i].text) {
                        slots_[i] = s;
                        break;
                    }
    }
};

// Paths name where a problem is, so they are made only for a problem: each is a function that
// makes its text (a plan file has hundreds of thousands of IDs and references to check).
struct Checker {
    // Views into the workspace being checked, which outlives the checker: no copies of IDs.
    IdSet seen, departments, people;

    static std::string at(const std::string& base, const char* list, size_t i) {
        return (base.empty() ? std::string() : base + ".") + list + "[" + std::to_string(i) + "]";
    }

    template <class Owner> void id(const Id& id, Owner owner) {
        if (!id.empty() && seen.insert(id)) return;
        const std::string o = owner();
        LoadError e;
        e.key = id.empty() ? Msg::BadValue : Msg::DuplicateId;
        e.path = o.empty() ? "id" : o + ".id";
        e.detail = id.empty() ? "\"\"" : id;
        throw LoadFailure(e);
    }

    template <class T, class Base> void ids(const std::vector<T>& list, Base base, const char* name) {
        for (size_t i = 0; i < list.size(); i++) id(list[i].id, [&] { return at(base(), name, i); });
    }

    template <class Path>
    void refs(const std::vector<Id>& list, const IdSet& targets, Path path) {
        for (size_t i = 0; i < list.size(); i++)
            ref(list[i], targets, [&] { return path() + "[" + std::to_string(i) + "]"; });
    }

    // A ledger's Excel form: base64 of a file within the office files' limit, a sheet and header row
    // that can be, a column list of office size.
    void form(const LedgerForm& f, const std::string& path) {
        std::string bytes;
        auto bad = [&](const char* member, std::string detail) {
            LoadError e;
            e.key = Msg::BadValue;
            e.path = path + "." + member;
            e.detail = std::move(detail);
            throw LoadFailure(e);
        };
        if (!base64_decode(f.xlsx, bytes) || bytes.size() > max_input_bytes(InputKind::OfficeFile))
            bad("xlsx", "\"" + f.xlsx.substr(0, 16) + "…\"");
        if (f.sheet < 0 || f.sheet > 10000) bad("sheet", std::to_string(f.sheet));
        if (f.header_row < 1 || f.header_row > 1048576) bad("header_row", std::to_string(f.header_row));
        if (f.columns.size() > 16384) bad("columns", std::to_string(f.columns.size()));
    }

    // Evidence items: unique IDs, and each file reference valid (evidence_files.h) and agreeing in
    // size with every other reference to the same file.
    std::unordered_map<std::string_view, std::int64_t> file_sizes;
    template <class Base> void evidence(const std::vector<Evidence>& list, Base base) {
        ids(list, base, "evidence");
        for (size_t i = 0; i < list.size(); i++) {
            const EvidenceFile& f = list[i].file;
            if (f.empty()) continue;
            std::string bad = invalid_file_member(f) ? invalid_file_member(f) : "";
            if (bad.empty() && file_sizes.emplace(f.sha256, f.size).first->second != f.size) bad = "size";
            if (bad.empty()) continue;
            LoadError e;
            e.key = Msg::BadValue;
            e.path = at(base(), "evidence", i) + ".file." + bad;
            const std::string& text = bad == "name" ? f.name : bad == "type" ? f.type : f.sha256;
            e.detail = bad == "size" ? std::to_string(f.size) : "\"" + std::string(utf8_prefix_bytes(text, 80)) + "\"";
            throw LoadFailure(e);
        }
    }

    template <class Path> void ref(const Id& id, const IdSet& targets, Path path) {
        if (targets.count(id)) return;
        LoadError e;
        e.key = Msg::MissingReference;
        e.path = path();
        e.detail = id;
        throw LoadFailure(e);
    }
};

} // namespace

void check_integrity(const Workspace& ws) {
    Checker c;
    size_t ids = 1 + ws.departments.size() + ws.people.size();
    for (const Plan& plan : ws.plans) {
        ids += 1 + plan.sections.size() + plan.phases.size() + plan.problems.size();
        for (const Problem& problem : plan.problems)
            for (const Measure& m : problem.measures) ids += 1 + m.progress.size() + m.reviews.size() + m.evidence.size();
    }
    c.seen.reserve(ids); // progress entries' evidence add a few more
    auto root = [] { return std::string(); };
    c.id(ws.id, root);
    c.ids(ws.departments, root, "departments");
    c.ids(ws.people, root, "people");
    for (const Department& d : ws.departments) c.departments.insert(d.id);
    for (const Person& p : ws.people) c.people.insert(p.id);
    for (size_t i = 0; i < ws.people.size(); i++)
        if (!ws.people[i].department.empty())
            c.ref(ws.people[i].department, c.departments, [&] { return Checker::at("", "people", i) + ".department"; });
    for (size_t pi = 0; pi < ws.plans.size(); pi++) {
        const Plan& plan = ws.plans[pi];
        auto pp = [&] { return Checker::at("", "plans", pi); };
        c.id(plan.id, pp);
        if (!plan.form.empty()) c.form(plan.form, pp() + ".ledger_form");
        c.ids(plan.sections, pp, "sections");
        c.ids(plan.phases, pp, "phases");
        for (size_t qi = 0; qi < plan.problems.size(); qi++) {
            const Problem& problem = plan.problems[qi];
            auto qp = [&] { return Checker::at(pp(), "problems", qi); };
            c.id(problem.id, qp);
            for (size_t mi = 0; mi < problem.measures.size(); mi++) {
                const Measure& m = problem.measures[mi];
                auto mp = [&] { return Checker::at(qp(), "measures", mi); };
                c.id(m.id, mp);
                c.ids(m.progress, mp, "progress");
                c.ids(m.reviews, mp, "reviews");
                for (size_t ei = 0; ei < m.progress.size(); ei++)
                    c.evidence(m.progress[ei].evidence, [&] { return Checker::at(mp(), "progress", ei); });
                c.evidence(m.evidence, mp);
                c.refs(m.lead_departments, c.departments, [&] { return mp() + ".lead_departments"; });
                c.refs(m.support_departments, c.departments, [&] { return mp() + ".support_departments"; });
                c.refs(m.responsible, c.people, [&] { return mp() + ".responsible"; });
                c.refs(m.leaders, c.people, [&] { return mp() + ".leaders"; });
            }
        }
    }
}

} // namespace rectify
