// pickers: see pickers.h.
//
// Index
//   date_text(), deadline_text(), due colours, status labels
//   calendar()          the month grid shared by the date and deadline popups
//   date_button(), deadline_button(), status_combo()
//   ref_picker()        chips plus type-ahead over the directory
//   list helpers
#include "ui/widgets/pickers.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/date_text.h"
#include "core/find_in_plan.h"
#include "core/labels.h"
#include "core/ledger/ledger.h"
#include "core/lookup.h"
#include "ui/widgets/anchor.h"
#include "ui/layout.h"
#include "ui/shell.h"
#include "ui/strings.h"
#include "ui/widgets/theme.h"

namespace rectify::ui {

namespace {


struct PickerState {
    Date month;             // first day of the month the open calendar shows
    std::string wording;    // the deadline popup's wording field
    std::string query;      // the type-ahead box of the active ref picker
    ImGuiID query_owner = 0;
};
PickerState g_pick;

std::string month_text(const Date& d) {
    static const char* en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[32];
    if (language() == Lang::En) std::snprintf(buf, sizeof buf, "%s %d", en[d.m - 1], d.y);
    else std::snprintf(buf, sizeof buf, "%d年%d月", d.y, d.m);
    return buf;
}

// The month grid. Returns true with *picked set when a day is clicked.
bool calendar(const Date& selected, const Date& today, Date* picked) {
    Date& mo = g_pick.month;
    if (!valid_date(mo)) mo = Date{today.y ? today.y : 2026, today.m ? today.m : 1, 1};
    if (ImGui::ArrowButton("##prev", ImGuiDir_Left)) mo = mo.m == 1 ? Date{mo.y - 1, 12, 1} : Date{mo.y, mo.m - 1, 1};
    ImGui::SameLine();
    const std::string title = month_text(mo);
    const float cell = ImGui::GetFrameHeight() * 1.25f;
    const float grid_w = cell * 7 + ImGui::GetStyle().ItemSpacing.x * 0.25f * 6;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (grid_w - 2 * ImGui::GetFrameHeight() - ImGui::CalcTextSize(title.c_str()).x) * 0.5f - ImGui::GetStyle().ItemSpacing.x);
    ImGui::TextUnformatted(title.c_str());
    anchor("calendar-month");
    ImGui::SameLine(grid_w - ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.x);
    if (ImGui::ArrowButton("##next", ImGuiDir_Right)) mo = mo.m == 12 ? Date{mo.y + 1, 1, 1} : Date{mo.y, mo.m + 1, 1};

    const std::string heads = tr(S::WeekdayLetters); // Monday first, split at '|'
    size_t day_at = 0;
    bool chosen = false;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x * 0.25f, 2));
    for (int i = 0; i < 7; i++) {
        if (i) ImGui::SameLine();
        const size_t day_end = std::min(heads.find('|', day_at), heads.size());
        const std::string day = heads.substr(day_at, day_end - day_at);
        const char* w = day.c_str();
        day_at = day_end + 1;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (cell - ImGui::CalcTextSize(w).x) * 0.5f);
        ImGui::TextDisabled("%s", w);
        ImGui::SameLine(0, 0);
        ImGui::Dummy(ImVec2((cell - ImGui::CalcTextSize(w).x) * 0.5f, 0));
    }
    const int first = weekday(mo), days = days_in_month(mo.y, mo.m);
    for (int slot = 0; slot < 42; slot++) {
        const int day = slot - first + 1;
        if (slot % 7) ImGui::SameLine();
        if (day < 1 || day > days) {
            ImGui::Dummy(ImVec2(cell, cell * 0.8f));
            continue;
        }
        const Date d{mo.y, mo.m, day};
        const bool is_sel = d == selected, is_today = d == today;
        if (is_sel) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_CheckMark));
        if (is_sel) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        else if (is_today) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_CheckMark));
        char label[16];
        std::snprintf(label, sizeof label, "%d", day);
        ImGui::PushID(day);
        if (ImGui::Button(label, ImVec2(cell, cell * 0.8f))) {
            *picked = d;
            chosen = true;
        }
        ImGui::PopID();
        anchor_n("day", day);
        ImGui::PopStyleColor(is_sel ? 2 : is_today ? 1 : 0);
        if (day == days) break;
    }
    ImGui::PopStyleVar();
    return chosen;
}

