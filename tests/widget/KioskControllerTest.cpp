#include "AdminPinDialog.h"
#include "AnswerPage.h"
#include "ContentLoader.h"
#include "DisplayChoices.h"
#include "IdleOverlay.h"
#include "KioskController.h"
#include "MainWindow.h"
#include "NeutralScreen.h"
#include "PinAttemptLimiter.h"
#include "PinHash.h"
#include "SearchResultModel.h"
#include "TestSupport.h"
#include "TouchKeyboard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QListView>
#include <QPointingDevice>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>
#include <QtTest/qtestspontaneevent.h>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolButton>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace meldpunt;
using namespace std::chrono_literals;

namespace {

KioskController::Settings fastSettings()
{
    KioskController::Settings settings;
    // The idle timeout short enough that no test waits long for it; the countdown long
    // enough (3 s) that a loaded machine cannot show and expire it within one wait.
    settings.idle.timeout = 300ms;
    settings.idle.countdownSeconds = 3;
    settings.idle.countdownStep = 1s;
    return settings;
}

struct Kiosk
{
    explicit Kiosk(KioskController::Settings settings = fastSettings())
        : window(test::builtInContent(), { QStringLiteral("nl"), true, {} })
        , controller(std::make_unique<KioskController>(window, std::move(settings)))
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    QLineEdit *search() const { return window.searchField(); }
    QString page() const { return window.currentPage()->objectName(); }

    MainWindow window;
    std::unique_ptr<KioskController> controller;
};

void pressShiftAlone(QWidget *widget)
{
    QTest::keyPress(widget, Qt::Key_Shift);
    QTest::keyRelease(widget, Qt::Key_Shift, Qt::ShiftModifier);
}

/// Input as the platform hands it over, with its own time (QInputEvent::timestamp()).
void keyAt(QWidget *widget, QEvent::Type type, Qt::Key key, quint64 time, Qt::KeyboardModifiers modifiers = {})
{
    QKeyEvent event(type, key, modifiers);
    event.setTimestamp(time);
    QSpontaneKeyEvent::setSpontaneous(&event);
    QApplication::instance()->notify(widget, &event);
}

void clickAt(QWidget *widget, quint64 time)
{
    const QPointF point(widget->width() / 2.0, widget->height() / 2.0);
    for (const QEvent::Type type : { QEvent::MouseButtonPress, QEvent::MouseButtonRelease }) {
        QMouseEvent event(type, point, widget->mapToGlobal(point), Qt::LeftButton,
                          type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
        event.setTimestamp(time);
        QSpontaneKeyEvent::setSpontaneous(&event);
        QApplication::instance()->notify(widget, &event);
    }
}

/// A QTRY-style wait with a generous bound: it returns as soon as the condition holds.
bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 10000);
}

/// Every text that the window's widgets and models hold, shown or not.
QStringList everyText(QWidget *root)
{
    QStringList texts;
    auto addRich = [&texts](const QString &text) {
        texts << text;
        if (Qt::mightBeRichText(text))
            texts << QTextDocumentFragment::fromHtml(text).toPlainText();
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        texts << widget->windowTitle() << widget->accessibleName() << widget->accessibleDescription()
              << widget->toolTip() << widget->statusTip() << widget->whatsThis();
        if (auto *label = qobject_cast<QLabel *>(widget))
            addRich(label->text());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->text() << edit->displayText();
        if (auto *edit = qobject_cast<QTextEdit *>(widget))
            texts << edit->toPlainText();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
    }
    QList<QAbstractItemModel *> models = root->findChildren<QAbstractItemModel *>();
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>())
        models << view->model();
    for (QAbstractItemModel *model : models) {
        for (int row = 0; model && row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                                  int(SearchResultModel::IdRole), int(SearchResultModel::SnippetRole) })
                    texts << index.data(role).toString();
            }
        }
    }
    return texts;
}

/// The texts that contain `needle`, case folded.
QStringList holding(const QStringList &texts, const QString &needle)
{
    QStringList found;
    for (const QString &text : texts) {
        if (text.contains(needle, Qt::CaseInsensitive))
            found << text.left(120);
    }
    return found;
}

} // namespace

TEST_CASE("kiosk lockdown: closing the window, Alt+F4, Ctrl+Q and Ctrl+W do nothing")
{
    Kiosk kiosk;
    int fired = 0;
    for (const QKeySequence &sequence : { QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence(Qt::CTRL | Qt::Key_W),
                                          QKeySequence(Qt::ALT | Qt::Key_F4) }) {
        auto *shortcut = new QShortcut(sequence, &kiosk.window);
        QObject::connect(shortcut, &QShortcut::activated, [&fired] { ++fired; });
    }
    int control = 0;
    auto *other = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), &kiosk.window);
    QObject::connect(other, &QShortcut::activated, [&control] { ++control; });

    QTest::keyClick(kiosk.search(), Qt::Key_Q, Qt::ControlModifier);
    QTest::keyClick(kiosk.search(), Qt::Key_W, Qt::ControlModifier);
    QTest::keyClick(kiosk.search(), Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(kiosk.search(), Qt::Key_K, Qt::ControlModifier);
    CHECK(fired == 0);
    CHECK(control == 1); // shortcuts work here: the three above were swallowed

    CHECK_FALSE(kiosk.window.close());
    CHECK(kiosk.window.isVisible());

    // Without the controller the same keys get through: the test can tell.
    kiosk.controller.reset();
    QTest::keyClick(kiosk.search(), Qt::Key_Q, Qt::ControlModifier);
    CHECK(fired == 1);
}

