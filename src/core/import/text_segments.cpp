// Cutting a document into segments for the item reader (text_items.h): each physical line is
// cut where an inline label (整改措施: 责任人: 问题二:) or a numbering mark (1. （一） 二、) starts
// inside it, so a whole document on one line reads like one written line by line (also 一是…；二是…
// after a colon, a counted finding 共发现A、B等2处隐患, and findings in one sentence split by ；, by 、 with
// no count, by commas as clauses 少数A…，个别B…, or by 、 after 问题主要集中在: one segment each). Also:
// what a numbering mark, a label and a table header cell are. Linear: a fixed set of words is tried at each character of a line.
// Index: numbering marks · labels · table columns · segments.
#include <algorithm>
#include <vector>

#include "core/import/text_items.h"
#include "core/import/text_items_reader.h"
#include "core/utf8.h"

namespace rectify::text {

namespace {

bool digit(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
bool at(std::string_view s, size_t i, std::string_view w) { return s.compare(i, w.size(), w) == 0; }
size_t step(std::string_view s, size_t i) { return i + std::max<size_t>(1, utf8_lead_length(static_cast<unsigned char>(s[i]))); }

// A Chinese numeral of one to three characters at s[i] (一 … 九十九); its value, length in len.
int cn_at(std::string_view s, size_t i, size_t& len) {
    len = 0;
    while (len < 9 && i + len + 3 <= s.size() && (cn_value(s.substr(i + len, 3)) > 0 || at(s, i + len, "十") || at(s, i + len, "零")))
        len += 3;
    while (len > 0 && cn_value(s.substr(i, len)) == 0) len -= 3;
    return len ? cn_value(s.substr(i, len)) : 0;
}

int digits_at(std::string_view s, size_t i, size_t& len, size_t max = 3) {
    len = 0;
    int v = 0;
    while (len < max && digit(s, i + len)) v = v * 10 + (s[i + len++] - '0');
    return len ? v : 0;
}

// The character ending just before s[i] is a CJK one (its lead byte is 0xE3 or above).
bool cjk_before(std::string_view s, size_t i) {
    size_t k = i;
    while (k > 0 && (static_cast<unsigned char>(s[k - 1]) & 0xC0) == 0x80) k--;
    return k > 0 && k < i && static_cast<unsigned char>(s[k - 1]) >= 0xE3;
}

} // namespace

// ---- numbering marks ----------------------------------------------------------------------------------

namespace {
// A day written in full at s[i]: 3月26日 / 3月26号 / 2024年….
bool full_date_at(std::string_view s, size_t i) {
    size_t len = 0;
    if (!digits_at(s, i, len, 4)) return false;
    if (len == 4) return at(s, i + len, "年");
    size_t d = i + len + 3, dl = 0;
    return at(s, i + len, "月") && digits_at(s, d, dl, 2) && (at(s, d + dl, "日") || at(s, d + dl, "号"));
}
} // namespace

// The numbering mark at s[i], when there is one. line_start: marks that only number a line (一是,
// 第一, 1-1, "-", a line of digits) are read there alone.
bool mark_at(std::string_view s, size_t i, bool line_start, MarkAt& m) {
    size_t len = 0;
    m = {};
    if (at(s, i, "(")) {
        if (int v = cn_at(s, i + 1, len); v && at(s, i + 1 + len, ")")) return m = {Style::CnParen, v, len + 2}, true;
        if (int v = digits_at(s, i + 1, len, 2); v && at(s, i + 1 + len, ")")) return m = {Style::ArParen, v, len + 2}, true;
        return false;
    }
    if (int v = cn_at(s, i, len)) {
        if (at(s, i + len, "、")) return m = {Style::CnDun, v, len + 3}, true;
        if (line_start && at(s, i + len, ":") && v > 1) return m = {Style::CnDun, v, len + 1}, true; // 四:各食堂… (一、二、三、 then 四:)
        if (line_start && at(s, i + len, "是")) return m = {Style::Shi, v, len + 3}, true;
        return false;
    }
    if (line_start && at(s, i, "第")) {
        int v = cn_at(s, i + 3, len);
        if (v && (at(s, i + 3 + len, ",") || at(s, i + 3 + len, "、") || at(s, i + 3 + len, ":")))
            return m = {Style::Di, v, 3 + len + (at(s, i + 3 + len, "、") ? 3 : 1)}, true;
        return false;
    }
    if (digit(s, i)) {
        if (i > 0 && (digit(s, i - 1) || s[i - 1] == '.' || s[i - 1] == '-' || (s[i - 1] >= 'A' && s[i - 1] <= 'Z'))) return false;
        int v = digits_at(s, i, len);
        if (!v && len != 2) return false; // 0 is no number, 01 is a record's code
        size_t j = i + len;
        if (line_start && j == s.size()) return m = {Style::Code, v, len}, true; // a line that is only its code
        if (j < s.size() && s[j] == '.' && !digit(s, j + 1)) return m = {Style::ArDot, v, len + 1}, true;
        if (at(s, j, "、") && !digit(s, j + 3)) return m = {Style::ArDun, v, len + 3}, true;
        // 2、3月26日… at a line's start: the item's number, then a date (2、3月 alone names two months).
        if (line_start && at(s, j, "、") && full_date_at(s, j + 3)) return m = {Style::ArDun, v, len + 3}, true;
        if (line_start && j < s.size() && s[j] == ')') return m = {Style::ArParen, v, len + 1}, true;
        if (line_start && j < s.size() && s[j] == '-' && digit(s, j + 1)) {
            size_t l2 = 0;
            digits_at(s, j + 1, l2);
            if (!digit(s, j + 1 + l2)) return m = {Style::Sub, v, len + 1 + l2}, true;
        }
        return false;
    }
    // ① … ⑳ (U+2460 … U+2473)
    if (at(s, i, "\xE2\x91") && i + 2 < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i + 2]);
        if (c >= 0xA0 && c <= 0xB3) return m = {Style::Circled, int(c - 0xA0 + 1), 3}, true;
    }
    if (line_start) {
        for (std::string_view d : {"-", "•", "●", "▪", "◆", "■", "★", "·"})
            if (at(s, i, d) && !at(s, i + d.size(), d) && !at(s, i + d.size(), "-")) return m = {Style::Dash, 0, d.size()}, true;
    }
    return false;
}