void open_calendar_at(const Date& value, const Date& today) {
    const Date& at = value.empty() ? today : value;
    g_pick.month = Date{at.y, at.m, 1};
}

} // namespace

std::string date_text(const Date& d) { return format_date(d, language()); }
std::string deadline_text(const Deadline& d) { return format_deadline(d, language()); }

ImVec4 due_colour(const Measure& m, const Doc& doc) {
    switch (due_state(m, doc.today, doc.soon_days)) {
    case Due::Overdue: return theme_colors().overdue;
    case Due::Soon: return theme_colors().due_soon;
    default: break;
    }
    if (m.status == Status::Done || m.status == Status::DoneOngoing) return theme_colors().done;
    return ImGui::GetStyleColorVec4(ImGuiCol_Text);
}

const char* due_word(const Measure& m, const Doc& doc) {
    switch (due_state(m, doc.today, doc.soon_days)) {
    case Due::Overdue: return tr(S::Overdue);
    case Due::Soon: return tr(S::DueSoon);
    default: return nullptr;
    }
}

const char* status_label(Status s) { return status_text(s, language()); }

const char* feedback_label(FeedbackKind k) {
    switch (k) {
    case FeedbackKind::PublicAppraisal: return tr(S::FeedbackPublic);
    case FeedbackKind::Inspection: return tr(S::FeedbackInspection);
    case FeedbackKind::SupervisionEvaluation: return tr(S::FeedbackSupervision);
    case FeedbackKind::Audit: return tr(S::FeedbackAudit);
    case FeedbackKind::Other: break;
    }
    return tr(S::FeedbackOther);
}

bool add_button(const Doc& doc, S label, const char* name) {
    ImGui::BeginDisabled(doc.read_only);
    const bool pressed = ImGui::Button(tr(label));
    anchor(name);
    ImGui::EndDisabled();
    return pressed && !doc.read_only;
}

bool delete_button(const char* label, bool small) {
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
    const bool pressed = small ? small_button(label) : ImGui::Button(label);
    ImGui::PopItemFlag();
    return pressed;
}

bool remove_button(const Doc& doc) {
    ImGui::BeginDisabled(doc.read_only);
    const bool pressed = delete_button("×", true);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::Delete));
    ImGui::EndDisabled();
    return pressed && !doc.read_only;
}

ImVec4 status_colour(Status s) {
    switch (s) {
    case Status::InProgress: return theme_colors().in_progress;
    case Status::Done:
    case Status::DoneOngoing: return theme_colors().done;
    case Status::NotStarted: break;
    }
    return ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
}

