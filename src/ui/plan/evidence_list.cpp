// evidence_list: a measure's 佐证材料 (evidence) and the files under a progress entry. Files come
// by the picker (添加文件…), dropped on the list (a drop zone) or pasted as a screenshot while the
// measure is open (ui/evidence_frame.cpp turns each stored file into an item); an item can also
// just name its evidence (添加材料). A row: the file's thumbnail or type badge (widgets/evidence_view.h), its name (the
// item's, editable; the file keeps its own), a note, the size, 打开, up/down, remove. A file
// referenced here but not in this browser's store says so: it came in a plan file without its
// package.
// Index: row parts · draw_evidence() · a progress entry's files.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/measure_actions.h"
#include "platform/evidence.h"
#include "ui/evidence_frame.h"
#include "core/evidence_kind.h"
#include "ui/widgets/evidence_view.h"
#include "ui/plan/plan_parts.h"
#include "ui/strings.h"
#include "ui/widgets/anchor.h"
#include "ui/layout.h"
#include "ui/narrow/narrow.h"
#include "ui/widgets/pickers.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/theme.h"

namespace rectify::ui {

namespace {

// ---- row parts ---------------------------------------------------------------------------------------

std::string size_label(std::int64_t bytes) {
    if (bytes < 1024 * 1024) return std::to_string((bytes + 1023) / 1024) + " KB";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / (1024.0 * 1024.0));
    return buf;
}

std::string row_name(const char* prefix, int n, const char* part = nullptr) {
    std::string s = std::string(prefix) + "-" + std::to_string(n);
    return part ? s + "-" + part : s;
}

// The file is here (打开 shows it), or this browser's store lacks it (said in the error colour).
// Returns true when it is here.
bool file_here(const EvidenceFile& f, const std::string& anchor_name) {
    if (platform::store_state() != platform::StoreState::Ready || platform::has_file(f.sha256)) return true;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(theme_colors().error, "%s", tr(S::FileNotHereRow));
    ImGui::PopTextWrapPos();
    anchor(anchor_name.c_str());
    return false;
}

// The files of a list of evidence items (alive, with a file), in order: what the viewer's
// previous/next goes through; `index` gets the position of `of` in it.
std::vector<EvidenceFile> files_of(const std::vector<Evidence>& list, const Id& of, size_t& index) {
    std::vector<EvidenceFile> out;
    for (const Evidence& e : list) {
        if (!alive(e) || e.file.empty()) continue;
        if (e.id == of) index = out.size();
        out.push_back(e.file);
    }
    return out;
}

// Opens item `e` of `list`: an image in the app's viewer (previous/next through the list's
// images), another file in the browser (evidence_view.h open_evidence).
void open_item(const std::vector<Evidence>& list, const Evidence& e) {
    size_t index = 0;
    const std::vector<EvidenceFile> files = files_of(list, e.id, index);
    open_evidence(files, index);
}

// The file's thumbnail (or type badge); a click opens it.
void file_thumb(const std::vector<Evidence>& list, const Evidence& e, float size, const std::string& anchor_name) {
    if (evidence_thumb(e.file, size)) open_item(list, e);
    anchor_text(anchor_name.c_str(), file_badge(e.file));
}

// 打开: as a click on the thumbnail.
void open_button(const std::vector<Evidence>& list, const Evidence& e, const std::string& anchor_name) {
    const bool here = platform::store_state() == platform::StoreState::Ready && platform::has_file(e.file.sha256);
    ImGui::BeginDisabled(!here);
    if (small_button(tr(S::Open))) open_item(list, e);
    ImGui::EndDisabled();
    anchor(anchor_name.c_str());
}

// The last refusal of a file for `target`, in the error colour.
void attach_message_line(const Id& target, const char* name) {
    const std::string& msg = attach_message(target);
    if (msg.empty()) return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(theme_colors().error, "%s", msg.c_str());
    ImGui::PopTextWrapPos();
    anchor_text(name, msg);
}

// The last item (a group) as the drop zone of `target`, as far as its window shows it: a drop on
// the part scrolled out of view (over the header above, say) is not this list's.
void drop_zone_here(const Id& target, const char* name) {
    anchor(name);
    const ImVec2 wa = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    const ImVec2 a(std::max(ImGui::GetItemRectMin().x, wa.x), std::max(ImGui::GetItemRectMin().y, wa.y));
    const ImVec2 b(std::min(ImGui::GetItemRectMax().x, wa.x + ws.x), std::min(ImGui::GetItemRectMax().y, wa.y + ws.y));
    if (b.x > a.x && b.y > a.y) platform::add_drop_zone(a.x, a.y, b.x - a.x, b.y - a.y, target);
}

void progress_line() {
    const platform::AttachProgress p = platform::attach_progress();
    if (p.files <= 0) return;
    const float done = p.total > 0 ? float(p.loaded / p.total) : 0.0f;
    ImGui::ProgressBar(done, ImVec2(ImGui::GetFontSize() * 16, 0), trf(S::AttachingFiles, {{"n", p.files}}).c_str());
    anchor("attach-progress");
}

} // namespace

// ---- draw_evidence() ---------------------------------------------------------------------------------

