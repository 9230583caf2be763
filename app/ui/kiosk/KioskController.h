#pragma once

#include "IdleReset.h"
#include "KioskConfig.h"

#include <QKeySequence>
#include <QObject>

namespace meldpunt {

class AdminExit;
class AdminPinDialog;
class IdleOverlay;
class LockdownFilter;
class MainWindow;
class NeutralScreen;
class QuickExitKeys;
class TouchKeyboard;

/// Kiosk mode over the main window. It composes the kiosk's parts, each with one job, and
/// decides what happens between them:
/// - LockdownFilter: closing, Alt+F4, Ctrl+Q/W, context menus and drag and drop do nothing;
/// - AdminExit: the admin chord and the PIN, the only way out;
/// - IdleReset: "Are you still there?" after a while, then a wipe;
/// - QuickExitKeys and the window's button: the neutral screen at once, and a wipe;
/// - TouchKeyboard: the on-screen keyboard.
/// Every wipe goes through wipe(), which ends in MainWindow::resetSession().
class KioskController : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        IdleReset::Timing idle;
        KioskConfig::TouchKeyboard touchKeyboard = KioskConfig::TouchKeyboard::Auto;
        QString neutralText;
        QKeySequence adminChord = KioskConfig::defaultAdminChord();
        QString adminPinHash;
    };

    KioskController(MainWindow &window, Settings settings, QObject *parent = nullptr);
    ~KioskController() override;

    /// The neutral screen, painted before this does anything else, then a wipe under it.
    /// eventTime: when the input that asked for it happened (0: not known); a click or key
    /// from before it that arrives late does not dismiss the neutral screen.
    void quickExit(quint64 eventTime = 0);
    /// Back to a fresh start for the next visitor: the kiosk's own screens closed, then the
    /// window's session (MainWindow::resetSession, which also empties the clipboard).
    void wipe();

    IdleOverlay *idleOverlay() const;
    NeutralScreen *neutralScreen() const { return m_neutral; }
    TouchKeyboard *touchKeyboard() const { return m_keyboard; }
    AdminPinDialog *adminPinDialog() const;
    bool idleTimerActive() const;

Q_SIGNALS:
    void sessionWiped();
    /// The administrator typed the right PIN; the application quits next.
    void unlocked();

private:
    /// What every wipe does, the neutral screen and the idle timer aside.
    void wipeSession();
    void onNeutralDismissed();

    MainWindow &m_window;
    LockdownFilter *m_lockdown;
    AdminExit *m_adminExit;
    IdleReset *m_idle;
    QuickExitKeys *m_quickExitKeys;
    NeutralScreen *m_neutral;
    TouchKeyboard *m_keyboard;
};

} // namespace meldpunt
