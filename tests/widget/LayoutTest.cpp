// The kiosk on every real screen: for each size, text size, language and theme, with the touch
// keyboard up and down, on every kind of page, the visible widgets are walked and checked:
// - no two visible siblings overlap, and no widget sticks out of its parent (a cut);
// - no text is wider or taller than its widget (font metrics against geometry);
// - every touch target is at least 48 × 48 px;
// - the results get a set share of the screen, and with the keyboard up the first result
//   shows whole (or the keyboard says the screen is too small).
// The screenshots go to a temporary folder for review (never into the repository).
//
// In CI a representative subset runs ("[layout]"); `make layout-test` runs every case
// ("[layout-full]").

#include "AdminPinDialog.h"
#include "DisplayPanel.h"
#include "FocusRing.h"
#include "IdleOverlay.h"
#include "KioskController.h"
#include "MainWindow.h"
#include "OrganisationPage.h"
#include "Overlay.h"
#include "ResultsPage.h"
#include "SearchResultModel.h"
#include "TestSupport.h"
#include "TileButton.h"
#include "TileGrid.h"
#include "TouchKeyboard.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleOption>
#include <QTest>
#include <QTextDocument>

#include <cmath>
#include <iostream>
#include <memory>

using namespace meldpunt;

namespace {

constexpr int touchTarget = 48;
/// The least share of the window's height that the results get with the keyboard down.
constexpr int resultsShare = 20;

enum class Page { Home, Results, Answer, Card, NoResults, Idle, Pin, Display };

const char *pageName(Page page)
{
    switch (page) {
    case Page::Home:
        return "home";
    case Page::Results:
        return "results";
    case Page::Answer:
        return "answer";
    case Page::Card:
        return "card";
    case Page::NoResults:
        return "no-results";
    case Page::Idle:
        return "idle";
    case Page::Pin:
        return "pin";
    case Page::Display:
        return "display";
    }
    return "";
}

/// The page takes the focus from the search field, so the touch keyboard goes.
bool takesFocus(Page page)
{
    return page == Page::Idle || page == Page::Pin || page == Page::Display;
}

struct Case
{
    QSize size;
    Theme::TextSize textSize;
    QString language;
    bool highContrast;
    Page page;
    bool keyboardUp;

    QString name() const
    {
        return QStringLiteral("%1x%2-%3-%4-%5-%6-%7")
            .arg(size.width())
            .arg(size.height())
            .arg(Theme::textSizeName(textSize), language, highContrast ? QStringLiteral("contrast") : QStringLiteral("calm"),
                 QString::fromLatin1(pageName(page)),
                 keyboardUp ? QStringLiteral("keyboard") : QStringLiteral("nokeyboard"));
    }
};

/// What one walk found: how many checks it made, and what failed.
struct Findings
{
    int checks = 0;
    QStringList failures;