TEST_CASE("kiosk lockdown: no context menu, nothing dropped in")
{
    Kiosk kiosk;
    QWidget *page = kiosk.window.currentPage();
    page->setContextMenuPolicy(Qt::CustomContextMenu);
    QSignalSpy menus(page, &QWidget::customContextMenuRequested);
    auto requestMenu = [page] {
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(10, 10), page->mapToGlobal(QPoint(10, 10)));
        QCoreApplication::sendEvent(page, &event);
    };
    auto dragInto = [&kiosk] {
        QMimeData data;
        data.setText(QStringLiteral("dropped"));
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(kiosk.search(), &enter);
        return enter.isAccepted();
    };
    requestMenu();
    CHECK(menus.count() == 0);
    CHECK_FALSE(dragInto());

    kiosk.controller.reset();
    requestMenu();
    CHECK(menus.count() == 1);
    CHECK(dragInto());
}

TEST_CASE("kiosk idle: the countdown appears after the timeout and a touch continues the session")
{
    Kiosk kiosk;
    CHECK_FALSE(kiosk.controller->idleTimerActive()); // nobody has touched it yet
    QTest::keyClicks(kiosk.search(), QStringLiteral("anoniem"));
    QTest::keyClick(kiosk.search(), Qt::Key_Return);
    REQUIRE(kiosk.page() == u"answerPage");
    CHECK(kiosk.controller->idleTimerActive());

    IdleOverlay *overlay = kiosk.controller->idleOverlay();
    REQUIRE(waitFor([overlay] { return overlay->isVisible(); }));
    CHECK(overlay->geometry() == kiosk.window.rect());
    CHECK(overlay->findChild<QLabel *>(QStringLiteral("overlayTitle"))->text() == u"Ben je er nog?");
    const int left = overlay->secondsLeft();
    CHECK(left >= 1);
    CHECK(left <= 3);

    QTest::mouseClick(overlay, Qt::LeftButton, {}, QPoint(20, 20));
    CHECK_FALSE(overlay->isVisible());
    CHECK(kiosk.page() == u"answerPage");
    CHECK(kiosk.search()->text() == u"anoniem");
    CHECK(kiosk.controller->idleTimerActive());
}

TEST_CASE("kiosk idle: continuing gives the focus back to the search field, and the touch keyboard returns")
{
    Kiosk kiosk;
    QTest::mouseClick(kiosk.controller->touchKeyboard()->key(QStringLiteral("m")), Qt::LeftButton);
    REQUIRE(kiosk.search()->text() == u"m");
    IdleOverlay *overlay = kiosk.controller->idleOverlay();
    REQUIRE(waitFor([overlay] { return overlay->isVisible(); }));
    CHECK_FALSE(kiosk.search()->hasFocus());
    QTest::mouseClick(overlay->continueButton(), Qt::LeftButton);
    CHECK_FALSE(overlay->isVisible());
    CHECK(kiosk.search()->hasFocus());
    CHECK(kiosk.controller->touchKeyboard()->isVisible());
    CHECK(kiosk.controller->idleTimerActive());
}

TEST_CASE("kiosk wipe: the administrator's text size and contrast are the defaults it returns to")
{
    MainWindow window(test::builtInContent(),
                      { QStringLiteral("en"), true, Theme { Theme::TextSize::Large, true } });
    KioskController controller(window, fastSettings());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.theme().textSize == Theme::TextSize::Large);
    CHECK(window.findChild<QPushButton *>(QStringLiteral("textSize_large"))->isChecked());
    CHECK(window.findChild<QPushButton *>(QStringLiteral("contrastButton"))->isChecked());

    test::chooseDisplay(window, QStringLiteral("textSize_normal"));
    test::chooseDisplay(window, QStringLiteral("contrastButton"));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("language_nl")), Qt::LeftButton);
    REQUIRE(window.theme().textSize == Theme::TextSize::Normal);
    REQUIRE_FALSE(window.theme().highContrast);

    controller.wipe();
    CHECK(window.theme().textSize == Theme::TextSize::Large);
    CHECK(window.theme().highContrast);
    CHECK(window.language() == u"en");
    CHECK(window.findChild<QPushButton *>(QStringLiteral("textSize_large"))->isChecked());
    CHECK(window.findChild<QPushButton *>(QStringLiteral("contrastButton"))->isChecked());
    CHECK(qApp->styleSheet().contains(QStringLiteral("#ffd60a"))); // the high-contrast palette
}

