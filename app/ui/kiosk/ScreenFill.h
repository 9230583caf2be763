#pragma once

#include <QObject>
#include <QPointer>

class QScreen;
class QWidget;

namespace meldpunt {

/// Keeps a kiosk window the size of its screen where nothing else does. On X11 full screen
/// is a request to the window manager (_NET_WM_STATE_FULLSCREEN); a terminal that runs the
/// kiosk on a bare X server has none, and the window would stay at its workstation size
/// with quick exit off screen. So on X11 the window takes its screen's geometry itself, and
/// follows the screen when it is resized or rotated (xrandr) or the window moves to another.
/// A window manager that honours full screen gives the same geometry, so nothing changes
/// there. Wayland compositors (cage) size a full-screen surface themselves and other
/// platforms have no bare mode: there it does nothing.
///   ScreenFill fill(window); window.showFullScreen();
///   bare Xvfb 1024x768 => window geometry 0,0 1024x768 (not 1280x900)
class ScreenFill : public QObject
{
    Q_OBJECT

public:
    explicit ScreenFill(QWidget &window);

    /// Whether this platform needs it: true for "xcb" only.
    static bool neededOn(const QString &platformName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QScreen *screen);
    void fill();

    QWidget &m_window;
    QPointer<QScreen> m_screen;
};

} // namespace meldpunt
