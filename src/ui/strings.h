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
    X(Close)                                                                                       \
    X(MenuEdit)                                                                                    \
    X(Undo)                                                                                        \
    X(Redo)                                                                                        \
    X(HomePlans)                                                                                   \
    X(NewPlan)                                                                                     \
    X(UntitledPlan)                                                                                \
    X(DeletePlan)                                                                                  \
    X(DeletePlanConfirm)                                                                           \
    X(Delete)                                                                                      \
    X(Cancel)                                                                                      \
    X(Rename)                                                                                      \
    X(RenamePlanTitle)                                                                             \
    X(Ok)                                                                                          \
    X(ColTitle)                                                                                    \
    X(ColSource)                                                                                   \
    X(ColIssuer)                                                                                   \
    X(ColProgress)                                                                                 \
    X(ColOverdue)                                                                                  \
    X(ColActions)                                                                                  \
    X(NoPlans)                                                                                     \
    X(FeedbackPublic)                                                                              \
    X(FeedbackInspection)                                                                          \
    X(FeedbackSupervision)                                                                         \
    X(FeedbackAudit)                                                                               \
    X(FeedbackOther)                                                                               \
    X(MeasuresDone)                                                                                \
    X(BannerUnavailable)                                                                           \
    X(BannerQuota)                                                                                 \
    X(BannerFailed)                                                                                \
    X(BannerConflict)                                                                              \
    X(BannerNewer)                                                                                 \
    X(BannerUnreadable)                                                                            \
    X(BannerDetails)                                                                               \
    X(ExportWorkspace)                                                                             \
    X(KeepMine)                                                                                    \
    X(TakeTheirs)                                                                                  \
    X(SavedState)                                                                                  \
    X(SavingState)                                                                                 \
    X(ReloadedFromOtherTab)                                                                        \
    X(MergedOtherTab)

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