TEST_CASE("kiosk idle: after the countdown the session is wiped and nothing of it is left in any widget")
{
    Kiosk kiosk;
    const QString query = QStringLiteral("groepsapp");
    // The precondition that makes the final check mean something.
    REQUIRE(holding(everyText(&kiosk.window), query).isEmpty());

    QTest::keyClicks(kiosk.search(), query);
    QTest::keyClick(kiosk.search(), Qt::Key_Return);
    REQUIRE(kiosk.page() == u"answerPage");
    const QString entryId = kiosk.window.findChild<AnswerPage *>()->entryId();
    const FaqEntry *entry = test::builtInContent().language(QStringLiteral("nl"))->entry(entryId);
    REQUIRE(entry);
    const QString answerStart = plainText(entry->answer).left(60);
    REQUIRE_FALSE(holding(everyText(&kiosk.window), entry->question).isEmpty());
    REQUIRE_FALSE(holding(everyText(&kiosk.window), answerStart).isEmpty());

    // The visitor also changed the look and language, scrolled and copied something.
    kiosk.window.findChild<AnswerPage *>()->scrollArea()->verticalScrollBar()->setValue(200);
    test::chooseDisplay(kiosk.window, QStringLiteral("textSize_larger"));
    test::chooseDisplay(kiosk.window, QStringLiteral("contrastButton"));
    QTest::mouseClick(kiosk.window.findChild<QPushButton *>(QStringLiteral("language_en")), Qt::LeftButton);
    REQUIRE(kiosk.window.language() == u"en");
    REQUIRE(kiosk.window.theme().highContrast);
    QGuiApplication::clipboard()->setText(query);

    QSignalSpy wiped(kiosk.controller.get(), &KioskController::sessionWiped);
    REQUIRE(waitFor([&] { return kiosk.controller->idleOverlay()->isVisible(); }));
    REQUIRE(waitFor([&] { return wiped.count() == 1; }));

    CHECK_FALSE(kiosk.controller->idleOverlay()->isVisible());
    CHECK(kiosk.page() == u"homePage");
    CHECK(kiosk.window.historyDepth() == 1);
    CHECK(kiosk.window.language() == u"nl");
    CHECK(kiosk.window.theme().textSize == Theme::TextSize::Normal);
    CHECK_FALSE(kiosk.window.theme().highContrast);
    CHECK(kiosk.search()->text().isEmpty());
    CHECK(kiosk.search()->hasFocus());
    CHECK_FALSE(kiosk.controller->idleTimerActive()); // nothing to count until the next visitor
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
    CHECK(kiosk.window.findChild<AnswerPage *>()->scrollArea()->verticalScrollBar()->value() == 0);
    // clear() could be undone; the wipe cannot.
    CHECK_FALSE(kiosk.search()->isUndoAvailable());
    QTest::keyClick(kiosk.search(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(kiosk.search()->text().isEmpty());

    const QStringList texts = everyText(&kiosk.window);
    CHECK(holding(texts, query) == QStringList());
    CHECK(holding(texts, entryId) == QStringList());
    // The entry was shown in both languages.
    for (const QString &code : { QStringLiteral("nl"), QStringLiteral("en") }) {
        const FaqEntry *shown = test::builtInContent().language(code)->entry(entryId);
        REQUIRE(shown);
        CHECK(holding(texts, shown->question) == QStringList());
        CHECK(holding(texts, plainText(shown->answer).left(60)) == QStringList());
    }
}

TEST_CASE("kiosk quick exit by the button: the neutral screen at once, the session wiped, a touch starts afresh")
{
    Kiosk kiosk;
    QTest::keyClicks(kiosk.search(), QStringLiteral("anoniem"));
    QTest::keyClick(kiosk.search(), Qt::Key_Return);
    REQUIRE(kiosk.page() == u"answerPage");
    QPushButton *button = kiosk.window.quickExitButton();
    REQUIRE(button->isVisible());
    CHECK(button->text() == u"Snel weg");

    QTest::mouseClick(button, Qt::LeftButton);
    NeutralScreen *neutral = kiosk.controller->neutralScreen();
    CHECK(neutral->isVisible()); // at once, without waiting for anything
    CHECK(neutral->geometry() == kiosk.window.rect());
    CHECK(kiosk.page() == u"homePage");
    CHECK(kiosk.search()->text().isEmpty());
    for (const QString &word : { QStringLiteral("Meldpunt"), QStringLiteral("kinder"), QStringLiteral("porno"),
                                 QStringLiteral("112"), QStringLiteral("anoniem"), QStringLiteral("misbruik") }) {
        CHECK(holding(everyText(neutral), word) == QStringList());
        CHECK_FALSE(kiosk.window.windowTitle().contains(word, Qt::CaseInsensitive));
    }
    CHECK(neutral->text().contains(QStringLiteral("Welkom")));
    CHECK(neutral->text().contains(QTime::currentTime().toString(QStringLiteral("HH:")).left(2)));

    QTest::mouseClick(neutral, Qt::LeftButton, {}, QPoint(100, 100));
    CHECK_FALSE(neutral->isVisible());
    CHECK(kiosk.page() == u"homePage");
    CHECK(kiosk.window.windowTitle().contains(QStringLiteral("Meldpunt")));
    CHECK(kiosk.search()->hasFocus());
}

TEST_CASE("kiosk quick exit after a change of language or look: the title names nothing, even later")
{
    // The wipe returns to the default language and look; Qt delivers some of what that
    // changes later, as posted events. None of it may bring the window's own title back
    // while the neutral screen shows (a task switcher and a screen reader read it).
    Kiosk kiosk;
    QTest::mouseClick(kiosk.window.findChild<QPushButton *>(QStringLiteral("language_en")), Qt::LeftButton);
    QTest::mouseClick(kiosk.window.findChild<QPushButton *>(QStringLiteral("contrastButton")), Qt::LeftButton);
    REQUIRE(kiosk.window.language() == u"en");
    QTest::keyClicks(kiosk.search(), QStringLiteral("report"));

    // Every title the window takes on the way, not only the last: the platform shows each.
    struct TitleWatch : QObject
    {
        QStringList titles;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::WindowTitleChange)
                titles << static_cast<QWidget *>(watched)->windowTitle();
            return false;
        }
    } watch;
    kiosk.window.installEventFilter(&watch);
    QTest::mouseClick(kiosk.window.quickExitButton(), Qt::LeftButton);
    NeutralScreen *neutral = kiosk.controller->neutralScreen();
    REQUIRE(neutral->isVisible());
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QTest::qWait(5);
    }
    CHECK(neutral->isVisible());
    CHECK(kiosk.window.language() == u"nl");
    CHECK(kiosk.window.windowTitle() == neutral->accessibleName());
    CHECK_FALSE(kiosk.window.windowTitle().contains(QStringLiteral("Meldpunt")));
    INFO(watch.titles.join(u'|').toStdString());
    CHECK_FALSE(watch.titles.isEmpty());
    CHECK(watch.titles.filter(QStringLiteral("Meldpunt")).isEmpty());
    kiosk.window.removeEventFilter(&watch);

    // Dismissed: the window's own title, in the default language.
    QTest::mouseClick(neutral, Qt::LeftButton, {}, QPoint(100, 100));
    QCoreApplication::sendPostedEvents();
    CHECK(kiosk.window.windowTitle().contains(QStringLiteral("Meldpunt")));
    CHECK_FALSE(kiosk.window.windowTitle().contains(QStringLiteral("questions")));
}

