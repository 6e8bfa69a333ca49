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
    /* MenuEdit */ {"编辑", "Edit"},
    /* Undo */ {"撤销", "Undo"},
    /* Redo */ {"重做", "Redo"},
    /* HomePlans */ {"整改方案", "Rectification plans"},
    /* NewPlan */ {"新建方案", "New plan"},
    /* UntitledPlan */ {"未命名整改方案", "Untitled plan"},
    /* DeletePlan */ {"删除方案", "Delete plan"},
    /* DeletePlanConfirm */ {"确定删除这个整改方案吗？删除后可以用“撤销”恢复。", "Delete this plan? You can bring it back with Undo."},
    /* Delete */ {"删除", "Delete"},
    /* Cancel */ {"取消", "Cancel"},
    /* Rename */ {"改名", "Rename"},
    /* RenamePlanTitle */ {"方案名称", "Plan title"},
    /* Ok */ {"确定", "OK"},
    /* ColTitle */ {"方案", "Plan"},
    /* ColSource */ {"来源", "Source"},
    /* ColIssuer */ {"发文机关", "Issued by"},
    /* ColProgress */ {"整改进度", "Progress"},
    /* ColOverdue */ {"逾期", "Overdue"},
    /* ColActions */ {"操作", "Actions"},
    /* NoPlans */ {"还没有整改方案。点击“新建方案”开始。", "No plans yet. Click “New plan” to start."},
    /* FeedbackPublic */ {"公众评议", "Public appraisal"},
    /* FeedbackInspection */ {"巡察", "Inspection"},
    /* FeedbackSupervision */ {"督导评估", "Supervision evaluation"},
    /* FeedbackAudit */ {"审计", "Audit"},
    /* FeedbackOther */ {"其他", "Other"},
    /* MeasuresDone */ {"已完成 %d / %d 项", "%d of %d done"},
    /* BannerUnavailable */ {"浏览器存储不可用（可能是隐私窗口或已被禁用），更改不会被保存。请导出文件保存工作。",
                             "Browser storage is unavailable (a private window, or turned off): changes are not being saved. Export a file to keep your work."},
    /* BannerQuota */ {"浏览器存储空间已满，最近的更改没有保存。上一次保存的内容仍然完好。请导出文件，或清理浏览器空间。",
                       "Browser storage is full: recent changes are not saved. The last saved copy is intact. Export a file, or free some space."},
    /* BannerFailed */ {"更改未能保存到浏览器。上一次保存的内容仍然完好。请导出文件保存工作。",
                        "Changes could not be saved in the browser. The last saved copy is intact. Export a file to keep your work."},
    /* BannerConflict */ {"另一个标签页也修改了这个工作区。请选择保留哪一份：",
                          "Another tab changed this workspace too. Choose which version to keep:"},
    /* BannerNewer */ {"浏览器中保存的工作区由更新版本的整改通写入，本页面只读，不会覆盖它。请刷新页面以使用新版本。",
                       "The stored workspace was written by a newer version of Rectify; this page is read-only and will not overwrite it. Reload to get the new version."},
    /* BannerUnreadable */ {"浏览器中保存的工作区无法读取，已原样保留，本页面只读。可以导出它交给技术支持。",
                            "The stored workspace cannot be read; it is kept as it is and this page is read-only. You can export it for support."},
    /* BannerDetails */ {"详情", "Details"},
    /* ExportWorkspace */ {"导出文件", "Export a file"},
    /* KeepMine */ {"保留本页的修改", "Keep this tab's changes"},
    /* TakeTheirs */ {"改用另一个标签页的版本", "Use the other tab's version"},
    /* SavedState */ {"已保存", "Saved"},
    /* SavingState */ {"正在保存…", "Saving…"},
    /* ReloadedFromOtherTab */ {"已载入另一个标签页的修改。", "Loaded the changes made in another tab."},
    /* MergedOtherTab */ {"另一个标签页同时做了修改，已与本页的修改合并。", "Another tab made changes at the same time; they were merged with this tab's."},
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