// ---- labels -------------------------------------------------------------------------------------------

namespace {

struct Label {
    std::string_view word;
    Field field;
    bool numbered; // 问题一: 隐患3: (the label numbers the item)
};

// Longer words first where one ends another (整改落实情况 before 落实情况 is not needed: a label
// is matched only where it starts).
const Label kLabels[] = {
    {"问题隐患", Field::Problem, false}, {"存在的问题", Field::Problem, false}, {"存在问题", Field::Problem, false},
    {"具体问题", Field::Problem, false}, {"反馈问题", Field::Problem, false}, {"问题描述", Field::Problem, false},
    {"主要问题", Field::Problem, false}, {"发现问题", Field::Problem, false}, {"群众意见", Field::Problem, false},
    {"意见建议", Field::Problem, false}, {"整改前", Field::Problem, false}, {"隐患", Field::Problem, true},
    {"问题", Field::Problem, true}, {"意见", Field::Problem, true},
    {"具体改进措施", Field::Measure, false}, {"整改措施", Field::Measure, false}, {"具体措施", Field::Measure, false},
    {"改进措施", Field::Measure, false}, {"整改举措", Field::Measure, false}, {"整改要求", Field::Measure, false},
    {"整改任务", Field::Measure, false}, {"措施", Field::Measure, false},
    {"整改落实情况", Field::Situation, false}, {"整改情况", Field::Situation, false}, {"落实情况", Field::Situation, false},
    {"整改成效", Field::Situation, false}, {"整改结果", Field::Situation, false}, {"改进情形", Field::Situation, false},
    {"办理情况", Field::Situation, false},
    {"整改进展", Field::Progress, false}, {"整改进度", Field::Progress, false}, {"完成情况", Field::Progress, false},
    {"进展情况", Field::Progress, false}, {"目前进展", Field::Progress, false}, {"推进情况", Field::Progress, false},
    {"整改后", Field::After, false},
    {"责任单位", Field::Responsible, false}, {"责任部门", Field::Responsible, false}, {"责任科室", Field::Responsible, false},
    {"责任股室", Field::Responsible, false}, {"牵头单位", Field::Responsible, false}, {"牵头部门", Field::Responsible, false},
    {"配合单位", Field::Responsible, false}, {"责任领导", Field::Responsible, false}, {"分管领导", Field::Responsible, false},
    {"责任主体", Field::Responsible, false}, {"责任人", Field::Responsible, false}, {"负责人", Field::Responsible, false},
    {"学校名称", Field::Unit, false}, {"单位名称", Field::Unit, false}, {"被检查单位", Field::Unit, false},
    {"检查对象", Field::Unit, false}, {"涉及单位", Field::Unit, false},
    {"整改时限", Field::Deadline, false}, {"完成时限", Field::Deadline, false}, {"整改期限", Field::Deadline, false},
    {"办结时限", Field::Deadline, false}, {"完成时间", Field::Deadline, false}, {"整改时间", Field::Deadline, false},
    {"时限", Field::Deadline, false},
    {"注", Field::Noise, false}, {"备注", Field::Noise, false}, {"附件", Field::Noise, false},
    // A sharing page's own fields after the text (文章标题：… 内容摘要：…): no item's.
    {"文章标题", Field::Noise, false}, {"内容摘要", Field::Noise, false}, {"本文网址", Field::Noise, false},
    // A letter and its reply (留言回复, 信访件, 市长信箱): the complaint is the problem, the reply the
    // rectification.
    {"留言内容", Field::Problem, false}, {"来信内容", Field::Problem, false}, {"信件内容", Field::Problem, false},
    {"诉求内容", Field::Problem, false}, {"投诉内容", Field::Problem, false}, {"反映内容", Field::Problem, false},
    {"反映问题", Field::Problem, false}, {"内容", Field::Problem, false},
    {"答复内容", Field::Situation, false}, {"回复内容", Field::Situation, false}, {"回复意见", Field::Situation, false},
    {"处理意见", Field::Situation, false}, {"处理结果", Field::Situation, false}, {"办理结果", Field::Situation, false},
    {"答复", Field::Situation, false}, {"回复", Field::Situation, false},
    // A paper's readers' letter and what its reporter found (编辑同志：… / 记者追踪：…).
    {"记者追踪", Field::Situation, false}, {"记者调查", Field::Situation, false}, {"记者核实", Field::Situation, false},
    {"回复单位", Field::Responsible, false}, {"办理单位", Field::Responsible, false}, {"回复人", Field::Responsible, false},
    {"承办单位", Field::Responsible, false},
    // A letter's form metadata: no part of the problem or the reply.
    {"回复状态", Field::Skip, false}, {"办理状态", Field::Skip, false}, {"受理编号", Field::Skip, false},
    {"信件编号", Field::Skip, false}, {"提交日期", Field::Skip, false}, {"回复日期", Field::Skip, false},
    {"回复时间", Field::Skip, false}, {"写信时间", Field::Skip, false}, {"提问时间", Field::Skip, false},
    {"来信时间", Field::Skip, false}, {"受理时间", Field::Skip, false}, {"信件类型", Field::Skip, false},
    {"请求类型", Field::Skip, false}, {"反馈类别", Field::Skip, false},
};

} // namespace

