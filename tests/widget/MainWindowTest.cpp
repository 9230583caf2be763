#include "AnswerPage.h"
#include "HandoutBasket.h"
#include "KioskController.h"
#include "MainWindow.h"
#include "SearchResultModel.h"
#include "TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace meldpunt;

namespace {

struct Window
{
    Window(const QString &language = QStringLiteral("nl"))
        : window(test::builtInContent(), { language, false, {} })
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    template<typename T>
    T *find(const QString &name)
    {
        T *widget = window.findChild<T *>(name);
        REQUIRE(widget);
        return widget;
    }

    MainWindow window;
};

} // namespace

TEST_CASE("typing shows live results, Enter opens the best answer, Escape goes back")
{
    Window w;
    auto *search = w.find<QLineEdit>(QStringLiteral("searchField"));
    CHECK(search->hasFocus());
    CHECK(w.window.currentPage()->objectName() == u"homePage");

    QTest::keyClicks(search, QStringLiteral("anon"));
    CHECK(w.window.currentPage()->objectName() == u"resultsPage");
    auto *list = w.find<QListView>(QStringLiteral("resultList"));
    REQUIRE(list->model()->rowCount() > 0);
    CHECK(list->model()->index(0, 0).data(SearchResultModel::IdRole).toString() == u"anoniem-melden");

    QTest::keyClicks(search, QStringLiteral("iem"));
    CHECK(list->model()->index(0, 0).data(SearchResultModel::IdRole).toString() == u"anoniem-melden");

    QTest::keyClick(search, Qt::Key_Return);
    CHECK(w.window.currentPage()->objectName() == u"answerPage");
    auto *answer = w.find<AnswerPage>(QStringLiteral("answerPage"));
    CHECK(answer->entryId() == u"anoniem-melden");
    // The matched word is marked in the answer.
    const QLabel *text = answer->findChild<QLabel *>(QStringLiteral("answerText"));
    REQUIRE(text);
    CHECK(text->text().contains(QStringLiteral("background-color")));

    QTest::keyClick(&w.window, Qt::Key_Escape);
    CHECK(w.window.currentPage()->objectName() == u"resultsPage");
    CHECK(search->text() == u"anoniem");

    search->clear();
    CHECK(w.window.currentPage()->objectName() == u"homePage");
}