TEST_CASE("kiosk quick exit: the administrator's neutral text")
{
    KioskController::Settings settings = fastSettings();
    settings.neutralText = QStringLiteral("Bibliotheek Oost\nOpeningstijden bij de balie");
    Kiosk kiosk(settings);
    Q_EMIT kiosk.window.quickExitRequested();
    CHECK(kiosk.controller->neutralScreen()->text().startsWith(settings.neutralText));
}

TEST_CASE("kiosk quick exit by Shift pressed on its own three times")
{
    Kiosk kiosk;
    QTest::keyClicks(kiosk.search(), QStringLiteral("melden"));
    NeutralScreen *neutral = kiosk.controller->neutralScreen();
    pressShiftAlone(kiosk.search());
    pressShiftAlone(kiosk.search());
    CHECK_FALSE(neutral->isVisible());
    pressShiftAlone(kiosk.search());
    CHECK(neutral->isVisible());
    CHECK(kiosk.search()->text().isEmpty());
    // The Shift key lands on the neutral screen now and does not dismiss it.
    pressShiftAlone(neutral);
    CHECK(neutral->isVisible());
}

TEST_CASE("kiosk quick exit: a click made before the Shifts but delivered late neither cancels nor dismisses it")
{
    // What the soak saw under X11: Qt's xcb plugin handed over clicks after Shifts pressed
    // after them. Judged by when it happened, such a click belongs to before the quick exit.
    Kiosk kiosk;
    QTest::keyClicks(kiosk.search(), QStringLiteral("melden"));
    NeutralScreen *neutral = kiosk.controller->neutralScreen();
    quint64 time = 50000;
    for (int press = 0; press < 3; ++press) {
        keyAt(kiosk.search(), QEvent::KeyPress, Qt::Key_Shift, time += 40);
        if (press == 1)
            clickAt(kiosk.search(), 46000); // clicked four seconds before the first Shift
        keyAt(kiosk.search(), QEvent::KeyRelease, Qt::Key_Shift, time += 40, Qt::ShiftModifier);
    }
    REQUIRE(neutral->isVisible());
    CHECK(kiosk.search()->text().isEmpty());

    // More of the same late input lands on the neutral screen: it stays.
    clickAt(neutral, 49000);
    keyAt(neutral, QEvent::KeyPress, Qt::Key_Space, 49500);
    CHECK(neutral->isVisible());
    // A touch after it dismisses it, as always.
    clickAt(neutral, time + 2000);
    CHECK_FALSE(neutral->isVisible());
}

TEST_CASE("kiosk quick exit: typing capitals, or Shift interrupted by other input, does not trigger it")
{
    Kiosk kiosk;
    NeutralScreen *neutral = kiosk.controller->neutralScreen();
    // Shift pressed and released around each capital, as a real keyboard sends it.
    for (const char letter : { 'A', 'M', 'S', 'T', 'E', 'R' })
        QTest::keyClick(kiosk.search(), letter, Qt::ShiftModifier);
    CHECK(kiosk.search()->text() == u"AMSTER");
    CHECK_FALSE(neutral->isVisible());

    // Two alone, then a letter: the count starts over.
    pressShiftAlone(kiosk.search());
    pressShiftAlone(kiosk.search());
    QTest::keyClick(kiosk.search(), Qt::Key_D);
    pressShiftAlone(kiosk.search());
    CHECK_FALSE(neutral->isVisible());
    // Two alone, then a click: over again too.
    pressShiftAlone(kiosk.search());
    QTest::mouseClick(kiosk.search(), Qt::LeftButton);
    pressShiftAlone(kiosk.search());
    CHECK_FALSE(neutral->isVisible());
    // Shift pressed, a letter while it is down, released: not alone.
    QTest::keyPress(kiosk.search(), Qt::Key_Shift);
    QTest::keyPress(kiosk.search(), 'A', Qt::ShiftModifier);
    QTest::keyRelease(kiosk.search(), 'A', Qt::ShiftModifier);
    QTest::keyRelease(kiosk.search(), Qt::Key_Shift, Qt::ShiftModifier);
    pressShiftAlone(kiosk.search());
    pressShiftAlone(kiosk.search());
    CHECK_FALSE(neutral->isVisible());
    // And the control: the third alone in a row does it.
    pressShiftAlone(kiosk.search());
    CHECK(neutral->isVisible());
}

