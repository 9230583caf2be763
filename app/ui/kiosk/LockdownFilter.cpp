#include "LockdownFilter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace meldpunt {

LockdownFilter::LockdownFilter(QWidget &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

LockdownFilter::~LockdownFilter()
{
    qApp->removeEventFilter(this);
}

bool LockdownFilter::isLockdownKey(const QKeyEvent &event)
{
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    const int key = event.key();
    if (key == Qt::Key_F4 && (modifiers & Qt::AltModifier))
        return true;
    if ((modifiers & Qt::ControlModifier) && (key == Qt::Key_Q || key == Qt::Key_W || key == Qt::Key_F4))
        return true;
    return event.matches(QKeySequence::Quit) || event.matches(QKeySequence::Close);
}

bool LockdownFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Close:
        if (watched == &m_window && !m_unlocked) {
            event->ignore();
            return true;
        }
        break;
    case QEvent::ContextMenu:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        event->ignore();
        return true;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
        if (isLockdownKey(static_cast<const QKeyEvent &>(*event))) {
            event->accept();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace meldpunt
