// What a copy has seen (KnownVector), kept in extras as {"OFFICE": ms, …}, and the display
// labels of the merge's entities and fields.
#include <cstring>

#include "core/format/json.h"
#include "core/merge/merge.h"

namespace rectify {

bool KnownVector::covers(const Stamp& s) const {
    auto it = at.find(s.by);
    return it != at.end() && s.at <= it->second;
}

void KnownVector::add(const Stamp& s) {
    if (s.empty()) return;
    auto [it, fresh] = at.emplace(s.by, s.at);
    if (!fresh && it->second < s.at) it->second = s.at;
}

void KnownVector::join(const KnownVector& o) {
    for (const auto& [by, t] : o.at) add(Stamp{t, by});
}

KnownVector stored_vector(const Extras& x) {
    KnownVector v;
    auto it = x.members.find(kSeenMember);
    if (it == x.members.end()) return v;
    rapidjson::Document doc;
    // Unreadable (another tool wrote something else there): treated as no knowledge, which
    // only makes the merge ask more, never lose an edit.
    if (!parse_json(it->second, doc).ok || !doc.IsObject()) return v;
    for (auto m = doc.MemberBegin(); m != doc.MemberEnd(); ++m)
        if (m->value.IsInt64())
            v.add(Stamp{m->value.GetInt64(), std::string(m->name.GetString(), m->name.GetStringLength())});
    return v;
}

void store_vector(Extras& x, const KnownVector& v) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    for (const auto& [by, t] : v.at) {
        w.Key(by.data(), rapidjson::SizeType(by.size()));
        w.Int64(t);
    }
    w.EndObject();
    x.members[kSeenMember] = std::string(buf.GetString(), buf.GetSize());
}

namespace {

void add_meta(KnownVector& v, const Meta& m) {
    v.add(m.created);
    for (const auto& [name, s] : m.changed.fields) v.add(s);
    v.add(m.deleted);
}

template <class T> void add_all(KnownVector& v, const std::vector<T>& list) {
    for (const T& e : list) add_meta(v, e.meta);
}

} // namespace

KnownVector plan_known(const Plan& plan) {
    KnownVector v = stored_vector(plan.extras);
    add_meta(v, plan.meta);
    add_all(v, plan.sections);
    add_all(v, plan.phases);
    for (const Problem& q : plan.problems) {
        add_meta(v, q.meta);
        for (const Measure& m : q.measures) {
            add_meta(v, m.meta);
            add_all(v, m.progress);
            add_all(v, m.evidence);
            for (const ProgressEntry& e : m.progress) add_all(v, e.evidence);
            add_all(v, m.reviews);
        }
    }
    return v;
}

KnownVector directory_known(const Workspace& ws) {
    KnownVector v = stored_vector(ws.extras);
    add_all(v, ws.departments);
    add_all(v, ws.people);
    return v;
}

void stamp_known_vectors(Workspace& ws) {
    store_vector(ws.extras, directory_known(ws));
    for (Plan& p : ws.plans) store_vector(p.extras, plan_known(p));
}

const char* merge_entity_label(const std::string& entity, Lang lang) {
    static const struct { const char* key; Text text; } kNames[] = {
        {"plan", {"方案", "plan"}},           {"problem", {"问题", "problem"}},
        {"measure", {"措施", "measure"}},     {"progress", {"进展", "progress"}},
        {"evidence", {"佐证材料", "evidence"}}, {"section", {"正文", "section"}},
        {"phase", {"阶段", "phase"}},         {"department", {"科室", "department"}},
        {"person", {"人员", "person"}},
        {"review", {"销号审核", "closing review"}},
    };
    for (const auto& n : kNames)
        if (entity == n.key) return pick(lang, n.text);
    return entity.c_str();
}

const char* merge_field_label(const std::string& entity, const std::string& field, Lang lang) {
    static const Text kPersonTitle = {"职务", "job title"};
    if (entity == "person" && field == "title") return pick(lang, kPersonTitle);
    static const struct { const char* key; Text text; } kNames[] = {
        {"title", {"标题", "title"}},
        {"issuer", {"发文机关", "issuing office"}},
        {"doc_number", {"发文字号", "document number"}},
        {"written", {"成文日期", "date written"}},
        {"published", {"发布日期", "date published"}},
        {"addressees", {"主送", "addressees"}},
        {"feedback", {"反馈来源", "feedback"}},
        {"leading_group", {"领导小组", "leading group"}},
        {"form", {"原表（Excel）", "Excel form"}},
        {"heading", {"标题", "heading"}},
        {"body", {"正文", "body"}},
        {"name", {"名称", "name"}},
        {"start", {"开始日期", "start"}},
        {"end", {"结束日期", "end"}},
        {"number", {"编号", "number"}},
        {"code", {"问题编号", "code"}},
        {"area", {"方面", "area"}},
        {"text", {"内容", "text"}},
        {"steps", {"整改措施步骤", "steps"}},
        {"lead_departments", {"责任科室", "lead departments"}},
        {"support_departments", {"配合科室", "supporting departments"}},
        {"responsible", {"责任人", "responsible"}},
        {"leaders", {"分管领导", "supervising leaders"}},
        {"deadline", {"整改时限", "deadline"}},
        {"status", {"状态", "status"}},
        {"closure", {"销号", "closure"}},
        {"date", {"日期", "date"}},
        {"author", {"填报人", "author"}},
        {"note", {"说明", "note"}},
        {"department", {"所属科室", "department"}},
        {"position", {"顺序", "order"}},
        {"problem", {"所属问题", "problem"}},
        {"deleted", {"删除", "deletion"}},
        {"review_chain", {"销号层级", "closing levels"}},
        {"recheck", {"回头看日期", "re-check date"}},
        {"who", {"经办人", "by"}},
        {"on", {"日期", "date"}},
        {"opinion", {"意见", "opinion"}},
        // outcome fields and supervision (core/outcomes.h, core/supervision.h)
        {"problem_type", {"问题类型", "problem type"}},
        {"rectify_type", {"整改类型", "rectification type"}},
        {"outcome", {"整改成效", "outcome"}},
        {"amount", {"整改金额（万元）", "amount (10k yuan)"}},
        {"rules", {"建章立制（项）", "rules made"}},
        {"accountable", {"追责问责（人次）", "people held accountable"}},
        {"completed_on", {"实际完成时间", "date completed"}},
        {"milestones", {"序时进度", "milestones"}},
        {"problem_types", {"问题类型列表", "problem types"}},
        {"supervision", {"督办设置", "supervision thresholds"}},
    };
    for (const auto& n : kNames)
        if (field == n.key) return pick(lang, n.text);
    return field.c_str();
}

Side Resolutions::pick(const MergeItem& c) const {
    auto it = by_key.find(c.key());
    if (it != by_key.end()) return it->second;
    return decide ? decide(c) : fallback;
}

} // namespace rectify