TEST_CASE("kiosk touch keyboard types into the search field, and goes when a real key is pressed")
{
    Kiosk kiosk;
    TouchKeyboard *keyboard = kiosk.controller->touchKeyboard();
    REQUIRE(keyboard->isVisible());
    for (QPushButton *key : keyboard->findChildren<QPushButton *>()) {
        INFO(key->property("key").toString().toStdString());
        CHECK(key->width() >= 48);
        CHECK(key->height() >= 48);
        CHECK(key->focusPolicy() == Qt::NoFocus);
        CHECK_FALSE(key->accessibleName().isEmpty());
    }
    auto tap = [keyboard](const QString &name) {
        QPushButton *key = keyboard->key(name);
        REQUIRE(key);
        QTest::mouseClick(key, Qt::LeftButton);
    };
    for (const QString &letter : { QStringLiteral("f"), QStringLiteral("i"), QStringLiteral("n"),
                                   QStringLiteral("a"), QStringLiteral("n"), QStringLiteral("c"),
                                   QStringLiteral("i"), QStringLiteral("ë"), QStringLiteral("l") })
        tap(letter);
    CHECK(kiosk.search()->text() == u"financiël");
    CHECK(kiosk.search()->hasFocus());
    CHECK(kiosk.page() == u"resultsPage");
    tap(QStringLiteral("backspace"));
    tap(QStringLiteral("space"));
    for (const QString &letter : { QStringLiteral("é"), QStringLiteral("ï"), QStringLiteral("ü") })
        tap(letter);
    CHECK(kiosk.search()->text() == u"financië éïü");
    tap(QStringLiteral("clear"));
    CHECK(kiosk.search()->text().isEmpty());
    CHECK(kiosk.page() == u"homePage");

    tap(QStringLiteral("hide"));
    CHECK_FALSE(keyboard->isVisible());
    QTest::mouseClick(kiosk.search(), Qt::LeftButton);
    CHECK(keyboard->isVisible());

    QTest::keyClick(kiosk.search(), Qt::Key_X);
    CHECK_FALSE(keyboard->isVisible());
    CHECK(kiosk.search()->text() == u"x");
}

namespace {

/// A 1024x600 kiosk on the fixture tests/data/touch, its touch keyboard always on: twelve
/// hits for "hulp", more than the list shows with the keyboard up.
struct TouchKiosk
{
    TouchKiosk()
        : content(ContentLoader::load(test::dataPath(QStringLiteral("touch"))))
        , window(content.library, { QStringLiteral("nl"), true, {} })
    {
        REQUIRE(content.ok());
        KioskController::Settings settings;
        settings.idle.timeout = std::chrono::hours(1);
        settings.touchKeyboard = KioskConfig::TouchKeyboard::On;
        controller = std::make_unique<KioskController>(window, settings);
        window.resize(1024, 600);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        keyboard = controller->touchKeyboard();
    }

    QLineEdit *search() const { return window.searchField(); }
    QString page() const { return window.currentPage()->objectName(); }
    QListView *list() const { return window.findChild<QListView *>(QStringLiteral("resultList")); }

    /// Types on the touch keyboard, as a visitor without a keyboard does.
    void type(const QString &text)
    {
        for (const QChar letter : text) {
            QPushButton *key = keyboard->key(QString(letter));
            REQUIRE(key);
            QTest::mouseClick(key, Qt::LeftButton);
        }
    }

    /// A finger's tap on a touch screen (not a mouse click): Qt makes the click of it.
    void tap(QWidget *widget, QPoint point)
    {
        static QPointingDevice *screen = QTest::createTouchDevice(QInputDevice::DeviceType::TouchScreen);
        QTest::touchEvent(widget->window(), screen).press(0, widget->mapTo(widget->window(), point), widget->window());
        QTest::touchEvent(widget->window(), screen).release(0, widget->mapTo(widget->window(), point), widget->window());
        QCoreApplication::processEvents();
    }
    void tap(QWidget *widget) { tap(widget, widget->rect().center()); }

    ContentLoader::Result content;
    MainWindow window;
    std::unique_ptr<KioskController> controller;
    TouchKeyboard *keyboard = nullptr;
};

} // namespace

TEST_CASE("kiosk touch keyboard: a result opened by a tap, by Enter or by its Open key takes the keyboard away; a tap on the search field brings it back")
{
    TouchKiosk kiosk;
    REQUIRE(kiosk.keyboard->isVisible());
    kiosk.type(QStringLiteral("hulp"));
    REQUIRE(kiosk.page() == u"resultsPage");
    CHECK(kiosk.keyboard->isVisible());

    // A tap on the first result.
    QListView *list = kiosk.list();
    kiosk.tap(list->viewport(), list->visualRect(list->model()->index(0, 0)).center());
    CHECK(kiosk.page() == u"answerPage");
    CHECK_FALSE(kiosk.keyboard->isVisible());
    // A tap on the search field: the keyboard is back, the answer stays.
    kiosk.tap(kiosk.search());
    CHECK(kiosk.search()->hasFocus());
    CHECK(kiosk.keyboard->isVisible());
    CHECK(kiosk.page() == u"answerPage");

    // Enter in the search field (a keyboard that the terminal has after all).
    kiosk.window.goBack();
    REQUIRE(kiosk.page() == u"resultsPage");
    kiosk.tap(kiosk.search());
    REQUIRE(kiosk.keyboard->isVisible());
    QTest::keyClick(kiosk.search(), Qt::Key_Return);
    CHECK(kiosk.page() == u"answerPage");
    CHECK_FALSE(kiosk.keyboard->isVisible());

    // The touch keyboard's own Open key.
    kiosk.window.goBack();
    kiosk.tap(kiosk.search());
    REQUIRE(kiosk.keyboard->isVisible());
    QTest::mouseClick(kiosk.keyboard->key(QStringLiteral("search")), Qt::LeftButton);
    CHECK(kiosk.page() == u"answerPage");
    CHECK_FALSE(kiosk.keyboard->isVisible());
}

