#include "FocusRing.h"
#include "MainWindow.h"
#include "SearchResultModel.h"
#include "TestSupport.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QColor>
#include <QLineEdit>
#include <QListView>
#include <QTest>

#include <cmath>

using namespace meldpunt;

namespace {

double luminance(const QColor &colour)
{
    auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrastRatio(const QString &a, const QString &b)
{
    const double la = luminance(QColor(a));
    const double lb = luminance(QColor(b));
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// Every control a visitor can reach on the window's current page.
QList<QWidget *> visibleControls(QWidget &window)
{
    QList<QWidget *> controls;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) || qobject_cast<QListView *>(widget))
            controls << widget;
    }
    return controls;
}

void checkControls(MainWindow &window)
{
    const QList<QWidget *> controls = visibleControls(window);
    REQUIRE(!controls.isEmpty());
    for (QWidget *control : controls) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        REQUIRE(accessible);
        INFO(control->metaObject()->className() << " " << control->objectName().toStdString());
        CHECK(!accessible->text(QAccessible::Name).trimmed().isEmpty());
        CHECK(control->focusPolicy() != Qt::NoFocus);
        if (qobject_cast<QAbstractButton *>(control)) {
            CHECK(control->height() >= 48); // touch targets
            CHECK(control->width() >= 48);
        }
    }
}

} // namespace

TEST_CASE("every text colour meets WCAG AA contrast, in both themes")
{
    for (bool highContrast : { false, true }) {
        Theme theme;
        theme.highContrast = highContrast;
        for (const Theme::ColourPair &pair : theme.colourPairs()) {
            INFO(pair.use << ": " << pair.foreground.toStdString() << " on " << pair.background.toStdString());
            CHECK(contrastRatio(pair.foreground, pair.background) >= (highContrast ? 7.0 : 4.5));
        }
    }
}

TEST_CASE("every control has an accessible name, takes focus and is a large enough touch target")
{
    MainWindow window(test::builtInContent(), { QStringLiteral("nl"), false, {} });
    window.resize(1280, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    SECTION("home") { checkControls(window); }
    SECTION("results") {
        QTest::keyClicks(window.searchField(), QStringLiteral("politie"));
        checkControls(window);
    }
    SECTION("an answer") {
        window.openEntry(QStringLiteral("hulp-slachtoffers"));
        checkControls(window);
    }
    SECTION("an organisation") {
        window.openOrganisation(QStringLiteral("politie"));
        checkControls(window);
    }
    SECTION("larger text in high contrast") {
        window.setTextSize(Theme::TextSize::Larger);
        window.setHighContrast(true);
        checkControls(window);
    }
}

TEST_CASE("everything works with the keyboard alone")
{
    MainWindow window(test::builtInContent(), { QStringLiteral("nl"), false, {} });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClicks(window.searchField(), QStringLiteral("veilig thuis"));
    QTest::keyClick(window.searchField(), Qt::Key_Down);
    QWidget *list = QApplication::focusWidget();
    REQUIRE(qobject_cast<QListView *>(list));
    QTest::keyClick(list, Qt::Key_Return);
    const bool firstIsEntry = static_cast<QListView *>(list)->model()->index(0, 0).data(SearchResultModel::KindRole).toInt()
        == int(SearchHit::Kind::Faq);
    CHECK(window.currentPage()->objectName() == (firstIsEntry ? u"answerPage" : u"organisationPage"));
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    CHECK(window.currentPage()->objectName() == u"resultsPage");

    // Tab reaches the topic tiles from the search field on home.
    window.showHome();
    window.searchField()->setFocus();
    bool reachedTile = false;
    for (int i = 0; i < 30 && !reachedTile; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reachedTile = QApplication::focusWidget() && QApplication::focusWidget()->objectName() == u"tile";
    }
    REQUIRE(reachedTile);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(window.currentPage()->objectName() == u"resultsPage");
}

TEST_CASE("Enter and Space open tiles and cards alike")
{
    MainWindow window(test::builtInContent(), { QStringLiteral("nl"), false, {} });
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    for (Qt::Key key : { Qt::Key_Return, Qt::Key_Enter, Qt::Key_Space }) {
        INFO(int(key));
        window.showHome();
        auto visible = [&window](const QString &name) -> QAbstractButton * {
            for (QAbstractButton *button : window.findChildren<QAbstractButton *>(name)) {
                if (button->isVisible())
                    return button;
            }
            return nullptr;
        };
        QAbstractButton *tile = visible(QStringLiteral("tile"));
        REQUIRE(tile);
        tile->setFocus();
        QTest::keyClick(tile, key, key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
        CHECK(window.currentPage()->objectName() == u"resultsPage");
        window.showHome();
        QAbstractButton *card = visible(QStringLiteral("card"));
        REQUIRE(card);
        card->setFocus();
        QTest::keyClick(card, key, key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
        CHECK(window.currentPage()->objectName() == u"organisationPage");
    }
}

TEST_CASE("every Tab stop is a visible control with a name, and the focus ring shows around it")
{
    MainWindow window(test::builtInContent(), { QStringLiteral("nl"), false, {} });
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    for (const QString &id : { QString(), QStringLiteral("hulp-slachtoffers"), QStringLiteral("helpwanted") }) {
        if (!id.isEmpty())
            window.openId(id);
        window.searchField()->setFocus();
        QWidget *start = QApplication::focusWidget();
        REQUIRE(start);
        for (int i = 0; i < 80; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            REQUIRE(focus);
            if (focus == start)
                break;
            INFO(id.toStdString() << " stop " << i << ": " << focus->metaObject()->className() << " "
                                  << focus->objectName().toStdString());
            CHECK(focus->isVisible());
            CHECK(focus->width() > 0);
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(focus);
            REQUIRE(accessible);
            CHECK_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty());
            FocusRing *ring = FocusRing::current();
            REQUIRE(ring);
            CHECK(ring->target() == focus);
        }
    }
}
