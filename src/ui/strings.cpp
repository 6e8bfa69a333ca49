// The UI key table, zh-CN and en side by side. Keep the keys in the order of strings.h.
#include "ui/strings.h"

namespace rectify::ui {

static const Text kTable[] = {
    /* AppName */ {"整改通", "Rectify"},
    /* AppTagline */ {"整改方案的制定、分解、跟踪与销号", "Rectification plans: write, assign, track, close"},
    /* MenuView */ {"视图", "View"},
    /* MenuLanguage */ {"语言 / Language", "Language / 语言"},
    /* MenuHelp */ {"帮助", "Help"},
    /* MenuAbout */ {"关于整改通", "About Rectify"},
    /* MenuFontCheck */ {"字体检查", "Font check"},
    /* ViewHome */ {"首页", "Home"},
    /* HomeWelcome */ {"欢迎使用整改通", "Welcome to Rectify"},
    /* HomeIntro */
    {"整改通帮助机关、科室和学校把公众评议、巡察、督导评估和审计中发现的问题逐项整改到位。",
     "Rectify helps bureaus, departments and schools fix, item by item, the problems found by public "
     "appraisals, inspections, supervision evaluations and audits."},
    /* HomeStepPlan */ {"一、制定整改方案：问题、整改措施、责任科室、责任人、整改时限。",
                        "1. Write the plan: problems, measures, responsible departments and people, deadlines."},
    /* HomeStepAssign */ {"二、分解下发：把各科室、各学校的事项发给他们填报。",
                          "2. Hand out: send each department or school its own items to fill in."},
    /* HomeStepTrack */ {"三、跟踪进度：汇总各单位报送的整改进展，逾期事项一目了然。",
                         "3. Track: merge the units' returns; overdue items stand out."},
    /* HomeStepClose */ {"四、审核销号：整改一个、销号一个，生成整改情况报告。",
                         "4. Close: verify and close each item, then produce the progress report."},
    /* HomeOffline */ {"所有数据只保存在本机浏览器中，断网也能使用。",
                       "Everything stays in this browser on this computer, and works offline."},
    /* AboutVersion */ {"版本", "Version"},
    /* AboutBody */ {"整改通在浏览器中运行，无需安装。", "Rectify runs in the browser with nothing to install."},
    /* FontCheckIntro */ {"以下文字应当清晰显示，没有方框或问号：", "The text below should show clearly, with no boxes or question marks:"},
    /* FontCheckNames */ {"人名用字：堃 喆 珺 昇 彧 赟 翀 玥", "Characters in names: 堃 喆 珺 昇 彧 赟 翀 玥"},
    /* FontCheckTraditional */ {"繁体字：臺灣 體育 學校 整改報告", "Traditional: 臺灣 體育 學校 整改報告"},
    /* FontFullLoaded */ {"完整字库已加载。", "The full character set is loaded."},
    /* FontFullLoading */ {"正在加载完整字库……", "Loading the full character set…"},
    /* FontFullFailed */ {"完整字库加载失败，生僻字可能显示为方框。", "The full character set failed to load; rare characters may show as boxes."},
    /* Close */ {"关闭", "Close"},
};
static_assert(sizeof(kTable) / sizeof(kTable[0]) == size_t(S::Count), "strings.cpp: one row per key in strings.h");

static const char* const kKeyNames[] = {
#define X(key) #key,
    RECTIFY_UI_STRINGS(X)
#undef X
};

static Lang g_lang = Lang::Zh;

void set_language(Lang lang) { g_lang = lang; }
Lang language() { return g_lang; }
const char* tr(S key, Lang lang) { return pick(lang, kTable[size_t(key)]); }
const char* tr(S key) { return tr(key, g_lang); }
const char* key_name(S key) { return kKeyNames[size_t(key)]; }

} // namespace rectify::ui
