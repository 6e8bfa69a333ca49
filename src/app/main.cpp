// main: SDL2 + WebGL2 + Dear ImGui in one main loop that renders only when something changed.
//
// Index
//   App            the state of this module
//   init()         SDL window and GL context, ImGui, fonts, saved settings
//   draw_hash()    what a frame drew, to tell whether the next one changed anything
//   needs_frame()  the idle rule: input, a change, a resize, a font, a blinking caret, settling
//   render_frame() one ImGui frame of the shell, then the views' requests, the settings and the test bridge
//   iterate()      the main-loop callback; C++ exceptions end up in the page's error panel
#include <SDL.h>
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h> // SettingsDirtyTimer
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

#include "app/fonts.h"
#include "app/requests.h"
#include "app/session.h"
#include "app/test_bridge.h"
#include "app/input_feed.h"
#include "core/crypt/envelope.h"
#include "core/format/input_limits.h"
#include "platform/evidence.h"
#include "platform/files.h"
#include "platform/host.h"
#include "ui/sharing/incoming_files.h"
#include "ui/sharing/returns.h"
#include "ui/sharing/text_import_view.h"
#include "ui/narrow/narrow.h"
#include "ui/shell.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/thumb_cache.h"
#include "ui/strings.h"

namespace rectify::app {

// After any input we keep rendering this long, so hover delays and tooltips (timed, drawing the
// same picture until they fire) come up; then the app goes idle and renders nothing.
constexpr double kSettleMs = 600.0;
// Dear ImGui takes more than one frame to settle after a change (tables and windows size
// themselves, popups open and close, a new view lays out): however slow the frames, the app draws
// on while a frame differs from the one before it, up to this many frames without input (in case
// something animates for good).
constexpr int kMaxSettleFrames = 120;
// ImGui's caret is visible 0.8 s then hidden 0.4 s: redraw at that pace while a field is active.
constexpr double kCaretMs = 400.0;

static const char* kIniKey = "rectify.imgui.ini";
static const char* kLangKey = "rectify.lang";
static const char* kNavKey = "rectify.nav";        // where the user was (view, plan, selection, tab)
static const char* kSoonKey = "rectify.dueSoonDays";
static const char* kNoticeNamesKey = "rectify.noticeNames";
static const char* kUserKey = "rectify.user";      // 当前使用人 (ui/current_user.h)

struct App {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    Session session;                    // the workspace, its autosave, the views' state
    long frames = 0;
    long drawn_frames = 0;              // frames whose picture was drawn (the others repeated it)
    double settle_until_ms = 0;
    std::uint64_t drawn_hash = 0;       // draw_hash() of the last frame
    int unsettled = 0;                  // frames in a row that differed from the one before
    int same_frames = 0;                // frames in a row that drew what the one before did
    unsigned long drawn_rev = 0;        // doc.rev at the last frame: a change since needs one
    ui::Nav drawn_nav;                  // likewise the view and selection
    unsigned drawn_notice = 0;          // likewise the notice (its serial)
    double last_frame_ms = 0;
    int drawable_w = 0, drawable_h = 0; // canvas backing size at the last frame
    double dpr = 0;                     // devicePixelRatio the canvas was sized for
    Lang saved_lang = Lang::Zh;
    ui::Nav saved_nav;
    int saved_soon = 7;
    bool saved_notice_names = false;
    std::string saved_user;
    std::string last_error;
    bool stopped = false;
};
static App g;

static void render_frame(double now);
static void run_input_now();

static void init() {
    platform::mark("main");
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas"); // leave other DOM elements their keys
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) throw std::runtime_error(std::string("SDL_Init: ") + SDL_GetError());
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    // The canvas is sized by CSS (web/style.css); with ALLOW_HIGHDPI SDL makes its backing store
    // CSS size × devicePixelRatio, and ImGui rasterises fonts at that density: crisp at any dpr.
    g.window = SDL_CreateWindow("整改通", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 800,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!g.window) throw std::runtime_error(std::string("SDL_CreateWindow: ") + SDL_GetError());
    g.gl = SDL_GL_CreateContext(g.window);
    if (!g.gl) throw std::runtime_error(std::string("WebGL2 context: ") + SDL_GetError());
    SDL_GL_MakeCurrent(g.window, g.gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout is kept in browser storage instead of a file
    io.IniSavingRate = 0.3f;  // save a moved window soon: a reload may follow at any moment
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // Windows' double-click time (ImGui's own is 0.30 s). ImGui takes one queued mouse event per
    // frame and times clicks by frames, so on a slow office PC a double click spans several frames.
    io.MouseDoubleClickTime = 0.5f;
    const std::string ini = platform::settings_get(kIniKey);
    if (!ini.empty()) ImGui::LoadIniSettingsFromMemory(ini.c_str(), ini.size());

    const std::string lang_param = platform::query_param("lang");
    const std::string lang_saved = platform::settings_get(kLangKey);
    g.saved_lang = parse_lang(lang_saved, Lang::Zh);
    ui::set_language(lang_param.empty() ? g.saved_lang : parse_lang(lang_param, g.saved_lang));

    ImGui_ImplSDL2_InitForOpenGL(g.window, g.gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    platform::mark("gl-imgui");
    float em_ratio = 1.0f;
    if (!load_ui_font(&g.last_error, &em_ratio)) std::fprintf(stderr, "%s\n", g.last_error.c_str());
    ui::apply_theme(em_ratio);
    platform::mark("font");
    io.ConfigMacOSXBehaviors = platform::is_apple(); // Cmd+Z/C/V on a Mac, as people expect there
    g.saved_nav = g.session.shell.nav = ui::nav_decode(platform::settings_get(kNavKey));
    const std::string soon = platform::settings_get(kSoonKey);
    if (!soon.empty()) g.saved_soon = g.session.doc.soon_days = std::atoi(soon.c_str());
    g.saved_notice_names = g.session.doc.notice_names = platform::settings_get(kNoticeNamesKey) == "1";
    // Larger files are not even read; an encrypted one up to its own limit (it may hold a package).
    platform::set_max_file_bytes(double(max_any_input_bytes()), double(kEnvelopeMaxBytes));
    g.saved_user = g.session.doc.user = platform::settings_get(kUserKey);
    text_input_begin(run_input_now); // keys, IME and clipboard through the page (web/textinput.js)
    bridge_begin(g.session);
    session_begin(g.session);
    // The page is hidden or closed: the keys typed since the last frame are taken first (a hidden
    // page gets no more frames), then the workspace is stored.
    platform::on_page_hidden([] {
        run_input_now();
        session_flush(g.session);
    });
    platform::mark("init");
}

// FNV-style over 64-bit words: what the frame would put on screen (vertices, indices, and each draw
// command's clip rectangle, texture and range) and at what size. Equal hashes: nothing changed.
static std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    h = (h ^ v) * 0x100000001b3ULL;
    return h ^ (h >> 32);
}
static std::uint64_t hash_bytes(std::uint64_t h, const void* data, size_t n) {
    const unsigned char* p = static_cast<const unsigned char*>(data);
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = mix(h, w);
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    return mix(h, tail ^ (std::uint64_t(n) << 56));
}
static std::uint64_t draw_hash(const ImDrawData* dd) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    if (!dd || !dd->Valid) return h;
    const float size[4] = {dd->DisplaySize.x, dd->DisplaySize.y, dd->FramebufferScale.x, dd->FramebufferScale.y};
    h = hash_bytes(h, size, sizeof size);
    for (const ImDrawList* list : dd->CmdLists) {
        h = hash_bytes(h, list->VtxBuffer.Data, size_t(list->VtxBuffer.size_in_bytes()));
        h = hash_bytes(h, list->IdxBuffer.Data, size_t(list->IdxBuffer.size_in_bytes()));
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            h = hash_bytes(h, &cmd.ClipRect, sizeof cmd.ClipRect);
            h = mix(h, std::uint64_t(cmd.GetTexID()));
            h = mix(h, (std::uint64_t(cmd.ElemCount) << 32) ^ cmd.IdxOffset ^ (std::uint64_t(cmd.VtxOffset) << 16));
            h = mix(h, cmd.UserCallback ? 1 : 0);
        }
    }
    return h;
}