bool label_at(std::string_view s, size_t i, LabelAt& out) {
    for (const Label& l : kLabels) {
        if (!at(s, i, l.word)) continue;
        size_t j = i + l.word.size(), len = 0;
        int number = 0;
        if (l.numbered) {
            if ((number = cn_at(s, j, len)) == 0) number = digits_at(s, j, len);
            j += len;
        }
        // "label:", or at a line's start "label |" (a form copied from a web page).
        const bool piped = i == 0 && at(s, j, "|");
        if (!at(s, j, ":") && !piped) continue;
        if (l.field == Field::Noise && l.word == "注" && i > 0) continue; // …备注: only at a line's start
        out = {l.field, number, j + 1 - i, len ? j - len : 0, len, piped};
        return true;
    }
    return false;
}

// ---- table columns ------------------------------------------------------------------------------------

Field column_field(std::string_view h) {
    auto has = [&](std::string_view w) { return h.find(w) != std::string_view::npos; };
    if (h == "序号" || h == "编号" || h == "序") return Field::Seq;
    // A count (发现问题个数) or the day of the check (抽查时间) is no problem and no deadline.
    if (ends_with(h, "个数") || ends_with(h, "数量") || ends_with(h, "条数") || has("检查时间") || has("抽查时间") || has("检查日期"))
        return Field::None;
    if (has("被抽查") || has("受检")) return Field::Unit;
    if (has("检查结果") || has("检查情况") || has("排查情况") || has("排查结果")) return Field::Problem; // a check record's findings
    if (has("编号") || has("代码")) return Field::Code;
    if (has("整改情况") || has("落实情况") || has("改进情形")) return Field::Situation;
    if (has("措施") || has("任务") || has("要求")) return Field::Measure;
    if (has("问题") || has("意见") || has("隐患") || has("不足")) return Field::Problem;
    if (has("进展") || has("进度") || has("完成情况") || has("状态") || has("结果") || has("整改后")) return Field::Progress;
    if (has("时限") || has("期限") || has("时间")) return Field::Deadline;
    if (has("学校") || has("食堂") || has("单位名称") || has("被检查")) return Field::Unit;
    if (has("责任") || has("科室") || has("部门") || has("单位")) return Field::Responsible;
    return Field::None;
}

