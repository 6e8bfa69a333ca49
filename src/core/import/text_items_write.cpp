// Writing the problems the reader chose (text_items_choose.cpp) as items: each problem's text, code,
// measures, status, deadline and responsibility are taken from its own text and its fields; a
// before/after pair of plain lists is cut into its items, a closing sentence about all the problems
// gives their status, and the spans mark where each part was read.
// Index: items · spans.
#include <algorithm>

#include "core/file_name.h"
#include "core/import/text_items_reader.h"

namespace rectify::text {

// ---- items --------------------------------------------------------------------------------------------

// 第(C16)点 / (问题编号:120…) at the start or end of a problem's text: the code, taken out.
namespace {

std::string take_code(std::string& text) {
    std::string_view t = text;
    for (std::string_view open : {"第(", "第（"}) {
        if (!starts_with(t, open)) continue;
        size_t close = t.find(")", open.size());
        if (close == npos) close = t.find("）", open.size());
        if (close == npos || close - open.size() > 12) continue;
        std::string code(t.substr(open.size(), close - open.size()));
        size_t after = close + (t[close] == ')' ? 1 : 3);
        if (t.compare(after, 3, "点") == 0) after += 3;
        text = trimmed(t.substr(after));
        return code;
    }
    for (std::string_view key : {"(问题编号", "（问题编号"}) {
        size_t k = t.find(key);
        if (k == npos) continue;
        size_t v = k + key.size();
        while (v < t.size() && (t[v] == ':' || t[v] == ' ' || t.compare(v, 3, "：") == 0)) v += t[v] == ':' || t[v] == ' ' ? 1 : 3;
        size_t e = v;
        while (e < t.size() && ((t[e] >= '0' && t[e] <= '9') || (t[e] >= 'A' && t[e] <= 'Z') || t[e] == '-')) e++;
        std::string code(t.substr(v, e - v));
        text = trimmed(t.substr(0, k));
        return code;
    }
    return "";
}

} // namespace

std::vector<ReadMeasure> measures_in(const std::string& text) {
    std::vector<ReadMeasure> out;
    if (trim_punct(text).empty()) return out;
    Steps s = split_steps(text);
    if (s.steps.empty()) {
        // Actions joined by ；: one measure each.
        std::string cur;
        std::string_view t = text;
        for (size_t i = 0; i <= t.size(); i++) {
            bool semi = i < t.size() && (t.compare(i, 3, "；") == 0 || t[i] == ';');
            if (i == t.size() || semi) {
                if (!trim_punct(cur).empty()) out.push_back({trimmed(cur), ""});
                cur.clear();
                if (semi && t[i] != ';') i += 2;
                continue;
            }
            cur += t[i];
        }
        return out;
    }
    if (!s.lead.empty() && !ends_with(s.lead, ":") && !ends_with(s.lead, "：") && char_count(s.lead) > 6) out.push_back({s.lead, ""});
    for (const std::string& st : s.steps) out.push_back({trimmed(st), ""});
    return out;
}

ReadItem Reader::item_of(const Node& x) {
    ReadItem it;
    it.number = x.number;
    std::string own = x.own;
    for (std::string_view w : {"其中，", "其中,", "另外，", "此外，"})
        if (starts_with(own, w)) own = own.substr(w.size());
    std::string problem, situation, measure_text, progress, remainder;
    bool after = false;
    for (const Piece& p : x.pieces) {
        switch (p.field) {
        case Field::Problem: join(problem, p.text, false); break;
        case Field::Measure: join(measure_text, p.text, false); break;
        case Field::Situation: join(situation, p.text, false); break;
        case Field::Progress: join(progress, p.text, false); break;
        case Field::After: join(progress, p.text, false), after = true; break;
        case Field::Responsible: join(it.responsible, p.raw.empty() ? p.text : p.raw, false); break;
        case Field::Unit: join(it.unit, p.text, false); break;
        case Field::Deadline:
            if (it.deadline.empty()) it.deadline = !p.raw.empty() ? p.raw : p.text;
            break;
        default: break;
        }
    }
    if (!problem.empty()) {
        // The node's own text names the unit (南岭镇中心小学 / 整改前: …) or a heading.
        if (!own.empty() && char_count(own) <= 30) it.unit = it.unit.empty() ? trimmed(own) : it.unit;
        it.text = problem;
    } else {
        it.text = own;
        const bool fields = !measure_text.empty() || !situation.empty() || !progress.empty();
        if (!fields) {
            // The status or the work is written after the problem: 关于…的问题。…该问题已整改。
            // After praise and a contrast, only what follows the contrast is read so.
            const size_t c = x.style != Style::Para ? contrast_finding(own) : npos, from = c == npos ? 0 : c;
            const std::string_view tail = std::string_view(own).substr(from);
            StatusReading s = status_in(simplified(tail), false);
            if (!s.found) s = status_in(simplified(tail), true);
            if (s.found) s.at += from;
            size_t cut = first_sentence_end(tail);
            if (cut != npos) cut += from;
            if (s.found && (cut == npos || s.at < cut) && clause_start(own, s.at) > 0) cut = clause_start(own, s.at);
            // …的问题正在通过…逐步改善: the problem named, its status straight after it.
            else if (s.found && (cut == npos || s.at < cut) && s.at <= own.size() && ends_with(std::string_view(own).substr(0, s.at), "问题")) cut = s.at;
            // What follows the first sentence is the work or its status only when it says so
            // (已联系…, 该问题已整改, 将…); otherwise it goes on describing the problem.
            if (cut != npos && cut > 0 && cut < own.size()) {
                const std::string rest = trimmed(std::string_view(own).substr(cut)), plain = simplified(rest);
                bool work = s.found || status_in(plain, true).found;
                for (std::string_view w : {"已", "将", "拟", "正在", "计划", "目前", "现已", "对", "由", "经", "针对", "整改"})
                    work |= starts_with(plain, w);
                if (work) {
                    it.text = trimmed(std::string_view(own).substr(0, cut));
                    remainder = rest;
                }
            }
        }
    }
    it.code = take_code(it.text);
    it.text = trimmed(it.text);
    // Measures: the 整改措施 text, else the situation or what follows the problem when it tells of
    // work rather than only a status.
    auto only_status = [](const std::string& t) {
        StatusReading s = status_in(simplified(t), false);
        return s.found && s.at <= 9 && char_count(t) <= 16;
    };
    if (!measure_text.empty()) it.measures = measures_in(measure_text);
    else if (!situation.empty() && !only_status(situation)) it.measures = measures_in(situation);
    else if (!remainder.empty() && !only_status(remainder)) {
        StatusReading s = status_in(simplified(remainder), false);
        std::string work = remainder;
        if (s.found && s.at > 0) work = trimmed(std::string_view(remainder).substr(0, clause_start(remainder, s.at)));
        if (!work.empty()) it.measures = measures_in(work.size() < remainder.size() && s.found ? remainder : work);
    }
    for (int k : x.kids) {
        const Node& kid = nodes[size_t(k)];
        if (kid.consumed || kid.own.empty()) continue;
        ReadMeasure m(kid.own, "");
        // A numbered item under the problem may carry its own progress (the problems one level
        // up, as the user chose): 整改进度：… under each （1）.
        std::string said;
        for (const Piece& p : kid.pieces) {
            if (p.field == Field::Responsible) m.responsible = p.raw.empty() ? p.text : p.raw;
            if (p.field == Field::Progress || p.field == Field::Situation || p.field == Field::After) join(said, p.text, false);
        }
        if (!said.empty()) m.status = status_in(simplified(said), true), m.progress = said;
        it.measures.push_back(std::move(m));
    }
    // The status: from the progress, the situation, what follows the problem, then the measures.
    const std::string* sources[] = {&progress, &situation, &remainder, &measure_text};
    for (const std::string* src : sources) {
        if (src->empty()) continue;
        StatusReading s = status_in(simplified(*src), true);
        if (!s.found) continue;
        it.status = s;
        if (progress.empty()) progress = src == &remainder || src == &measure_text ? std::string(std::string_view(*src).substr(clause_start(*src, s.at))) : *src;
        break;
    }
    // 整改后：… states the item done, unless its words say otherwise.
    if (after && (!it.status.found || (it.status.implied && it.status.status == Status::Done))) it.status = {true, Status::Done, false, 0};
    if (!it.status.found && !it.measures.empty()) {
        std::string all;
        for (const ReadMeasure& m : it.measures) join(all, m.text, false);
        it.status = status_in(simplified(all), true);
    }
    it.progress = progress.empty() ? situation : progress;
    // A deadline written in a sentence when no 整改时限 says it.
    if (it.deadline.empty())
        for (const std::string* src : {&progress, &situation, &remainder, &measure_text}) {
            size_t b = 0, e = 0;
            if (!src->empty() && deadline_in(simplified(*src), b, e)) {
                it.deadline = src->substr(b, e - b);
                break;
            }
        }
    // The heading above: its text, as the item's area.
    if (x.parent >= 0 && nodes[size_t(x.parent)].role == Node::Section) it.area = trimmed(nodes[size_t(x.parent)].own);
    return it;
}

// A reply to a deputy's suggestion or a citizen's letter (…的建议收悉。现答复如下：): the whole
// document is one item, the suggestion its problem and the reply what was done. The node that
// names the suggestion, or -1.
int Reader::reply_document(std::string& subject) const {
    for (size_t i = 0; i < segs.size() && i < 40; i++) {
        if (place[i].node < 0) continue;
        // The whole segment, its label too: "…的建议收悉。现答复如下：" may have been read as a reply's label.
        const std::string all = field(segs[i].b, segs[i].e), plain = simplified(all);
        if (!(contains(plain, "收悉") || contains(plain, "答复如下") || contains(plain, "回复如下"))) continue;
        // A letter's matter quoted in the reply's opening (您…反映的“…问题”，我办已收悉): the quote is the problem.
        if (const size_t q = plain.find("反映的“"); q != npos && plain.find("”", q) != npos && plain.find("”", q) - q <= 240) {
            const size_t b = q + std::string_view("反映的“").size();
            subject = trimmed(std::string_view(all).substr(b, plain.find("”", q) - b));
            if (!subject.empty()) return place[i].node;
        }
        if (!has_any(plain, {"建议", "提案", "议案", "来信", "留言"})) continue;
        size_t end = npos;
        for (std::string_view w : {"的建议", "建议》", "建议”", "的提案", "的议案", "的来信", "的留言"})
            if (size_t k = plain.find(w); k != npos) end = std::min(end, k + w.size());
        // The 关于 nearest before it: "关于你们提出的《关于优化…的建议》" names the second.
        const size_t about = end == npos ? npos : plain.rfind("关于", end);
        if (about == npos || end == npos || end <= about) continue;
        subject = trimmed(std::string_view(all).substr(about, end - about));
        return place[i].node;
    }
    return -1;
}

namespace {

// 整改前：A、B、C。 then 整改后：A′、B′、C′。 — as many things before as after, each a plain list
// with no clause in it: one item each, with its own after-text and status.
std::vector<ReadItem> split_before_after(const ReadItem& it) {
    auto parts_of = [](std::string t) {
        while (ends_with(t, "。")) t.resize(t.size() - 3);
        std::vector<std::string> out;
        if (has_any(t, {",", "，", ";", "；", "。", "\n"})) return out;
        for (size_t b = 0;;) {
            const size_t e = t.find("、", b);
            out.push_back(trimmed(std::string_view(t).substr(b, e == npos ? npos : e - b)));
            if (e == npos) break;
            b = e + 3;
        }
        return out;
    };
    if (!it.measures.empty()) return {};
    const std::vector<std::string> before = parts_of(it.text), after = parts_of(it.progress);
    if (before.size() < 2 || before.size() != after.size()) return {};
    for (size_t k = 0; k < before.size(); k++)
        if (char_count(before[k]) < 3 || char_count(after[k]) < 3) return {};
    std::vector<ReadItem> out;
    for (size_t k = 0; k < before.size(); k++) {
        ReadItem x = it;
        x.text = before[k];
        x.progress = after[k];
        x.status = status_in(simplified(after[k]), true);
        if (!x.status.found) x.status = it.status;
        out.push_back(std::move(x));
    }
    return out;
}

} // namespace

void Reader::items() {
    // A reply document: one problem, the reply after it its progress.
    if (std::string subject; table_items.empty() && !std::any_of(nodes.begin(), nodes.end(), [](const Node& x) { return x.forced; })) {
        const int at = fix.problem_level.empty() ? reply_document(subject) : -1;
        if (at >= 0) {
            ReadItem it;
            it.text = subject;
            for (const Piece& p : nodes[size_t(at)].pieces) join(it.progress, p.text, false);
            // The reply's paragraphs joined to the line that leads into them (…已收悉。…核处，现回复如下：).
            const std::string& own = nodes[size_t(at)].own;
            if (const size_t nl = own.find('\n', std::min(own.size(), own.find("收悉"))); nl != npos) join(it.progress, own.substr(nl + 1), false);
            for (size_t i = size_t(at); i < nodes.size(); i++) {
                Node& x = nodes[i];
                x.role = i == size_t(at) ? Node::Problem : Node::Other;
                if (i > size_t(at)) {
                    join(it.progress, x.number + x.own, false);
                    for (const Piece& p : x.pieces) join(it.progress, p.text, false);
                    x.consumed = true;
                }
            }
            for (size_t i = 0; i < size_t(at); i++) nodes[i].role = Node::Other;
            it.status = status_in(simplified(it.progress), true);
            size_t b = 0, e = 0;
            if (deadline_in(simplified(it.progress), b, e)) it.deadline = it.progress.substr(b, e - b);
            // The reply is the measure; a long one is cut at a character, never inside one.
            if (!it.progress.empty()) it.measures.push_back(ReadMeasure(std::string(utf8_prefix_bytes(it.progress, 600)), ""));
            out.items.push_back(std::move(it));
            return;
        }
    }
    // A 整改时限 that stands on the form, outside every item, holds for every item.
    for (const Node& x : nodes)
        if (x.role == Node::Other && x.style == Style::Para && form_deadline.empty())
            for (const Piece& p : x.pieces)
                if (p.field == Field::Deadline && !p.text.empty()) form_deadline = p.text, form_deadline_raw = p.raw;
    std::vector<std::pair<size_t, ReadItem>> all;
    for (const Node& x : nodes)
        if (x.role == Node::Problem) all.push_back({x.at, item_of(x)});
    for (auto [at, k] : table_items_at) all.push_back({at, table_items[k]});
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [at, it] : all) {
        if (it.text.empty()) continue;
        if (it.deadline.empty() && !form_deadline.empty()) it.deadline = form_deadline_raw.empty() ? form_deadline : form_deadline_raw;
        if (std::vector<ReadItem> parts = split_before_after(it); !parts.empty()) {
            for (ReadItem& p : parts) out.items.push_back(std::move(p));
            continue;
        }
        // "以上两项已整改": the status is also that of the items before it that state none.
        const std::string said = simplified(it.progress);
        int covers = contains(said, "以上两项") || contains(said, "上述两项") || contains(said, "以上2项") ? 2
                   : contains(said, "以上三项") || contains(said, "上述三项") || contains(said, "以上3项") ? 3 : 0;
        for (size_t k = out.items.size(); covers > 1 && k-- > 0 && it.status.found; covers--)
            if (!out.items[k].status.found) out.items[k].status = it.status, out.items[k].progress = it.progress;
        out.items.push_back(std::move(it));
    }
    status_of_all();
}

