#include "app/requests.h"

#include "app/backups.h"

#include "core/date_text.h"
#include "core/file_name.h"
#include "core/format/format.h"
#include "core/format/input_limits.h"
#include "core/lookup.h"
#include "core/crypt/envelope.h"
#include "core/merge/export_plan.h"
#include "platform/crypt.h"
#include "ui/sharing/export_password.h"
#include "core/evidence_files.h"
#include "core/zip_manifest.h"
#include "platform/files.h"
#include "platform/host.h"
#include "platform/storage.h"
#include "platform/zip_stream.h"
#include "ui/strings.h"

namespace rectify::app {

// Encrypted exports, sealed by the page: while a package is, how far; each finished one downloaded
// as its envelope (core/crypt/envelope.h, the data written around by the page), or why not.
static void sealed_exports(Session& s) {
    static int shown = -1; // the percent last said
    std::string name;
    float fraction = 0;
    if (platform::crypt_sealing(name, fraction)) {
        const int percent = int(fraction * 100);
        if (percent != shown) ui::show_notice(s.shell, ui::trf(ui::S::CryptSealingPercent, {{"file", name}, {"percent", percent}}));
        shown = percent;
    } else {
        shown = -1;
    }
    for (platform::Sealed sealed; platform::crypt_take_sealed(sealed);) {
        if (sealed.ok)
            platform::crypt_download_sealed(envelope_frame(sealed.envelope));
        else if (sealed.too_large)
            ui::show_notice(s.shell,
                            ui::trf(ui::S::CryptPackageTooLarge, {{"file", sealed.name},
                                                                  {"limit", megabytes_text(kEnvelopeMaxPlainBytes)},
                                                                  {"size", megabytes_text(std::uint64_t(sealed.size))}}),
                            ui::NoticeKind::Error);
        else
            ui::show_notice(s.shell, ui::trf(ui::S::FileRefused, {{"file", sealed.name}, {"why", envelope_message(EnvelopeFault::CipherFailed, ui::language())}}),
                            ui::NoticeKind::Error);
    }
}

void handle_requests(Session& s) {
    ui::ShellRequests req = std::move(s.shell.requests);
    s.shell.requests = {};
    if (s.shell.status.loading) return;
    ui::Doc& doc = s.doc;
    // A download is checked like every write: a file that would not load again is not offered.
    auto offer = [&](const std::string& name, const Workspace& ws, const std::string& text) {
        std::string why = session_refusal(ws, text);
        if (why.empty()) {
            platform::download_file(name, "application/json", text);
            return;
        }
        ui::show_notice(s.shell, ui::trf(ui::S::NotExportedInvalid, {{"why", why}}), ui::NoticeKind::Error);
    };
    if (req.export_workspace) offer("整改通工作区-" + to_iso(doc.today) + ".rectify.json", doc.ws, session_serialize(s));
    if (req.keep_mine) s.saver.keep_mine([&s] { return session_serialize(s); });
    if (req.take_theirs) platform::storage_read();
    if (!req.export_plan.empty()) {
        // 下发 (one department's items) or the whole plan (报送, or a copy to keep): signed by
        // this office, with what it has seen recorded so the copy merges back (core/merge/merge.h).
        const std::int64_t now = platform::epoch_ms();
        const Department* dept = find<Department>(doc.ws, req.export_department);
        const Workspace sub = export_plan(doc.ws, req.export_plan, req.export_department);
        if (!sub.plans.empty()) {
            const std::string name = export_file_name("整改方案", dept ? dept->name : doc.ws.office.name, doc.today);
            // A package when asked for one, and a department's items whenever they carry files
            // (only theirs): the page streams it from the store (platform/zip_stream.h).
            const FileSet files = referenced_files(sub);
            const bool package = (req.export_package || dept) && !files.empty();
            const std::string& password = ui::export_password();
            const std::string text = save_workspace(sub, now);
            const std::string why = session_refusal(sub, text);
            if (!why.empty()) {
                ui::show_notice(s.shell, ui::trf(ui::S::NotExportedInvalid, {{"why", why}}), ui::NoticeKind::Error);
            } else if (!password.empty()) { // encrypted by the page (platform/crypt.h), downloaded below
                const std::string sealed = encrypted_file_name(package ? package_file_name(name) : name);
                if (package)
                    platform::crypt_seal_package(sealed, package_file_name(name), password, package_manifest(text, files),
                                                 kEnvelopeMaxPlainBytes);
                else
                    platform::crypt_seal(sealed, password, text);
                ui::show_notice(s.shell, ui::trf(ui::S::CryptSealing, {{"file", sealed}}));
            } else if (package) {
                platform::export_zip_stream(package_manifest(text, files), package_file_name(name));
            } else {
                platform::download_file(name, "application/json", text);
            }
        }
    }
    sealed_exports(s);
    // A package that could not be made: named, with the file the store lacked (nothing downloaded).
    for (platform::ZipStreamFailure f; platform::take_zip_stream_failure(f);) {
        if (!f.missing.empty()) {
            // files/<sha256>: the user's name for the file, from the references of the workspace.
            std::string shown = f.missing;
            const std::string dir = kPackageFilesFolder;
            if (f.missing.compare(0, dir.size(), dir) == 0) {
                const FileSet all = referenced_files(doc.ws);
                auto it = all.find(f.missing.substr(dir.size()));
                if (it != all.end()) shown = it->second.name;
            }
            ui::show_notice(s.shell, ui::trf(ui::S::PackageMissingInStore, {{"file", f.filename}, {"name", shown}}), ui::NoticeKind::Error);
        } else {
            ui::show_notice(s.shell, ui::trf(ui::S::PackageNotMade, {{"file", f.filename}, {"why", f.error}}), ui::NoticeKind::Error);
        }
    }
    backups_request(s, req); // issue 20: 立即备份, 稍后
    if (req.pick_purpose) platform::pick_files(req.pick_purpose, req.pick_accept, req.pick_multiple);
    if (!req.download_data.empty()) platform::download_file(req.download_name, req.download_mime, req.download_data);
    if (!req.xlsx_json.empty()) platform::export_xlsx(req.xlsx_json, req.xlsx_name);
    if (!req.report_name.empty()) // the workspace as its plan file, for the office module to read back
        platform::make_report_file(report_input(req.report, save_workspace(doc.ws, platform::epoch_ms())), req.report_name,
                                   int(req.report.kind));
    if (!req.form_json.empty()) platform::export_form(req.form_json, req.form_name);
    if (!req.open_document.empty() && !platform::open_document(req.open_document)) {
        platform::download_file(req.document_name, "text/html", req.open_document);
        ui::show_notice(s.shell, ui::tr(ui::S::OpenedAsDownload));
    }
    session_sync_banner(s);
}

} // namespace rectify::app
