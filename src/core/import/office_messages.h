// office_messages: why an office file (.xlsx, .docx) cannot be read, in zh-CN and en side by side,
// in the table style of core/texts.h. The readers return an OfficeProblem; the app and the CLI show
// its message in the user's language.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/i18n.h"

namespace rectify::office {

#define RECTIFY_OFFICE_TEXTS(X)                                                                                  \
    X(None, "", "")                                                                                              \
    X(TooLarge, "文件太大（{size}），Office 文件最大为 {limit}。", "The file is too large ({size}); office files may be up to {limit}.") \
    X(NotZip, "文件已损坏或不完整，无法作为 {kind} 文件打开（可能下载或复制时中断）。",                          \
      "The file is damaged or incomplete and cannot be opened as a {kind} file (perhaps a download was cut off).") \
    X(Legacy, "这是旧版 Office/WPS 格式（.doc、.xls 或 .wps），无法直接读取。请在 Word、Excel 或 WPS 中“另存为” .docx 或 .xlsx 后再导入，或复制其中的文字粘贴导入。", \
      "This is an old Office/WPS format (.doc, .xls or .wps), which cannot be read. Save it as .docx or .xlsx in Word, Excel or WPS, or paste its text.") \
    X(Encrypted, "文件设有打开密码，无法读取。请在 Word、Excel 或 WPS 中取消密码后另存，再导入。",              \
      "The file is protected by a password and cannot be read. Remove the password in Word, Excel or WPS, save it, and import it again.") \
    X(WrongKind, "文件内容是 {actual}，不是 {kind} 文件（扩展名可能被改过）。",                                  \
      "The file holds {actual}, not a {kind} file (its name may have been changed).")                          \
    X(NotOffice, "文件是 ZIP 压缩包，但不是 Word 或 Excel 文件。", "The file is a ZIP archive, not a Word or Excel file.") \
    X(Bomb, "文件解压后超过 {limit}，疑似恶意压缩文件，已拒绝。", "The file unpacks to more than {limit}; it looks like a ZIP bomb and was refused.") \
    X(TooManyEntries, "文件包含的部件过多（{n} 个），已拒绝。", "The file has too many parts ({n}) and was refused.") \
    X(BadEntryName, "文件含有不安全的路径“{name}”，已拒绝。", "The file holds an unsafe path “{name}” and was refused.") \
    X(MissingPart, "文件缺少必需的部件 {part}，可能已损坏。", "The file lacks its part {part}; it may be damaged.") \
    X(BadXml, "文件的 {part} 部件不是有效的 XML（第 {offset} 字节附近），可能已损坏。",                           \
      "The part {part} of the file is not valid XML (near byte {offset}); the file may be damaged.")           \
    X(Doctype, "文件的 {part} 部件含有 DOCTYPE 声明（Office 文件从不使用，可能是恶意文件），已拒绝。",           \
      "The part {part} holds a DOCTYPE declaration (office files never do; it may be hostile) and was refused.") \
    X(TooManyRows, "工作表“{sheet}”有 {n} 行以上，导入的台账最多 {limit} 行。请拆分后导入。",                     \
      "The sheet “{sheet}” has over {n} rows; an imported ledger may have up to {limit}. Split it and import the parts.") \
    X(NoSheets, "工作簿中没有工作表。", "The workbook has no sheets.")                                            \
    X(FillNoSheet, "工作簿中没有第 {n} 个工作表（共 {count} 个）。", "The workbook has no sheet {n} (it has {count}).") \
    X(FillTooManyRows, "填入 {n} 行后超过 Excel 的行数上限（1048576 行）。",                                     \
      "Filling in {n} rows would pass Excel's limit of 1,048,576 rows.")

enum class OfficeText {
#define RECTIFY_OFFICE_KEY(key, zh, en) key,
    RECTIFY_OFFICE_TEXTS(RECTIFY_OFFICE_KEY)
#undef RECTIFY_OFFICE_KEY
};

// What went wrong and the values its message names ({size}, {part}, …).
struct OfficeProblem {
    OfficeText what = OfficeText::None;
    std::vector<std::pair<std::string, std::string>> args;
    explicit operator bool() const { return what != OfficeText::None; }
};

OfficeProblem problem(OfficeText what, std::initializer_list<std::pair<std::string, std::string>> args = {});
std::string office_message(const OfficeProblem& p, Lang lang);
const char* office_key(OfficeText what); // "Bomb": for tests and the JSON the module returns

} // namespace rectify::office
