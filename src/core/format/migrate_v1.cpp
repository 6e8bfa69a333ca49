// Format version 1 (app 0.0.x) -> the current model.
// Version 1 held one plan, one measure per problem, and kept people and departments as the text
// of the responsibility line ("人教科、基教科", "吴庆彪、翁丽明"); deadlines were plain strings; there
// were no change records, phases, leading group, evidence or closure, and no checksum:
//   { "format": "rectify-plan", "version": 1, "app": "0.0.9", "saved_at": "…Z", "office": "…",
//     "plan": { "id", "title", "issuer", "doc_number", "date", "addressees", "feedback",
//               "sections": [{"heading", "body"}],
//               "problems": [{ "id", "number", "code", "text",
//                 "measure": { "title", "steps", "department", "responsible", "leader",
//                              "deadline", "status": "todo"|"doing"|"done",
//                              "progress": [{"date", "text"}] } }] } }
// IDs that v1 lacked are derived from stable inputs (a hash of the names or of the parent ID),
// so migrating the same file twice, in two offices, gives the same IDs and the copies merge.
#include <unordered_set>

#include "core/format/format.h"
#include "core/format/serialize.h"
#include "core/format/sha256.h"

namespace rectify {

namespace {

struct V1Progress {
    Date date;
    std::string text;
    Extras extras;
};
struct V1Measure {
    std::string title, department, responsible, leader, deadline, status;
    std::vector<std::string> steps;
    std::vector<V1Progress> progress;
    Extras extras;
};
struct V1Problem {
    std::string id, number, code, text;
    V1Measure measure;
    Extras extras;
};
struct V1Section {
    std::string heading, body;
    Extras extras;
};
struct V1Plan {
    std::string id, title, issuer, doc_number, addressees, feedback;
    Date date;
    std::vector<V1Section> sections;
    std::vector<V1Problem> problems;
    Extras extras;
};

template <class A> void serialize(A& ar, V1Progress& p) {
    date_field(ar, "date", p.date);
    ar(cereal::make_nvp("text", p.text), p.extras);
}
template <class A> void serialize(A& ar, V1Measure& m) {
    ar(cereal::make_nvp("title", m.title), cereal::make_nvp("steps", m.steps),
       cereal::make_nvp("department", m.department), cereal::make_nvp("responsible", m.responsible),
       cereal::make_nvp("leader", m.leader), cereal::make_nvp("deadline", m.deadline),
       cereal::make_nvp("status", m.status), cereal::make_nvp("progress", m.progress), m.extras);
}
template <class A> void serialize(A& ar, V1Problem& p) {
    ar(cereal::make_nvp("id", p.id), cereal::make_nvp("number", p.number),
       cereal::make_nvp("code", p.code), cereal::make_nvp("text", p.text),
       cereal::make_nvp("measure", p.measure), p.extras);
}
template <class A> void serialize(A& ar, V1Section& s) {
    ar(cereal::make_nvp("heading", s.heading), cereal::make_nvp("body", s.body), s.extras);
}
template <class A> void serialize(A& ar, V1Plan& p) {
    ar(cereal::make_nvp("id", p.id), cereal::make_nvp("title", p.title),
       cereal::make_nvp("issuer", p.issuer), cereal::make_nvp("doc_number", p.doc_number));
    date_field(ar, "date", p.date);
    ar(cereal::make_nvp("addressees", p.addressees), cereal::make_nvp("feedback", p.feedback),
       cereal::make_nvp("sections", p.sections), cereal::make_nvp("problems", p.problems), p.extras);
}

Id derived_id(const char* prefix, const std::string& from) {
    return std::string(prefix) + "-" + sha256_hex(from).substr(0, 16);
}

// "人教科、基教科" / "a,b" -> {"人教科", "基教科"}; blanks dropped.
std::vector<std::string> split_names(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        size_t b = cur.find_first_not_of(' '), e = cur.find_last_not_of(' ');
        if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
        cur.clear();
    };
    for (size_t i = 0; i < s.size();) {
        static const char* seps[] = {"、", ",", ",", ";", ";"};
        bool sep = false;
        for (const char* p : seps) {
            size_t n = std::char_traits<char>::length(p);
            if (s.compare(i, n, p) == 0) {
                flush();
                i += n;
                sep = true;
                break;
            }
        }
        if (!sep) cur += s[i++];
    }
    flush();
    return out;
}

FeedbackKind feedback_kind(const std::string& name) {
    if (name.find("公众评议") != std::string::npos) return FeedbackKind::PublicAppraisal;
    if (name.find("巡察") != std::string::npos) return FeedbackKind::Inspection;
    if (name.find("督导") != std::string::npos) return FeedbackKind::SupervisionEvaluation;
    if (name.find("审计") != std::string::npos) return FeedbackKind::Audit;
    return FeedbackKind::Other;
}

struct Builder {
    Workspace& ws;
    Stamp stamp;
    std::unordered_set<Id> seen; // departments and people already created

