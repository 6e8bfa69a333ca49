// The merge engine: the rules are in merge.h.
// Index: Ctx and display texts · field tables · one field · deletion · places in a list ·
// lists · measures (they may change problem) · plan · directory (matching by name) · merge_into.
#include "core/merge/merge.h"

#include <algorithm>
#include <set>

#include "core/date_text.h"
#include "core/directory.h"
#include "core/format/id_collisions.h"
#include "core/ledger/ledger.h"
#include "core/review_chain.h"
#include "core/outcomes.h"
#include "core/supervision.h"

namespace rectify {

namespace {

bool later(const Stamp& a, const Stamp& b) { return std::tie(a.at, a.by) > std::tie(b.at, b.by); }

const Stamp* stamp_of(const Meta& m, const char* field) {
    auto it = m.changed.fields.find(field);
    return it == m.changed.fields.end() ? nullptr : &it->second;
}

struct Ctx {
    const Resolutions& res;
    Lang lang;
    const Workspace& names; // the master (its directory already merged): names of references
    MergePreview out;
    KnownVector km, kr;     // what the master / the return has seen, for the part being merged
    Id plan;
};

// Where an item is, for the report. quiet: under (or being) a tombstone, so not worth showing.
struct Where {
    const char* entity;
    Id id;
    std::string path;
    bool quiet = false;
};

MergeItem item(const Ctx& c, const Where& w, const char* field) {
    MergeItem it;
    it.entity = w.entity;
    it.id = w.id;
    it.plan = c.plan;
    it.field = field;
    it.path = w.path;
    return it;
}

// ---- display texts ----------------------------------------------------------------------------

std::string clip(const std::string& s, size_t chars) {
    size_t i = 0, n = 0;
    while (i < s.size() && n < chars) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        n++;
    }
    return i >= s.size() ? s : s.substr(0, i) + "…";
}

std::string joined(const std::vector<std::string>& v, Lang lang) {
    std::string s;
    for (const std::string& e : v) s += (s.empty() ? "" : lang == Lang::Zh ? "、" : ", ") + e;
    return s;
}

std::string show(const std::string& s, const Ctx&) { return s; }
std::string show(const std::vector<std::string>& v, const Ctx& c) { return joined(v, c.lang); }
std::string show(const Date& d, const Ctx& c) { return format_date(d, c.lang); }
std::string show(const Deadline& d, const Ctx& c) { return format_deadline(d, c.lang); }
std::string show(Status s, const Ctx& c) { return status_text(s, c.lang); }
std::string show(const Feedback& f, const Ctx&) { return f.name; }
std::string show(const LedgerForm& f, const Ctx&) { return f.name; }
std::string show(const EvidenceFile& f, const Ctx&) { return f.name; }
std::string show(const LeadingGroup& g, const Ctx& c) {
    std::vector<std::string> all{g.leader};
    all.insert(all.end(), g.deputies.begin(), g.deputies.end());
    all.insert(all.end(), g.members.begin(), g.members.end());
    return joined(all, c.lang);
}
std::string show(int n, const Ctx&) { return std::to_string(n); }
std::string show(RectifyType t, const Ctx& c) { return rectify_type_text(t, c.lang); }
std::string show(const std::vector<Milestone>& v, const Ctx& c) { return milestones_text(v, c.lang); }
std::string show(const SupervisionSettings& s, const Ctx& c) { return supervision_text(s, c.lang); }
template <class T> std::string name_of(const std::vector<T>& list, const Id& id) {
    for (const T& e : list)
        if (e.id == id) return e.name;
    return id;
}
std::string show_depts(const std::vector<Id>& v, const Ctx& c) {
    std::vector<std::string> names;
    for (const Id& id : v) names.push_back(name_of(c.names.departments, id));
    return joined(names, c.lang);
}
std::string show_people(const std::vector<Id>& v, const Ctx& c) {
    std::vector<std::string> names;
    for (const Id& id : v) names.push_back(name_of(c.names.people, id));
    return joined(names, c.lang);
}
std::string show_dept(const Id& id, const Ctx& c) { return id.empty() ? "" : name_of(c.names.departments, id); }

// ---- field tables: every stamped field of every entity ----------------------------------------

template <class T> struct FieldDef {
    const char* name; // as in the change records
    bool (*same)(const T&, const T&);
    void (*take)(T&, const T&);
    std::string (*text)(const T&, const Ctx&);
};

#define RECTIFY_FIELD(T, m, SHOW)                                                             \
    FieldDef<T> {                                                                             \
        #m, [](const T& a, const T& b) { return a.m == b.m; }, [](T& a, const T& b) { a.m = b.m; }, \
            [](const T& e, const Ctx& c) { return SHOW(e.m, c); }                             \
    }

const std::vector<FieldDef<Plan>> kPlanFields = {
    RECTIFY_FIELD(Plan, title, show),      RECTIFY_FIELD(Plan, issuer, show),
    RECTIFY_FIELD(Plan, doc_number, show), RECTIFY_FIELD(Plan, written, show),
    RECTIFY_FIELD(Plan, published, show),  RECTIFY_FIELD(Plan, addressees, show),
    RECTIFY_FIELD(Plan, feedback, show),   RECTIFY_FIELD(Plan, leading_group, show),
    RECTIFY_FIELD(Plan, form, show),
    RECTIFY_FIELD(Plan, review_chain, show), RECTIFY_FIELD(Plan, problem_types, show),
    RECTIFY_FIELD(Plan, supervision, show)};
const std::vector<FieldDef<Section>> kSectionFields = {RECTIFY_FIELD(Section, heading, show),
                                                       RECTIFY_FIELD(Section, body, show)};
const std::vector<FieldDef<Phase>> kPhaseFields = {
    RECTIFY_FIELD(Phase, name, show), RECTIFY_FIELD(Phase, start, show), RECTIFY_FIELD(Phase, end, show),
    RECTIFY_FIELD(Phase, body, show)};
const std::vector<FieldDef<Problem>> kProblemFields = {
    RECTIFY_FIELD(Problem, number, show), RECTIFY_FIELD(Problem, code, show),
    RECTIFY_FIELD(Problem, area, show), RECTIFY_FIELD(Problem, text, show),
    // outcome fields (core/outcomes.h)
    RECTIFY_FIELD(Problem, problem_type, show), RECTIFY_FIELD(Problem, rectify_type, show),
    RECTIFY_FIELD(Problem, outcome, show), RECTIFY_FIELD(Problem, amount, show),
    RECTIFY_FIELD(Problem, rules, show), RECTIFY_FIELD(Problem, accountable, show)};
const std::vector<FieldDef<Measure>> kMeasureFields = {
    RECTIFY_FIELD(Measure, title, show),
    RECTIFY_FIELD(Measure, steps, show),
    RECTIFY_FIELD(Measure, lead_departments, show_depts),
    RECTIFY_FIELD(Measure, support_departments, show_depts),
    RECTIFY_FIELD(Measure, responsible, show_people),
    RECTIFY_FIELD(Measure, leaders, show_people),
    RECTIFY_FIELD(Measure, deadline, show),
    RECTIFY_FIELD(Measure, status, show),
    RECTIFY_FIELD(Measure, recheck, show), // closure: settled from the merged review records
    RECTIFY_FIELD(Measure, completed_on, show), // outcomes and supervision (core/supervision.h)
    RECTIFY_FIELD(Measure, milestones, show)};
const std::vector<FieldDef<ReviewEntry>> kReviewFields = {
    RECTIFY_FIELD(ReviewEntry, who, show), RECTIFY_FIELD(ReviewEntry, on, show),
    RECTIFY_FIELD(ReviewEntry, opinion, show)};
const std::vector<FieldDef<ProgressEntry>> kProgressFields = {
    RECTIFY_FIELD(ProgressEntry, date, show), RECTIFY_FIELD(ProgressEntry, author, show),
    RECTIFY_FIELD(ProgressEntry, text, show)};
const std::vector<FieldDef<Evidence>> kEvidenceFields = {RECTIFY_FIELD(Evidence, name, show),
                                                         RECTIFY_FIELD(Evidence, note, show),
                                                         RECTIFY_FIELD(Evidence, file, show)};
const std::vector<FieldDef<Department>> kDepartmentFields = {RECTIFY_FIELD(Department, name, show)};
const std::vector<FieldDef<Person>> kPersonFields = {RECTIFY_FIELD(Person, name, show),
                                                     RECTIFY_FIELD(Person, title, show),
                                                     RECTIFY_FIELD(Person, department, show_dept)};
#undef RECTIFY_FIELD

// ---- one field ----------------------------------------------------------------------------------

// For a field whose values differ: whether the return's side is taken (then its stamp is copied
// into mm). Reports the change or conflict unless w.quiet.
bool take_return(Ctx& c, Meta& mm, const Meta& rm, const char* field, const Where& w,
                 std::string mtext, std::string rtext) {
    const Stamp* sm = stamp_of(mm, field);
    const Stamp* sr = stamp_of(rm, field);
    bool news_r = sr && !c.km.covers(*sr), news_m = sm && !c.kr.covers(*sm);
    if (news_m && !news_r) return false;
    MergeItem it = item(c, w, field);
    it.master_text = std::move(mtext);
    it.return_text = std::move(rtext);
    if (sm) it.master_stamp = *sm;
    if (sr) it.return_stamp = *sr;
    Side side = Side::Return;
    if (!news_r || news_m) { // news from both sides, or knowledge says nothing: ask
        it.kind = MergeKind::Conflict;
        it.conflict = ConflictKind::BothEdited;
        side = c.res.pick(it);
    }
    if (!w.quiet) (it.kind == MergeKind::Conflict ? c.out.conflicts : c.out.changed).push_back(std::move(it));
    if (side == Side::Master) return false;
    if (sr) mm.changed.fields[field] = *sr;
    else mm.changed.fields.erase(field);
    return true;
}

template <class T> void merge_field(Ctx& c, T& m, const T& r, const FieldDef<T>& f, const Where& w) {
    if (f.same(m, r)) { // same value: keep the later stamp, so that copies converge
        const Stamp* sm = stamp_of(m.meta, f.name);
        const Stamp* sr = stamp_of(r.meta, f.name);
        if (sr && (!sm || later(*sr, *sm))) m.meta.changed.fields[f.name] = *sr;
        return;
    }
    if (take_return(c, m.meta, r.meta, f.name, w, f.text(m, c), f.text(r, c))) f.take(m, r);
}

// ---- deletion -------------------------------------------------------------------------------------

// Whether the entity holds edits the other side has not seen: its own field stamps, and its
// children's creation and edits (a progress entry added under a measure the other side deleted).
bool meta_news(const Meta& m, const KnownVector& k, bool with_created) {
    if (with_created && !k.covers(m.created)) return true;
    for (const auto& [name, s] : m.changed.fields)
        if (!k.covers(s)) return true;
    return false;
}
template <class T> bool any_news(const std::vector<T>& list, const KnownVector& k) {
    for (const T& e : list)
        if (meta_news(e.meta, k, true)) return true;
    return false;
}
template <class T> bool news(const T& e, const KnownVector& k) { return meta_news(e.meta, k, false); }
bool news(const ProgressEntry& e, const KnownVector& k) { return meta_news(e.meta, k, false) || any_news(e.evidence, k); }
bool news(const Measure& m, const KnownVector& k) {
    if (meta_news(m.meta, k, false) || any_news(m.progress, k) || any_news(m.evidence, k) || any_news(m.reviews, k)) return true;
    for (const ProgressEntry& e : m.progress)
        if (news(e, k)) return true;
    return false;
}
bool news(const Problem& q, const KnownVector& k) {
    if (meta_news(q.meta, k, false)) return true;
    for (const Measure& m : q.measures)
        if (!k.covers(m.meta.created) || news(m, k)) return true;
    return false;
}

// A deletion that is news wins, unless the other side edited the entity meanwhile (a conflict).
template <class T> void merge_deletion(Ctx& c, T& m, const T& r, const Where& w) {
    const Stamp md = m.meta.deleted, rd = r.meta.deleted;
    if (md.tie() == rd.tie()) return;
    if (!md.empty() && !rd.empty()) { // deleted on both sides: the earlier stamp, so copies agree
        if (later(md, rd)) m.meta.deleted = rd;
        return;
    }
    MergeItem it = item(c, w, "deleted");
    it.master_stamp = md;
    it.return_stamp = rd;
    if (!rd.empty()) { // the return deleted it
        if (c.km.covers(rd)) return; // the master saw that deletion and has it back: keep
        if (!news(m, c.kr)) {
            it.kind = MergeKind::Deleted;
            if (!w.quiet) c.out.deleted.push_back(std::move(it));
            m.meta.deleted = rd;
            return;
        }
    } else { // the master deleted it; the return still has it
        if (c.kr.covers(md) || !news(r, c.km)) return; // an older live copy: stays deleted
        it.master_deleted = true;
    }
    it.kind = MergeKind::Conflict;
    it.conflict = ConflictKind::EditedVsDeleted;
    Side side = c.res.pick(it);
    if (!w.quiet) c.out.conflicts.push_back(std::move(it));
    if (side == Side::Return) m.meta.deleted = rd;
}

template <class T> void merge_entity(Ctx& c, T& m, const T& r, const std::vector<FieldDef<T>>& defs, Where w) {
    // Edits of an entity deleted on either side are merged but not shown: they are part of the
    // deletion (or its conflict), and the preview must not depend on how that is resolved.
    bool deleted = !alive(m) || !alive(r);
    merge_deletion(c, m, r, w);
    w.quiet = w.quiet || deleted;
    for (const FieldDef<T>& f : defs) merge_field(c, m, r, f, w);
}

// ---- places in a list (core/list_place.h) ----------------------------------------------------------

using PlaceMap = std::map<Id, Place>;

template <class T> size_t index_of(const std::vector<T>& list, const Id& id) {
    for (size_t i = 0; i < list.size(); i++)
        if (list[i].id == id) return i;
    return size_t(-1);
}

template <class T> void add_places(PlaceMap& out, const std::vector<T>& list) {
    for (size_t i = 0; i < list.size(); i++) out.emplace(list[i].id, place_at(list, i));
}
template <class T> PlaceMap places_by_id(const std::vector<T>& list) {
    PlaceMap out;
    add_places(out, list);
    return out;
}

// A move in the return that the master takes (its place is the later one and says another
// thing): shown as a change, never asked about (order is not worth a question).
void report_move(Ctx& c, const Where& w, const PlaceMap& mp, const PlaceMap& rp) {
    auto m = mp.find(w.id), r = rp.find(w.id);
    if (w.quiet || m == mp.end() || r == rp.end()) return;
    if (!later_place(r->second, m->second) || r->second.after == m->second.after) return;
    MergeItem it = item(c, w, "position");
    it.kind = MergeKind::Changed;
    it.master_stamp = m->second.stamp;
    it.return_stamp = r->second.stamp;
    c.out.changed.push_back(std::move(it));
}

// The status the merged 销号 records gave a measure (review_chain.h: 已完成 set by a closing they
// overrule becomes 整改中), shown among the changes: as the end of the status change already
// listed for it, else as a change of its own. Never asked about: it follows the records.
void report_settled_status(Ctx& c, const Where& w, Status before, Status after) {
    if (w.quiet || before == after) return;
    for (MergeItem& it : c.out.changed)
        if (it.id == w.id && it.field == "status") {
            it.return_text = show(after, c);
            return;
        }
    MergeItem it = item(c, w, "status");
    it.kind = MergeKind::Changed;
    it.master_text = show(before, c);
    it.return_text = show(after, c);
    c.out.changed.push_back(std::move(it));
}

// Every item gets the later of its two places (the places both lists had before the merge), the
// list is ordered by them and stored in canonical form.
template <class T> void settle_places(std::vector<T>& list, const PlaceMap& mp, const PlaceMap& rp) {
    for (T& e : list) {
        auto m = mp.find(e.id), r = rp.find(e.id);
        const Place* p = m == mp.end() ? nullptr : &m->second;
        if (r != rp.end() && (!p || later_place(r->second, *p))) p = &r->second;
        if (p) set_place(e, *p);
    }
    sort_by_places(list);
    canonicalize(list);
}

// ---- lists ------------------------------------------------------------------------------------------

template <class T> void prepare_added(T&) {}
void prepare_added(Problem& q) { q.measures.clear(); } // its measures are merged one by one

void report_added(Ctx& c, const Where& w) {
    if (w.quiet) return;
    MergeItem it = item(c, w, "");
    it.kind = MergeKind::Added;
    c.out.added.push_back(std::move(it));
}

template <class T, class Path, class Deep>
void merge_list(Ctx& c, std::vector<T>& ml, const std::vector<T>& rl, const std::vector<FieldDef<T>>& defs,
                const char* entity, bool quiet, Path path, Deep deep) {
    const PlaceMap mp = places_by_id(ml), rp = places_by_id(rl);
    for (const T& r : rl) {
        size_t i = index_of(ml, r.id);
        if (i == size_t(-1)) {
            T e = r;
            prepare_added(e);
            ml.push_back(std::move(e)); // placed with the others below
            report_added(c, Where{entity, r.id, path(r), quiet || !alive(r)});
        } else {
            Where w{entity, r.id, path(ml[i]), quiet};
            merge_entity(c, ml[i], r, defs, w);
            deep(ml[i], r, quiet || !alive(ml[i]));
            report_move(c, w, mp, rp);
        }
    }
    settle_places(ml, mp, rp);
}

auto no_children = [](auto&, const auto&, bool) {};

// ---- measures: matched across the plan, since a measure may move to another problem --------------


std::string problem_label(const Problem& q) { return q.number.empty() ? clip(q.text, 20) : q.number; }

void merge_measures(Ctx& c, Plan& mp, const Plan& rp) {
    // Places across the plan (IDs are unique in it): a measure's place is in its problem's list.
    PlaceMap mplaces, rplaces;
    for (const Problem& q : mp.problems) add_places(mplaces, q.measures);
    for (const Problem& q : rp.problems) add_places(rplaces, q.measures);
    for (const Problem& rq : rp.problems) {
        size_t qi = index_of(mp.problems, rq.id);
        if (qi == size_t(-1)) continue; // cannot happen: problems are merged first
        for (const Measure& r : rq.measures) {
            Problem* mq = &mp.problems[qi];
            bool quiet = !alive(*mq);
            auto path = [&](const Measure& m) { return problem_label(*mq) + " · " + clip(m.title, 30); };
            Problem* at = nullptr;
            size_t i = 0;
            for (Problem& q : mp.problems)
                if ((i = index_of(q.measures, r.id)) != size_t(-1)) {
                    at = &q;
                    break;
                }
            if (!at) {
                mq->measures.push_back(r); // placed below
                report_added(c, Where{"measure", r.id, path(r), quiet || !alive(r)});
                continue;
            }
            Measure& m = at->measures[i];
            Where w{"measure", r.id, path(m), quiet};
            merge_entity(c, m, r, kMeasureFields, w);
            bool q2 = quiet || !alive(m);
            std::string base = w.path;
            auto evidence_path = [&](const std::string& under) {
                return [&c, under](const Evidence& e) { return under + " · " + merge_entity_label("evidence", c.lang) + " " + clip(e.name, 20); };
            };
            auto progress_path = [&](const ProgressEntry& e) { return base + " · " + merge_entity_label("progress", c.lang) + " " + to_iso(e.date); };
            // A progress entry's evidence items merge like the measure's, under that entry.
            merge_list(c, m.progress, r.progress, kProgressFields, "progress", q2, progress_path,
                       [&](ProgressEntry& me, const ProgressEntry& re, bool quiet_entry) {
                           merge_list(c, me.evidence, re.evidence, kEvidenceFields, "evidence", quiet_entry,
                                      evidence_path(progress_path(me)), no_children);
                       });
            merge_list(c, m.evidence, r.evidence, kEvidenceFields, "evidence", q2, evidence_path(base), no_children);
            // The 销号 chain: each side's acts are kept, and the summary follows them (review_chain.h).
            merge_list(c, m.reviews, r.reviews, kReviewFields, "review", q2,
                       [&](const ReviewEntry& e) { return base + " · " + merge_entity_label("review", c.lang) + " " + to_iso(e.on); },
                       no_children);
            const Status before = m.status;
            settle_measure(m);
            report_settled_status(c, Where{"measure", m.id, base, q2}, before, m.status);
            if (at != mq) {
                // Under another problem in the master: "problem" decides which one it stays in.
                if (!take_return(c, m.meta, r.meta, "problem", w, problem_label(*at), problem_label(*mq))) continue;
                Measure e = std::move(m);
                at->measures.erase(at->measures.begin() + std::ptrdiff_t(i));
                mq->measures.push_back(std::move(e)); // placed below
            } else {
                if (const Stamp* sr = stamp_of(r.meta, "problem")) {
                    // Same problem on both sides: its later record, so that copies converge.
                    const Stamp* sm = stamp_of(m.meta, "problem");
                    if (!sm || later(*sr, *sm)) m.meta.changed.fields["problem"] = *sr;
                }
                report_move(c, w, mplaces, rplaces);
            }
        }
    }
    for (Problem& q : mp.problems) settle_places(q.measures, mplaces, rplaces);
}

// ---- a plan -----------------------------------------------------------------------------------------

void merge_plan(Ctx& c, Plan& m, const Plan& r) {
    c.km = plan_known(m);
    c.kr = plan_known(r);
    c.plan = m.id;
    KnownVector seen = c.km;
    seen.join(c.kr);
    merge_entity(c, m, r, kPlanFields, Where{"plan", m.id, m.title});
    bool quiet = !alive(m);
    merge_list(c, m.sections, r.sections, kSectionFields, "section", quiet,
               [](const Section& s) { return clip(s.heading, 30); }, no_children);
    merge_list(c, m.phases, r.phases, kPhaseFields, "phase", quiet,
               [](const Phase& p) { return clip(p.name, 30); }, no_children);
    merge_list(c, m.problems, r.problems, kProblemFields, "problem", quiet,
               [](const Problem& q) { return problem_label(q); }, no_children);
    merge_measures(c, m, r);
    store_vector(m.extras, seen); // what was merged (or refused) is not news next time
}

// ---- the directory ------------------------------------------------------------------------------

// The return's directory entries that are new to the master but named like a live master entry
// (a person also in the same department): the master's entry is used instead.
std::map<Id, Id> match_by_name(const Workspace& master, const Workspace& ret) {
    std::set<Id> known;
    for (const Department& d : master.departments) known.insert(d.id);
    for (const Person& p : master.people) known.insert(p.id);
    std::map<Id, Id> to;
    for (const Department& d : ret.departments)
        if (alive(d) && !known.count(d.id))
            if (const Department* same = find_department_by_name(master, d.name)) to[d.id] = same->id;
    for (const Person& p : ret.people) {
        if (!alive(p) || known.count(p.id)) continue;
        auto dept = to.find(p.department);
        const Id& department = dept == to.end() ? p.department : dept->second;
        if (const Person* same = find_person_by_name(master, p.name, department)) to[p.id] = same->id;
    }
    return to;
}

void remap(Workspace& ws, const std::map<Id, Id>& to) {
    if (to.empty()) return;
    auto drop = [&](auto& list) {
        list.erase(std::remove_if(list.begin(), list.end(), [&](const auto& e) { return to.count(e.id) > 0; }),
                   list.end());
    };
    drop(ws.departments);
    drop(ws.people);
    auto one = [&](Id& id) {
        auto it = to.find(id);
        if (it != to.end()) id = it->second;
    };
    auto many = [&](std::vector<Id>& v) {
        std::vector<Id> out;
        for (Id id : v) {
            one(id);
            if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
        }
        v = std::move(out);
    };
    for (Person& p : ws.people) one(p.department);
    for (Plan& plan : ws.plans)
        for (Problem& q : plan.problems)
            for (Measure& m : q.measures) {
                many(m.lead_departments);
                many(m.support_departments);
                many(m.responsible);
                many(m.leaders);
            }
}

} // namespace

