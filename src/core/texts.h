// texts: the sentences the core writes for people (the progress report's wording, the text
// import's summary and refusals, the ledger import's row errors, the size refusals), in zh-CN
// and en side by side. Load messages have their own table (format/messages.h), shared labels
// theirs (labels.h).
#pragma once
#include <string>

#include "core/i18n.h"

namespace rectify {

// X(key, zh, en), values as {name} placeholders (i18n.h format_text). Report*: Chinese as the
// documents write it (DOMAIN.md), English a plain translation for the UI language.
#define RECTIFY_CORE_TEXTS(X)                                                                                  \
    X(ReportTitle, "整改落实情况的报告", "Report on Rectification Progress")                                   \
    X(ReportTitleOf, "关于《{title}》整改落实情况的报告", "Report on the Rectification under “{title}”")       \
    X(NoticeTitle, "整改落实情况的公示", "Public Notice on Rectification Progress")                            \
    X(NoticeTitleOf, "关于《{title}》整改落实情况的公示", "Public Notice on the Rectification under “{title}”") \
    X(ReportOpening, "{required}现将整改落实情况报告如下。", "The progress of rectification is reported as follows{required}.") \
    X(NoticeOpening, "{required}现将整改落实情况公示如下。",                                                  \
      "The progress of rectification is made public as follows{required}.")                                   \
    X(ReportRequiredBy, "根据《{title}》要求，", ", as required by “{title}”")                                  \
    X(ReportRequiredByNumbered, "根据《{title}》（{number}）要求，", ", as required by “{title}” ({number})")   \
    X(HeadlineAsOf, "截至{date}，", "As of {date}, ")                                                         \
    X(HeadlineProblems, "共{n}个问题", "{n} problems in total")                                               \
    X(HeadlineOneProblem, "共{n}个问题", "{n} problem in total")                                              \
    X(HeadlineAllDone, "，已全部整改完成", ", all rectified")                                                  \
    X(HeadlineSomeDone, "，已整改完成{done}个，正在整改{doing}个", ": {done} rectified, {doing} being rectified") \
    X(HeadlineMeasures, "；涉及整改措施{n}项，已完成{done}项", "; {n} measures, {done} completed")             \
    X(HeadlineOneMeasure, "；涉及整改措施{n}项，已完成{done}项", "; {n} measure, {done} completed")            \
    X(HeadlineOngoing, "（其中长期坚持{n}项）", " ({n} of them ongoing)")                                      \
    X(HeadlineInProgress, "，正在整改{n}项", ", {n} in progress")                                              \
    X(HeadlineNotStarted, "，尚未开始{n}项", ", {n} not started")                                              \
    X(HeadlineOverdue, "；已超过整改时限未完成{n}项", "; {n} past the deadline")                               \
    X(HeadlineOutcomes, "共整改问题金额{amount}万元，制定完善规章制度{rules}项，追责问责{accountable}人次",      \
      "amounts rectified: {amount} (10k yuan); rules made or revised: {rules}; people held accountable: {accountable}") \
    X(HeadlineOutcomesAfter, "；{figures}", "; {figures}")                                                  \
    X(ReportOtherProblems, "其他问题", "Other problems")                                                       \
    X(ReportProblemCode, "（问题编号：{code}）", " (Problem No. {code})")                                      \
    X(ReportMeasures, "整改措施：{text}", "Measures: {text}")                                                 \
    X(ReportProgress, "整改情况：{text}", "Progress: {text}")                                                 \
    X(ReportStatus, "整改进度：{text}", "Status: {text}")                                                     \
    X(ReportClosure, "销号情况：{text}", "Closing: {text}")                                                   \
    X(ReportUnits, "责任单位：{names}", "Responsible units: {names}")                                         \
    X(ReportLead, "责任科室：{names}", "Lead departments: {names}")                                           \
    X(ReportSupport, "配合科室：{names}", "Supporting departments: {names}")                                  \
    X(ReportResponsible, "责任人：{names}", "Responsible: {names}")                                           \
    X(ReportLeaders, "分管领导：{names}", "Supervising leaders: {names}")                                     \
    X(ReportDeadline, "整改时限：{deadline}", "Deadline: {deadline}")                                         \
    X(ReportPoint, "{n}是", "{n}) ")                                                                          \
    X(ReportDone, "整改完成。", "Completed.")                                                                 \
    X(ReportDoneOngoing, "整改完成，长期坚持。", "Completed; kept up (ongoing).")                             \
    X(ReportNotStarted, "尚未开始。", "Not started.")                                                         \
    X(ReportInProgress, "正在整改中。", "In progress.")                                                       \
    X(ReportInProgressOverdue, "正在整改中（已超过整改时限）。", "In progress (past its deadline).")          \
    X(ReportSubmitted, "已提交销号，待审核。", "Submitted for closing, awaiting review.")                     \
    X(ReportVerified, "已销号。", "Closed.")                                                                  \
    X(ReportVerifiedOn, "已销号（{date}）。", "Closed ({date}).")                                             \
    X(ReportReturned, "已退回。", "Returned.")                                                                \
    X(ReportReturnedWhy, "已退回（{reason}）。", "Returned ({reason}).")                                      \
    X(DeadlineBy, "{date}前", "by {date}")                                                                    \
    X(FullStop, "。", ".")                                                                                    \
    X(Comma, "，", ", ")                                                                                      \
    X(ListSeparator, "、", ", ")                                                                              \
    X(SentenceGap, "", " ")                                                                                   \
    X(ImportKindPlan, "整改方案", "plan")                                                                     \
    X(ImportKindReport, "整改情况报告", "progress report")                                                    \
    X(ImportSummary,                                                                                          \
      "{title}\n{kind}：问题 {problems} 个（有编号 {codes} 个），整改措施 {measures} 条，步骤 {steps} 项，"     \
      "责任行 {responsibility} 处，整改时限 {deadlines} 处（可换算日期 {dated} 处），整改情况 {progress} 条，"  \
      "步骤阶段 {phases} 个，正文段落 {sections} 节；未能归位 {unplaced} 行\n",                                \
      "{title}\n{kind}: {problems} problems ({codes} with codes), {measures} measures, {steps} steps, "          \
      "{responsibility} responsibility lines, {deadlines} deadlines ({dated} as dates), {progress} progress "   \
      "entries, {phases} phases, {sections} sections; {unplaced} lines not placed\n")                           \
    X(ImportUnplacedLine, "  未归位：{text}\n", "  not placed: {text}\n")                                      \
    X(ImportCountSaid, "文中称共{said}个问题，识别出{found}个", "the text says {said} problems; {found} were found") \
    X(ImportNoItems,                                                                                          \
      "没有认出整改问题（新闻、自评、通知等没有问题清单）。不会导入任何内容；如文中确有问题，请在“问题所在层级”中选择它们的编号，或点左侧行首的标签把行标为“问题”。", \
      "No rectification problem was recognised (news, self-evaluations and notices have no list of "        \
      "problems). Nothing will be imported; if the text has problems, choose their numbering under "        \
      "\"Problems are at level\", or click a line's tag in the margin and mark it a problem.")                \
    X(ImportProposed, "{n}个问题的状态是从文字推测的（标为“推测”），请核对",                                   \
      "the status of {n} problems is inferred from the wording (marked \"inferred\"); please check")           \
    X(ImportNoYear, "{n}处时限没有年份，文中也没有日期可参照：保留原文，未换算日期",                              \
      "{n} deadlines have no year and the text gives no date to take it from: kept as written, with no day")  \
    X(ImportNulByte,                                                                                          \
      "这不是文本：第 {n} 字节处是 NUL（空）字节，可能是 Word、PDF、压缩包或图片等文件。请先另存为纯文本（.txt）再导入。", \
      "This is not text: there is a NUL byte at byte offset {n}; it may be a Word, PDF, ZIP or image file. "    \
      "Save it as plain text (.txt) first.")                                                                  \
    X(ImportInvalidUtf8, "文本在第 {n} 字节处不是有效的 UTF-8 编码，无法读取。",                               \
      "The text is not valid UTF-8 at byte offset {n}; it cannot be read.")                                   \
    X(ImportUndecodable, "无法识别文件的编码（不是 UTF-8、UTF-16 或 GBK/GB18030 文本），可能不是文本文件。",    \
      "Cannot read the file's encoding (not UTF-8, UTF-16 or GBK/GB18030 text); it may not be a text file.")  \
    X(LedgerSheetName, "整改台账", "Ledger")                                                                   \
    X(LedgerPrintTitle, "{title} {sheet}", "{title} — {sheet}")                                                 \
    X(LedgerUndecodable, "无法读取文件编码（不是 UTF-8、UTF-16 或 GBK/GB18030 文本）",                          \
      "Cannot read the file's encoding (not UTF-8, UTF-16 or GBK/GB18030 text)")                              \
    X(LedgerEmpty, "文件为空", "The file is empty")                                                           \
    X(LedgerRowError, "第{line}行：{why}", "Line {line}: {why}")                                               \
    X(LedgerExtraFields, "字段比表头多（{fields}个，表头{header}个）", "more fields ({fields}) than the header has ({header})") \
    X(LedgerNoMeasure, "整改措施为空", "the measure is empty")                                                \
    X(LedgerNoProblem, "问题为空，上方也没有可接续的问题", "the problem is empty and there is none above it to continue") \
    X(LedgerContinues, "接续第{line}行的问题（合并单元格）", "continues the problem of line {line} (a merged cell)") \
    X(LedgerStatusKept, "“{status}”未能识别为状态，按未开始导入，原文保留在进展中",                             \
      "\"{status}\" is not a status the app knows: imported as not started, the wording kept as progress")       \
    X(LedgerNoHeader, "前{rows}行中没有找到表头（至少要有两列能识别，例如“问题”和“整改措施”）",                 \
      "No header in the first {rows} rows (at least two columns must be recognised, e.g. 问题 and 整改措施)") \
    X(LedgerNoMeasureMapped, "没有列对应“整改措施”，请在列对应中选择一列", "No column is mapped to the measure (整改措施); choose one in the mapping") \
    X(LedgerTooManyRows, "工作表行数太多（{rows}行），导入的台账最多 {limit} 行。请分成几个文件导入。",          \
      "The sheet has too many rows ({rows}); a ledger to import may have up to {limit}. Split it into several files.") \
    X(LedgerNoSheet, "文件中没有工作表", "The file has no sheet")                                              \
    X(LedgerFieldNone, "不导入", "Not imported")                                                              \
    X(LedgerFieldSeq, "序号", "No.")                                                                          \
    X(LedgerFieldCode, "问题编号", "Problem code")                                                            \
    X(LedgerFieldProblem, "问题", "Problem")                                                                  \
    X(LedgerFieldMeasure, "整改措施", "Measure")                                                              \
    X(LedgerFieldDepartments, "责任科室/单位", "Responsible unit")                                            \
    X(LedgerFieldPeople, "责任人", "Responsible person")                                                      \
    X(LedgerFieldLeaders, "分管领导", "Leader in charge")                                                     \
    X(LedgerFieldDeadline, "整改时限", "Deadline")                                                            \
    X(LedgerFieldStatus, "完成情况/整改进度", "Status (progress)")                                           \
    X(LedgerFieldSituation, "整改情况", "Work done")                                                          \
    X(LedgerFieldDoneDate, "完成时间", "Date done")                                                           \
    X(LedgerFieldNote, "备注", "Note")                                                                        \
    X(LedgerFieldProblemType, "问题类型", "Problem type")                                                      \
    X(LedgerFieldRectifyType, "整改类型", "Rectification type")                                                \
    X(LedgerFieldAmount, "整改金额（万元）", "Amount (10k yuan)")                                               \
    X(LedgerFieldRules, "建章立制（项）", "Rules made")                                                        \
    X(LedgerFieldAccountable, "追责问责（人次）", "Held accountable")                                          \
    X(LedgerFieldOutcome, "整改成效", "Outcome")                                                              \
    X(LedgerOutcomeKept, "“{text}”不是{field}的数字，未导入", "\"{text}\" is not a number for {field}: not imported") \
    X(PlanTooLarge, "方案文件太大（{size}），整改通读取的方案文件最大为 {limit}。",                             \
      "The plan file is too large ({size}); Rectify reads plan files of up to {limit}.")                      \
    X(LedgerTooLarge, "台账文件太大（{size}），导入的台账最大为 {limit}。请分成几个文件导入。",                \
      "The ledger file is too large ({size}); a ledger to import may be up to {limit}. Split it into several files.") \
    X(TextTooLarge, "文本太大（{size}），从文本导入最多 {limit}。请分几次导入。",                              \
      "The text is too large ({size}); text import takes up to {limit}. Import it in parts.")       \
    X(OfficeTooLarge, "Word/Excel 文件太大（{size}），最大为 {limit}。", "The Word or Excel file is too large ({size}); the limit is {limit}.") \
    X(PackageTooLarge, "方案包太大（{size}），整改通读取的方案包（.rectify.zip）最大为 {limit}。",                \
      "The plan package is too large ({size}); Rectify reads packages (.rectify.zip) of up to {limit}.") \
    /* 一问题一档案 (report/evidence_archive.h): names in the archive and its index page */                     \
    X(ArchiveMeasure, "措施{n}", "Measure {n}")                                                               \
    X(ArchiveEntry, "进展{date}", "progress {date}")                                                          \
    X(ArchiveProblem, "问题", "Problem")                                                                      \
    X(ArchiveTitle, "一问题一档案", "Evidence archive")                                                        \
    X(ArchiveTitleOf, "《{title}》一问题一档案", "Evidence archive: “{title}”")                                \
    X(ArchiveFileName, "{title}-一问题一档案", "{title}-evidence archive")                                     \
    X(ArchiveSummary, "共{problems}个问题，整改措施{measures}项，佐证材料文件{files}个",                          \
      "{problems} problems, {measures} measures, {files} evidence files")                                    \
    X(ArchiveSummaryMissing, "（其中{n}个文件缺失，未收入档案）", " ({n} of them missing, not in the archive)")  \
    X(ArchiveAsOf, "生成日期：{date}", "Made on {date}")                                                       \
    X(ArchiveFolder, "文件夹：{name}", "Folder: {name}")                                                       \
    X(ArchiveStatus, "状态", "Status")                                                                        \
    X(ArchiveUnits, "责任单位", "Responsible units")                                                           \
    X(ArchiveDeadline, "整改时限", "Deadline")                                                                 \
    X(ArchiveClosure, "销号", "Closure")                                                                      \
    X(ArchiveEvidence, "佐证材料", "Evidence")                                                                 \
    X(ArchiveSubmittedBy, "{name}提交", "submitted by {name}")                                                \
    X(ArchiveDecidedBy, "{name}审核", "decided by {name}")                                                    \
    X(ArchiveReason, "退回原因：{reason}", "reason: {reason}")                                                 \
    X(ArchiveNoEvidence, "（无）", "(none)")                                                                  \
    X(ArchiveNoFile, "（未附文件）", "(no file attached)")                                                     \
    X(ArchiveMissing, "（文件缺失，未收入档案）", "(file missing, not in the archive)")                      \
    /* the 销号 chain and 回头看 (review_chain.h, recheck.h, report/closing_sheet.cpp; issue 22) */          \
    X(ChainDefaultLevel, "审核", "Review")                                                                    \
    X(ChainLevelOf, "第{n}级：{name}", "Level {n}: {name}")                                                   \
    X(ChainPending, "{level} 待审", "{level}, pending")                                                       \
    X(ChainReturnedAt, "{level} 退回", "{level}, returned")                                                   \
    X(ChainClosed, "已销号", "Closed")                                                                        \
    X(ChainNotSubmitted, "未提交", "Not submitted")                                                           \
    X(ChainReopened, "回头看重新打开", "Reopened by the re-check")                                            \
    X(ChainActSubmit, "提交销号", "Submitted")                                                                \
    X(ChainActPass, "通过", "Passed")                                                                         \
    X(ChainActReturn, "退回", "Returned")                                                                     \
    X(ChainActReopen, "重新打开", "Reopened")                                                                 \
    X(ChainActConfirm, "回头看确认", "Re-check confirmed")                                                    \
    X(SheetTitle, "对账销号单", "Closing Reconciliation Sheet")                                               \
    X(SheetProblem, "问题", "Problem")                                                                        \
    X(SheetMeasure, "整改措施", "Measure")                                                                    \
    X(SheetEvidence, "佐证材料", "Evidence")                                                                  \
    X(SheetLevel, "审核层级", "Level")                                                                        \
    X(SheetOpinion, "意见", "Opinion")                                                                        \
    X(SheetWho, "经办人", "By")                                                                               \
    X(SheetWhen, "日期", "Date")                                                                              \
    X(SheetSignature, "{level}（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日",                   \
      "{level} (signature): ____________    Date: ____/__/__")                                                \
    X(SheetState, "销号状态", "Closing state")                                                                \
    X(SheetNone, "（无）", "(none)")                                                                          \
    /* encrypted plan files (crypt/envelope.h): what is wrong with an envelope, or its password */          \
    X(EnvelopeTooLarge, "加密文件太大（{value} 字节），整改通最多加密 {limit}。",                              \
      "The encrypted file is too large ({value} bytes); Rectify encrypts at most {limit}.")                  \
    X(EnvelopeNotJson, "加密文件已损坏：不是完整的 JSON 对象。", "The encrypted file is damaged: it is not a whole JSON object.") \
    X(EnvelopeVersion, "加密文件的版本 {value} 无法识别（整改通读取版本 1），请更新整改通。",                   \
      "The encrypted file has version {value}, which Rectify does not know (it reads version 1): update Rectify.") \
    X(EnvelopeMissing, "加密文件已损坏：缺少“{field}”或其类型不对。", "The encrypted file is damaged: “{field}” is missing or of the wrong type.") \
    X(EnvelopeKdf, "加密文件使用了整改通不支持的密钥派生方式（只支持 PBKDF2 与 SHA-256）。",                   \
      "The encrypted file uses a key derivation Rectify does not support (only PBKDF2 with SHA-256).")      \
    X(EnvelopeIterationsLow, "加密文件的迭代次数 {value} 太少（至少 {min}），这样的文件不安全，整改通不打开。",  \
      "The encrypted file has {value} iterations, too few (at least {min}): such a file is not safe and Rectify does not open it.") \
    X(EnvelopeIterationsHigh, "加密文件的迭代次数 {value} 太多（最多 {max}），打开它要很长时间，整改通不打开。", \
      "The encrypted file has {value} iterations, too many (at most {max}): opening it would take very long, so Rectify does not.") \
    X(EnvelopeCipher, "加密文件使用了整改通不支持的加密算法（只支持 AES-GCM）。",                               \
      "The encrypted file uses a cipher Rectify does not support (only AES-GCM).")                           \
    X(EnvelopeBase64, "加密文件已损坏：“{field}”不是有效的 Base64。", "The encrypted file is damaged: “{field}” is not valid Base64.") \
    X(EnvelopeSaltLength, "加密文件已损坏：盐值为 {value} 字节（应为 16 到 64 字节）。",                        \
      "The encrypted file is damaged: its salt is {value} bytes (16 to 64 expected).")                       \
    X(EnvelopeIvLength, "加密文件已损坏：初始向量为 {value} 字节（应为 12 字节）。",                            \
      "The encrypted file is damaged: its IV is {value} bytes (12 expected).")                              \
    X(EnvelopeDataShort, "加密文件已损坏：加密内容只有 {value} 字节，比校验标签还短。",                         \
      "The encrypted file is damaged: its data is {value} bytes, shorter than the tag.")                    \
    X(EnvelopeWrongPassword, "密码不正确，或文件已被改动（两者无法区分）。文件未打开，什么也没有改变。",          \
      "Wrong password, or the file has been changed (the two cannot be told apart). The file was not opened; nothing changed.") \
    X(EnvelopePlainTooLarge, "文件太大，无法加密：整改通最多加密 {limit}。",                                   \
      "The file is too large to encrypt: Rectify encrypts at most {limit}.")                                \
    X(EnvelopeCipherFailed, "加密或解密失败（加密功能不可用或内存不足）。",                                   \
      "Encryption or decryption failed (no cryptography available, or out of memory).")

enum class CoreText {
#define RECTIFY_X(key, zh, en) key,
    RECTIFY_CORE_TEXTS(RECTIFY_X)
#undef RECTIFY_X
};

const char* core_text(CoreText key, Lang lang); // as written, placeholders and all
std::string core_text(CoreText key, Lang lang, std::initializer_list<Arg> args);

} // namespace rectify