bool date_button(const char* id, const Date& value, const Date& today, Date* picked) {
    ImGui::PushID(id);
    const std::string text = value.empty() ? std::string(tr(S::PickDate)) : date_text(value);
    if (ImGui::Button((text + "##date").c_str())) {
        open_calendar_at(value, today);
        ImGui::OpenPopup("calendar");
    }
    bool chosen = false;
    if (ImGui::BeginPopup("calendar")) {
        chosen = calendar(value, today, picked);
        if (small_button(tr(S::Today))) {
            *picked = today;
            chosen = true;
        }
        ImGui::SameLine();
        if (!value.empty() && small_button(tr(S::Clear))) {
            *picked = Date{};
            chosen = true;
        }
        if (chosen) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::PopID();
    return chosen && *picked != value;
}

bool deadline_button(const char* id, const Measure& m, const Doc& doc, Deadline* picked) {
    ImGui::PushID(id);
    std::string text = deadline_text(m.deadline);
    if (const char* w = due_word(m, doc)) text += std::string("  ") + w;
    ImGui::PushStyleColor(ImGuiCol_Text, due_colour(m, doc));
    const bool open = ImGui::Button((text + "##deadline").c_str());
    ImGui::PopStyleColor();
    anchor("deadline-button");
    if (open) {
        open_calendar_at(due_date(m.deadline), doc.today);
        g_pick.wording = m.deadline.text;
        ImGui::OpenPopup("deadline");
    }
    bool chosen = false;
    if (ImGui::BeginPopup("deadline")) {
        Date day;
        if (calendar(due_date(m.deadline), doc.today, &day)) {
            *picked = deadline_on(day, language());
            chosen = true;
        }
        if (ImGui::Button(trf(S::DeadlineEndOfMonth, {{"month", g_pick.month.m}}).c_str())) {
            *picked = deadline_end_of_month(g_pick.month.y, g_pick.month.m);
            chosen = true;
        }
        ImGui::SameLine();
        if (ImGui::Button(label(Label::DeadlineOngoing, language()))) {
            *picked = deadline_ongoing();
            chosen = true;
        }
        anchor("deadline-ongoing");
        ImGui::SameLine();
        if (ImGui::Button(label(Label::DeadlineImmediate, language()))) {
            *picked = deadline_immediate();
            chosen = true;
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(S::Clear))) {
            *picked = Deadline{};
            chosen = true;
        }
        ImGui::Separator();
        ImGui::TextDisabled("%s", tr(S::DeadlineWording));
        ImGui::SetNextItemWidth(ImGui::GetFrameHeight() * 12);
        if (ImGui::InputText("##wording", &g_pick.wording, ImGuiInputTextFlags_EnterReturnsTrue)) {
            *picked = parse_deadline(g_pick.wording, doc.today.y ? doc.today.y : 2026);
            chosen = true;
        }
        anchor("deadline-wording");
        if (chosen) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::PopID();
    return chosen && *picked != m.deadline;
}

bool status_combo(const char* id, Status value, Status* picked) {
    bool chosen = false;
    ImGui::PushStyleColor(ImGuiCol_Text, status_colour(value));
    const bool open = ImGui::BeginCombo(id, status_label(value));
    ImGui::PopStyleColor();
    if (open) {
        for (Status s : {Status::NotStarted, Status::InProgress, Status::Done, Status::DoneOngoing})
            if (ImGui::Selectable(status_label(s), s == value)) {
                *picked = s;
                chosen = s != value;
            }
        ImGui::EndCombo();
    }
    return chosen;
}

const std::string& ref_name(const Workspace& ws, RefKind kind, const Id& id) {
    static const std::string unknown = "?";
    if (kind == RefKind::Department) {
        for (const Department& d : ws.departments)
            if (d.id == id) return d.name;
    } else {
        for (const Person& p : ws.people)
            if (p.id == id) return p.name;
    }
    return unknown;
}

static std::string trimmed(const std::string& s) {
    size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

void ref_picker(const char* id, Doc& doc, RefKind kind, const std::vector<Id>& value,
                const std::function<CommandPtr(std::vector<Id>)>& make_set) {
    ImGui::PushID(id);
    const Workspace& ws = doc.ws;
    // The chips: click one to take it out. They and the box go on to the next line when the
    // field's column is too narrow for them (a phone).
    for (size_t i = 0; i < value.size(); i++) {
        ImGui::PushID(int(i));
        const std::string label = ref_name(ws, kind, value[i]) + "  ×";
        if (i > 0) same_line_if_fits(small_button_width(label.c_str()));
        if (small_button(label.c_str()) && !doc.read_only) {
            std::vector<Id> next = value;
            next.erase(next.begin() + std::ptrdiff_t(i));
            doc.execute(make_set(std::move(next)));
            ImGui::PopID();
            break;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(S::RemoveItem));
        ImGui::PopID();
    }
    // The type-ahead box.
    const ImGuiID box = ImGui::GetID("##add");
    std::string scratch;
    std::string& q = g_pick.query_owner == box ? g_pick.query : scratch;
    const float box_w = std::min(ImGui::GetFrameHeight() * 7, ImGui::GetContentRegionAvail().x);
    if (!value.empty()) same_line_if_fits(box_w);
    ImGui::SetNextItemWidth(std::min(box_w, ImGui::GetContentRegionAvail().x));
    const bool enter = ImGui::InputTextWithHint("##add", tr(S::PickerAdd), &q, ImGuiInputTextFlags_EnterReturnsTrue);
    anchor((std::string(id) + "-input").c_str());
    if (ImGui::IsItemActive() && g_pick.query_owner != box) {
        g_pick.query_owner = box;
        g_pick.query = q;
    }
    const std::string want = trimmed(g_pick.query_owner == box ? g_pick.query : std::string());
    if (want.empty()) {
        ImGui::PopID();
        return;
    }
    // Suggestions: directory entries containing the text, not already chosen.
    const TextMatcher matcher(want);
    std::vector<std::pair<Id, const std::string*>> hits;
    auto consider = [&](const Id& eid, const std::string& name, bool live) {
        size_t end = 0;
        if (!live || hits.size() >= 8 || matcher.find(name, 0, end) == std::string_view::npos) return;
        for (const Id& v : value)
            if (v == eid) return;
        hits.emplace_back(eid, &name);
    };
    if (kind == RefKind::Department) for (const Department& d : ws.departments) consider(d.id, d.name, alive(d));
    else for (const Person& p : ws.people) consider(p.id, p.name, alive(p));
    bool exact = false;
    for (auto& h : hits) exact |= *h.second == want;

    Id chosen;
    bool create = false;
    ImGui::Indent();
    for (size_t i = 0; i < hits.size(); i++) {
        ImGui::PushID(int(i));
        if (ImGui::Selectable(hits[i].second->c_str(), i == 0)) chosen = hits[i].first;
        ImGui::PopID();
    }
    if (!exact) {
        if (ImGui::Selectable(trf(S::PickerCreate, {{"name", want}}).c_str(), hits.empty())) create = true;
        anchor((std::string(id) + "-create").c_str());
    }
    ImGui::Unindent();
    if (enter) {
        if (!hits.empty() && *hits[0].second == want) chosen = hits[0].first;
        else if (!exact && hits.empty()) create = true;
        else if (!hits.empty()) chosen = hits[0].first;
    }
    if ((!chosen.empty() || create) && !doc.read_only) {
        std::vector<Id> next = value;
        auto batch = std::make_unique<Batch>("pick");
        if (create) {
            if (kind == RefKind::Department) {
                Department d;
                d.id = doc.ids.make("d");
                d.name = want;
                chosen = d.id;
                batch->push(add<Department>(ws.id, std::move(d)));
            } else {
                Person p;
                p.id = doc.ids.make("p");
                p.name = want;
                chosen = p.id;
                batch->push(add<Person>(ws.id, std::move(p)));
            }
        }
        next.push_back(chosen);
        batch->push(make_set(std::move(next)));
        doc.execute(std::move(batch));
        g_pick.query.clear();
        if (enter) ImGui::SetKeyboardFocusHere(-1); // keep typing the next name
    }
    ImGui::PopID();
}

std::string join_lines(const std::vector<std::string>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); i++) out += (i ? "\n" : "") + items[i];
    return out;
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); i++)
        if (i == text.size() || text[i] == '\n') {
            std::string line = trimmed(text.substr(start, i - start));
            if (!line.empty()) out.push_back(std::move(line));
            start = i + 1;
        }
    return out;
}

std::string join_list(const std::vector<std::string>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); i++) out += (i ? "、" : "") + items[i];
    return out;
}


} // namespace rectify::ui