// ---- segments -----------------------------------------------------------------------------------------

namespace {

bool boundary_before(std::string_view s, size_t i) {
    if (i == 0) return true;
    for (std::string_view e : {"。", ";", "!", "?", ":"})
        if (i >= e.size() && s.compare(i - e.size(), e.size(), e) == 0) return true;
    return false;
}

// 一是 after a complainant's lead-in to what they ask for (我们的核心诉求是：一是恳请…；二是要求…): requests,
// not findings. Looked for in the 45 bytes before `i`.
bool requests_before(std::string_view s, size_t i) {
    const size_t from = i > 45 ? i - 45 : 0;
    size_t b = from;
    while (b < i && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) b++; // a character's first byte
    return has_any(s.substr(b, i - b), {"诉求", "请求", "恳请", "诉请"});
}

// Where the sentence that starts `s` ends: its first 。, or the line's end.
size_t sentence_end(std::string_view s) {
    const size_t end = s.find("。");
    return end == std::string_view::npos ? s.size() : end;
}

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
// A thing found wrong, said as a clause (宣传氛围不浓, 办园条件简陋, 管理制度不健全): a shortcoming's word,
// a 不 or a word of lack or excess. A thing checked, named alone (校舍安全, 设施设备), is none.
bool deficient(std::string_view part) {
    if (shortcoming(part) || part.find("不") != std::string_view::npos) return true;
    if (at(part, 0, "无") && part.size() > 3) return true; // 无证无照经营, 无减速带: a lack
    for (std::string_view w : {"简陋", "低下", "较多", "过多", "偏多", "偏少", "偏低", "突出", "薄弱", "滞后", "淡漠", "混乱", "陈旧", "狭小",
                          "拥挤", "狭窄", "欠缺", "没有", "有差距", "需提升", "需提高", "待提高", "待改进", "过长", "过大", "过小", "过高", "过低",
                               "过重", "过于", "弱项", "疏漏", "短板", "差距", "乱", "松懈", "松散", "涣散", "淡薄", "杂物"})
        if (part.find(w) != std::string_view::npos) return true;
    return false;
}

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
    }
    // Right after a sentence that found problems without naming them (…但仍存在一些问题。A不准确；还有B…): the
    // sentence is the list, each part naming what is wrong.
    if (from == std::string_view::npos && colon == std::string_view::npos && prev_found &&
        has_any(prev.substr(prev.size() > 12 ? prev.size() - 12 : 0), {"问题", "不足", "隐患"}))
        from = 0;
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
    for (size_t p = 0; p < parts.size(); p++) {
        const std::string_view part = s.substr(parts[p], (p + 1 < parts.size() ? parts[p + 1] - 1 : stop) - parts[p]);
        if (part.size() < 12 || (!named && !deficient(part))) return {};
    }
    parts.push_back(stop);
    return parts;
}
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
    if (!(at(s, after, "进行") || at(s, after, "予以") || at(s, after, "逐一进行") || at(s, after, "当场进行"))) return {};
    size_t clause = 0;
    for (std::string_view c : {",", ";", "。", ":"})
        if (size_t k = s.substr(0, e).rfind(c); k != std::string_view::npos) clause = std::max(clause, k + c.size());
    const size_t d = s.substr(clause, e - clause).rfind("对");
    if (d == std::string_view::npos) return {};
    return starts_after(s, clause + d + 3, e, "、");
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
// finding, not two. A part before a 、 that names nothing wrong goes with the part after it.
std::vector<size_t> shared_predicates(std::string_view s, std::vector<size_t> parts, size_t e) {
    for (size_t p = 0; p + 1 < parts.size();) {
        const size_t next = parts[p + 1];
        if (at(s, next - 3, "、") && !deficient(s.substr(parts[p], next - 3 - parts[p])) && deficient(s.substr(next, (p + 2 < parts.size() ? parts[p + 2] : e) - next)))
            parts.erase(parts.begin() + std::ptrdiff_t(p + 1));
        else
            p++;
    }
    return parts;
}

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
        std::vector<size_t> parts = found_parts(s, e);
        if (parts.empty()) parts = acted_on_parts(s, e, w);
        if (!parts.empty() && s.substr(parts[0], e - parts[0]).find(',') != std::string_view::npos) parts = shared_predicates(s, clause_parts(s, parts[0], e), e);
        if (parts.size() < 2 || !all_deficient(s, parts, e)) continue;
        size_t g = w + 6, end = e;
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
    for (std::string_view lead : {"问题主要集中在", "问题主要集中于", "问题主要表现在", "问题主要表现为", "问题主要体现在"}) {
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
        std::vector<size_t> parts = clause_parts(s, from, e);
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

// A sentence splitter tried on every sentence of the line after the first (a paragraph's findings are
// often not its first sentence: …取得了一定成绩。但巡察也发现，有的A，有的B…。): the parts, as bytes of the line.
template <class Split> std::vector<size_t> in_later_sentence(std::string_view s, Split split) {
    for (size_t b = s.find("。"); b != std::string_view::npos && b + 3 < s.size(); b = s.find("。", b + 3)) {
        std::vector<size_t> parts = split(s.substr(b + 3), s.substr(0, b + 3));
        for (size_t& p : parts) p += b + 3;
        if (!parts.empty()) return parts;
    }
    return {};
}

// Findings after 发现 as clauses split by commas, each naming whom it concerns by a quantity (检查发现大部分
// 宿舍整洁，但仍有少数宿舍卫生状况不好，个别学生安全意识淡漠。): the byte where each starts (after 但/仍有) and
// where the sentence ends, when two or more such clauses close the sentence and each names what is wrong.
std::vector<size_t> quantified_parts(std::string_view s) {
    const size_t end = sentence_end(s);
    const size_t f = s.substr(0, end).find("发现");
    if (f == std::string_view::npos) return {};
    std::vector<size_t> parts;
    const std::vector<size_t> clauses = starts_after(s, f + 6, end, ",");
    for (size_t i = 0; i < clauses.size() && clauses[i] < end; i++) {
        const size_t c = clauses[i], stop = i + 1 < clauses.size() ? clauses[i + 1] - 1 : end;
        size_t q = c;
        for (std::string_view w : {"但仍有", "但还有", "但也有", "但是", "但", "也有", "仍有", "还有", "尚有"})
            if (at(s, q, w)) q += w.size();
        bool counted = false;
        for (std::string_view w : {"少数", "极少数", "个别", "部分", "一些", "有的"}) counted |= at(s, q, w);
        // After one naming whom (部分学校A不强，B不到位，C不明确 / 有的A，有的B，在C方面存在薄弱环节), a clause
        // naming what is wrong goes on with the run, unless it goes on from the one before (导致…, 造成…).
        const bool goes_on = !counted && !parts.empty() && !continues_clause(s, q);
        if ((counted || goes_on) && stop - q >= 12 && deficient(s.substr(q, stop - q))) parts.push_back(q);
        else parts.clear(); // the run must close the sentence
    }
    if (parts.size() < 2) return {};
    parts.push_back(end);
    return parts;
}
} // namespace

