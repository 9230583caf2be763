#pragma once

#include "Overlay.h"

#include <QPointer>
#include <QTimer>

#include <chrono>

class QLabel;
class QPushButton;

namespace meldpunt {

/// "Are you still there?" over the whole window, counting down. A touch anywhere on it, or
/// its button, continues the session; when the count reaches zero it says expired().
class IdleOverlay : public Overlay
{
    Q_OBJECT

public:
    explicit IdleOverlay(QWidget *parent);

    /// Shows the overlay and counts `seconds` steps of `step` each (one second in use).
    void start(int seconds, std::chrono::milliseconds step = std::chrono::seconds(1));
    /// Hides it without a signal.
    void stop();
    /// The visitor is still there: hides it, gives the focus back, says continued().
    void continueSession();
    int secondsLeft() const { return m_left; }
    QPushButton *continueButton() const { return m_continue; }

Q_SIGNALS:
    void continued();
    void expired();

protected:
    void touched() override;
    void retranslate() override;

private:
    void tick();

    QTimer m_timer;
    QPointer<QWidget> m_focusBefore; ///< gets the focus back when the visitor continues
    int m_left = 0;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_count;
    QPushButton *m_continue;
};

} // namespace meldpunt