    void check(bool ok, const QWidget *widget, const QString &what)
    {
        ++checks;
        if (ok)
            return;
        QString path;
        for (const QObject *object = widget; object; object = object->parent()) {
            const QString name = object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                                                : object->objectName();
            path = path.isEmpty() ? name : name + u'/' + path;
            if (object->isWidgetType() && static_cast<const QWidget *>(object)->isWindow())
                break;
        }
        failures << path + u": " + what;
    }
};

QString describe(const QRect &rect)
{
    return QStringLiteral("%1,%2 %3x%4").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

bool isScrollContent(const QWidget *widget)
{
    // The widget inside a scroll area's viewport may be larger than the viewport: it scrolls.
    const QWidget *parent = widget->parentWidget();
    return parent && qobject_cast<const QAbstractScrollArea *>(parent->parentWidget())
        && static_cast<const QAbstractScrollArea *>(parent->parentWidget())->viewport() == parent;
}

/// The text of a label fits its contents rectangle.
void checkLabel(const QLabel *label, Findings &findings)
{
    const QString text = label->text();
    if (text.isEmpty() || !label->pixmap().isNull())
        return;
    const QRect box = label->contentsRect();
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    QSize needed;
    if (rich) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(text);
        if (label->wordWrap()) {
            document.setTextWidth(box.width());
            needed = QSize(int(std::ceil(document.idealWidth())), int(std::ceil(document.size().height())));
        } else {
            needed = document.size().toSize();
        }
    } else {
        const QFontMetrics metrics(label->font());
        needed = label->wordWrap()
            ? metrics.boundingRect(QRect(0, 0, box.width(), 100000), Qt::TextWordWrap | label->alignment(), text).size()
            : QSize(metrics.horizontalAdvance(text), metrics.height());
    }
    findings.check(needed.width() <= box.width() + 1, label,
                   QStringLiteral("text %1 px wide in %2 px: “%3”").arg(needed.width()).arg(box.width()).arg(text.left(50)));
    findings.check(needed.height() <= box.height() + 1, label,
                   QStringLiteral("text %1 px tall in %2 px: “%3”").arg(needed.height()).arg(box.height()).arg(text.left(50)));
}

void checkButton(const QPushButton *button, Findings &findings, bool kiosk)
{
    if (kiosk) {
        findings.check(button->width() >= touchTarget && button->height() >= touchTarget, button,
                       QStringLiteral("touch target %1x%2").arg(button->width()).arg(button->height()));
    }
    if (button->text().isEmpty())
        return;
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    const QRect box = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
    const QFontMetrics metrics(button->font());
    const int width = metrics.horizontalAdvance(button->text());
    findings.check(width <= box.width() + 1, button,
                   QStringLiteral("label %1 px wide in %2 px: “%3”").arg(width).arg(box.width()).arg(button->text()));
    // Cap height and descenders: the ascent and descent of the font, not its leading.
    const int height = metrics.ascent() + metrics.descent();
    findings.check(height <= box.height() + 1, button,
                   QStringLiteral("label %1 px tall in %2 px: “%3”").arg(height).arg(box.height()).arg(button->text()));
}

void checkLineEdit(const QLineEdit *field, Findings &findings, bool kiosk)
{
    QStyleOptionFrame option;
    option.initFrom(field);
    option.lineWidth = field->hasFrame() ? field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, field) : 0;
    const QRect box = field->style()->subElementRect(QStyle::SE_LineEditContents, &option, field);
    const QFontMetrics metrics(field->font());
    const int height = metrics.ascent() + metrics.descent();
    findings.check(height <= box.height() + 1, field,
                   QStringLiteral("text %1 px tall in %2 px (field %3 px, wants %4)")
                       .arg(height)
                       .arg(box.height())
                       .arg(field->height())
                       .arg(field->sizeHint().height()));
    // The placeholder may be elided ("…") by the field on a narrow screen at a larger text
    // size; it is a hint, not content, so it is not counted as cut.
    if (kiosk)
        findings.check(field->height() >= touchTarget, field, QStringLiteral("touch target %1 px tall").arg(field->height()));
}

/// Walks the visible widgets under root.
void walk(QWidget *root, Findings &findings, bool kiosk)
{
    QList<QWidget *> children;
    for (QObject *object : root->children()) {
        auto *child = qobject_cast<QWidget *>(object);
        if (!child || child->isWindow() || !child->isVisible() || child->objectName() == u"focusRing")
            continue;
        // The kiosk's overlays cover the window on purpose; their own cases walk them.
        if (qobject_cast<Overlay *>(child))
            continue;
        children << child;
    }

    const bool scrollArea = qobject_cast<QAbstractScrollArea *>(root) != nullptr;
    for (qsizetype i = 0; i < children.size(); ++i) {
        QWidget *child = children[i];
        if (!isScrollContent(child) && !scrollArea) {
            findings.check(root->rect().contains(child->geometry()), child,
                           QStringLiteral("%1 sticks out of its parent (%2)")
                               .arg(describe(child->geometry()), describe(root->rect())));
        }
        for (qsizetype j = i + 1; j < children.size(); ++j) {
            if (scrollArea)
                break; // viewport and scroll bars are placed by the scroll area itself
            const QRect overlap = child->geometry() & children[j]->geometry();
            findings.check(overlap.isEmpty(), child,
                           QStringLiteral("overlaps %1 by %2")
                               .arg(children[j]->objectName().isEmpty()
                                        ? QString::fromLatin1(children[j]->metaObject()->className())
                                        : children[j]->objectName(),
                                    describe(overlap)));
        }
        if (auto *label = qobject_cast<QLabel *>(child))
            checkLabel(label, findings);
        else if (auto *button = qobject_cast<QPushButton *>(child))
            checkButton(button, findings, kiosk);
        else if (auto *field = qobject_cast<QLineEdit *>(child))
            checkLineEdit(field, findings, kiosk);
        if (auto *tile = qobject_cast<TileButton *>(child)) {
            const int needed = tile->heightForWidth(tile->width());
            findings.check(tile->height() >= needed, tile,
                           QStringLiteral("tile %1 px tall, its text needs %2").arg(tile->height()).arg(needed));
        }
        walk(child, findings, kiosk);
    }
}

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

