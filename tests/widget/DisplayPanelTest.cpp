// The header's Display panel (text size, high contrast): opened by touch and by keyboard,
// closed by Escape, a tap outside and its Close button, keyboard-only use inside it, touch
// targets, and the kiosk's rules: no window of its own (so no title), lockdown keys, the idle
// wipe and quick exit close it.

#include "DisplayChoices.h"
#include "DisplayPanel.h"
#include "IdleOverlay.h"
#include "KioskController.h"
#include "MainWindow.h"
#include "NeutralScreen.h"
#include "TestSupport.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <memory>

using namespace meldpunt;
using namespace std::chrono_literals;

namespace {

struct Kiosk
{
    explicit Kiosk(std::chrono::milliseconds idle = std::chrono::hours(1))
        : window(test::builtInContent(), { QStringLiteral("nl"), true, {} })
    {
        KioskController::Settings settings;
        settings.idle.timeout = idle;
        settings.idle.countdownSeconds = 1;
        settings.idle.countdownStep = 200ms;
        controller = std::make_unique<KioskController>(window, settings);
        window.resize(1024, 600);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    DisplayPanel &panel() { return *window.displayPanel(); }

    MainWindow window;
    std::unique_ptr<KioskController> controller;
};

QRect inWindow(QWidget *widget, QWidget *window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

} // namespace

TEST_CASE("Display panel: a tap on Display opens it under the button, inside the window, with touch targets of 48 px")
{
    Kiosk kiosk;
    for (const char *size : { "textSize_normal", "textSize_larger" }) {
        test::chooseDisplay(kiosk.window, QString::fromLatin1(size));
        DisplayPanel &panel = test::openDisplayPanel(kiosk.window);
        INFO(size);
        CHECK_FALSE(panel.isWindow());
        const QRect box = inWindow(panel.panel(), &kiosk.window);
        CHECK(kiosk.window.rect().contains(box));
        CHECK(box.top() >= inWindow(kiosk.window.displayButton(), &kiosk.window).bottom());
        for (QAbstractButton *button : panel.buttons()) {
            INFO(button->objectName().toStdString());
            CHECK(button->isVisible());
            CHECK(button->width() >= 48);
            CHECK(button->height() >= 48);
            CHECK(panel.panel()->rect().contains(button->geometry()));
            CHECK_FALSE(button->accessibleName().isEmpty());
        }
        // The focus is on the text size in force, for a keyboard user.
        CHECK(QApplication::focusWidget() == test::displayChoice(kiosk.window, QString::fromLatin1(size)));
        QTest::mouseClick(test::displayChoice(kiosk.window, QStringLiteral("displayClose")), Qt::LeftButton);
        CHECK_FALSE(panel.isOpen());
        CHECK(QApplication::focusWidget() == kiosk.window.displayButton());
    }
}

TEST_CASE("Display panel: the choices apply at once and the panel stays open to compare them")
{
    Kiosk kiosk;
    DisplayPanel &panel = test::openDisplayPanel(kiosk.window);
    QTest::mouseClick(test::displayChoice(kiosk.window, QStringLiteral("textSize_large")), Qt::LeftButton);
    CHECK(kiosk.window.theme().textSize == Theme::TextSize::Large);
    CHECK(panel.isOpen());
    QTest::mouseClick(test::displayChoice(kiosk.window, QStringLiteral("contrastButton")), Qt::LeftButton);
    CHECK(kiosk.window.theme().highContrast);
    CHECK(test::displayChoice(kiosk.window, QStringLiteral("contrastButton"))->isChecked());
    CHECK(test::displayChoice(kiosk.window, QStringLiteral("textSize_large"))->isChecked());
    // Settled at the new size (the panel follows its layout's new size hint a little
    // later), it is still under its button and inside the window.
    const auto settled = [&] {
        const QRect box = inWindow(panel.panel(), &kiosk.window);
        return panel.panel()->height() == panel.panel()->sizeHint().height()
            && box.top() >= inWindow(kiosk.window.displayButton(), &kiosk.window).bottom()
            && kiosk.window.rect().contains(box);
    };
    CHECK(QTest::qWaitFor(settled, 10000));
}

TEST_CASE("Display panel: keyboard only, Tab and Shift+Tab stay inside, Space chooses, Escape closes")
{
    Kiosk kiosk;
    // Reach Display with Tab from the search field's row, as a keyboard user does.
    kiosk.window.displayButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(kiosk.window.displayButton(), Qt::Key_Space);
    DisplayPanel &panel = kiosk.panel();
    REQUIRE(panel.isOpen());
    const QList<QAbstractButton *> stops = panel.buttons();
    CHECK(QApplication::focusWidget() == stops.first()); // normal text, the one in force
    for (qsizetype i = 1; i <= stops.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == stops[i % stops.size()]);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == stops.last());
    // High contrast with Space.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    REQUIRE(QApplication::focusWidget()->objectName() == u"contrastButton");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(kiosk.window.theme().highContrast);
    // Escape closes the panel, and only the panel: the page stays where it is.
    kiosk.window.openEntry(QStringLiteral("hulp-slachtoffers"));
    const int depth = kiosk.window.historyDepth();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(panel.isOpen());
    CHECK(kiosk.window.historyDepth() == depth);
    CHECK(kiosk.window.currentPage()->objectName() == u"answerPage");
    CHECK(QApplication::focusWidget() == kiosk.window.displayButton());
    // Enter opens it too.
    QTest::keyClick(kiosk.window.displayButton(), Qt::Key_Return);
    CHECK(panel.isOpen());
}

TEST_CASE("Display panel: a tap outside closes it and does nothing else")
{
    Kiosk kiosk;
    DisplayPanel &panel = test::openDisplayPanel(kiosk.window);
    // On the panel's own background: it stays.
    QTest::mouseClick(&panel, Qt::LeftButton, {}, panel.panel()->geometry().topLeft() + QPoint(4, 4));
    CHECK(panel.isOpen());
    // On a language button under the layer: the panel closes, the language stays.
    QWidget *english = kiosk.window.findChild<QWidget *>(QStringLiteral("language_en"));
    QTest::mouseClick(&panel, Qt::LeftButton, {}, english->mapTo(&kiosk.window, english->rect().center()));
    CHECK_FALSE(panel.isOpen());
    CHECK(kiosk.window.language() == u"nl");
    // A tap on Display while it is open closes it (the button is under the layer).
    test::openDisplayPanel(kiosk.window);
    QWidget *display = kiosk.window.displayButton();
    QTest::mouseClick(&panel, Qt::LeftButton, {}, display->mapTo(&kiosk.window, display->rect().center()));
    CHECK_FALSE(panel.isOpen());
}

TEST_CASE("Display panel in kiosk mode: no window or title of its own, the lockdown holds, no context menu")
{
    Kiosk kiosk;
    const QWidgetList before = QApplication::topLevelWidgets();
    const QString title = kiosk.window.windowTitle();
    DisplayPanel &panel = test::openDisplayPanel(kiosk.window);
    // Inside the window: nothing new for a window manager, a task switcher or a screen
    // reader's window list, and no title that could name the topic.
    CHECK_FALSE(panel.isWindow());
    CHECK(panel.window() == &kiosk.window);
    CHECK(panel.windowTitle().isEmpty());
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (!before.contains(widget))
            CHECK_FALSE(widget->isVisible());
    }
    CHECK(kiosk.window.windowTitle() == title);

