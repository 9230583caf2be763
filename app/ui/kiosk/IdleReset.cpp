#include "IdleReset.h"

#include "IdleOverlay.h"

#include <QApplication>
#include <QKeyEvent>

namespace meldpunt {

namespace {

/// What a visitor does, as opposed to what the program does to itself.
bool isVisitorInput(const QEvent &event)
{
    switch (event.type()) {
    case QEvent::ShortcutOverride: // a key a shortcut takes never arrives as KeyPress
        return true;
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return event.spontaneous();
    default:
        return false;
    }
}

} // namespace

IdleReset::IdleReset(QWidget &window, Timing timing, QObject *parent)
    : QObject(parent)
    , m_timing(timing)
    , m_overlay(new IdleOverlay(&window))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_timing.timeout);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { m_overlay->start(m_timing.countdownSeconds, m_timing.countdownStep); });
    connect(m_overlay, &IdleOverlay::continued, this, [this] { m_timer.start(); });
    connect(m_overlay, &IdleOverlay::expired, this, &IdleReset::expired);
    qApp->installEventFilter(this);
}

IdleReset::~IdleReset()
{
    qApp->removeEventFilter(this);
}

void IdleReset::suspend()
{
    m_suspended = true;
    m_timer.stop();
    m_overlay->stop();
}

void IdleReset::resume()
{
    m_suspended = false;
}

bool IdleReset::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_suspended && isVisitorInput(*event)) {
        if (m_overlay->isVisible()) {
            // Continues the session, and does nothing else; a mouse that merely moves does not.
            if (event->type() != QEvent::MouseMove) {
                m_overlay->continueSession(); // says continued(): the timer starts again
                return true;
            }
        } else {
            m_timer.start();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace meldpunt