// Glyphs the frame added to the font atlas reach the GPU in the backend's draw: such a frame is drawn.
static bool textures_pending(const ImDrawData* dd) {
    if (!dd || !dd->Textures) return false;
    for (const ImTextureData* tex : *dd->Textures)
        if (tex->Status != ImTextureStatus_OK) return true;
    return false;
}

// A change that came from outside input (storage, a file, another tab) or went unseen: the last
// frame did not draw the workspace, the view or the notice as they are now.
static bool change_undrawn() {
    return g.session.doc.rev != g.drawn_rev || g.session.shell.nav != g.drawn_nav || g.session.shell.notice.serial != g.drawn_notice;
}

// Input the app has not taken yet: SDL's queue, the page's text events, ImGui's trickled events.
static bool input_pending() { return SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT) || text_input_busy(); }

// Work due without new input, whatever the picture does: a button's new field on its way (keys wait
// for it), a held button's tap to give back or a glide (ui::narrow_work_due), a change not drawn.
static bool work_due() { return ui::typing_expected() || ui::narrow_work_due() || change_undrawn(); }

static bool needs_frame(double now, bool had_events) {
    if (g.frames == 0 || had_events) return true;
    if (now < g.settle_until_ms) return true;
    if (g.unsettled > 0 && g.unsettled < kMaxSettleFrames) return true; // the last frame changed something
    if (work_due()) return true;
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(g.window, &w, &h);
    if (w != g.drawable_w || h != g.drawable_h) return true; // resized or devicePixelRatio changed
    if (ImGui::GetIO().WantTextInput && now - g.last_frame_ms >= kCaretMs) return true;
    if (ImGui::GetCurrentContext()->SettingsDirtyTimer > 0.0f) return true; // ImGui counts it down in frames
    return false;
}

