// strings: the UI's one key table. Every visible UI string is a key here with its zh-CN and en
// text, side by side in one row so they cannot drift apart; views call tr(S::Key).
#pragma once
#include <string>

#include "core/i18n.h"

namespace rectify::ui {

#define RECTIFY_UI_STRINGS(X) \
    X(AppName, "整改通", "Rectify") \
    X(AppTagline, "整改方案的制定、分解、跟踪与销号", "Rectification plans: write, assign, track, close") \
    X(MenuView, "视图", "View") \
    X(MenuLanguage, "语言 / Language", "Language / 语言") \
    X(MenuHelp, "帮助", "Help") \
    X(MenuAbout, "关于整改通", "About Rectify") \
    X(MenuFontCheck, "字体检查", "Font check") \
    X(ViewHome, "首页", "Home") \
    X(HomeWelcome, "欢迎使用整改通", "Welcome to Rectify") \
    X(HomeIntro, "整改通帮助机关、科室和学校把公众评议、巡察、督导评估和审计中发现的问题逐项整改到位。", "Rectify helps bureaus, departments and schools fix, item by item, the problems found by public appraisals, inspections, supervision evaluations and audits.") \
    X(HomeStepPlan, "一、制定整改方案：问题、整改措施、责任科室、责任人、整改时限。", "1. Write the plan: problems, measures, responsible departments and people, deadlines.") \
    X(HomeStepAssign, "二、分解下发：把各科室、各学校的事项发给他们填报。", "2. Hand out: send each department or school its own items to fill in.") \
    X(HomeStepTrack, "三、跟踪进度：汇总各单位报送的整改进展，逾期事项一目了然。", "3. Track: merge the units' returns; overdue items stand out.") \
    X(HomeStepClose, "四、审核销号：整改一个、销号一个，生成整改情况报告。", "4. Close: verify and close each item, then produce the progress report.") \
    X(HomeOffline, "所有数据只保存在本机浏览器中，断网也能使用。", "Everything stays in this browser on this computer, and works offline.") \
    X(AboutVersion, "版本", "Version") \
    X(AboutBody, "整改通在浏览器中运行，无需安装。", "Rectify runs in the browser with nothing to install.") \
    X(FontCheckIntro, "以下文字应当清晰显示，没有方框或问号：", "The text below should show clearly, with no boxes or question marks:") \
    X(FontCheckNames, "人名用字：堃 喆 珺 昇 彧 赟 翀 玥", "Characters in names: 堃 喆 珺 昇 彧 赟 翀 玥") \
    X(FontCheckTraditional, "繁体字：臺灣 體育 學校 整改報告", "Traditional: 臺灣 體育 學校 整改報告") \
    X(FontFullLoaded, "完整字库已加载。", "The full character set is loaded.") \
    X(FontFullLoading, "正在加载完整字库……", "Loading the full character set…") \
    X(FontFullFailed, "完整字库加载失败，生僻字可能显示为方框。", "The full character set failed to load; rare characters may show as boxes.") \
    X(Close, "关闭", "Close") \
    X(MenuEdit, "编辑", "Edit") \
    X(Undo, "撤销", "Undo") \
    X(Redo, "重做", "Redo") \
    X(HomePlans, "整改方案", "Rectification plans") \
    X(NewPlan, "新建方案", "New plan") \
    X(UntitledPlan, "未命名整改方案", "Untitled plan") \
    X(DeletePlan, "删除方案", "Delete plan") \
    X(DeletePlanConfirm, "确定删除这个整改方案吗？删除后可以用“撤销”恢复。", "Delete this plan? You can bring it back with Undo.") \
    X(Delete, "删除", "Delete") \
    X(Cancel, "取消", "Cancel") \
    X(Rename, "改名", "Rename") \
    X(RenamePlanTitle, "方案名称", "Plan title") \
    X(Ok, "确定", "OK") \
    X(ColTitle, "方案", "Plan") \
    X(ColSource, "来源", "Source") \
    X(ColIssuer, "发文机关", "Issued by") \
    X(ColProgress, "整改进度", "Progress") \
    X(ColOverdue, "逾期", "Overdue") \
    X(ColActions, "操作", "Actions") \
    X(NoPlans, "还没有整改方案。点击“新建方案”开始。", "No plans yet. Click “New plan” to start.") \
    X(FeedbackPublic, "公众评议", "Public appraisal") \
    X(FeedbackInspection, "巡察", "Inspection") \
    X(FeedbackSupervision, "督导评估", "Supervision evaluation") \
    X(FeedbackAudit, "审计", "Audit") \
    X(FeedbackOther, "其他", "Other") \
    X(MeasuresDone, "已完成 %d / %d 项", "%d of %d done") \
    X(BannerUnavailable, "浏览器存储不可用（可能是隐私窗口或已被禁用），更改不会被保存。请导出文件保存工作。", "Browser storage is unavailable (a private window, or turned off): changes are not being saved. Export a file to keep your work.") \
    X(BannerQuota, "浏览器存储空间已满，最近的更改没有保存。上一次保存的内容仍然完好。请导出文件，或清理浏览器空间。", "Browser storage is full: recent changes are not saved. The last saved copy is intact. Export a file, or free some space.") \
    X(BannerFailed, "更改未能保存到浏览器。上一次保存的内容仍然完好。请导出文件保存工作。", "Changes could not be saved in the browser. The last saved copy is intact. Export a file to keep your work.") \
    X(BannerConflict, "另一个标签页也修改了这个工作区。请选择保留哪一份：", "Another tab changed this workspace too. Choose which version to keep:") \
    X(BannerNewer, "浏览器中保存的工作区由更新版本的整改通写入，本页面只读，不会覆盖它。请刷新页面以使用新版本。", "The stored workspace was written by a newer version of Rectify; this page is read-only and will not overwrite it. Reload to get the new version.") \
    X(BannerUnreadable, "浏览器中保存的工作区无法读取，已原样保留，本页面只读。可以导出它交给技术支持。", "The stored workspace cannot be read; it is kept as it is and this page is read-only. You can export it for support.") \
    X(BannerDetails, "详情", "Details") \
    X(ExportWorkspace, "导出文件", "Export a file") \
    X(KeepMine, "保留本页的修改", "Keep this tab's changes") \
    X(TakeTheirs, "改用另一个标签页的版本", "Use the other tab's version") \
    X(SavedState, "已保存", "Saved") \
    X(SavingState, "正在保存…", "Saving…") \
    X(ReloadedFromOtherTab, "已载入另一个标签页的修改。", "Loaded the changes made in another tab.") \
    X(MergedOtherTab, "另一个标签页同时做了修改，已与本页的修改合并。", "Another tab made changes at the same time; they were merged with this tab's.") \
    X(LoadingWorkspace, "正在读取工作区…", "Reading the workspace…")

enum class S {
#define X(key, zh, en) key,
    RECTIFY_UI_STRINGS(X)
#undef X
        Count
};

void set_language(Lang lang);
Lang language();
const char* tr(S key);                // in the current language
const char* tr(S key, Lang lang);     // in a given language
const char* key_name(S key);          // "AppName": for tests and diagnostics
// "text###id": a window or menu label whose ImGui ID stays `id` whatever the language, so its
// place, state and test lookups survive a language switch.
std::string tr_id(S key, const char* id);

} // namespace rectify::ui
