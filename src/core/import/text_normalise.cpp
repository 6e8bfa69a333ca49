// Normalising pasted text for the importer (text_import.h): width, spaces, Traditional characters,
// pinyin reading aids; with a map back to the input's byte offsets so the preview can mark the
// original text.
#include <algorithm>
#include <cctype>
#include <utility>

#include "core/import/text_import.h"
#include "core/utf8.h"

namespace rectify {

namespace {

// Traditional → Simplified for the characters of these documents (headings, keys, units, verbs,
// common surnames). Sorted by the Traditional code point (checked once, see table()).
const std::pair<char32_t, char32_t> kTrad[] = {
    {U'乾', U'干'}, {U'傳', U'传'}, {U'價', U'价'}, {U'劃', U'划'}, {U'劑', U'剂'}, {U'勞', U'劳'},
    {U'區', U'区'}, {U'協', U'协'}, {U'員', U'员'}, {U'問', U'问'}, {U'單', U'单'}, {U'嚴', U'严'},
    {U'園', U'园'}, {U'圍', U'围'}, {U'國', U'国'}, {U'圖', U'图'}, {U'團', U'团'}, {U'執', U'执'},
    {U'堅', U'坚'}, {U'報', U'报'}, {U'場', U'场'}, {U'塊', U'块'}, {U'壓', U'压'}, {U'夠', U'够'},
    {U'學', U'学'}, {U'實', U'实'}, {U'審', U'审'}, {U'寫', U'写'}, {U'將', U'将'}, {U'專', U'专'},
    {U'對', U'对'}, {U'導', U'导'}, {U'層', U'层'}, {U'屬', U'属'}, {U'嶺', U'岭'}, {U'師', U'师'},
    {U'帶', U'带'}, {U'幫', U'帮'}, {U'幹', U'干'}, {U'廣', U'广'}, {U'廳', U'厅'}, {U'張', U'张'},
    {U'強', U'强'}, {U'彙', U'汇'}, {U'後', U'后'}, {U'從', U'从'}, {U'徹', U'彻'}, {U'應', U'应'},
    {U'態', U'态'}, {U'慣', U'惯'}, {U'戰', U'战'}, {U'據', U'据'}, {U'擊', U'击'}, {U'擔', U'担'},
    {U'擴', U'扩'}, {U'攜', U'携'}, {U'敗', U'败'}, {U'數', U'数'}, {U'斷', U'断'}, {U'時', U'时'},
    {U'會', U'会'}, {U'東', U'东'}, {U'條', U'条'}, {U'來', U'来'}, {U'極', U'极'}, {U'構', U'构'},
    {U'標', U'标'}, {U'機', U'机'}, {U'檔', U'档'}, {U'檢', U'检'}, {U'歲', U'岁'}, {U'歷', U'历'},
    {U'歸', U'归'}, {U'氣', U'气'}, {U'決', U'决'}, {U'況', U'况'}, {U'減', U'减'}, {U'溫', U'温'},
    {U'滿', U'满'}, {U'潔', U'洁'}, {U'為', U'为'}, {U'無', U'无'}, {U'營', U'营'}, {U'獎', U'奖'},
    {U'環', U'环'}, {U'產', U'产'}, {U'畫', U'画'}, {U'當', U'当'}, {U'療', U'疗'}, {U'發', U'发'},
    {U'盡', U'尽'}, {U'監', U'监'}, {U'確', U'确'}, {U'種', U'种'}, {U'積', U'积'}, {U'穩', U'稳'},
    {U'競', U'竞'}, {U'節', U'节'}, {U'範', U'范'}, {U'築', U'筑'}, {U'簽', U'签'}, {U'級', U'级'},
    {U'紀', U'纪'}, {U'約', U'约'}, {U'紙', U'纸'}, {U'細', U'细'}, {U'組', U'组'}, {U'結', U'结'},
    {U'絕', U'绝'}, {U'統', U'统'}, {U'經', U'经'}, {U'綜', U'综'}, {U'維', U'维'}, {U'網', U'网'},
    {U'緊', U'紧'}, {U'線', U'线'}, {U'編', U'编'}, {U'緩', U'缓'}, {U'練', U'练'}, {U'縣', U'县'},
    {U'總', U'总'}, {U'績', U'绩'}, {U'續', U'续'}, {U'義', U'义'}, {U'習', U'习'}, {U'職', U'职'},
    {U'聯', U'联'}, {U'聽', U'听'}, {U'與', U'与'}, {U'興', U'兴'}, {U'舉', U'举'},
    {U'舊', U'旧'}, {U'莊', U'庄'}, {U'華', U'华'}, {U'葉', U'叶'}, {U'號', U'号'},
    {U'術', U'术'}, {U'衛', U'卫'}, {U'製', U'制'}, {U'複', U'复'}, {U'規', U'规'}, {U'視', U'视'},
    {U'覽', U'览'}, {U'覺', U'觉'}, {U'觀', U'观'}, {U'計', U'计'}, {U'訂', U'订'}, {U'記', U'记'},
    {U'設', U'设'}, {U'許', U'许'}, {U'評', U'评'}, {U'試', U'试'}, {U'話', U'话'}, {U'該', U'该'},
    {U'認', U'认'}, {U'誤', U'误'}, {U'說', U'说'}, {U'課', U'课'}, {U'調', U'调'}, {U'談', U'谈'},
    {U'請', U'请'}, {U'論', U'论'}, {U'諮', U'谘'}, {U'講', U'讲'}, {U'證', U'证'}, {U'識', U'识'},
    {U'議', U'议'}, {U'護', U'护'}, {U'讀', U'读'}, {U'變', U'变'}, {U'負', U'负'}, {U'財', U'财'},
    {U'責', U'责'}, {U'貫', U'贯'}, {U'費', U'费'}, {U'資', U'资'}, {U'質', U'质'}, {U'購', U'购'},
    {U'趙', U'赵'}, {U'辦', U'办'}, {U'農', U'农'}, {U'這', U'这'}, {U'連', U'连'}, {U'進', U'进'},
    {U'運', U'运'}, {U'過', U'过'}, {U'達', U'达'}, {U'違', U'违'}, {U'遠', U'远'}, {U'適', U'适'},
    {U'選', U'选'}, {U'還', U'还'}, {U'邊', U'边'}, {U'鄉', U'乡'}, {U'醫', U'医'}, {U'釋', U'释'},
    {U'鋪', U'铺'}, {U'錄', U'录'}, {U'鎮', U'镇'}, {U'長', U'长'}, {U'門', U'门'}, {U'開', U'开'},
    {U'間', U'间'}, {U'關', U'关'}, {U'閱', U'阅'}, {U'陳', U'陈'}, {U'隊', U'队'}, {U'階', U'阶'},
    {U'際', U'际'}, {U'隨', U'随'}, {U'險', U'险'}, {U'雙', U'双'}, {U'離', U'离'}, {U'難', U'难'},
    {U'電', U'电'}, {U'項', U'项'}, {U'順', U'顺'}, {U'預', U'预'}, {U'領', U'领'}, {U'頭', U'头'},
    {U'題', U'题'}, {U'額', U'额'}, {U'願', U'愿'}, {U'類', U'类'}, {U'顧', U'顾'}, {U'風', U'风'},
    {U'飯', U'饭'}, {U'養', U'养'}, {U'館', U'馆'}, {U'馬', U'马'}, {U'驗', U'验'}, {U'體', U'体'},
    {U'點', U'点'}, {U'黨', U'党'}, {U'齊', U'齐'},
    // Sorted at first use (table()), so these need no order.
    {U'於', U'于'}, {U'眾', U'众'}, {U'見', U'见'}, {U'內', U'内'}, {U'溝', U'沟'}, {U'暢', U'畅'}, {U'給', U'给'}, {U'們', U'们'}, {U'麗', U'丽'}, {U'偉', U'伟'}, {U'週', U'周'}, {U'錢', U'钱'}, {U'書', U'书'}, {U'裡', U'里'}, {U'萬', U'万'}, {U'個', U'个'}, {U'讓', U'让'}, {U'兒', U'儿'}, {U'齡', U'龄'}, {U'紅', U'红'}, {U'楊', U'杨'}, {U'劉', U'刘'}, {U'孫', U'孙'}, {U'吳', U'吴'}, {U'鄭', U'郑'}, {U'黃', U'黄'}, {U'蘇', U'苏'}, {U'韓', U'韩'}, {U'馮', U'冯'}, {U'鄧', U'邓'}, {U'羅', U'罗'}, {U'遲', U'迟'}, {U'濟', U'济'}, {U'買', U'买'}, {U'寬', U'宽'}, {U'錯', U'错'}, {U'頁', U'页'}, {U'稱', U'称'}, {U'擬', U'拟'}, {U'餘', U'余'}, {U'愛', U'爱'}, {U'權', U'权'}, {U'歡', U'欢'}, {U'廢', U'废'}, {U'禮', U'礼'}, {U'親', U'亲'}, {U'遞', U'递'}, {U'擇', U'择'}, {U'準', U'准'}, {U'爭', U'争'}, {U'災', U'灾'}, {U'藥', U'药'}, {U'鐵', U'铁'}, {U'銷', U'销'}, {U'賬', U'账'}, {U'樣', U'样'}, {U'優', U'优'}, {U'補', U'补'}, {U'傷', U'伤'}, {U'麼', U'么'}, {U'屆', U'届'}, {U'徵', U'征'}, {U'聞', U'闻'}, {U'僅', U'仅'}, {U'顯', U'显'}, {U'頒', U'颁'}, {U'佈', U'布'}, {U'備', U'备'}, {U'響', U'响'}, {U'獲', U'获'}, {U'薦', U'荐'}, {U'廠', U'厂'}, {U'遺', U'遗'}, {U'縮', U'缩'}, {U'勢', U'势'}, {U'復', U'复'}, {U'帳', U'帐'}, {U'貧', U'贫'}, {U'殘', U'残'}, {U'務', U'务'}, {U'歸', U'归'}, {U'課', U'课'}, {U'園', U'园'},
    {U'換', U'换'}, {U'裝', U'装'}, {U'畢', U'毕'}, {U'繫', U'系'}, {U'啟', U'启'}, {U'託', U'托'}, {U'繕', U'缮'}, {U'處', U'处'}, {U'閉', U'闭'}, {U'貼', U'贴'}, {U'締', U'缔'}, {U'織', U'织'}, {U'現', U'现'}, {U'鏽', U'锈'}, {U'牆', U'墙'}, {U'損', U'损'}, {U'壞', U'坏'}, {U'燈', U'灯'}, {U'樓', U'楼'}, {U'廁', U'厕'}, {U'廚', U'厨'}, {U'庫', U'库'}, {U'測', U'测'}, {U'攝', U'摄'}, {U'欄', U'栏'}, {U'滅', U'灭'}, {U'撥', U'拨'}, {U'誌', U'志'}, {U'軟', U'软'}, {U'鬆', U'松'}, {U'動', U'动'}, {U'濕', U'湿'}, {U'雜', U'杂'},
    {U'隱', U'隐'}, {U'蓋', U'盖'}, {U'飲', U'饮'}, {U'龍', U'龙'}, {U'雲', U'云'}, {U'聲', U'声'}, {U'鍵', U'键'},
    // Met in set Q's Traditional pages (boilers, runways, fees, inspections).
    {U'別', U'别'}, {U'業', U'业'}, {U'鍋', U'锅'}, {U'爐', U'炉'}, {U'膠', U'胶'}, {U'遷', U'迁'}, {U'沒', U'没'}, {U'墻', U'墙'}, {U'頻', U'频'}, {U'冊', U'册'}, {U'藝', U'艺'}, {U'陜', U'陕'}, {U'簡', U'简'}, {U'較', U'较'}, {U'輔', U'辅'}, {U'掛', U'挂'}, {U'鉤', U'钩'}, {U'罰', U'罚'}, {U'創', U'创'}, {U'輯', U'辑'}, {U'閥', U'阀'}, {U'臺', U'台'}, {U'狀', U'状'}, {U'寧', U'宁'}, {U'礎', U'础'}, {U'繼', U'继'}, {U'虛', U'虚'}, {U'鐘', U'钟'}, {U'詢', U'询'}, {U'崗', U'岗'}, {U'島', U'岛'}, {U'暫', U'暂'}, {U'濾', U'滤'}, {U'貢', U'贡'}, {U'獻', U'献'}, {U'紹', U'绍'}, {U'語', U'语'}, {U'償', U'偿'}, {U'蹤', U'踪'}, {U'鏟', U'铲'}, {U'肅', U'肃'}, {U'諾', U'诺'}, {U'鶴', U'鹤'},
};

const std::vector<std::pair<char32_t, char32_t>>& table() {
    static const std::vector<std::pair<char32_t, char32_t>> t = [] {
        std::vector<std::pair<char32_t, char32_t>> v(std::begin(kTrad), std::end(kTrad));
        std::sort(v.begin(), v.end()); // the literal is mostly sorted; sorting makes it certain
        return v;
    }();
    return t;
}

// Decodes one UTF-8 character at s[i]; advances i. Invalid bytes come out as U+FFFD, one each.
char32_t next_char(std::string_view s, size_t& i) {
    size_t len = utf8_lead_length(static_cast<unsigned char>(s[i]));
    char32_t cp;
    if (len == 0 || !decode_utf8(s, i, len, cp)) {
        i++;
        return 0xFFFD;
    }
    i += len;
    return cp;
}

bool is_cjk(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || c >= 0x20000; }
bool is_ascii_alnum(char32_t c) { return c < 0x80 && std::isalnum(int(c)); }
bool is_space(char32_t c) { return c == ' ' || c == 0x3000 || c == 0xA0 || c == 0x2002 || c == 0x2003; }

// Letters of pinyin, with or without tone marks.
bool is_pinyin_letter(char32_t c) {
    static const std::u32string marks = U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    return (c >= 'a' && c <= 'z') || marks.find(c) != std::u32string::npos;
}

struct Ch {
    char32_t c;
    size_t at; // byte offset in the input
};

// "整(zhěng)改" / "整（zhěng）改": a bracket after a CJK character holding only pinyin syllables
// (lower case, at most 6 letters each, an optional tone digit).
size_t pinyin_aid_length(const std::vector<Ch>& v, size_t i) {
    if (i == 0 || !is_cjk(v[i - 1].c) || (v[i].c != '(' && v[i].c != 0xFF08)) return 0;
    size_t j = i + 1;
    int letters = 0, total = 0;
    for (; j < v.size() && v[j].c != ')' && v[j].c != 0xFF09; j++) {
        char32_t c = v[j].c;
        if (is_pinyin_letter(c)) {
            if (++letters > 6) return 0;
            total++;
        } else if (c == ' ' || (c >= '1' && c <= '5' && letters > 0)) {
            letters = 0;
        } else {
            return 0;
        }
        if (j - i > 40) return 0;
    }
    if (j >= v.size() || total == 0) return 0;
    return j - i + 1;
}

char32_t fold(char32_t c, bool punctuation, bool simplify) {
    if (c == 0x3000 || c == 0xA0) return ' ';
    if (c >= 0xFF10 && c <= 0xFF19) return c - 0xFF10 + '0'; // ０-９
    if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) return c - 0xFEE0;
    if (punctuation) {
        if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0; // ，：；（）！？．
        if (c == 0x2236) return ':';                         // ∶ (ratio), seen for colons
    } else if (c == 0xFF0E) {
        return '.'; // a full-width full stop in "１．" reads as a number's dot either way
    }
    return simplify ? to_simplified(c) : c;
}

} // namespace

