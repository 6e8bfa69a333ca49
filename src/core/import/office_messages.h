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
      "Filling in {n} rows would pass Excel's limit of 1,048,576 rows.")                                        \
    X(PackageTooLarge, "方案包太大（{size}），最大为 {limit}。", "The plan package is too large ({size}); the limit is {limit}.") \
    X(PackageNoPlan, "压缩包中没有 plan.rectify.json，不是整改通方案包（.rectify.zip）。",                       \
      "The ZIP archive holds no plan.rectify.json: it is not a Rectify plan package (.rectify.zip).")        \
    X(PackageBadPlan, "方案包中的方案文件无法读取：{why}", "The plan file in the package cannot be read: {why}") \
    X(PackageNested, "方案包中又套了一个压缩包“{name}”，已拒绝（方案包只含方案文件和佐证材料）。",               \
      "The package holds another archive “{name}” and was refused (a package holds only the plan file and evidence files).") \
    X(PackageStray, "方案包含有不属于方案包的内容“{name}”，已拒绝（只应有 plan.rectify.json 和 files/ 下以 SHA-256 命名的文件）。", \
      "The package holds “{name}”, which does not belong in a package, and was refused (only plan.rectify.json and files/<SHA-256>).") \
    X(PackageRepeated, "方案包中“{name}”出现了不止一次，已拒绝。", "The package holds “{name}” more than once and was refused.") \
    X(PackageBadHash, "方案包中的佐证材料 {name} 与其 SHA-256 不符（已损坏或被改动），已拒绝。",                   \
      "The evidence file {name} in the package does not match its SHA-256 (damaged or altered) and was refused.") \
    X(PackageMissingFile, "方案包缺少佐证材料“{file}”（SHA-256 {hash}），已拒绝。",                             \
      "The package lacks the evidence file “{file}” (SHA-256 {hash}) and was refused.")                       \
    X(PackageWrongSize, "佐证材料“{file}”有 {size} 字节，方案中记为 {expected} 字节，已拒绝。",                   \
      "The evidence file “{file}” has {size} bytes; the plan says {expected}. The package was refused.")      \
    X(PackageFileTooLarge, "佐证材料 {name} 超过 {limit}，已拒绝。", "The evidence file {name} is over {limit} and was refused.") \
    X(PackageFileUnavailable, "找不到佐证材料“{file}”（SHA-256 {hash}）的内容，无法打包。",                      \
      "The contents of the evidence file “{file}” (SHA-256 {hash}) cannot be found; no package was made.")    \
    X(PackageWriteFailed, "无法生成方案包。", "The plan package could not be made.")

enum class OfficeText {
#define RECTIFY_OFFICE_KEY(key, zh, en) key,
    RECTIFY_OFFICE_TEXTS(RECTIFY_OFFICE_KEY)
#undef RECTIFY_OFFICE_KEY
};

// What went wrong and the values its message names ({size}, {part}, …).
struct OfficeProblem {
    OfficeText what = OfficeText::None;
    std::vector<Arg> args; // names are literals: Arg keeps the pointer
    explicit operator bool() const { return what != OfficeText::None; }
};

OfficeProblem problem(OfficeText what, std::initializer_list<Arg> args = {});
std::string office_message(const OfficeProblem& p, Lang lang);
const char* office_key(OfficeText what); // "Bomb": for tests and the JSON the module returns

} // namespace rectify::office
