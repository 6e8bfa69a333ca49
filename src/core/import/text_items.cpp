// The general item reader (text_items.h). Lines are sorted into noise (page chrome, a sharing
// site's notes), tables and text; text is cut into segments (text_segments.cpp) and built into a
// tree of numbered items, each with the labelled fields that follow it. Then the problems are
// chosen by their cues: parallel lists are paired (the problems 1.–4., later the measures 1.–4.);
// an item with fields or a stated status, and no such item below it, is a problem, and so are its
// siblings; with no cue at all, the items of a list headed 问题/隐患 are. Nothing is guessed from
// one document's layout, and original numbers are kept.
// Index: lines and noise · segments and the tree · entry (the words it tests: text_items_words.cpp;
// choosing problems: text_items_choose.cpp; writing items: text_items_write.cpp).
#include <algorithm>
#include <cctype>
#include <map>

#include "core/file_name.h"
#include "core/import/text_items_reader.h"

namespace rectify::text {

namespace {
// ---- lines and noise ------------------------------------------------------------------------------------

bool platform_noise(std::string_view t) {
    if (char_count(t) > 100) return false;
    static const std::string_view kWords[] = {
        "由会员分享", "文库上搜索", "下载文档", "仅部分预览", "侵犯您的权益", "本文档由", "仅供学习参考", "点此查看",
        "因篇幅问题", "(未完", "全文共", "请认真阅读", "当前显示", "在手机上查看", "相关链接", "咨询电话", "联系电话",
        "电子邮箱", "通信地址", "信息来源", "来源:", "撰稿", "签发:", "审核人", "填表人", "浏览次数", "发布时间:",
        "正式会员", "全文预览", "下载本文档", "文档简介", "版权说明", "相关文章", "收藏《", "已被查看"};
    // A line of attached pictures' file names (AA51BF….jpegD99….jpeg): ASCII only, ending in an image's extension.
    if (t.size() >= 8 && std::all_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        std::string tail(t.substr(t.size() - 5));
        for (char& c : tail) c = char(std::tolower(static_cast<unsigned char>(c)));
        for (std::string_view x : {".jpeg", ".jpg", ".png", ".gif", ".bmp", ".webp"})
            if (ends_with(tail, x)) return true;
    }
    // A post's time stamp alone (2021-12-14 15:18, 2024-12-01 19:09:32): when a letter or a reply was posted.
    if (t.size() >= 15 && t.size() <= 19 && t.find_first_not_of("0123456789-: ") == npos && t[4] == '-' && contains(t, " ") && contains(t, ":"))
        return true;
    // A letter form's label alone on its line, with no colon (问题: / 信件原文 / the letter): it names the text below, and is none.
    for (std::string_view w : {"信件原文", "来信原文", "留言原文", "原文内容"})
        if (t == w) return true;
    // A line of dots (a cut the site made), a page title "…范文_第2页".
    if (!t.empty() && t.find_first_not_of(".…。") == npos) return true;
    if (contains(t, "_第") && ends_with(t, "页")) return true;
    // A page's like or share counter ("- +1", "+12"): a plus and digits only, no word.
    if (contains(t, "+") && t.size() <= 12 && t.find_first_not_of("-+ 0123456789") == npos) return true;
    for (std::string_view w : kWords)
        if (contains(t, w)) return true;
    // A page counter: "1 / 2", "第12页".
    size_t i = 0;
    while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == '/')) i++;
    return (i == t.size() && contains(t, "/")) || (starts_with(t, "第") && ends_with(t, "页") && char_count(t) < 8);
}


} // namespace

// ---- lines, noise, the document's date ----------------------------------------------------------------