char32_t to_simplified(char32_t c) {
    if (c < 0x4E00) return c;
    const auto& t = table();
    auto it = std::lower_bound(t.begin(), t.end(), std::make_pair(c, char32_t(0)));
    return it != t.end() && it->first == c ? it->second : c;
}

Normalised normalise_text(std::string_view s, const NormaliseOptions& options) {
    std::vector<Ch> v;
    v.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        size_t at = i;
        char32_t c = next_char(s, i);
        if (c == 0xFEFF || c == 0x200B) continue; // BOM, zero-width space
        v.push_back({c, at});
    }
    Normalised n;
    n.text.reserve(s.size());
    n.origin.reserve(s.size() + 1);
    auto emit = [&](char32_t c, size_t at) {
        size_t before = n.text.size();
        append_utf8(n.text, c);
        n.origin.insert(n.origin.end(), n.text.size() - before, at);
    };
    for (size_t i = 0; i < v.size(); i++) {
        if (size_t skip = pinyin_aid_length(v, i)) {
            i += skip - 1;
            continue;
        }
        char32_t c = fold(v[i].c, options.fold_punctuation, options.simplify);
        if (is_space(v[i].c) || (options.join_lines && (v[i].c == '\n' || v[i].c == '\r'))) {
            // Keep one space only between two ASCII words ("Word 文档" loses it, "GB T" keeps it).
            size_t j = i;
            while (j < v.size() && (is_space(v[j].c) || (options.join_lines && (v[j].c == '\n' || v[j].c == '\r')))) j++;
            char32_t prev = n.text.empty() ? 0 : char32_t(static_cast<unsigned char>(n.text.back()));
            char32_t next = j < v.size() ? fold(v[j].c, true, true) : 0;
            if (is_ascii_alnum(prev) && is_ascii_alnum(next)) emit(' ', v[i].at);
            i = j - 1;
            continue;
        }
        emit(c, v[i].at);
    }
    n.origin.push_back(s.size());
    return n;
}

std::string normalise_field(std::string_view utf8) {
    NormaliseOptions o;
    o.fold_punctuation = false;
    o.join_lines = true;
    o.simplify = false;
    return normalise_text(utf8, o).text;
}

std::string simplified(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) append_utf8(out, to_simplified(next_char(utf8, i)));
    return out;
}

} // namespace rectify
