// docx_read: a Word document's body as text (office_read.h read_docx). WordprocessingML read: the
// main document, its styles (numbering and basedOn chains) and numbering.xml (the lists Word
// numbers automatically, which a typed-text reader would otherwise miss entirely).
// Index: number formats · Numbering (definitions, counters) · Styles · body walk · read_docx.
#include <array>
#include <map>

#include "core/numerals.h"
#include "office/office_read.h"
#include "office/xml.h"

namespace rectify::office {

namespace {

const char kKind[] = "Word (.docx)";

// ---- number formats ----------------------------------------------------------------------------------

std::string letters(int n, char a) { // 1 a, 26 z, 27 aa (Word repeats the letter)
    if (n < 1) return std::to_string(n);
    return std::string(std::size_t((n - 1) / 26 + 1), char(a + (n - 1) % 26));
}

std::string roman(int n, bool upper) {
    if (n < 1 || n > 3999) return std::to_string(n);
    static const std::array<std::pair<int, const char*>, 13> kR{{{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
        {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}}};
    std::string out;
    for (const auto& [v, s] : kR)
        while (n >= v) out += s, n -= v;
    if (upper)
        for (char& c : out) c = char(c - 32);
    return out;
}

std::string nth_of(const char* const* list, int size, int n) {
    return n >= 1 && n <= size ? list[n - 1] : std::to_string(n);
}

// One counter value written in a level's w:numFmt.
std::string format_number(int n, std::string_view fmt) {
    static const char* const kCircle[] = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩",
                                          "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰", "⑱", "⑲", "⑳"};
    static const char* const kParen[] = {"⑴", "⑵", "⑶", "⑷", "⑸", "⑹", "⑺", "⑻", "⑼", "⑽",
                                         "⑾", "⑿", "⒀", "⒁", "⒂", "⒃", "⒄", "⒅", "⒆", "⒇"};
    static const char* const kStop[] = {"⒈", "⒉", "⒊", "⒋", "⒌", "⒍", "⒎", "⒏", "⒐", "⒑",
                                        "⒒", "⒓", "⒔", "⒕", "⒖", "⒗", "⒘", "⒙", "⒚", "⒛"};
    static const char* const kStems[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    static const char* const kBranches[] = {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"};
    static const char* const kLegal[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    if (fmt == "none" || fmt == "bullet") return {};
    if (fmt == "decimalZero") return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n);
    if (fmt == "upperLetter") return letters(n, 'A');
    if (fmt == "lowerLetter") return letters(n, 'a');
    if (fmt == "upperRoman") return roman(n, true);
    if (fmt == "lowerRoman") return roman(n, false);
    if (fmt == "chineseCounting" || fmt == "chineseCountingThousand" || fmt == "japaneseCounting" ||
        fmt == "taiwaneseCounting" || fmt == "ideographDigital" || fmt == "taiwaneseCountingThousand")
        return cn_number(n);
    if (fmt == "chineseLegalSimplified") {
        if (n >= 0 && n <= 9) return kLegal[n];
        std::string s = cn_number(n); // 十一 -> 壹拾壹: the digits and 拾 in their legal forms
        std::string out;
        for (std::size_t i = 0; i < s.size(); i += 3) {
            const std::string ch = s.substr(i, 3);
            static const char* const kCn[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
            bool done = false;
            for (int d = 0; d < 10 && !done; d++)
                if (ch == kCn[d]) out += kLegal[d], done = true;
            if (!done) out += ch == "十" ? "拾" : ch == "百" ? "佰" : ch;
        }
        if (out.compare(0, 3, "拾") == 0) out = "壹" + out;
        return out;
    }
    if (fmt == "ideographTraditional") return nth_of(kStems, 10, n);
    if (fmt == "ideographZodiac") return nth_of(kBranches, 12, n);
    if (fmt == "decimalEnclosedCircle" || fmt == "decimalEnclosedCircleChinese") return nth_of(kCircle, 20, n);
    if (fmt == "decimalEnclosedParen") return nth_of(kParen, 20, n);
    if (fmt == "decimalEnclosedFullstop") return nth_of(kStop, 20, n);
    if (fmt == "decimalFullWidth" || fmt == "decimalFullWidth2") {
        std::string out;
        for (char c : std::to_string(n)) out += "\xEF\xBC", out += char(0x90 + (c - '0')); // ０ = EF BC 90
        return out;
    }
    return std::to_string(n); // decimal, and any format not known: the number
}

// ---- Numbering ---------------------------------------------------------------------------------------

struct Level {
    int start = 1;
    std::string fmt = "decimal", text;
    bool legal = false; // w:isLgl: higher levels' numbers shown as decimals
    int restart = -1;   // w:lvlRestart: restart after this level (1-based); -1: after any higher one
    std::string suffix = "tab";
};

struct Numbering {
    std::map<std::string, std::array<Level, 9>> abstracts;
    struct Num {
        std::string abstract;
        std::map<int, int> start_override;
    };
    std::map<std::string, Num> nums;
    // Counters per abstract list: instances of one abstract continue each other (as Word numbers
    // them), unless an instance overrides the start, which restarts it when first used.
    std::map<std::string, std::array<int, 9>> counters;
    std::map<std::string, std::array<bool, 9>> started;
    std::map<std::string, bool> overridden; // num ids whose start override was applied

    void read(const pugi::xml_document& doc) {
        pugi::xml_node root = doc.first_child();
        for (pugi::xml_node a = root.first_child(); a; a = a.next_sibling()) {
            if (is(a, "abstractNum")) {
                auto& levels = abstracts[attr(a, "abstractNumId").value()];
                for (pugi::xml_node l = first(a, "lvl"); l; l = l.next_sibling()) {
                    if (!is(l, "lvl")) continue;
                    const int i = attr(l, "ilvl").as_int(-1);
                    if (i < 0 || i > 8) continue;
                    Level& lv = levels[std::size_t(i)];
                    if (pugi::xml_node s = first(l, "start")) lv.start = attr(s, "val").as_int(1);
                    if (pugi::xml_node f = first(l, "numFmt")) lv.fmt = attr(f, "val").value();
                    if (pugi::xml_node t = first(l, "lvlText")) lv.text = attr(t, "val").value();
                    if (pugi::xml_node r = first(l, "lvlRestart")) lv.restart = attr(r, "val").as_int(-1);
                    if (pugi::xml_node s = first(l, "suff")) lv.suffix = attr(s, "val").value();
                    lv.legal = bool(first(l, "isLgl"));
                }
            } else if (is(a, "num")) {
                Num& n = nums[attr(a, "numId").value()];
                n.abstract = attr(first(a, "abstractNumId"), "val").value();
                for (pugi::xml_node o = first(a, "lvlOverride"); o; o = o.next_sibling())
                    if (is(o, "lvlOverride"))
                        if (pugi::xml_node s = first(o, "startOverride"))
                            n.start_override[attr(o, "ilvl").as_int(0)] = attr(s, "val").as_int(1);
            }
        }
    }

    // The number drawn for the next paragraph of list `num_id` at level `ilvl`, counted.
    std::string next(const std::string& num_id, int ilvl) {
        auto n = nums.find(num_id);
        if (n == nums.end() || ilvl < 0 || ilvl > 8) return {};
        auto a = abstracts.find(n->second.abstract);
        if (a == abstracts.end()) return {};
        const auto& levels = a->second;
        auto& count = counters[a->first];
        auto& on = started[a->first];
        if (!overridden[num_id] && !n->second.start_override.empty()) {
            overridden[num_id] = true;
            for (const auto& [lvl, v] : n->second.start_override)
                if (lvl >= 0 && lvl <= 8) count[std::size_t(lvl)] = v - 1, on[std::size_t(lvl)] = true;
        }
        const std::size_t L = std::size_t(ilvl);
        if (!on[L]) count[L] = levels[L].start - 1, on[L] = true;
        count[L]++;
        for (std::size_t d = L + 1; d < 9; d++) // deeper levels start again (w:lvlRestart 0: never)
            if (levels[d].restart != 0 && (levels[d].restart < 0 || levels[d].restart <= int(L) + 1)) on[d] = false;
        std::string out;
        const std::string& t = levels[L].text;
        for (std::size_t i = 0; i < t.size(); i++) {
            if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
                const std::size_t k = std::size_t(t[i + 1] - '1');
                const int v = k == L || on[k] ? count[k] : levels[k].start;
                out += format_number(v, levels[L].legal && k != L ? "decimal" : levels[k].fmt);
                i++;
            } else out += t[i];
        }
        if (levels[L].fmt == "bullet") return {}; // a bullet is not a number the import can use
        if (!out.empty() && levels[L].suffix != "nothing") {
            const unsigned char last = static_cast<unsigned char>(out.back());
            if (last < 0x80 && last != '(') out += ' '; // "1. text"; "一、text" and "（一）text" as typed
        }
        return out;
    }
};

// ---- Styles -----------------------------------------------------------------------------------------

struct StyleNum {
    std::string based_on, num_id;
    int ilvl = -1;
};
using Styles = std::map<std::string, StyleNum>;

Styles read_styles(const pugi::xml_document& doc) {
    Styles out;
    for (pugi::xml_node s = first(doc.first_child(), "style"); s; s = s.next_sibling()) {
        if (!is(s, "style")) continue;
        StyleNum& st = out[attr(s, "styleId").value()];
        st.based_on = attr(first(s, "basedOn"), "val").value();
        if (pugi::xml_node np = first(first(s, "pPr"), "numPr")) {
            st.num_id = attr(first(np, "numId"), "val").value();
            if (pugi::xml_node il = first(np, "ilvl")) st.ilvl = attr(il, "val").as_int(0);
        }
    }
    return out;
}

// ---- body walk ------------------------------------------------------------------------------------------

struct Walk {
    Numbering numbering;
    Styles styles;
    std::string out;

    void runs(const pugi::xml_node& n, std::string& text) {
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element) continue;
            const std::string_view name = local(c.name());
            if (name == "t") text += c.text().get();
            else if (name == "tab" || name == "ptab") text += ' ';
            else if (name == "br" || name == "cr") text += '\n';
            else if (name == "noBreakHyphen") text += '-';
            else if (name == "del" || name == "delText" || name == "instrText" || name == "drawing" ||
                     name == "pict" || name == "object" || name == "AlternateContent" || name == "pPr" ||
                     name == "rPr" || name == "footnoteReference" || name == "endnoteReference" || name == "commentReference")
                continue;
            else runs(c, text); // r, ins, hyperlink, smartTag, fldSimple, sdt/sdtContent, customXml…
        }
    }

    // The paragraph's list and level: its own w:numPr, else its style's (through basedOn).
    std::string number_of(const pugi::xml_node& p) {
        pugi::xml_node ppr = first(p, "pPr");
        std::string num_id;
        int ilvl = -1;
        if (pugi::xml_node np = first(ppr, "numPr")) {
            num_id = attr(first(np, "numId"), "val").value();
            if (pugi::xml_node il = first(np, "ilvl")) ilvl = attr(il, "val").as_int(0);
        }
        std::string style = attr(first(ppr, "pStyle"), "val").value();
        for (int depth = 0; depth < 20 && !style.empty() && (num_id.empty() || ilvl < 0); depth++) {
            auto s = styles.find(style);
            if (s == styles.end()) break;
            if (num_id.empty()) num_id = s->second.num_id;
            if (ilvl < 0 && !s->second.num_id.empty()) ilvl = s->second.ilvl;
            style = s->second.based_on;
        }
        if (num_id.empty() || num_id == "0") return {};
        return numbering.next(num_id, ilvl < 0 ? 0 : ilvl);
    }

    std::string paragraph(const pugi::xml_node& p) {
        std::string text;
        runs(p, text);
        std::string number = number_of(p);
        return number + text;
    }

    // A cell's text: its paragraphs joined by spaces, its line breaks too (a row stays one line).
    std::string cell(const pugi::xml_node& tc) {
        std::string text;
        block(tc, &text);
        for (char& c : text)
            if (c == '\n' || c == '\t') c = ' ';
        return text;
    }

    void table(const pugi::xml_node& tbl) {
        std::map<int, std::string> above; // grid column -> the text of a vertical merge's first cell
        for (pugi::xml_node tr = first(tbl, "tr"); tr; tr = tr.next_sibling()) {
            if (!is(tr, "tr")) continue;
            std::string line;
            int col = 0;
            bool any = false;
            for (pugi::xml_node tc = tr.first_child(); tc; tc = tc.next_sibling()) {
                pugi::xml_node cell_node = tc;
                if (is(tc, "sdt")) cell_node = first(first(tc, "sdtContent"), "tc");
                if (!is(cell_node, "tc")) continue;
                pugi::xml_node pr = first(cell_node, "tcPr");
                const int span = std::max(1, attr(first(pr, "gridSpan"), "val").as_int(1));
                std::string text = cell(cell_node);
                pugi::xml_node vm = first(pr, "vMerge");
                if (vm) {
                    const std::string_view v = attr(vm, "val").value();
                    if (v == "restart") above[col] = text;
                    else text = above[col]; // continue: the merged cell's text, on this row too
                } else above.erase(col);
                for (int k = 0; k < span; k++) {
                    if (col + k > 0) line += '\t';
                    if (k == 0) line += text;
                }
                any |= !text.empty();
                col += span;
            }
            if (any) out += line + "\n";
        }
        out += "\n";
    }

    // Paragraphs and tables of a body, a cell or a content control; into `cell_text` when in a cell.
    void block(const pugi::xml_node& n, std::string* cell_text = nullptr) {
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
            if (is(c, "p")) {
                std::string t = paragraph(c);
                if (cell_text) *cell_text += (cell_text->empty() || t.empty() ? "" : " ") + t;
                else out += t + "\n";
            } else if (is(c, "tbl")) {
                if (cell_text) { // a table in a cell: its cells' text, inline
                    Walk inner{numbering, styles, {}};
                    inner.table(c);
                    *cell_text += " " + inner.out;
                } else table(c);
            } else if (is(c, "sdt")) block(first(c, "sdtContent"), cell_text);
            else if (is(c, "customXml") || is(c, "ins") || is(c, "sdtContent")) block(c, cell_text);
        }
    }
};

} // namespace

