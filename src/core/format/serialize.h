// How the model is written to and read from JSON: cereal serialize() functions, one per struct.
// Saving uses SaveArchive (below), which drives RapidJSON writers directly; loading uses
// DomInputArchive (json_in.h), which checks types and reports paths. Field names here are the file format (version 3): renaming one is a
// format change and needs a migration (see migrate.cpp).
// Extras (unknown members) must be archived last in each struct: it takes what was not read.
#pragma once
#include <cstring>
#include <string>

#include "core/format/json_in.h"
#include "core/model.h"

namespace rectify {

// ---- the save archive ----------------------------------------------------------------------------

// Where SaveArchive's JSON events go (serialize.cpp): the file text, which is also the text the
// checksum is taken over (see content_checksum), so a save neither goes through an ostream one
// character at a time nor parses its own output back.
class ContentSink;

// A cereal output archive with the node semantics of cereal's JSONOutputArchive (the archive
// files were written with before): structs are objects, vectors arrays, an NVP names the next
// value; members are written in the order the serialize() functions give them.
class SaveArchive : public cereal::OutputArchive<SaveArchive>, public cereal::traits::TextArchive {
public:
    explicit SaveArchive(ContentSink& out);

    void setNextName(const char* name) { next_name_ = name; }
    void startNode();
    void finishNode();
    void makeArray() { stack_.back().state = StartArray; }
    void writeName(); // opens the current node if needed, then writes the pending member name

    void saveValue(const std::string& s);
    // A named text member from characters (no std::string made): dates and enum names.
    void saveText(const char* name, const char* s, size_t n) {
        setNextName(name);
        writeName();
        saveText(s, n);
    }
    void saveText(const char* s, size_t n); // a value; its name (if any) already written
    void saveValue(bool b);
    void saveValue(int i) { saveValue(std::int64_t(i)); }
    void saveValue(std::int64_t i);
    void saveValue(std::uint64_t u);
    void saveValue(double d);
    void saveValue(std::nullptr_t);

private:
    enum State : unsigned char { StartObject, InObject, StartArray, InArray };
    struct Node {
        State state;
        std::uint32_t unnamed; // cereal names unnamed members value0, value1, …
    };
    ContentSink& out_;
    std::vector<Node> stack_;
    const char* next_name_ = nullptr;
};

template <class T> void prologue(SaveArchive&, const cereal::NameValuePair<T>&) {}
template <class T> void epilogue(SaveArchive&, const cereal::NameValuePair<T>&) {}
template <class T> void prologue(SaveArchive& ar, const cereal::SizeTag<T>&) { ar.makeArray(); }
template <class T> void epilogue(SaveArchive&, const cereal::SizeTag<T>&) {}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void prologue(SaveArchive& ar, const T&) { ar.writeName(); }
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void epilogue(SaveArchive&, const T&) {}
inline void prologue(SaveArchive& ar, const std::string&) { ar.writeName(); }
inline void epilogue(SaveArchive&, const std::string&) {}
template <class T, cereal::traits::EnableIf<!std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void prologue(SaveArchive& ar, const T&) { ar.startNode(); }
template <class T, cereal::traits::EnableIf<!std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void epilogue(SaveArchive& ar, const T&) { ar.finishNode(); }

template <class T> void CEREAL_SAVE_FUNCTION_NAME(SaveArchive& ar, const cereal::NameValuePair<T>& t) {
    ar.setNextName(t.name);
    ar(t.value);
}
template <class T> void CEREAL_SAVE_FUNCTION_NAME(SaveArchive&, const cereal::SizeTag<T>&) {}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void CEREAL_SAVE_FUNCTION_NAME(SaveArchive& ar, const T& t) { ar.saveValue(t); }
inline void CEREAL_SAVE_FUNCTION_NAME(SaveArchive& ar, const std::string& s) { ar.saveValue(s); }

// Writes a parsed JSON value (an unknown member's) through a cereal JSON output archive: this one
// or cereal's JSONOutputArchive, which have the same node API. The archive writes a pending
// member name itself for nodes (startNode) but needs writeName() before a plain value.
template <class A> void emit_value(A& ar, const rapidjson::Value& v) {
    switch (v.GetType()) {
    case rapidjson::kObjectType:
        ar.startNode();
        for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
            ar.setNextName(it->name.GetString());
            emit_value(ar, it->value);
        }
        ar.finishNode();
        return;
    case rapidjson::kArrayType:
        ar.startNode();
        ar.makeArray();
        for (auto& e : v.GetArray()) emit_value(ar, e);
        ar.finishNode();
        return;
    default: break;
    }
    ar.writeName();
    if constexpr (std::is_same_v<A, SaveArchive>) {
        if (v.IsString()) return ar.saveText(v.GetString(), v.GetStringLength());
    }
    if (v.IsString()) ar.saveValue(std::string(v.GetString(), v.GetStringLength()));
    else if (v.IsBool()) ar.saveValue(v.GetBool());
    else if (v.IsInt64()) ar.saveValue(v.GetInt64());
    else if (v.IsUint64()) ar.saveValue(v.GetUint64());
    else if (v.IsNumber()) ar.saveValue(v.GetDouble());
    else ar.saveValue(nullptr);
}