void Reader::read_lines() {
    const std::string& t = n.text;
    for (size_t b = 0; b <= t.size();) {
        size_t e = t.find('\n', b);
        if (e == npos) e = t.size();
        PLine l;
        l.b = b;
        l.e = e;
        while (l.e > l.b && (t[l.e - 1] == '\r' || t[l.e - 1] == ' ')) l.e--;
        std::string_view s = norm(l.b, l.e);
        examined += s.size();
        l.blank = s.empty() || only_pipes(s) || s.find_first_not_of("\t ") == npos;
        // A sharing site's cut: "……(未完，全文共939字…)" ends the line's text.
        for (std::string_view cut : {"……(未完", "…(未完", "(未完,", "……(新文秘网", "(全文共"})
            if (size_t k = s.find(cut); k != npos && k > 0) {
                span(l.b + k, l.e, TextSpan::Ignored);
                l.e = l.b + k;
                s = norm(l.b, l.e);
                break;
            }
        l.noise = !l.blank && (platform_noise(s) || (is_chrome(s) && !pipe_line(s) && !contains(s, "\t")));
        lines.push_back(l);
        b = e + 1;
        if (e == t.size()) break;
    }
    // A sharing site's outline above the document ("目录/提纲：……" up to a line of dots) repeats
    // its headings and items: not the document.
    for (size_t i = 0; i < lines.size(); i++) {
        std::string_view s = norm(lines[i].b, lines[i].e);
        if (!(starts_with(s, "目录") || starts_with(s, "提纲") || starts_with(s, "目錄") || starts_with(s, "提綱"))) continue;
        for (size_t j = i + 1; j < lines.size() && j < i + 60; j++) {
            std::string_view d = norm(lines[j].b, lines[j].e);
            if (!d.empty() && d.find_first_not_of(".…。—-") == npos) {
                for (size_t k = i; k <= j; k++) lines[k].noise = true;
                break;
            }
        }
    }
}

void Reader::document_date() {
    Date signed_on, labelled, leading;
    for (const PLine& l : lines) {
        if (l.blank) continue;
        std::string_view s = norm(l.b, l.e);
        Date d;
        if (is_date_line(s) && parse_cn_date(s, d)) signed_on = d;
        else if (labelled.empty() && has_any(s, {"日期:", "时间:"}) && char_count(s) < 60 && parse_cn_date(s, d)) labelled = d;
        else if (leading.empty() && !s.empty() && s[0] >= '1' && s[0] <= '2' && char_count(s) < 40 && parse_cn_date(s.substr(0, 10), d)) leading = d;
        else {
            // A line that ends with the date: "青山县石门小学 2025年4月20日".
            for (size_t k = s.size() > 24 ? s.size() - 24 : 0; k < s.size(); k++)
                if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80 && s[k] >= '1' && s[k] <= '2' && (k == 0 || !(s[k - 1] >= '0' && s[k - 1] <= '9')) &&
                    is_date_line(s.substr(k)) && parse_cn_date(s.substr(k), d)) {
                    signed_on = d;
                    break;
                }
        }
    }
    out.document_date = !signed_on.empty() ? signed_on : !labelled.empty() ? labelled : leading;
}

// ---- segments and the tree ---------------------------------------------------------------------------

void Reader::cut() {
    // A sharing site's page chunks: the text starts "1、…", and "2、志。整改措施…" continues a line
    // cut mid-word (the chunks numbered on: 2、 3、…). Then every "N、" opening a line is the
    // site's, not the document's. A list after a long lead-in starts at 1、 and is no chunk.
    std::vector<bool> chunk(lines.size(), false);
    int chunks = 0, prev = -1;
    bool first_is_chunk = false, first = true;
    for (size_t i = 0; i < lines.size(); i++) {
        if (lines[i].blank || lines[i].noise || lines[i].used) continue;
        MarkAt m;
        std::string_view s = norm(lines[i].b, lines[i].e);
        const bool dun = mark_at(s, 0, true, m) && m.style == Style::ArDun;
        if (first) first_is_chunk = dun && m.value == 1, first = false;
        else if (first_is_chunk && dun && m.value == chunks + 2) {
            std::string_view p = norm(lines[size_t(prev)].b, lines[size_t(prev)].e);
            if (!terminal(p) && !ends_with(p, ":") && char_count(p) > 30) chunks++;
        }
        prev = int(i);
    }
    if (chunks > 0)
        for (size_t i = 0; i < lines.size(); i++) {
            MarkAt m;
            chunk[i] = !lines[i].blank && mark_at(norm(lines[i].b, lines[i].e), 0, true, m) && m.style == Style::ArDun;
        }
    std::vector<int> last(size_t(Style::Count), 0);
    bool blank_before = true;
    for (size_t i = 0; i < lines.size(); i++) {
        const PLine& l = lines[i];
        if (l.blank) {
            blank_before = true;
            continue;
        }
        if (l.used) {
            blank_before = false;
            continue;
        }
        if (l.noise) {
            span(l.b, l.e, TextSpan::Ignored);
            continue;
        }
        size_t from = segs.size();
        size_t lb = l.b;
        if (chunk[i]) {
            MarkAt m;
            mark_at(norm(l.b, l.e), 0, true, m);
            span(l.b, l.b + m.len, TextSpan::Ignored);
            lb += m.len;
        }
        cut_line(orig, n, lb, l.e, last, segs, blank_before && !chunk[i], int(i));
        if (chunk[i] && from < segs.size()) segs[from].line_start = false;
        blank_before = false;
    }
}

