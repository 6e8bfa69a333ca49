// Index: decoding and folding · TextMatcher · snippets · the walk over a plan.
#include "core/find_in_plan.h"

#include "core/measure_evidence.h"

#include "core/utf8.h"

namespace rectify {

// ---- decoding and folding ------------------------------------------------------------------------

// The code point at s[i], advancing i. Invalid UTF-8 (a loaded file never has it, but this must
// not read past the end) yields the byte itself.
static inline char32_t decode(std::string_view s, size_t& i) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        i++;
        return c;
    }
    // Laxer than utf8_lead_length (any byte from 0xF0 leads four); the same on valid text.
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    char32_t cp;
    if (len == 0 || !decode_utf8(s, i, len, cp)) {
        i++;
        return c;
    }
    i += len;
    return cp;
}

// Full-width ASCII forms (U+FF01–FF5E) and the ideographic space to ASCII, then ASCII lower case.
static inline char32_t fold(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    else if (c == 0x3000) c = ' ';
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    return c;
}

// ---- TextMatcher ---------------------------------------------------------------------------------

TextMatcher::TextMatcher(std::string_view query) {
    bool foldable = false; // a folded ASCII character also matches its full-width form
    for (size_t i = 0; i < query.size();) {
        char32_t c = fold(decode(query, i));
        foldable |= c < 0x80;
        folded_ += c;
    }
    if (folded_.empty()) return;
    if (!foldable)
        for (char32_t c : folded_) append_utf8(raw_, c);
    else if (folded_[0] >= 0x80)
        append_utf8(first_, folded_[0]);
}

size_t TextMatcher::find(std::string_view text, size_t from, size_t& end) const {
    if (folded_.empty()) return std::string_view::npos;
    if (!raw_.empty()) { // nothing to fold: a plain byte search
        size_t at = text.find(raw_, from);
        if (at != std::string_view::npos) end = at + raw_.size();
        return at;
    }
    size_t i = from;
    while (i < text.size()) {
        if (!first_.empty()) { // jump to the next place the first character can start a match
            i = text.find(first_, i);
            if (i == std::string_view::npos) return i;
        }
        size_t start = i, j = i;
        if (fold(decode(text, j)) == folded_[0]) {
            size_t k = 1, p = j;
            while (k < folded_.size() && p < text.size() && fold(decode(text, p)) == folded_[k]) k++;
            if (k == folded_.size()) {
                end = p;
                return start;
            }
        }
        i = j;
    }
    return std::string_view::npos;
}

// ---- snippets -----------------------------------------------------------------------------------

static constexpr int kContext = 20; // characters either side