// The content object of a file (compact JSON, members in file order) and its checksum
// ("xxh3:…", equal to content_checksum() of that text parsed). Throws std::logic_error if the
// workspace holds text that is not UTF-8 (the file would not load back).
struct WrittenContent {
    rapidjson::StringBuffer text; // held, not copied: the caller copies it once, into the file
    std::string checksum;
    std::string_view json() const { return std::string_view(text.GetString(), text.GetSize()); }
};
WrittenContent write_content(const Workspace& ws);

// ---- enums as strings ------------------------------------------------------------------------------

template <class E> struct EnumNames;
template <> struct EnumNames<FeedbackKind> {
    static constexpr const char* names[] = {"public_appraisal", "inspection",
                                            "supervision_evaluation", "audit", "other"};
};
template <> struct EnumNames<Status> {
    static constexpr const char* names[] = {"not_started", "in_progress", "done", "done_ongoing"};
};
template <> struct EnumNames<DeadlineKind> {
    static constexpr const char* names[] = {"none",      "date",      "end_of_month",
                                            "ongoing",   "immediate", "unparsed"};
};
template <> struct EnumNames<ClosureState> {
    static constexpr const char* names[] = {"open", "submitted", "verified", "returned"};
};
template <> struct EnumNames<ReviewAction> {
    static constexpr const char* names[] = {"submit", "pass", "return", "reopen", "confirm"};
};
template <> struct EnumNames<RectifyType> {
    static constexpr const char* names[] = {"none", "immediate", "time_bound", "long_term"};
};

template <class E> const char* enum_name(E e) { return EnumNames<E>::names[int(e)]; }

template <class E> bool enum_from_name(const std::string& s, E& out) {
    int i = 0;
    for (const char* n : EnumNames<E>::names) {
        if (s == n) {
            out = E(i);
            return true;
        }
        i++;
    }
    return false;
}

// A value written as a JSON string: to_text on save; from_text on load, which returns false for
// text it cannot read (reported as an invalid value at the member's path).
template <class A, class V, class To, class From>
void text_field(A& ar, const char* name, V& v, To to_text, From from_text, const char* hint) {
    std::string s;
    if constexpr (A::is_loading::value) {
        ar(cereal::make_nvp(name, s));
        if (!from_text(s, v)) ar.fail_value(name, "\"" + s + "\"" + hint);
    } else {
        s = to_text(v);
        ar(cereal::make_nvp(name, s));
    }
}

template <class A, class E> void enum_field(A& ar, const char* name, E& e) {
    if constexpr (std::is_same_v<A, SaveArchive>) {
        const char* text = enum_name(e);
        ar.saveText(name, text, std::strlen(text));
    } else {
        text_field(ar, name, e, enum_name<E>, enum_from_name<E>, "");
    }
}

