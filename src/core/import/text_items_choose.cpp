// Choosing the problems among the items the tree found (text_items_reader.h): parallel lists are
// paired, an item with fields or a stated status and no such item below it is a problem (so are its
// siblings); a list naming shortcomings is the last resort. Writing the chosen problems as items:
// text_items_write.cpp; findings in prose, when nothing else holds the problems: text_findings.cpp.
#include <algorithm>

#include "core/file_name.h"
#include "core/import/text_items_reader.h"

namespace rectify::text {

namespace {

// ---- choosing problems -------------------------------------------------------------------------------

// A numbered item that names its matter (1、关于教师反映休息室条件问题。已开始订购… / 1.针对理论学习不深不透问题
// on a line of its own, what was done on the lines after): its first sentence or line, 关于…问题 or 针对…问题,
// says it is a problem, whatever follows. A matter named only by who raised it (针对巡察反馈的问题) names none.
bool named_matter(std::string_view own) {
    const bool aimed = starts_with(own, "针对");
    if (!starts_with(own, "关于") && !aimed) return false;
    const size_t stop = own.find("。"), nl = own.find('\n');
    const bool sentence = stop != npos && (nl == npos || stop < nl);
    std::string_view first = own.substr(0, sentence ? stop : nl);
    while (!first.empty() && has_any(first.substr(first.size() - 1), {"\"", ")"})) first.remove_suffix(1);
    for (std::string_view q : {"”", "）"})
        if (ends_with(first, q)) first.remove_suffix(q.size());
    if (!ends_with(first, "问题")) return false;
    const std::string_view matter = first.substr(6, first.size() - 12);
    const bool generic = char_count(matter) < 6 || has_any(matter, {"以上", "上述", "这些", "有关"}) ||
                         has_any(matter.substr(matter.size() > 9 ? matter.size() - 9 : 0), {"反馈的", "指出的", "发现的", "存在的", "提出的", "反映的", "反馈"});
    return (sentence && !aimed) || !generic;
}

// An item the document gives a cue for: a label, a field, or a stated status.
bool evidenced(const Node& x) {
    if (x.consumed) return false;
    if (x.problem_label) return true;
    // "二、整改措施：" over a list of measures heads them; it is no problem of its own.
    if (trim_punct(x.own).empty() && !x.pieces.empty() &&
        std::all_of(x.pieces.begin(), x.pieces.end(), [](const Piece& p) { return p.field == Field::Measure || p.field == Field::Situation; }))
        return false;
    // A work heading's people and dates (一、整改领导小组 / 组长：… ; 二、整改时间 / 整改时间：…) are
    // the plan's, no problem.
    if (non_problem_heading(simplified(head_of(x))) && !x.pieces.empty() &&
        std::all_of(x.pieces.begin(), x.pieces.end(), [](const Piece& p) { return p.field == Field::Responsible || p.field == Field::Unit || p.field == Field::Deadline; }))
        return false;
    // A paragraph's 整改时限 or 责任人 alone is the form's (a deadline for every row below).
    for (const Piece& p : x.pieces)
        if (p.field != Field::None && p.field != Field::Noise && (x.style != Style::Para || text_field(p.field) || p.field == Field::Problem))
            return true;
    if (summary_figures(simplified(x.own)) || action_heading(head_of(x)) || question(x.own)) return false;
    const std::string own = simplified(x.own);
    if (x.style != Style::Para && named_matter(own)) return true;
    if (x.style != Style::Para && x.kids.empty() && contrast_finding(own) != npos) return true; // …。但部分学校…不及时
    StatusReading s = status_in(own, x.style == Style::Para);
    if (s.found && s.implied && !contains(std::string_view(own).substr(s.at), "整改")) return false; // 预计…前整改完毕 only
    // An order alone (…下发了整改通知书，责令限期整改) makes no item: a news item tells of it.
    if (s.found && s.implied && has_any(std::string_view(own).substr(s.at, 6), {"要求", "责令", "责成"})) return false;
    if (!s.found) return false;
    // A paragraph is an item only when its status closes it (…现已整改完毕。); one that then says problems
    // remain (…个别隐患正在整改中，…但仍存在一些问题。) leads into them: its status was of earlier work, and so
    // does one that ends leading into what follows (…未完成现场检查。现将有关情况公告如下：).
    if (x.style == Style::Para)
        return at_most_chars(x.own, 299) && at_most_chars(std::string_view(x.own).substr(s.at), 39) && !ends_with(own, ":") && !ends_with(own, "：") &&
               !answers_problems(own) && // 针对以上问题，学校立即进行了整改。: the work on the problems above, none of its own
               !(has_any(std::string_view(own).substr(s.at), {"仍存在", "还存在", "但存在", "也存在"}) && ends_with(trim_punct(own), "问题"));
    return true;
}

// The heading a list of kids stands under: the parent's text, or for a top-level list the
// paragraph just before it.
std::string heading_of(const std::vector<Node>& nodes, int parent, int first) {
    // The last line of a text leads into the list ("…现将存在的问题报告如下：") or is its heading
    // (存在的具体问题); a text that only mentions problems heads nothing.
    auto lead_in = [](const std::string& own) {
        const size_t nl = own.rfind('\n');
        const std::string last = simplified(nl == std::string::npos ? own : own.substr(nl + 1));
        // It must name what follows as problems: "通知如下：" or "意见建议的函" leads into no list of them.
        const bool leads = ends_with(last, ":") || ends_with(last, "：") || contains(last, "如下") || contains(last, "以下") || char_count(last) <= 12 ||
                           problems_remain(last);
        const bool names_problems = has_any(last, {"问题", "隐患", "不足", "短板", "差距", "薄弱环节", "经查", "发现"});
        // A finding told first, then the decisions taken (经查，…存在…的行为，…决定对该校做出如下处理：): the
        // list is what was decided, not what was found.
        const bool decisions = has_any(last, {"如下处理", "处理如下", "处理决定如下", "决定如下", "处分如下"});
        return leads && names_problems && !decisions ? last : std::string();
    };
    if (parent >= 0) {
        // Under a heading, a lead-in line after it (一、食堂检查情况 / …主要存在以下问题：一是…).
        const Node& x = nodes[size_t(parent)];
        if (x.own.find('\n') != std::string::npos)
            if (std::string last = lead_in(x.own); !last.empty() && (ends_with(last, ":") || ends_with(last, "："))) return last;
        return head_of(x);
    }
    if (const int k = nodes[size_t(first)].before; k >= 0) {
        const Node& x = nodes[size_t(k)];
        return x.style == Style::Para ? lead_in(x.own) : std::string();
    }
    return "";
}

// A top-level list's own lead-in paragraph, written after the list it answers, that says what
// follows is what was done about it (…现将我校整改情况报告如下： / 针对以上问题，…进行了整改和督促。):
// its last sentence names measures or answers the problems above. The lead-in may have joined the
// earlier list's last item (`last`): as its last kid, or as the last sentence of its text. `cut`
// then gets that kid's id (>= 0) or where the sentence starts in the item's text (as -2 - offset).
bool answers_above(const std::vector<Node>& nodes, int first, int last, long& cut) {
    const int k = nodes[size_t(first)].before;
    cut = -1;
    if (k < 0) return false;
    const Node& x = nodes[size_t(k)];
    std::string t;
    if (x.style == Style::Para && x.at > nodes[size_t(last)].at) {
        t = x.own;
    } else if (k != last) {
        return false;
    } else if (!x.kids.empty() && (nodes[size_t(x.kids.back())].style == Style::Para || nodes[size_t(x.kids.back())].style == Style::None)) {
        cut = x.kids.back();
        t = nodes[size_t(cut)].own;
    } else {
        std::string_view own = x.own;
        while (ends_with(own, "。")) own.remove_suffix(3);
        const size_t stop = own.rfind("。");
        if (stop == npos) return false;
        cut = -2 - long(stop + 3);
        t = std::string(own.substr(stop + 3));
    }
    t = simplified(t);
    while (ends_with(t, "。")) t.resize(t.size() - 3);
    if (const size_t stop = t.rfind("。"); stop != npos) t = t.substr(stop + 3);
    return measure_heading(t) || answers_problems(t);
}

struct Run {
    int parent;
    std::vector<int> ids;
};

std::vector<Run> runs_of(const std::vector<Node>& nodes) {
    std::vector<Run> runs;
    std::map<int, std::vector<int>> kids_of;
    for (size_t i = 0; i < nodes.size(); i++) kids_of[nodes[i].parent].push_back(int(i));
    for (auto& [parent, kids] : kids_of) {
        Run r{parent, {}};
        for (int k : kids) {
            const Node& x = nodes[size_t(k)];
            if (x.style == Style::Para) continue;
            if (!r.ids.empty()) {
                const Node& p = nodes[size_t(r.ids.back())];
                if (p.style != x.style || (x.value > 0 && x.value <= p.value)) {
                    runs.push_back(r);
                    r.ids.clear();
                }
            }
            r.ids.push_back(k);
        }
        if (!r.ids.empty()) runs.push_back(r);
    }
    return runs;
}

} // namespace

// A check result's item that first says what is done well, then its finding after a contrast
// (…建立了台账。然而，部分学校的数据更新不及时…; …较为齐全，但…有待加强): where the finding starts, or npos.
// What comes before it is praise, neither the problem's status nor its work.
size_t contrast_finding(std::string_view t) {
    for (size_t i = 3; i < t.size(); i++) {
        bool n = false;
        for (std::string_view w : {"然而", "不过", "但是", "但"}) n |= t.compare(i, w.size(), w) == 0;
        if (!n) continue;
        const std::string_view before = t.substr(0, i);
        if (!has_any(before.substr(before.size() - std::min<size_t>(before.size(), 3)), {"，", "。", "；", ","})) continue;
        size_t end = t.find("。", i);
        if (shortcoming(t.substr(i, end == npos ? npos : end - i))) return i;
    }
    return npos;
}

void Reader::pair_lists() {
    std::vector<Run> runs = runs_of(nodes);
    // Lists under a table written column by column take their column's name, in order.
    std::map<int, std::string> column_heading; // first node of a run → heading
    if (column_lists_at != npos) {
        std::vector<const Run*> below;
        for (const Run& r : runs)
            if (nodes[size_t(r.ids.front())].at >= column_lists_at) below.push_back(&r);
        std::sort(below.begin(), below.end(), [&](const Run* a, const Run* b) { return nodes[size_t(a->ids.front())].at < nodes[size_t(b->ids.front())].at; });
        for (size_t c = 0; c < below.size() && c < column_lists.size(); c++)
            column_heading[below[c]->ids.front()] = column_lists[c] == Field::Problem ? "问题" : text_field(column_lists[c]) ? "措施" : "-";
    }
    auto heading = [&](const Run& r) {
        auto it = column_heading.find(r.ids.front());
        return it != column_heading.end() ? it->second : heading_of(nodes, r.parent, r.ids.front());
    };
    // For each list B, the nearest earlier list A of the same style and numbers that it answers.
    // Only the few nearest earlier lists of the same style are candidates: the work stays linear.
    std::sort(runs.begin(), runs.end(), [&](const Run& x, const Run& y) { return nodes[size_t(x.ids.front())].at < nodes[size_t(y.ids.front())].at; });
    std::map<Style, std::vector<size_t>> by_style; // runs of each style, in text order
    for (size_t b = 0; b < runs.size(); b++) {
        const Run& B = runs[b];
        const Node& fb = nodes[size_t(B.ids.front())];
        std::vector<size_t>& same = by_style[fb.style];
        same.push_back(b);
        if (fb.consumed) continue;
        const std::string hb = heading(B);
        int best = -1;
        long lead_cut = -1, best_cut = -1; // where the answering lead-in joined the earlier list's last item
        for (size_t c = same.size() - 1, tried = 0; c-- > 0 && tried < 6; tried++) {
            const size_t a = same[c];
            const Run& A = runs[a];
            const Node& fa = nodes[size_t(A.ids.front())];
            if (fa.value <= 0 || fa.consumed) continue;
            if (best >= 0) break; // the nearest one that answers wins
            // Two lists under one heading are its sub-groups (校园外部排查 1、2、 校园内部排查 1、2、3、),
            // unless they are the columns of a table written column by column.
            const bool answers = B.parent < 0 && A.parent < 0 && answers_above(nodes, B.ids.front(), A.ids.back(), lead_cut);
            if (A.parent == B.parent && column_heading.empty() && !answers) continue;
            std::map<int, int> by_value;
            int evid = 0;
            for (int id : A.ids) by_value[nodes[size_t(id)].value] = id, evid += evidenced(nodes[size_t(id)]);
            int common = 0;
            for (int id : B.ids) common += by_value.count(nodes[size_t(id)].value) > 0;
            const size_t small = std::min(A.ids.size(), B.ids.size());
            if (common < 2 || common * 5 < int(small) * 3 || evid * 2 > int(A.ids.size())) continue;
            const std::string ha = heading(A);
            if (ha == "-" || non_problem_heading(ha)) continue; // a list of strengths or of work done
            // The later list stands under a 整改措施/整改情况 heading (or a table's measure column):
            // a list that restarts under each sub-heading (学校一 1. 2. / 学校二 1. 2.) answers nothing.
            if (!measure_heading(hb) && !answers_problems(simplified(hb)) && !answers) continue;
            best = int(a);
            best_cut = answers ? lead_cut : -1;
        }
        if (best < 0) continue;
        if (best_cut >= 0) nodes[size_t(best_cut)].consumed = true; // a lead-in, no text of that item
        if (best_cut <= -2) nodes[size_t(runs[size_t(best)].ids.back())].own.resize(size_t(-2 - best_cut));
        std::map<int, int> by_value;
        for (int id : runs[size_t(best)].ids) by_value[nodes[size_t(id)].value] = id;
        for (int id : B.ids) {
            auto it = by_value.find(nodes[size_t(id)].value);
            if (it == by_value.end()) continue;
            Node& to = nodes[size_t(it->second)];
            Node& from = nodes[size_t(id)];
            std::string text = from.own;
            // The list's last item runs on to its line's end: a sentence that closes the document
            // (在今后的工作中，我们将… / 以上…) is no part of its measure.
            if (id == B.ids.back())
                for (size_t stop = text.find("。"); stop != npos && stop + 3 < text.size(); stop = text.find("。", stop + 3))
                    if (closing_words(simplified(trimmed(std::string_view(text).substr(stop + 3))))) {
                        text.resize(stop + 3);
                        break;
                    }
            for (int k : from.kids) join(text, nodes[size_t(k)].number + nodes[size_t(k)].own, false), nodes[size_t(k)].consumed = true;
            to.pieces.push_back({Field::Situation, text, ""});
            for (const Piece& p : from.pieces) to.pieces.push_back(p);
            from.consumed = true;
        }
    }
}

// The document lays down rules (为规范…，特制定本制度。): its numbered articles are no findings, so
// only a cue (a label, a field, a stated status) makes an item a problem.
bool Reader::lays_down_rules() const {
    std::string about = simplified(out.title);
    for (size_t i = 0; i < nodes.size() && i < 2; i++) about += simplified(nodes[i].own.substr(0, std::min<size_t>(nodes[i].own.size(), 300)));
    size_t at = about.find("特制定");
    if (at == npos) at = about.find("制定本");
    return at != npos && has_any(std::string_view(about).substr(at, 72), {"制度", "办法", "规定", "细则", "规程", "守则"});
}

void Reader::choose() {
    const size_t count = nodes.size();
    if (!fix.problem_level.empty()) {
        // The user chose the level: its items are the problems, the levels above are headings.
        for (Node& x : nodes)
            if (style_name(x.style) == fix.problem_level && !x.consumed && (!x.own.empty() || !x.pieces.empty())) x.role = Node::Problem;
    } else {
        choose_by_cues();
        auto none = [&] { return std::none_of(nodes.begin(), nodes.end(), [](const Node& x) { return x.role == Node::Problem; }); };
        if (table_items.empty() && none() && !lays_down_rules()) choose_findings();
        if (table_items.empty() && none() && !lays_down_rules()) choose_shortcomings();
    }
    for (Node& x : nodes)
        if (x.forced) x.role = Node::Problem;
    for (size_t i = 0; i < count; i++)
        if (nodes[i].role == Node::Problem)
            for (int p = nodes[i].parent; p >= 0; p = nodes[size_t(p)].parent)
                if (nodes[size_t(p)].role == Node::Other) nodes[size_t(p)].role = Node::Section;
}

void Reader::choose_by_cues() {
    const size_t count = nodes.size();
    std::vector<char> evid(count), below(count, 0);
    for (size_t i = 0; i < count; i++) evid[i] = evidenced(nodes[i]);
    for (size_t i = count; i-- > 0;) // kids come after their parents
        if (nodes[i].parent >= 0 && (evid[i] || below[i])) below[size_t(nodes[i].parent)] = 1;
    // A work heading (组织领导, 工作成效, 整改措施) with nothing under it is noise; a finding the document
    // marks as one (a label, a part of a one-sentence list: 党组织领导的…落实不充分, 工作成效还不够显著) is not.
    auto noise_head = [&](const Node& x) {
        return non_problem_heading(head_of(x)) && x.pieces.empty() && !x.problem_label && contrast_finding(simplified(x.own)) == npos;
    };
    bool any = false;
    for (size_t i = 0; i < count; i++)
        if (evid[i] && !below[i] && !nodes[i].consumed && !noise_head(nodes[i])) nodes[i].role = Node::Problem, any = true;
    if (any) {
        // Their unmarked siblings in the same list are problems too (二、台阶破损。已整改。 beside
        // 一、…已联系施工单位…, whose status is only implied).
        for (const Run& r : runs_of(nodes)) {
            int problems = 0;
            for (int id : r.ids) problems += nodes[size_t(id)].role == Node::Problem;
            // Under a heading that names them problems (存在的问题：1.… 2.… 3.…已整改。), one marked is enough.
            if (problems * 2 < int(r.ids.size()) && !(problems > 0 && problem_heading(heading_of(nodes, r.parent, r.ids.front())))) continue;
            for (int id : r.ids) {
                Node& x = nodes[size_t(id)];
                if (x.role == Node::Other && !below[size_t(id)] && !x.consumed && !noise_head(x) && !x.own.empty()) x.role = Node::Problem;
            }
        }
    }
    if (table_items.empty() && !lays_down_rules()) {
        // The items of a list headed 问题 / 隐患 (a self-check's findings), also beside a list cued
        // otherwise (一是…四是 under 主要存在以下问题：, then 发现A…；B…。 under the next heading).
        for (const Run& r : runs_of(nodes)) {
            if (any) {
                bool taken = std::any_of(r.ids.begin(), r.ids.end(), [&](int id) { return nodes[size_t(id)].role != Node::Other || below[size_t(id)] || nodes[size_t(id)].consumed; });
                for (int p = r.parent; !taken && p >= 0; p = nodes[size_t(p)].parent) taken = nodes[size_t(p)].role == Node::Problem;
                if (taken) continue;
            }
            // The cue may stand a level up: 存在问题如下： / 一、体育馆 / 1.… 2.…
            bool cued = problem_heading(heading_of(nodes, r.parent, r.ids.front()));
            for (int p = r.parent; !cued && p >= 0; p = nodes[size_t(p)].parent) {
                if (non_problem_heading(head_of(nodes[size_t(p)]))) break;
                if (nodes[size_t(p)].parent >= 0) {
                    cued = problem_heading(head_of(nodes[size_t(nodes[size_t(p)].parent)]));
                    continue;
                }
                // A top-level heading: the lead-in before the first of its list (一、体育馆 二、教学楼).
                int first = p;
                while (nodes[size_t(first)].before >= 0 && nodes[size_t(nodes[size_t(first)].before)].style == nodes[size_t(p)].style)
                    first = nodes[size_t(first)].before;
                cued = problem_heading(heading_of(nodes, -1, first));
            }
            // One item alone is a list when a short heading right above it names problems (二、存在问题 / 1.…,
            // the rest cut off or none): its number starts a list. A sentence that mentions problems is no such heading.
            auto alone_listed = [&](const Node& x) {
                const std::string h = heading_of(nodes, r.parent, r.ids.front());
                return x.value == 1 && at_most_chars(h, 12) && problem_heading(h) && !ends_with(x.own, ":") && !ends_with(x.own, "：");
            };
            if (!cued || (r.ids.size() < 2 && !alone_listed(nodes[size_t(r.ids.front())]))) continue;
            for (int id : r.ids) {
                const Node& x = nodes[size_t(id)];
                if (x.kids.empty() && !x.own.empty() && !action_heading(head_of(x)) && !question(x.own) && !passed_check(simplified(x.own)))
                    nodes[size_t(id)].role = Node::Problem;
            }
        }
    }
}

// The numbering levels met, outermost first, and the one the problems share.
void Reader::levels() {
    std::vector<std::pair<std::pair<int, size_t>, std::string>> found; // ((depth, first at), name)
    std::map<std::string, size_t> seen;
    for (const Node& x : nodes) {
        const std::string name = style_name(x.style);
        if (name.empty() || x.consumed || (x.style == Style::Label && x.value == 0)) continue;
        int depth = 0;
        for (int p = x.parent; p >= 0; p = nodes[size_t(p)].parent) depth++;
        auto it = seen.find(name);
        if (it == seen.end()) {
            seen[name] = found.size();
            found.push_back({{depth, x.at}, name});
        } else {
            found[it->second].first.first = std::min(found[it->second].first.first, depth);
        }
    }
    std::sort(found.begin(), found.end());
    for (const auto& f : found) out.levels.push_back(f.second);
    std::string shared;
    bool one = true;
    for (const Node& x : nodes)
        if (x.role == Node::Problem) {
            const std::string name = style_name(x.style);
            if (shared.empty()) shared = name;
            one &= name == shared && !name.empty();
        }
    out.problem_level = one ? shared : "";
}

// Words that name a shortcoming (破损, 不规范, 未配备…): a list most of whose items use them lists problems;
// so does a finding split by ； (text_segments.cpp).
bool shortcoming(std::string_view t) {
    return has_any(t, {"不规范", "不到位", "不足", "不够", "不全", "不严", "不及时", "未", "缺", "损坏", "坏损", "破损", "老化", "脱落", "隐患",
                       "过期", "松动", "违规", "漏", "锈", "裂", "堵塞", "杂乱", "私拉", "超标", "较差", "差", "不整洁", "不卫生", "脏",
                       "有待", "不符", "打折扣", "短板", "薄弱", "滞后"}) &&
           !passed_check(t);
}

// The last resort, in a document that says it is about problems (its title or a lead-in names
// 问题/隐患/检查/整改): a list with no cue in front, most of whose items name a shortcoming.
void Reader::choose_shortcomings() {
    const std::string about = simplified(out.title) + (nodes.empty() ? std::string() : simplified(nodes.front().own.substr(0, std::min<size_t>(nodes.front().own.size(), 300))));
    if (!has_any(about, {"问题", "隐患", "检查", "整改", "自查", "排查"})) return;
    for (const Run& r : runs_of(nodes)) {
        if (r.ids.size() < 2) continue;
        if (r.parent >= 0 && non_problem_heading(head_of(nodes[size_t(r.parent)]))) continue;
        int named = 0;
        for (int id : r.ids) named += nodes[size_t(id)].kids.empty() && shortcoming(simplified(nodes[size_t(id)].own));
        if (named * 5 < int(r.ids.size()) * 3) continue;
        for (int id : r.ids) {
            Node& x = nodes[size_t(id)];
            if (x.kids.empty() && !x.own.empty() && !action_heading(head_of(x)) && !question(x.own) && !passed_check(simplified(x.own)))
                x.role = Node::Problem;
        }
        break; // the first such list: a second one is usually what was done about it
    }
}

} // namespace rectify::text