static bool continuation(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

static void make_snippet(std::string_view text, size_t start, size_t end, FindHit& hit) {
    size_t a = start, b = end;
    for (int n = 0; n < kContext && a > 0; n++)
        do a--;
        while (a > 0 && continuation(text[a]));
    for (int n = 0; n < kContext && b < text.size(); n++)
        do b++;
        while (b < text.size() && continuation(text[b]));
    std::string& s = hit.snippet;
    s.reserve(b - a + 6);
    if (a > 0) s += "…";
    hit.snippet_offset = s.size() + (start - a);
    for (size_t i = a; i < b; i++) {
        char c = text[i];
        s += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    }
    if (b < text.size()) s += "…";
}

// ---- the walk ------------------------------------------------------------------------------------

namespace {

struct Finder {
    Finder(const TextMatcher& m, std::vector<FindHit>& o) : match(m), out(o) {}
    const TextMatcher& match;
    std::vector<FindHit>& out;
    // Where we are: the entity and what to navigate to.
    FindKind kind = FindKind::Plan;
    const Id* id = nullptr;
    const Id* problem = nullptr;
    const Id* measure = nullptr;
    // The directory entries whose names match at all (few, usually none): checked once per
    // search, so measures only compare IDs.
    std::vector<const Department*> departments;
    std::vector<const Person*> people;

    void at(FindKind k, const Id& e) {
        kind = k;
        id = &e;
    }

    void text(const char* field, std::string_view s, size_t item = 0) {
        size_t end = 0;
        for (size_t at = match.find(s, 0, end); at != std::string_view::npos; at = match.find(s, end, end)) {
            FindHit hit;
            hit.kind = kind;
            hit.id = *id;
            if (problem) hit.problem = *problem;
            if (measure) hit.measure = *measure;
            hit.field = field;
            hit.item = item;
            hit.offset = at;
            hit.length = end - at;
            make_snippet(s, at, end, hit);
            out.push_back(std::move(hit));
            if (end == at) break; // cannot happen (queries are not empty), but never loop
        }
    }

    // Each live entity of a list, with its texts.
    template <class T, class F> void each(const std::vector<T>& list, FindKind k, F&& texts_of) {
        for (const T& e : list) {
            if (!alive(e)) continue;
            at(k, e.id);
            texts_of(e);
        }
    }

    void texts(const char* field, const std::vector<std::string>& list) {
        for (size_t i = 0; i < list.size(); i++) text(field, list[i], i);
    }

    // The names behind a list of references, among the entries known to match.
    template <class T> void names(const char* field, const std::vector<Id>& refs, const std::vector<const T*>& hits) {
        if (hits.empty()) return;
        for (size_t i = 0; i < refs.size(); i++)
            for (const T* e : hits)
                if (e->id == refs[i]) text(field, e->name, i);
    }

    template <class T> void matching(const std::vector<T>& list, std::vector<const T*>& into) {
        size_t end = 0;
        for (const T& e : list)
            if (match.find(e.name, 0, end) != std::string_view::npos) into.push_back(&e);
    }

    void measure_texts(const Measure& m) {
        at(FindKind::Measure, m.id);
        text("title", m.title);
        texts("steps", m.steps);
        text("deadline", m.deadline.text);
        names("lead_departments", m.lead_departments, departments);
        names("support_departments", m.support_departments, departments);
        names("responsible", m.responsible, people);
        names("leaders", m.leaders, people);
        // The review records' opinions and reasons (审核意见, 退回/重新整改的理由, 回头看 notes). The
        // summary's reason is one of them once there are records: it is searched only without any.
        if (m.reviews.empty()) text("closure.reason", m.closure.reason);
        each(m.reviews, FindKind::Review, [&](const ReviewEntry& e) {
            text("who", e.who);
            text("opinion", e.opinion);
        });
        at(FindKind::Measure, m.id);
        each(m.progress, FindKind::Progress, [&](const ProgressEntry& e) {
            text("author", e.author);
            text("text", e.text);
        });
        // The measure's evidence and its progress entries' (measure_evidence.h: what counts).
        for (const EvidenceRef& r : measure_evidence(m)) {
            at(FindKind::Evidence, r.item->id);
            text("name", r.item->name);
            text("note", r.item->note);
        }
    }
};

} // namespace

std::vector<FindHit> find_in_plan(const Workspace& ws, const Plan& plan, std::string_view query) {
    std::vector<FindHit> out;
    TextMatcher match(query);
    if (match.empty() || !alive(plan)) return out;
    Finder f(match, out);
    f.matching(ws.departments, f.departments);
    f.matching(ws.people, f.people);

    f.at(FindKind::Plan, plan.id);
    f.text("title", plan.title);
    f.text("issuer", plan.issuer);
    f.text("doc_number", plan.doc_number);
    f.texts("addressees", plan.addressees);
    f.text("feedback", plan.feedback.name);
    f.each(plan.sections, FindKind::Section, [&](const Section& s) {
        f.text("heading", s.heading);
        f.text("body", s.body);
    });
    f.each(plan.phases, FindKind::Phase, [&](const Phase& p) {
        f.text("name", p.name);
        f.text("body", p.body);
    });
    const LeadingGroup& g = plan.leading_group;
    f.at(FindKind::LeadingGroup, plan.id);
    f.text("leader", g.leader);
    f.texts("deputies", g.deputies);
    f.texts("members", g.members);
    f.text("office", g.office);
    for (const Problem& problem : plan.problems) {
        if (!alive(problem)) continue;
        f.problem = &problem.id;
        f.measure = nullptr;
        f.at(FindKind::Problem, problem.id);
        f.text("number", problem.number);
        f.text("code", problem.code);
        f.text("area", problem.area);
        f.text("text", problem.text);
        f.text("outcome", problem.outcome);
        for (const Measure& m : problem.measures) {
            if (!alive(m)) continue;
            f.measure = &m.id;
            f.measure_texts(m);
        }
    }
    return out;
}

} // namespace rectify
