#pragma once

#include "QuickExitDetector.h"

#include <QObject>

class QKeyEvent;

namespace meldpunt {

/// Quick exit from the keyboard, anywhere in the application: says triggered() when
/// - Shift was pressed on its own three times (the application's real key presses, releases
///   and clicks go to a QuickExitDetector), or
/// - the quick-exit key of its own, F12, was pressed: once per press, whatever the modifiers.
///   A single key that nearly every keyboard with a row of function keys has (laptops too),
///   that nothing in the app or a kiosk uses, away from the letters so that typing does not
///   hit it; not Escape, which goes back a page (pressed twice it must not wipe the session),
///   and not Pause, which most laptops lack.
/// It takes the quick-exit key's own events (no widget or shortcut gets them); every other
/// event goes on.
///
///     F12 pressed             => triggered()
///     Shift, Shift, Shift     => triggered()
///     Shift+A, Shift, Shift   => nothing (a capital is no Shift on its own)
class QuickExitKeys : public QObject
{
    Q_OBJECT

public:
    explicit QuickExitKeys(MonotonicClock clock = steadyNow, QObject *parent = nullptr);
    ~QuickExitKeys() override;

    static constexpr Qt::Key exitKey = Qt::Key_F12;

    void reset()
    {
        m_detector.reset();
        m_exitKeyDown = false;
    }

Q_SIGNALS:
    /// eventTime: when the key that completed it went (the exit key down, the third Shift
    /// up; QInputEvent::timestamp(), 0 when not known): input from before it is not the
    /// visitor's answer to the neutral screen.
    void triggered(quint64 eventTime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The quick-exit key's events: triggers once per press; true when the event is taken.
    bool exitKeyEvent(QKeyEvent &key);

    QuickExitDetector m_detector;
    bool m_exitKeyDown = false; ///< one press of the exit key, seen as override, press and by parents
};

} // namespace meldpunt
