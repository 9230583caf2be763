#pragma once

// Start to first frame, the same way for the kiosk window and for the smallest Qt Widgets
// window: a process prints the moment its first frame ended (CLOCK_MONOTONIC, ms) on a
// line of its own; its parent noted the moment it started it. The frame has ended when
// the event loop is free again after the first paint: the paint and the backing store's
// flush ran in the same delivery (an Expose or an UpdateRequest).

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>
#include <QObject>

#include <cstdio>
#include <ctime>

namespace meldpunt::bench {

inline double nowMs()
{
    timespec time {};
    clock_gettime(CLOCK_MONOTONIC, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

/// An application event filter: at the first paint, queues the report of the frame's end.
class FirstFrameReporter : public QObject
{
public:
    explicit FirstFrameReporter(bool exitAfter)
        : m_exitAfter(exitAfter)
        , m_created(nowMs())
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            const bool exitAfter = m_exitAfter;
            const double created = m_created;
            const double painting = nowMs();
            QMetaObject::invokeMethod(
                qApp,
                [exitAfter, created, painting] {
                    // Where the time went: to the QApplication (loading, linking), to the
                    // first paint (content, widgets, polish, layout), and the paint itself.
                    std::printf("application %.3f\npaint %.3f\nfirst-frame %.3f\n", created, painting, nowMs());
                    std::fflush(stdout);
                    if (exitAfter)
                        QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_exitAfter;
    double m_created;
    bool m_seen = false;
};

} // namespace meldpunt::bench
