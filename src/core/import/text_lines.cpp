// The text importer's reading of lines: logical lines, headings and numbering, page chrome,
// dates and document numbers, responsibility lines and numbered steps (text_import_parts.h).
// Index: strings · logical_lines · headings · chrome, dates, titles · responsibility · steps.
#include <algorithm>
#include <cctype>

#include "core/numerals.h"
#include "core/import/text_import_parts.h"

namespace rectify::text {

// ---- strings --------------------------------------------------------------------------------------

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

size_t char_count(std::string_view s) {
    size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

bool at_most_chars(std::string_view s, size_t n) { return s.size() <= 4 * n && char_count(s) <= n; }

std::string_view trim_punct(std::string_view s) {
    static const std::string_view kEnds[] = {" ", "\t", "\n", "\r", ",", ";", ":", "。", "、", "．", "，", "；", "："};
    for (bool again = true; again && !s.empty();) {
        again = false;
        for (std::string_view e : kEnds) {
            if (starts_with(s, e)) s.remove_prefix(e.size()), again = true;
            if (ends_with(s, e)) s.remove_suffix(e.size()), again = true;
        }
    }
    return s;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

int cn_value(std::string_view s) {
    static const std::string_view kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    int value = 0, digit = -1;
    while (!s.empty()) {
        if (starts_with(s, "十")) {
            value += (digit < 0 ? 1 : digit) * 10;
            digit = -1;
            s.remove_prefix(3);
            continue;
        }
        int found = -1;
        for (int d = 0; d < 10; d++)
            if (starts_with(s, kDigits[d])) found = d;
        if (found < 0 || digit >= 0) return 0;
        digit = found;
        s.remove_prefix(3);
    }
    value += digit < 0 ? 0 : digit;
    return value;
}

// The Chinese numeral at the start of s (its length in bytes in len), or 0.
static int leading_cn(std::string_view s, size_t& len) {
    len = 0; // at most three characters (九十九): a longer run is no number, and is not rescanned
    while (len < 9 && len + 3 <= s.size() && cn_value(s.substr(len, 3)) + (s.substr(len, 3) == "十" ? 10 : 0) > 0) len += 3;
    while (len > 0 && cn_value(s.substr(0, len)) == 0) len -= 3;
    return len ? cn_value(s.substr(0, len)) : 0;
}

// ---- headings ----------------------------------------------------------------------------------------

Mark heading_mark(std::string_view s) {
    Mark m;
    size_t len = 0;
    if (int n = leading_cn(s, len); n && s.substr(len, 3) == "、") {
        m = {1, n, std::string(s.substr(len + 3))};
    } else if (starts_with(s, "(")) {
        if (int c = leading_cn(s.substr(1), len); c && s.substr(1 + len, 1) == ")") {
            m = {2, c, std::string(s.substr(len + 2))};
        } else {
            size_t d = 1;
            while (d < s.size() && is_digit(s[d]) && d < 4) d++;
            if (d > 1 && d < s.size() && s[d] == ')') m = {4, std::stoi(std::string(s.substr(1, d - 1))), std::string(s.substr(d + 1))};
        }
    } else {
        size_t d = 0;
        while (d < s.size() && is_digit(s[d]) && d < 3) d++;
        if (d > 0 && d < s.size()) {
            std::string_view after = s.substr(d);
            size_t mark = after[0] == '.' ? 1 : starts_with(after, "、") ? 3 : 0;
            if (mark && (after.size() == mark || !is_digit(after[mark])))
                m = {3, std::stoi(std::string(s.substr(0, d))), std::string(after.substr(mark))};
        }
    }
    return m;
}

// ---- chrome, dates, titles ---------------------------------------------------------------------------

bool is_chrome(std::string_view s) {
    static const std::string_view kWords[] = {
        "设为首页", "加入收藏", "收藏网站", "收藏本站", "网站帮助", "法律声明", "联系我们", "站点地图", "网站地图",
        "分享到", "分享:", "打印本页", "【打印", "[打印", "打印】", "关闭窗口", "【关闭", "扫一扫", "版权所有",
        "ICP备", "备案号", "主办单位", "承办单位", "技术支持", "上一篇", "下一篇", "返回顶部", "浏览次数",
        "访问量", "阅读次数", "当前位置", "首页>", "字体:", "【字体", "字号:大", "【字号", "网站标识码", "公安备案",
        "附件下载", "相关下载", "【下载", "预警信号", "政务公开>", "信息公开>", "微信扫", "Copyright"};
    // A long footer of links (网站首页 | 关于我们 | 联系方式 | … | 网站地图 | …): two of the words among many bars.
    if (char_count(s) > 80) {
        if (std::count(s.begin(), s.end(), '|') < 5) return false;
        int named = 0;
        for (std::string_view w : kWords) named += contains(s, w);
        return named >= 2;
    }
    if (std::count(s.begin(), s.end(), '|') >= 2 || std::count(s.begin(), s.end(), '>') >= 2) return true;
    for (std::string_view w : kWords)
        if (contains(s, w)) return true;
    return false;
}

static bool read_int(std::string_view s, size_t& i, int& out, size_t max_digits) {
    size_t start = i;
    out = 0;
    while (i < s.size() && is_digit(s[i]) && i - start < max_digits) out = out * 10 + (s[i++] - '0');
    return i > start;
}

// A date starting at s[i]; on success i is past it.
static bool date_at(std::string_view s, size_t& i, Date& out) {
    size_t j = i;
    int y, m, d;
    if (!read_int(s, j, y, 4) || j - i != 4) return false;
    bool cn = s.substr(j, 3) == "年";
    if (cn) j += 3;
    else if (j < s.size() && (s[j] == '-' || s[j] == '.' || s[j] == '/')) j++;
    else return false;
    if (!read_int(s, j, m, 2)) return false;
    if (cn && s.substr(j, 3) == "月") j += 3;
    else if (!cn && j < s.size() && (s[j] == '-' || s[j] == '.' || s[j] == '/')) j++;
    else return false;
    if (!read_int(s, j, d, 2)) return false;
    if (cn && s.substr(j, 3) == "日") j += 3;
    else if (cn) return false;
    Date date{y, m, d};
    if (!valid_date(date)) return false;
    out = date;
    i = j;
    return true;
}

bool parse_cn_date(std::string_view s, Date& out) {
    for (size_t i = 0; i + 4 <= s.size(); i++)
        if (date_at(s, i, out)) return true;
    return false;
}

bool is_date_line(std::string_view s) {
    s = trim_punct(s);
    size_t i = 0;
    Date d;
    return date_at(s, i, d) && i == s.size();
}

bool is_title_like(std::string_view s) {
    if (ends_with(s, "。")) return false; // a sentence ("…制定本方案。"), not a title
    s = trim_punct(s);
    static const std::string_view kEnds[] = {"方案", "报告", "通知", "意见", "清单", "通报", "情况", "的函"};
    size_t n = char_count(s);
    if (n < 6 || n > 120 || contains(s, "。") || contains(s, ":") || heading_mark(s).level) return false;
    for (std::string_view e : kEnds)
        if (ends_with(s, e)) return true;
    return false;
}

std::string doc_number_in(std::string_view s) {
    static const std::pair<std::string_view, std::string_view> kBrackets[] = {
        {"〔", "〕"}, {"[", "]"}, {"【", "】"}, {"﹝", "﹞"}, {"(", ")"}};
    for (auto [open, close] : kBrackets) {
        for (size_t at = s.find(open); at != std::string_view::npos; at = s.find(open, at + 1)) {
            size_t j = at + open.size();
            int year;
            if (!read_int(s, j, year, 4) || year < 1900 || s.substr(j, close.size()) != close) continue;
            j += close.size();
            int no;
            if (!read_int(s, j, no, 5) || s.substr(j, 3) != "号") continue;
            // The issuer's abbreviation before the bracket: CJK characters back to a separator.
            size_t b = at;
            while (b >= 3 && static_cast<unsigned char>(s[b - 3]) >= 0xE4 && s.substr(b - 3, 3) != "、" &&
                   s.substr(b - 3, 3) != "。" && s.substr(b - 3, 3) != "《" && s.substr(b - 3, 3) != "》" && at - b < 30)
                b -= 3;
            if (b == at) continue;
            return std::string(s.substr(b, j + 3 - b));
        }
    }
    return "";
}

// ---- logical lines -----------------------------------------------------------------------------------

static const std::string_view kRespLead[] = {"责任科室", "责任单位", "责任部门", "责任股室", "责任处室",
                                              "牵头单位", "牵头科室", "牵头部门", "主责单位"};
static const std::string_view kRespSupport[] = {"配合单位", "配合科室", "配合部门", "协办单位", "协同单位", "参与单位"};
static const std::string_view kRespPeople[] = {"具体责任人", "责任人"};
static const std::string_view kRespLeaders[] = {"分管局领导", "分管领导", "责任领导", "牵头领导"};
static const std::string_view kRespDeadline[] = {"整改时限", "完成时限", "整改期限", "完成时间", "时限要求", "时限"};

bool key_value(std::string_view line, std::initializer_list<std::string_view> keys, std::string& value) {
    for (std::string_view k : keys)
        if (starts_with(line, k) && line.substr(k.size(), 1) == ":") {
            value = std::string(line.substr(k.size() + 1));
            return true;
        }
    return false;
}

bool is_responsibility(std::string_view s) {
    for (auto k : kRespLead)
        if (starts_with(s, k)) return true;
    for (auto k : kRespLeaders)
        if (starts_with(s, k)) return true;
    for (auto k : kRespSupport)
        if (starts_with(s, k)) return true;
    for (auto k : kRespDeadline)
        if (starts_with(s, k) && s.substr(k.size(), 1) == ":") return true;
    return starts_with(s, "责任人:") || starts_with(s, "具体责任人:");
}

static bool is_key_line(std::string_view s) {
    static const std::string_view kKeys[] = {"问题:", "问题编号", "存在问题:", "整改措施:", "整改情况:", "整改进度:",
                                             "整改进展:", "整改目标:", "整改结果:", "组长:", "副组长:", "成员:"};
    for (std::string_view k : kKeys)
        if (starts_with(s, k)) return true;
    return starts_with(s, "(问题编号") || is_responsibility(s);
}

static bool is_terminal(std::string_view s) {
    static const std::string_view kEnds[] = {"。", ":", ";", "!", "?", "”", ")", "」", "』"};
    for (std::string_view e : kEnds)
        if (ends_with(s, e)) return true;
    return false;
}

bool is_metadata_line(std::string_view s) {
    static const std::string_view kKeys[] = {"索引号", "主题分类", "发文机关", "发布机构", "成文日期", "标题",
                                             "发文字号", "文号", "发布日期", "主题词", "公开方式", "有效性"};
    for (std::string_view k : kKeys)
        if (starts_with(s, k) && s.substr(k.size(), 1) == ":") return true;
    return false;
}

// Lines that stand on their own: never joined to the line before, never take the next one.
static bool stands_alone(std::string_view s) {
    return is_metadata_line(s) || is_chrome(s) || is_date_line(s) || is_key_line(s) || contains(s, "\t") || !doc_number_in(s).empty() ||
           ends_with(s, ":");
}

static bool accepts_continuation(std::string_view s) {
    Mark m = heading_mark(s);
    if (m.level == 1 || (m.level == 2 && ends_with(m.rest, "方面"))) return false;
    return !is_terminal(s) && !stands_alone(s) && !is_title_like(s);
}

static bool can_continue(std::string_view s) { return heading_mark(s).level == 0 && !stands_alone(s); }

// Keys that start a new line when glued after a full stop ("…。责任单位:办公室").
static bool starts_glued_key(std::string_view rest) {
    static const std::string_view kKeys[] = {"整改情况:", "整改进度:", "整改进展:", "整改措施:", "问题编号"};
    for (std::string_view k : kKeys)
        if (starts_with(rest, k)) return true;
    return is_responsibility(rest);
}

// A logical line longer than this is neither chrome (80 characters) nor a title (120; unless all
// but 120 characters of it are punctuation at its ends, which no document has), so whether it
// takes the next physical line depends only on that line's own end (see logical_lines).
constexpr size_t kShortLine = 1024;

std::vector<Line> logical_lines(const std::string& norm, std::uint64_t* examined) {
    const std::string_view all(norm);
    std::vector<Line> out;
    bool open = false; // out.back() takes the next physical line if that one can continue
    int level = 0;     // out.back()'s heading level: set by its first physical line
    auto look = [&](std::string_view s) {
        if (examined) *examined += s.size();
        return s;
    };
    // Each physical line is looked at a fixed number of times, and a growing logical line only
    // while it is short: a paragraph broken into thousands of lines is never rescanned per join.
    // A joined line has no key, tab, document number or date (can_continue refused those), its
    // heading level is its first line's, and its end is its last line's end.
    auto physical = [&](size_t p, size_t q) {
        std::string_view s = look(all.substr(p, q - p));
        if (open && can_continue(s)) {
            Line& l = out.back();
            l.end = q; // the text keeps the line break: offsets stay those of norm
            if (q - l.begin <= kShortLine) open = accepts_continuation(look(all.substr(l.begin, q - l.begin)));
            else open = !(level == 2 && ends_with(s, "方面")) && !is_terminal(s);
            return;
        }
        out.push_back({std::string(), p, q});
        level = heading_mark(s).level;
        open = accepts_continuation(s);
    };
    for (size_t i = 0; i <= norm.size();) {
        size_t e = norm.find_first_of("\r\n", i);
        if (e == std::string::npos) e = norm.size();
        size_t b = i, f = e;
        while (b < f && (norm[b] == ' ' || norm[b] == '\t')) b++;
        while (f > b && (norm[f - 1] == ' ' || norm[f - 1] == '\t')) f--;
        // Split where a key follows a full stop; full stops are looked for within this line only.
        const std::string_view line = all.substr(0, f);
        auto stop = [&](size_t from) { // the next full stop, counting the bytes the search passed
            size_t k = line.find("。", from);
            if (examined) *examined += (k == std::string_view::npos ? f : k) - from;
            return k;
        };
        for (size_t p = b; p < f;) {
            size_t q = p;
            for (size_t k = stop(p); k != std::string_view::npos && k + 3 < f; k = stop(k + 3))
                if (starts_glued_key(line.substr(k + 3)) && !is_responsibility(line.substr(p, k - p))) {
                    q = k + 3;
                    break;
                }
            if (q == p) q = f;
            physical(p, q);
            p = q;
        }
        i = e + 1;
    }
    for (Line& l : out) l.text = norm.substr(l.begin, l.end - l.begin);
    return out;
}

// ---- responsibility ---------------------------------------------------------------------------------------

std::vector<std::string> split_list(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        std::string_view t = trim_punct(cur);
        std::string name(t);
        for (std::string_view mark : {"(牵头)", "（牵头）"})
            if (ends_with(name, mark)) name.resize(name.size() - mark.size());
        if (!name.empty()) out.push_back(name);
        cur.clear();
    };
    for (size_t i = 0; i < s.size();) {
        if (starts_with(s.substr(i), "、")) flush(), i += 3;
        else if (s[i] == ',' || s[i] == ';' || s[i] == ' ' || s[i] == '/' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') flush(), i++;
        else cur += s[i++];
    }
    flush();
    return out;
}

Responsibility parse_responsibility(std::string_view s) {
    Responsibility r;
    struct Hit {
        size_t at, value;
        int kind;
    };
    std::vector<Hit> hits;
    const std::string_view* lists[] = {std::begin(kRespLead), std::begin(kRespSupport), std::begin(kRespPeople),
                                       std::begin(kRespLeaders), std::begin(kRespDeadline)};
    const size_t sizes[] = {std::size(kRespLead), std::size(kRespSupport), std::size(kRespPeople),
                            std::size(kRespLeaders), std::size(kRespDeadline)};
    for (size_t i = 0; i < s.size(); i++) {
        bool after_sep = i == 0 || s[i - 1] == ',' || s[i - 1] == ';' || s[i - 1] == ' ' || s[i - 1] == '\t' ||
                         ends_with(s.substr(0, i), "。") || ends_with(s.substr(0, i), "、");
        size_t best_len = 0;
        int best_kind = -1;
        for (int k = 0; k < 5; k++)
            for (size_t j = 0; j < sizes[k]; j++) {
                std::string_view key = lists[k][j];
                if (key.size() > best_len && starts_with(s.substr(i), key) &&
                    (s.substr(i + key.size(), 1) == ":" || after_sep))
                    best_len = key.size(), best_kind = k;
            }
        if (best_kind >= 0) {
            size_t v = i + best_len + (s.substr(i + best_len, 1) == ":" ? 1 : 0);
            hits.push_back({i, v, best_kind});
            i = v - 1;
        }
    }
    for (size_t h = 0; h < hits.size(); h++) {
        size_t end = h + 1 < hits.size() ? hits[h + 1].at : s.size();
        std::string_view value = trim_punct(s.substr(hits[h].value, end - hits[h].value));
        r.any = true;
        switch (hits[h].kind) {
        case 0: for (auto& n : split_list(value)) r.lead.push_back(n); break;
        case 1: for (auto& n : split_list(value)) r.support.push_back(n); break;
        case 2: for (auto& n : split_list(value)) r.responsible.push_back(n); break;
        case 3: for (auto& n : split_list(value)) r.leaders.push_back(n); break;
        default:
            r.deadline = std::string(value);
            r.deadline_begin = size_t(value.data() - s.data());
            r.deadline_end = r.deadline_begin + value.size();
        }
    }
    return r;
}

// ---- steps ------------------------------------------------------------------------------------------------

// Where a step mark may start: at the beginning or after punctuation.
static bool mark_allowed(std::string_view s, size_t at) {
    if (at == 0) return true;
    std::string_view before = s.substr(0, at);
    static const std::string_view kSeps[] = {"。", ";", ":", ",", "”", ")", " ", "\n", "!", "?", "；", "：", "，", "）"};
    for (std::string_view e : kSeps)
        if (ends_with(before, e)) return true;
    return false;
}

// The mark for step n in a style: 0 "1." · 1 "一是" · 2 "(1)"; its length at s[at], or 0.
static size_t mark_len(std::string_view s, size_t at, int style, int n) {
    std::string_view r = s.substr(at);
    if (style == 0) {
        std::string d = std::to_string(n);
        if (!starts_with(r, d)) return 0;
        std::string_view after = r.substr(d.size());
        size_t len = starts_with(after, ".") ? 1 : starts_with(after, "、") ? 3 : 0;
        if (!len || (after.size() > len && is_digit(after[len]))) return 0;
        return at > 0 && is_digit(s[at - 1]) ? 0 : d.size() + len;
    }
    if (style == 1) {
        std::string mark = cn_number(n) + "是";
        return starts_with(r, mark) ? mark.size() : 0;
    }
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
        std::string mark = std::string(open) + std::to_string(n) + std::string(close);
        if (starts_with(r, mark)) return mark.size();
    }
    return 0;
}

Steps split_steps(std::string_view s) {
    Steps out;
    for (int style = 0; style < 3; style++) {
        std::vector<std::pair<size_t, size_t>> marks; // (at, length)
        size_t from = 0;
        for (int n = 1;; n++) {
            size_t found = std::string_view::npos, len = 0;
            for (size_t i = from; i < s.size(); i++)
                if ((len = mark_len(s, i, style, n)) && mark_allowed(s, i)) {
                    found = i;
                    break;
                }
            if (found == std::string_view::npos) break;
            marks.push_back({found, len});
            from = found + len;
        }
        if (marks.empty() || (marks.size() == 1 && marks[0].first != 0)) continue;
        out.lead = std::string(trim_punct(s.substr(0, marks[0].first)));
        for (size_t k = 0; k < marks.size(); k++) {
            size_t b = marks[k].first + marks[k].second;
            size_t e = k + 1 < marks.size() ? marks[k + 1].first : s.size();
            std::string_view step = s.substr(b, e - b);
            while (!step.empty() && (step.back() == ' ' || step.back() == '\n' || step.back() == ';' ||
                                     step.back() == ',' || ends_with(step, "；") || ends_with(step, "，")))
                step.remove_suffix(step.back() == ' ' || step.back() == '\n' || step.back() == ';' || step.back() == ',' ? 1 : 3);
            if (!step.empty()) out.steps.emplace_back(step);
        }
        return out;
    }
    out.lead = std::string(trim_punct(s));
    return out;
}

} // namespace rectify::text