// to_iso without snprintf or a std::string (a plan has tens of thousands of dates to save); the
// same text. False (use to_iso) for dates outside what it writes.
inline bool save_iso(const Date& d, char (&b)[10]) {
    if (d.empty() || d.y < 0 || d.y > 9999 || d.m < 0 || d.m > 99 || d.d < 0 || d.d > 99) return false;
    const char text[10] = {char('0' + d.y / 1000), char('0' + d.y / 100 % 10), char('0' + d.y / 10 % 10),
                           char('0' + d.y % 10),   '-',                         char('0' + d.m / 10),
                           char('0' + d.m % 10),   '-',                         char('0' + d.d / 10),
                           char('0' + d.d % 10)};
    std::memcpy(b, text, sizeof b);
    return true;
}

template <class A> void date_field(A& ar, const char* name, Date& d) {
    char b[10] = {};
    if constexpr (std::is_same_v<A, SaveArchive>) {
        if (d.empty()) return ar.saveText(name, b, 0);
        if (save_iso(d, b)) return ar.saveText(name, b, sizeof b);
    }
    text_field(ar, name, d, to_iso, parse_iso_date, " (YYYY-MM-DD)");
}

// ---- structs ----------------------------------------------------------------------------------------

// Extras and FieldStamps are maps written as JSON objects (cereal would write std::map as an
// array of key/value pairs). Extras adds its members to the enclosing object: no node of its own.
void prologue(SaveArchive&, const Extras&);
void epilogue(SaveArchive&, const Extras&);
void prologue(DomInputArchive&, const Extras&);
void epilogue(DomInputArchive&, const Extras&);
void CEREAL_SAVE_FUNCTION_NAME(SaveArchive& ar, const Extras& x);
void CEREAL_LOAD_FUNCTION_NAME(DomInputArchive& ar, Extras& x);
void CEREAL_SAVE_FUNCTION_NAME(SaveArchive& ar, const FieldStamps& f);
void CEREAL_LOAD_FUNCTION_NAME(DomInputArchive& ar, FieldStamps& f);

template <class A> void serialize(A& ar, Stamp& s) {
    ar(cereal::make_nvp("at", s.at), cereal::make_nvp("by", s.by));
}

// A member written only when it differs from its default, and read only when present. Used for
// the parts of Meta that most entities do not have (change stamps, a tombstone): writing them
// empty made a large plan's file about a third bigger.
template <class A, class T> void optional_field(A& ar, const char* name, T& v, bool is_default) {
    if constexpr (A::is_loading::value) {
        if (ar.has_member(name)) ar(cereal::make_nvp(name, v));
    } else if (!is_default) {
        ar(cereal::make_nvp(name, v));
    }
}

template <class A> void serialize(A& ar, Meta& m) {
    ar(cereal::make_nvp("created", m.created));
    optional_field(ar, "changed", m.changed, m.changed.fields.empty());
    optional_field(ar, "deleted", m.deleted, m.deleted.empty());
    if constexpr (A::is_loading::value) m.placed = ar.has_member("after");
    optional_field(ar, "after", m.after, !m.placed);
    ar(m.extras);
}

template <class A> void serialize(A& ar, Department& d) {
    ar(cereal::make_nvp("id", d.id), cereal::make_nvp("name", d.name),
       cereal::make_nvp("meta", d.meta), d.extras);
}

template <class A> void serialize(A& ar, Person& p) {
    ar(cereal::make_nvp("id", p.id), cereal::make_nvp("name", p.name),
       cereal::make_nvp("title", p.title), cereal::make_nvp("department", p.department),
       cereal::make_nvp("meta", p.meta), p.extras);
}

template <class A> void serialize(A& ar, Feedback& f) {
    enum_field(ar, "kind", f.kind);
    ar(cereal::make_nvp("name", f.name), f.extras);
}

template <class A> void serialize(A& ar, Section& s) {
    ar(cereal::make_nvp("id", s.id), cereal::make_nvp("heading", s.heading),
       cereal::make_nvp("body", s.body), cereal::make_nvp("meta", s.meta), s.extras);
}

template <class A> void serialize(A& ar, Phase& p) {
    ar(cereal::make_nvp("id", p.id), cereal::make_nvp("name", p.name));
    date_field(ar, "start", p.start);
    date_field(ar, "end", p.end);
    ar(cereal::make_nvp("body", p.body), cereal::make_nvp("meta", p.meta), p.extras);
}