namespace {

// A short clause of a sentence that says all were put right (均已整改, 现均已整改到位, 已全部整改完毕): the clause, or empty.
std::string_view all_done_clause(std::string_view sentence) {
    for (size_t b = 0; b < sentence.size();) {
        // The text as written: either comma. Looked for within a window (a long run of text with one
        // kind of comma only must not be scanned to its end at every clause).
        const size_t e = clause_end_near(sentence, b, {",", "，"});
        std::string_view c = sentence.substr(b, e - b);
        const std::string_view from = sentence.substr(e);
        b = e + (starts_with(from, "，") ? 3 : starts_with(from, ",") ? 1 : 0);
        if (ends_with(c, "。")) c.remove_suffix(3);
        if (starts_with(c, "现")) c.remove_prefix(3);
        if (c.size() <= 24 && (starts_with(c, "均已") || starts_with(c, "已全部")) &&
            has_any(c, {"整改", "改正", "整治到位", "处理完毕", "消除"}))
            return c;
    }
    return {};
}

} // namespace

// A sentence closing the last item that speaks of all of them (…对于检查中出现的问题已整改,
// 以上问题均已整改到位): its stated status is that of every item that states none.
void Reader::status_of_all() {
    if (out.items.size() < 2) return;
    const ReadItem& last = out.items.back();
    std::string all = last.progress;
    for (const ReadMeasure& m : last.measures) all += "。" + m.text;
    // A paragraph after the last problem that no item took (针对审计发现的问题…已整改到位) closes them too.
    size_t after = 0;
    for (size_t i = 0; i < segs.size(); i++)
        if (place[i].node >= 0 && nodes[size_t(place[i].node)].role == Node::Problem) after = i + 1;
    // So does the rest of the line after findings read inside one sentence (…还有部分宿舍A、B。上述问题现已全部整改到位。),
    // and its first sentence speaks of all of them when it states their status (…B、C。学生已及时做出改正。).
    std::string rest;
    for (size_t i = after; i < segs.size(); i++) {
        const bool same_line = after > 0 && segs[i].line == segs[after - 1].line && segs[i].field == Field::Skip;
        if ((segs[i].field != Field::Skip || same_line) && (place[i].node < 0 || nodes[size_t(place[i].node)].role != Node::Problem))
            all += "。" + field(segs[i].b, segs[i].e);
        if (same_line) rest += field(segs[i].b, segs[i].e);
    }
    if (const std::string r = simplified(rest); !r.empty()) {
        const size_t stop = r.find("。", r.find("。") == 0 ? 3 : 0);
        const std::string_view first = std::string_view(r).substr(0, stop == npos ? npos : stop + 3);
        const StatusReading st = status_in(first, false);
        if (st.found && st.status == Status::Done) {
            for (ReadItem& it : out.items)
                if (!it.status.found) it.status = st, it.progress = trimmed(first);
            return;
        }
    }
    const std::string plain = simplified(all);
    for (size_t b = 0; b < plain.size();) {
        size_t e = plain.find("。", b);
        e = e == npos ? plain.size() : e + 3;
        const std::string_view sentence = std::string_view(plain).substr(b, e - b);
        b = e;
        // A clause of its own that says all were put right (…，实行期限后再回访，均已整改，整改率100%。) speaks of all of them.
        const std::string_view of_all = all_done_clause(sentence);
        if (of_all.empty() && !has_any(sentence, {"以上问题", "上述问题", "检查中出现的问题", "发现的问题", "所有问题", "各项问题"}) &&
            !all_rectified(trimmed(sentence)))
            continue;
        const StatusReading st = status_in(of_all.empty() ? sentence : of_all, false);
        if (!st.found) continue;
        for (ReadItem& it : out.items)
            if (!it.status.found) it.status = st, it.progress = std::string(sentence);
        return;
    }
}

