// web_restore_points: the browser side of restore_points.h, a thin EM_JS layer over
// web/restore_points.js. The list crosses as lines of tab-separated fields (id, when, day,
// reason, plans, problems, measures, bytes); the files as one comma-separated line.
#include <cstdio>
#include <cstdlib>
#include <emscripten/emscripten.h>
#include <string>

#include "platform/js_string.h"
#include "platform/restore_points.h"

EM_JS(int, js_points_ready, (), { return window.rectifyPoints && rectifyPoints.ready ? 1 : 0; });
EM_JS(char*, js_points_list, (), { return rectifyHost.allocString(Module, rectifyPoints.listLines()); });
EM_JS(void, js_points_add, (const char* fields, const char* text, const char* files), {
    rectifyPoints.add(UTF8ToString(fields), UTF8ToString(text), UTF8ToString(files));
});
EM_JS(void, js_points_drop, (const char* ids), { rectifyPoints.drop(UTF8ToString(ids)); });
EM_JS(void, js_points_read, (const char* id), { rectifyPoints.read(UTF8ToString(id)); });
EM_JS(int, js_points_poll, (), { return rectifyPoints.poll() ? 1 : 0; });
EM_JS(char*, js_points_current_id, (), { return rectifyHost.allocString(Module, rectifyPoints.current.id); });
EM_JS(char*, js_points_current_text, (), { return rectifyHost.allocString(Module, rectifyPoints.current.text); });

namespace rectify::platform {

namespace {
// Without string streams: they would bring libc++'s locales (some 50 kB) into the startup module.
// As getline: an empty string has no parts, and a separator at the end ends the last part.
std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    for (size_t b = 0; b < s.size();) {
        size_t e = s.find(sep, b);
        if (e == std::string::npos) e = s.size();
        out.push_back(s.substr(b, e - b));
        b = e + 1;
    }
    return out;
}
template <class C> std::string join(const C& list, char sep) {
    std::string out;
    for (const std::string& s : list) out += (out.empty() ? "" : std::string(1, sep)) + s;
    return out;
}
} // namespace

bool points_ready() { return js_points_ready() != 0; }

std::vector<StoredPoint> points_list() {
    std::vector<StoredPoint> out;
    for (const std::string& line : split(take(js_points_list()), '\n')) {
        const std::vector<std::string> f = split(line, '\t');
        if (f.size() < 8) continue;
        StoredPoint p;
        p.id = f[0];
        p.when_ms = std::atof(f[1].c_str());
        p.day = f[2];
        p.reason = f[3];
        p.plans = std::atoi(f[4].c_str());
        p.problems = std::atoi(f[5].c_str());
        p.measures = std::atoi(f[6].c_str());
        p.bytes = std::uint64_t(std::atof(f[7].c_str()));
        out.push_back(std::move(p));
    }
    return out;
}

void points_add(const StoredPoint& p, const std::string& text, const std::set<std::string>& files) {
    char when[32];
    std::snprintf(when, sizeof when, "%.17g", p.when_ms);
    const std::string fields = p.id + '\t' + when + '\t' + p.day + '\t' + p.reason + '\t' + std::to_string(p.plans) + '\t' +
                               std::to_string(p.problems) + '\t' + std::to_string(p.measures) + '\t' + std::to_string(p.bytes);
    js_points_add(fields.c_str(), text.c_str(), join(files, ',').c_str());
}

void points_drop(const std::vector<std::string>& ids) {
    if (!ids.empty()) js_points_drop(join(ids, ',').c_str());
}

void points_read(const std::string& id) { js_points_read(id.c_str()); }

bool points_take_text(std::string* id, std::string* text) {
    if (!js_points_poll()) return false;
    *id = take(js_points_current_id());
    *text = take(js_points_current_text());
    return true;
}

} // namespace rectify::platform