// The last line of a paragraph leads into a list of problems: ends with a colon and names them.
bool lead_in(std::string_view text) {
    const size_t nl = text.rfind('\n');
    const std::string last = simplified(nl == std::string::npos ? text : text.substr(nl + 1));
    return (ends_with(last, ":") || ends_with(last, "：")) && problem_heading(last) && !contains(last, "以上");
}

// Segment i is a line that only dates the document, or a short name on the line before such a date.
bool Reader::signature(size_t i) const {
    const Seg& g = segs[i];
    auto whole_line = [&](size_t k) { return segs[k].line_start && (k + 1 >= segs.size() || segs[k + 1].line != segs[k].line); };
    if (!whole_line(i)) return false;
    std::string_view t = norm(g.b, g.e);
    if (is_date_line(t)) return true;
    return i + 1 < segs.size() && whole_line(i + 1) && char_count(t) <= 25 && !has_any(t, {"。", ",", ";", ":"}) &&
           is_date_line(norm(segs[i + 1].b, segs[i + 1].e));
}

// Segment i starts a run of short plain lines, no number and no lead-in before them, three or more
// of which name a shortcoming, and it names one itself: a page's list copied without its bullets
// (1号宿舍楼门锁损坏，需更换 / 路面台阶有破损，存在安全隐患 / 篮球架支架开焊断裂…). At least half of
// the run names a shortcoming, and no blank line parts its lines.
bool Reader::shortcoming_lines(size_t i) const {
    auto plain_line = [&](size_t k) {
        const Seg& g = segs[k];
        return g.line_start && g.style == Style::None && g.field == Field::None && (k + 1 >= segs.size() || segs[k + 1].line != g.line) &&
               at_most_chars(norm(g.b, g.e), 90);
    };
    if (!plain_line(i) || !shortcoming(simplified(norm(segs[i].b, segs[i].e)))) return false;
    // Findings told in prose one a line (审计发现，A校存在…问题。/ 审计发现，B校存在…。): the line before the run
    // reports one as its lines do, so they are prose, each a finding of its own, not a list that starts here.
    if (i > 0 && plain_line(i - 1) && !segs[i].after_blank) {
        const std::string before = simplified(norm(segs[i - 1].b, segs[i - 1].e));
        if (terminal(before) && has_any(before, {"发现", "存在", "揭示"})) return false;
    }
    int named = 0, run = 0;
    // The lines follow one another: paragraphs apart (a blank line between) are prose.
    for (size_t k = i; k < segs.size() && plain_line(k) && (k == i || !segs[k].after_blank); k++, run++)
        named += shortcoming(simplified(norm(segs[k].b, segs[k].e)));
    return named >= 3 && named * 2 >= run;
}

