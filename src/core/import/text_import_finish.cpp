// Finishing the plan the Builder read (text_import_builder.h): the general item reader's reading
// replaces it when it explains more of the document; then titles, kind and ids. And the entry point
// that runs both readers (text_import.h).
#include "core/import/text_import_builder.h"

namespace rectify::text_build {

// ---- the general item reader's result ----

// What this reading explains, weighed as ItemsReading::weight weighs the other.
int Builder::weight() const {
    int w = 0;
    for (const Problem& p : plan.problems) {
        bool has_measure = !p.measures.empty(), deadline = false, status = false;
        for (const Measure& m : p.measures) {
            deadline |= !m.deadline.text.empty();
            status |= m.status != Status::NotStarted;
        }
        w += 2 + (status ? 2 : 0) + (has_measure ? 1 : 0) + (deadline ? 1 : 0);
    }
    return w;
}

void Builder::use_items(const ItemsReading& read) {
    plan.problems.clear();
    plan.sections.clear();
    plan.phases.clear();
    plan.leading_group = LeadingGroup{};
    r.ws.departments.clear();
    r.ws.people.clear();
    dept_ids.clear();
    person_ids.clear();
    progress_text.clear();
    r.unplaced.clear();
    r.spans = read.spans;
    items_title = read.title;
    problem = measure = -1;
    area.clear();
    Date doc = read.document_date;
    if (doc.empty()) doc = plan.written.empty() ? plan.published : plan.written;
    if (doc.empty() && opt.default_year) doc = Date{opt.default_year, 0, 0};
    if (plan.written.empty() && valid_date(read.document_date)) plan.written = read.document_date;
    for (const ReadItem& it : read.items) {
        area = it.area;
        Problem& p = new_problem(it.number, it.text); // none for unnumbered items
        p.code = it.code;
        const bool item_names_someone = !it.responsible.empty() || !it.unit.empty();
        for (const ReadMeasure& rm : it.measures) {
            Measure& m = new_measure(rm.text);
            std::string who = rm.responsible;
            if (who.empty() && !item_names_someone) { // 由总务处每周检查: the office the sentence names
                const std::string plain = simplified(rm.text), office = text::office_in(plain);
                if (!office.empty()) who = rm.text.substr(plain.find(office), office.size());
            }
            for (const std::string& name : split_list(who))
                text::office_name(name) ? m.lead_departments.push_back(dept(name)) : m.responsible.push_back(person(name));
        }
        const bool carries = it.status.found || !it.deadline.empty() || !it.responsible.empty() || !it.unit.empty() || !it.progress.empty();
        if (plan.problems[size_t(problem)].measures.empty() && carries) new_measure(it.text);
        for (Measure& m : plan.problems[size_t(problem)].measures) {
            if (!it.unit.empty()) m.lead_departments.push_back(dept(it.unit));
            for (const std::string& name : split_list(it.responsible)) {
                if (text::office_name(name)) {
                    Id d = dept(name);
                    if (std::find(m.lead_departments.begin(), m.lead_departments.end(), d) == m.lead_departments.end()) m.lead_departments.push_back(d);
                } else {
                    m.responsible.push_back(person(name));
                }
            }
            if (!it.deadline.empty()) m.deadline = text::resolve_deadline(it.deadline, doc);
            if (it.status.found) {
                m.status = it.status.status;
                r.status_read.push_back(m.id);
                if (it.status.implied) r.status_proposed.push_back(m.id);
            }
        }
        // A measure that states its own status (a numbered item under the problem) keeps it.
        for (size_t k = 0; k < it.measures.size() && k < plan.problems[size_t(problem)].measures.size(); k++) {
            const ReadMeasure& rm = it.measures[k];
            Measure& m = plan.problems[size_t(problem)].measures[k];
            if (!rm.status.found) continue;
            m.status = rm.status.status;
            if (std::find(r.status_read.begin(), r.status_read.end(), m.id) == r.status_read.end()) r.status_read.push_back(m.id);
            r.status_proposed.erase(std::remove(r.status_proposed.begin(), r.status_proposed.end(), m.id), r.status_proposed.end());
            if (rm.status.implied) r.status_proposed.push_back(m.id);
            if (!rm.progress.empty()) progress_text[m.id] = rm.progress;
        }
        if (!it.progress.empty() && !plan.problems[size_t(problem)].measures.empty())
            progress_text[plan.problems[size_t(problem)].measures.front().id] = it.progress;
        r.statuses += it.status.found;
    }
    r.is_report = r.statuses > 0;
}

// ---- finish ----

namespace {

FeedbackKind feedback_kind(std::string_view s) {
    if (contains(s, "公众评议") || contains(s, "社会评价")) return FeedbackKind::PublicAppraisal;
    if (contains(s, "巡察") || contains(s, "巡视")) return FeedbackKind::Inspection;
    if (contains(s, "督导") || contains(s, "评估")) return FeedbackKind::SupervisionEvaluation;
    if (contains(s, "审计")) return FeedbackKind::Audit;
    return FeedbackKind::Other;
}

} // namespace

void Builder::finish() {
    drop_repeated_problems(plan.problems);
    // A measure written only as its steps (整改措施：一是…；二是…) has no title of its own: its
    // first step names it, so no measure reaches the user untitled. The steps stay as written.
    for (Problem& q : plan.problems)
        for (Measure& m : q.measures)
            if (m.title.empty() && !m.steps.empty()) m.title = m.steps.front();
    // The title: the plan a notice hands out (印发《…》的通知), else the first title line.
    std::string notice = !meta_title.empty() ? meta_title : titles.empty() ? "" : titles.front();
    size_t a = notice.find("《"), b = notice.rfind("》");
    if (contains(simplified(notice), "印发") && a != std::string::npos && b != std::string::npos && b > a)
        plan.title = notice.substr(a + 3, b - a - 3);
    else if (!titles.empty())
        plan.title = titles.front();
    else
        plan.title = notice;
    if (plan.title.empty()) plan.title = items_title; // news and one-line documents: the item reader's
    if (plan.issuer.empty()) plan.issuer = signature_issuer;
    // Matched in Simplified; the offsets are the same in the text as written (text_import.h).
    const std::string title_s = simplified(plan.title);
    size_t guan = title_s.find("关于");
    if (plan.issuer.empty() && guan != std::string::npos && guan > 0) plan.issuer = plan.title.substr(0, guan);
    // The feedback answered: the title without the office, up to where the rectification starts.
    plan.feedback.kind = feedback_kind(title_s);
    std::string fb = plan.title, fb_s = title_s;
    if (!plan.issuer.empty() && starts_with(fb, plan.issuer)) fb = fb.substr(plan.issuer.size()), fb_s = fb_s.substr(plan.issuer.size());
    if (starts_with(fb_s, "关于")) fb = fb.substr(6), fb_s = fb_s.substr(6);
    for (std::string_view cut : {"意见建议整改", "的整改", "整改"})
        if (size_t c = fb_s.find(cut); c != std::string::npos && c > 0) {
            fb = fb.substr(0, c);
            break;
        }
    if (fb != plan.title && plan.feedback.kind != FeedbackKind::Other) plan.feedback.name = fb;

    Date dated = plan.written.empty() ? plan.published : plan.written;
    const Date doc_date = !dated.empty() ? dated : opt.default_year ? Date{opt.default_year, 0, 0} : Date{};
    for (Problem& p : plan.problems) {
        r.problems++;
        r.codes += !p.code.empty();
        for (Measure& m : p.measures) {
            r.measures++;
            r.steps += int(m.steps.size());
            if (!m.deadline.text.empty()) {
                if (m.deadline.kind == DeadlineKind::None) m.deadline = text::resolve_deadline(m.deadline.text, doc_date);
                r.deadlines_without_year += m.deadline.kind == DeadlineKind::Unparsed && text::date_without_year(m.deadline.text);
                r.deadlines++;
                r.deadlines_dated += m.deadline.kind == DeadlineKind::Date || m.deadline.kind == DeadlineKind::EndOfMonth;
            }
            auto pt = progress_text.find(m.id);
            if (pt != progress_text.end() && !pt->second.empty()) {
                ProgressEntry e;
                e.id = ids.make("pg");
                e.date = dated;
                e.text = pt->second;
                e.meta = made();
                m.progress.push_back(e);
                r.progress++;
            }
        }
    }
    r.phases = int(plan.phases.size());
    r.sections = int(plan.sections.size());
    for (const TextSpan& s : r.spans) r.responsibility_lines += s.kind == TextSpan::Responsibility;
    // Headline counts the report states (共N个问题) against what was found.
    const std::string& t = n.text;
    if (size_t g = t.find("共"); g != std::string::npos) {
        size_t d = g + 3, e = d;
        while (e < t.size() && t[e] >= '0' && t[e] <= '9') e++;
        if (e > d && t.compare(e, 9, "个问题") == 0) {
            r.stated_problems = std::atoi(t.substr(d, e - d).c_str());
        }
    }
    std::stable_sort(r.spans.begin(), r.spans.end(), [](const TextSpan& x, const TextSpan& y) {
        return x.begin != y.begin ? x.begin < y.begin : x.end > y.end; // a line before the spans inside it
    });
    plan.id = ids.make("plan");
    plan.meta = made();
    r.ws.id = ids.make("ws");
    r.ws.plans.push_back(std::move(plan));
}

} // namespace rectify::text_build