static void persist_settings() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantSaveIniSettings) {
        platform::settings_set(kIniKey, ImGui::SaveIniSettingsToMemory());
        io.WantSaveIniSettings = false;
    }
    if (!g.session.shell.status.loading && g.session.shell.nav != g.saved_nav) {
        platform::settings_set(kNavKey, ui::nav_encode(g.session.shell.nav));
        g.saved_nav = g.session.shell.nav;
    }
    if (g.session.doc.soon_days != g.saved_soon) {
        platform::settings_set(kSoonKey, std::to_string(g.session.doc.soon_days));
        g.saved_soon = g.session.doc.soon_days;
    }
    if (g.session.doc.notice_names != g.saved_notice_names) {
        platform::settings_set(kNoticeNamesKey, g.session.doc.notice_names ? "1" : "0");
        g.saved_notice_names = g.session.doc.notice_names;
    }
    if (g.session.doc.user != g.saved_user) {
        platform::settings_set(kUserKey, g.session.doc.user);
        g.saved_user = g.session.doc.user;
    }
    if (ui::language() != g.saved_lang) {
        platform::settings_set(kLangKey, lang_code(ui::language()));
        g.saved_lang = ui::language();
    }
}

static void render_frame(double now) {
    const double start_ms = platform::now_ms(); // `now` came before the autosave's work
    if (g.frames == 0) platform::mark("frame-start");
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    g.session.shell.status.full_font = full_font_state();
    // What this frame draws from: a change made in it (a command, a new view, a notice) or after it
    // (a request's notice) is drawn by the next frame.
    g.drawn_rev = g.session.doc.rev;
    g.drawn_nav = g.session.shell.nav;
    g.drawn_notice = g.session.shell.notice.serial;
    const double views_start_ms = platform::now_ms();
    ui::draw_shell(g.session.shell, g.session.doc, now);
    const double views_ms = platform::now_ms() - views_start_ms;
    ImGui::Render();
    if (g.frames == 0) platform::mark("frame-built");
    ImDrawData* dd = ImGui::GetDrawData();
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    const std::uint64_t hash = hash_bytes(draw_hash(dd), &bg, sizeof bg);
    const bool same_picture = hash == g.drawn_hash;
    g.unsettled = same_picture ? 0 : g.unsettled + 1;
    g.same_frames = same_picture ? g.same_frames + 1 : 0;
    g.drawn_hash = hash;

    const int was_w = g.drawable_w, was_h = g.drawable_h;
    SDL_GL_GetDrawableSize(g.window, &g.drawable_w, &g.drawable_h);
    // A frame that would draw the picture already on the canvas is not drawn again: WebGL keeps
    // showing it. Most frames after input are such (the settle time, hover moves over nothing),
    // and a software-rendered or phone GPU spends far more on the pixels than ImGui on the frame.
    if (!same_picture || g.frames == 0 || was_w != g.drawable_w || was_h != g.drawable_h || textures_pending(dd)) {
        glViewport(0, 0, g.drawable_w, g.drawable_h);
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(dd);
        g.drawn_frames++;
    }
    // The frame's CPU time: the views, ImGui and the GL submission, not the browser's compositing.
    const double cpu_ms = platform::now_ms() - start_ms;
    SDL_GL_SwapWindow(g.window);

    g.frames++;
    g.last_frame_ms = now;
    text_input_after_frame();
    persist_settings();
    handle_requests(g.session);

    if (g.frames == 1) {
        platform::mark("first-frame");
        platform::notify_first_frame();
        platform::request_full_font(); // after the first frame, so it never delays it
    }
    bridge_frame({g.session.shell, g.session.doc, g.frames, g.drawn_frames, now, cpu_ms, views_ms, g.last_error});
}