// ---- read_docx ---------------------------------------------------------------------------------------------

OfficeProblem read_docx(std::string_view bytes, std::string& text) {
    text.clear();
    ZipReader zip;
    if (OfficeProblem p = zip.open(bytes, kKind)) return p;
    std::string main = "word/document.xml";
    {
        pugi::xml_document rels;
        if (zip.has("_rels/.rels") && !parse_part(zip, "_rels/.rels", rels))
            for (pugi::xml_node r = first(rels.first_child(), "Relationship"); r; r = r.next_sibling()) {
                const std::string_view type = attr(r, "Type").value();
                if (type.size() >= 15 && type.substr(type.size() - 15) == "/officeDocument") {
                    std::string t = resolve_target("", attr(r, "Target").value());
                    if (zip.has(t)) main = t;
                }
            }
    }
    const std::string dir = main.substr(0, main.rfind('/') + 1);
    pugi::xml_document doc, numbering, styles;
    if (OfficeProblem p = parse_part(zip, main, doc)) return p;
    if (!is(doc.first_child(), "document"))
        return problem(OfficeText::WrongKind, {{"actual", is(doc.first_child(), "workbook") ? "Excel (.xlsx)" : "ZIP"}, {"kind", kKind}});
    if (OfficeProblem p = parse_part(zip, dir + "numbering.xml", numbering, false)) return p;
    if (OfficeProblem p = parse_part(zip, dir + "styles.xml", styles, false)) return p;
    Walk w;
    w.numbering.read(numbering);
    w.styles = read_styles(styles);
    w.block(first(doc.first_child(), "body"));
    // Blank lines between blocks, at most one in a row.
    std::string& s = w.out;
    std::string out;
    out.reserve(s.size());
    int newlines = 0;
    for (char c : s) {
        if (c == '\n') {
            if (++newlines > 2) continue;
        } else newlines = 0;
        out += c;
    }
    text = std::move(out);
    return {};
}

} // namespace rectify::office
