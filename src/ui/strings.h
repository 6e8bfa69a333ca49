// strings: the UI's one key table. Every visible UI string is a key here with its zh-CN and en
// text; views call tr(S::Key). The table itself is strings.cpp.
#pragma once
#include "core/i18n.h"

namespace rectify::ui {

#define RECTIFY_UI_STRINGS(X)                                                                      \
    X(AppName)                                                                                     \
    X(AppTagline)                                                                                  \
    X(MenuView)                                                                                    \
    X(MenuLanguage)                                                                                \
    X(MenuHelp)                                                                                    \
    X(MenuAbout)                                                                                   \
    X(MenuFontCheck)                                                                               \
    X(ViewHome)                                                                                    \
    X(HomeWelcome)                                                                                 \
    X(HomeIntro)                                                                                   \
    X(HomeStepPlan)                                                                                \
    X(HomeStepAssign)                                                                              \
    X(HomeStepTrack)                                                                               \
    X(HomeStepClose)                                                                               \
    X(HomeOffline)                                                                                 \
    X(AboutVersion)                                                                                \
    X(AboutBody)                                                                                   \
    X(FontCheckIntro)                                                                              \
    X(FontCheckNames)                                                                              \
    X(FontCheckTraditional)                                                                        \
    X(FontFullLoaded)                                                                              \
    X(FontFullLoading)                                                                             \
    X(FontFullFailed)                                                                              \
    X(Close)

enum class S {
#define X(key) key,
    RECTIFY_UI_STRINGS(X)
#undef X
        Count
};

void set_language(Lang lang);
Lang language();
const char* tr(S key);                // in the current language
const char* tr(S key, Lang lang);     // in a given language
const char* key_name(S key);          // "AppName": for tests and diagnostics

} // namespace rectify::ui