// Files from the picker or dropped on the page: while they are read, a progress line; once read,
// file_intake decides what they are (after loading: the workspace must be there to import into).
static bool files_tick() {
    const platform::FilesProgress p = platform::files_progress();
    const float reading = p.files ? float(p.total > 0 ? p.loaded / p.total : 0.0) : -1.0f;
    bool changed = reading != g.session.shell.status.reading_files;
    g.session.shell.status.reading_files = reading;
    if (g.session.shell.status.loading) return changed;
    std::vector<platform::IncomingFile> files = platform::take_files();
    if (files.empty()) return changed;
    ui::receive_files(g.session.doc, g.session.shell, std::move(files));
    return true;
}

// SDL's queued events (mouse, touch, wheel, window) into ImGui; true when there were any.
static bool feed_sdl_events() {
    bool any = false;
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) {
        any = true;
        // While a finger is on the screen it owns the pointer: the browser's own mouse moves (it
        // sends them where a mouse last was, to update hover as the page changes) would jump the
        // pointer back and forth under a dragging finger.
        if (ev.type == SDL_MOUSEMOTION && ev.motion.which != SDL_TOUCH_MOUSEID && platform::finger() == platform::Finger::Down) continue;
        ImGui_ImplSDL2_ProcessEvent(&ev);
    }
    return any;
}

