// Findings in prose (text_items_reader.h): when no list, label or table holds the problems, a report or a
// news item written as prose. A sentence that states a finding (审计发现…存在…等问题) or a matter reported
// and confirmed (有网民反映…问题, 网传…, 有媒体反映…) is a problem; the paragraphs after it tell what was done.
// Index: findings · choose_findings.
#include <algorithm>

#include "core/import/text_items_reader.h"
#include "core/import/text_sentence_lists.h"

namespace rectify::text {

namespace {

// ---- findings -----------------------------------------------------------------------------------------

// 反映 at byte k that means "shows" (这反映出…, 反映了…的不足), not "reported".
bool reflects(std::string_view sentence, size_t k) {
    return starts_with(sentence.substr(k + 6), "出") || starts_with(sentence.substr(k + 6), "了") ||
           (k >= 3 && sentence.substr(k - 3, 3) == "这");
}

// What 对 names before 存在的 when it is some of those checked (对两单位存在的校车运行安全隐患提出了整改要求):
// they were found at fault, and what is wrong follows. 对存在的问题 / 对检查中存在的问题 / 对各校存在的问题
// name no one in particular; 对3所…存在隐患的幼儿园下发了整改通知书 names whom an order is for.
bool some_of_them(std::string_view who) {
    if (starts_with(who, "于")) who.remove_prefix(3);
    for (std::string_view w : {"部分", "个别", "少数", "该校", "该园", "该单位", "该机构"})
        if (starts_with(who, w)) return true;
    size_t len = 0;
    if (!digits_at(who, 0, len, 4) && !cn_at(who, 0, len)) len = seg::at(who, 0, "两") ? 3 : 0;
    if (len == 0) return false;
    for (std::string_view w : {"所", "家", "个", "单位", "台", "辆", "名", "座", "处", "批"})
        if (starts_with(who.substr(len), w)) return true;
    return false;
}

// 存在/发现 that states a finding: not inside "对…的" (对存在安全隐患的幼儿园发放整改意见书, 对存在
// 整改不到位的将严肃问责, 要对审计发现的问题举一反三), which names whom an action is for, unless 对
// names some of those checked (some_of_them).
bool states_finding(std::string_view sentence) {
    for (std::string_view w : {"存在", "发现", "揭示", "反映", "投诉", "举报"})
        for (size_t k = sentence.find(w); k != npos; k = sentence.find(w, k + w.size())) {
            if (w == "反映" && reflects(sentence, k)) continue;
            const size_t clause = clause_start_near(sentence, k, {",", ";", ":", "，", "；", "："});
            const size_t end = clause_end_near(sentence, k, {",", ";", "。", "，", "；"});
            const std::string_view lead = sentence.substr(clause, k - clause);
            const size_t to = lead.find("对");
            const bool for_whom = to != npos && sentence.substr(k + w.size(), end - k - w.size()).find("的") != npos;
            if (!for_whom || (some_of_them(lead.substr(to + 3)) && starts_with(sentence.substr(k + w.size()), "的"))) return true;
        }
    return false;
}

// A test that failed (对…材料抽样检测不合格，立即要求更换): a finding, though no 发现/存在 says so. 不合格的…
// names a kind of thing (对不合格的跑道立即停止使用), and a test that may fail (如…检测不合格) found nothing.
bool failed_test(std::string_view sentence) {
    // What was found before, named again (对上述抽检中发现的不合格产品，…责令…下架): no new finding. (以上 is left out: it
    // also says "over", 超标50%以上.)
    if (has_any(sentence, {"上述", "前述"})) return false;
    // A sampling notice's line (标称…生产的1批次香瓜子糖精钠项目不合格。): a tested item (项目) that failed.
    if (size_t k = sentence.find("项目不合格"); k != npos && !seg::at(sentence, k + 15, "的") && !has_any(sentence.substr(0, k), {"如果", "如发现", "若", "一旦", "是否"}))
        return true;
    for (std::string_view w : {"检测", "抽检", "检验", "送检", "复检", "抽样"})
        if (size_t k = sentence.find(w); k != npos)
            for (std::string_view f : {"不合格", "不达标"})
                if (size_t e = sentence.find(f, k); e != npos && e - k <= 30 && !seg::at(sentence, e + f.size(), "的") &&
                    !has_any(sentence.substr(0, e), {"如果", "如发现", "若", "一旦", "是否"}))
                    return true;
    return false;
}

// 存在X问题 with X naming what is wrong (存在重复建设招生管理信息系统问题): the words between name a
// finding of their own; 存在问题 / 存在一些问题 / 存在以下问题 name none.
bool named_problem(std::string_view sentence) {
    for (size_t k = sentence.find("存在"); k != npos; k = sentence.find("存在", k + 6)) {
        const size_t q = sentence.find("问题", k + 6);
        if (q == npos) return false;
        const std::string_view x = sentence.substr(k + 6, q - k - 6);
        // One thing named, not a list (A、B等亮点问题 is for the list rules to judge).
        if (x.size() < 12 || has_any(x, {",", "，", "。", ";", "；", ":", "：", "、", "等"})) continue;
        if (has_any(x, {"一些", "以下", "如下", "不少", "诸多", "很多", "较多", "许多", "哪些", "什么", "主要", "突出", "其他", "上述", "类似"})) continue;
        return true;
    }
    return false;
}

// Things named, then counted, with no 发现 (现场查收…，乱拉电线、插线板上床等安全隐患问题69处): a list
// split by 、 before 等, then 隐患/问题 within a few words, then a count (69处, 12个, 5项).
bool named_and_counted(std::string_view sentence) {
    for (size_t k = sentence.find("等"); k != npos; k = sentence.find("等", k + 3)) {
        const size_t clause = clause_start_near(sentence, k, {",", ";", "，", "；"}); // the clause holding 等
        const std::string_view before = sentence.substr(clause, k - clause);
        if (!contains(before, "、")) continue;
        std::string_view after = sentence.substr(k + 3, 30);
        size_t w = npos;
        for (std::string_view h : {"隐患问题", "隐患", "问题"})
            if (size_t at = after.find(h); at != npos && at <= 12) {
                w = at + h.size();
                break;
            }
        if (w == npos || w >= after.size() || after[w] < '0' || after[w] > '9') continue;
        while (w < after.size() && after[w] >= '0' && after[w] <= '9') w++;
        if (starts_with(after.substr(w), "处") || starts_with(after.substr(w), "个") || starts_with(after.substr(w), "项")) return true;
    }
    return false;
}

// Things named, then a larger count of them (共发现水管断裂、吊灯松动等5处安全隐患 / 实地察看了A，B、C等7个突出问题 / 發現存在
// A、B、C、D、E等18項問題): the sentence is one problem holding the count and the examples (the lead's decision after set U; set F
// read it as a summary). As many named as counted is counted_parts' (one each); a count with nothing named is figures.
bool named_fewer_than_counted(std::string_view sentence) {
    for (size_t k = sentence.find("等"); k != npos; k = sentence.find("等", k + 3)) {
        size_t len = 0;
        int n = digits_at(sentence, k + 3, len, 4);
        if (!n) n = cn_at(sentence, k + 3, len);
        const size_t u = k + 3 + len;
        if (n < 3 || !has_any(sentence.substr(u, 3), {"处", "个", "项", "条", "起"})) continue;
        const std::string_view after = sentence.substr(u + 3, 15); // a few words to 隐患/问题 (7个突出问题)
        if (!has_any(after, {"隐患", "问题"})) continue;
        const size_t clause = clause_start_near(sentence, k, {",", ";", ":", "，", "；", "：", "。"});
        const std::string_view named = sentence.substr(clause, k - clause);
        if (!contains(named, "、")) continue;
        int parts = 1;
        for (size_t c = named.find("、"); c != npos; c = named.find("、", c + 3)) parts++;
        if (parts < n) return true;
    }
    return false;
}

// 发现 then a count of units that then 存在 something (检查发现3家托管班存在变相开展学科类培训): units counted
// and found at fault, whatever the words of their fault.
bool counted_units_found(std::string_view sentence) {
    for (size_t k = sentence.find("发现"); k != npos; k = sentence.find("发现", k + 6)) {
        size_t i = k + 6;
        if (starts_with(sentence.substr(i), "了")) i += 3;
        size_t len = 0; // 3家, 十二所, 两个 (两 counts, but is no numeral elsewhere)
        if (!digits_at(sentence, i, len, 6) && !cn_at(sentence, i, len) && seg::at(sentence, i, "两")) len = 3;
        i += len;
        if (len == 0 || !has_any(sentence.substr(i, 3), {"家", "所", "个", "名"})) continue;
        const size_t stop = std::min(sentence.find(",", i), sentence.find("。", i));
        if (const size_t e = sentence.find("存在", i); e != npos && e < stop && e - i <= 45) return true;
    }
    return false;
}

// A check's figures, the things found only counted (共检查医院3家，发现火灾隐患9处，下发责令改正通知书3份 / 发现隐患700条，
// 整改隐患431条): a clause 发现…隐患/问题 then a count closes, and nothing in the sentence is named (no 、, no 等). The
// hazards are somewhere else in the text or nowhere; the figures are no problem of their own.
bool counted_only(std::string_view sentence) {
    if (has_any(sentence, {"、", "等"})) return false;
    for (size_t k = sentence.find("发现"); k != npos; k = sentence.find("发现", k + 6)) {
        const size_t end = clause_end_near(sentence, k, {",", ";", "。", "，", "；"});
        std::string_view c = sentence.substr(k + 6, end - k - 6);
        while (!c.empty() && (c.back() == '\n' || c.back() == ' ')) c.remove_suffix(1);
        size_t u = c.size();
        for (std::string_view unit : {"处", "条", "个", "项", "起"})
            if (ends_with(c, unit)) u = c.size() - unit.size();
        if (u == c.size() || u == 0 || c[u - 1] < '0' || c[u - 1] > '9') continue;
        size_t d = u;
        while (d > 0 && c[d - 1] >= '0' && c[d - 1] <= '9') d--;
        const std::string_view what = c.substr(0, d);
        if (char_count(what) <= 8 && (ends_with(what, "隐患") || ends_with(what, "问题"))) return true;
    }
    return false;
}

// A sentence that states what the work is for (为加强…, 为进一步…, 为了…): it names what may be wrong,
// not what was found.
bool purpose(std::string_view sentence) {
    const std::string t = trimmed(sentence);
    for (std::string_view w : {"为加强", "为进一步", "为切实", "为确保", "为了", "为保障", "为做好", "为全面", "为有效", "为深入"})
        if (starts_with(t, w)) return true;
    return false;
}

// A report only supposed (如果你也遇到了问题需要投诉，请进入…提交反映事项 / 如您发现…请举报): a page's
// invitation to the reader, no matter reported.
bool hypothetical(std::string_view before) {
    return has_any(before, {"如果", "如有", "如您", "如你", "若有", "若您", "若你", "假如", "倘若", "一旦"});
}

// A matter reported to the office and named (有网民反映我区一所学校门口管理问题 / 有媒体报道称“…” /
// 有媒体反映一中通过家委会收取托管费 / 网传…视频 / 网曝…倡议家长捐款 / 对…乱收费情况进行了报道):
// a finding when the text confirms it or acts on it (经核实, 确实存在, 属实, 整改, 经调查, 已移交…处理).
// Someone outside must report it (or a reply names the report: 关于投诉…, 您反映的…): 确保发现和
// 反映的问题全面客观 is a duty, no report. 网传/网曝 name the report and the reporter at once; a
// report said as 对…进行了报道 names the thing reported after 对.
bool reported_matter(std::string_view sentence, bool confirmed) {
    if (!confirmed || has_any(sentence, {"如下", "以下", "热点问题", "是否"}) || purpose(sentence)) return false;
    // The matter told before, named again (这一问题得到迅速解决，…在接到市民反映后… / 经调查核实，王先生反映情况属实): what was
    // done or found of it, no new report.
    if (has_any(trimmed(sentence).substr(0, 12), {"这一问题", "该问题", "此问题", "这个问题"}) || contains(sentence, "反映情况属实")) return false;
    if (has_any(sentence, {"网传", "网曝", "被曝", "遭曝"})) return true;
    for (std::string_view w : {"反映", "报道称", "投诉", "举报", "曝光", "报料", "爆料"})
        if (size_t k = sentence.find(w); k != npos && !hypothetical(sentence.substr(0, k)) && !(w == "反映" && reflects(sentence, k)) &&
            has_any(sentence.substr(0, k), {"网民", "网友", "家长", "群众", "市民", "媒体", "居民", "学生", "用户", "报道", "关于", "您", "你",
                                            "女士", "先生", "业主", "住户", "村民"})) // 家住…的刘女士拨打12345热线反映, 多位业主向记者反映
            return true;
    const size_t told = sentence.find("报道");
    return told != npos && has_any(sentence.substr(0, told), {"进行了", "进行"}) && contains(sentence.substr(0, told), "对");
}

// A check's overall result praised (总体…较好, 绝大部分…), then a finding turned to by 但 naming whom (总体安全情况较好，但仍有
// 部分学校周边的交通秩序不容乐观。): what was found wrong, though no 发现/存在 says so. The turn must close the sentence in one
// clause, or be followed only by what was done about it.
bool praised_then_found(std::string_view sentence) {
    for (std::string_view w : {"但仍有", "但也有", "但还有", "但仍然有", "但是仍有", "但是也有"}) {
        const size_t k = sentence.find(w);
        if (k == npos || !has_any(sentence.substr(0, k), {"较好", "良好", "总体", "整体", "基本", "绝大部分", "绝大多数", "大部分", "大多数"})) continue;
        std::string_view rest = sentence.substr(k + w.size());
        while (!rest.empty() && (rest.back() == '\n' || rest.back() == ' ')) rest.remove_suffix(1);
        if (ends_with(rest, "。")) rest.remove_suffix(3);
        if (!has_any(rest.substr(0, std::min<size_t>(rest.size(), 9)), {"部分", "个别", "少数", "一些", "少部分"})) continue;
        // The turn's clause, then what was done about it (…质量意识不强，检查过程中对…下发了整改通知书，并责令限期改正):
        // the turn's clause is the finding.
        if (const size_t c = std::min(rest.find(","), rest.find("，")); c != npos && c <= 90 && rest.size() - c <= 300 &&
            has_any(rest.substr(c), {"下发", "下达", "责令", "责成", "约谈", "通报", "整改", "改正", "处罚", "立案"}) &&
            !has_any(rest.substr(c), {"但", "存在", "发现"}))
            rest = rest.substr(0, c);
        if (has_any(rest, {",", "，", ";", "；", "发现", "存在"})) continue; // several clauses, or a finding read elsewhere
        if (contains(rest, "不") || shortcoming(rest)) return true;
    }
    return false;
}

// An order or a notice done for units named, counted or quantified, whom the words describe at fault (对2户经营
// 儿童博彩玩具的商户责令整改 / 对于部分存在安全隐患的校车，县校车办下达整改通知 / 对3所…存在隐患的幼儿园下发了
// 整改通知书): they have what is wrong and were told to put it right, so it is a finding. No one named (对存在的
// 问题, 对存在拖延整改的单位), an order to come (将…, 如发现…) or not yet for correction (立案查处) is none.
// The whom's words (from the count or the name to the 的-phrase's end), at [from, to) of the sentence.
// Every search stays within kWhomWindow bytes after the 对 (the whom and its order are a phrase, not a page) and
// kLeadWindow before it: linear however long a sentence without a full stop runs.
constexpr size_t kWhomWindow = 300, kLeadWindow = 90;
constexpr size_t kLongSentence = 1500; // bytes: some five hundred characters without a full stop
bool ordered_for_whom(std::string_view sentence, size_t& from, size_t& to) {
    for (size_t k = sentence.find("对"); k != npos; k = sentence.find("对", k + 3)) {
        if (k >= 3 && has_any(sentence.substr(k - 3, 3), {"核", "面", "相", "绝", "反", "应", "比", "校"})) continue; // 核对, 面对…
        size_t w = k + 3;
        if (seg::at(sentence, w, "于")) w += 3;
        const std::string_view win = sentence.substr(0, std::min(sentence.size(), w + kWhomWindow));
        // The whom runs to the clause's end or to the order, whichever is first; the order comes within that
        // clause or the next (对于部分…的校车，县校车办第一时间下达整改通知).
        size_t clause_end = win.size();
        for (std::string_view e : {",", "，", ";", "；", "。", ":", "："})
            if (size_t c = win.find(e, w); c != npos) clause_end = std::min(clause_end, c);
        size_t next_end = win.size();
        for (std::string_view e : {",", "，", ";", "；", "。"})
            if (size_t c = win.find(e, clause_end + 1); c != npos && clause_end < win.size()) next_end = std::min(next_end, c);
        size_t order = npos;
        // 限期整改 said alone (对其中5家…的餐饮单位限期整改) is an order too.
        for (std::string_view v : {"下发", "下达", "发放", "发出", "出具", "提出", "责令", "责成", "约谈", "限期"})
            for (size_t c = win.find(v, w); c != npos && c < next_end; c = win.find(v, c + v.size())) {
                // A notice or an opinion must be for correction (下发了整改通知书), not any paper.
                const bool corrective = v == "责令" || v == "责成" || v == "约谈" || contains(sentence.substr(c, 30), "整改");
                if (corrective && c < order) order = c;
            }
        if (order == npos) continue;
        const size_t end = std::min(order, clause_end);
        std::string_view who = sentence.substr(w, end - w);
        while (!who.empty() && (who.back() == ' ' || who.back() == '\n')) who.remove_suffix(1);
        // 对其中1家未安装报警器的餐饮单位责令停业: 其中 before the count picks some of those checked.
        if (starts_with(who, "其中")) who.remove_prefix(6), w += 6;
        // The words between the whom and the order: a time or the office, never a duty or a plan (将, 拟, 要, 应).
        const std::string_view between = sentence.substr(w + who.size(), order - w - who.size());
        const std::string_view lead = sentence.substr(k > kLeadWindow ? k - kLeadWindow : 0, k > kLeadWindow ? kLeadWindow : k);
        if (has_any(between, {"将", "拟", "应", "须", "需", "计划", "准备"}) || (contains(between, "要") && !contains(between, "要求")) ||
            has_any(lead.substr(lead.size() > 24 ? lead.size() - 24 : 0), {"将", "拟", "计划", "准备", "如发现", "如有", "若", "一旦"}) ||
            hypothetical(lead))
            continue;
        // Named, counted or quantified: 2户, 部分, 个别, or a unit's own name before what is wrong.
        size_t len = 0;
        bool counted = false;
        for (std::string_view q : {"部分", "个别", "少数", "一些", "少部分", "有的", "少量"})
            if (starts_with(who, q)) counted = true;
        if (!counted && (digits_at(who, 0, len, 4) || cn_at(who, 0, len) || (len = seg::at(who, 0, "两") ? 3 : 0) > 0))
            for (std::string_view u : {"所", "户", "家", "个", "名", "台", "辆", "座", "处", "批", "间", "类"})
                if (starts_with(who.substr(len), u)) counted = true;
        // What is wrong, said in the whom (存在X的 / 经营X的 / 未X的 / 有X的) or after it (…存在的X问题).
        size_t fault = npos;
        for (std::string_view f : {"存在", "经营", "销售", "售卖", "未", "有", "无证", "违规", "隐患", "不合格", "不规范", "不到位"})
            if (size_t c = who.find(f); c != npos && c < fault) fault = c;
        // One situation of units quantified inside it (针对场内个别经营户未在醒目位置亮证亮照情况责令立即整改): the
        // situation ordered put right is the finding, with no 的-phrase of whom.
        const bool situation = !has_any(who, {"、", "等"}) && has_any(who.substr(0, std::min<size_t>(who.size(), 15)), {"部分", "个别", "少数", "有的"}) &&
                               (ends_with(who, "情况") || ends_with(who, "现象") || ends_with(who, "问题") || ends_with(who, "行为"));
        if (fault == npos || (!situation && !contains(who.substr(fault), "的"))) continue;
        counted |= situation;
        bool named = false;
        if (!counted && fault >= 6 && !has_any(who.substr(0, 3), {"各", "全", "所", "该", "其", "相", "有", "这", "此", "上", "以", "检", "对"}))
            for (std::string_view u : {"学校", "小学", "中学", "幼儿园", "公司", "超市", "医院", "商店", "餐厅", "食堂", "酒店", "宾馆", "门店", "药店"})
                if (ends_with(who.substr(0, fault), u)) named = true;
        if (!counted && !named) continue;
        // 对个别学校存在的A、B等问题提出整改意见: the problems are what follows, for the list rules to read.
        bool things = false;
        if (has_any(who, {"、", "等"})) {
            for (std::string_view t : {"问题", "隐患", "情况", "现象", "不足", "行为", "短板", "漏洞", "风险"})
                if (ends_with(who, t)) things = true;
        }
        if (things) continue;
        from = w;
        to = w + who.size();
        return true;
    }
    return false;
}

// A sentence that reports what was found wrong: 审计发现…存在改变预算资金用途等问题 /
// 发现学生公寓部分消防疏散指示标志人为损坏严重. Its end (after 。), or npos; `begin` gets its start.
size_t finding_end(std::string_view t, size_t& begin, bool confirmed) {
    // The next 。, searched for again only once passed, and the next line break before it: linear, also when the
    // caller calls again after each finding on a long line with no break (the break is looked for up to the 。 only).
    size_t stop = t.find("。");
    for (size_t b = 0; b < t.size();) {
        if (stop != npos && stop < b) stop = t.find("。", b);
        const size_t in = t.substr(b, stop == npos ? npos : stop - b).find('\n');
        const size_t line = in == npos ? npos : b + in;
        size_t e = std::min(stop, line);
        e = e == npos ? t.size() : e + (t[e] == '\n' ? 1 : 3);
        const std::string_view sentence = t.substr(b, e - b);
        // Found, and what is wrong named: a generic 存在问题 or a lead-in to a list (存在以下问题) is not,
        // nor is a purpose (为加强…，及时排查整改校园存在的安全隐患).
        if ((named_and_counted(sentence) || named_fewer_than_counted(sentence)) && !purpose(sentence) && !question(sentence)) {
            begin = b;
            return e;
        }
        if (praised_then_found(sentence) && !purpose(sentence) && !question(sentence) && !summary_figures(sentence)) {
            begin = b;
            return e;
        }
        if (size_t from = 0, to = 0; !purpose(sentence) && !question(sentence) && ordered_for_whom(sentence, from, to) &&
                                     !summary_figures(sentence.substr(from))) { // 全县共有183台校车，…对于部分…
            begin = b + from;
            // The scan goes on after the whom (its order is read as the measure), within a sentence of ordinary
            // length; one that runs on for pages is taken whole, so no part of it is scanned again and again.
            return sentence.size() <= kLongSentence ? b + to : e;
        }
        if (failed_test(sentence) && !purpose(sentence) && !question(sentence) && !summary_figures(sentence)) {
            begin = b;
            return e;
        }
        if (states_finding(sentence) && !purpose(sentence) && !counted_only(sentence) &&
            (contains(sentence, "等问题") || named_problem(sentence) || counted_units_found(sentence) ||
             has_any(sentence, {"隐患", "不规范", "不到位", "不足", "损坏", "过期", "违规", "违反", "未按", "乱收费", "多收", "超标", "破损",
                                "漏水", "强制", "不合理", "缺失", "缺少", "未配备", "老化",
                                // a safety rule broken (发现…占用疏散通道 / 存在…未经消防设计审核擅自施工等违法行为)
                                "占用", "堵塞", "锁闭", "擅自", "违法"})) &&
            !summary_figures(sentence) && !question(sentence) &&
            !has_any(sentence, {"是否", "共发现", "个问题", "处隐患", "项问题", "以下", "如下"})) {
            begin = b;
            return e;
        }
        if (reported_matter(sentence, confirmed) && !summary_figures(sentence)) {
            begin = b;
            return e;
        }
        b = e;
    }
    return npos;
}

// Findings told in sentences after 经查 (经查，A校…提前组织报名、收费。B校…未批先招…。): the office states what it
// found, whatever the words of the fault. Two sentences or more from one at a sentence's start that
// starts 经查/经核查/经调查 and is no confirmation (属实, 未发现) nor a lead-in (如下), up to one that turns to
// what is done about them (针对…, 责令…, 现…, 经研究决定…) or states a status: each sentence's start, the chain's end last.
// Empty when fewer than two.
std::vector<size_t> checked_sentences(std::string_view t) {
    std::vector<size_t> starts;
    for (std::string_view w : {"经查,", "经核查,", "经调查,", "经查，", "经核查，", "经调查，"})
        for (size_t k = t.find(w); k != npos && starts.empty(); k = t.find(w, k + w.size())) {
            std::string_view before = t.substr(0, k);
            while (!before.empty() && (before.back() == '\n' || before.back() == ' ')) before.remove_suffix(1);
            if (!before.empty() && !ends_with(before, "。")) continue; // at a sentence's start
            size_t b = k;
            while (b < t.size()) {
                size_t e = t.find("。", b);
                e = e == npos ? t.size() : e + 3;
                const std::string_view sentence = t.substr(b, e - b);
                const bool first = starts.empty();
                if (has_any(sentence, {"如下", "以下", ":", "："}) || (first && has_any(sentence, {"属实", "未发现", "没有发现", "不存在"}))) break;
                if (!first && has_any(sentence, {"决定", "研究"})) break; // 经…研究，决定对该校…: the decisions
                if (!first && has_any(sentence.substr(0, std::min<size_t>(sentence.size(), 9)),
                                      {"针对", "对此", "对以上", "对上述", "对该", "对其", "责令", "责成", "根据", "按照", "依据", "现", "经研究", "鉴于", "目前", "下一步", "为"}))
                    break;
                if (status_in(sentence, false).found || purpose(sentence) || question(sentence) || char_count(sentence) < 8) break;
                starts.push_back(b);
                b = e;
            }
            if (starts.size() < 2) starts.clear();
            else starts.push_back(b);
        }
    return starts;
}

// Between two findings on one line, a sentence of its own (…等违法行为。经现场检查，该项目已经停工。B公司…): what was done
// about the first was told. Only the stretch between them is looked at.
bool told_between(std::string_view t, size_t from, size_t to) {
    if (from == npos || to <= from) return false;
    const std::string_view between = t.substr(from, to - from);
    return char_count(between) >= 8 && between.find("。") != npos;
}

// A sentence that opens with a unit's name and what it has wrong (山东联美食品有限公司存在…): within its first words.
bool unit_at_fault(std::string_view head) {
    const size_t k = head.find("存在");
    if (k == npos || k < 6) return false;
    const std::string_view who = head.substr(0, k);
    if (has_any(who, {",", "，", "。", ";", "；"})) return false;
    for (std::string_view u : {"公司", "学校", "中学", "小学", "幼儿园", "医院", "卫生院", "工厂", "厂", "企业", "超市", "酒店", "宾馆", "门店",
                               "商店", "养老院", "敬老院", "农庄", "饭店", "网吧"})
        if (ends_with(who, u)) return true;
    return false;
}

} // namespace

// ---- choose_findings --------------------------------------------------------------------------------

// A paragraph's later line that reports a finding of its own starts a paragraph of its own (lines
// with no blank between them join into one: 审计发现A…。/ 整改… / 另一审计揭示B…等问题。). One pass over
// each paragraph (each search goes on from the last finding's end) and one renumbering: linear.
void Reader::split_at_findings(bool confirmed) {
    std::vector<Node> split;
    std::vector<int> moved(nodes.size());
    for (size_t i = 0; i < nodes.size(); i++) {
        moved[i] = int(split.size());
        const Node& x = nodes[i];
        if (x.style != Style::Para || x.parent >= 0) {
            split.push_back(x);
            continue;
        }
        const std::string plain = simplified(x.own);
        std::vector<size_t> cut_lines; // how many line breaks come before each cut
        std::vector<size_t> cut_stops; // how many 。 come before each cut inside a line
        size_t pos = 0, prev_end = npos, counted = 0, breaks = 0, stops_counted = 0, stops = 0;
        for (size_t b = 0, e; pos < plain.size() && (e = finding_end(std::string_view(plain).substr(pos), b, confirmed)) != npos; pos += e) {
            const size_t begin = pos + b;
            // The last line break between the previous finding and this one, looked for back to the previous finding
            // only (a long line of findings with no break is not scanned back to its start at each one).
            if (prev_end != npos && begin >= prev_end) {
                if (size_t ls = std::string_view(plain).substr(prev_end, begin - prev_end + 1).rfind('\n'); ls != npos && (ls += prev_end) >= prev_end) {
                    breaks += size_t(std::count(plain.begin() + std::ptrdiff_t(counted), plain.begin() + std::ptrdiff_t(ls) + 1, '\n'));
                    counted = ls + 1;
                    cut_lines.push_back(breaks);
                } else if (begin >= 3 && plain.compare(begin - 3, 3, "。") == 0 && told_between(plain, prev_end, begin) &&
                           unit_at_fault(std::string_view(plain).substr(begin, std::min<size_t>(plain.size() - begin, 90)))) {
                    // No line break, but what was done about the last finding told in between, and a unit of its own at
                    // fault (…正在补办。B公司存在…等违法行为。): a finding of its own, cut after as many 。 in the own text.
                    stops += size_t(std::count_if(plain.begin() + std::ptrdiff_t(stops_counted), plain.begin() + std::ptrdiff_t(begin),
                                                  [&, k = stops_counted](char) mutable { return plain.compare(k++, 3, "。") == 0; }));
                    stops_counted = begin;
                    cut_stops.push_back(stops);
                }
            }
            prev_end = pos + e;
            if (e == 0) break;
        }
        // The same lines in the node's own text (simplifying may change a text's length, not its lines).
        std::vector<size_t> cuts;
        for (size_t k = 0, from = 0, seen = 0; k < cut_lines.size(); k++) {
            size_t at = npos;
            while (seen < cut_lines[k] && (at = x.own.find('\n', from)) != npos) from = at + 1, seen++;
            if (seen == cut_lines[k] && from < x.own.size()) cuts.push_back(from);
        }
        for (size_t k = 0, at = 0, seen = 0; k < cut_stops.size() && at != npos; k++) {
            while (seen < cut_stops[k] && (at = x.own.find("。", at)) != npos) at += 3, seen++;
            if (at != npos && seen == cut_stops[k] && at < x.own.size()) cuts.push_back(at);
        }
        // Each of several findings after 经查, found after as many 。 in the node's own text (simplifying keeps them);
        // one pass over both.
        std::vector<size_t> checked;
        const std::vector<size_t> chain = checked_sentences(plain);
        for (size_t c = 0, q = 0, at = 0; c < chain.size() && at != npos; c++) {
            for (size_t stop; at != npos && (stop = plain.find("。", q)) != npos && stop < chain[c]; q = stop + 3)
                if ((at = x.own.find("。", at)) != npos) at += 3;
            if (at == npos) break;
            cuts.push_back(at);
            if (c + 1 < chain.size()) checked.push_back(at);
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        if (!cuts.empty() && cuts.front() == 0) cuts.erase(cuts.begin());
        if (!cuts.empty() && cuts.back() >= x.own.size()) cuts.pop_back();
        size_t start = 0;
        for (size_t k = 0; k <= cuts.size(); k++) {
            const size_t stop = k < cuts.size() ? cuts[k] : x.own.size();
            Node y = k == 0 ? x : Node{};
            y.checked = std::find(checked.begin(), checked.end(), start) != checked.end();
            if (k > 0) {
                y.style = Style::Para;
                y.before = x.before;
                y.at = x.at + start;
            }
            y.own = trimmed(std::string_view(x.own).substr(start, stop - start));
            split.push_back(std::move(y));
            start = stop;
        }
    }
    if (split.size() == nodes.size()) return;
    auto renumber = [&](int& k) {
        if (k >= 0) k = moved[size_t(k)];
    };
    for (Node& x : split) {
        renumber(x.parent);
        renumber(x.before);
        for (int& k : x.kids) renumber(k);
    }
    for (SegPlace& sp : place) renumber(sp.node);
    nodes = std::move(split);
}

// No list, no label, no table: a report or a news item written as prose. Each paragraph that
// reports a finding is a problem (the finding its text); the paragraphs after it, up to the next
// finding, tell what was done about it.
void Reader::choose_findings() {
    int open_item = -1;
    std::string whole;
    for (const Node& x : nodes) whole += simplified(x.own);
    std::vector<std::string> findings_said; // each finding's words, spaces left out
    // A reporter who went to see (记者来到/采访/走访…) confirms what was reported as much as an office does.
    // An office that went to the place (安排人员到现场查看) confirms it too.
    const bool confirmed = has_any(whole, {"属实", "确实存在", "核实", "核查", "整改", "调查", "处理", "叫停", "退还", "退款", "现场查看"}) ||
                           (contains(whole, "记者") && has_any(whole, {"记者来到", "记者采访", "记者走访", "记者暗访", "记者访问", "采访了", "记者实地"}));
    split_at_findings(confirmed);
    for (size_t i = 0; i < nodes.size(); i++) {
        Node& x = nodes[i];
        if (x.style != Style::Para || x.parent >= 0) {
            open_item = -1;
            continue;
        }
        const std::string plain = simplified(x.own);
        size_t begin = 0;
        const size_t end = x.checked ? plain.size() : finding_end(plain, begin, confirmed);
        // A news page that gives its lead twice (the summary, then 本报讯 and the lead again): the same
        // finding again is no new problem.
        auto again = [&] {
            std::string said;
            for (char c : std::string_view(plain).substr(begin, end - begin))
                if (c != ' ' && c != '\n') said += c;
            // The last two findings only: a lead given twice comes right after itself (and the check stays linear).
            const auto from = findings_said.size() > 2 ? findings_said.end() - 2 : findings_said.begin();
            const bool seen = std::any_of(from, findings_said.end(), [&](const std::string& f) {
                return f.size() >= 30 && (contains(said, f) || contains(f, said));
            });
            if (!seen) findings_said.push_back(said);
            return seen;
        };
        if (end == npos) {
            if (open_item >= 0 && !closing_words(plain)) {
                nodes[size_t(open_item)].pieces.push_back({Field::Situation, x.own, ""});
                x.consumed = true;
            }
            continue;
        }
        // The office's check of a matter reported just before, finding its cause (通过对路灯的检查，发现部分线缆破损老化，
        // 导致“路灯失明”): what was found of that matter, no new finding.
        auto cause_of_reported = [&] {
            if (open_item < 0) return false;
            const std::string_view f = std::string_view(plain).substr(begin, end - begin);
            const std::string reported = simplified(nodes[size_t(open_item)].own);
            return has_any(f, {"导致", "造成", "致使"}) && has_any(reported, {"反映", "投诉", "举报", "工单", "留言"});
        };
        if (again() || cause_of_reported()) {
            if (open_item >= 0) {
                nodes[size_t(open_item)].pieces.push_back({Field::Situation, x.own, ""});
                x.consumed = true;
            }
            continue;
        }
        // The finding is the problem; the rest of its paragraph is what was done.
        std::string rest = trimmed(std::string_view(x.own).substr(end));
        x.own = trimmed(std::string_view(x.own).substr(begin, end - begin));
        if (!rest.empty()) x.pieces.push_back({Field::Situation, rest, ""});
        x.role = Node::Problem;
        open_item = int(i);
    }
    letter_alone();
}

// A reader's letter published alone (a paper's or a message board's: …影响通行。希望有关部门…尽快填平。 / 人民网“领导
// 留言板”网友 杨先生), no reply after it: when nothing else was found, the paragraph with its plea right before the
// writer's line is the problem. The writer is a 网友/市民/读者/居民/家长 named as 先生/女士 or by a board.
// The letter as the problem's text, whole: a plea's words (尽快…完成施工) state no status of any work.
static void letter_is_problem(Node& x, std::string letter) {
    x.own.clear();
    x.pieces.push_back({Field::Problem, std::move(letter), ""});
    x.role = Node::Problem;
}

void Reader::letter_alone() {
    for (const Node& x : nodes)
        if (x.role == Node::Problem) return;
    auto writer = [](std::string_view line) {
        const std::string w = trimmed(simplified(line));
        return char_count(w) <= 40 && has_any(w, {"网友", "市民", "读者", "居民", "家长"}) && has_any(w, {"先生", "女士", "留言板", "来信"});
    };
    auto pleads = [](std::string_view text) {
        const std::string t = simplified(text);
        return char_count(t) >= 30 && has_any(t, {"希望有关部门", "希望相关部门", "恳请有关部门", "恳请相关部门", "请有关部门", "请相关部门", "希望政府", "恳请领导"});
    };
    for (size_t i = 0; i < nodes.size(); i++) {
        Node& x = nodes[i];
        if (x.style != Style::Para || x.parent >= 0 || x.consumed) continue;
        // The writer's line inside the paragraph (lines with no blank between join): the text before it is the letter.
        for (size_t b = 0, e; b < x.own.size(); b = e + 1) {
            e = x.own.find('\n', b);
            if (e == npos) e = x.own.size();
            if (b == 0 || !writer(std::string_view(x.own).substr(b, e - b))) continue;
            if (!pleads(std::string_view(x.own).substr(0, b))) break;
            letter_is_problem(x, trimmed(std::string_view(x.own).substr(0, b)));
            return;
        }
        // The writer's line as a paragraph of its own, right after the letter.
        const size_t nl = x.own.find('\n');
        if (i > 0 && writer(std::string_view(x.own).substr(0, nl)) && nodes[i - 1].style == Style::Para && nodes[i - 1].parent < 0 &&
            !nodes[i - 1].consumed && pleads(nodes[i - 1].own)) {
            letter_is_problem(nodes[i - 1], nodes[i - 1].own);
            return;
        }
    }
}

} // namespace rectify::text
