// What a sentence of a rectification document says of an item's status and deadline
// (text_import_parts.h): the wordings of the four statuses, what done or planned work implies,
// and deadlines written inside a sentence. Every scan is linear in the text: a fixed list of
// phrases is tried at each character.
// Index: phrases · status_in · deadline_in.
#include <algorithm>

#include "core/import/text_import_parts.h"
#include "core/import/text_sentence_lists.h"
#include "core/utf8.h"

namespace rectify::text {

namespace {

// ---- phrases ----------------------------------------------------------------------------------------

// Stated, on normalised (Simplified, punctuation-folded) text. Longer phrases first where one
// holds another.
const std::string_view kNotStarted[] = {"尚未整改", "未整改", "未开始", "没有整改", "未启动"};
const std::string_view kInProgress[] = {"整改正在进行", "正在整改", "正在进行", "整改中", "部分整改", "持续整改",
                                        "基本完成", "正在推进", "推进中", "尚未完成", "未完成", "正在实施", "有序推进",
                                        // a 督察 转办件 closed for its stage only (是否办结: 阶段性办结)
                                        "阶段性办结"};
// 进行了整改 / 作出了针对性整改 / 完成了销号: the rectifying told as past (了), as 已整改 tells it (a noun after it, 进行了整改部署,
// is none).
const std::string_view kDone[] = {"已全部整改", "已整改", "已完成", "整改完成", "整改完毕", "整改到位", "已落实",
                                  "已办结", "已销号", "已解决", "办理完毕", "处理完毕", "维修完毕",
                                  // the repair itself finished (将下水管道彻底清理疏通完毕, 井盖已经被完全修复好了)
                                  "清理完毕", "疏通完毕", "修复完毕", "更换完毕", "拆除完毕", "安装完毕", "修复好", "修好了",
                                  "进行了整改", "作出了整改", "做出了整改", "进行了针对性整改", "作出了针对性整改", "做出了针对性整改",
                                  "完成了整改", "完成了销号", "完成了维修", "完成了修复", "完成了更换", "完成了清理", "完成了安装", "完成了改造"};
const std::string_view kOngoing[] = {"长期坚持", "长效"};
// Words that put a "done" phrase in the future within its clause: 预计…前整改完毕.
// An order is no completion either: 责令其三日内整改完毕 / 已责令…立即整改，限三日内整改完毕.
const std::string_view kFuture[] = {"预计", "计划", "拟", "力争", "确保", "争取", "预定", "将于", "将在", "务必", "必须", "限期", "要求", "责令"};
// Implied: what is planned (not started), under way, or done.
const std::string_view kPlanned[] = {"拟", "将于", "准备", "定于"};
const std::string_view kUnderWay[] = {"正在", "预计", "预定"};
// Meant but not begun (争取尽快动工, 尽快维修): not started, unless something is under way.
const std::string_view kMeant[] = {"尽快", "争取"};
// 已(经) followed by these: a first step taken, the work not finished (已联系施工单位, 已与…联系, 已上报, 已列入计划,
// 已责成学校尽快更换 / 已移交教育局处理 / 已转交…: the work handed on; 已进驻调查: an inquiry begun).
const std::string_view kStartedAfterYi[] = {"联系", "申请", "向", "订购", "列入", "荐派", "安排", "启动", "开工", "立项", "委托", "报修",
                                           "开始", "进入", "责成", "移交", "转交", "转送", "转给", "进驻",
                                           // 已上报…待…确认 (handed up, waiting), 已与施工队联系 (a contact made)
                                           "上报", "与"};
// 已 followed by an action says it was done (已更换…, 已对…进行清理, 已于4月5日完成); followed by
// anything else it describes the place (年代已久, 已开裂, 已过期, 已成危房) or a step that is no
// work yet (已纳入计划, 已量好尺寸, 已申报).
const std::string_view kDoneAfterYi[] = {
    "更换", "更新", "安装", "加装", "购买", "购置", "采购", "配备", "配齐", "配置", "建立", "制定", "修订", "补充", "补全", "补办",
    "划设", "完成", "签订", "清理", "清退", "清除", "拆除", "维修", "修复", "修缮", "整治", "设置", "增设", "疏通", "重新", "全部",
    "对", "将", "于", "粉刷", "清洗", "处理", "落实", "调整", "改造", "硬化", "封闭", "张贴", "公示", "撤除", "停用", "关闭", "取缔",
    "督促", "印发", "召开", "开展", "组织", "实现", "新增", "铺设", "加固", "更正", "规范", "恢复", "撤换", "停止", "投入", "启用",
    "移", "搬", "拆", "修", "换", "装", "购", "建", "补", "配", "设", "聘", "签", "召", "发放", "退还", "整改", "在", "按",
    "粘贴", "停止", "取消", "叫停", "正常", "查封", "封存", "迁移", "迁出", "停职", "免职", "撤职"};
// An order to put it right (要求学校立即整改, 责令其改正): the work is still to do, whatever was done
// before the order (已对负责人进行批评，要求学校立即整改).
const std::string_view kOrder[] = {"要求", "责令", "责成"};
const std::string_view kOrdered[] = {"整改", "改正", "改进"};

bool is_clause_end(std::string_view s, size_t i) {
    char c = s[i];
    return c == ',' || c == ';' || c == '.' || c == '!' || c == '?' || c == ':' || s.compare(i, 3, "。") == 0 ||
           s.compare(i, 3, "，") == 0 || s.compare(i, 3, "；") == 0 || s.compare(i, 3, "、") == 0;
}

using seg::at;

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

// A status word that names things rather than this item's state: 汇报未整改项, 已整改事项清单,
// 未整改问题台账.
bool followed_by_noun(std::string_view s, size_t i) {
    // …整改完成时限 / 整改完成时间 / 完成期限: the time set for it, not its completion.
    return (s.compare(i, 3, "项") == 0 && s.compare(i + 3, 3, "目") != 0) || s.compare(i, 6, "事项") == 0 || s.compare(i, 6, "问题") == 0 ||
           s.compare(i, 6, "时限") == 0 || s.compare(i, 6, "时间") == 0 || s.compare(i, 6, "期限") == 0 || s.compare(i, 6, "日期") == 0;
}

// Where the clause holding byte `at` starts.
size_t clause_start_at(std::string_view s, size_t at) {
    size_t start = 0;
    for (size_t i = 0; i < at && i < s.size(); i = next_char(s, i))
        if (is_clause_end(s, i)) start = next_char(s, i);
    return start;
}

// An order's word (责令, 要求, 限期; 限 before a time): what follows is demanded of the unit.
bool time_limit_at(std::string_view s, size_t i);
bool is_order_word(std::string_view s, size_t i) {
    return at(s, i, "责令") || at(s, i, "要求") || at(s, i, "限期") || time_limit_at(s, i);
}

// 限 before a time (限三日内, 限10天内, 限本周内): the time an order allows, so what follows is still to do.
bool time_limit_at(std::string_view s, size_t i) {
    if (!at(s, i, "限")) return false;
    size_t j = i + 3;
    // 限你们7日内 / 限其三日内 / 限该单位10天内: whom the order is for, then the time.
    for (std::string_view w : {"你们", "你单位", "你公司", "你校", "其", "该单位", "该校", "该公司", "该店"})
        if (at(s, j, w)) {
            j += w.size();
            break;
        }
    if (j < s.size() && s[j] >= '0' && s[j] <= '9') return true;
    for (std::string_view w : {"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "本", "当", "次"})
        if (at(s, j, w)) return true;
    return false;
}

// 正在 before a passive (正在受到蚕食, 正在遭受, 正在被占用) tells what befalls the place, not work under
// way; so does 正在 before the complained-of activity itself (学生正在补习中, 九年级正在上课): the wrong
// goes on, nothing is being mended.
bool befalls_at(std::string_view s, size_t i) {
    if (!at(s, i, "正在")) return false;
    for (std::string_view w : {"受到", "遭受", "遭到", "被", "上课", "补课", "补习", "授课", "营业", "招生", "办班", "收取", "收费"})
        if (at(s, i + 6, w)) return true;
    // 正在…的时候 / 正在…之际 sets a time (幼儿正在长身体的时候): while something goes on, no work under way.
    for (size_t k = i + 6; k < s.size() && !is_clause_end(s, k); k = next_char(s, k))
        if (at(s, k, "的时候") || at(s, k, "之际") || at(s, k, "之时")) return true;
    return false;
}

// An order (kOrder) with what it orders (kOrdered) later in its clause.
// 责成/责令 orders what the rest of its sentence says (责成学校进一步加强管理，…，立即进行整改):
// for them the sentence, not the clause, is searched, up to a ；(…；此项整改工作已由相关单位落实 is no part of the order).
bool order_at(std::string_view s, size_t i) {
    if (!match(s, i, kOrder)) return false;
    const bool charged = at(s, i, "责成") || at(s, i, "责令");
    auto sentence_end = [&](size_t k) { return at(s, k, "。") || at(s, k, ";") || at(s, k, "；"); };
    for (size_t k = i; k < s.size() && (charged ? !sentence_end(k) : !is_clause_end(s, k)); k = next_char(s, k))
        if (match(s, k, kOrdered)) return true;
    return false;
}

// A repair with 了 after it (于7月25日拆除了…, 增加了灭火器数量, 建立了家长反馈机制): done, said
// without 已. Only work on the thing itself: 开展了排查 or 召开了会议 is no repair.
const std::string_view kRepairs[] = {"拆除", "铲除", "撤除", "清除", "清理", "更换", "更新", "维修", "修复", "安装",
                                     "加固", "配备", "粉刷", "清洗", "封闭", "疏通", "查封", "增加", "增设", "新建",
                                     "建立", "招聘", "补充", "清退"};
bool done_with_le_at(std::string_view s, size_t i) {
    // 对损坏的线缆进行了拆除、更换 / 对门窗进行了维修: the repair said after 进行了.
    if (at(s, i, "进行了") && match(s, i + 9, kRepairs)) return true;
    const size_t n = match(s, i, kRepairs);
    return n && at(s, i + n, "了");
}

// A thing stopped at once (立即叫停 / 予以叫停 / 当即叫停): done, said without 已. An order to stop
// (要求立即叫停) is caught as an order only when it orders 整改; it stays still to do by kFuture's 要求.
bool stopped_at(std::string_view s, size_t i) {
    for (std::string_view w : {"立即叫停", "予以叫停", "当即叫停", "立即停止", "当即停止"})
        if (at(s, i, w)) return true;
    return false;
}

// 要求/责令 earlier in the clause holding byte `i` (要求立即停止): an order, not what was done.
bool clause_has_order_before(std::string_view s, size_t i) {
    for (size_t k = clause_start_at(s, i); k < i; k = next_char(s, k))
        if (match(s, k, kOrder)) return true;
    return false;
}

// A month to finish by (8月完成卫生间改造, 10月底前完工): work still to come.
bool month_to_finish_at(std::string_view s, size_t i) {
    if (!at(s, i, "月") || i == 0 || s[i - 1] < '0' || s[i - 1] > '9') return false;
    size_t j = i + 3;
    for (std::string_view w : {"底前", "底", "前", "份", "内"})
        if (at(s, j, w)) {
            j += w.size();
            break;
        }
    return at(s, j, "完成") || at(s, j, "完工") || at(s, j, "竣工");
}

// 预计…完工/完成/竣工/投入使用 within the clause starting at k.
bool has_finish_after(std::string_view s, size_t k) {
    for (size_t i = k; i < s.size() && !is_clause_end(s, i); i = next_char(s, i))
        for (std::string_view w : {"完工", "完成", "竣工", "投入使用", "交付"})
            if (at(s, i, w)) return true;
    return false;
}

// 已对… is work done only when its clause says what was done to it (已对食堂进行了清理, 已对负责人作出处理);
// 反映人已对幼儿园无意见 says how someone stands.
bool acts_in_clause(std::string_view s, size_t k) {
    // 已对12个工地进行了检查 / 已对…开展排查: the checkers' own check, no work on the thing found (已对此事进行调查处理 is).
    bool check = false, work = false;
    for (size_t c = k; c < s.size() && !is_clause_end(s, c); c = next_char(s, c)) {
        for (std::string_view w : {"检查", "排查", "抽查", "督查", "巡查", "核查", "调查", "暗访", "检测"}) check |= at(s, c, w);
        for (std::string_view w : {"处理", "整改", "整治", "查处", "清理", "维修", "更换", "修复", "拆除", "安装", "调整", "规范"}) work |= at(s, c, w);
    }
    if (check && !work) return false;
    for (; k < s.size() && !is_clause_end(s, k); k = next_char(s, k))
        for (std::string_view w : {"进行", "作出", "做出", "开展", "实施", "予以", "给予", "完成", "处理", "整改", "整治", "查处", "清理",
                                   "维修", "更换", "修复", "拆除", "安装", "调整", "规范"})
            if (at(s, k, w)) return true;
    return false;
}

const std::string_view kCorrectingNouns[] = {"通知", "意见", "要求", "方案", "计划", "工作", "措施", "任务"};
// What is planned for the rectifying, not the rectifying done (进行了整改部署, 完成了整改方案; 完成了整改工作 is done).
const std::string_view kPlanNouns[] = {"部署", "动员", "方案", "计划", "通知", "意见", "要求"};
// 已及时整改 / 已立即改正 / 学生已做出改正 / 已逐一纠正 / 现已全部改正: done, a manner or 做出 between 已 and the correcting.
// Where 已 stands, or npos. A correcting that names a thing (已及时整改通知…) is none.
size_t corrected_at(std::string_view s, size_t i) {
    if (!at(s, i, "已")) return npos;
    size_t j = at(s, i + 3, "经") ? i + 6 : i + 3;
    bool manner = false;
    for (bool more = true; more;) {
        more = false;
        for (std::string_view w : {"及时", "立即", "迅速", "马上", "逐一", "逐项", "认真", "全面", "全部", "彻底", "按要求", "做出", "作出"})
            if (at(s, j, w)) j += w.size(), manner = more = true;
    }
    for (std::string_view w : {"整改", "改正", "纠正"})
        if (at(s, j, w) && (manner || w != "整改") && !followed_by_noun(s, j + w.size()) &&
            !match(s, j + w.size(), kCorrectingNouns))
            return i;
    return npos;
}

} // namespace

// ---- status_in ----------------------------------------------------------------------------------------

StatusReading status_in(std::string_view s, bool allow_implied) {
    StatusReading r;
    // Stated: not started over in progress over done (整改中，第一批已完成 is in progress).
    size_t ns = npos, ip = npos, done = npos, future_done = npos, order_done = npos;
    bool ongoing = false;
    bool ordered_clause = false; // the clause's future word is an order (责令, 要求, 限期, 限三日内)
    bool future = false;   // the clause so far has 预计/计划/拟…: a "done" in it is still to come
    bool question = false; // …是否存在未整改到位…: asked, not stated
    bool figures = false;  // 其中13个问题已经整改到位: counted, not one item's
    size_t clause = 0;
    for (size_t i = 0; i < s.size(); i = next_char(s, i)) {
        if (is_clause_end(s, i)) {
            future = question = figures = ordered_clause = false;
            clause = next_char(s, i);
            continue;
        }
        if (at(s, i, "是否") || at(s, i, "有无")) question = true;
        if (!figures && (at(s, i, "个") || at(s, i, "项")) && i > clause && s[i - 1] >= '0' && s[i - 1] <= '9') figures = true;
        if (question || figures) continue;
        if (size_t n = match(s, i, kNotStarted); n && !followed_by_count(s, i + n) && !followed_by_noun(s, i + n)) ns = std::min(ns, i);
        if (size_t n = match(s, i, kInProgress); n && !followed_by_count(s, i + n) && !followed_by_noun(s, i + n)) ip = std::min(ip, i);
        auto seen_done = [&](size_t at_) {
            if (!future) done = std::min(done, at_);
            else if (at_ < future_done) future_done = at_, order_done = ordered_clause ? at_ : npos;
        };
        if (size_t n = match(s, i, kDone); n && !followed_by_count(s, i + n) && !followed_by_noun(s, i + n) &&
                                           !(at(s, i + n - 6, "整改") && match(s, i + n, kPlanNouns)))
            seen_done(i);
        if (size_t v = corrected_at(s, i); v != npos) seen_done(v);
        if (match(s, i, kFuture) || time_limit_at(s, i)) {
            // The clause's first future word decides: an order's 整改完毕 (责令其三日内整改完毕) is what the checkers demanded.
            if (!future) ordered_clause = is_order_word(s, i);
            future = true;
        }
        if (match(s, i, kOngoing)) ongoing = true;
    }
    // A case told in time order: still not done then (但到次年春季仍未整改到位。), then what was done after (…责令该校
    // 全部清退了借读生 / 现已整改到位): the later step is the status.
    if (ns != npos && (ns >= 3 && (at(s, ns - 3, "仍") || (ns >= 6 && (at(s, ns - 6, "仍然") || at(s, ns - 6, "依然")))))) {
        const size_t then = s.find("。", ns);
        if (then != npos) {
            if (done != npos && done > then) return {true, Status::Done, false, done};
            for (size_t k = then; k < s.size(); k = next_char(s, k))
                if (match(s, k, kNotStarted)) break;
                else if (done_with_le_at(s, k)) return {true, Status::Done, true, k};
        }
    }
    if (ns != npos) return {true, Status::NotStarted, false, ns};
    if (ip != npos) return {true, Status::InProgress, false, ip};
    // Done, and yet something still to finish after it (已完成加固…预计10月份完工): under way.
    if (done != npos && future_done != npos && future_done > done) return {true, Status::InProgress, false, done};
    if (done != npos) {
        for (size_t k = done; k < s.size(); k = next_char(s, k))
            if ((at(s, k, "预计") && has_finish_after(s, k)) || month_to_finish_at(s, k)) return {true, Status::InProgress, false, done};
        return {true, ongoing ? Status::DoneOngoing : Status::Done, false, done};
    }
    if (!allow_implied) return r;
    // An order's 整改完毕 alone (责令其十日内全部整改完毕) says what was demanded, not what was done: no status.
    const bool to_finish = future_done != npos && order_done == npos; // 预计…清理完毕: under way (after the implied scan)
    size_t planned = npos, under_way = npos, did = npos, meant = npos, ordered = npos, set_to = npos;
    bool skip = false, digit_before = false; // a question or a count in this clause, as above
    bool asked = false;                      // this sentence so far plans, orders or asks (计划, 要求, 确保…)
    bool wished = false;                     // this sentence so far is a wish (恳请, 希望…)
    size_t clause_at = 0;
    // Work told done in a sentence that opens with now (现在，…垃圾已经清理 / 目前已…): the latest such, which outdates a step
    // under way or planned told before it (…正在逐步清理中，预计近日清理完毕。…现在，垃圾已经清理).
    size_t now_did = npos;
    bool now_sentence = true; // the text's first sentence counts as opening with now only if it says so
    auto opens_now = [&](size_t k) {
        while (k < s.size() && (at(s, k, "“") || at(s, k, "\"") || s[k] == ' ' || s[k] == '\n')) k = next_char(s, k);
        for (std::string_view w : {"现在", "现已", "如今", "目前", "截至目前", "眼下", "现小区", "现该"})
            if (at(s, k, w)) return true;
        return false;
    };
    now_sentence = opens_now(0);
    for (size_t i = 0; i < s.size(); i = next_char(s, i)) {
        if (at(s, i, "。")) asked = wished = false, now_sentence = opens_now(i + 3);
        // A complainant's wish (恳请…尽快回应, 希望…尽快解决): nobody's plan.
        if (at(s, i, "恳请") || at(s, i, "希望") || at(s, i, "请求") || at(s, i, "恳求") || at(s, i, "盼")) wished = true;
        if (is_clause_end(s, i)) {
            skip = digit_before = false;
            clause_at = next_char(s, i);
            continue;
        }
        if (match(s, i, kFuture) || match(s, i, kOrder) || at(s, i, "要") || at(s, i, "应")) asked = true;
        // A clause that opens with 完成 in a sentence that asks nothing (…制定了整合方案，完成统建A、B等3项
        // 整合工作): work told as done, without 已.
        if (i == clause_at && i > 0 && at(s, i, "完成") && !asked && !followed_by_noun(s, i + 6)) did = std::min(did, i);
        if (at(s, i, "是否") || at(s, i, "有无") || (digit_before && (at(s, i, "个") || at(s, i, "项")))) skip = true;
        // A clause that denies what follows (没有照片证明已拆除, 无法证明已维修, 未能说明已…): no work told.
        if (at(s, i, "没有") || at(s, i, "无法") || at(s, i, "未能")) skip = true;
        digit_before = s[i] >= '0' && s[i] <= '9';
        if (skip) continue;
        if (match(s, i, kPlanned) && !at(s, i, "拟定")) planned = std::min(planned, i);
        if (match(s, i, kUnderWay) && !befalls_at(s, i)) under_way = std::min(under_way, i);
        // The office set people to it at once (市容局马上组织人员去把坑填上 / 立即安排人员维修), in a sentence that orders
        // nothing: the work begun, under way, unless anything else is told of it (立即安排人员清理，已清理干净 is done).
        for (std::string_view w : {"马上组织", "立即组织", "随即组织", "当即组织", "马上安排", "立即安排", "随即安排", "当即安排"})
            if (!asked && at(s, i, w)) set_to = std::min(set_to, i);
        if (match(s, i, kMeant) && !wished) meant = std::min(meant, i);
        if (order_at(s, i)) ordered = i; // the last order counts
        if (done_with_le_at(s, i) || (stopped_at(s, i) && !clause_has_order_before(s, i))) did = std::min(did, i), now_did = now_sentence ? i : now_did;
        if (!at(s, i, "已")) continue;
        const size_t verb = at(s, i + 3, "经") ? i + 6 : i + 3; // 已联系 / 已经联系
        // A degree or a manner before the work (围墙已经基本修复, 已初步整治, 已马上清理, 已及时更换): done all the same.
        // Only for work done: 已及时安排…进行更换 stays as it was read.
        size_t work = verb;
        for (std::string_view w : {"基本", "初步", "马上", "立即", "及时", "全面", "彻底"})
            if (at(s, verb, w)) {
                work += w.size();
                break;
            }
        // 已由相关单位落实 / 已由学校完成: done, by whom said between 已 and the work.
        if (at(s, verb, "由")) {
            for (size_t k = verb + 3, n = 0; k < s.size() && n < 12 && !is_clause_end(s, k); k = next_char(s, k), n++)
                if (at(s, k, "落实") || at(s, k, "完成") || at(s, k, "整改") || at(s, k, "解决")) {
                    did = std::min(did, i);
                    break;
                }
            continue;
        }
        if (match(s, verb, kStartedAfterYi)) under_way = std::min(under_way, i);
        else if (match(s, work, kDoneAfterYi) && (!at(s, work, "对") || acts_in_clause(s, work))) did = std::min(did, i), now_did = now_sentence ? i : now_did;
    }
    if (now_did != npos && (planned == npos || planned < now_did) && (under_way == npos || under_way < now_did) && (meant == npos || meant < now_did) &&
        (!to_finish || future_done < now_did))
        return {true, Status::Done, true, now_did};
    if (to_finish) return {true, Status::InProgress, true, future_done};
    if (planned != npos) return {true, Status::NotStarted, true, planned};
    if (under_way != npos) return {true, Status::InProgress, true, under_way};
    if (meant != npos) return {true, Status::NotStarted, true, meant};
    // An order (责令…整改, 要求…立即整改, 责成学校…立即进行整改) says what the checkers demanded, not what the unit
    // did: no status of its own, and a step told before it (已对…进行约谈，要求学校立即整改) is the checkers' too, not
    // the work done.
    if (ordered != npos && (did == npos || ordered > did)) return r;
    if (did != npos) return {true, Status::Done, true, did};
    if (set_to != npos) return {true, Status::InProgress, true, set_to};
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
    // A time after an event: 判决生效后3个月内, 收到通知后10个工作日内 (its day is not known).
    for (std::string_view unit : {"个月内", "个工作日内", "个工作日", "日内", "天内"}) {
        size_t k = s.find(unit);
        if (k == npos || k == 0 || !digit(s, k - 1)) continue;
        size_t d = k;
        while (d > 0 && digit(s, d - 1)) d--;
        size_t start = clause_start_at(s, d);
        for (std::string_view w : {"在", "于"}) {
            size_t at = s.rfind(w, d);
            if (at != npos && at >= start && at < d) start = at + w.size();
        }
        b = start;
        e = k + unit.size();
        return true;
    }
    return false;
}

// ---- names and deadlines for the plan ------------------------------------------------------------------

// A department or a person, from a name in a responsibility line: offices end in 科 处 室 办….
bool office_name(std::string_view s) {
    for (std::string_view e : {"科", "处", "室", "办", "局", "中心", "组", "股", "校", "学", "园", "部", "队", "委", "院", "所", "站", "会", "食堂"})
        if (ends_with(s, e)) return true;
    return char_count(s) > 4;
}

// The deadline's wording read against the document's date: 本月 is its month, a date without a
// year takes its year, and of several dates (本月25日前完成方案，9月底前完工) the last counts.
Deadline resolve_deadline(const std::string& wording, const Date& doc) {
    std::string s = normalise_field(wording);
    for (std::string_view sep : {"，", "；", ",", ";"})
        if (size_t k = s.rfind(sep); k != std::string::npos && k + sep.size() < s.size()) {
            std::string last = s.substr(k + sep.size());
            if (last.find("月") != std::string::npos || last.find("年") != std::string::npos) s = last;
        }
    if (size_t k = s.find("本月"); k != std::string::npos) {
        if (doc.empty()) {
            Deadline d;
            d.kind = DeadlineKind::Unparsed;
            d.text = wording;
            return d;
        }
        s = s.substr(0, k) + std::to_string(doc.m) + "月" + s.substr(k + 6);
    }
    Deadline d = parse_deadline(simplified(s), doc.y);
    d.text = wording;
    return d;
}

bool date_without_year(std::string_view wording) {
    const std::string s = simplified(normalise_field(wording));
    size_t b = 0, e = 0;
    return s.find("年") == std::string::npos && (deadline_in(s, b, e) || s.find("月") != std::string::npos) && s.find("个月") == std::string::npos;
}

// An office named in a measure's sentence: 由总务处每周检查, 由会计负责, 县财政局已将…, 教导处每月检查.
std::string office_in(std::string_view s) {
    auto ends_office = [](std::string_view w) {
        for (std::string_view e : {"局", "科", "处", "室", "办", "中心", "委员会", "股", "站", "所", "队"})
            if (ends_with(w, e)) return true;
        return false;
    };
    auto verb_at = [&](std::string_view rest, std::initializer_list<std::string_view> verbs) {
        for (std::string_view v : verbs)
            if (starts_with(rest, v)) return true;
        return false;
    };
    // 由X负责 / 由X监督 / 交由X统一处置
    for (size_t k = s.find("由"); k != npos; k = s.find("由", k + 3)) {
        const size_t b = k + 3;
        for (size_t e = b; e < s.size() && e - b <= 30 && !is_clause_end(s, e); e = next_char(s, e))
            if (e > b && verb_at(s.substr(e), {"负责", "监督", "检查", "牵头", "统一", "每", "组织", "派"})) return std::string(s.substr(b, e - b));
    }
    // A clause that opens with an office and what it did: 县教育局印发…, 教导处每月检查.
    size_t clause = 0;
    for (size_t i = 0; i <= s.size(); i = i < s.size() ? next_char(s, i) : i + 1) {
        if (i < s.size() && !is_clause_end(s, i)) continue;
        std::string_view c = s.substr(clause, i - clause);
        if (!verb_at(c, {"将", "对", "在", "从", "按", "把", "于", "已", "由", "为", "并", "及", "和", "与"}))
            for (size_t e = 6; e < c.size() && e <= 30; e = next_char(c, e))
                if (ends_office(c.substr(0, e)) &&
                    verb_at(c.substr(e), {"已", "将", "印发", "组织", "每", "对", "按", "负责", "牵头", "开展", "督促", "建立", "制定", "召开", "派", "正在"}))
                    return std::string(c.substr(0, e));
        clause = i < s.size() ? next_char(s, i) : i;
    }
    return "";
}

} // namespace rectify::text
