// Touch as people touch, on the window: every scrolling view has kinetic scrolling (a touch
// screen's swipe everywhere, a pointer drag in kiosk mode too) and a scroll bar a finger can
// grab. Drags themselves are sent by tests/system/touch-drag.py under a real X server: the
// offscreen platform's synthetic mouse moves do not drive QScroller's gesture, so a drag test
// here could only pass by scrolling nothing.
#include "KineticScroll.h"
#include "KioskController.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QAbstractScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QTest>

#include <memory>

using namespace meldpunt;

TEST_CASE("touch: every scrolling view scrolls by a finger, and a pointer drag in kiosk mode; its scroll bar is a finger's target")
{
    for (const bool kiosk : { true, false }) {
        INFO((kiosk ? "kiosk" : "workstation"));
        MainWindow window(test::builtInContent(), { QStringLiteral("nl"), kiosk, {} });
        std::unique_ptr<KioskController> controller;
        if (kiosk)
            controller = std::make_unique<KioskController>(window, KioskController::Settings());
        window.resize(1024, 600);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const auto views = window.centralWidget()->findChildren<QAbstractScrollArea *>();
        // Home, results, an answer and a card.
        CHECK(views.size() >= 4);
        for (QAbstractScrollArea *view : views) {
            INFO(view->objectName().toStdString() << " in " << view->parentWidget()->objectName().toStdString());
            REQUIRE(QScroller::hasScroller(view->viewport()));
            // A gesture grabbed on the view: the pointer's in kiosk mode, a touch screen's elsewhere.
            const Qt::GestureType gesture = QScroller::grabbedGesture(view->viewport());
            CHECK(gesture != Qt::GestureType(0));
            CHECK(view->verticalScrollBar()->sizeHint().width() >= KineticScroll::touchBarWidth);
            CHECK(view->verticalScrollBar()->width() >= KineticScroll::touchBarWidth);
        }
    }
}