/// One kiosk window for all cases, set to each case in turn.
struct Kiosk
{
    Kiosk()
        : window(test::builtInContent(), { QStringLiteral("nl"), true, {} })
    {
        KioskController::Settings settings;
        settings.idle.timeout = std::chrono::hours(1);
        settings.touchKeyboard = KioskConfig::TouchKeyboard::On;
        controller = std::make_unique<KioskController>(window, settings);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        keyboard = controller->touchKeyboard();
        // The card with the most ways to reach it: the longest rows.
        const LanguageContent &nl = *test::builtInContent().language(QStringLiteral("nl"));
        qsizetype most = -1;
        for (const Organisation &organisation : nl.organisations) {
            if (organisation.contacts.size() > most) {
                most = organisation.contacts.size();
                longCard = organisation.id;
            }
        }
    }

    void set(const Case &c)
    {
        controller->idleOverlay()->stop();
        controller->adminPinDialog()->close();
        window.displayPanel()->dismiss();
        window.resize(c.size);
        if (window.language() != c.language)
            window.setLanguage(c.language);
        if (window.theme().textSize != c.textSize)
            window.setTextSize(c.textSize);
        window.setHighContrast(c.highContrast);
        window.showHome();
        switch (c.page) {
        case Page::Home:
        case Page::Idle:
        case Page::Pin:
        case Page::Display:
            break;
        case Page::Results:
            window.searchField()->setText(QStringLiteral("hulp"));
            break;
        case Page::NoResults:
            window.searchField()->setText(QStringLiteral("qqxq"));
            break;
        case Page::Answer:
            window.openEntry(QStringLiteral("hulp-slachtoffers"));
            break;
        case Page::Card:
            window.openOrganisation(longCard);
            break;
        }
        if (c.keyboardUp)
            window.searchField()->setFocus();
        else
            window.searchField()->clearFocus();
        if (c.page == Page::Idle)
            controller->idleOverlay()->start(15);
        if (c.page == Page::Pin)
            controller->adminPinDialog()->open();
        if (c.page == Page::Display)
            window.displayPanel()->open();
        settle();
    }

    MainWindow window;
    std::unique_ptr<KioskController> controller;
    TouchKeyboard *keyboard = nullptr;
    QString longCard;
};

struct Totals
{
    int cases = 0;
    int checks = 0;
    int failedCases = 0;
};

QString screenshotFolder()
{
    static const QString folder = [] {
        QString path = qEnvironmentVariable("MELDPUNT_LAYOUT_SHOTS");
        if (path.isEmpty())
            path = QDir::temp().filePath(QStringLiteral("meldpunt-layout-shots"));
        QDir().mkpath(path);
        return path;
    }();
    return folder;
}