namespace rectify {

using text_build::Builder;

void text::read_document(TextImport& r, const ImportTextOptions& options) {
    Builder b(r.decoded, r, options);
    std::vector<Line> lines = logical_lines(b.n.text, &r.examined);
    // The document starts at its title; what comes before is the page around it (its metadata
    // block, "发文机关:… 成文日期:…", is read for the header).
    size_t start = 0;
    while (start < lines.size() && !(is_title_like(lines[start].text) && !is_chrome(lines[start].text)) &&
           heading_mark(lines[start].text).level != 1)
        start++;
    if (start == lines.size()) start = 0;
    for (size_t i = 0; i < start; i++) {
        if (lines[i].text.find(':') != std::string::npos && !is_chrome(lines[i].text)) b.metadata(lines[i]);
        else b.span(lines[i], TextSpan::Ignored);
    }
    for (size_t i = start; i < lines.size(); i++) {
        r.examined += lines[i].text.size();
        b.line(lines, i);
    }
    // The general reader of items; its reading wins when it explains more of the document than the
    // reading of a full plan by its sections.
    // The item reader's reading is the one used, except for a plan read by its sections (整改内容,
    // 整改措施和责任分解…) with a measure for every problem: that stays as read unless the item reader
    // finds statuses the document states.
    ItemsReading items = read_items(r.decoded, b.n, &r.examined, options.corrections);
    r.levels = items.levels;
    bool structured = b.role_sections && !b.guessed_tasks && !b.plan.problems.empty();
    int stated_before = 0;
    for (const Problem& p : b.plan.problems) {
        structured &= !p.measures.empty();
        for (const Measure& m : p.measures) stated_before += m.status != Status::NotStarted;
    }
    const bool states_more = items.stated() > stated_before;
    const bool use_items = !options.corrections.empty() || !structured || (states_more && items.weight() > b.weight());
    if (use_items) {
        b.use_items(items);
        r.problem_level = items.problem_level;
    }
    b.finish();
}

} // namespace rectify