void draw_evidence(Doc& doc, Measure& m) {
    FieldOpts ro;
    ro.read_only = doc.read_only;
    const float em = ImGui::GetFontSize();
    if (!doc.read_only) platform::set_paste_target(m.id); // the measure open in the detail
    ImGui::BeginGroup();
    int shown = 0, live = 0;
    for (const Evidence& e : m.evidence) live += alive(e) ? 1 : 0;
    if (ImGui::BeginTable("evidence", 5, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("##kind", ImGuiTableColumnFlags_WidthFixed, em * 3.2f);
        ImGui::TableSetupColumn(tr(S::EvidenceName), ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn(tr(S::EvidenceNote), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("##size", ImGuiTableColumnFlags_WidthFixed, em * 4);
        ImGui::TableSetupColumn("##x", ImGuiTableColumnFlags_WidthFixed, em * 9);
        for (const Evidence& e : m.evidence) {
            if (!alive(e)) continue;
            const int n = shown;
            if (shown++ == 0) ImGui::TableHeadersRow();
            const Id eid = e.id;
            begin_log_row(eid);
            if (!e.file.empty()) {
                file_thumb(m.evidence, e, em * 3.0f, row_name("evidence", n, "kind"));
            }
            ImGui::TableNextColumn();
            focus_if_just_added(eid);
            text_field("##name", e.name, [&doc, eid](std::string v) { doc.execute(RECTIFY_SET(Evidence, name, eid, std::move(v))); }, ro);
            anchor_n("evidence", n);
            if (!e.file.empty()) file_here(e.file, row_name("evidence", n, "missing"));
            ImGui::TableNextColumn();
            text_field("##note", e.note, [&doc, eid](std::string v) { doc.execute(RECTIFY_SET(Evidence, note, eid, std::move(v))); }, ro);
            ImGui::TableNextColumn();
            if (!e.file.empty()) {
                ImGui::AlignTextToFramePadding();
                ImGui::TextDisabled("%s", size_label(e.file.size).c_str());
                anchor_text(row_name("evidence", n, "size").c_str(), size_label(e.file.size));
            }
            ImGui::TableNextColumn();
            if (!e.file.empty()) {
                open_button(m.evidence, e, row_name("evidence", n, "open"));
                ImGui::SameLine();
            }
            ImGui::BeginDisabled(doc.read_only || n == 0);
            if (ImGui::ArrowButton("up", ImGuiDir_Up))
                if (CommandPtr c = move_evidence(m.evidence, eid, -1)) doc.execute(std::move(c));
            anchor(row_name("evidence", n, "up").c_str());
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::BeginDisabled(doc.read_only || n + 1 == live);
            if (ImGui::ArrowButton("down", ImGuiDir_Down))
                if (CommandPtr c = move_evidence(m.evidence, eid, +1)) doc.execute(std::move(c));
            anchor(row_name("evidence", n, "down").c_str());
            ImGui::EndDisabled();
            ImGui::SameLine();
            if (remove_button(doc)) doc.execute(remove_evidence(m, eid));
            anchor(row_name("evidence", n, "remove").c_str());
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (shown == 0) ImGui::TextDisabled("%s", tr(S::NoEvidence));
    if (add_button(doc, S::AddEvidence, "add-evidence")) {
        Evidence e;
        e.id = doc.ids.make("ev");
        focus_when_added(e.id);
        expect_typing();
        doc.execute(add_evidence(m, std::move(e)));
    }
    if (!doc.read_only) {
        ImGui::SameLine();
        if (ImGui::Button(tr(S::AttachFiles))) pick_for(m.id);
        anchor("attach-files");
        photo_buttons(doc, m.id, "attach", true); // a phone: 拍照, 相册, 保留原图 (issue 21)
        ImGui::TextDisabled("%s", tr(S::AttachHint));
    }
    progress_line();
    attach_message_line(m.id, "attach-message");
    ImGui::EndGroup();
    if (!doc.read_only) drop_zone_here(m.id, "evidence-zone");
}

// ---- a progress entry's files --------------------------------------------------------------------------

void draw_entry_files(Doc& doc, const ProgressEntry& pe, int n) {
    const float em = ImGui::GetFontSize();
    const std::string base = row_name("progress", n);
    int shown = 0;
    for (const Evidence& e : pe.evidence) {
        if (!alive(e)) continue;
        const std::string row = base + "-file-" + std::to_string(shown++);
        ImGui::PushID(e.id.c_str());
        if (!e.file.empty()) {
            file_thumb(pe.evidence, e, em * 2.0f, row + "-kind");
            ImGui::SameLine();
        }
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(e.name.c_str());
        anchor_text(row.c_str(), e.name);
        if (!e.file.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", size_label(e.file.size).c_str());
            ImGui::SameLine();
            if (file_here(e.file, row + "-missing")) open_button(pe.evidence, e, row + "-open");
        }
        ImGui::SameLine();
        const Id eid = e.id;
        if (remove_button(doc)) doc.execute(remove_entry_evidence(pe, eid));
        anchor((row + "-remove").c_str());
        ImGui::PopID();
    }
    if (!doc.read_only) {
        if (small_button(tr(S::AttachFiles))) pick_for(pe.id);
        anchor((base + "-attach").c_str());
        photo_buttons(doc, pe.id, (base + "-attach").c_str());
    }
    attach_message_line(pe.id, (base + "-message").c_str());
}

void entry_drop_zone(const Doc& doc, const ProgressEntry& e, int n) {
    if (!doc.read_only) drop_zone_here(e.id, row_name("progress", n, "zone").c_str());
}

} // namespace rectify::ui
