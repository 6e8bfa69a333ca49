#include "core/field_text.h"

#include <cstring>

#include "core/date_text.h"
#include "core/ledger/ledger.h"
#include "core/outcomes.h"
#include "core/supervision.h"
#include "core/utf8.h"

namespace rectify {

namespace {

std::string list_text(const std::vector<std::string>& v, Lang lang) {
    std::string s;
    for (const std::string& e : v) s += (s.empty() ? "" : lang == Lang::Zh ? "、" : ", ") + e;
    return s;
}

template <class T> std::string name_in(const std::vector<T>& list, const Id& id) {
    for (const T& e : list)
        if (e.id == id) return e.name;
    return id;
}

// Department and person references by their field names (as commands.cpp's references_ok).
bool names_departments(const char* field) {
    return !std::strcmp(field, "lead_departments") || !std::strcmp(field, "support_departments") ||
           !std::strcmp(field, "department");
}
bool names_people(const char* field) { return !std::strcmp(field, "responsible") || !std::strcmp(field, "leaders"); }

std::string name_of(const Workspace& ws, const char* field, const std::string& id) {
    if (id.empty()) return id;
    if (names_departments(field)) return name_in(ws.departments, id);
    if (names_people(field)) return name_in(ws.people, id);
    return id;
}

// At most `chars` characters, with … when cut.
std::string shortened(const std::string& s, size_t chars = 30) {
    size_t i = 0;
    for (size_t n = 0; i < s.size() && n < chars; n++) {
        const size_t len = utf8_lead_length(static_cast<unsigned char>(s[i]));
        i += len ? len : 1;
    }
    return i >= s.size() ? s : s.substr(0, i) + "…";
}

} // namespace

std::string value_text(const Workspace& ws, const char* field, const std::string& v, Lang) { return name_of(ws, field, v); }
std::string value_text(const Workspace& ws, const char* field, const std::vector<std::string>& v, Lang lang) {
    std::vector<std::string> shown;
    for (const std::string& e : v) shown.push_back(name_of(ws, field, e));
    return list_text(shown, lang);
}
std::string value_text(const Workspace&, const char*, const Date& v, Lang lang) { return format_date(v, lang); }
std::string value_text(const Workspace&, const char*, const Deadline& v, Lang lang) { return format_deadline(v, lang); }
std::string value_text(const Workspace&, const char*, Status v, Lang lang) { return status_text(v, lang); }
std::string value_text(const Workspace&, const char*, const Feedback& v, Lang) { return v.name; }
std::string value_text(const Workspace&, const char*, const LedgerForm& v, Lang) { return v.name; }
std::string value_text(const Workspace&, const char*, const EvidenceFile& v, Lang) { return v.name; }
std::string value_text(const Workspace&, const char*, const LeadingGroup& v, Lang lang) {
    std::vector<std::string> all{v.leader};
    all.insert(all.end(), v.deputies.begin(), v.deputies.end());
    all.insert(all.end(), v.members.begin(), v.members.end());
    return list_text(all, lang);
}
std::string value_text(const Workspace&, const char*, const Closure& v, Lang lang) {
    const std::string state = closure_text(v.state, lang);
    return v.reason.empty() ? state : state + (lang == Lang::Zh ? "：" : ": ") + v.reason;
}
std::string value_text(const Workspace&, const char*, const Office& v, Lang) { return v.name; }
std::string value_text(const Workspace&, const char*, int v, Lang) { return std::to_string(v); }
std::string value_text(const Workspace&, const char*, RectifyType v, Lang lang) { return rectify_type_text(v, lang); }
std::string value_text(const Workspace&, const char*, const std::vector<Milestone>& v, Lang lang) { return milestones_text(v, lang); }
std::string value_text(const Workspace&, const char*, const SupervisionSettings& v, Lang lang) { return supervision_text(v, lang); }

std::string entity_title(const Plan& e) { return shortened(e.title); }
std::string entity_title(const Section& e) { return shortened(e.heading); }
std::string entity_title(const Phase& e) { return shortened(e.name); }
std::string entity_title(const Problem& e) { return shortened(e.number + e.text); }
std::string entity_title(const Measure& e) { return shortened(e.title); }
std::string entity_title(const ReviewEntry& e) { return to_iso(e.on) + " " + e.who; }
std::string entity_title(const ProgressEntry& e) { return to_iso(e.date) + " " + shortened(e.text, 20); }
std::string entity_title(const Evidence& e) { return shortened(e.name); }
std::string entity_title(const Department& e) { return e.name; }
std::string entity_title(const Person& e) { return e.name; }
std::string entity_title(const Workspace& e) { return e.office.name; }

} // namespace rectify