    // The lockdown keys do nothing with the panel's focus either.
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(panel.isAncestorOf(focus));
    QTest::keyClick(focus, Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(focus, Qt::Key_W, Qt::ControlModifier);
    QTest::keyClick(focus, Qt::Key_Q, Qt::ControlModifier);
    CHECK(kiosk.window.isVisible());
    CHECK_FALSE(kiosk.window.close());
    QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(5, 5), panel.panel()->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(panel.panel(), &menu);
    CHECK_FALSE(menu.isAccepted());
    CHECK(panel.isOpen());
}

TEST_CASE("Display panel in kiosk mode: the idle warning covers it and the wipe closes it")
{
    Kiosk kiosk(300ms);
    DisplayPanel &panel = test::openDisplayPanel(kiosk.window);
    QTest::mouseClick(test::displayChoice(kiosk.window, QStringLiteral("textSize_larger")), Qt::LeftButton);
    REQUIRE(kiosk.window.theme().textSize == Theme::TextSize::Larger);
    QSignalSpy wiped(kiosk.controller.get(), &KioskController::sessionWiped);
    IdleOverlay *overlay = kiosk.controller->idleOverlay();
    REQUIRE(QTest::qWaitFor([overlay] { return overlay->isVisible(); }, 10000));
    // The warning is on top of the panel: the panel is under it in the window's stacking.
    const QList<QObject *> children = kiosk.window.children();
    CHECK(children.indexOf(overlay) > children.indexOf(&panel));
    REQUIRE(QTest::qWaitFor([&] { return wiped.count() == 1; }, 10000));
    CHECK_FALSE(panel.isOpen());
    CHECK(kiosk.window.theme().textSize == Theme::TextSize::Normal);
    CHECK(kiosk.window.searchField()->hasFocus());
}

TEST_CASE("Display panel in kiosk mode: quick exit hides it, by the button and by Shift three times")
{
    Kiosk kiosk;
    NeutralScreen *neutral = kiosk.controller->neutralScreen();
    DisplayPanel &panel = test::openDisplayPanel(kiosk.window);
    for (int i = 0; i < 3; ++i) {
        QTest::keyPress(QApplication::focusWidget(), Qt::Key_Shift);
        QTest::keyRelease(QApplication::focusWidget(), Qt::Key_Shift, Qt::ShiftModifier);
    }
    CHECK(neutral->isVisible());
    CHECK_FALSE(panel.isOpen());
    QTest::mouseClick(neutral, Qt::LeftButton, {}, QPoint(100, 100));
    REQUIRE_FALSE(neutral->isVisible());
    CHECK_FALSE(panel.isOpen()); // a fresh home, without the last visitor's panel

    test::openDisplayPanel(kiosk.window);
    Q_EMIT kiosk.window.quickExitRequested(); // what the Snel weg button says
    CHECK(neutral->isVisible());
    CHECK_FALSE(panel.isOpen());
}
