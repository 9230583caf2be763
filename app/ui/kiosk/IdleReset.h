#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class QWidget;

namespace meldpunt {

class IdleOverlay;

/// Kiosk mode's idle reset: after a while without input, "Are you still there?" counts down
/// over everything in the window (panels included); any touch or key during the countdown
/// continues the session and does nothing else; at zero it says expired().
class IdleReset : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        std::chrono::milliseconds timeout = std::chrono::seconds(90);
        int countdownSeconds = 15;
        std::chrono::milliseconds countdownStep = std::chrono::seconds(1); ///< shorter in tests
    };

    IdleReset(QWidget &window, Timing timing, QObject *parent = nullptr);
    ~IdleReset() override;

    /// Nothing to count until the next input (the neutral screen shows, a session was wiped).
    void suspend();
    /// Input counts again (from the next input on).
    void resume();

    IdleOverlay *overlay() const { return m_overlay; }
    bool timerActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void expired();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Timing m_timing;
    QTimer m_timer;
    IdleOverlay *m_overlay;
    bool m_suspended = false;
};

} // namespace meldpunt