template <class A> void serialize(A& ar, LeadingGroup& g) {
    ar(cereal::make_nvp("leader", g.leader), cereal::make_nvp("deputies", g.deputies),
       cereal::make_nvp("members", g.members), cereal::make_nvp("office", g.office), g.extras);
}

template <class A> void serialize(A& ar, Deadline& d) {
    enum_field(ar, "kind", d.kind);
    date_field(ar, "date", d.date);
    ar(cereal::make_nvp("text", d.text), d.extras);
}

template <class A> void serialize(A& ar, EvidenceFile& f) {
    ar(cereal::make_nvp("sha256", f.sha256), cereal::make_nvp("name", f.name),
       cereal::make_nvp("type", f.type), cereal::make_nvp("size", f.size), f.extras);
}

// "file" and a progress entry's "evidence" are written only when present: files without
// evidence files keep their bytes and checksums.
template <class A> void serialize(A& ar, Evidence& e) {
    ar(cereal::make_nvp("id", e.id), cereal::make_nvp("name", e.name), cereal::make_nvp("note", e.note));
    optional_field(ar, "file", e.file, e.file.empty());
    ar(cereal::make_nvp("meta", e.meta), e.extras);
}

template <class A> void serialize(A& ar, ProgressEntry& e) {
    ar(cereal::make_nvp("id", e.id));
    date_field(ar, "date", e.date);
    ar(cereal::make_nvp("author", e.author), cereal::make_nvp("text", e.text));
    optional_field(ar, "evidence", e.evidence, e.evidence.empty());
    ar(cereal::make_nvp("meta", e.meta), e.extras);
}

template <class A> void serialize(A& ar, Closure& c) {
    enum_field(ar, "state", c.state);
    ar(cereal::make_nvp("submitted_by", c.submitted_by));
    date_field(ar, "submitted_on", c.submitted_on);
    ar(cereal::make_nvp("decided_by", c.decided_by));
    date_field(ar, "decided_on", c.decided_on);
    ar(cereal::make_nvp("reason", c.reason));
    optional_field(ar, "level", c.level, c.level == 0); // the 销号 chain (format 3)
    optional_field(ar, "round", c.round, c.round == 0);
    ar(c.extras);
}

// One act of the 销号 chain or 回头看 (format 3). Written in full: it is a record.
template <class A> void serialize(A& ar, ReviewEntry& e) {
    ar(cereal::make_nvp("id", e.id));
    enum_field(ar, "action", e.action);
    ar(cereal::make_nvp("round", e.round), cereal::make_nvp("level", e.level), cereal::make_nvp("of", e.of),
       cereal::make_nvp("level_name", e.level_name), cereal::make_nvp("who", e.who));
    date_field(ar, "on", e.on);
    ar(cereal::make_nvp("opinion", e.opinion), cereal::make_nvp("meta", e.meta), e.extras);
}

// ---- outcomes and supervision (version 3; every member optional: absent = empty) ----------------

// An optional date or enum member: written only when set, as date_field / enum_field.
template <class A> void optional_date(A& ar, const char* name, Date& d) {
    if constexpr (A::is_loading::value) {
        if (ar.has_member(name)) date_field(ar, name, d);
    } else if (!d.empty()) {
        date_field(ar, name, d);
    }
}
template <class A, class E> void optional_enum(A& ar, const char* name, E& e) {
    if constexpr (A::is_loading::value) {
        if (ar.has_member(name)) enum_field(ar, name, e);
    } else if (e != E{}) {
        enum_field(ar, name, e);
    }
}

template <class A> void serialize(A& ar, Milestone& m) {
    date_field(ar, "date", m.date);
    ar(cereal::make_nvp("what", m.what), cereal::make_nvp("done", m.done));
    optional_date(ar, "done_on", m.done_on);
    ar(m.extras);
}

template <class A> void serialize(A& ar, SupervisionSettings& s) {
    optional_field(ar, "soon_days", s.soon_days, s.soon_days == 0);
    optional_field(ar, "grace_days", s.grace_days, s.grace_days == 0);
    ar(s.extras);
}

