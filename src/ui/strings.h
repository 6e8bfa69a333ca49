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
    X(HistoryMenu, "历史版本…", "History…") \
    X(HistoryTitle, "历史版本", "History") \
    X(HistoryIntro, "每天第一次修改前，以及合并报送、导入、批量删除、恢复之前，整改通都会自动保存一个版本（保留最近 30 天、最多 20 个）。佐证文件与工作区共用，不另占空间。", "Rectify keeps a version by itself before the first change of each day, and before every merge, import, bulk delete and restore (the last 30 days, at most 20). Evidence files are shared with the workspace, not copied.") \
    X(HistoryLoading, "正在读取历史版本……", "Reading the history…") \
    X(HistoryNone, "还没有历史版本：今天第一次修改时会保存一个。", "No versions yet: one is kept at today's first change.") \
    X(HistoryCounts, "{plans} 个方案，{problems} 个问题，{measures} 项措施", "{plans} plans, {problems} problems, {measures} measures") \
    X(HistorySince, "此后：{changes}", "Since then: {changes}") \
    X(HistorySame, "此后没有变化", "No change since") \
    X(HistoryUnreadable, "这个版本无法读取。", "This version cannot be read.") \
    X(DiffPlans, "方案 +{a} -{r}", "plans +{a} -{r}") \
    X(DiffProblems, "问题 +{a} -{r}", "problems +{a} -{r}") \
    X(DiffMeasures, "措施 +{a} -{r}", "measures +{a} -{r}") \
    X(DiffStatuses, "{n} 项状态变化", "{n} statuses changed") \
    X(HistoryRestore, "恢复", "Restore") \
    X(HistoryView, "查看", "View") \
    X(HistoryRestored, "已恢复到 {when} 的版本（可撤销）。", "Restored the version of {when} (undo brings back what was there).") \
    X(HistoryViewing, "{when} 的版本（只读）", "The version of {when} (read-only)") \
    X(HistoryCopyPlan, "复制到工作区", "Copy into the workspace") \
    X(HistoryCopied, "已把“{title}”作为新方案复制到工作区。", "Copied \"{title}\" into the workspace as a new plan.") \
    X(HistoryCopySuffix, "（历史版本）", " (from history)") \
    X(HistoryTakeProblem, "取回此问题", "Take this problem back") \
    X(HistoryTakeMeasure, "取回此措施", "Take this measure back") \
    X(HistoryTaken, "已从 {when} 的版本取回“{title}”（可撤销）。", "Took \"{title}\" back from the version of {when} (undo removes it again).") \
    X(HistoryNoPlace, "当前工作区里没有它的位置（方案或问题已删除）：先取回它所在的问题，或复制整个方案。", "There is no place for it in the workspace now (its plan or problem was deleted): take its problem back first, or copy the whole plan.") \
    X(ReasonDay, "当天第一次修改前", "Before the day's first change") \
    X(ReasonMerge, "合并报送前", "Before merging a return") \
    X(ReasonLedger, "导入台账前", "Before a ledger import") \
    X(ReasonText, "导入文本前", "Before a text import") \
    X(ReasonDelete, "批量删除前", "Before a bulk delete") \
    X(ReasonRestore, "恢复历史版本前", "Before restoring a version") \
    X(ReasonBackup, "从备份恢复前", "Before restoring a backup") \
    X(ReasonMigrate, "升级文件格式前", "Before a file format upgrade") \
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
    X(NoPlans, "还没有整改方案。点上方的“新建方案”从头填写；已有方案全文（Word或网页）的，点“从文本导入…”粘贴全文；收到其他单位发来的方案文件或本机导出的备份，点“打开文件…”，或把文件直接拖到页面上。", "No plans yet. Click New plan above to start one from scratch; if the plan is already written (in Word or on a web page), click Import from text… and paste it; to open a plan file from another office or a backup you exported, click Open a file…, or drop the file onto the page.") \
    X(FeedbackPublic, "公众评议", "Public appraisal") \
    X(FeedbackInspection, "巡察", "Inspection") \
    X(FeedbackSupervision, "督导评估", "Supervision evaluation") \
    X(FeedbackAudit, "审计", "Audit") \
    X(FeedbackOther, "其他", "Other") \
    X(MeasuresDone, "已完成 {done} / {total} 项", "{done} of {total} done") \
    X(BannerUnavailable, "浏览器存储不可用（可能是隐私窗口或已被禁用），更改不会被保存。请导出文件保存工作。", "Browser storage is unavailable (a private window, or turned off): changes are not being saved. Export a file to keep your work.") \
    X(BannerQuota, "浏览器存储空间已满，最近的更改没有保存。上一次保存的内容仍然完好。请导出文件，或清理浏览器空间。", "Browser storage is full: recent changes are not saved. The last saved copy is intact. Export a file, or free some space.") \
    X(BannerFailed, "更改未能保存到浏览器。上一次保存的内容仍然完好。请导出文件保存工作。", "Changes could not be saved in the browser. The last saved copy is intact. Export a file to keep your work.") \
    X(BannerConflict, "另一个标签页也修改了这个工作区。请选择保留哪一份：", "Another tab changed this workspace too. Choose which version to keep:") \
    X(BannerNewer, "浏览器中保存的工作区由更新版本的整改通写入，本页面只读，不会覆盖它。请刷新页面以使用新版本。", "The stored workspace was written by a newer version of Rectify; this page is read-only and will not overwrite it. Reload to get the new version.") \
    X(BannerNeedsUpgrade, "浏览器中保存的工作区由旧版整改通保存，需要联网加载升级模块转换为当前格式。工作区已原样保留，本页面只读；请联网后重新加载页面。", "The stored workspace was saved by an older Rectify and must be converted to the current format by the upgrade module, which needs the network. It is kept as it is and this page is read-only: reload the page once online.") \
    X(BannerUnreadable, "浏览器中保存的工作区无法读取，已原样保留，本页面只读。可以导出它交给技术支持。", "The stored workspace cannot be read; it is kept as it is and this page is read-only. You can export it for support.") \
    X(BannerDetails, "详情", "Details") \
    X(BannerSession, "这是浏览器的无痕（隐私）窗口：关闭窗口后，浏览器会清除本工作区的数据。请在关闭前导出文件保存工作。", "This is a private (incognito) window: the browser deletes this workspace when the window closes. Export a file before you close it to keep your work.") \
    X(BannerBestEffort, "浏览器没有同意长期保存本站的数据：磁盘空间不足时，它可能清除本工作区。请定期导出文件备份；把整改通安装为应用后，浏览器通常会长期保存。", "The browser did not agree to keep this site's data for good: when disk space runs low it may delete this workspace. Export a file now and then; once Rectify is installed as an app, browsers usually keep its data.") \
    X(SavedTemporary, "已保存（临时）", "Saved (temporarily)") \
    X(Dismiss, "知道了", "Got it") \
    X(ExportWorkspace, "导出文件", "Export a file") \
    X(KeepMine, "保留本页的修改", "Keep this tab's changes") \
    X(TakeTheirs, "改用另一个标签页的版本", "Use the other tab's version") \
    X(SavedState, "已保存", "Saved") \
    X(SavingState, "正在保存…", "Saving…") \
    X(ReloadedFromOtherTab, "已载入另一个标签页的修改。", "Loaded the changes made in another tab.") \
    X(RepairedIds, "工作区中有 {n} 个编号重复（旧版本合并其他单位的文件所致），已自动改为新编号，内容没有丢失。", "{n} repeated IDs in the workspace (from merging another office's file in an older version) were given new IDs; nothing was lost.") \
    X(NotExportedInvalid, "文件未导出：内容未通过校验（{why}）。请撤销最近的操作后重试。", "The file was not exported: it fails validation ({why}). Undo the last action and try again.") \
    X(MergedOtherTab, "另一个标签页同时做了修改，已与本页的修改合并。", "Another tab made changes at the same time; they were merged with this tab's.") \
    X(TabConflictsTitle, "两个标签页改了同一内容", "Two tabs changed the same fields") \
    X(TabConflictsIntro, "另一个标签页已保存了对下列内容的修改，本标签页也修改了它们。请逐项选择保留哪一个（默认保留本标签页的）；选择之后才会保存。两个标签页的其他修改都已保留。", "Another tab saved changes to the fields below, which this tab changed too. Choose which value to keep for each (this tab's by default); nothing is saved until you do. All other changes of both tabs are kept.") \
    X(TabMine, "本标签页", "This tab") \
    X(TabTheirs, "另一标签页", "The other tab") \
    X(TabConflictsAllMine, "全部保留本标签页的", "Keep all of this tab's") \
    X(TabConflictsAllTheirs, "全部采用另一标签页的", "Take all of the other tab's") \
    X(TabConflictsApply, "按所选保存", "Save as chosen") \
    X(TabConflictsDone, "已按所选保存。", "Saved as chosen.") \
    X(TabConflictOffice, "本单位", "This office") \
    X(LoadingWorkspace, "正在读取工作区…", "Reading the workspace…") \
    X(UpgradingFile, "“{file}”由旧版整改通保存，正在转换为当前格式……", "\"{file}\" was saved by an older Rectify: converting it to the current format…") \
    X(UpgradingWorkspace, "工作区由旧版整改通保存，正在转换为当前格式……", "The workspace was saved by an older Rectify: converting it to the current format…") \
    X(ViewDirectory, "科室和人员", "Departments & people") \
    X(BackHome, "← 首页", "← Home") \
    /* the narrow layout on a phone (narrow/narrow.h) */ \
    X(NarrowBack, "← 返回", "← Back") \
    X(MenuLanguageShort, "语言", "Language") \
    X(NarrowOverdue, "逾期 {n} 项", "{n} overdue") \
    X(NarrowMore, "更多…", "More…") \
    X(NarrowFilters, "筛选…", "Filters…") \
    X(NarrowFiltersDone, "完成", "Done") \
    X(TakePhoto, "拍照", "Take a photo") \
    X(PickPhotos, "相册", "Photos") \
    X(KeepOriginalPhoto, "保留原图（不缩小照片）", "Keep photos at full size") \
    X(WeChatBanner, "在微信里打开时不能下载文件，也不能离线使用，微信还可能清除本页保存的数据。请点右上角“···”，选择“在浏览器中打开”；导出的文件会改为直接发送。", "Inside WeChat files cannot be downloaded, the app does not work offline, and WeChat may clear what this page stores. Tap \"···\" at the top right and choose Open in Browser; exported files are sent instead of downloaded.") \
    X(Open, "打开", "Open") \
    X(Duplicate, "复制", "Duplicate") \
    X(CopySuffix, "（副本）", " (copy)") \
    X(DeletedNotice, "已删除。", "Deleted.") \
    X(TabProblems, "问题与措施", "Problems & measures") \
    X(TabHeader, "方案信息", "Plan details") \
    X(TabPhases, "方法步骤", "Phases") \
    X(TabSections, "正文", "Sections") \
    X(TabGroup, "领导小组", "Leading group") \
    X(FieldTitle, "标题", "Title") \
    X(FieldDocNumber, "发文字号", "Document number") \
    X(FieldWritten, "成文日期", "Date written") \
    X(FieldPublished, "发布日期", "Date published") \
    X(FieldAddressees, "主送", "Addressed to") \
    X(HintList, "多项用“、”分隔", "Separate items with 、 or commas") \
    X(FieldFeedbackKind, "反馈来源", "Feedback source") \
    X(FieldFeedbackName, "反馈名称", "Feedback name") \
    X(AddProblem, "添加问题", "Add problem") \
    X(AddMeasure, "添加措施", "Add measure") \
    X(MoveUp, "上移", "Move up") \
    X(MoveDown, "下移", "Move down") \
    X(NoProblems, "这个方案还没有问题。点上方的“添加问题”逐条填写，再为每个问题“添加措施”。方案已写在Word或网页上的，可以在首页点“从文本导入…”粘贴全文，生成一个新方案。", "This plan has no problems yet. Click Add problem above to enter them one by one, then Add measure for each. If the plan is already written in Word or on a web page, click Import from text… on Home and paste it to make a new plan.") \
    X(SelectHint, "在左侧选择一个问题或整改措施。", "Select a problem or a measure on the left.") \
    X(AreaNone, "（未分组）", "(no area)") \
    X(NewProblemText, "新问题", "New problem") \
    X(NewMeasureTitle, "新整改措施", "New measure") \
    X(FieldNumber, "序号", "Number") \
    X(FieldCode, "问题编号", "Problem code") \
    X(FieldArea, "领域/分组", "Area") \
    X(FieldProblemText, "问题描述", "Problem") \
    X(ProblemMeasures, "整改措施", "Measures") \
    X(ProblemLabel, "问题", "Problem") \
    X(MeasureLabel, "措施", "Measure") \
    X(FieldMeasureTitle, "措施名称", "Measure") \
    X(FieldSteps, "具体措施（每行一条）", "Steps (one per line)") \
    X(FieldLead, "牵头科室/单位", "Lead department") \
    X(FieldSupport, "配合科室/单位", "Supporting departments") \
    X(FieldResponsible, "责任人", "Responsible") \
    X(FieldLeaders, "分管领导", "Supervising leader") \
    X(FieldDeadline, "整改时限", "Deadline") \
    X(FieldStatus, "整改状态", "Status") \
    X(MoveToProblem, "移到问题", "Move to problem") \
    X(DeleteMeasure, "删除措施", "Delete measure") \
    X(DeleteProblem, "删除问题", "Delete problem") \
    X(WeekdayLetters, "一|二|三|四|五|六|日", "Mo|Tu|We|Th|Fr|Sa|Su") \
    X(DeadlineEndOfMonth, "{month}月底前", "By end of month {month}") \
    X(Clear, "清除", "Clear") \
    X(DeadlineWording, "原文表述", "Wording in the document") \
    X(Today, "今天", "Today") \
    X(PickDate, "选择日期", "Pick a date") \
    X(Overdue, "已逾期", "Overdue") \
    X(DueSoon, "即将到期", "Due soon") \
    X(ProgressLog, "整改进展", "Progress") \
    X(AddProgress, "添加进展", "Add progress") \
    X(ProgressDate, "日期", "Date") \
    X(ProgressAuthor, "填报人", "By") \
    X(ProgressText, "整改情况", "What was done") \
    X(NoProgress, "还没有进展记录。", "No progress recorded yet.") \
    X(Evidence, "佐证材料", "Evidence") \
    X(AddEvidence, "添加材料", "Add evidence") \
    X(EvidenceName, "材料名称", "Name") \
    X(EvidenceNote, "说明", "Note") \
    X(NoEvidence, "还没有佐证材料。", "No evidence yet.") \
    X(Closure, "销号", "Closing") \
    X(ClosureOpen, "尚未提交销号。", "Not submitted for closing.") \
    X(ClosureSubmitted, "已提交销号，等待审核。", "Submitted for closing, awaiting review.") \
    X(ClosureVerified, "已审核销号。", "Verified and closed.") \
    X(ClosureReturned, "已退回，需继续整改。", "Returned: more work needed.") \
    X(SubmitClosure, "提交销号", "Submit for closing") \
    X(Verify, "审核通过", "Verify") \
    X(ReturnItem, "退回", "Return") \
    X(ReturnReason, "退回原因", "Reason for returning") \
    X(ReasonRequired, "请先填写退回原因。", "Write the reason first.") \
    X(Reopen, "撤销销号", "Reopen") \
    X(SubmittedBy, "提交人", "Submitted by") \
    X(DecidedBy, "审核人", "Reviewed by") \
    /* the 销号 chain and 回头看 (issue 22: core/review_chain.h, core/recheck.h) */ \
    X(PassLevel, "通过", "Pass") \
    X(LevelOpinion, "审核意见（可不填）", "Opinion (optional)") \
    X(ChainLevels, "销号层级", "Closing levels") \
    X(ChainLevelsHint, "销号须依次经过的审核层级（1–4级），如 责任单位自查、分管领导签字、督查室复核。", "The levels that sign an item off, in order (1–4), e.g. the unit's self-check, the leader's signature, the supervision office's review.") \
    X(ChainAddLevel, "添加层级", "Add a level") \
    X(ChainNewLevel, "第{n}级审核", "Level {n} review") \
    X(ChainLevelNumber, "第{n}级", "Level {n}") \
    X(ChainRemoveLevel, "删除该层级", "Remove this level") \
    X(ChainHistory, "销号记录", "Closing record") \
    X(ChainRound, "第{n}轮", "Round {n}") \
    X(RecheckDate, "回头看日期", "Re-check date") \
    X(RecheckDue, "回头看已到期：请确认整改成果，或重新打开。", "The re-check is due: confirm the result, or reopen the item.") \
    X(RecheckConfirm, "回头看确认", "Confirm on re-check") \
    X(RecheckReopen, "重新打开", "Reopen") \
    X(RecheckNote, "回头看情况（确认时可不填；重新打开须写明原因）", "Re-check note (optional to confirm; a reopening needs the reason)") \
    X(ClosingHistory, "销号与重新打开", "Closes and reopenings") \
    X(SheetPrint, "对账销号单（打印）", "Closing sheet (print)") \
    X(SheetPrintAll, "对账销号单：全部问题（打印）", "Closing sheets, every problem (print)") \
    X(FilterRecheckDue, "待回头看", "Re-check due") \
    X(OnDate, "办理日期", "On") \
    X(Departments, "科室/单位", "Departments") \
    X(People, "人员", "People") \
    X(AddDepartment, "添加科室/单位", "Add department") \
    X(AddPerson, "添加人员", "Add person") \
    X(NewDepartment, "新科室", "New department") \
    X(NewPerson, "新人员", "New person") \
    X(ColName, "名称", "Name") \
    X(ColPersonName, "姓名", "Name") \
    X(ColPersonTitle, "职务", "Title") \
    X(ColPersonDept, "所在科室/单位", "Department") \
    X(ColUsage, "涉及措施", "Measures") \
    X(DirectoryIntro, "在这里改名，所有引用它的整改措施会一起更新（可撤销）。", "Rename here and every measure that names it follows (undoable).") \
    X(PickerAdd, "输入以添加…", "Type to add…") \
    X(PickerCreate, "新建“{name}”", "Create “{name}”") \
    X(RemoveItem, "移除", "Remove") \
    X(Find, "查找", "Find") \
    X(FindHint, "在本方案中查找…", "Find in this plan…") \
    X(FindCount, "{n} 处", "{n} found") \
    X(FindNone, "没有找到。", "Nothing found.") \
    X(DueSoonDays, "临近期限提醒（天）", "Due-soon warning (days)") \
    X(SectionHeading, "小标题", "Heading") \
    X(SectionBody, "内容", "Text") \
    X(AddSection, "添加一节", "Add section") \
    X(NewSection, "新的一节", "New section") \
    X(PhaseName, "阶段", "Phase") \
    X(PhaseStart, "开始", "Start") \
    X(PhaseEnd, "结束", "End") \
    X(AddPhase, "添加阶段", "Add phase") \
    X(NewPhase, "新阶段", "New phase") \
    X(GroupLeader, "组长", "Leader") \
    X(GroupDeputies, "副组长（每行一人）", "Deputies (one per line)") \
    X(GroupMembers, "成员（每行一人）", "Members (one per line)") \
    X(GroupOffice, "领导小组办公室", "Group office") \
    X(Nothing, "（无）", "(none)") \
    X(Report, "报告", "Report") \
    X(ReportPrint, "整改情况报告（打印或存为PDF）", "Progress report (print or save as PDF)") \
    X(NoticePrint, "公示（打印或存为PDF）", "Public notice (print or save as PDF)") \
    X(ReportWord, "整改情况报告（Word 文档，可修改后盖章）", "Progress report (Word document, to edit and stamp)") \
    X(NoticeWord, "公示（Word 文档）", "Public notice (Word document)") \
    X(ReportCopy, "复制整改情况报告", "Copy the progress report") \
    X(NoticeCopy, "复制公示", "Copy the public notice") \
    X(NoticeNames, "公示中列出人名", "Names in the public notice") \
    X(CopiedNotice, "已复制，可粘贴到Word或WPS。", "Copied: paste it into Word or WPS.") \
    X(Ledger, "整改台账", "Ledger") \
    X(AllPlans, "全部方案", "All plans") \
    X(LedgerSearch, "筛选：任意文字…", "Filter: any text…") \
    X(AllDepartments, "全部科室", "All departments") \
    X(AllStatuses, "全部状态", "All statuses") \
    X(AllPeople, "全部责任人", "All responsible") \
    X(AllLeaders, "全部分管领导", "All leaders") \
    X(ClearFilters, "清除筛选", "Clear filters") \
    X(CellNewProgress, "新的整改进展（今天，按Ctrl+Enter保存）：", "New progress (today; Ctrl+Enter saves):") \
    X(LedgerCount, "显示 {shown} / {total} 项", "{shown} of {total} shown") \
    X(ExportCsv, "导出CSV", "Export CSV") \
    X(ExportXlsx, "导出XLSX", "Export XLSX") \
    X(ExportForm, "按原表导出", "Export in the original form") \
    X(ImportFormTooLarge, "原表较大（{size}，超过 {limit}），不随方案保存，导入后不能“按原表导出”。", "The form is large ({size}, over {limit}): it is not kept with the plan, so Export in the original form will not be offered.") \
    X(ExportFormTip, "把当前台账填入收到的原表“{form}”：标题、表头、列宽、合并单元格、字体和打印设置都保持原样", "Fills the form received, \"{form}\", with the current ledger: its title, header, widths, merged cells, fonts and print setup stay as they were") \
    X(XlsxFailed, "无法生成XLSX文件（可能已离线），请改用“导出CSV”。", "Could not make the XLSX file (offline?): use Export CSV instead.") \
    X(FormFailed, "无法按原表生成Excel文件（可能已离线），请联网后再试，或改用“导出XLSX”。", "Could not fill the Excel form (offline?): try again online, or use Export XLSX.") \
    X(DocxFailed, "无法生成Word文件（可能已离线），请改用“打印/另存为PDF”或文本格式。", "Could not make the Word file (offline?): print the page or use the text form instead.") \
    X(SheetFailed, "无法生成对账销号单（可能已离线），请联网后再试。", "Could not make the closing sheet (offline?): try again online.") \
    X(ArchiveFailed, "无法生成一问题一档案（可能已离线），请联网后再试。", "Could not make the evidence archive (offline?): try again online.") \
    X(ReportMaking, "正在生成“{file}”……", "Making \"{file}\"…") \
    X(Dashboard, "整改概况", "Overview") \
    X(CompletionRate, "完成率 {percent}%", "{percent}% done") \
    X(ByDepartment, "按责任科室", "By department") \
    X(ByLeader, "按分管领导", "By supervising leader") \
    X(OverdueItems, "逾期事项", "Overdue") \
    X(DueSoonItems, "即将到期事项", "Due soon") \
    X(OverdueCount, "逾期 {n}", "{n} overdue") \
    X(ProgressByMonth, "每月填报的整改进展", "Progress recorded per month") \
    X(TabTimeline, "时间轴", "Timeline") \
    X(TimelineEmpty, "方案中还没有日期。", "The plan has no dates yet.") \
    X(ImportLedger, "导入台账", "Import a ledger") \
    X(ImportCsv, "导入台账（Excel/CSV）", "Import ledger (Excel/CSV)") \
    X(ImportLine, "行", "Line") \
    X(ImportResult, "检查结果", "Check") \
    X(ImportRowOk, "可导入", "OK") \
    X(ImportSummary, "共 {rows} 行：可导入 {ok} 行，有错误 {bad} 行（不导入）。", "{rows} rows: {ok} can be imported, {bad} have errors (left out).") \
    X(ImportIgnoredColumns, "未识别的列（忽略）：{columns}", "Columns not recognised (ignored): {columns}") \
    X(ImportInto, "导入到方案：", "Into the plan:") \
    X(ImportAccept, "导入 {n} 条措施", "Import {n} measures") \
    X(ImportedNotice, "已导入 {n} 条措施。", "{n} measures imported.") \
    X(ImportedNewPlan, "已导入 {n} 条措施，新建方案“{title}”。", "{n} measures imported into the new plan \"{title}\".") \
    X(ImportSheet, "工作表：", "Sheet:") \
    X(ImportTitleFound, "标题：{title}（第{line}行）", "Title: {title} (line {line})") \
    X(ImportHeaderFound, "表头：第{line}行", "Header: line {line}") \
    X(ImportHeaderTwoRows, "表头：第{line}–{next}行（两行）", "Header: lines {line}–{next} (two rows)") \
    X(ImportHiddenRows, "隐藏行 {n} 行已跳过", "{n} hidden rows skipped") \
    X(ImportColumns, "每一列导入为（可修改，预览随之更新）：", "Each column is imported as (change any; the preview follows):") \
    X(ImportNewPlan, "新建方案：{title}", "New plan: {title}") \
    X(ImportRowInfo, "可导入；{info}", "OK; {info}") \
    X(FileReadFailed, "无法读取文件“{file}”：{why}", "Could not read the file \"{file}\": {why}") \
    X(FileTooLarge, "未读取“{file}”：{why}", "\"{file}\" was not read: {why}") \
    X(FileNotTaken, "无法识别“{file}”：可以导入的是方案文件（.json）、台账（.csv）或制表符分隔的文本（.txt）。", "\"{file}\" is not a file the app takes: plan files (.json), ledgers (.csv) or tab-separated text (.txt).") \
    X(FileImportBusy, "请先完成当前的导入，再导入“{file}”。", "Finish the import that is open before importing \"{file}\".") \
    X(FileRefused, "“{file}”不能使用：{why}", "\"{file}\" cannot be used: {why}") \
    X(FileTakes, "可以导入的是方案文件（.json）、台账（Excel .xlsx 或 .csv）、Word 文档（.docx）或文本（.txt）。", " The app takes plan files (.json), ledgers (Excel .xlsx or .csv), Word documents (.docx) and text (.txt).") \
    X(OfficeReading, "正在读取“{file}”……", "Reading \"{file}\"…") \
    X(OfficeModuleFailed, "无法加载读取 Word/Excel 文件的模块（可能已离线），请联网后再试，或把内容另存为 .csv/.txt 后导入。", "the module that reads Word and Excel files could not be loaded (offline?): try again online, or save the content as .csv/.txt and import that") \
    X(ReadingFiles, "正在读取文件… {percent}%", "Reading files… {percent}%") \
    X(ExportPlan, "导出", "Export") \
    X(ExportWholePlan, "整个方案（报送或存档）", "The whole plan (to send back or keep)") \
    X(ExportForDepartment, "只下发某科室的事项：", "Only one department's items:") \
    X(MergeTitle, "合并报送的文件", "Merge a returned file") \
    X(MergeFrom, "来自：{office} · 导出于 {date}", "From {office} · exported {date}") \
    X(MergeCounts, "新增 {added}，修改 {changed}，删除 {deleted}，冲突 {conflicts}", "{added} added, {changed} changed, {deleted} deleted, {conflicts} conflicts") \
    X(MergeNothing, "这个文件没有本工作区尚未有的内容。", "This file holds nothing this workspace does not have.") \
    X(MergeConflicts, "冲突（{n}）", "Conflicts ({n})") \
    X(MergeConflictHint, "双方都修改过的内容：逐项选择保留哪一方。", "Changed on both sides: choose which to keep, item by item.") \
    X(MergeAllMine, "全部保留本方", "Keep all mine") \
    X(MergeAllTheirs, "全部采用对方", "Take all theirs") \
    X(MergeChanged, "修改（{n}）", "Changed ({n})") \
    X(MergeAdded, "新增（{n}）", "Added ({n})") \
    X(MergeDeleted, "删除（{n}）", "Deleted ({n})") \
    X(MergeWhere, "位置", "Where") \
    X(MergeField, "修改项", "Field") \
    X(MergeMine, "本方", "Mine") \
    X(MergeTheirs, "对方", "Theirs") \
    X(MergeChoice, "采用", "Keep") \
    X(MergeEditedDeleted, "一方删除", "Deleted on one side") \
    X(MergeDeletedHere, "（本方已删除）", "(deleted here)") \
    X(MergeDeletedThere, "（对方已删除）", "(deleted there)") \
    X(MergeAccept, "合并", "Merge") \
    X(MergeRefused, "未能合并“{file}”：工作区只读，或合并的结果无效。工作区没有任何改动。", "Could not merge \"{file}\": the workspace is read-only, or the merged result is not valid. Nothing was changed.") \
    X(MergeComparing, "正在比较“{file}”与本工作区……", "Comparing \"{file}\" with this workspace…") \
    X(MergeComparingRow, "正在比较……", "Comparing…") \
    X(MergeApplying, "正在合并……", "Merging…") \
    X(MergeModuleFailed, "无法加载合并模块（可能已离线），请联网后再试。工作区没有任何改动。", "The merge could not be loaded (offline?): try again online. Nothing was changed.") \
    X(MergedNotice, "已合并：新增 {added}，修改 {changed}，删除 {deleted}，冲突 {conflicts}。", "Merged: {added} added, {changed} changed, {deleted} deleted, {conflicts} conflicts.") \
    X(Returns, "汇总报送", "Returns") \
    X(ReturnsHint, "把各单位报送回来的文件拖到页面上，或点“选择文件”（可多选）。每个文件先预览，确认后才合并。", "Drop the files units sent back onto the page, or choose them (several at once). Each is previewed; nothing is merged until you accept.") \
    X(ReturnsPick, "选择文件…", "Choose files…") \
    X(ReturnsMergeClean, "合并无冲突的文件（{n}）", "Merge the files without conflicts ({n})") \
    X(ReturnsClear, "清空列表", "Clear the list") \
    X(ReturnsFile, "文件", "File") \
    X(ReturnsUnit, "报送单位", "Unit") \
    X(ReturnsWhen, "导出时间", "Exported") \
    X(ReturnsWhat, "变化", "Changes") \
    X(ReturnsState, "状态", "State") \
    X(ReturnsMerged, "已合并", "Merged") \
    X(ReturnsNothingNew, "无新内容", "Nothing new") \
    X(ReturnsPending, "待合并", "To merge") \
    X(ReturnsOpen, "查看并合并", "Review") \
    X(ReturnsMissing, "尚未报送（牵头科室）：{departments}", "No return yet (lead departments): {departments}") \
    X(OfficeName, "本单位名称", "This office") \
    X(OfficeHint, "导出的文件以此署名；各单位报送时据此识别。", "Files you export are signed with it; returns are recognised by it.") \
    X(CurrentUser, "当前使用人", "Current user") \
    X(CurrentUserHint, "填报人、提交人、审核人记为此人（每条仍可修改）。", "Progress entries, submissions and reviews are recorded under this name (each can still be changed).") \
    X(CurrentUserAsk, "请填写您的姓名", "Your name, please") \
    X(CurrentUserWhy, "整改进展的填报人、销号的提交人和审核人记为使用本机的人，而不是单位。只问这一次，以后可在 视图 → 科室和人员 中修改。", "Progress entries, submissions for closing and reviews are recorded under the name of the person using this computer, not the office. You are asked once; change it later in View → Departments & people.") \
    X(SubmitEmptyConfirm, "此项还没有整改进展，也没有佐证材料。确定要提交销号吗？", "This item has no progress entries and no evidence yet. Submit it for closing anyway?") \
    X(TextImportOpen, "从文本导入…", "Import from text…") \
    X(TextImportTitle, "从文本导入方案", "A plan from the text of a document") \
    X(TextImportHint, "粘贴整改方案或整改情况报告的全文（从网页或Word复制，网页上的菜单、页脚等会被忽略），或把 .txt 文件拖到页面上。左边每行前面标着它被识别成了什么（红色“未归类”是没能识别的行），右边是得到的方案；在左边修改原文，右边随之更新。确认无误后导入。", "Paste the whole text of a rectification plan or progress report (copied from a web page or Word; menus and footers are ignored), or drop a .txt file. Each line on the left is tagged with what it was taken as (not placed, in red: not recognised); the plan it makes is on the right. Correct the text on the left and the right follows; import when it is right.") \
    X(TextImportPaste, "在此粘贴文件全文…", "Paste the document's text here…") \
    X(TextImportTags, "标题|发文机关|文号|日期|主送|章节|阶段|领域|问题|编号|措施|步骤|责任|时限|进展|进度|小组|正文|略过|未归类", "title|issuer|doc no.|date|to|section|phase|area|problem|code|measure|step|who|deadline|progress|status|group|text|skipped|not placed") \
    X(TextImportWaiting, "粘贴文本后，这里显示识别出的方案。", "The plan found in the text shows here.") \
    X(TextImportLoading, "正在加载文本识别模块……", "Loading the text recognition…") \
    X(TextImportModuleFailed, "无法加载文本识别模块（可能已离线），请联网后再试。", "The text recognition could not be loaded (offline?): try again online.") \
    X(TextImportNothing, "没有识别出问题或整改措施。", "No problems or measures were found.") \
    X(TextImportCounts, "问题 {problems} 个，措施 {measures} 条，责任分工 {responsibility} 处，整改时限 {deadlines} 处", "{problems} problems, {measures} measures, {responsibility} responsibility lines, {deadlines} deadlines") \
    X(TextImportUnplaced, "未能归类的文字（{n} 行，不会丢弃，请核对）", "Text not placed ({n} lines: kept here, please check)") \
    X(TextImportAccept, "导入为新方案", "Import as a new plan") \
    X(TextImportLevel, "问题所在层级", "Problems are at level") \
    X(TextImportLevelAuto, "自动（{level}）", "automatic ({level})") \
    X(TextImportLevelMixed, "自动", "automatic") \
    X(TextImportLineMenu, "这一行是…", "This line is…") \
    X(TextImportMarkProblem, "一个问题", "a problem") \
    X(TextImportMarkMeasure, "上一个问题的整改措施", "a measure of the problem above") \
    X(TextImportMarkJoin, "上一条的续文（合并）", "part of the item above (merge)") \
    X(TextImportMarkNoise, "无关内容（忽略）", "not part of the plan (ignore)") \
    X(TextImportMarkAuto, "按自动识别", "as recognised") \
    X(TextImportCorrected, "已更正 {n} 处", "{n} corrections") \
    X(TextImportUndoCorrections, "撤销全部更正", "Undo all corrections") \
    X(TextImportMarkTip, "点击行首的标签可以更正这一行", "Click a line's tag to correct what it is") \
    X(TextImportInferred, "{status}（推测）", "{status} (inferred)") \
    X(TextImportNoStatus, "未写明状态", "no status stated") \
    X(TextImportDone, "已导入为新方案。", "Imported as a new plan.") \
    X(OpenFile, "打开文件…", "Open a file…") \
    X(LedgerEmptyNone, "台账里还没有整改措施。在方案的“问题与措施”页添加问题和措施，或点上方的“导入CSV”导入Excel台账（也可以把 .csv 文件拖到页面上）。", "The ledger has no measures yet. Add problems and measures on a plan's Problems & measures tab, or click Import CSV above to bring in an Excel ledger (or drop the .csv file onto the page).") \
    X(LedgerEmptyFiltered, "筛选条件把全部 {n} 条措施都隐藏了，没有一条符合。", "The filters hide all {n} measures: none matches them all.") \
    X(ReturnsEmpty, "还没有收到报送的文件。各单位在整改通中打开您下发的文件，填写整改进展后，点方案的“导出”→“整个方案”，把文件通过邮件、微信或U盘发回。收到后，把文件（可以一次多个）拖到本页，或点上方的“选择文件…”。每个文件先预览，确认后才合并。", "No returns yet. Each unit opens the file you handed out in Rectify, fills in its progress, then clicks the plan's Export → The whole plan and sends the file back by e-mail, chat or USB stick. Drop the files you receive onto this page (several at once if you like), or click Choose files… above. Each is previewed; nothing is merged until you accept.") \
    X(GuideTitle, "使用指南", "How to use Rectify") \
    X(GuideIntro, "整改通帮助您把整改方案落实到每一项：谁负责、什么时候完成、做到哪一步，最后逐项销号。下面每一节讲一件事，点左边的标题可以直接跳过去。", "Rectify helps you carry a rectification plan through item by item: who is responsible, by when, how far it has got, and finally closing each item. Each section below covers one thing; click a title on the left to jump to it.") \
    X(GuidePlanTitle, "整改方案是什么", "What a plan is") \
    X(GuidePlan1, "整改方案是针对巡察、督导评估、公众评议、审计等反馈的问题制定的落实计划。在整改通里，一个方案由若干“问题”组成，每个问题下有一条或几条“整改措施”。", "A rectification plan answers the problems an inspection, a supervision evaluation, a public appraisal or an audit found. In Rectify a plan holds problems, and each problem has one or more measures.") \
    X(GuidePlan2, "每条措施写明具体做法（每行一条）、牵头和配合的科室或单位、责任人、分管领导和整改时限。时限可以是日期、“X月底前”、“立行立改”或“长期坚持”，文件原来的写法总会保留。", "Each measure has its steps (one per line), the lead and supporting departments, the responsible people, the supervising leader and a deadline: a date, “by the end of month X”, “immediately” or “ongoing”; the document's own wording is always kept.") \
    X(GuidePlan3, "整改过程中，随时在措施里“添加进展”和“添加材料”（佐证材料）。做完后点“提交销号”，审核人“审核通过”即销号；不合格的可以“退回”，并写明原因。逾期的措施显示为红色，临近期限的显示为橙色。", "As the work goes on, add progress entries and evidence to the measure. When it is done, click Submit for closing; the reviewer verifies it (the item is closed) or returns it with a reason. Overdue measures show in red, those due soon in amber.") \
    X(GuidePlan4, "在首页点“新建方案”开始一个空白方案，然后在“问题与措施”页用“添加问题”“添加措施”逐条填写。每一步都可以撤销（Ctrl+Z）。", "Click New plan on Home to start an empty plan, then fill it in on the Problems & measures tab with Add problem and Add measure. Every step can be undone (Ctrl+Z).") \
    X(GuideImportTitle, "导入已有的文件", "Importing a document") \
    X(GuideImport1, "方案已经写在Word里或发布在网页上？在首页点“从文本导入…”，把全文复制粘贴进去，或者把 .txt 文件拖到页面上。网页上的菜单、页脚等会被自动略过。", "Is the plan already in Word or on a web page? On Home click Import from text… and paste the whole text, or drop a .txt file onto the page. A web page's menus and footers are skipped.") \
    X(GuideImport2, "左边是原文，每一行前面标着它被识别成了什么（问题、措施、步骤、责任、时限、进展……），红色的“未归类”是没能识别的行；右边是得到的方案。在左边直接修改原文，右边随之更新。核对无误后点“导入为新方案”。", "On the left is the text, each line tagged with what it was taken as (problem, measure, step, who, deadline, progress…); lines tagged not placed, in red, were not recognised. On the right is the plan it makes. Correct the text on the left and the right follows. When it is right, click Import as a new plan.") \
    X(GuideImport3, "Excel台账：在Excel或WPS中另存为CSV，然后在整改台账里点“导入CSV”，或直接把 .csv 文件拖到页面上。每一行先预览，确认后才导入。", "An Excel ledger: save it as CSV in Excel or WPS, then click Import CSV in the ledger, or drop the .csv file onto the page. Every row is previewed; nothing is added until you confirm.") \
    X(GuideLedgerTitle, "使用整改台账", "Using the ledger") \
    X(GuideLedger1, "“视图 → 整改台账”把所有方案的全部措施列在一张表里；方案里的“整改台账”按钮只列这个方案的措施。点列标题可以排序。", "View → Ledger lists every measure of every plan in one table; a plan's Ledger button lists only that plan's. Click a column title to sort.") \
    X(GuideLedger2, "表格上方的筛选（任意文字、科室、责任人、分管领导、状态、逾期、即将到期）可以组合使用，“清除筛选”恢复显示全部。", "The filters above the table (any text, department, responsible person, supervising leader, status, overdue, due soon) combine; Clear filters shows everything again.") \
    X(GuideLedger3, "双击单元格就地修改，每次修改都可以撤销；在“最近进展”上双击可以填写新的进展；在序号上双击打开这条措施。", "Double-click a cell to edit it in place (each edit can be undone); double-click Latest progress to add a new entry, or the number to open the measure.") \
    X(GuideLedger4, "“导出CSV”和“导出XLSX”生成Excel和WPS都能打开的台账，内容是当前筛选出的行。", "Export CSV and Export XLSX write a ledger that Excel and WPS open, with the rows the filters show.") \
    X(GuideShareTitle, "与各单位交换文件", "Sharing with other offices") \
    X(GuideShare1, "先在“视图 → 科室和人员”里填好“本单位名称”：导出的文件以此署名，收到报送时也据此认出是哪个单位。", "First fill in This office under View → Departments & people: the files you export are signed with it, and returns are recognised by it.") \
    X(GuideShare2, "下发：在方案里点“导出”，选“整个方案”，或只导出某个科室的事项，把文件发给对方。对方用整改通打开（把文件拖到页面上），填写进展后同样点“导出”发回。", "Handing out: in a plan click Export and choose the whole plan, or only one department's items, and send the file. The unit opens it in Rectify (drops it onto the page), fills in its progress and sends it back with Export.") \
    X(GuideShare3, "合并报送：把发回的文件拖到页面上，先看预览：新增、修改、删除了什么，以及双方都改过的“冲突”（逐项选择保留本方还是对方），确认后点“合并”。一次拖入多个文件会打开“汇总报送”：逐个查看，没有冲突的可以一次合并，还列出尚未报送的牵头科室。", "Merging returns: drop a returned file onto the page and check the preview: what is added, changed and deleted, and the conflicts (changed on both sides: keep mine or theirs, item by item); then click Merge. Several files at once open Returns: review each, merge all those without conflicts in one go, and see which lead departments have not sent theirs.") \
    X(GuideShare4, "上报：方案里的“报告”生成整改情况报告和公示，可以打印、存为PDF，或复制到Word、WPS。", "Reporting: a plan's Report button makes the progress report and the public notice, to print, to save as PDF, or to copy into Word or WPS.") \
    X(GuideDataTitle, "数据保存在哪里", "Where your data is kept") \
    X(GuideData1, "所有数据只保存在这台电脑的这个浏览器里（浏览器的 IndexedDB 存储），不会上传到任何服务器。修改后自动保存，右上角显示“已保存”。", "Everything is kept only in this browser on this computer (the browser's IndexedDB storage) and is never uploaded anywhere. Edits are saved by themselves; the top right then says Saved.") \
    X(GuideData2, "打开过一次以后，断网也能使用。", "After one visit the app also works with no network.") \
    X(GuideData3, "换一台电脑或换一个浏览器，就看不到这里的数据；清除浏览器数据会把它删掉。页面顶部出现黄色提示时（无痕窗口，或浏览器没有同意长期保存），请尽快导出文件。", "On another computer or in another browser you will not see this data, and clearing the browser's data deletes it. When a yellow banner shows at the top (a private window, or the browser did not agree to keep the data), export a file soon.") \
    X(GuideBackupTitle, "备份和恢复", "Backing up and restoring") \
    X(GuideBackup1, "“编辑 → 导出文件”把整个工作区（全部方案、科室和人员）保存为一个 .rectify.json 文件。请定期导出，存到单位的共享盘或U盘上。", "Edit → Export a file saves the whole workspace (every plan, department and person) as one .rectify.json file. Export now and then, and keep the file on a shared drive or a USB stick.") \
    X(GuideBackup2, "恢复或换电脑：在新的浏览器中打开整改通，把备份文件拖到页面上，核对预览后点“合并”。", "To restore, or to move to another computer: open Rectify in the new browser, drop the backup file onto the page, check the preview and click Merge.") \
    X(OpenedAsDownload, "浏览器阻止了新标签页，报告已作为文件下载。", "The browser blocked a new tab: the report was downloaded as a file instead.") \
    /* issue 19, showing evidence files (ui/widgets/evidence_view.h, ui/plan/evidence_strip.cpp) */ \
    X(FileNotHere, "不在本浏览器", "Not in this browser") \
    X(FileNotHereTip, "文件“{name}”不在本浏览器中：方案是从别处导入的，没有带上文件。请对方连同文件一起发送（方案包 .rectify.zip）。", "The file “{name}” is not in this browser: the plan came from elsewhere without its files. Ask the sender for the package (.rectify.zip), which carries them.") \
    X(FileLoading, "正在加载…", "Loading…") \
    X(ImageCannotShow, "此浏览器无法显示这张图片（例如 HEIC 格式），请下载后查看。", "This browser cannot show this image (HEIC, for example): download it to view it.") \
    X(ViewerPrev, "上一张", "Previous") \
    X(ViewerNext, "下一张", "Next") \
    X(ViewerFit, "适合窗口", "Fit") \
    X(ViewerZoomIn, "放大", "Zoom in") \
    X(ViewerZoomOut, "缩小", "Zoom out") \
    X(Download, "下载", "Download") \
    X(EvidenceFor, "佐证材料（{n}）", "Evidence ({n})") \
    X(NoEvidenceWarn, "无佐证材料", "No evidence") \
    X(WithoutEvidence, "已提交无佐证", "Submitted without evidence") \
    /* 一问题一档案 (报告 menu; core/report/evidence_archive.h, platform/zip_stream.h) */ \
    X(ReportArchive, "一问题一档案（ZIP）", "Evidence archive, a folder per problem (ZIP)") \
    /* ---- plan packages (issue 19: returns.cpp, requests.cpp, incoming_files.cpp) ---- */ \
    X(ExportPackage, "计划包（含佐证文件）", "Plan package (with its evidence files)") \
    X(PackageFilesMissing, "方案包中的佐证材料未能存入本机：{files}", "These evidence files of the package could not be stored in this browser: {files}") \
    X(PackageMissingInStore, "无法生成“{file}”：佐证材料“{name}”不在本机浏览器中（可能已被清理或损坏），未下载。", "\"{file}\" could not be made: the evidence file \"{name}\" is not in this browser (removed or damaged), so nothing was downloaded.") \
    X(PackageNotMade, "无法生成“{file}”：{why}", "\"{file}\" could not be made: {why}") \
    /* evidence files (issue 19, attach): ui/plan/evidence_list.cpp, ui/evidence_frame.cpp */ \
    X(AttachFiles, "添加文件…", "Add files…") \
    X(AttachHint, "也可以把文件拖到这里，或粘贴截图（Ctrl+V）。", "You can also drop files here, or paste a screenshot (Ctrl+V).") \
    X(AttachingFiles, "正在添加 {n} 个文件……", "Adding {n} file(s)…") \
    X(FileNotHereRow, "文件不在本机：请对方发送计划包", "The file is not in this browser: ask the sender for the plan package") \
    X(AttachTooLarge, "“{name}”未添加：文件大小 {size}，超过 {limit} MB 的上限。请压缩或拆分后再添加。", "\"{name}\" was not added: it is {size}, over the {limit} MB limit. Compress or split it, then add it again.") \
    X(AttachNoSpace, "“{name}”未添加：浏览器存储空间不足（已用 {usage} MB，上限 {quota} MB）。请导出计划包后清理不需要的文件。", "\"{name}\" was not added: the browser's storage is full ({usage} MB used of {quota} MB). Export a plan package, then remove files you no longer need.") \
    X(AttachUnavailable, "“{name}”未添加：此浏览器无法保存文件（{detail}）。", "\"{name}\" was not added: this browser cannot store files ({detail}).") \
    X(AttachFailed, "“{name}”未添加：保存失败（{detail}）。", "\"{name}\" was not added: storing it failed ({detail}).") \
    X(AttachReadOnly, "“{name}”未添加：工作区为只读。", "\"{name}\" was not added: the workspace is read-only.") \
    X(StorageMenu, "文件存储空间…", "File storage…") \
    X(StorageTitle, "文件存储空间", "File storage") \
    X(StorageFiles, "本机保存的佐证文件：{n} 个，共 {size}", "Evidence files kept in this browser: {n}, {size} in all") \
    X(StorageBrowser, "浏览器存储：已用 {usage} MB，上限 {quota} MB", "Browser storage: {usage} MB used of {quota} MB") \
    X(StorageBrowserUnknown, "浏览器未提供存储空间数据。", "The browser does not say how much storage it allows.") \
    X(StoragePersistent, "浏览器已同意长期保存本站数据。", "The browser agreed to keep this site's data.") \
    X(StorageBestEffort, "浏览器未同意长期保存：磁盘空间不足时数据可能被清除，请定期导出计划包。", "The browser did not agree to keep the data: it may be cleared when the disk runs low. Export plan packages now and then.") \
    X(StorageLoading, "正在读取文件存储……", "Reading the file storage…") \
    X(StorageFailed, "文件存储不可用：{detail}", "The file storage is not available: {detail}") \
    /* backups (issue 20: app/backups.cpp, ui/backup_view.cpp) */ \
    X(BackupNever, "从未备份", "Never backed up") \
    X(BackupToday, "上次备份：今天", "Last backup: today") \
    X(BackupYesterday, "上次备份：昨天", "Last backup: yesterday") \
    X(BackupDaysAgo, "上次备份：{n}天前", "Last backup: {n} days ago") \
    X(BackupTip, "上次备份：{date}。点击立即备份工作区和全部佐证文件。", "Last backup: {date}. Click to back up the workspace and every evidence file now.") \
    X(BackupTipNever, "点击立即备份工作区和全部佐证文件（一个 .rectify.zip 文件）。", "Click to back up the workspace and every evidence file now (one .rectify.zip file).") \
    X(BackupNow, "立即备份", "Back up now") \
    X(BackupLater, "稍后", "Later") \
    X(BackupReminder, "已有 {n} 天没有备份，其间工作区有修改。浏览器数据被清除时，只有备份文件能找回这些工作。", "{n} days without a backup, and the workspace was changed meanwhile. If the browser's data is cleared, only a backup file brings this work back.") \
    X(BackupReminderNever, "工作区有修改，但还从未备份。浏览器数据被清除时，只有备份文件能找回这些工作。", "The workspace was changed but has never been backed up. If the browser's data is cleared, only a backup file brings this work back.") \
    X(BackupDone, "备份已下载：{file}", "Backup downloaded: {file}") \
    X(RestoreMenu, "从备份恢复…", "Restore from a backup…") \
    X(RestoreTitle, "从备份恢复", "Restore from a backup") \
    X(RestoreHolds, "备份内容：{plans} 个方案、{problems} 个问题、{measures} 条整改措施、{files} 个佐证文件", "The backup holds {plans} plans, {problems} problems, {measures} measures and {files} evidence files") \
    X(RestoreMadeAt, "备份时间：{date}（{office}）", "Made on {date} ({office})") \
    X(RestoreReplace, "替换当前工作区", "Replace the current workspace") \
    X(RestoreReplaceWarn, "替换：当前工作区的全部内容将被这个备份取代（可以撤销）。", "Replace: everything in the current workspace is replaced by this backup (this can be undone).") \
    X(RestoreMergeHint, "合并：像合并报送文件一样，先预览再把备份的内容合并到当前工作区。", "Merge: like a return, the backup's content is previewed, then merged into the current workspace.") \
    X(RestoredNotice, "已用备份替换工作区：{file}", "The workspace was replaced by the backup {file}") \
    X(FolderChoose, "选择备份文件夹…", "Choose a backup folder…") \
    X(FolderUnsupported, "此浏览器不能自动备份到文件夹（需要 Chrome 或 Edge），请定期点击“立即备份”。", "This browser cannot back up to a folder by itself (that needs Chrome or Edge): click Back up now from time to time.") \
    X(FolderReauthorize, "重新授权", "Allow again") \
    X(FolderReauthorizeTip, "浏览器需要再次同意整改通写入备份文件夹“{name}”。", "The browser needs your consent again for Rectify to write to the backup folder \"{name}\".") \
    X(FolderFailed, "备份文件夹写入失败", "The backup folder could not be written") \
    X(FolderFailedTip, "无法写入备份文件夹“{name}”：{why}", "Could not write to the backup folder \"{name}\": {why}") \
    X(FolderTip, "每天自动备份到文件夹“{name}”，保留最近 {n} 份。", "A backup goes to the folder \"{name}\" every day; the newest {n} are kept.") \
    X(StorageCleared, "浏览器清除了本站保存的数据。本窗口中的工作区还在：请立即备份，工作区随后会重新保存。", "The browser cleared this site's stored data. The workspace in this window is still here: back it up now; it is saved again as well.") \
    /* encrypted plan files (sharing/encrypted_files.h) */ \
    X(CryptOpenTitle, "输入密码", "Password") \
    X(CryptOpenAsk, "“{file}”已加密，请输入密码。", "\"{file}\" is encrypted: enter its password.") \
    X(CryptWorking, "正在解密，需要几秒钟……", "Decrypting: this takes a few seconds…") \
    X(CryptSetPassword, "设置密码…", "Set a password…") \
    X(CryptPasswordSet, "已设置密码：导出的方案文件将加密（更改…）", "Password set: plan files are exported encrypted (change…)") \
    X(CryptClearPassword, "清除密码（不加密导出）", "Clear the password (export unencrypted)") \
    X(CryptSetPasswordTitle, "设置密码", "Set a password") \
    X(CryptSetPasswordAbout, "设置后，本次打开期间导出和下发的方案文件都用这个密码加密，对方打开时须输入同一密码。请另行告知对方密码（例如电话），不要和文件一起发送。", "Once set, the plan files exported and handed down in this session are encrypted with this password; whoever opens one must enter it. Tell them the password another way (a phone call), never with the file.") \
    X(CryptPasswordLabel, "密码", "Password") \
    X(CryptPasswordAgain, "再次输入密码", "The password again") \
    X(CryptStrengthWeak, "强度：弱（至少 12 个字符，混合字母、数字或符号更安全）", "Strength: weak (12 characters or more, mixing letters, digits or symbols, is safer)") \
    X(CryptStrengthFair, "强度：中", "Strength: fair") \
    X(CryptStrengthStrong, "强度：强", "Strength: strong") \
    X(CryptPasswordsDiffer, "两次输入的密码不一致。", "The two passwords differ.") \
    X(CryptLostPassword, "忘记密码就无法打开加密的文件，任何人都无法找回。", "A lost password cannot be recovered by anyone: the encrypted file can then never be opened.") \
    X(CryptPackageTooLarge, "“{file}”未导出：方案包超过 {limit}（已到 {size}），网页中加密不了这么大的文件。请清除密码导出方案包，再用命令行工具 rectify encrypt 加密。", "\"{file}\" was not exported: the package is over {limit} (already {size}), too large to encrypt in the page. Clear the password, export the package, and encrypt it with the command-line tool (rectify encrypt).") \
    X(CryptSealing, "正在加密“{file}”……", "Encrypting \"{file}\"…") \
    X(CryptSealingPercent, "正在加密“{file}”…… {percent}%", "Encrypting \"{file}\"… {percent}%") \
    X(CryptUnavailable, "这个页面无法解密：浏览器只在 https 或本机地址上提供加密功能。请通过 https 打开整改通，或用命令行工具 rectify decrypt 解密。", "this page cannot decrypt: browsers offer cryptography only over https or on this computer. Open Rectify over https, or decrypt with the command-line tool (rectify decrypt).") \
    /* outcome fields, milestones and 三色督办 (issue 22: ui/plan/outcome_form.cpp, dashboard) */ \
    X(NotSet, "未设置", "Not set") \
    X(HintAmount, "如 12.5", "e.g. 12.5") \
    X(OutcomeNotANumber, "请填写数字（如 12.5），未保存", "Enter a number (e.g. 12.5); not saved") \
    X(FieldSupervision, "督办", "Supervision") \
    X(Milestones, "序时进度（节点）", "Milestones") \
    X(HintMilestone, "节点要完成的事", "What is due by then") \
    X(AddMilestone, "添加节点", "Add milestone") \
    X(FieldProblemTypes, "问题类型（每行一个）", "Problem types (one per line)") \
    X(FieldSoonDays, "临期提醒（天）", "Blue within (days)") \
    X(FieldGraceDays, "节点宽限（天）", "Milestone grace (days)") \
    X(DashColours, "三色督办（按科室）", "Supervision colours by department") \
    X(DashByProblemType, "按问题类型", "By problem type") \
    X(DashByRectifyType, "按整改类型", "By rectification type") \
    X(DashFigures, "整改成效数据", "Outcome figures") \
    X(AnyColour, "督办：全部", "Colour: any") \
    X(ColourRed, "红", "Red") \
    X(ColourYellow, "黄", "Yellow") \
    X(ColourBlue, "蓝", "Blue") \
    X(PrintSupervisionSheet, "打印督办单", "Print supervision notice") \
    X(SendSupervisionSheet, "下发督办单", "Send as a 下发 file")

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
// tr(key) with its {name} placeholders filled in: trf(S::ImportedNotice, {{"n", 12}}).
std::string trf(S key, std::initializer_list<Arg> args);

} // namespace rectify::ui