void runCase(Kiosk &kiosk, const Case &c, Totals &totals)
{
    kiosk.set(c);
    Findings findings;
    QWidget *root = &kiosk.window;
    if (c.page == Page::Idle)
        root = kiosk.controller->idleOverlay();
    else if (c.page == Page::Pin)
        root = kiosk.controller->adminPinDialog();
    else if (c.page == Page::Display)
        root = kiosk.window.displayPanel();
    findings.check(root->isVisible(), root, QStringLiteral("not shown"));
    findings.check(kiosk.keyboard->isVisible() == (c.keyboardUp && !takesFocus(c.page)),
                   kiosk.keyboard, QStringLiteral("keyboard shown: %1").arg(kiosk.keyboard->isVisible()));
    walk(root, findings, true);

    const int height = kiosk.window.height();
    if (c.page == Page::Results || c.page == Page::NoResults) {
        QWidget *area = c.page == Page::Results ? static_cast<QWidget *>(kiosk.window.findChild<QListView *>(QStringLiteral("resultList")))
                                                : kiosk.window.findChild<QWidget *>(QStringLiteral("helpArea"));
        REQUIRE(area);
        findings.check(area->isVisible(), area, QStringLiteral("the results are not shown"));
        if (!c.keyboardUp) {
            findings.check(area->height() * 100 >= height * resultsShare, area,
                           QStringLiteral("the results get %1 px of %2").arg(area->height()).arg(height));
        } else if (!kiosk.keyboard->roomTooSmall()) {
            // The first result shows whole above the keyboard.
            QRect first;
            if (auto *list = qobject_cast<QListView *>(area))
                first = list->visualRect(list->model()->index(0, 0));
            else if (QWidget *card = area->findChild<TileButton *>(QStringLiteral("card")))
                first = QRect(card->mapTo(area, QPoint(0, 0)), card->size());
            findings.check(area->rect().contains(first), area,
                           QStringLiteral("the first result %1 is cut in %2").arg(describe(first), describe(area->rect())));
        }
    }

    const QPixmap shot = kiosk.window.grab();
    shot.save(QDir(screenshotFolder()).filePath(c.name() + QStringLiteral(".png")));

    ++totals.cases;
    totals.checks += findings.checks;
    if (!findings.failures.isEmpty())
        ++totals.failedCases;
    INFO(c.name().toStdString() << "\n  " << findings.failures.mid(0, 12).join(QStringLiteral("\n  ")).toStdString());
    CHECK(findings.failures.isEmpty());
}

QList<Page> allPages()
{
    return { Page::Home, Page::Results, Page::Answer, Page::Card, Page::NoResults, Page::Idle, Page::Pin, Page::Display };
}

/// Every page, with the keyboard up and down (the overlays and the Display panel once: they
/// take the focus, and the keyboard goes).
void runPages(Kiosk &kiosk, Case c, Totals &totals)
{
    for (Page page : allPages()) {
        c.page = page;
        for (bool up : { false, true }) {
            if (up && takesFocus(page))
                continue;
            c.keyboardUp = up;
            runCase(kiosk, c, totals);
        }
    }
}

void report(const char *what, const Totals &totals)
{
    std::cout << "layout " << what << ": " << totals.cases << " cases, " << totals.checks << " checks, "
              << totals.failedCases << " failed; screenshots in " << screenshotFolder().toStdString() << std::endl;
}

const QList<QSize> sizes { { 1024, 600 }, { 1280, 800 }, { 1366, 768 }, { 1920, 1080 }, { 3840, 2160 }, { 1080, 1920 } };

} // namespace

TEST_CASE("layout: a representative subset of screens fits, with the touch keyboard up and down", "[layout]")
{
    Kiosk kiosk;
    Totals totals;
    // Each size once, the smallest in both languages; every text size, language and theme
    // comes up at least twice.
    const QList<Case> subset {
        { { 1024, 600 }, Theme::TextSize::Larger, QStringLiteral("nl"), false, {}, false },
        { { 1024, 600 }, Theme::TextSize::Normal, QStringLiteral("en"), true, {}, false },
        { { 1280, 800 }, Theme::TextSize::Larger, QStringLiteral("en"), false, {}, false },
        { { 1366, 768 }, Theme::TextSize::Large, QStringLiteral("nl"), true, {}, false },
        { { 1920, 1080 }, Theme::TextSize::Normal, QStringLiteral("nl"), false, {}, false },
        { { 3840, 2160 }, Theme::TextSize::Large, QStringLiteral("en"), false, {}, false },
        { { 1080, 1920 }, Theme::TextSize::Larger, QStringLiteral("nl"), true, {}, false },
    };
    for (const Case &c : subset)
        runPages(kiosk, c, totals);
    report("subset", totals);
}

TEST_CASE("layout: every size, text size, language and theme fits", "[.][layout-full]")
{
    Kiosk kiosk;
    Totals totals;
    for (const QSize &size : sizes) {
        for (Theme::TextSize text : { Theme::TextSize::Normal, Theme::TextSize::Large, Theme::TextSize::Larger }) {
            for (const QString &language : { QStringLiteral("nl"), QStringLiteral("en") }) {
                for (bool contrast : { false, true })
                    runPages(kiosk, { size, text, language, contrast, {}, false }, totals);
            }
        }
    }
    report("full", totals);
}