void Reader::spans() {
    for (size_t i = 0; i < segs.size(); i++) {
        const Seg& g = segs[i];
        const SegPlace& p = place[i];
        if (p.noise) {
            if (out.spans.empty() || out.spans.back().begin != n.origin[g.b]) span(g.b, g.e, TextSpan::Ignored);
            continue;
        }
        if (p.node < 0) {
            span(g.b, g.e, p.piece == -2 ? TextSpan::Deadline : TextSpan::Body);
            continue;
        }
        const Node& x = nodes[size_t(p.node)];
        TextSpan::Kind k = TextSpan::Body;
        bool in_problem = x.role == Node::Problem;
        if (!in_problem && x.consumed) in_problem = true; // a paired list's measure
        if (x.role == Node::Section) k = TextSpan::Section;
        else if (in_problem && p.piece < 0) k = x.consumed ? TextSpan::Measure : TextSpan::Problem;
        else if (in_problem) {
            switch (x.pieces[size_t(p.piece)].field) {
            case Field::Problem: k = TextSpan::Problem; break;
            case Field::Measure: k = TextSpan::Measure; break;
            case Field::Situation:
            case Field::Progress:
            case Field::After: k = TextSpan::Progress; break;
            case Field::Responsible:
            case Field::Unit: k = TextSpan::Responsibility; break;
            case Field::Deadline: k = TextSpan::Deadline; break;
            default: k = TextSpan::Body; break;
            }
        } else if (x.parent >= 0 && nodes[size_t(x.parent)].role == Node::Problem) {
            k = TextSpan::Measure; // a numbered measure under its problem
        }
        span(g.b, g.e, k);
    }
    std::stable_sort(out.spans.begin(), out.spans.end(), [](const TextSpan& a, const TextSpan& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
}


} // namespace rectify::text
