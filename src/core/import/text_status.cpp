// What a sentence of a rectification document says of an item's status and deadline
// (text_import_parts.h): the wordings of the four statuses, what done or planned work implies,
// and deadlines written inside a sentence. Every scan is linear in the text: a fixed list of
// phrases is tried at each character.
// Index: phrases · status_in · deadline_in.
#include <algorithm>

#include "core/import/text_import_parts.h"
#include "core/utf8.h"

namespace rectify::text {

namespace {

// ---- phrases ----------------------------------------------------------------------------------------

// Stated, on normalised (Simplified, punctuation-folded) text. Longer phrases first where one
// holds another.
const std::string_view kNotStarted[] = {"尚未整改", "未整改", "未开始", "没有整改", "未启动"};
const std::string_view kInProgress[] = {"整改正在进行", "正在整改", "正在进行", "整改中", "部分整改", "持续整改",
                                        "基本完成", "正在推进", "推进中", "尚未完成", "未完成", "正在实施"};
const std::string_view kDone[] = {"已全部整改", "已整改", "已完成", "整改完成", "整改完毕", "整改到位", "已落实",
                                  "已办结", "已销号", "已解决"};
const std::string_view kOngoing[] = {"长期坚持", "长效"};
// Words that put a "done" phrase in the future within its clause: 预计…前整改完毕.
const std::string_view kFuture[] = {"预计", "计划", "拟", "力争", "确保", "争取", "预定", "将于", "将在"};
// Implied: what is planned (not started), under way, or done.
const std::string_view kPlanned[] = {"拟", "将于", "准备"};
const std::string_view kUnderWay[] = {"正在", "预计", "预定", "已联系", "已申请", "已向", "已订购", "已列入",
                                      "已荐派", "已安排", "已启动", "已开工", "已立项", "已委托"};
// 已 followed by these says nothing of the work itself (已纳入计划, 已量好尺寸, 已申报).
const std::string_view kNeutralAfterYi[] = {"纳入", "量好", "申报", "下发", "上报", "报送", "提交", "有", "达", "超", "过", "经"};

bool is_clause_end(std::string_view s, size_t i) {
    char c = s[i];
    return c == ',' || c == ';' || c == '.' || c == '!' || c == '?' || c == ':' || s.compare(i, 3, "。") == 0 ||
           s.compare(i, 3, "，") == 0 || s.compare(i, 3, "；") == 0 || s.compare(i, 3, "、") == 0;
}

bool at(std::string_view s, size_t i, std::string_view w) { return s.compare(i, w.size(), w) == 0; }

template <size_t N> size_t match(std::string_view s, size_t i, const std::string_view (&words)[N]) {
    for (std::string_view w : words)
        if (at(s, i, w)) return w.size();
    return 0;
}

size_t next_char(std::string_view s, size_t i) { return i + std::max<size_t>(1, utf8_lead_length(static_cast<unsigned char>(s[i]))); }

// A count rather than an item: 已整改10个, 已完成整改198个 (a summary's figures).
bool followed_by_count(std::string_view s, size_t i) {
    size_t j = i, seen = 0;
    while (j < s.size() && seen < 4 && !is_clause_end(s, j)) {
        if (s[j] >= '0' && s[j] <= '9') return true;
        j = next_char(s, j);
        seen++;
    }
    return false;
}

} // namespace

// ---- status_in ----------------------------------------------------------------------------------------

StatusReading status_in(std::string_view s, bool allow_implied) {
    StatusReading r;
    // Stated: not started over in progress over done (整改中，第一批已完成 is in progress).
    size_t ns = npos, ip = npos, done = npos, future_done = npos;
    bool ongoing = false;
    size_t clause = 0; // where the current clause starts
    for (size_t i = 0; i < s.size(); i = next_char(s, i)) {
        if (is_clause_end(s, i)) {
            clause = next_char(s, i);
            continue;
        }
        if (size_t n = match(s, i, kNotStarted); n && !followed_by_count(s, i + n)) ns = std::min(ns, i);
        if (size_t n = match(s, i, kInProgress); n && !followed_by_count(s, i + n)) ip = std::min(ip, i);
        if (size_t n = match(s, i, kDone); n && !followed_by_count(s, i + n)) {
            bool future = false;
            for (size_t k = clause; k < i && !future; k = next_char(s, k)) future = match(s, k, kFuture) > 0;
            (future ? future_done : done) = std::min(future ? future_done : done, i);
        }
        if (match(s, i, kOngoing)) ongoing = true;
    }
    if (ns != npos) return {true, Status::NotStarted, false, ns};
    if (ip != npos) return {true, Status::InProgress, false, ip};
    if (done != npos) return {true, ongoing ? Status::DoneOngoing : Status::Done, false, done};
    if (!allow_implied) return r;
    if (future_done != npos) return {true, Status::InProgress, true, future_done};
    size_t planned = npos, under_way = npos, did = npos;
    for (size_t i = 0; i < s.size(); i = next_char(s, i)) {
        if (match(s, i, kPlanned) && !at(s, i, "拟定")) planned = std::min(planned, i);
        if (match(s, i, kUnderWay)) under_way = std::min(under_way, i);
        if (at(s, i, "已") && i + 3 < s.size() && !match(s, i + 3, kNeutralAfterYi)) did = std::min(did, i);
    }
    if (planned != npos) return {true, Status::NotStarted, true, planned};
    if (under_way != npos) return {true, Status::InProgress, true, under_way};
    if (did != npos) return {true, Status::Done, true, did};
    return r;
}

// ---- deadline_in -----------------------------------------------------------------------------------------

namespace {
bool digit(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
} // namespace

// 2025年7月底前, 11月30日前, 本月25日前, 每月5日前, 2025年底前, 5月底前; "月低" read as 月底.
bool deadline_in(std::string_view s, size_t& b, size_t& e) {
    for (size_t i = 0; i < s.size(); i = next_char(s, i)) {
        bool month = at(s, i, "月"), year_end = at(s, i, "年底") || at(s, i, "年低");
        if (!month && !year_end) continue;
        // Back over the digits, 年 and 本/每 before it.
        size_t start = i;
        if (month) {
            while (start > 0 && digit(s, start - 1)) start--;
            if (start == i) { // 本月 / 每月 / 下月
                if (start >= 3 && (at(s, start - 3, "本") || at(s, start - 3, "每") || at(s, start - 3, "下"))) start -= 3;
                else continue;
            } else if (start >= 3 && at(s, start - 3, "年")) {
                size_t y = start - 3;
                while (y > 0 && digit(s, y - 1)) y--;
                if (start - 3 - y == 4) start = y;
            }
        } else {
            while (start > 0 && digit(s, start - 1)) start--;
            if (i - start != 4) continue;
        }
        size_t j = i + 3; // past 月 or 年
        if (month) {
            if (at(s, j, "底") || at(s, j, "低")) j += 3;
            else {
                size_t d = j;
                while (digit(s, d)) d++;
                if (d == j || !(at(s, d, "日") || at(s, d, "号"))) continue;
                j = d + 3;
            }
        } else {
            j += 3; // 底
        }
        if (!at(s, j, "前")) continue;
        b = start;
        e = j + 3;
        return true;
    }
    return false;
}

} // namespace rectify::text
