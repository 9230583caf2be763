#include "QuickExitKeys.h"

#include <QApplication>
#include <QKeyEvent>

namespace meldpunt {

QuickExitKeys::QuickExitKeys(MonotonicClock clock, QObject *parent)
    : QObject(parent)
    , m_detector(std::move(clock))
{
    qApp->installEventFilter(this);
}

QuickExitKeys::~QuickExitKeys()
{
    qApp->removeEventFilter(this);
}

bool QuickExitKeys::eventFilter(QObject *watched, QEvent *event)
{
    // A key that a shortcut takes (Escape, Back) never arrives as KeyPress: the shortcut
    // map's ShortcutOverride is the only trace of it. One event may pass this filter more
    // than once (widget, parents); the detector's steps are idempotent for that.
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        const auto &key = static_cast<const QKeyEvent &>(*event);
        if (key.isAutoRepeat() || (event->type() != QEvent::ShortcutOverride && !event->spontaneous()))
            break;
        const bool isShift = key.key() == Qt::Key_Shift;
        if (event->type() != QEvent::KeyRelease)
            m_detector.keyDown(isShift);
        else if (m_detector.keyUp(isShift))
            Q_EMIT triggered();
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        if (event->spontaneous())
            m_detector.pointerPressed();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace meldpunt