// Whitespace stood in the input before the normalised byte `pos` (normalising drops it).
bool space_before(std::string_view original, const Normalised& n, size_t pos) {
    if (pos == 0 || pos >= n.origin.size()) return false;
    size_t q = n.origin[pos - 1];
    size_t after = q + std::max<size_t>(1, utf8_lead_length(static_cast<unsigned char>(original[q])));
    if (n.origin[pos] <= after || after >= original.size()) return false;
    char c = original[after];
    return c == ' ' || c == '\t' || at(original, after, "\xE3\x80\x80") || at(original, after, "\xC2\xA0");
}

// An ordinal word and its comma at s[i] that goes on from the last one cut in the line (`last`):
// 首先 (1, only with 其次 at `qici` after it), 其次 (2), 再者/再次/最后 (the next, after 其次). Its
// value, or 0; its length in len.
int ordinal_at(std::string_view s, size_t i, int last, size_t qici, size_t& len) {
    len = 0;
    int v = 0;
    if (at(s, i, "首先")) v = last == 0 && qici != std::string_view::npos && qici > i ? 1 : 0;
    else if (at(s, i, "其次")) v = last == 1 ? 2 : 0;
    else if (at(s, i, "再者") || at(s, i, "再次") || at(s, i, "最后")) v = last >= 2 ? last + 1 : 0;
    if (!v || !at(s, i + 6, ",")) return 0;
    len = 7;
    return v;
}

