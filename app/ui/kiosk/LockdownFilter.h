#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

namespace meldpunt {

/// Kiosk mode's lockdown, as a filter on the application's events: closing the window,
/// Alt+F4, Ctrl+Q, Ctrl+W, context menus and drag and drop do nothing, until the
/// administrator has unlocked the kiosk.
class LockdownFilter : public QObject
{
    Q_OBJECT

public:
    LockdownFilter(QWidget &window, QObject *parent = nullptr);
    ~LockdownFilter() override;

    /// The administrator's PIN was right: the window may close.
    void unlock() { m_unlocked = true; }

    static bool isLockdownKey(const QKeyEvent &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget &m_window;
    bool m_unlocked = false;
};

} // namespace meldpunt