TEST_CASE("kiosk touch keyboard at 1024x600: the chosen result stays in view when the keyboard comes back over the list")
{
    TouchKiosk kiosk;
    kiosk.type(QStringLiteral("hulp"));
    QListView *list = kiosk.list();
    REQUIRE(list->model()->rowCount() >= 10);
    // Down from the search field chooses among the results; the keyboard goes meanwhile.
    QTest::keyClick(kiosk.search(), Qt::Key_Down);
    REQUIRE(list->hasFocus());
    CHECK_FALSE(kiosk.keyboard->isVisible());
    QCoreApplication::processEvents();
    QWidget *viewport = list->viewport();
    const auto inView = [&] { return viewport->rect().contains(list->visualRect(list->currentIndex())); };
    // Down to a result low in the list, where the keyboard will need the room.
    const int keyboardHeight = TouchKeyboard::heightFor(kiosk.window.size());
    while (list->visualRect(list->currentIndex()).bottom() < viewport->height() - keyboardHeight / 2
           && list->currentIndex().row() < list->model()->rowCount() - 1) {
        QTest::keyClick(list, Qt::Key_Down);
        CHECK(inView());
    }
    const int chosen = list->currentIndex().row();
    INFO("chosen row " << chosen << " at " << list->visualRect(list->currentIndex()).top() << " in a viewport of "
                       << viewport->height());
    REQUIRE(chosen > 0);
    REQUIRE(list->visualRect(list->currentIndex()).bottom() >= viewport->height() - keyboardHeight / 2);
    CHECK(inView());

    // A tap on the search field: the keyboard comes back and the list gets shorter.
    const int tallList = viewport->height();
    kiosk.tap(kiosk.search());
    REQUIRE(kiosk.keyboard->isVisible());
    CHECK(QTest::qWaitFor([&] { return viewport->height() < tallList; }, 5000));
    QTest::qWait(50);
    CHECK(list->currentIndex().row() == chosen);
    INFO("now at " << list->visualRect(list->currentIndex()).top() << " in a viewport of " << viewport->height());
    CHECK(inView());
    // The chosen result still opens with Enter on it, and the keyboard goes.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(kiosk.page() == u"answerPage");
    CHECK_FALSE(kiosk.keyboard->isVisible());
}

TEST_CASE("kiosk touch keyboard: a key that a shortcut takes counts as a real keyboard too")
{
    Kiosk kiosk;
    REQUIRE(kiosk.controller->touchKeyboard()->isVisible());
    QTest::keyClick(kiosk.search(), Qt::Key_Escape); // the window's "back" shortcut
    CHECK_FALSE(kiosk.controller->touchKeyboard()->isVisible());
    CHECK(kiosk.controller->idleTimerActive());
}

TEST_CASE("kiosk touch keyboard: on stays, off never shows")
{
    KioskController::Settings on = fastSettings();
    on.touchKeyboard = KioskConfig::TouchKeyboard::On;
    Kiosk withKeyboard(on);
    QTest::keyClick(withKeyboard.search(), Qt::Key_X);
    CHECK(withKeyboard.controller->touchKeyboard()->isVisible());

    KioskController::Settings off = fastSettings();
    off.touchKeyboard = KioskConfig::TouchKeyboard::Off;
    Kiosk without(off);
    CHECK(without.search()->hasFocus());
    CHECK_FALSE(without.controller->touchKeyboard()->isVisible());
}