template <class A> void serialize(A& ar, Measure& m) {
    ar(cereal::make_nvp("id", m.id), cereal::make_nvp("title", m.title),
       cereal::make_nvp("steps", m.steps), cereal::make_nvp("lead_departments", m.lead_departments),
       cereal::make_nvp("support_departments", m.support_departments),
       cereal::make_nvp("responsible", m.responsible), cereal::make_nvp("leaders", m.leaders),
       cereal::make_nvp("deadline", m.deadline));
    enum_field(ar, "status", m.status);
    ar(cereal::make_nvp("progress", m.progress), cereal::make_nvp("evidence", m.evidence),
       cereal::make_nvp("closure", m.closure));
    // The 销号 chain's records and the 回头看 date (format 3): written when there are any.
    optional_field(ar, "reviews", m.reviews, m.reviews.empty());
    optional_date(ar, "recheck", m.recheck);
    optional_date(ar, "completed_on", m.completed_on);
    optional_field(ar, "milestones", m.milestones, m.milestones.empty());
    ar(cereal::make_nvp("meta", m.meta), m.extras);
}

template <class A> void serialize(A& ar, Problem& p) {
    ar(cereal::make_nvp("id", p.id), cereal::make_nvp("number", p.number),
       cereal::make_nvp("code", p.code), cereal::make_nvp("area", p.area),
       cereal::make_nvp("text", p.text), cereal::make_nvp("measures", p.measures));
    optional_field(ar, "problem_type", p.problem_type, p.problem_type.empty());
    optional_enum(ar, "rectify_type", p.rectify_type);
    optional_field(ar, "outcome", p.outcome, p.outcome.empty());
    optional_field(ar, "amount", p.amount, p.amount.empty());
    optional_field(ar, "rules", p.rules, p.rules == 0);
    optional_field(ar, "accountable", p.accountable, p.accountable == 0);
    ar(cereal::make_nvp("meta", p.meta), p.extras);
}

template <class A> void serialize(A& ar, LedgerForm& f) {
    ar(cereal::make_nvp("name", f.name), cereal::make_nvp("xlsx", f.xlsx), cereal::make_nvp("sheet", f.sheet),
       cereal::make_nvp("header_row", f.header_row), cereal::make_nvp("columns", f.columns), f.extras);
}

template <class A> void serialize(A& ar, Plan& p) {
    ar(cereal::make_nvp("id", p.id), cereal::make_nvp("title", p.title),
       cereal::make_nvp("issuer", p.issuer), cereal::make_nvp("doc_number", p.doc_number));
    date_field(ar, "written", p.written);
    date_field(ar, "published", p.published);
    ar(cereal::make_nvp("addressees", p.addressees), cereal::make_nvp("feedback", p.feedback),
       cereal::make_nvp("sections", p.sections), cereal::make_nvp("phases", p.phases),
       cereal::make_nvp("leading_group", p.leading_group),
       cereal::make_nvp("problems", p.problems));
    optional_field(ar, "ledger_form", p.form, p.form.empty()); // most plans have none
    optional_field(ar, "review_chain", p.review_chain, p.review_chain.empty()); // 销号 levels (format 3)
    optional_field(ar, "problem_types", p.problem_types, p.problem_types.empty());
    optional_field(ar, "supervision", p.supervision, p.supervision.empty());
    ar(cereal::make_nvp("meta", p.meta), p.extras);
}

template <class A> void serialize(A& ar, Office& o) {
    ar(cereal::make_nvp("name", o.name), cereal::make_nvp("code", o.code), o.extras);
}

// The content of a file. envelope_extras belong to the envelope and are handled in format.cpp.
template <class A> void serialize(A& ar, Workspace& w) {
    ar(cereal::make_nvp("id", w.id), cereal::make_nvp("office", w.office),
       cereal::make_nvp("departments", w.departments), cereal::make_nvp("people", w.people),
       cereal::make_nvp("plans", w.plans), cereal::make_nvp("meta", w.meta), w.extras);
}

} // namespace rectify
