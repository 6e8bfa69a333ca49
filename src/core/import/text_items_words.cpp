// The item reader's text helpers (text_items_reader.h): what a sentence or a heading says — it ends
// a sentence, closes the document, names problems or work, asks a form's question, answers the
// problems above — and the small string helpers its parts share.
#include <algorithm>

#include "core/file_name.h"
#include "core/import/text_items_reader.h"

namespace rectify::text {

// ---- text helpers -------------------------------------------------------------------------------------

bool terminal(std::string_view t) {
    t = std::string_view(t);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
    for (std::string_view e : {"。", "!", "?", ";", "！", "？", "；", "…"})
        if (ends_with(t, e)) return true;
    return false;
}

bool has_any(std::string_view s, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (contains(s, w)) return true;
    return false;
}

// Where the first sentence of t ends (after its 。；), or npos.
size_t first_sentence_end(std::string_view t) {
    for (size_t i = 0; i < t.size(); i++)
        for (std::string_view e : {"。", "；", ";", "\n"}) // a line of its own ends too (a heading, then its text)
            if (t.compare(i, e.size(), e) == 0) return i + e.size();
    return npos;
}

// The start of the clause holding byte `at` (after the last ，。；: before it).
size_t clause_start(std::string_view t, size_t at) {
    size_t best = 0;
    for (std::string_view e : {"，", "。", "；", "：", ",", ";", ":"}) {
        size_t k = t.rfind(e, at == 0 ? 0 : at - 1);
        if (k != npos && k < at && k + e.size() > best) best = k + e.size();
    }
    return best;
}

size_t clause_start_near(std::string_view t, size_t at, std::initializer_list<std::string_view> seps) {
    size_t w0 = at > kClauseWindow ? at - kClauseWindow : 0;
    while (w0 < at && (static_cast<unsigned char>(t[w0]) & 0xC0) == 0x80) w0++;
    const std::string_view window = t.substr(w0, at - w0);
    size_t best = w0;
    for (std::string_view e : seps)
        if (size_t k = window.rfind(e); k != npos) best = std::max(best, w0 + k + e.size());
    return best;
}

size_t clause_end_near(std::string_view t, size_t at, std::initializer_list<std::string_view> seps) {
    size_t w1 = std::min(t.size(), at + kClauseWindow);
    while (w1 > at && w1 < t.size() && (static_cast<unsigned char>(t[w1]) & 0xC0) == 0x80) w1--;
    const std::string_view window = t.substr(at, w1 - at);
    size_t best = w1;
    for (std::string_view e : seps)
        if (size_t k = window.find(e); k != npos) best = std::min(best, at + k);
    return best;
}

std::string trimmed(std::string_view s) { return std::string(trim_punct(s)); }

// Words that open a paragraph about the document rather than an item.
bool closing_words(std::string_view t) {
    // A time word in front (目前，以上问题已整改到位 / 截至目前，上述问题…) does not change what the line is about.
    for (std::string_view w : {"截至目前", "截止目前", "目前", "至此", "现"})
        if (starts_with(t, w) && t.size() > w.size() && (t[w.size()] == ',' || starts_with(t.substr(w.size()), "，"))) {
            t.remove_prefix(w.size() + (t[w.size()] == ',' ? 1 : 3));
            break;
        }
    for (std::string_view w : {"以上", "上述", "下一步", "特此", "综上", "今后", "在今后", "欢迎", "如有意见", "专此", "建议学校",
                               "我们将", "学校将以", "请上级", "请各", "请相关", "希望各", "附件",
                               // what the check achieved (通过检查，进一步了解到…存在的不足，明确了努力方向): a summary
                               "通过检查", "通过本次", "通过此次", "通过这次"})
        if (starts_with(t, w)) return true;
    return all_rectified(t);
}

// A short sentence that says everything was rectified (学校已全部整改到位。/ 各校均已完成整改。): it speaks of
// all the items before it, like 以上问题…, and is none of them.
bool all_rectified(std::string_view t) {
    // Put right said of all (全部/均) with 整改 or 改正 (现已全部改正, 均已整改).
    const std::initializer_list<std::string_view> done = {"整改到位", "整改完毕", "完成整改", "已整改", "全部整改", "已全部改正", "均已改正", "改正完毕"};
    if (t.size() <= 45 && has_any(t, {"全部", "均已", "均"}) && has_any(t, done)) return true;
    // …发出限期整改通知书，现均已整改到位。: the first sentence's last clause, led by a time word, says all was rectified.
    if (const size_t stop = t.find("。"); stop != std::string_view::npos) t = t.substr(0, stop);
    size_t c = t.rfind(',');
    if (const size_t w = t.rfind("，"); w != std::string_view::npos && (c == std::string_view::npos || w > c)) c = w + 2;
    if (c == std::string_view::npos) return false;
    const std::string_view last = t.substr(c + 1);
    return has_any(last.substr(0, 6), {"现", "目前"}) && last.size() <= 45 && has_any(last, {"全部", "均已"}) && has_any(last, done);
}

// Headings whose lists are never problems.
bool non_problem_heading(std::string_view t) {
    for (std::string_view w : {"下一步", "今后", "工作要求", "下步"})
        if (starts_with(t, w)) return true;
    return has_any(t, {"下一步", "工作要求", "整改工作开展情况", "基本情况", "主要做法", "工作成效", "组织领导", "指导思想",
                       "工作目标", "今后打算", "自评结论", "特色", "优点", "保障措施", "工作措施", "整改措施", "落实情况",
                       "整改情况", "方法步骤", "工作步骤", "实施步骤", "步骤安排", "时间安排", "进度安排", "工作情况",
                       "责任落实", "组织方式", "工作安排", "领导小组", "工作小组", "整改小组", "整改时间",
                       // praise of the work (一、高度重视，效果明显 / 成效显著): what went well, before what did not
                       "效果明显", "效果显著", "成效明显", "成效显著"}) &&
           !has_any(t, {"问题", "隐患"});
}

// A heading that names work done or to do (加强领导…, 强化组织领导), not a shortcoming (全面从严治党有差距
// names one).
bool action_heading(std::string_view t) {
    for (std::string_view w : {"加强", "强化", "提高", "压实", "健全", "完善", "建立", "坚持", "深化", "推进", "落实", "狠抓", "聚焦",
                               "突出", "严格", "扎实", "持续", "全面", "切实", "着力", "注重", "规范", "重点排查", "开展"})
        if (starts_with(t, w)) return !has_any(t.substr(0, std::min<size_t>(t.size(), 60)), {"问题", "不足", "不够", "缺", "未", "不到位", "薄弱", "滞后", "差距", "弱化", "不严", "不实", "不力", "不强", "短板", "有待"});
    return false;
}

// A question of a form (是否…？ □有 □无): asked, not found. A complaint that asks more than once on the way
// (…，有没有人管？是否可以…，已经有好几次…，请学校重视？) states what it found.
bool question(std::string_view t) {
    if (contains(t, "□") || contains(t, "☐")) return true;
    size_t asked = 0;
    for (size_t i = 0; i < t.size(); i++) asked += t[i] == '?' || t.compare(i, 3, "？") == 0;
    return contains(t, "是否") && asked > 0 && (asked == 1 || char_count(t) <= 30);
}

// …，但仍存在一些问题，需要进一步改进和完善。: a paragraph's last sentence says problems remain (not that they were put
// right), so the list after it names them.
bool problems_remain(std::string_view t) {
    if (ends_with(t, "。")) t.remove_suffix(3);
    if (const size_t stop = t.rfind("。"); stop != npos) t = t.substr(stop + 3);
    // Put right after it (存在的一些问题已整改) is no problem remaining; work named before it (整改工作仍存在一些薄弱环节) is.
    const size_t k = t.find("存在");
    return k != npos && has_any(t, {"一些问题", "一些不足", "不少问题", "部分问题", "问题和不足", "薄弱环节"}) && !has_any(t.substr(k), {"整改", "解决"});
}

bool problem_heading(std::string_view t) {
    // What it leads into is named in its last clause: a long lead-in may praise the work first
    // (充分肯定了…取得的成效，同时指出了…主要问题：).
    size_t clause = 0;
    for (std::string_view e : {",", ";", "。", "，", "；"})
        if (size_t k = t.substr(0, t.size() > 1 ? t.size() - 1 : 0).rfind(e); k != npos) clause = std::max(clause, k + e.size());
    // A heading naming both, the problems first (存在的问题及整改措施), heads the problems, each with its measure.
    const bool both = has_any(t.substr(clause), {"问题及", "问题和", "问题与", "问题、"}) && !has_any(t.substr(clause), {"针对", "对照"});
    // What was found, then its details (…新发现危房5间。具体情况如下：) leads into the findings.
    const bool found = contains(t, "发现") && has_any(t, {"如下", "以下"});
    return (found || has_any(t, {"问题", "隐患", "意见", "不足", "短板", "差距", "薄弱环节", "经查", "检查发现", "排查发现", "需要改进", "有待改进", "需改进"})) &&
           (both || !has_any(t.substr(clause), {"措施", "做法", "成效", "经验", "打算", "下一步", "原因", "解决方法", "解决办法", "对策"}));
}

// A check's item that found nothing wrong (楼体坚固，未发现安全隐患 / 排水系统正常): no problem.
bool passed_check(std::string_view t) {
    if (has_any(t, {"无需整改", "无需维修", "无需处理", "属正常现象"})) return true;
    const bool fine = has_any(t, {"未发现", "无安全隐患", "无隐患", "均正常", "运行正常", "使用正常", "情况良好", "完好", "合格", "坚固", "稳定", "规范"}) ||
                      (char_count(t) <= 8 && has_any(t, {"正常", "良好", "无"}));
    const bool wrong = has_any(t, {"脱落", "损坏", "破损", "破旧", "老化", "漏", "裂", "缺", "不足", "不够", "未按", "风险", "锈", "松动",
                                   "过期", "不规范", "不到位", "不合格", "不正常", "存在", "威胁", "危险"});
    // A state asked for is not yet had (手续要更规范, 台账需规范, 有待规范): a demand, not a check passed.
    const bool demanded = has_any(t, {"要更", "需更", "应更", "更加规范", "需规范", "要规范", "应规范", "有待", "亟待", "进一步规范"});
    return fine && !wrong && !demanded;
}

bool measure_heading(std::string_view t) { return has_any(t, {"措施", "整改情况", "落实情况", "整改进展", "改进", "整改结果"}); }

// A sentence that answers the problems above (针对以上问题，…进行了整改和督促): it leads in what was done.
bool answers_problems(std::string_view t) {
    return has_any(t, {"针对以上", "针对上述", "针对检查中发现的以上", "针对这些"}) && contains(t, "整改");
}

// A figure rather than an item: 共发现问题15个, 截至…已整改10个, 完成率92%.
bool summary_figures(std::string_view t) { return has_any(t, {"截至", "截止", "完成率", "共发现", "共有", "共计"}); }


bool pipe_line(std::string_view t) { return std::count(t.begin(), t.end(), '|') >= 1 && (starts_with(t, "|") || ends_with(t, "|")); }
bool only_pipes(std::string_view t) { return !t.empty() && t.find_first_not_of('|') == npos; }

// At most its first 300 bytes: a heading is short, and asking it again for each list under it
// stays cheap.
std::string head_of(const Node& x) {
    std::string_view first = std::string_view(x.own).substr(0, x.own.find('\n'));
    return simplified(utf8_prefix_bytes(first, 300));
}

bool text_field(Field f) { return f == Field::Measure || f == Field::Situation || f == Field::Progress || f == Field::After; }

void join(std::string& to, const std::string& more, bool cut_line) {
    if (more.empty()) return;
    if (to.empty()) to = more;
    else if (cut_line) to += more;
    else to += "\n" + more;
}

} // namespace rectify::text