TEST_CASE("the touch keyboard takes a fixed share of the window, with keys of 48 px or more that never overlap")
{
    CHECK(TouchKeyboard::keyHeightFor({ 1024, 600 }) >= TouchKeyboard::minimumKeySize);
    CHECK(TouchKeyboard::keyHeightFor({ 1920, 1080 }) == TouchKeyboard::maximumKeyHeight);
    CHECK(TouchKeyboard::heightFor({ 1280, 800 }) <= 800 * TouchKeyboard::heightShare / 100);
    CHECK(TouchKeyboard::heightFor({ 1280, 800 }) > 800 * (TouchKeyboard::heightShare - 3) / 100);

    Kiosk kiosk;
    for (const QSize &size : sizes) {
        kiosk.set({ size, Theme::TextSize::Normal, QStringLiteral("nl"), false, Page::Results, true });
        INFO(size.width() << "x" << size.height());
        REQUIRE(kiosk.keyboard->isVisible());
        CHECK(kiosk.keyboard->height() >= TouchKeyboard::heightFor(size));
        QList<QRect> keys;
        for (QPushButton *key : kiosk.keyboard->findChildren<QPushButton *>()) {
            INFO(key->property("key").toString());
            CHECK(key->width() >= TouchKeyboard::minimumKeySize);
            CHECK(key->height() >= TouchKeyboard::minimumKeySize);
            CHECK(kiosk.keyboard->rect().contains(key->geometry()));
            for (const QRect &other : keys)
                CHECK_FALSE(other.intersects(key->geometry()));
            keys << key->geometry();
        }
    }
}

TEST_CASE("the touch keyboard's search key asks to open the first result; its accented letters type")
{
    Kiosk kiosk;
    kiosk.set({ { 1024, 600 }, Theme::TextSize::Normal, QStringLiteral("nl"), false, Page::Home, true });
    int requests = 0;
    QObject::connect(kiosk.keyboard, &TouchKeyboard::searchRequested, [&requests] { ++requests; });
    for (const QString &name : { QStringLiteral("h"), QStringLiteral("u"), QStringLiteral("l"), QStringLiteral("p") })
        QTest::mouseClick(kiosk.keyboard->key(name), Qt::LeftButton);
    CHECK(kiosk.window.searchField()->text() == u"hulp");
    for (const QString &name : { QStringLiteral("ë"), QStringLiteral("é"), QStringLiteral("ï") })
        QTest::mouseClick(kiosk.keyboard->key(name), Qt::LeftButton);
    CHECK(kiosk.window.searchField()->text() == u"hulpëéï");
    QTest::mouseClick(kiosk.keyboard->key(QStringLiteral("search")), Qt::LeftButton);
    CHECK(requests == 1);
}

TEST_CASE("the touch keyboard says when the screen is too small for it and the results")
{
    Kiosk kiosk;
    kiosk.set({ { 1024, 600 }, Theme::TextSize::Larger, QStringLiteral("nl"), false, Page::Results, true });
    auto *list = kiosk.window.findChild<QListView *>(QStringLiteral("resultList"));
    kiosk.keyboard->watchPageArea(list, [] { return 100000; });
    settle();
    CHECK(kiosk.keyboard->roomTooSmall());
    auto *notice = kiosk.keyboard->findChild<QLabel *>(QStringLiteral("keyboardNotice"));
    REQUIRE(notice);
    CHECK(notice->isVisible());
    Findings findings;
    walk(kiosk.keyboard, findings, true);
    INFO(findings.failures.join(u'\n').toStdString());
    CHECK(findings.failures.isEmpty());
    QTest::mouseClick(kiosk.keyboard->key(QStringLiteral("hide")), Qt::LeftButton);
    CHECK_FALSE(kiosk.keyboard->isVisible());
    CHECK_FALSE(kiosk.keyboard->roomTooSmall());
}

