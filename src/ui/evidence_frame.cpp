// evidence_frame: attach outcomes into evidence items, their refusals, the store's collection,
// and the storage window (ui/evidence_frame.h).
// Index: messages · outcomes · collection · evidence_frame() · storage window.
#include "ui/evidence_frame.h"

#include <imgui.h>

#include <cmath>
#include <map>

#include "core/evidence_files.h"
#include "core/evidence_keep.h"
#include "core/format/input_limits.h"
#include "core/lookup.h"
#include "core/measure_actions.h"
#include "platform/evidence.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/widgets/modal.h"
#include "ui/widgets/theme.h"

namespace rectify::ui {

namespace {
struct EvidenceFrameState {
    std::map<Id, std::string> messages; // target -> its last refusal
    bool collected_once = false;
    unsigned long collected_rev = 0;
    double collected_ms = 0;
    bool show_storage = false;
};
EvidenceFrameState g_ev;

std::string whole_mb(double bytes) { return std::to_string(static_cast<long long>(std::ceil(bytes / (1024.0 * 1024.0)))); }

// ---- messages ----------------------------------------------------------------------------------------

std::string refusal(const platform::AttachOutcome& o) {
    if (o.error == "too-large")
        return trf(S::AttachTooLarge, {{"name", o.name}, {"size", megabytes_text(std::uint64_t(o.size))},
                                       {"limit", kMaxEvidenceFileBytes >> 20}});
    if (o.error == "no-space") {
        platform::refresh_store_space();
        const platform::StoreSpace s = platform::store_space();
        return trf(S::AttachNoSpace, {{"name", o.name}, {"usage", s.usage < 0 ? "?" : whole_mb(s.usage)},
                                      {"quota", s.quota < 0 ? "?" : whole_mb(s.quota)}});
    }
    if (o.error == "unavailable") return trf(S::AttachUnavailable, {{"name", o.name}, {"detail", o.detail}});
    return trf(S::AttachFailed, {{"name", o.name}, {"detail", o.detail.empty() ? o.error : o.detail}});
}

// ---- outcomes ----------------------------------------------------------------------------------------

// A stored file becomes an evidence item on its target: a measure, or a progress entry.
void receive(Doc& doc, const platform::AttachOutcome& o) {
    if (!o.ok) {
        g_ev.messages[o.target] = refusal(o);
        return;
    }
    if (doc.read_only) {
        g_ev.messages[o.target] = trf(S::AttachReadOnly, {{"name", o.name}});
        return;
    }
    EvidenceFile f;
    f.sha256 = o.sha256;
    f.name = o.name;
    f.type = o.type;
    f.size = std::int64_t(o.size);
    if (const char* bad = invalid_file_member(f)) { // the loader would refuse the file: not in it
        g_ev.messages[o.target] = trf(S::AttachFailed, {{"name", o.name}, {"detail", bad}});
        return;
    }
    Evidence item = evidence_for_file(doc.ids.make("ev"), std::move(f));
    CommandPtr cmd;
    if (const Measure* m = find<Measure>(doc.ws, o.target); m && alive(*m)) cmd = add_evidence(*m, std::move(item));
    else if (const ProgressEntry* e = find<ProgressEntry>(doc.ws, o.target); e && alive(*e)) cmd = add_entry_evidence(*e, std::move(item));
    if (cmd && doc.execute(std::move(cmd))) g_ev.messages.erase(o.target);
    // (a target deleted meanwhile: the file stays unreferenced, and is collected later)
}

// ---- collection --------------------------------------------------------------------------------------

void maybe_collect(Doc& doc, const ShellState& st, double now_ms) {
    if (st.status.loading || st.status.saving || doc.read_only || !doc.conflicts.empty()) return;
    if (platform::store_state() != platform::StoreState::Ready) return;
    if (g_ev.collected_once && (doc.rev == g_ev.collected_rev || now_ms - g_ev.collected_ms < kCollectEveryMs)) return;
    if (platform::attach_progress().files > 0) return;
    const FileHashes keep = evidence_keep(doc.ws, doc.history, doc.edit_base.get());
    if (!platform::collect_files(keep)) return; // outcomes waiting: next frame
    g_ev.collected_once = true;
    g_ev.collected_rev = doc.rev;
    g_ev.collected_ms = now_ms;
}

} // namespace

// ---- evidence_frame() ------------------------------------------------------------------------------------

void evidence_frame(Doc& doc, ShellState& st, double now_ms) {
    platform::clear_drop_zones(ImGui::GetIO().DisplaySize.x);
    platform::set_paste_target("");
    if (st.status.loading) return; // outcomes wait for the workspace they go into
    for (const platform::AttachOutcome& o : platform::take_attached()) receive(doc, o);
    maybe_collect(doc, st, now_ms);
}

const std::string& attach_message(const Id& target) {
    static const std::string none;
    auto it = g_ev.messages.find(target);
    return it == g_ev.messages.end() ? none : it->second;
}

void pick_for(const Id& target, const char* accept, bool capture) {
    g_ev.messages.erase(target);
    platform::pick_evidence(target, accept, capture);
}

// ---- storage window ------------------------------------------------------------------------------------

void open_storage_window() {
    g_ev.show_storage = true;
    platform::refresh_store_space();
}

// The body while open, compiled by the browser at its first opening (modal.h call_apart).
static void draw_storage_window_open(const ShellState& st);

void draw_storage_window(const ShellState& st) {
    if (!g_ev.show_storage) return;
    call_apart(draw_storage_window_open, st);
}

static void draw_storage_window_open(const ShellState& st) {
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 28, 0), ImGuiCond_Appearing);
    if (!ImGui::Begin((std::string(tr(S::StorageTitle)) + "###storage").c_str(), &g_ev.show_storage,
                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
        ImGui::End();
        return;
    }
    ImGui::PushTextWrapPos(0.0f);
    switch (platform::store_state()) {
    case platform::StoreState::Loading: ImGui::TextDisabled("%s", tr(S::StorageLoading)); break;
    case platform::StoreState::Failed:
        ImGui::TextColored(theme_colors().error, "%s", trf(S::StorageFailed, {{"detail", platform::store_failure()}}).c_str());
        break;
    case platform::StoreState::Ready: {
        const platform::StoreSpace s = platform::store_space();
        const std::string files = trf(S::StorageFiles, {{"n", s.files}, {"size", megabytes_text(std::uint64_t(s.bytes))}});
        ImGui::TextUnformatted(files.c_str());
        anchor_text("storage-files", files);
        if (s.quota > 0) ImGui::TextUnformatted(trf(S::StorageBrowser, {{"usage", whole_mb(s.usage)}, {"quota", whole_mb(s.quota)}}).c_str());
        else ImGui::TextDisabled("%s", tr(S::StorageBrowserUnknown));
        anchor("storage-browser");
        break;
    }
    }
    if (st.status.durability == platform::Durability::Persistent) ImGui::TextUnformatted(tr(S::StoragePersistent));
    else if (st.status.durability == platform::Durability::BestEffort) ImGui::TextColored(theme_colors().warning, "%s", tr(S::StorageBestEffort));
    ImGui::PopTextWrapPos();
    ImGui::End();
}

} // namespace rectify::ui
