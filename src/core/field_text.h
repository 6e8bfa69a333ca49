// field_text: a field's value as people read it (names for references, 2026年11月30日 for dates),
// which item an entity is (its title or name), and each model type's entity name. Used where
// one tab's edit meets another tab's (commands.h: FieldConflict) and the user chooses.
#pragma once
#include <string>
#include <type_traits>
#include <vector>

#include "core/i18n.h"
#include "core/model.h"

namespace rectify {

// `field` (the name in the change records) tells a reference from text: lead_departments holds
// department IDs, shown by their names in ws.
std::string value_text(const Workspace& ws, const char* field, const std::string& v, Lang lang);
std::string value_text(const Workspace& ws, const char* field, const std::vector<std::string>& v, Lang lang);
std::string value_text(const Workspace& ws, const char* field, const Date& v, Lang lang);
std::string value_text(const Workspace& ws, const char* field, const Deadline& v, Lang lang);
std::string value_text(const Workspace& ws, const char* field, Status v, Lang lang);
std::string value_text(const Workspace& ws, const char* field, const Feedback& v, Lang lang);
std::string value_text(const Workspace& ws, const char* field, const LedgerForm& v, Lang lang); // its file name
std::string value_text(const Workspace& ws, const char* field, const EvidenceFile& v, Lang lang); // its file name
std::string value_text(const Workspace& ws, const char* field, const LeadingGroup& v, Lang lang);
std::string value_text(const Workspace& ws, const char* field, const Closure& v, Lang lang);
std::string value_text(const Workspace& ws, const char* field, const Office& v, Lang lang);
// outcome fields and milestones (core/outcomes.h, core/supervision.h)
std::string value_text(const Workspace& ws, const char* field, int v, Lang lang);
std::string value_text(const Workspace& ws, const char* field, RectifyType v, Lang lang);
std::string value_text(const Workspace& ws, const char* field, const std::vector<Milestone>& v, Lang lang);
std::string value_text(const Workspace& ws, const char* field, const SupervisionSettings& v, Lang lang);

// Which item it is, in its own words (a measure's title, a problem's number and text), shortened.
std::string entity_title(const Plan& e);
std::string entity_title(const Section& e);
std::string entity_title(const Phase& e);
std::string entity_title(const Problem& e);
std::string entity_title(const Measure& e);
std::string entity_title(const ProgressEntry& e);
std::string entity_title(const Evidence& e);
std::string entity_title(const ReviewEntry& e);
std::string entity_title(const Department& e);
std::string entity_title(const Person& e);
std::string entity_title(const Workspace& e);

// The entity's name as the merge report uses it ("measure"; merge_entity_label() translates).
template <class T> constexpr const char* entity_kind() {
    if constexpr (std::is_same_v<T, Plan>) return "plan";
    else if constexpr (std::is_same_v<T, Section>) return "section";
    else if constexpr (std::is_same_v<T, Phase>) return "phase";
    else if constexpr (std::is_same_v<T, Problem>) return "problem";
    else if constexpr (std::is_same_v<T, Measure>) return "measure";
    else if constexpr (std::is_same_v<T, ProgressEntry>) return "progress";
    else if constexpr (std::is_same_v<T, Evidence>) return "evidence";
    else if constexpr (std::is_same_v<T, ReviewEntry>) return "review";
    else if constexpr (std::is_same_v<T, Department>) return "department";
    else if constexpr (std::is_same_v<T, Person>) return "person";
    else {
        static_assert(std::is_same_v<T, Workspace>, "not an entity type");
        return "workspace";
    }
}

} // namespace rectify