TEST_CASE("clicking a result opens it and the back button returns")
{
    Window w;
    auto *search = w.find<QLineEdit>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("veilig thuis"));
    auto *list = w.find<QListView>(QStringLiteral("resultList"));
    REQUIRE(list->model()->rowCount() > 0);
    const QRect first = list->visualRect(list->model()->index(0, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    // The page that fits the first hit's kind: an answer, or an organisation's card.
    const bool firstIsEntry = list->model()->index(0, 0).data(SearchResultModel::KindRole).toInt()
        == int(SearchHit::Kind::Faq);
    CHECK(w.window.currentPage()->objectName() == (firstIsEntry ? u"answerPage" : u"organisationPage"));

    auto *back = w.find<QPushButton>(QStringLiteral("backButton"));
    CHECK(back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(w.window.currentPage()->objectName() == u"resultsPage");
}

TEST_CASE("a search that finds nothing says so and shows the general help")
{
    Window w;
    // Typed through the input method, as a touch keyboard or emoji picker does.
    w.find<QLineEdit>(QStringLiteral("searchField"))->insert(QStringLiteral("🙂🙂"));
    CHECK(w.window.currentPage()->objectName() == u"resultsPage");
    auto *noResults = w.find<QWidget>(QStringLiteral("noResults"));
    CHECK(noResults->isVisible());
    bool police = false;
    for (QPushButton *card : noResults->findChildren<QPushButton *>())
        police = police || card->property("organisationId").toString() == u"politie";
    CHECK(police);
}

TEST_CASE("topic tiles and organisation cards open their pages and the language switch works")
{
    Window w;
    QPushButton *tile = nullptr;
    for (QPushButton *button : w.window.findChildren<QPushButton *>(QStringLiteral("tile")))
        tile = button->property("topicId").toString() == u"hulp-en-steun" ? button : tile;
    REQUIRE(tile);
    QTest::mouseClick(tile, Qt::LeftButton);
    CHECK(w.window.currentPage()->objectName() == u"resultsPage");
    CHECK(w.find<QListView>(QStringLiteral("resultList"))->model()->rowCount() > 2);

    w.window.showHome();
    QPushButton *card = nullptr;
    for (QPushButton *button : w.window.findChildren<QPushButton *>(QStringLiteral("card")))
        card = button->property("organisationId").toString() == u"helpwanted" && button->isVisible() ? button : card;
    REQUIRE(card);
    QTest::mouseClick(card, Qt::LeftButton);
    CHECK(w.window.currentPage()->objectName() == u"organisationPage");
    CHECK(!w.window.findChildren<QLabel *>(QStringLiteral("qrCode")).isEmpty());

    QTest::mouseClick(w.find<QPushButton>(QStringLiteral("language_en")), Qt::LeftButton);
    CHECK(w.window.language() == u"en");
    CHECK(w.window.currentPage()->objectName() == u"organisationPage");
}

TEST_CASE("opening an entry by id, as --open does")
{
    Window w;
    CHECK(w.window.openId(QStringLiteral("direct-gevaar")));
    CHECK(w.window.currentPage()->objectName() == u"answerPage");
    CHECK_FALSE(w.window.openId(QStringLiteral("bestaat-niet")));
}

TEST_CASE("a counsellor collects answers and cards into a PDF handout")
{
    Window w;
    auto *add = w.find<QPushButton>(QStringLiteral("addToHandout"));
    auto *save = w.find<QPushButton>(QStringLiteral("saveHandout"));
    CHECK_FALSE(add->isVisible());
    CHECK_FALSE(save->isVisible());

    w.window.openEntry(QStringLiteral("anoniem-melden"));
    REQUIRE(add->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    w.window.openOrganisation(QStringLiteral("helpwanted"));
    CHECK_FALSE(add->isChecked());
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(save->isVisible());
    CHECK(w.window.handoutBasket()->ids() == QStringList { QStringLiteral("anoniem-melden"), QStringLiteral("helpwanted") });

    w.window.goBack();
    CHECK(add->isChecked()); // the answer is still chosen

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("h.pdf"));
    CHECK(w.window.handoutBasket()->saveTo(*test::builtInContent().language(QStringLiteral("nl")), pdf).isEmpty());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
}

TEST_CASE("kiosk mode offers no handout and no copying")
{
    MainWindow window(test::builtInContent(), { QStringLiteral("nl"), true, {} });
    CHECK(window.handoutBasket() == nullptr);
    CHECK(window.findChild<QPushButton *>(QStringLiteral("addToHandout")) == nullptr);
    window.openOrganisation(QStringLiteral("helpwanted"));
    auto *copy = window.findChild<QPushButton *>(QStringLiteral("copyContacts"));
    REQUIRE(copy);
    CHECK(copy->isHidden());
}

namespace {

/// Counts the windows that are shown: a widget shown before it has a parent is one, for a
/// moment, on the visitor's screen (and in a window list).
class ShownWindows : public QObject
{
public:
    QStringList names;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType() && static_cast<QWidget *>(watched)->isWindow())
            names << QString::fromLatin1(watched->metaObject()->className()) + u' ' + watched->objectName();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

TEST_CASE("the window opens no other window while it is built and shown, in either mode")
{
    for (const bool kiosk : { false, true }) {
        INFO((kiosk ? "kiosk" : "workstation"));
        ShownWindows shown;
        qApp->installEventFilter(&shown);
        {
            MainWindow window(test::builtInContent(), { QStringLiteral("nl"), kiosk, {} });
            // In kiosk mode with its overlays, touch keyboard and neutral screen.
            std::unique_ptr<KioskController> controller;
            if (kiosk)
                controller = std::make_unique<KioskController>(window, KioskController::Settings());
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            window.openOrganisation(QStringLiteral("politie"));
            window.searchField()->setText(QStringLiteral("anoniem"));
            QCoreApplication::processEvents();
        }
        qApp->removeEventFilter(&shown);
        INFO(shown.names.join(u", ").toStdString());
        CHECK(shown.names == QStringList { QStringLiteral("meldpunt::MainWindow mainWindow") });
    }
}

TEST_CASE("Enter presses the header's buttons and Back, as Space does")
{
    MainWindow window(test::builtInContent(), { QStringLiteral("nl"), true, {} });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();

    auto pressEnterOn = [](QWidget *button, Qt::Key key) {
        button->setFocus(Qt::TabFocusReason);
        QTest::keyClick(button, key);
    };
    window.openEntry(QStringLiteral("anoniem-melden"));
    REQUIRE(window.currentPage()->objectName() == u"answerPage");
    pressEnterOn(window.findChild<QPushButton *>(QStringLiteral("backButton")), Qt::Key_Return);
    CHECK(window.currentPage()->objectName() == u"homePage");

    auto *english = window.findChild<QPushButton *>(QStringLiteral("language_en"));
    REQUIRE(english);
    pressEnterOn(english, Qt::Key_Enter);
    CHECK(english->isChecked());

    QSignalSpy quickExit(&window, &MainWindow::quickExitRequested);
    pressEnterOn(window.quickExitButton(), Qt::Key_Return);
    CHECK(quickExit.count() == 1);
    // A held key does not press it again and again.
    QTest::sendKeyEvent(QTest::Press, window.quickExitButton(), Qt::Key_Return, QString(), Qt::NoModifier);
    QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QString(), true);
    QCoreApplication::sendEvent(window.quickExitButton(), &repeat);
    CHECK(quickExit.count() == 2);
}
