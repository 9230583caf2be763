#pragma once

#include "PinAttemptLimiter.h"

#include <QKeySequence>
#include <QObject>

class QWidget;

namespace meldpunt {

class AdminPinDialog;

/// How the administrator leaves the kiosk: the admin chord opens the PIN panel, the PIN is
/// checked against its salted hash, and guessing is slowed down (PinAttemptLimiter).
/// Escape closes the panel before the window's own Escape ("back") can take it.
class AdminExit : public QObject
{
    Q_OBJECT

public:
    AdminExit(QWidget &window, QKeySequence chord, QString pinHash, MonotonicClock clock = steadyNow,
              QObject *parent = nullptr);
    ~AdminExit() override;

    AdminPinDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    /// The PIN was right; the application quits next.
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check(const QString &pin);

    const QKeySequence m_chord;
    const QString m_pinHash;
    PinAttemptLimiter m_limiter;
    AdminPinDialog *m_dialog;
};

} // namespace meldpunt