TEST_CASE("the focus ring follows the focus and contrasts 3:1 with the page in both themes")
{
    auto luminance = [](const QColor &colour) {
        auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    };
    for (bool contrast : { false, true }) {
        Theme theme;
        theme.highContrast = contrast;
        for (const Theme::ColourPair &pair : theme.focusPairs()) {
            const double a = luminance(QColor(pair.foreground));
            const double b = luminance(QColor(pair.background));
            INFO(pair.use);
            CHECK((std::max(a, b) + 0.05) / (std::min(a, b) + 0.05) >= 3.0);
        }
        // Quick exit never looks like a selected button.
        CHECK(theme.exitColourName() != theme.selectedColourName());
    }

    Kiosk kiosk;
    kiosk.set({ { 1280, 800 }, Theme::TextSize::Normal, QStringLiteral("nl"), true, Page::Home, false });
    kiosk.window.quickExitButton()->setFocus();
    settle();
    FocusRing *ring = FocusRing::current();
    REQUIRE(ring);
    CHECK(ring->target() == kiosk.window.quickExitButton());
    CHECK(ring->geometry().contains(kiosk.window.quickExitButton()->geometry()));
    CHECK(ring->geometry().width() >= kiosk.window.quickExitButton()->width() + 2 * FocusRing::width);
}


TEST_CASE("tile grids: as many columns as fit at the text size")
{
    CHECK(TileGrid::columnsFor(1200, 3, 19) == 3);
    CHECK(TileGrid::columnsFor(1200, 3, 28) == 2);
    CHECK(TileGrid::columnsFor(1200, 2, 19) == 2);
    CHECK(TileGrid::columnsFor(300, 3, 19) == 1);
    CHECK(TileGrid::columnsFor(0, 3, 19) == 1);
}

TEST_CASE("the page does not jump when the language changes: the content keeps its top and its height")
{
    Kiosk kiosk;
    QWidget *content = kiosk.window.currentPage()->parentWidget(); // the pages' stack
    REQUIRE(content);
    const auto place = [&] { return QRect(content->mapTo(&kiosk.window, QPoint(0, 0)), content->size()); };
    for (const QSize &size : { QSize(1024, 600), QSize(1280, 800) }) {
        for (Theme::TextSize text : { Theme::TextSize::Normal, Theme::TextSize::Large, Theme::TextSize::Larger }) {
            for (bool contrast : { false, true }) {
                for (Page page : { Page::Home, Page::Results }) {
                    for (bool up : { false, true }) {
                        kiosk.set({ size, text, QStringLiteral("nl"), contrast, page, up });
                        const QRect dutch = place();
                        // As a visitor switches: the language button, then back to typing.
                        QTest::mouseClick(kiosk.window.findChild<QPushButton *>(QStringLiteral("language_en")), Qt::LeftButton);
                        if (up)
                            kiosk.window.searchField()->setFocus();
                        settle();
                        REQUIRE(kiosk.window.language() == u"en");
                        const QRect english = place();
                        INFO(size.width() << "x" << size.height() << " " << Theme::textSizeName(text).toStdString()
                                          << (contrast ? " contrast " : " calm ") << pageName(page)
                                          << (up ? " keyboard" : " no keyboard") << ": " << describe(dutch).toStdString()
                                          << " in Dutch, " << describe(english).toStdString() << " in English");
                        CHECK(english.top() == dutch.top());
                        CHECK(english.height() == dutch.height());
                    }
                }
            }
        }
    }
}

TEST_CASE("at 1024x600, 'hulp' typed on the touch keyboard shows compact hits whole above it")
{
    Kiosk kiosk;
    kiosk.set({ { 1024, 600 }, Theme::TextSize::Normal, QStringLiteral("nl"), false, Page::Home, true });
    REQUIRE(kiosk.keyboard->isVisible());
    for (const QString &name : { QStringLiteral("h"), QStringLiteral("u"), QStringLiteral("l"), QStringLiteral("p") })
        QTest::mouseClick(kiosk.keyboard->key(name), Qt::LeftButton);
    settle();
    REQUIRE(kiosk.window.searchField()->text() == u"hulp");
    REQUIRE(kiosk.keyboard->isVisible());
    CHECK_FALSE(kiosk.keyboard->roomTooSmall());
    auto *page = kiosk.window.findChild<ResultsPage *>();
    auto *list = kiosk.window.findChild<QListView *>(QStringLiteral("resultList"));
    REQUIRE(page);
    REQUIRE(list);
    REQUIRE(list->isVisible());
    CHECK(page->isCompact());
    // The list ends above the keyboard.
    const int listBottom = list->viewport()->mapTo(&kiosk.window, QPoint(0, list->viewport()->height())).y();
    CHECK(listBottom <= kiosk.keyboard->mapTo(&kiosk.window, QPoint(0, 0)).y());

    int whole = 0;
    int helpWanted = -1;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (list->viewport()->rect().contains(list->visualRect(index)))
            ++whole;
        if (index.data(SearchResultModel::IdRole).toString() == u"helpwanted")
            helpWanted = row;
    }
    INFO(list->model()->rowCount() << " hits, " << whole << " whole in " << list->viewport()->height() << " px");
    // The best hit and the next show whole (full rows: not even the first), and a part of
    // the third says there is more.
    CHECK(list->viewport()->rect().contains(list->visualRect(list->model()->index(0, 0))));
    CHECK(whole >= 2);
    // HelpWanted is among the hits (the last of eight for "hulp"): the list scrolls it into
    // the room above the keyboard, whole.
    REQUIRE(helpWanted >= 0);
    list->scrollTo(list->model()->index(helpWanted, 0));
    settle();
    CHECK(list->viewport()->rect().contains(list->visualRect(list->model()->index(helpWanted, 0))));

    // The search key opens the first hit, as Enter does.
    QTest::mouseClick(kiosk.keyboard->key(QStringLiteral("search")), Qt::LeftButton);
    CHECK(kiosk.window.currentPage()->objectName() == u"answerPage");
}

