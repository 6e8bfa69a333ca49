// Findings listed inside one sentence, for cutting a line into segments (text_segments.cpp): a counted
// finding (共发现A、B等2处隐患), findings split by ；, by 、 with no count, by commas as clauses (少数A…，个别B…),
// after 问题主要集中在, as examples (问题，包括A，B等) and things named between 对 and 等问题 that are acted on. Each
// splitter gives the byte where each part starts and where the list ends, or nothing. Linear in the line.
// Index: counted · ；-split · 、-split · led and examples · nested · quantified clauses.
#include <algorithm>
#include <vector>

#include "core/import/text_items_reader.h"
#include "core/import/text_sentence_lists.h"

namespace rectify::text {

using seg::at; // the byte helpers shared with text_segments.cpp
using seg::digit;
using seg::step;

// Where the sentence that starts `s` ends: its first 。, or the line's end.
size_t sentence_end(std::string_view s) {
    const size_t end = s.find("。");
    return end == std::string_view::npos ? s.size() : end;
}

namespace {

// Where each part of a list split by `sep` starts: `from`, then the byte after each `sep` before `end`.
std::vector<size_t> starts_after(std::string_view s, size_t from, size_t end, std::string_view sep) {
    std::vector<size_t> parts{from};
    for (size_t d = s.find(sep, from); d != std::string_view::npos && d < end; d = s.find(sep, d + sep.size()))
        parts.push_back(d + sep.size());
    return parts;
}

// The first thing named after 发现/存在 (at `from`, before `k`): past the words that only join them to it
// (发现的A、B…, 发现了A…, 存在着A…, 发现了一些A、B…).
size_t after_lead(std::string_view s, size_t from, size_t k) {
    while (from < k && (at(s, from, ":") || at(s, from, "的") || at(s, from, "了") || at(s, from, "着"))) from += at(s, from, ":") ? 1 : 3;
    if (from + 6 < k && at(s, from, "一些")) from += 6;
    // 问题：主要是A；B: the words that say the list is the problems are no part of its first finding.
    for (std::string_view w : {"主要是", "主要有", "具体是"})
        if (from + w.size() < k && at(s, from, w)) from += w.size();
    return from;
}

// The things named before byte `k` (where 等 or 的 starts) after the last 发现/存在 in its sentence,
// split by 、: the byte where each starts; empty when no 发现/存在 leads in. Looked for in the 600
// bytes before `k`, so the scan stays linear on a document written on one line.
std::vector<size_t> found_parts(std::string_view s, size_t k) {
    const size_t w0 = k > 600 ? k - 600 : 0;
    const std::string_view window = s.substr(w0, k - w0);
    size_t from = std::string_view::npos;
    for (std::string_view w : {"发现", "存在"})
        if (size_t f = window.rfind(w); f != std::string_view::npos && (from == std::string_view::npos || w0 + f + w.size() > from))
            from = w0 + f + w.size();
    if (from == std::string_view::npos || s.substr(from, k - from).find("。") != std::string_view::npos) return {};
    // A part that says 存在 itself (存在A、消防安全存在B等问题): the list starts at the 发现/存在 before
    // it in the sentence, when a 、 parts the two.
    for (size_t at2 = from - 6; at2 > w0;) {
        size_t e = std::string_view::npos;
        for (std::string_view w : {"发现", "存在"})
            if (size_t f = s.substr(w0, at2 - w0).rfind(w); f != std::string_view::npos && (e == std::string_view::npos || w0 + f > e)) e = w0 + f;
        if (e == std::string_view::npos) break;
        const std::string_view between = s.substr(e + 6, at2 - e - 6);
        if (between.find("。") != std::string_view::npos || between.find("、") == std::string_view::npos) break;
        from = e + 6;
        at2 = e;
    }
    // 不存在A、B等问题 / 未发现A、B等隐患: said not found.
    for (std::string_view no : {"不", "未", "没有", "无"})
        if (from >= 6 + no.size() && at(s, from - 6 - no.size(), no)) return {};
    return starts_after(s, after_lead(s, from, k), k, "、");
}

} // namespace

// A counted finding inside a sentence: 共发现A、B、C等3处安全隐患 / 存在A、B等2个问题. The byte
// where each named thing starts and where 等 starts, when the things named are as many as the
// count; else empty.
std::vector<size_t> counted_parts(std::string_view s) {
    for (size_t k = s.find("等"); k != std::string_view::npos; k = s.find("等", k + 3)) {
        size_t len = 0;
        int n = digits_at(s, k + 3, len, 2);
        if (!n) n = cn_at(s, k + 3, len);
        size_t u = k + 3 + len;
        if (n < 2 || !(at(s, u, "处") || at(s, u, "个") || at(s, u, "项") || at(s, u, "条"))) continue;
        const std::string_view after = s.substr(u, 45);
        if (after.find("隐患") == std::string_view::npos && after.find("问题") == std::string_view::npos) continue;
        std::vector<size_t> parts = found_parts(s, k);
        if (int(parts.size()) != n) continue;
        bool ok = true;
        for (size_t p = 0; p < parts.size(); p++) ok &= (p + 1 < parts.size() ? parts[p + 1] - 3 : k) - parts[p] >= 6;
        if (!ok) continue;
        parts.push_back(k);
        return parts;
    }
    return {};
}

namespace {

// A thing found wrong, said as a clause (宣传氛围不浓, 办园条件简陋, 管理制度不健全, 工作进度较慢): a shortcoming's
// word, a 不, a word of lack or excess, or of slowness. A thing checked, named alone (校舍安全, 设施设备), is none.
bool deficient(std::string_view part) {
    if (shortcoming(part) || part.find("不") != std::string_view::npos) return true;
    if (at(part, 0, "无") && part.size() > 3) return true; // 无证无照经营, 无减速带: a lack
    // A thing that lacks what it holds, said last (喷淋无压, 消防栓无水): 无 and one character close the clause.
    if (part.size() >= 9 && at(part, part.size() - 6, "无")) return true;
    for (std::string_view w : {"简陋", "低下", "较多", "过多", "偏多", "偏少", "偏低", "突出", "薄弱", "滞后", "淡漠", "混乱", "陈旧", "狭小",
                          "拥挤", "狭窄", "欠缺", "没有", "有差距", "需提升", "需提高", "待提高", "待改进", "过长", "过大", "过小", "过高", "过低",
                               "过重", "过于", "弱项", "疏漏", "短板", "差距", "乱", "松懈", "松散", "涣散", "淡薄", "杂物", "严重", "较重",
                               "较慢", "偏慢", "过慢", "缓慢", "迟缓", "漏记", "漏登", "漏填", "遗漏", "渗漏", "漏水", "漏雨", "漏电",
                               // a safety device put out of use or a rule broken (逃生窗锁死, 自动报警停用, 擅自拆除防火门)
                               "锁死", "锁闭", "停用", "失灵", "失效", "遮挡", "占用", "擅自",
                               // work done without the licence it needs, said inside the clause (作业人员无证上岗, 司炉工无证操作)
                               "无证",
                               // nobody at a post that must be staffed (值班室无人接听, 监控室无人值守)
                               "无人"})
        if (part.find(w) != std::string_view::npos) return true;
    // Goods kept in a way out (疏散楼梯间堆放纸箱, 安全出口处堆积杂物): a way out blocked, as 占用 says.
    return has_any(part, {"堆放", "堆积", "堆满"}) && has_any(part, {"通道", "楼梯", "出口"});
}

} // namespace

// Findings in one sentence split by ；, with no count (检查中发现A有违规食品；B台账不全；C地面不洁。): the
// byte where each starts and where the sentence ends, when there are two or more after 发现/存在 and
// each names a shortcoming; else empty. A lead-in to a list (以下, 如下) or a summary is none.
std::vector<size_t> semicolon_parts(std::string_view s, std::string_view before) {
    const size_t end = sentence_end(s);
    const std::string_view sentence = s.substr(0, end);
    const size_t first = sentence.find(';');
    if (first == std::string_view::npos) return {};
    size_t from = std::string_view::npos;
    for (std::string_view w : {"发现", "存在"})
        if (size_t f = sentence.substr(0, first).rfind(w); f != std::string_view::npos && (from == std::string_view::npos || f + w.size() > from))
            from = f + w.size();
    // A colon whose lead-in names the list problems (存在以下违规行为：A；B；C / …发现了一些问题。主要是：A；B；C, the
    // sentence before naming them): every part is a finding, whatever its words.
    const size_t colon = sentence.substr(0, first).rfind(':');
    const std::string_view upto = before.substr(0, before.size() >= 3 && before.substr(before.size() - 3) == "。" ? before.size() - 3 : before.size());
    const size_t said = upto.rfind("。") == std::string_view::npos ? 0 : upto.rfind("。") + 3;
    const std::string_view prev = upto.substr(said); // the sentence before
    const bool prev_found = has_any(prev, {"发现", "存在"}) && has_any(prev, {"问题", "不足", "隐患"});
    bool named = false;
    if (colon != std::string_view::npos) {
        const std::string_view lead = sentence.substr(0, colon);
        const bool names = has_any(lead, {"问题", "不足", "隐患", "违规", "违纪", "短板"});
        if (from != std::string_view::npos && colon >= from) named = names && !has_any(lead, {"是否", "共发现", "个问题", "项问题", "处隐患"});
        if (from == std::string_view::npos && has_any(lead, {"主要是", "主要有", "具体是", "主要表现为", "主要表现在", "主要包括", "具体表现为"}) &&
            colon <= 18 && prev_found)
            named = true, from = colon;
        // Problems said to have come up (但也出现了以下问题：A；B等问题): found, as 发现 says it.
        if (from == std::string_view::npos && names && lead.find("出现") != std::string_view::npos && !has_any(lead, {"是否", "如果", "一旦", "防止", "避免"}))
            named = true, from = colon;
    }
    // Right after a sentence that found problems without naming them (…但仍存在一些问题。A不准确；还有B…): the
    // sentence is the list, each part naming what is wrong.
    if (from == std::string_view::npos && colon == std::string_view::npos && prev_found &&
        has_any(prev.substr(prev.size() > 12 ? prev.size() - 12 : 0), {"问题", "不足", "隐患"}))
        from = 0;
    // A clause that says hazards were found, no more, before the list (发现这里存在多处安全隐患，A；B，…；C): it names the
    // parts the hazards, whatever their words, and the list starts after its comma.
    if (colon == std::string_view::npos)
        for (std::string_view w : {"隐患,", "问题,"}) {
            const size_t h = sentence.substr(0, first).find(w);
            if (h == std::string_view::npos) continue;
            const size_t c = clause_start_near(sentence, h, {",", ";", ":"});
            const std::string_view clause = sentence.substr(c, h - c);
            size_t k = clause.rfind("存在");
            if (k == std::string_view::npos) k = clause.rfind("发现");
            if (k == std::string_view::npos || char_count(clause.substr(k + 6)) > 6 || has_any(clause, {"是否", "如", "若", "一旦", "防止", "避免", "不存在", "未发现"}))
                continue;
            named = true;
            from = h + w.size() - 1; // the comma: the first part starts after it
            break;
        }
    if (from == std::string_view::npos) return {};
    if (!named)
        for (std::string_view w : {"以下", "如下", "共发现", "是否", "个问题", "项问题", "处隐患"})
            if (sentence.find(w) != std::string_view::npos) return {};
    // A lead-in that names the list before a colon (存在一些问题，主要是：A；B；C): the list starts after it.
    if (colon != std::string_view::npos && colon >= from) from = colon;
    std::vector<size_t> parts = starts_after(s, after_lead(s, from, first), end, ";");
    // A last part that found nothing (…；D公司暂未发现问题。) is none of the findings: the list ends before it.
    size_t stop = end;
    while (parts.size() > 2 && has_any(s.substr(parts.back(), stop - parts.back()), {"未发现问题", "未发现隐患", "未发现安全隐患", "无问题"})) {
        stop = parts.back() - 1;
        parts.pop_back();
    }
    // Parts that each open by naming whom (部分寝室存在A；部分寝室B；个别寝室C): findings told unit by unit,
    // whatever their words (the first part opens the sentence).
    bool whom = parts.size() >= 2;
    for (size_t p = 0; p < parts.size() && whom; p++) {
        size_t q = p == 0 ? 0 : parts[p];
        for (std::string_view w : {"但仍有", "但也有", "还有", "也有", "另有", "同时", "此外"})
            if (at(s, q, w)) q += w.size();
        whom = at(s, q, "部分") || at(s, q, "个别") || at(s, q, "少数") || at(s, q, "有的") || at(s, q, "一些");
    }
    for (size_t p = 0; p < parts.size(); p++) {
        const std::string_view part = s.substr(parts[p], (p + 1 < parts.size() ? parts[p + 1] - 1 : stop) - parts[p]);
        if (part.size() < 12 || (!named && !whom && !deficient(part))) return {};
    }
    parts.push_back(stop);
    return parts;
}

namespace {

// Where a list of findings ends before the word 问题/隐患 at `w`: at 等 (等问题, 等安全隐患, 等较为突出问题: a
// few words between, no punctuation) or at 的 (的问题); npos when neither, or when a count follows 等.
size_t list_end(std::string_view s, size_t w) {
    const size_t w0 = w > 24 ? w - 24 : 0;
    size_t e = s.substr(w0, w - w0).rfind("等");
    if (e != std::string_view::npos) e += w0;
    if (e == std::string_view::npos && w >= 3 && at(s, w - 3, "的")) e = w - 3;
    if (e == std::string_view::npos || digit(s, e + 3)) return std::string_view::npos;
    const std::string_view between = s.substr(e, w - e);
    if (between.find(",") != std::string_view::npos || between.find("、") != std::string_view::npos ||
        between.find("。") != std::string_view::npos)
        return std::string_view::npos;
    return e;
}

// The things named between 对 and 等问题 when the problems are acted on (对留样不到位、消毒记录不全等问题进行纠正 /
// 予以整改): what was found, though no 发现/存在 says so. `e` is where 等 starts, `w` where 问题/隐患 does; split
// by 、 from the last 对 in the clause, empty when none.
std::vector<size_t> acted_on_parts(std::string_view s, size_t e, size_t w) {
    const size_t after = w + 6;
    // 针对A、B等问题，现场责令立即整改 / …，提出整改意见: the clause after the comma orders them put right.
    bool ordered = false;
    if (s.size() > after && s[after] == ',') {
        const size_t stop = clause_end_near(s, after + 1, {",", "。"});
        const std::string_view next = s.substr(after + 1, stop - after - 1);
        ordered = next.find("整改") != std::string_view::npos || next.find("纠正") != std::string_view::npos || next.find("改正") != std::string_view::npos;
    }
    if (!(ordered || at(s, after, "进行") || at(s, after, "予以") || at(s, after, "逐一进行") || at(s, after, "当场进行"))) return {};
    const size_t clause = clause_start_near(s, e, {",", ";", "。", ":"});
    const size_t d = s.substr(clause, e - clause).rfind("对");
    if (d == std::string_view::npos) return {};
    std::vector<size_t> parts = starts_after(s, clause + d + 3, e, "、");
    // A part that names nothing wrong shares the predicate of the one before it (未按要求设立专柜、专区储存食品):
    // one finding, not two.
    for (size_t p = 1; p < parts.size();) {
        const size_t end = p + 1 < parts.size() ? parts[p + 1] - 3 : e;
        if (!deficient(s.substr(parts[p], end - parts[p])) && deficient(s.substr(parts[p - 1], parts[p] - 3 - parts[p - 1])))
            parts.erase(parts.begin() + std::ptrdiff_t(p));
        else
            p++;
    }
    return parts;
}

// Quoted findings right before 等问题 (针对巡视反馈的“A，B”“C”等问题 / 指出的“A”、“B”等问题): the words of a feedback,
// one finding each, whatever they say. The byte where each quotation opens, when two or more follow one another up to
// `e` (where 等 starts) and a lead-in names them fed back or found; else empty. Each opening is looked for within
// 300 bytes, the lead-in within 30: bounded, so linear however many 问题 the line holds.
std::vector<size_t> quoted_parts(std::string_view s, size_t e) {
    constexpr std::string_view open = "“", close = "”";
    std::vector<size_t> starts;
    for (size_t end = e; end >= close.size() && s.compare(end - close.size(), close.size(), close) == 0;) {
        const size_t lo = end > 300 ? end - 300 : 0;
        const std::string_view inside = s.substr(lo, end - close.size() - lo);
        const size_t o = inside.rfind(open);
        if (o == std::string_view::npos || inside.find(close, o) != std::string_view::npos) break;
        starts.insert(starts.begin(), lo + o);
        end = lo + o;
        if (end >= 3 && at(s, end - 3, "、")) end -= 3;
    }
    if (starts.size() < 2) return {};
    const size_t from = starts.front() > 30 ? starts.front() - 30 : 0;
    const std::string_view lead = s.substr(from, starts.front() - from);
    for (std::string_view w : {"反馈的", "指出的", "发现的", "反映的", "提出的", "存在", "针对"})
        if (lead.find(w) != std::string_view::npos) return starts;
    return {};
}

// Every part of a list (its starts `parts`, its end `e`) is a clause naming what is wrong.
bool all_deficient(std::string_view s, const std::vector<size_t>& parts, size_t e) {
    for (size_t p = 0; p < parts.size(); p++) {
        const size_t next = p + 1 < parts.size() ? parts[p + 1] - (s[parts[p + 1] - 1] == ',' ? 1 : 3) : e;
        std::string_view part = s.substr(parts[p], next - parts[p]);
        while (!part.empty() && (part.back() == ',' || part.back() == ';')) part.remove_suffix(1);
        if (part.size() < 9 || part.find(",") != std::string_view::npos || !deficient(part)) return false;
    }
    return true;
}

// The list's own closing words name its parts problems (发现A、B、C等问题 / 存在A、B等安全隐患): each part is a finding
// whatever its words (消防控制室值班人员脱岗, 疏散楼梯间封闭), when each is a clause of five characters or more with no comma
// (a topic, 食品安全、消防安全等问题, is shorter) and at least one names a shortcoming by its words; asked or supposed
// (是否存在…, 防止…) it names none.
bool named_problems(std::string_view s, const std::vector<size_t>& parts, size_t e, size_t w) {
    if (!(at(s, e, "等问题") || at(s, e, "等隐患") || at(s, e, "等安全隐患") || at(s, e, "等火灾隐患")) || w > e + 12) return false;
    const size_t from = parts.front() > 60 ? parts.front() - 60 : 0;
    if (has_any(s.substr(from, parts.front() - from), {"是否", "防止", "避免", "如果", "一旦", "针对", "对于"})) return false;
    bool any = false;
    for (size_t p = 0; p < parts.size(); p++) {
        const size_t next = p + 1 < parts.size() ? parts[p + 1] - (s[parts[p + 1] - 1] == ',' ? 1 : 3) : e;
        const std::string_view part = s.substr(parts[p], next - parts[p]);
        if (char_count(part) < 5 || part.find(',') != std::string_view::npos) return false;
        any |= deficient(part);
    }
    return any;
}

// A clause at s[i] that goes on from the one before (，导致… ，造成… ，但…) rather than naming a thing of its own.
bool continues_clause(std::string_view s, size_t i) {
    for (std::string_view w : {"导致", "造成", "致使", "从而", "使", "影响", "但", "而", "并", "且", "其中"})
        if (at(s, i, w)) return true;
    return false;
}

// The things named from `from` to `e` split by 、 and by commas (存在A、B较脏，C较乱等问题 / 存在A较多，B杂乱的问题):
// where each starts; empty when a clause after a comma goes on from the one before (导致…, 造成…) rather
// than naming a thing of its own.
std::vector<size_t> clause_parts(std::string_view s, size_t from, size_t e) {
    std::vector<size_t> parts{from};
    for (size_t i = from; i < e; i = step(s, i)) {
        if (at(s, i, "、")) parts.push_back(i + 3);
        else if (s[i] == ',') {
            if (continues_clause(s, i + 1)) return {};
            parts.push_back(i + 1);
        }
    }
    return parts;
}

// Things joined by 、 inside a comma's clause that share what is said of them (疏散楼梯、安全出口不畅): one
// finding, not two. A part before a 、 that names nothing wrong goes with the part after it; from the last part back,
// so a run of them (机房、轿顶、底坑、井道照明失效) all go with the one that says what is wrong.
std::vector<size_t> shared_predicates(std::string_view s, std::vector<size_t> parts, size_t e) {
    // One pass back, then one compaction (no erase per part: a long run stays linear). `says`: the part after p, with
    // whatever joined it, says what is wrong.
    std::vector<bool> keep(parts.size(), true);
    bool says = !parts.empty() && deficient(s.substr(parts.back(), e - parts.back()));
    for (size_t p = parts.empty() ? 0 : parts.size() - 1; p-- > 0;) {
        const size_t next = parts[p + 1];
        const bool dun = at(s, next - 3, "、");
        const size_t sep = dun ? 3 : (s[next - 1] == ',' || s[next - 1] == ';' ? 1 : 0);
        const bool bare = !deficient(s.substr(parts[p], next - sep - parts[p]));
        if (dun && bare && says) keep[p + 1] = false; // p takes the part after it, and what it says
        else says = !bare;
    }
    std::vector<size_t> out;
    for (size_t p = 0; p < parts.size(); p++)
        if (keep[p]) out.push_back(parts[p]);
    return out;
}

} // namespace

// Findings named in one sentence split by 、 with no count (发现A不浓、B不全、C较多等问题 / 存在A不完善、B不健全
// 的问题): the byte where each starts and where 等/的 starts, when two or more follow 发现/存在 in the
// sentence and every one is a clause naming what is wrong; else empty. Things checked (对校舍、消防等
// 情况进行了检查) name nothing wrong; a count is counted_parts'. A second such list joined by 及/以及/和
// (存在A、B等隐患及C、D等问题) goes on: the byte where its joining words (等隐患及) start is in `joins`.
std::vector<size_t> enumerated_parts(std::string_view s, std::vector<size_t>& joins) {
    for (size_t k = s.find("问题"), h = s.find("隐患"); k != std::string_view::npos || h != std::string_view::npos;) {
        const size_t w = std::min(k, h);
        if (w == k) k = s.find("问题", k + 6);
        else h = s.find("隐患", h + 6);
        const size_t e = list_end(s, w);
        if (e == std::string_view::npos) continue;
        if (std::vector<size_t> quoted = quoted_parts(s, e); !quoted.empty()) {
            quoted.push_back(e);
            return quoted;
        }
        std::vector<size_t> parts = found_parts(s, e);
        if (parts.empty()) parts = acted_on_parts(s, e, w);
        // Parts split by ； (发现了一些问题：主要是A；B；C，D等方面的问题) are the ；-list's (semicolon_parts), not commas'.
        if (!parts.empty() && s.substr(parts[0], e - parts[0]).find(';') != std::string_view::npos) continue;
        if (!parts.empty() && s.substr(parts[0], e - parts[0]).find(',') != std::string_view::npos) parts = shared_predicates(s, clause_parts(s, parts[0], e), e);
        if (parts.size() < 2 || (!all_deficient(s, parts, e) && !named_problems(s, parts, e, w))) continue;
        size_t g = w + 6, end = e;
        // A second list after ；, led by its own 存在 (在A方面存在a、b等问题；在B方面存在c，d等问题): its things too, the
        // joining words (等问题；在B方面存在) neither's item. Looked for within 600 bytes after the ； (found_parts' window),
        // and at most 8 lists (a sentence holds a few): the joins are looked up once a part, so more would be quadratic on a
        // line of such lists with no full stop.
        for (int lists = 1; lists < 8 && g < s.size() && s[g] == ';'; lists++) {
            const std::string_view win = s.substr(g, 600);
            const size_t stop = g + std::min(win.find("。"), win.size());
            const size_t w2 = g + std::min({win.find("问题"), win.find("隐患"), win.size()});
            const size_t e2 = w2 < stop ? list_end(s, w2) : std::string_view::npos;
            if (e2 == std::string_view::npos || e2 <= g) break;
            // Its own 存在, after the ；: the first list's 存在 is no lead of this one.
            std::vector<size_t> more = found_parts(s.substr(g), e2 - g);
            if (more.empty()) break;
            for (size_t& m : more) m += g;
            if (s.substr(more[0], e2 - more[0]).find(',') != std::string_view::npos) more = shared_predicates(s, clause_parts(s, more[0], e2), e2);
            if (more.size() < 2 || !all_deficient(s, more, e2)) break;
            joins.push_back(end);
            parts.push_back(end);
            parts.insert(parts.end(), more.begin(), more.end());
            end = e2;
            g = w2 + 6;
        }
        for (std::string_view j : {"以及", "及", "和"})
            if (at(s, g, j)) {
                g += j.size();
                // The second list ends at the next 问题/隐患 in the sentence.
                const size_t stop = std::min(s.find("。", g), s.size());
                size_t w2 = std::min(s.find("问题", g), s.find("隐患", g));
                const size_t e2 = w2 < stop ? list_end(s, w2) : std::string_view::npos;
                if (e2 == std::string_view::npos || e2 <= g) break;
                const std::vector<size_t> more = starts_after(s, g, e2, "、");
                if (more.size() < 2 || !all_deficient(s, more, e2)) break;
                joins.push_back(e);
                parts.push_back(e);
                parts.insert(parts.end(), more.begin(), more.end());
                end = e2;
                break;
            }
        parts.push_back(end);
        return parts;
    }
    return {};
}

// Findings named after a lead-in that says they are the problems (存在的问题主要集中在A、B、C等方面 /
// 问题主要表现在A、B): the byte where each starts and where the list ends (at 等 or the clause's end),
// when two or more, each a few words with no comma; else empty. The lead-in names them problems, so
// no part needs a shortcoming's word.
std::vector<size_t> led_parts(std::string_view s) {
    const size_t end = sentence_end(s);
    // …发现的主要问题是A、B、C等 names them the problems the same way.
    for (std::string_view lead : {"问题主要集中在", "问题主要集中于", "问题主要表现在", "问题主要表现为", "问题主要体现在", "主要问题是", "主要问题有", "主要问题为"}) {
        const size_t l = s.substr(0, end).find(lead);
        if (l == std::string_view::npos) continue;
        const size_t from = l + lead.size();
        size_t stop = s.find(",", from);
        if (stop == std::string_view::npos || stop > end) stop = end;
        std::vector<size_t> parts = starts_after(s, from, stop, "、");
        size_t e = stop;
        if (size_t q = s.substr(parts.back(), stop - parts.back()).rfind("等"); q != std::string_view::npos) e = parts.back() + q;
        if (parts.size() < 2) return {};
        for (size_t p = 0; p < parts.size(); p++)
            if ((p + 1 < parts.size() ? parts[p + 1] - 3 : e) - parts[p] < 9) return {};
        parts.push_back(e);
        return parts;
    }
    return {};
}

// Findings given as examples after a lead-in that names them problems (存在一些问题，包括A，B，C等。/ 发现了一些
// 问题，如A，B等情况): the byte where each starts (split by commas and 、) and where 等 or the sentence's end
// stands, when two or more; else empty. 如何/如果/如下 lead into no examples.
std::vector<size_t> example_parts(std::string_view s) {
    const size_t end = sentence_end(s);
    const std::string_view sentence = s.substr(0, end);
    for (std::string_view lead : {"问题,包括", "问题,如", "问题,主要有", "问题,比如", "问题,例如", "不足,包括", "不足,如"}) {
        const size_t l = sentence.find(lead);
        if (l == std::string_view::npos) continue;
        const size_t from = l + lead.size();
        const std::string_view before = sentence.substr(0, l);
        if (has_any(sentence.substr(from, 3), {"何", "果", "下", "期", "实", "此"}) ||
            (before.find("存在") == std::string_view::npos && before.find("发现") == std::string_view::npos))
            return {};
        size_t e = end;
        if (size_t q = sentence.rfind("等"); q != std::string_view::npos && q > from) e = q;
        // Examples split by ； (如A；B；C等违规情况) are one each, whatever commas a part holds.
        const bool semis = sentence.substr(from, e - from).find(';') != std::string_view::npos;
        std::vector<size_t> parts = semis ? starts_after(s, from, e, ";") : clause_parts(s, from, e);
        if (parts.size() < 2) return {};
        for (size_t p = 0; p < parts.size(); p++)
            if ((p + 1 < parts.size() ? parts[p + 1] - (s[parts[p + 1] - 1] == ',' ? 1 : 3) : e) - parts[p] < 9) return {};
        parts.push_back(e);
        return parts;
    }
    return {};
}

// A part of a split list that is itself a list (…缺乏A；个别学校还存在B不规范，C不畅，D不足等问题。): its things, one
// finding each; the words joining it (个别学校还存在) and its 等问题 are no finding (their bytes go to `joins`).
std::vector<size_t> nested_lists(std::string_view s, const std::vector<size_t>& parts, std::vector<size_t>& joins) {
    std::vector<size_t> out;
    for (size_t p = 0; p + 1 < parts.size(); p++) {
        std::vector<size_t> inner_joins;
        std::vector<size_t> inner = enumerated_parts(s.substr(parts[p], parts[p + 1] - parts[p]), inner_joins);
        if (inner.size() < 3 || std::find(joins.begin(), joins.end(), parts[p]) != joins.end()) {
            out.push_back(parts[p]);
            continue;
        }
        for (size_t& k : inner) k += parts[p];
        for (size_t k : inner_joins) joins.push_back(k + parts[p]);
        if (inner.front() > parts[p]) out.push_back(parts[p]), joins.push_back(parts[p]); // 个别学校还存在
        out.insert(out.end(), inner.begin(), inner.end());
        joins.push_back(inner.back()); // 等问题 up to the next part
    }
    out.push_back(parts.back());
    return out;
}

// Findings after 发现 as clauses split by commas, each naming whom it concerns by a quantity (检查发现大部分
// 宿舍整洁，但仍有少数宿舍卫生状况不好，个别学生安全意识淡漠。): the byte where each starts (after 但/仍有) and
// where the sentence ends, when two or more such clauses close the sentence and each names what is wrong.
std::vector<size_t> quantified_parts(std::string_view s) {
    const size_t end = sentence_end(s);
    // A check's results told without 发现 (检查结果显示，各校均…；但也有个别学校A，B。) lead in the same way.
    size_t f = s.substr(0, end).find("发现"), lead = 6;
    if (f == std::string_view::npos) f = s.substr(0, end).find("结果显示"), lead = 12;
    // Units counted after a check's own figures (检查锅炉95台，其中有2个单位A，2个单位B，查获1台C): 其中 leads in the run.
    if (f == std::string_view::npos) f = s.substr(0, end).find(",其中有"), lead = 1;
    if (f == std::string_view::npos) return {};
    std::vector<size_t> parts;
    // Clauses end at commas and at ；(…应急预案；但也有个别学校A，B).
    std::vector<size_t> clauses = starts_after(s, f + lead, end, ",");
    for (size_t c : starts_after(s, f + lead, end, ";"))
        if (c != f + lead) clauses.push_back(c);
    std::sort(clauses.begin(), clauses.end());
    size_t close = end;
    for (size_t i = 0; i < clauses.size() && clauses[i] < end; i++) {
        const size_t c = clauses[i], stop = i + 1 < clauses.size() ? clauses[i + 1] - 1 : end;
        // What the checkers did at once about the run (…，1家单位存在B的情况，当即指出…，并责令…) closes it.
        if (parts.size() >= 2 && has_any(s.substr(c, 6), {"当即", "当场", "随即"})) {
            close = c - 1;
            break;
        }
        size_t q = c;
        for (std::string_view w : {"但仍有", "但还有", "但也有", "但是", "但", "也有", "仍有", "还有", "尚有", "其中有", "其中"})
            if (at(s, q, w)) q += w.size();
        // …得到初步改善，但仍存在个别死角未整改到位，B…: 存在 before the whom only says it is there.
        for (std::string_view w : {"仍存在", "还存在", "也存在"})
            if (at(s, q, w)) q += w.size();
        bool counted = false;
        for (std::string_view w : {"少数", "极少数", "个别", "极个别", "部分", "少部分", "小部分", "一些", "有的"}) counted |= at(s, q, w);
        // Units counted (其中28家旅行社A，24家水果店B，69家海鲜店C): whom by a number and its measure word.
        if (size_t len = 0; !counted && (digits_at(s, q, len, 4) || cn_at(s, q, len)))
            for (std::string_view m : {"家", "所", "个", "户", "名", "辆", "处", "间", "座", "台", "条"}) counted |= at(s, q + len, m);
        // A clause that goes on from the one before (，且B堆放杂乱 / ，导致… / ，存在安全隐患) joins its finding, inside a run.
        const std::string_view clause = s.substr(q, stop - q);
        const bool concludes = (at(s, q, "存在") || at(s, q, "有")) && clause.size() <= 24 &&
                               (ends_with(clause, "隐患") || ends_with(clause, "风险") || ends_with(clause, "问题"));
        if (!parts.empty() && !counted && (continues_clause(s, q) || concludes)) continue;
        // After one naming whom (部分学校A不强，B不到位，C不明确 / 有的A，有的B，在C方面存在薄弱环节), a clause
        // naming what is wrong goes on with the run; so does one right after 发现 (检查中发现A没有消防器材，…), unless
        // it counts them all (发现隐患163处，其中…).
        const bool first = c == f + lead && clause.find_first_of("0123456789") == std::string_view::npos;
        const bool goes_on = !counted && (!parts.empty() || first) && !continues_clause(s, q);
        if ((counted || goes_on) && stop - q >= 12 && deficient(s.substr(q, stop - q))) parts.push_back(q);
        else parts.clear(); // the run must close the sentence
    }
    if (parts.size() < 2) return {};
    parts.push_back(close);
    return parts;
}

// Findings told as title sentences inside one paragraph, each a kind of problem with its verdict (…予以通报。经营场所消防
// 器材损坏或配备不足问题较为突出。部分景区…；…。经营场所锁闭安全通道问题普遍存在。…): the byte where each title
// sentence starts (the cases after it are its description) and the line's end, when two or more. A title is short
// (at most 40 characters) and ends 问题 + a verdict + 。; it is looked for back to the last 。 within 150 bytes.
std::vector<size_t> titled_sentences(std::string_view s) {
    std::vector<size_t> parts;
    for (size_t k = s.find("问题"); k != std::string_view::npos; k = s.find("问题", k + 6)) {
        size_t v = 0;
        for (std::string_view w : {"较为突出", "比较突出", "十分突出", "普遍存在", "较为普遍", "比较普遍", "较为频发", "时有发生", "屡有发生",
                                   "依然突出", "仍然突出", "仍较突出"})
            if (at(s, k + 6, w)) v = w.size();
        if (!v || !at(s, k + 6 + v, "。")) continue;
        const size_t lo = k > 150 ? k - 150 : 0;
        const size_t stop = s.substr(lo, k - lo).rfind("。");
        const size_t start = stop == std::string_view::npos ? (lo == 0 ? 0 : std::string_view::npos) : lo + stop + 3;
        if (start == std::string_view::npos || k + 6 + v - start > 120 || s.substr(start, k - start).find_first_of(",;:") != std::string_view::npos)
            continue;
        if (parts.empty() || start > parts.back()) parts.push_back(start);
    }
    if (parts.size() < 2) return {};
    parts.push_back(s.size());
    return parts;
}

} // namespace rectify::text
