#pragma once

#include "KioskConfig.h"

#include <QElapsedTimer>
#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QKeyEvent;

namespace meldpunt {

class AdminPinDialog;
class IdleOverlay;
class MainWindow;
class NeutralScreen;
class TouchKeyboard;

/// Kiosk mode's rules over the main window, as one filter on the application's events:
/// - lockdown: closing the window, Alt+F4, Ctrl+Q, Ctrl+W, context menus and drag and drop
///   do nothing; the administrator leaves with the admin chord and the PIN;
/// - idle reset: after a while without input "Are you still there?" counts down, then the
///   session is wiped;
/// - quick exit: the window's button, or Shift pressed and released on its own three times
///   within a few seconds (never by typing capitals), shows the neutral screen at once and
///   wipes the session;
/// - the touch keyboard leaves (Auto) when a physical key is pressed.
class KioskController : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        std::chrono::milliseconds idleTimeout = std::chrono::seconds(90);
        int countdownSeconds = 15;
        /// One second in use; tests make it shorter.
        std::chrono::milliseconds countdownStep = std::chrono::seconds(1);
        KioskConfig::TouchKeyboard touchKeyboard = KioskConfig::TouchKeyboard::Auto;
        QString neutralText;
        QKeySequence adminChord = KioskConfig::defaultAdminChord();
        QString adminPinHash;
    };

    KioskController(MainWindow &window, Settings settings, QObject *parent = nullptr);
    ~KioskController() override;

    /// Shift presses that count as one quick exit, and the time they must fall within.
    static constexpr int quickExitPresses = 3;
    static constexpr std::chrono::milliseconds quickExitWindow = std::chrono::seconds(4);
    /// Wrong PINs in a row before the PIN is not even checked for a while.
    static constexpr int pinTries = 5;
    static constexpr std::chrono::milliseconds pinLockout = std::chrono::seconds(60);

    void quickExit();
    /// Back to a fresh start for the next visitor: the window's session, the kiosk's own
    /// screens and the clipboard.
    void wipe();

    IdleOverlay *idleOverlay() const { return m_idle; }
    NeutralScreen *neutralScreen() const { return m_neutral; }
    TouchKeyboard *touchKeyboard() const { return m_keyboard; }
    AdminPinDialog *adminPinDialog() const { return m_admin; }
    bool idleTimerActive() const { return m_idleTimer.isActive(); }

Q_SIGNALS:
    void sessionWiped();
    /// The administrator typed the right PIN; the application quits next.
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isLockdownKey(const QKeyEvent &event) const;
    bool isAdminChord(const QKeyEvent &event) const;
    void noteInput();
    void trackShift(const QEvent &event);
    void onIdle();
    void onPinEntered(const QString &pin);
    void showNeutral();

    MainWindow &m_window;
    const Settings m_settings;
    QTimer m_idleTimer;
    IdleOverlay *m_idle;
    NeutralScreen *m_neutral;
    AdminPinDialog *m_admin;
    TouchKeyboard *m_keyboard;
    bool m_unlocked = false;
    int m_wrongPins = 0;
    QElapsedTimer m_pinLockedSince;
    QString m_windowTitle; ///< the window's own title while the neutral screen has replaced it

    // Shift on its own: pressed with no other key or click before its release.
    bool m_shiftDown = false;
    bool m_shiftAlone = false;
    int m_shiftCount = 0;
    QElapsedTimer m_firstShift;
};

} // namespace meldpunt
