// native_text_input: text_input.h outside the browser (unit tests, native tools): no page, so no
// events; the clipboard and the overlay's text are kept in memory.
#include "platform/text_input.h"

namespace rectify::platform {

static std::string g_clipboard, g_area_text;
static int g_token = 0;

void text_input_init() {}
bool text_input_poll(TextEvent*) { return false; }
bool text_input_pending() { return false; }
void text_input_set_caret(bool, float, float, float, float, float) {}
void text_input_set_clipboard(const std::string& text) { g_clipboard = text; }
void text_input_on_sync(void (*)()) {}
int area_open(const std::string& text, AreaCaret, const AreaStyle&) {
    g_area_text = text;
    return ++g_token;
}
void area_place(int, float, float, float, float, float, float, float, float, float) {}
std::string area_value(int) { return g_area_text; }
void area_close(int) {}
void area_type(int, const std::string& keys) { g_area_text += keys; }

} // namespace rectify::platform