void Reader::tree() {
    place.assign(segs.size(), {});
    // The typical length of a line (the median of the lines of 8 characters or more): lines
    // wrapped by a page or a PDF come near it.
    std::vector<size_t> lengths;
    for (const PLine& l : lines)
        if (!l.blank && !l.noise)
            if (size_t c = char_count(norm(l.b, l.e)); c >= 8) lengths.push_back(c);
    size_t typical_line = 0;
    if (!lengths.empty()) {
        std::nth_element(lengths.begin(), lengths.begin() + long(lengths.size() / 2), lengths.end());
        typical_line = lengths[lengths.size() / 2];
    }
    std::vector<int> stack; // node indices, outermost first
    int cur = -1, piece = -1, last_top = -1;
    std::vector<int> interrupted; // the items open when a paragraph broke into a list
    int interrupted_top = -1;     // and the last top-level item then
    bool bare_list = false;       // after a lead-in naming problems: each plain line is an item
    bool unled = false;           // …or in a run of short lines naming shortcomings (shortcoming_lines)
    int titled = -1, titled_sec = -1; // a title line read as a problem (its paragraph next), and its section
    bool fault_titles = false;        // the titles so far each name a fault, after a paragraph that found problems
    int titled_line = -1;             // the line of such a title's paragraph
    bool title_done = false, note = false;
    auto in_stack = [&](Style s) {
        for (size_t k = 0; k < stack.size(); k++)
            if (nodes[size_t(stack[k])].style == s) return int(k);
        return -1;
    };
    auto open = [&](Style style, int value, std::string number, size_t at) {
        // A paragraph heads no numbered item: the list after "…存在以下问题：" stands on its own
        // (the paragraph's last line is its heading, heading_of).
        if (style != Style::Para) {
            while (!stack.empty() && nodes[size_t(stack.back())].style == Style::Para) stack.pop_back();
            // A paragraph inside a list (4.… / a note / 5.…) did not end it: the next number
            // goes on from the one before the paragraph; a list that starts again at 1 is a new one.
            if (stack.empty() && !interrupted.empty()) {
                const Node& last = nodes[size_t(interrupted.back())];
                if (last.style == style && value == last.value + 1) stack = interrupted, last_top = interrupted_top;
            }
            interrupted.clear();
        }
        // 一是…三是 is a list inside a passage: a 一、 or （一） after it (…三是…。下面，我讲三点意见。一、…) is
        // none of its items' parts.
        if (style == Style::CnDun || style == Style::CnParen)
            while (!stack.empty() && nodes[size_t(stack.back())].style == Style::Shi) stack.pop_back();
        int k = in_stack(style);
        if (k >= 0) stack.resize(size_t(k));
        Node x;
        x.style = style;
        x.value = value;
        x.number = std::move(number);
        x.parent = stack.empty() ? -1 : stack.back();
        x.at = at;
        x.before = last_top;
        nodes.push_back(x);
        int id = int(nodes.size()) - 1;
        if (x.parent >= 0) nodes[size_t(x.parent)].kids.push_back(id);
        else last_top = id;
        stack.push_back(id);
        cur = id;
        piece = -1;
    };
    for (size_t i = 0; i < segs.size(); i++) {
        const Seg& g = segs[i];
        examined += g.e - g.b;
        std::string t = field(g.tb, g.e);
        std::string_view nt = norm(g.tb, g.e);
        // The user's mark on this line wins over what it looks like.
        if (const LineRole role = mark_of(g); role != LineRole::Auto) {
            title_done = true;
            if (role == LineRole::Noise) {
                place[i].noise = true;
                continue;
            }
            if (role == LineRole::Problem) {
                open(g.style != Style::None && g.style != Style::Para ? g.style : Style::Label, g.value,
                     g.style == Style::None || g.style == Style::Dash ? "" : field(g.mb, g.me), g.b);
                nodes[size_t(cur)].own = t;
                nodes[size_t(cur)].forced = nodes[size_t(cur)].problem_label = true;
                place[i] = {cur, -1};
                continue;
            }
            if (cur >= 0) {
                Node& x = nodes[size_t(cur)];
                if (role == LineRole::Measure) {
                    x.pieces.push_back({Field::Measure, t, ""});
                    piece = int(x.pieces.size()) - 1;
                } else { // JoinPrevious: the whole line, its number included, continues what is open
                    join(piece >= 0 ? x.pieces[size_t(piece)].text : x.own, field(g.b, g.e), false);
                }
                place[i] = {cur, piece};
                continue;
            }
        }
        if (!title_done) { // the first line, when short, is the title
            title_done = true;
            const bool sentence = terminal(nt) || ends_with(nt, ":") || char_count(nt) > 60;
            if (g.style == Style::None && g.field == Field::None && !sentence && (i + 1 >= segs.size() || segs[i + 1].line != g.line)) {
                place[i].noise = true;
                span(g.b, g.e, TextSpan::Title);
                out.title = trimmed(t);
                continue;
            }
            // A whole document on one line: its title runs up to the first gap ("…的报告 青山市教育局：").
            if (g.style == Style::None && g.field == Field::None)
                for (size_t k = g.b + 1; k < g.e && k - g.b <= 180; k++)
                    if ((static_cast<unsigned char>(n.text[k]) & 0xC0) != 0x80 && space_before(orig, n, k)) {
                        if (k - g.b >= 12) out.title = trimmed(field(g.b, k));
                        break;
                    }
        }
        // The rest of a titled paragraph's line, cut where sentences list things (…塌陷；B未配备…。C…): the paragraph's
        // cases, its description, not problems of their own.
        if (titled_line == g.line && !g.line_start && cur >= 0 && nodes[size_t(cur)].problem_label) {
            join(nodes[size_t(cur)].own, field(g.b, g.e), true);
            place[i] = {cur, -1};
            continue;
        }
        // 注：1.本表…  2.…: a note and its numbered lines, up to a blank line or a new heading.
        if (note && (g.after_blank || g.style == Style::CnDun || g.style == Style::CnParen || g.style == Style::Label)) note = false;
        if (g.field == Field::Noise) note = true;
        // The office and the date that sign the document: not an item's text.
        // It also ends a note before it (附件：周督导问题清单 / office / date): what follows is the attachment's own text.
        if (g.style == Style::None && g.field == Field::None && g.line_start && signature(i)) {
            place[i].noise = true;
            note = false;
            cur = -1;
            stack.clear();
            continue;
        }
        if (g.field == Field::Skip) { // a form's other cells on the row, or a counted list's count
            place[i].noise = true;
            if (ends_with(nt, "。")) cur = -1, stack.clear(), bare_list = unled = false; // …等3处隐患。 ends the list and its lead-in
            continue;
        }
        if (note || (g.style == Style::None && g.field == Field::None && g.line_start && closing_words(nt))) {
            place[i].noise = true;
            cur = -1;
            stack.clear();
            continue;
        }
        // A column's name alone in its cell (存在问题 | / 责任单位 | / 被检查单位 |) under a lead-in: a flattened table's
        // header, no form's label with its value after it.
        if (bare_list && g.line_start && g.style == Style::None && g.field != Field::None && ends_with(norm(g.b, g.e), "|") &&
            (trim_punct(nt).empty() || trim_punct(nt) == "|") && cur >= 0 &&
            (nodes[size_t(cur)].style == Style::Dash || lead_in(nodes[size_t(cur)].own))) {
            place[i].noise = true;
            continue;
        }
        if (g.style != Style::None || g.field != Field::None) bare_list = unled = false;
        if (g.style != Style::None) {
            Node* c = cur >= 0 ? &nodes[size_t(cur)] : nullptr;
            // A numbered step inside an open field (整改措施: then (1)…(2)…) belongs to it.
            if (c && piece >= 0 && text_field(c->pieces[size_t(piece)].field) && in_stack(g.style) < 0 &&
                g.style != Style::Label && g.style != Style::Code && g.field == Field::None) {
                join(c->pieces[size_t(piece)].text, field(g.b, g.e), false);
                place[i] = {cur, piece};
                continue;
            }
            open(g.style, g.value, g.style == Style::Dash ? "" : field(g.mb, g.me), g.b); // a dash numbers nothing
            Node& x = nodes[size_t(cur)];
            if (g.field == Field::Problem && g.style != Style::Label && trim_punct(t).empty()) {
                x.own = field(g.me, g.e); // "二、存在问题：" alone: the heading of the list below
            } else if (g.field == Field::Problem || g.style == Style::Label) {
                x.problem_label = true;
                x.own = t;
            } else if (g.field != Field::None) {
                x.pieces.push_back({g.field, t, raw(g.tb, g.e)});
                piece = 0;
            } else {
                x.own = t;
                // A numbered heading that leads in (一、安全隐患问题：) heads the plain lines below it,
                // one item each (东山小学：…… / 西山小学：……), like a paragraph that leads in.
                bare_list = segs.size() > i + 1 && segs[i + 1].line != g.line && lead_in(t); // the heading ends its line
            }
            place[i] = {cur, piece};
            continue;
        }
        if (g.field != Field::None) {
            Node* c = cur >= 0 ? &nodes[size_t(cur)] : nullptr;
            if (g.field == Field::Problem) {
                bool has_problem = c && (c->problem_label || std::any_of(c->pieces.begin(), c->pieces.end(), [](const Piece& p) { return p.field == Field::Problem; }));
                bool head_only = c && (c->own.empty() || c->style == Style::Para || c->style == Style::Code || at_most_chars(c->own, 20));
                if (c && !has_problem && head_only) {
                    c->pieces.push_back({Field::Problem, t, ""});
                    piece = int(c->pieces.size()) - 1;
                    place[i] = {cur, piece};
                } else if (trim_punct(t).empty() && has_any(norm(g.b, g.e), {"存在的问题", "存在问题", "主要问题", "发现问题", "发现的问题", "反馈问题"})) {
                    // "存在的问题：" alone heads the list below, like a lead-in.
                    stack.clear();
                    open(Style::Para, 0, "", g.b);
                    nodes[size_t(cur)].own = field(g.b, g.e);
                    place[i] = {cur, -1};
                    bare_list = true;
                } else {
                    open(Style::Label, 0, "", g.b);
                    nodes[size_t(cur)].problem_label = true;
                    nodes[size_t(cur)].own = t;
                    place[i] = {cur, -1};
                }
                continue;
            }
            if (!c) { // a field of the whole document: 整改时限 on a form
                if (g.field == Field::Deadline) {
                    form_deadline = t;
                    form_deadline_raw = raw(g.tb, g.e);
                    // The value may be on the next line(s) of the form.
                    place[i] = {-1, -2};
                } else {
                    place[i].noise = true;
                }
                continue;
            }
            c->pieces.push_back({g.field, t, g.field == Field::Responsible ? names(g.tb, g.e) : raw(g.tb, g.e)});
            piece = int(c->pieces.size()) - 1;
            place[i] = {cur, piece};
            continue;
        }
        // Plain text: it continues what is open, or starts a paragraph.
        if (i > 0 && place[i - 1].piece == -2 && form_deadline.empty()) {
            form_deadline = t;
            form_deadline_raw = raw(g.tb, g.e);
            place[i] = {-1, -2};
            continue;
        }
        // A top-level paragraph: it may lead into a line-per-item list.
        auto paragraph = [&] {
            open(Style::Para, 0, "", g.b);
            stack.assign(1, cur);
            nodes[size_t(cur)].own = t;
            place[i] = {cur, -1};
            bare_list = lead_in(t);
            unled = false;
        };
        if (cur < 0) {
            paragraph();
            continue;
        }
        Node& x = nodes[size_t(cur)];
        // Titled paragraphs under a heading that names problems (二、发现的问题与分析 / 设施维护不善 /
        // 校园内部分设施…): each short title line is a problem, the paragraph after it its description.
        if (titled == cur && g.line_start && x.own.find('\n') == npos) {
            join(x.own, t, false);
            place[i] = {cur, -1};
            titled = -1;
            if (fault_titles) titled_line = g.line;
            continue;
        }
        titled = -1;
        if (g.line_start && g.after_blank && at_most_chars(nt, 15) && char_count(nt) >= 2 && !has_any(nt, {",", ";", ":", "。", "!", "?"}) &&
            i + 1 < segs.size() && segs[i + 1].line != g.line && segs[i + 1].style == Style::None && segs[i + 1].field == Field::None) {
            const int sec = x.style == Style::Dash && titled_sec >= 0 && x.parent == titled_sec ? titled_sec
                            : x.style != Style::Para && x.style != Style::Dash          ? cur
                                                                                         : -1;
            if (sec >= 0 && problem_heading(head_of(nodes[size_t(sec)])) && !measure_heading(head_of(nodes[size_t(sec)]))) {
                open(Style::Dash, 0, "", g.b);
                nodes[size_t(cur)].own = t;
                place[i] = {cur, -1};
                titled = cur, titled_sec = sec, fault_titles = false;
                continue;
            }
        }
        // Titles that each name a fault, after a paragraph that found problems and with no heading (…暗访，发现一批安全
        // 隐患和市场秩序问题，现将有关情况予以通报。/ 浙江：部分景区安全责任落实不到位 / its cases…): each a problem, its
        // paragraph the description. A place before a colon (浙江：) may lead the title.
        if (g.line_start && g.after_blank && at_most_chars(nt, 30) && char_count(nt) >= 6 && !has_any(nt, {",", ";", "。", "!", "?"}) &&
            (shortcoming(nt) || contains(nt, "不") || has_any(nt, {"隐患", "问题"})) && i + 1 < segs.size() && segs[i + 1].line != g.line &&
            segs[i + 1].style == Style::None && segs[i + 1].field == Field::None &&
            ((x.style == Style::Para && x.parent < 0 && contains(x.own, "发现") && has_any(x.own, {"问题", "隐患"}) &&
              has_any(x.own, {"通报", "如下"})) ||
             (x.style == Style::Dash && fault_titles))) {
            open(Style::Dash, 0, "", g.b);
            nodes[size_t(cur)].own = t;
            nodes[size_t(cur)].problem_label = true; // its words name the fault: a cue, as a label is
            place[i] = {cur, -1};
            titled = cur, titled_sec = -1, fault_titles = true;
            continue;
        }
        // After a list's item, a sentence about all the items (学校已逐项制定整改措施…, 对上述问题…)
        // or a request to the office above (由于资金缺口大…，敬请…给予补助) closes the list; it is none of them.
        if (x.style != Style::Para && g.line_start &&
            (has_any(nt.substr(0, std::min<size_t>(nt.size(), 60)), {"逐项", "上述问题", "以上问题", "所有问题", "各项问题", "以上各项", "检查中发现的"}) ||
             has_any(nt, {"敬请", "恳请", "恳求"}))) {
            // One that answers them and leads into a list on its line (针对以上问题，…进行了整改。首先，…)
            // is that list's lead-in: a paragraph of its own.
            if (answers_problems(nt) && i + 1 < segs.size() && segs[i + 1].line == g.line && segs[i + 1].style != Style::None) {
                stack.clear();
                paragraph();
                continue;
            }
            place[i].noise = true;
            cur = -1;
            stack.clear();
            continue;
        }
        // Lines with no number after a lead-in ("检查发现的问题总结如下：" then one problem a line).
        if (bare_list && (ends_with(nt, ":") || closing_words(nt))) { // another lead-in, a closing
            bare_list = unled = false;
            // After a line-per-item list, a new lead-in (…主要原因是：) is no part of its last item.
            if (x.style == Style::Dash && g.line_start && ends_with(nt, ":")) {
                stack.clear();
                paragraph();
                continue;
            }
        }
        if (!bare_list && x.style == Style::Para && !x.own.empty() && shortcoming_lines(i)) bare_list = unled = true;
        // A table flattened one cell a line under the lead-in (学院 | / 存在隐患 | / 交通学院 | / A204 插线板串接 |):
        // each cell ends at its "|"; a short cell naming nothing wrong is a header's or a group's name.
        const bool cell = ends_with(nt, "|"), after_cell = i > 0 && ends_with(norm(segs[i - 1].b, segs[i - 1].e), "|");
        const std::string_view in_cell = cell ? trim_punct(nt.substr(0, nt.size() - 1)) : nt;
        auto unit_name = [](std::string_view c) {
            for (std::string_view w : {"学院", "学校", "中学", "小学", "幼儿园", "大学", "中心", "单位", "部", "处", "科", "系"})
                if (ends_with(c, w)) return true;
            return unit_own_name(c); // 县职业中专, 县教育局
        };
        // A column's name (存在隐患, 责任单位), not a finding that holds a column's word (食堂留样不到位); the names
        // come before the rows, right after the lead-in.
        auto column_name = [](std::string_view c) {
            const Field f = column_field(c);
            return f != Field::None && (f == Field::Problem || !shortcoming(simplified(c)));
        };
        const bool figure = !in_cell.empty() && in_cell[0] >= '0' && in_cell[0] <= '9' && at_most_chars(in_cell, 5); // 15个
        if (bare_list && g.line_start && cell && at_most_chars(in_cell, 12) &&
            ((!shortcoming(simplified(in_cell)) && (unit_name(in_cell) || figure)) || (column_name(in_cell) && x.style != Style::Dash) ||
             has_any(in_cell, {"合计", "小计", "总计"})) &&
            (x.style == Style::Dash || lead_in(x.own))) {
            place[i].noise = true;
            continue;
        }
        if (bare_list && g.line_start && (x.style == Style::Dash || lead_in(x.own) || unled) &&
            !(x.style == Style::Dash && !terminal(x.own) && !ends_with(x.own, ";") && !ends_with(x.own, "；") && !after_cell)) {
            open(Style::Dash, 0, "", g.b);
            nodes[size_t(cur)].own = t;
            place[i] = {cur, -1};
            continue;
        }
        // A line that starts with its status under a heading (关于“…”问题 / 已整改。将…): the status.
        if (piece < 0 && !x.own.empty() && g.line_start) {
            const StatusReading st = status_in(simplified(t), false);
            if (st.found && st.at <= 6) {
                x.pieces.push_back({Field::Situation, t, ""});
                piece = int(x.pieces.size()) - 1;
                place[i] = {cur, piece};
                continue;
            }
        }
        std::string& target = piece >= 0 ? x.pieces[size_t(piece)].text : x.own;
        // A line broken where the page wrapped it goes on in this one; a short line among long ones
        // (a heading without a full stop) does not.
        const bool short_line = i > 0 && segs[i - 1].line != g.line && segs[i - 1].line_start &&
                                char_count(norm(segs[i - 1].b, segs[i - 1].e)) * 5 < typical_line * 3;
        // …问题 / …情况 / …方面 end a heading's words, not a line broken mid-sentence.
        const bool heading_end = ends_with(target, "问题") || ends_with(target, "問題") || ends_with(target, "情况") ||
                                 ends_with(target, "情況") || ends_with(target, "方面") || ends_with(target, "”");
        const bool cut_mid = !target.empty() && !terminal(target) && !ends_with(target, ":") && !ends_with(target, "：") && !short_line && !heading_end;
        // A paragraph under a numbered item that has no field yet is its measure, written
        // without a label ((二)增加主城区教育学位。 then 我市将加大…).
        if (g.after_blank && indented(g.b) && x.style != Style::Para && piece < 0 && x.pieces.empty() && terminal(x.own)) {
            x.pieces.push_back({Field::Measure, t, ""});
            piece = 0;
            place[i] = {cur, piece};
            continue;
        }
        if (g.after_blank && !target.empty() && !cut_mid) {
            if (!stack.empty() && nodes[size_t(stack.back())].style != Style::Para) interrupted = stack, interrupted_top = last_top;
            stack.clear();
            open(Style::Para, 0, "", g.b);
            nodes[size_t(cur)].own = t;
            place[i] = {cur, -1};
            continue;
        }
        if (target.empty() || cut_mid) {
            // A short title then its description ("-" / 消防设施不足 / 部分灭火器…): two lines.
            bool title = !target.empty() && at_most_chars(target, 20) && target.find_first_of(",;，；。") == npos && terminal(t);
            join(target, t, !title);
            if (piece >= 0 && target == t) x.pieces[size_t(piece)].raw = raw(g.tb, g.e);
        } else if (piece < 0 && x.pieces.empty() && (x.problem_label || x.style == Style::Label)) {
            x.pieces.push_back({Field::Measure, t, ""}); // 隐患6:… then the measure without its label
            piece = 0;
        } else {
            join(target, t, false);
        }
        // A lead-in line under a numbered heading (一、实地督查情况 / …具体情况如下：): plain lines follow, one item each.
        if (g.line_start && piece < 0 && x.style != Style::Para && x.style != Style::Dash && lead_in(t)) bare_list = true;
        place[i] = {cur, piece};
    }
}