namespace {

/// The first way to reach the card on its page: its first contact (number and QR code), or
/// for a card without one, the card to go to instead.
QWidget *firstWayToReach(QWidget *page)
{
    QWidget *first = nullptr;
    int firstTop = 0;
    for (QWidget *candidate : page->findChildren<QWidget *>()) {
        const bool way = candidate->objectName() == u"contactBox"
            || (qobject_cast<TileButton *>(candidate) && candidate->objectName() == u"card");
        if (!way || !candidate->isVisible())
            continue;
        const int top = candidate->mapTo(page, QPoint(0, 0)).y();
        if (!first || top < firstTop) {
            first = candidate;
            firstTop = top;
        }
    }
    return first;
}

} // namespace

TEST_CASE("kiosk at 1024x600: every card opens with the keyboard gone and its first way to reach it in view")
{
    Kiosk kiosk;
    const ContentLibrary kioskContent = test::builtInContent().verifiedOnly();
    for (Theme::TextSize text : { Theme::TextSize::Normal, Theme::TextSize::Large, Theme::TextSize::Larger }) {
        for (const QString &language : { QStringLiteral("nl"), QStringLiteral("en") }) {
            for (const Organisation &organisation : kioskContent.language(language)->organisations) {
                // As a visitor gets there: typing on the touch keyboard, then a card opens.
                kiosk.set({ { 1024, 600 }, text, language, false, Page::Home, true });
                REQUIRE(kiosk.keyboard->isVisible());
                kiosk.window.openOrganisation(organisation.id);
                settle();
                auto *page = kiosk.window.findChild<OrganisationPage *>();
                REQUIRE(page);
                REQUIRE(kiosk.window.currentPage() == page);
                REQUIRE(page->organisationId() == organisation.id);
                QWidget *viewport = page->scrollArea()->viewport();
                QWidget *first = firstWayToReach(page);
                INFO(organisation.id << " " << language << " " << Theme::textSizeName(text));
                REQUIRE(first);
                const QRect place(first->mapTo(viewport, QPoint(0, 0)), first->size());
                INFO("the first way to reach it: " << describe(place) << " in a viewport of " << viewport->height() << " px");
                CHECK(page->scrollArea()->verticalScrollBar()->value() == 0);
                CHECK_FALSE(kiosk.keyboard->isVisible());
                // The whole box (number, note, where it was checked, QR code) at the normal
                // text size. At the larger ones a box is about as tall as the view itself: its
                // number shows; the card to go to instead starts in view (at the largest text
                // size its name is cut by the view's edge: measured, not yet fixed).
                if (text == Theme::TextSize::Normal) {
                    CHECK(viewport->rect().contains(place));
                } else if (auto *number = first->findChild<QLabel *>(QStringLiteral("contactValue"))) {
                    const QRect numberPlace(number->mapTo(viewport, QPoint(0, 0)), number->size());
                    INFO("its number: " << describe(numberPlace));
                    CHECK(viewport->rect().contains(numberPlace));
                } else {
                    CHECK(place.top() < viewport->height());
                }
            }
        }
    }
}
