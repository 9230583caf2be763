// meldpunt-bench-label: the smallest Qt Widgets window, a QLabel, as meldpunt-ui-bench's
// yardstick for start to first frame. It links Qt Widgets only, and shows itself as the
// kiosk does (full screen, Fusion), prints when its first frame ended and exits.

#include "FirstFrame.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    meldpunt::bench::FirstFrameReporter reporter(true);
    application.installEventFilter(&reporter);
    QLabel label(QStringLiteral("Meldpunt"));
    label.showFullScreen();
    return application.exec();
}