MergePreview merge_into(Workspace& master, const Workspace& ret_in, const Resolutions& res, Lang lang) {
    // IDs the return shares with different items here get new ones first (id_collisions.h), so
    // the merged workspace never holds one ID twice; then new directory entries match by name.
    Workspace ret = ret_in;
    rekey_return(master, ret);
    remap(ret, match_by_name(master, ret));

    Ctx c{res, lang, master, {}, directory_known(master), directory_known(ret), {}};
    KnownVector seen = c.km;
    seen.join(c.kr);
    merge_list(c, master.departments, ret.departments, kDepartmentFields, "department", false,
               [](const Department& d) { return d.name; }, no_children);
    merge_list(c, master.people, ret.people, kPersonFields, "person", false,
               [](const Person& p) { return p.name; }, no_children);
    store_vector(master.extras, seen);

    for (const Plan& rp : ret.plans) {
        size_t i = index_of(master.plans, rp.id);
        if (i == size_t(-1)) {
            master.plans.push_back(rp);
            // What it has seen, as merge_plan records it: merging it again then changes nothing.
            store_vector(master.plans.back().extras, plan_known(rp));
            c.plan = rp.id;
            report_added(c, Where{"plan", rp.id, rp.title, !alive(rp)});
        } else {
            merge_plan(c, master.plans[i], rp);
        }
    }
    return std::move(c.out);
}

MergePreview preview_merge(const Workspace& master, const Workspace& ret, Lang lang) {
    Workspace copy = master;
    return merge_into(copy, ret, Resolutions{}, lang);
}

} // namespace rectify
