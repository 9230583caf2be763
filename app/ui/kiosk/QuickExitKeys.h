#pragma once

#include "QuickExitDetector.h"

#include <QObject>

namespace meldpunt {

/// Feeds the application's real key presses, releases and clicks to a QuickExitDetector and
/// says triggered() when Shift was pressed on its own three times. It never takes an event.
class QuickExitKeys : public QObject
{
    Q_OBJECT

public:
    explicit QuickExitKeys(MonotonicClock clock = steadyNow, QObject *parent = nullptr);
    ~QuickExitKeys() override;

    void reset() { m_detector.reset(); }

Q_SIGNALS:
    void triggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QuickExitDetector m_detector;
};

} // namespace meldpunt
