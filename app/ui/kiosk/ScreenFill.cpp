#include "ScreenFill.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace meldpunt {

ScreenFill::ScreenFill(QWidget &window)
    : QObject(&window)
    , m_window(window)
{
    if (!neededOn(QGuiApplication::platformName()))
        return;
    // The workstation minimum would keep the window larger than a small screen.
    m_window.setMinimumSize(0, 0);
    m_window.installEventFilter(this);
    follow(m_window.screen());
}

bool ScreenFill::neededOn(const QString &platformName)
{
    return platformName == QLatin1String("xcb");
}

bool ScreenFill::eventFilter(QObject *watched, QEvent *event)
{
    // Sent to a widget whose window moved to another screen.
    if (watched == &m_window && event->type() == QEvent::ScreenChangeInternal)
        follow(m_window.screen());
    return QObject::eventFilter(watched, event);
}

void ScreenFill::follow(QScreen *screen)
{
    if (m_screen)
        disconnect(m_screen, nullptr, this, nullptr);
    m_screen = screen;
    if (m_screen)
        connect(m_screen, &QScreen::geometryChanged, this, &ScreenFill::fill);
    fill();
}

void ScreenFill::fill()
{
    if (m_screen && m_window.geometry() != m_screen->geometry())
        m_window.setGeometry(m_screen->geometry());
}

} // namespace meldpunt