    Meta meta() const {
        Meta m;
        m.created = stamp;
        return m;
    }

    std::vector<Id> departments(const std::string& text) {
        std::vector<Id> ids;
        for (const std::string& name : split_names(text)) {
            Id id = derived_id("d", "department:" + name);
            if (seen.insert(id).second) ws.departments.push_back(Department{id, name, meta(), {}});
            ids.push_back(id);
        }
        return ids;
    }

    std::vector<Id> people(const std::string& text) {
        std::vector<Id> ids;
        for (const std::string& name : split_names(text)) {
            Id id = derived_id("u", "person:" + name);
            if (seen.insert(id).second) ws.people.push_back(Person{id, name, "", "", meta(), {}});
            ids.push_back(id);
        }
        return ids;
    }
};

} // namespace

void migrate_v1(const JsonValue& root, Workspace& ws, FileInfo& info) {
    DomInputArchive ar(root);
    ar.startNode();
    std::string format, saved_at, office;
    int version = 0;
    V1Plan v1;
    ar(cereal::make_nvp("format", format), cereal::make_nvp("version", version),
       cereal::make_nvp("app", info.app), cereal::make_nvp("saved_at", saved_at),
       cereal::make_nvp("office", office), cereal::make_nvp("plan", v1));
    ar(ws.envelope_extras);
    ar.finishNode();
    std::int64_t at = 0;
    if (!parse_iso_timestamp(saved_at, at)) ar.fail_value("saved_at", "\"" + saved_at + "\"");
    info.exported_at = saved_at;
    info.exported_by.name = office;

    ws.office.name = office; // v1 had no office code
    ws.id = derived_id("w", "workspace:" + v1.id);
    Builder b{ws, Stamp{at, office}, {}};
    ws.meta = b.meta();

    Plan plan;
    plan.id = v1.id;
    plan.title = v1.title;
    plan.issuer = v1.issuer;
    plan.doc_number = v1.doc_number;
    plan.written = plan.published = v1.date; // v1 kept one date
    plan.addressees = split_names(v1.addressees);
    plan.feedback.kind = feedback_kind(v1.feedback);
    plan.feedback.name = v1.feedback;
    plan.meta = b.meta();
    plan.extras = v1.extras;
    for (size_t i = 0; i < v1.sections.size(); i++) {
        const V1Section& s = v1.sections[i];
        plan.sections.push_back(Section{derived_id("s", plan.id + "/section/" + std::to_string(i)),
                                        s.heading, s.body, b.meta(), s.extras});
    }
    int year = v1.date.empty() ? 0 : v1.date.y;
    for (size_t i = 0; i < v1.problems.size(); i++) {
        const V1Problem& vp = v1.problems[i];
        const V1Measure& vm = vp.measure;
        Problem p;
        p.id = vp.id, p.number = vp.number, p.code = vp.code, p.text = vp.text;
        p.meta = b.meta(), p.extras = vp.extras;
        Measure m;
        m.id = derived_id("m", vp.id + "/measure");
        m.title = vm.title;
        m.steps = vm.steps;
        m.lead_departments = b.departments(vm.department);
        m.responsible = b.people(vm.responsible);
        m.leaders = b.people(vm.leader);
        m.deadline = parse_deadline(vm.deadline, year);
        if (vm.status == "todo") m.status = Status::NotStarted;
        else if (vm.status == "doing") m.status = Status::InProgress;
        else if (vm.status == "done")
            m.status = m.deadline.kind == DeadlineKind::Ongoing ? Status::DoneOngoing : Status::Done;
        else {
            LoadError e;
            e.key = Msg::BadValue;
            e.path = "plan.problems[" + std::to_string(i) + "].measure.status";
            e.detail = "\"" + vm.status + "\"";
            throw LoadFailure(e);
        }
        for (size_t k = 0; k < vm.progress.size(); k++)
            m.progress.push_back(ProgressEntry{derived_id("p", m.id + "/progress/" + std::to_string(k)),
                                               vm.progress[k].date, "", vm.progress[k].text,
                                               {}, b.meta(), vm.progress[k].extras});
        m.meta = b.meta();
        m.extras = vm.extras;
        p.measures.push_back(std::move(m));
        plan.problems.push_back(std::move(p));
    }
    ws.plans.push_back(std::move(plan));
}

} // namespace rectify
