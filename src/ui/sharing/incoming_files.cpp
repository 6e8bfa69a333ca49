// incoming_files: see incoming_files.h.
//
// Index
//   refuse_other_format() a file of another kind, named as what it is
//   refuse_too_large()    a file over every reader's limit, which the page did not read
//   check_package()       a package's plan file, its files checked in the store
//   Held, deliver()       plan files, held while the office module puts old ones in today's format
//   receive_files()       route each file by purpose and name (a ledger: ledger_import_view.h)
//   incoming_tick()       the held plan files, once every one is read
#include "ui/sharing/incoming_files.h"

#include <algorithm>

#include "core/import/file_intake.h"
#include "core/evidence_files.h"
#include "platform/evidence.h"
#include "platform/host.h"
#include "core/format/input_limits.h"
#include "core/format/prescan.h"
#include "ui/sharing/encrypted_files.h"
#include "ui/sharing/office_files.h"
#include "ui/sharing/returns.h"
#include "ui/sharing/backup_view.h"
#include "ui/sharing/ledger_import_view.h"
#include "ui/sharing/text_import_view.h"
#include "ui/strings.h"

namespace rectify::ui {

namespace {

// What the user picked the file for (a drop: anything).
Want want_of(const platform::IncomingFile& f) {
    const bool plans = f.purpose == kPickReturns || f.purpose == kPickRestore; // a backup: a plan file or package
    return plans ? Want::PlanFiles : f.purpose == kPickLedger ? Want::Ledger : Want::Any;
}

// A file of another kind (a picture, an Office document, an archive): named as what it is, with
// what the app takes instead, rather than run through a reader that would call it broken text.
void refuse_other_format(ShellState& st, const platform::IncomingFile& f, const char* kind) {
    LoadError e;
    e.key = Msg::OtherFormat;
    e.detail = kind;
    const std::string why = format_error(e, language()) + tr(S::FileTakes);
    show_notice(st, trf(S::FileRefused, {{"file", f.name}, {"why", why}}), NoticeKind::Error);
}

// A file the page did not read because it is larger than any reader takes: why, with the limit of
// what it would have been (a plan file, a ledger); other kinds are not taken anyway.
void refuse_too_large(ShellState& st, const platform::IncomingFile& f) {
    if (f.envelope) { // an encrypted file over its own limit (web/files.js did not read it)
        EnvelopeRead r;
        r.fault = EnvelopeFault::TooLarge, r.value = std::int64_t(f.size);
        return show_notice(st, trf(S::FileTooLarge, {{"file", f.name}, {"why", envelope_message(r, language())}}), NoticeKind::Error);
    }
    if (f.from_package) { // a package over its own limit (web/office.js did not read it)
        const std::string why = too_large_message(InputKind::Package, std::uint64_t(f.size), language());
        return show_notice(st, trf(S::FileTooLarge, {{"file", f.name}, {"why", why}}), NoticeKind::Error);
    }
    const bool plan = is_plan_file(f.name, want_of(f));
    const bool ledger = is_ledger_name(f.name, want_of(f));
    if (!plan && !ledger) return show_notice(st, trf(S::FileNotTaken, {{"file", f.name}}), NoticeKind::Error);
    const std::string why = too_large_message(plan ? InputKind::PlanFile : InputKind::LedgerCsv,
                                              std::uint64_t(f.size), language());
    show_notice(st, trf(S::FileTooLarge, {{"file", f.name}, {"why", why}}), NoticeKind::Error);
}

// The plan file of a package (its files already in the store): refused when a file it references
// is not stored after all (the store was full), naming them.
void check_package(IncomingPlan& p) {
    if (!p.ok) return;
    std::string missing;
    for (const auto& [hash, file] : referenced_files(p.ws))
        if (!platform::has_file(hash)) missing += (missing.empty() ? "" : language() == Lang::En ? ", " : "、") + file.name;
    if (!missing.empty()) {
        p.ok = false;
        p.error = trf(S::PackageFilesMissing, {{"files", missing}});
    }
}

// Plan files go on together (several dropped at once make one roll-up), so a batch that holds one
// the startup module cannot read for its format (old_formats.h) is held until the office module
// has put it in today's format (platform::upgrade_in_module); incoming_tick lets it go.
struct HeldPlan {
    IncomingPlan plan;
    bool restore = false; // picked by 从备份恢复 (backup_view.h)
    bool package = false; // a package's plan file: its files are checked once it is read
    int call = 0;         // the upgrade asked for, until its answer is in
};
std::vector<HeldPlan> g_held;

void deliver(ShellState& st, std::vector<HeldPlan> batch) {
    std::vector<IncomingPlan> plans;
    for (HeldPlan& h : batch) {
        if (h.package) check_package(h.plan);
        if (h.restore) receive_backup(st, std::move(h.plan));
        else plans.push_back(std::move(h.plan));
    }
    if (!plans.empty()) receive_plan_files(st, std::move(plans));
}

} // namespace

bool incoming_tick(ShellState& st) {
    if (g_held.empty()) return false;
    bool waiting = false;
    for (HeldPlan& h : g_held) {
        LoadResult r;
        if (h.call && platform::take_upgrade(h.call, r)) {
            h.call = 0;
            h.plan.ok = r.ok;
            h.plan.needs_upgrade = false;
            if (r.ok) h.plan.ws = std::move(r.workspace), h.plan.info = std::move(r.info), h.plan.error.clear();
            else h.plan.error = format_error(r.error, language()); // the loader's reason, or that the module could not be loaded
        }
        waiting = waiting || h.call;
    }
    if (waiting) return false;
    deliver(st, std::move(g_held));
    g_held.clear();
    return true;
}

void receive_files(Doc& doc, ShellState& st, std::vector<platform::IncomingFile> files) {
    files.erase(std::remove_if(files.begin(), files.end(), [&st](const platform::IncomingFile& f) {
                    if (f.too_large) refuse_too_large(st, f);
                    return f.too_large;
                }),
                files.end());
    // Plan files (returns, handed-down plans) go to the merge (returns.h) together, so that several
    // dropped at once make one roll-up; the rest are ledgers or documents, or refused one by one.
    // A backup picked by 从备份恢复 (backup_view.h): read as any plan file, then its own preview.
    std::vector<HeldPlan> plans;
    bool upgrading = false;
    auto plan_in = [&](const platform::IncomingFile& f, IncomingPlan p, bool package = false) {
        HeldPlan h{std::move(p), f.purpose == kPickRestore, package, 0};
        if (h.plan.needs_upgrade) {
            h.call = platform::upgrade_in_module(f.bytes, /*stored_copy=*/false);
            show_notice(st, trf(S::UpgradingFile, {{"file", f.name}}));
            upgrading = true;
        }
        plans.push_back(std::move(h));
    };
    for (platform::IncomingFile& f : files) {
        if (office_result_in(doc, st, f)) continue; // the office module's reading of a Word or Excel file
        if (!f.refused_zh.empty()) { // a package the office module refused: nothing was stored
            const std::string& why = language() == Lang::En ? f.refused_en : f.refused_zh;
            show_notice(st, trf(S::FileRefused, {{"file", f.name}, {"why", why}}), NoticeKind::Error);
            continue;
        }
        if (f.from_package && f.error.empty()) { // its plan file: merged (or opened) like any plan file
            plan_in(f, read_plan_file(f.name, f.bytes, language()), /*package=*/true);
            continue;
        }
        if (!f.error.empty()) { // the page could not read it
            std::string why = trf(S::FileReadFailed, {{"file", f.name}, {"why", f.error}});
            if (!is_plan_file(f.name, want_of(f))) {
                show_notice(st, std::move(why), NoticeKind::Error);
                continue;
            }
            IncomingPlan p;
            p.name = f.name;
            p.error = std::move(why);
            plan_in(f, std::move(p));
            continue;
        }
        const Id target = ledger_import_target(doc, st);
        Intake in = classify_incoming(f.name, want_of(f), f.bytes, ledger_import_year(doc, target), language());
        if (ledger_import_busy() && (in.kind == IntakeKind::Ledger || in.kind == IntakeKind::DocumentText)) {
            // One preview at a time: the user decides on it first.
            show_notice(st, trf(S::FileImportBusy, {{"file", f.name}}), NoticeKind::Error);
            continue;
        }
        switch (in.kind) {
        case IntakeKind::PlanFile: plan_in(f, std::move(in.plan)); break;
        case IntakeKind::OtherFormat:
            if (!office_file_in(st, f, in.other)) refuse_other_format(st, f, in.other);
            break;
        case IntakeKind::NotTaken: show_notice(st, trf(S::FileNotTaken, {{"file", f.name}}), NoticeKind::Error); break;
        case IntakeKind::DocumentText: open_text_import_file(doc, f.bytes, f.name); break; // says so when not text
        case IntakeKind::Ledger: start_ledger_import(f.name, target, std::move(in)); break;
        case IntakeKind::Encrypted: receive_encrypted(st, f.purpose, f.name, std::move(in.envelope)); break;
        }
    }
    if (!upgrading) return deliver(st, std::move(plans));
    for (HeldPlan& h : plans) g_held.push_back(std::move(h));
}

} // namespace rectify::ui