TEST_CASE("kiosk admin: the chord asks for the PIN, a wrong PIN keeps the kiosk, the right one unlocks it")
{
    KioskController::Settings settings = fastSettings();
    settings.adminPinHash = PinHash::hash(QStringLiteral("2580"));
    Kiosk kiosk(settings);
    QSignalSpy unlocked(kiosk.controller.get(), &KioskController::unlocked);
    AdminPinDialog *dialog = kiosk.controller->adminPinDialog();
    CHECK_FALSE(dialog->isVisible());

    QTest::keyClick(kiosk.search(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    REQUIRE(dialog->isVisible());
    CHECK(kiosk.search()->text().isEmpty()); // the chord typed nothing
    CHECK(dialog->pinField()->hasFocus());
    CHECK(dialog->pinField()->echoMode() == QLineEdit::Password);

    QTest::keyClicks(dialog->pinField(), QStringLiteral("1234"));
    QTest::keyClick(dialog->pinField(), Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(unlocked.count() == 0);
    CHECK(dialog->pinField()->text().isEmpty());
    CHECK_FALSE(kiosk.window.close());

    QTest::keyClicks(dialog->pinField(), QStringLiteral("2580"));
    QTest::keyClick(dialog->pinField(), Qt::Key_Return);
    CHECK(unlocked.count() == 1);
    CHECK_FALSE(dialog->isVisible());
    CHECK(kiosk.window.close()); // now the window may close
}

TEST_CASE("kiosk admin: after five wrong PINs even the right one waits, and Escape closes the panel")
{
    KioskController::Settings settings = fastSettings();
    settings.adminPinHash = PinHash::hash(QStringLiteral("2580"));
    Kiosk kiosk(settings);
    QSignalSpy unlocked(kiosk.controller.get(), &KioskController::unlocked);
    AdminPinDialog *dialog = kiosk.controller->adminPinDialog();
    QTest::keyClick(kiosk.search(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    REQUIRE(dialog->isVisible());
    for (int i = 0; i < PinAttemptLimiter::tries; ++i) {
        QTest::keyClicks(dialog->pinField(), QString::number(1000 + i));
        QTest::keyClick(dialog->pinField(), Qt::Key_Return);
    }
    QTest::keyClicks(dialog->pinField(), QStringLiteral("2580"));
    QTest::keyClick(dialog->pinField(), Qt::Key_Return);
    CHECK(unlocked.count() == 0);
    CHECK(dialog->isVisible());
    CHECK_FALSE(kiosk.window.close());

    QTest::keyClick(dialog->pinField(), Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    CHECK(kiosk.page() == u"homePage");
}

TEST_CASE("kiosk admin: without a PIN hash the chord does nothing")
{
    Kiosk kiosk;
    QTest::keyClick(kiosk.search(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    CHECK_FALSE(kiosk.controller->adminPinDialog()->isVisible());
}

TEST_CASE("kiosk header: at every text size and in both looks, one row, no button clipped, quick exit included")
{
    Kiosk kiosk;
    QWidget *header = kiosk.window.findChild<QWidget *>(QStringLiteral("header"));
    REQUIRE(header);
    for (const int width : { 1280, 1024 }) {
        kiosk.window.resize(width, 800);
        for (const bool contrast : { false, true }) {
            for (const char *size : { "textSize_normal", "textSize_large", "textSize_larger" }) {
                // As a visitor does: the Display button, a choice, Escape.
                test::chooseDisplay(kiosk.window, QString::fromLatin1(size));
                if (kiosk.window.theme().highContrast != contrast)
                    test::chooseDisplay(kiosk.window, QStringLiteral("contrastButton"));
                REQUIRE(kiosk.window.theme().highContrast == contrast);
                const QList<QPushButton *> buttons = header->findChildren<QPushButton *>();
                // The style reaches the widgets and the header's layout settles.
                waitFor([&] {
                    return std::all_of(buttons.begin(), buttons.end(), [&](QPushButton *button) {
                        return button->width() >= button->sizeHint().width()
                            && header->rect().contains(QRect(button->mapTo(header, QPoint()), button->size()));
                    });
                });
                CHECK(buttons.size() == 2 + 1 + 1); // languages, Display, quick exit
                const int row = buttons.first()->geometry().center().y();
                for (QPushButton *button : buttons) {
                    INFO(button->objectName().toStdString() << " at " << width << " px, " << size << ", contrast " << contrast);
                    CHECK(button->isVisible());
                    CHECK(button->width() >= button->sizeHint().width());
                    CHECK(header->rect().contains(QRect(button->mapTo(header, QPoint()), button->size())));
                    // One row: every button on the same line.
                    CHECK(std::abs(button->geometry().center().y() - row) <= 1);
                }
            }
        }
    }
    CHECK(kiosk.window.quickExitButton()->isVisible());
}

TEST_CASE("kiosk idle: the countdown runs over the PIN panel too, and wipes to a fresh home")
{
    KioskController::Settings settings = fastSettings();
    settings.adminPinHash = PinHash::hash(QStringLiteral("2580"));
    settings.idle.countdownSeconds = 1;
    Kiosk kiosk(settings);
    QTest::keyClicks(kiosk.search(), QStringLiteral("anoniem"));
    QTest::keyClick(kiosk.search(), Qt::Key_Return);
    REQUIRE(kiosk.page() == u"answerPage");
    AdminPinDialog *dialog = kiosk.controller->adminPinDialog();
    QTest::keyClick(kiosk.search(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    REQUIRE(dialog->isVisible());

    // The administrator walks away: the countdown covers the panel, then everything goes.
    QSignalSpy wiped(kiosk.controller.get(), &KioskController::sessionWiped);
    IdleOverlay *overlay = kiosk.controller->idleOverlay();
    REQUIRE(waitFor([overlay] { return overlay->isVisible(); }));
    CHECK(overlay->isVisible());
    CHECK(dialog->isVisible());
    REQUIRE(waitFor([&] { return wiped.count() == 1; }));
    CHECK_FALSE(dialog->isVisible());
    CHECK_FALSE(overlay->isVisible());
    CHECK(kiosk.page() == u"homePage");
    CHECK(kiosk.search()->text().isEmpty());
    // Escape now shows nothing of the last visitor.
    QTest::keyClick(kiosk.search(), Qt::Key_Escape);
    CHECK(kiosk.page() == u"homePage");
}

TEST_CASE("kiosk quick exit: the neutral screen takes every key until dismissed, and a fresh home follows")
{
    Kiosk kiosk;
    QTest::mouseClick(kiosk.window.quickExitButton(), Qt::LeftButton);
    NeutralScreen *neutral = kiosk.controller->neutralScreen();
    REQUIRE(neutral->isVisible());
    // Typing and tabbing reach nothing underneath.
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("watis"));
    CHECK(QApplication::focusWidget() == neutral);
    CHECK(kiosk.search()->text().isEmpty());
    CHECK(neutral->isVisible());
    // Keys that land on the window itself (a shortcut's context) do not open anything either.
    QTest::keyClick(&kiosk.window, Qt::Key_Return);
    CHECK_FALSE(neutral->isVisible());
    CHECK(kiosk.page() == u"homePage");
    CHECK(kiosk.search()->text().isEmpty());
    CHECK(kiosk.window.historyDepth() == 1);
    CHECK(kiosk.search()->hasFocus());
}

TEST_CASE("kiosk wipe: a wiped home is pixel for pixel a fresh start")
{
    // No blinking cursor: both pictures show it the same way.
    QApplication::setCursorFlashTime(0);
    Kiosk fresh;
    fresh.window.resize(1280, 800);
    REQUIRE(QTest::qWaitForWindowExposed(&fresh.window));
    const QImage freshImage = fresh.window.grab().toImage();

    Kiosk used;
    used.window.resize(1280, 800);
    REQUIRE(QTest::qWaitForWindowExposed(&used.window));
    QTest::keyClicks(used.search(), QStringLiteral("politie"));
    QTest::keyClick(used.search(), Qt::Key_Return);
    QTest::keyClick(&used.window, Qt::Key_Escape);
    used.window.setTextSize(Theme::TextSize::Larger);
    used.controller->wipe();
    // The layout settles in the event loop after the text size returns to normal.
    waitFor([&] { return used.window.grab().toImage() == freshImage; });
    const QImage usedImage = used.window.grab().toImage();
    if (usedImage != freshImage) {
        freshImage.save(QDir::temp().filePath(QStringLiteral("meldpunt-fresh-home.png")));
        usedImage.save(QDir::temp().filePath(QStringLiteral("meldpunt-wiped-home.png")));
    }
    CHECK(usedImage.size() == freshImage.size());
    CHECK(usedImage == freshImage);
    CHECK_FALSE(used.window.findChild<QWidget *>(QStringLiteral("clearSearch"))->isVisible());
    QApplication::setCursorFlashTime(1000);
}

TEST_CASE("kiosk quick exit by its own key, F12: from the search field, a page and the Display panel")
{
    Kiosk kiosk;
    NeutralScreen *neutral = kiosk.controller->neutralScreen();
    QTest::keyClicks(kiosk.search(), QStringLiteral("melden"));
    QTest::keyClick(kiosk.search(), Qt::Key_F12);
    CHECK(neutral->isVisible());
    CHECK(kiosk.search()->text().isEmpty());
    QTest::mouseClick(neutral, Qt::LeftButton, {}, QPoint(100, 100));
    REQUIRE_FALSE(neutral->isVisible());

    kiosk.window.openOrganisation(QStringLiteral("helpwanted"));
    kiosk.window.findChild<QWidget *>(QStringLiteral("backButton"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F12);
    CHECK(neutral->isVisible());
    CHECK(kiosk.page() == u"homePage");
    QTest::mouseClick(neutral, Qt::LeftButton, {}, QPoint(100, 100));
    REQUIRE_FALSE(neutral->isVisible());

    // The Display panel has the focus: F12 still leaves, and the panel is gone with the rest.
    DisplayPanel &panel = test::openDisplayPanel(kiosk.window);
    test::chooseDisplay(kiosk.window, QStringLiteral("textSize_larger"));
    test::openDisplayPanel(kiosk.window);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F12);
    CHECK(neutral->isVisible());
    CHECK_FALSE(panel.isOpen());
    CHECK(kiosk.window.theme().textSize == Theme::TextSize::Normal);
    // One press, one quick exit: the neutral screen stays until a touch.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F12);
    CHECK(neutral->isVisible());
}

TEST_CASE("kiosk: Snel weg is the first Tab stop, one Shift+Tab from the search field, and the footer says its keys")
{
    Kiosk kiosk;
    QPushButton *quickExit = kiosk.window.quickExitButton();
    // From a window without focus, the first Tab stop.
    QApplication::focusWidget()->clearFocus();
    REQUIRE_FALSE(kiosk.window.isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(&kiosk.window, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == quickExit);
    // The search field has the focus at the start; Snel weg comes right before it.
    kiosk.search()->setFocus();
    QTest::keyClick(kiosk.search(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == quickExit);
    // On a page with Back: Back, then Snel weg.
    kiosk.window.openEntry(QStringLiteral("hulp-slachtoffers"));
    kiosk.search()->setFocus();
    QTest::keyClick(kiosk.search(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget()->objectName() == u"backButton");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == quickExit);
    // Space on it leaves.
    QTest::keyClick(quickExit, Qt::Key_Space);
    CHECK(kiosk.controller->neutralScreen()->isVisible());

    bool hintShown = false;
    for (QLabel *label : kiosk.window.findChildren<QLabel *>(QStringLiteral("privacyLine")))
        hintShown = hintShown || label->text() == u"Snel weg met het toetsenbord: druk op F12 of drie keer op Shift.";
    CHECK(hintShown);
    CHECK(quickExit->accessibleDescription().contains(QStringLiteral("F12")));
}