namespace {
// 3、8元一餐… at a line's start right after item 2、: the item's number, then a figure (3、8 alone names two numbers).
bool continued_number(std::string_view s, size_t i, const std::vector<int>& last_value, MarkAt& m) {
    size_t len = 0;
    const int v = digits_at(s, i, len);
    const size_t k = size_t(Style::ArDun);
    if (v < 2 || !at(s, i + len, "、") || !digit(s, i + len + 3) || k >= last_value.size() || last_value[k] != v - 1) return false;
    m = {Style::ArDun, v, len + 3};
    return true;
}
} // namespace

void cut_line(std::string_view original, const Normalised& n, size_t lb, size_t le, std::vector<int>& last_value,
              std::vector<Seg>& out, bool after_blank, int line) {
    std::string_view s = std::string_view(n.text).substr(lb, le - lb);
    auto start_seg = [&](size_t i, bool line_start, bool line_mark = false) { // line_mark: read 一是 too
        Seg g;
        g.b = g.tb = lb + i;
        g.line_start = line_start;
        g.after_blank = after_blank && line_start;
        g.line = line;
        MarkAt m;
        if (mark_at(s, i, line_start || line_mark, m) || (line_start && continued_number(s, i, last_value, m))) {
            g.style = m.style;
            g.value = m.value;
            g.mb = lb + i;
            g.me = lb + i + m.len;
            g.tb = g.me;
            if (size_t(m.style) < last_value.size()) last_value[size_t(m.style)] = m.value;
        }
        LabelAt l;
        if (label_at(s, g.tb - lb, l)) {
            g.field = l.field;
            if (l.field == Field::Problem && l.number && g.style == Style::None) {
                g.style = Style::Label;
                g.value = l.number;
                g.mb = g.tb;
                g.me = g.tb + l.len - 1; // the label and its number, without the colon
            }
            g.tb += l.len;
        }
        if (!out.empty() && out.back().line == line) out.back().e = lb + i;
        g.e = le;
        out.push_back(g);
    };
    start_seg(0, true);
    // A form's row written with a space after its label ("留言内容 希望给…", "回复单位 县人民政府"):
    // labels of four characters or more, at the line's start; a letter's 内容 before a long text too
    // (a 信箱 page's 标题 … / 内容 … / 答复内容 …).
    if (Seg& g = out.back(); g.style == Style::None && g.field == Field::None)
        for (const Label& l : kLabels)
            if (!l.numbered && (l.word.size() >= 12 || (l.word == "内容" && s.size() >= 60)) && at(s, 0, l.word) &&
                (l.word.size() < s.size() ? space_before(original, n, lb + l.word.size()) : l.field == Field::Situation)) { // 答复内容 alone: its text below
                g.field = l.field;
                g.tb = lb + l.word.size();
                break;
            }
    // A letter and its reply introduced by a sentence: "网民王先生在市政府网站留言：…",
    // "…的网友留言建议：…", "市教育局回复：…", "现答复如下：…".
    if (Seg& g = out.back(); g.style == Style::None && g.field == Field::None) {
        // The words before the colon are the sentence it ends, also after a greeting (尊敬的市民，您好！您反映的
        //问题已收悉，现…回复如下：…): up to 90 bytes after the last sentence's end.
        const size_t from = g.tb - lb, colon = s.substr(0, std::min(s.size(), from + 241)).rfind(':'); // the last: 16:13:01 has its own
        size_t said = from;
        if (colon != std::string_view::npos && colon >= from)
            for (std::string_view e : {"!", "。", "?"})
                if (size_t k = s.substr(from, colon - from).rfind(e); k != std::string_view::npos) said = std::max(said, from + k + e.size());
        if (colon != std::string_view::npos && colon >= from && colon - said <= 90) {
            const std::string_view head = s.substr(said, colon - said);
            for (std::string_view w : {"留言", "留言建议", "来信", "反映", "投诉", "来电", "问政"})
                if (ends_with(head, w)) g.field = Field::Problem;
            for (std::string_view w : {"回复", "答复", "回复如下", "答复如下", "回复意见"})
                if (ends_with(head, w)) g.field = Field::Situation;
            if (g.field != Field::None) g.tb = lb + colon + 1;
        }
    }
    // A form's row "内容 | 这么冷了… | | |": the value is its second cell, the rest is the form's.
    if (LabelAt l; out.back().style == Style::None && label_at(s, 0, l) && l.piped) {
        const size_t end = s.find('|', l.len);
        if (end != std::string_view::npos) {
            out.back().e = lb + end;
            Seg rest;
            rest.b = rest.tb = lb + end;
            rest.e = le;
            rest.field = Field::Skip;
            rest.line = line;
            out.push_back(rest);
        }
        return;
    }
    int shi = 0; // the last 一是/二是 cut inside this line
    int ord = 0; // the last 首先/其次… cut inside this line
    const size_t qici = s.find("其次");
    // Whether 二是 follows byte `from`; the next one is searched for again only once passed (linear).
    size_t next_er = s.find("二是");
    auto second_after = [&](size_t from) {
        if (next_er != std::string_view::npos && next_er < from) next_er = s.find("二是", from);
        return next_er != std::string_view::npos;
    };
    for (size_t i = step(s, 0); i < s.size(); i = step(s, i)) {
        const bool bound = boundary_before(s, i) || space_before(original, n, lb + i);
        LabelAt l;
        if ((bound || (i >= 1 && s[i - 1] == ',')) && label_at(s, i, l) && l.field != Field::Noise && l.field != Field::Unit && l.field != Field::Skip) {
            start_seg(i, false);
            i += l.len - 1;
            continue;
        }
        MarkAt m;
        // 一是…；二是… inside a line, after a colon or a sentence's end: a list written on one line
        // (存在以下问题：一是…；二是…). 一是 starts one only when 二是 follows in the line.
        if (bound && i > 0 && mark_at(s, i, true, m) && m.style == Style::Shi && m.len < s.size() - i &&
            (m.value == 1 ? second_after(i + m.len) && !requests_before(s, i) : m.value == shi + 1)) {
            shi = m.value;
            start_seg(i, false, true);
            i += m.len - 1;
            continue;
        }
        // 首先，…；其次，…；再者/再次/最后，… inside a line, after a sentence's end (…存在多项问题。首先，…):
        // ordinal words as a list, like 一是…；二是…; 首先 starts one only when 其次 follows in the line.
        if (size_t wl = 0; bound && i > 0)
            if (const int v = ordinal_at(s, i, ord, qici, wl); v && wl < s.size() - i) {
                ord = v;
                start_seg(i, false);
                Seg& g = out.back();
                g.style = Style::Shi;
                g.value = v;
                g.mb = lb + i;
                g.me = lb + i + wl - 1; // the word, without its comma
                g.tb = lb + i + wl;
                i += wl - 1;
                continue;
            }
        if (!mark_at(s, i, false, m) || m.len >= s.size() - i) continue;
        bool run_on = (m.style == Style::ArDot || m.style == Style::ArDun) && cjk_before(s, i) &&
                      last_value[size_t(m.style)] > 0 && m.value == last_value[size_t(m.style)] + 1;
        // (1) or 1. right after a numbered heading's few words, with no stop between (二、存在的隐患1.设施隐患
        // (1)跑道…。(2)…, a list copied onto one line): the heading ends there, when (2) or 2. follows.
        if (const Seg& h = out.back(); !bound && !run_on && m.value == 1 && cjk_before(s, i) && h.line == line &&
                                       h.style != Style::None && h.tb >= lb && h.tb < lb + i && lb + i - h.tb <= 45) {
            const std::string_view title = s.substr(h.tb - lb, lb + i - h.tb);
            std::string_view second;
            switch (m.style) {
            case Style::ArParen: second = "(2)"; break;
            case Style::CnParen: second = "(二)"; break;
            case Style::ArDot: second = "2."; break;
            case Style::ArDun: second = "2、"; break;
            default: break;
            }
            run_on = !second.empty() && title.find_first_of(",;:.") == npos && !has_any(title, {"，", "。", "；", "：", "、"}) &&
                     s.find(second, i) != npos;
        }
        if (bound || run_on) {
            start_seg(i, false);
            i += m.len - 1;
        }
    }
    // A plain sentence that names the things found and counts them (共发现A、B、C等3处隐患), or
    // lists them split by ； (发现A…；B…；C…。): one item each, after the words that lead in; the
    // count or the sentence's end, and what follows, are the sentence's.
    if (Seg& g = out.back(); g.line == line && g.style == Style::None && g.field == Field::None && g.b == lb) {
        std::vector<size_t> parts = counted_parts(s);
        // Split by ；, each part is a finding by its words: a problem's cue of its own.
        std::vector<size_t> joins; // …等隐患及…: the words joining two lists, neither's item
        auto any_split = [](std::string_view x, std::string_view before) {
            std::vector<size_t> p = semicolon_parts(x, before);
            if (p.empty()) p = quantified_parts(x);
            if (p.empty()) p = led_parts(x);
            if (p.empty()) p = example_parts(x);
            return p;
        };
        const bool split = parts.empty() && (!(parts = semicolon_parts(s, {})).empty() || !(parts = enumerated_parts(s, joins)).empty() ||
                                             !(parts = quantified_parts(s)).empty() || !(parts = led_parts(s)).empty() ||
                                             !(parts = example_parts(s)).empty() || !(parts = in_later_sentence(s, any_split)).empty());
        if (parts.empty()) return;
        if (split) parts = nested_lists(s, parts, joins);
        out.back().e = lb + parts[0];
        for (size_t p = 0; p + 1 < parts.size(); p++) {
            Seg x;
            x.b = x.tb = x.mb = x.me = lb + parts[p];
            x.e = lb + (p + 2 < parts.size() ? parts[p + 1] : parts.back());
            x.style = Style::Dash;
            x.field = split ? Field::Problem : Field::None;
            if (std::find(joins.begin(), joins.end(), parts[p]) != joins.end()) x.field = Field::Skip;
            x.line = line;
            out.push_back(x);
        }
        Seg rest;
        rest.b = rest.tb = lb + parts.back();
        rest.e = le;
        rest.field = Field::Skip;
        rest.line = line;
        out.push_back(rest);
    }
}

} // namespace rectify::text