// ---- entry --------------------------------------------------------------------------------------------

int ItemsReading::weight() const {
    int w = 0;
    for (const ReadItem& it : items)
        w += 2 + (it.status.found ? 2 : 0) + (it.measures.empty() ? 0 : 1) + (it.deadline.empty() ? 0 : 1);
    return w;
}

int ItemsReading::stated() const {
    return int(std::count_if(items.begin(), items.end(), [](const ReadItem& it) { return it.status.found && !it.status.implied; }));
}

void drop_repeated_problems(std::vector<Problem>& problems) {
    // The same words for two units (垃圾桶未套袋 in two canteens) are two problems: the key holds the unit.
    auto key = [](const Problem& p) {
        std::string k = simplified(p.text);
        if (!p.measures.empty())
            for (const Id& d : p.measures.front().lead_departments) k += "|" + d;
        return k;
    };
    std::map<std::string, size_t> last;
    for (size_t i = 0; i < problems.size(); i++) last[key(problems[i])] = i;
    std::vector<Problem> kept;
    for (size_t i = 0; i < problems.size(); i++)
        if (problems[i].text.empty() || last[key(problems[i])] == i) kept.push_back(std::move(problems[i]));
    problems = std::move(kept);
}

std::string style_name(Style s) {
    switch (s) {
    case Style::CnDun: return "一、";
    case Style::CnParen: return "（一）";
    case Style::ArDot: return "1.";
    case Style::ArDun: return "1、";
    case Style::ArParen: return "（1）";
    case Style::Circled: return "①";
    case Style::Shi: return "一是";
    case Style::Di: return "第一";
    case Style::Code: return "01";
    case Style::Label: return "问题一";
    case Style::Dash: return "-";
    case Style::Sub: return "1-1";
    default: return "";
    }
}

ItemsReading read_items(std::string_view original, const Normalised& n, std::uint64_t* examined, const TextCorrections& corrections) {
    ItemsReading r;
    Reader rd(original, n, r, corrections);
    rd.read_lines();
    rd.document_date();
    rd.tables();
    rd.cut();
    rd.tree();
    rd.pair_lists();
    rd.choose();
    rd.levels();
    rd.items();
    rd.spans();
    if (examined) *examined += rd.examined;
    return r;
}

} // namespace rectify::text
