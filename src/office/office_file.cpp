// office_file: read_office_file (office_read.h), the one entry the app's module and the CLI call.
#include "core/import/file_intake.h"
#include "office/office_read.h"
#include "office/zip.h"

namespace rectify::office {

static OfficeRead failed(const OfficeProblem& p) {
    OfficeRead r;
    r.error_zh = office_message(p, Lang::Zh);
    r.error_en = office_message(p, Lang::En);
    return r;
}

OfficeRead read_office_file(std::string_view bytes, std::string_view name) {
    static const char kXlsx[] = "Excel (.xlsx)", kDocx[] = "Word (.docx)";
    const bool named_xlsx = office_name_kind(name) == "xlsx", named_docx = office_name_kind(name) == "docx";
    const char* named = named_xlsx ? kXlsx : named_docx ? kDocx : "Word/Excel";
    switch (office_kind(bytes)) {
    case OfficeKind::Legacy: return failed(problem(OfficeText::Legacy));
    case OfficeKind::Encrypted: return failed(problem(OfficeText::Encrypted));
    case OfficeKind::NotOffice: return failed(problem(OfficeText::NotZip, {{"kind", named}}));
    case OfficeKind::OtherZip: {
        // A damaged archive is "other" too: say which, from whether it opens at all.
        ZipReader zip;
        if (OfficeProblem p = zip.open(bytes, named)) return failed(p);
        return failed(problem(OfficeText::NotOffice));
    }
    case OfficeKind::Xlsx:
        if (named_docx) return failed(problem(OfficeText::WrongKind, {{"actual", kXlsx}, {"kind", kDocx}}));
        {
            OfficeRead r;
            if (OfficeProblem p = read_xlsx(bytes, r.grid)) return failed(p);
            r.kind = OfficeRead::Kind::Workbook;
            return r;
        }
    case OfficeKind::Docx:
        if (named_xlsx) return failed(problem(OfficeText::WrongKind, {{"actual", kDocx}, {"kind", kXlsx}}));
        {
            OfficeRead r;
            if (OfficeProblem p = read_docx(bytes, r.text)) return failed(p);
            r.kind = OfficeRead::Kind::Document;
            return r;
        }
    }
    return failed(problem(OfficeText::NotOffice));
}

} // namespace rectify::office
