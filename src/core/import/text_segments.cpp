// Cutting a document into segments for the item reader (text_items.h): each physical line is
// cut where an inline label (整改措施: 责任人: 问题二:) or a numbering mark (1. （一） 二、) starts
// inside it, so a whole document on one line reads like one written line by line (also 一是…；二是…
// after a colon, a counted finding 共发现A、B等2处隐患, and findings in one sentence split by ；, by 、 with
// no count, by commas as clauses 少数A…，个别B…, or by 、 after 问题主要集中在: one segment each; those lists
// are found in text_sentence_lists.cpp). Also: what a numbering mark, a label and a table header cell are.
// Linear: a fixed set of words is tried at each character of a line.
// Index: numbering marks · labels · table columns · segments.
#include <algorithm>
#include <vector>

#include "core/import/text_items.h"
#include "core/import/text_items_reader.h"
#include "core/import/text_sentence_lists.h"
#include "core/utf8.h"

namespace rectify::text {

namespace {

using seg::at;
using seg::digit;
using seg::step;

} // namespace

// A Chinese numeral of one to three characters at s[i] (一 … 九十九); its value, length in len.
int cn_at(std::string_view s, size_t i, size_t& len) {
    len = 0;
    while (len < 9 && i + len + 3 <= s.size() && (cn_value(s.substr(i + len, 3)) > 0 || at(s, i + len, "十") || at(s, i + len, "零")))
        len += 3;
    while (len > 0 && cn_value(s.substr(i, len)) == 0) len -= 3;
    return len ? cn_value(s.substr(i, len)) : 0;
}

int digits_at(std::string_view s, size_t i, size_t& len, size_t max) {
    len = 0;
    int v = 0;
    while (len < max && digit(s, i + len)) v = v * 10 + (s[i + len++] - '0');
    return len ? v : 0;
}

namespace {

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
        // 1:…2:… with a colon (现主要问题为:1:现在…。2:单元楼道…): numbered like 1. when words follow at once, never a
        // time (13:34) or a ratio (3:2), and not after a letter (附件1: names a file).
        if (j < s.size() && s[j] == ':' && j + 1 < s.size() && static_cast<unsigned char>(s[j + 1]) >= 0xE0 && v < 100 &&
            !(i >= 3 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80 && static_cast<unsigned char>(s[i - 3]) >= 0xE4 &&
              static_cast<unsigned char>(s[i - 3]) <= 0xE9))
            return m = {Style::ArDot, v, len + 1}, true;
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
    {"整改进展情况", Field::Progress, false}, {"整改进度情况", Field::Progress, false},
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
    // A 问政 page's reply heading (回复部门：某区 2022-05-20 12:05 / 网友您好：…): the reply starts there, after the
    // letter above it.
    {"回复部门", Field::Situation, false}, {"答复部门", Field::Situation, false}, {"回复机构", Field::Situation, false},
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
    // A kind of problem (问题类型, 污染类别) or who was punished (责任人被处理情况) is no problem and no responsibility.
    if (ends_with(h, "类型") || ends_with(h, "类别") || has("被处理") || has("被问责")) return Field::None;
    // A failed test's item (不合格项目) is what is wrong; whether it was closed (是否办结) is its progress.
    if (has("不合格项目") || has("不合格指标")) return Field::Problem;
    if (has("是否办结") || has("办结情况")) return Field::Progress;
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

bool unit_own_name(std::string_view cell) {
    const std::string c = simplified(trim_punct(cell));
    for (std::string_view w : {"学院", "学校", "中学", "小学", "中专", "大学", "中心", "公司", "园", "院", "校", "局", "站", "馆", "所"}) {
        // A one-character word needs three before it (学院, 场所, 幼儿园 are columns' names; 县教育局 is a unit).
        if (!ends_with(c, w) || c.size() < w.size() + (w.size() == 3 ? 9 : 3)) continue;
        // What comes before the unit's word qualifies a column (被检查学校, 所属学院, 责任学校, 二级学院), or names the unit.
        const std::string_view before = std::string_view(c).substr(0, c.size() - w.size());
        return !has_any(before, {"检", "查", "责任", "所属", "所在", "涉及", "相关", "牵头", "配合", "主管", "整改", "二级", "下属"});
    }
    return false;
}

// ---- segments -----------------------------------------------------------------------------------------

namespace {

bool boundary_before(std::string_view s, size_t i) {
    if (i == 0) return true;
    for (std::string_view e : {"。", ";", "!", "?", ":"})
        if (i >= e.size() && s.compare(i - e.size(), e.size(), e) == 0) return true;
    // A quotation that closes its own sentence (关于“…不紧。”整改进展情况：) ends there too.
    for (std::string_view e : {"。”", "!”", "?”"})
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
        std::vector<size_t> parts = titled_sentences(s);
        const bool titled = !parts.empty();
        if (!titled) parts = counted_parts(s);
        // Split by ；, each part is a finding by its words: a problem's cue of its own.
        std::vector<size_t> joins; // …等隐患及…: the words joining two lists, neither's item
        auto any_split = [](std::string_view x, std::string_view before) {
            std::vector<size_t> p = semicolon_parts(x, before);
            if (p.empty()) p = quantified_parts(x);
            if (p.empty()) p = led_parts(x);
            if (p.empty()) p = example_parts(x);
            return p;
        };
        const bool split = titled || (parts.empty() && (!(parts = semicolon_parts(s, {})).empty() || !(parts = enumerated_parts(s, joins)).empty() ||
                                             !(parts = quantified_parts(s)).empty() || !(parts = led_parts(s)).empty() ||
                                             !(parts = example_parts(s)).empty() || !(parts = in_later_sentence(s, any_split)).empty()));
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
