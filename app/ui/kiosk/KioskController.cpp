#include "KioskController.h"

#include "AdminExit.h"
#include "AdminPinDialog.h"
#include "IdleOverlay.h"
#include "IdleReset.h"
#include "LockdownFilter.h"
#include "MainWindow.h"
#include "NeutralScreen.h"
#include "QuickExitKeys.h"
#include "TouchKeyboard.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>

namespace meldpunt {

KioskController::KioskController(MainWindow &window, Settings settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    // Application event filters run last-installed first: the lockdown and the admin chord
    // see an event before the idle reset can take it.
    , m_idle(new IdleReset(window, settings.idle, this))
    , m_quickExitKeys(new QuickExitKeys(steadyNow, this))
    , m_neutral(new NeutralScreen(settings.neutralText, &window))
    , m_keyboard(new TouchKeyboard(window.searchField(), settings.touchKeyboard, window.centralWidget()))
{
    m_adminExit = new AdminExit(window, settings.adminChord, settings.adminPinHash, steadyNow, this);
    m_lockdown = new LockdownFilter(window, this);

    window.setTouchKeyboard(m_keyboard);
    window.quickExitButton()->show();
    connect(&window, &MainWindow::quickExitRequested, this, [this] { quickExit(); });
    connect(m_quickExitKeys, &QuickExitKeys::triggered, this, [this](quint64 eventTime) {
        if (!m_neutral->isVisible())
            quickExit(eventTime);
    });
    connect(m_idle, &IdleReset::expired, this, &KioskController::wipe);
    connect(m_neutral, &NeutralScreen::dismissed, this, &KioskController::onNeutralDismissed);
    connect(m_adminExit, &AdminExit::unlocked, this, [this] {
        m_lockdown->unlock();
        Q_EMIT unlocked();
        wipe();
        QCoreApplication::quit();
    });
    // The last visitor's copied text does not outlive the program either.
    connect(qApp, &QCoreApplication::aboutToQuit, &m_window, &MainWindow::resetSession);
}

KioskController::~KioskController() = default;

IdleOverlay *KioskController::idleOverlay() const
{
    return m_idle->overlay();
}

AdminPinDialog *KioskController::adminPinDialog() const
{
    return m_adminExit->dialog();
}

bool KioskController::idleTimerActive() const
{
    return m_idle->timerActive();
}

void KioskController::quickExit(quint64 eventTime)
{
    // Cover first, and paint it: the neutral screen shows within a frame, whatever the wipe
    // costs (it returns language, look and pages to their defaults: a third of a second in
    // a debug build). The wipe then runs under it, where nothing of it shows.
    m_idle->suspend();
    m_window.closePopups();
    m_neutral->showNow(eventTime);
    m_window.setTitleOverride(m_neutral->accessibleName());
    m_neutral->paintNow();
    wipeSession();
    // The wipe may have changed the language, and gave the search field the focus: the
    // neutral screen's name in the default language, and the keys go to it.
    m_window.setTitleOverride(m_neutral->accessibleName());
    m_neutral->setFocus();
    Q_EMIT sessionWiped();
}

void KioskController::onNeutralDismissed()
{
    m_window.setTitleOverride({});
    // Whatever reached the hidden window while the neutral screen showed is gone too: the
    // next visitor starts on a fresh home.
    m_window.resetSession();
    m_idle->resume();
}

void KioskController::wipe()
{
    if (m_neutral->isVisible()) {
        m_neutral->hide();
        m_window.setTitleOverride({});
    }
    wipeSession();
    m_idle->resume();
    Q_EMIT sessionWiped();
}

void KioskController::wipeSession()
{
    m_idle->suspend();
    m_adminExit->dialog()->close();
    m_quickExitKeys->reset();
    m_keyboard->reset();
    m_window.resetSession();
}

} // namespace meldpunt
