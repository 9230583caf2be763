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
        if (static_cast<const QKeyEvent *>(event)->key() == exitKey)
            return exitKeyEvent(static_cast<QKeyEvent &>(*event));
        const auto &key = static_cast<const QKeyEvent &>(*event);
        if (key.isAutoRepeat() || (event->type() != QEvent::ShortcutOverride && !event->spontaneous()))
            break;
        const bool isShift = key.key() == Qt::Key_Shift;
        // By the time the visitor pressed it: the platform may deliver late and out of order.
        if (event->type() != QEvent::KeyRelease)
            m_detector.keyDown(isShift, key.timestamp());
        else if (m_detector.keyUp(isShift, key.timestamp()))
            Q_EMIT triggered(key.timestamp());
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        if (event->spontaneous())
            m_detector.pointerPressed(static_cast<const QInputEvent &>(*event).timestamp());
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool QuickExitKeys::exitKeyEvent(QKeyEvent &key)
{
    // A press arrives as ShortcutOverride, then KeyPress, each maybe at the widget and its
    // parents: the first of them triggers, the release ends the press.
    if (key.type() == QEvent::KeyRelease) {
        if (!key.isAutoRepeat())
            m_exitKeyDown = false;
    } else if (!key.isAutoRepeat() && !m_exitKeyDown
               && (key.type() == QEvent::ShortcutOverride || key.spontaneous())) {
        m_exitKeyDown = true;
        m_detector.reset();
        Q_EMIT triggered(key.timestamp());
    }
    // Nothing else acts on the quick-exit key, no shortcut and no widget.
    key.accept();
    return true;
}

} // namespace meldpunt