static void iterate() {
    if (g.stopped) return;
    try {
        bool had_events = feed_sdl_events();
        if (text_input_pump()) had_events = true;
        const double now = platform::now_ms();
        // Polled, not observed: browsers do not reliably fire an event when only the density changes.
        const double dpr = platform::device_pixel_ratio();
        if (dpr != g.dpr) {
            if (g.dpr != 0) platform::resize_canvas();
            g.dpr = dpr;
        }
        if (had_events) {
            g.settle_until_ms = now + kSettleMs;
            g.unsettled = std::min(g.unsettled, 1); // input starts a new count of settling frames
        }
        if (merge_pending_full_font()) g.settle_until_ms = now + kSettleMs;
        // Storage is answered after the first frame, never in it: loading the workspace (or parsing
        // the sample plan, ~20 ms) would only delay the first picture.
        if (g.frames > 0 && session_tick(g.session, now)) g.settle_until_ms = now + kSettleMs;
        if (files_tick()) g.settle_until_ms = now + kSettleMs;
        if (ui::incoming_tick(g.session.shell)) g.settle_until_ms = now + kSettleMs; // plan files in an old format
        if (ui::text_import_tick(g.session.shell)) g.settle_until_ms = now + kSettleMs; // the office module's reading
        if (ui::returns_tick(g.session.doc, g.session.shell)) g.settle_until_ms = now + kSettleMs; // its merges
        if (ui::thumbs_tick()) g.settle_until_ms = now + kSettleMs; // decoded evidence images became textures
        if (platform::evidence_changed()) g.settle_until_ms = now + kSettleMs; // evidence files (issue 19)
        ui::Notice& notice = g.session.shell.notice;
        if (!notice.text.empty() && now >= notice.until_ms) {
            notice.text.clear(); // one more frame takes the expired notice away
            notice.serial++;
            g.settle_until_ms = now + 1;
        }
        if (needs_frame(now, had_events)) {
            render_frame(now);
            // ImGui takes one mouse-button or key change per frame. Events that came together
            // (a double click, fast typing) are taken now rather than one per display refresh:
            // a double click stays within the double-click time even when frames are slow.
            for (int i = 0; i < 6 && !ImGui::GetCurrentContext()->InputEventsQueue.empty(); ++i)
                render_frame(platform::now_ms());
        }
    } catch (const std::exception& e) {
        g.stopped = true;
        emscripten_cancel_main_loop();
        platform::report_fatal(e.what());
    }
}

// A clipboard event must be answered before its handler returns: render the queued input now
// (ImGui trickles a shortcut over two frames) so the app's copy or paste has happened. Likewise
// a tap: the keyboard opens only for a field focused inside the tap's own handler.
static void run_input_now() {
    if (g.stopped || g.frames == 0) return;
    try {
        // A tap's touch events, queued by SDL in the same handler (web/textinput.js touchend):
        // ImGui takes them in the frames below, so the handler knows whether a field took the tap.
        feed_sdl_events();
        for (int i = 0; i < 16; ++i) {
            text_input_pump();
            render_frame(platform::now_ms());
            if (!text_input_busy() && !ui::narrow_retap_due()) break; // a held button acts in the tap
        }
        g.settle_until_ms = platform::now_ms() + kSettleMs;
    } catch (const std::exception& e) {
        g.stopped = true;
        emscripten_cancel_main_loop();
        platform::report_fatal(e.what());
    }
}

// window.rectify.idle() and settled() (test_bridge.h): the app would draw no frame now, as when it
// sits idle; the input so far has been taken and the picture has stopped changing, while the settle
// time after input may still run (hover delays). Three frames alike: a popup opened by a click is
// hidden for its first frames while it sizes itself.
bool loop_idle() {
    if (g.stopped || g.frames == 0 || input_pending()) return false;
    return !needs_frame(platform::now_ms(), false);
}

bool loop_settled() {
    if (g.stopped || g.frames == 0 || input_pending()) return false;
    if (work_due()) return false; // three frames alike may still have it to do
    return g.same_frames >= 3 || loop_idle();
}

} // namespace rectify::app

int main(int, char**) {
    try {
        rectify::app::init();
    } catch (const std::exception& e) {
        rectify::platform::report_fatal(e.what());
        return 1;
    }
    // The first frame now, not at the next animation frame (up to 16 ms later, more on a busy
    // machine): the browser shows it at its next composite either way.
    rectify::app::iterate();
    emscripten_set_main_loop(rectify::app::iterate, 0, true);
    return 0;
}
