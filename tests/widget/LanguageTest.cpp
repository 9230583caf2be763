// Languages at run time: every visible word changes with the language, the reset returns to
// the default one, a language can be added as data alone, and right to left stays usable.
#include "ContentPack.h"
#include "MainWindow.h"
#include "ResultDelegate.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>

#include <cstdlib>

using namespace meldpunt;

namespace {

/// The same in Dutch and English: names, the "A" of the text-size buttons, the ✕ that clears
/// the search.
const QStringList sameInBothLanguages { QStringLiteral("Meldpunt Kinderporno"), QStringLiteral("Nederlands"),
                                        QStringLiteral("English"), QStringLiteral("A"), QStringLiteral("Chat"),
                                        QStringLiteral("E-mail"), QStringLiteral("Website"),
                                        QStringLiteral("✕") };
/// Labels that show an organisation's proper name, or a phone number or address.
const QStringList namesAndNumbers { QStringLiteral("cardTitle"), QStringLiteral("cardContact"),
                                    QStringLiteral("contactValue") };

QString shownText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text.trimmed();
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText().trimmed();
}

/// Every word the window shows now: visible labels and buttons, the search field's
/// placeholder, and the window title.
QStringList visibleTexts(const MainWindow &window)
{
    QStringList texts { window.windowTitle() };
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible() || namesAndNumbers.contains(widget->objectName()))
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget))
            text = shownText(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *field = qobject_cast<QLineEdit *>(widget))
            text = field->placeholderText();
        if (!text.isEmpty())
            texts << text;
    }
    return texts;
}

QPushButton *languageButton(const MainWindow &window, const QString &code)
{
    auto *button = window.findChild<QPushButton *>(u"language_" + code);
    REQUIRE(button);
    return button;
}

QString labelText(const MainWindow &window, const QString &name)
{
    auto *label = window.findChild<QLabel *>(name);
    REQUIRE(label);
    return label->text();
}

/// Switches Dutch to English with the language button and checks that no visible word
/// stayed Dutch.
void checkEverythingChanges(MainWindow &window, bool sameCount = true)
{
    REQUIRE(window.language() == u"nl");
    const QStringList dutch = visibleTexts(window);
    QTest::mouseClick(languageButton(window, QStringLiteral("en")), Qt::LeftButton);
    REQUIRE(window.language() == u"en");
    // Widgets built anew in a visible page show once the event loop runs.
    QCoreApplication::processEvents();
    const QStringList english = visibleTexts(window);
    CHECK(english.size() >= 8);
    if (sameCount) {
        INFO("Dutch: " << dutch.join(u" | ").toStdString());
        INFO("English: " << english.join(u" | ").toStdString());
        CHECK(english.size() == dutch.size());
    }
    for (const QString &text : english) {
        if (sameInBothLanguages.contains(text))
            continue;
        INFO("still the Dutch text after switching to English: " << text.toStdString());
        CHECK_FALSE(dutch.contains(text));
    }
}

QString resultsHeading(const MainWindow &window)
{
    auto *page = window.findChild<QWidget *>(QStringLiteral("resultsPage"));
    REQUIRE(page);
    auto *heading = page->findChild<QLabel *>(QStringLiteral("sectionHeading"));
    REQUIRE(heading);
    return heading->text();
}

struct Window
{
    explicit Window(const ContentLibrary &library, const QString &language = QStringLiteral("nl"),
                    bool kiosk = false)
        : window(library, { language, kiosk, {} })
    {
        // Wide enough for the header's name and the line under it in every language (on a
        // narrower window they give way to the buttons, in some languages before others).
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    MainWindow window;
};

/// A copy of the built-in content with Frisian added from tests/data/languages/fy: files only.
struct ContentWithFrisian
{
    ContentWithFrisian()
    {
        // meldpunt-kiosk_fy.ts, compiled by lrelease when this test was built.
        copy.addLanguage(QStringLiteral("fy"), QStringLiteral(MELDPUNT_FY_QM));
        content = ContentPack::load(copy.root());
        for (const Diagnostic &diagnostic : content.diagnostics)
            UNSCOPED_INFO(diagnostic.toString().toStdString());
        REQUIRE(content.ok());
    }

    test::ContentCopy copy;
    ContentLoader::Result content;
};

} // namespace

TEST_CASE("switching to English on home changes every visible word without a restart")
{
    SECTION("workstation")
    {
        Window w(test::builtInContent());
        CHECK(labelText(w.window, QStringLiteral("emergencyText")) == u"Kind in direct gevaar? Bel 112");
        CHECK(w.window.searchField()->placeholderText() == u"Zoek een vraag of een woord, bijvoorbeeld: anoniem");
        checkEverythingChanges(w.window);
        CHECK(labelText(w.window, QStringLiteral("emergencyText")) == u"Child in immediate danger? Call 112");
        CHECK(w.window.windowTitle() == u"Meldpunt Kinderporno: questions and help");
    }
    SECTION("kiosk, with the quick-exit button")
    {
        Window w(test::builtInContent(), QStringLiteral("nl"), true);
        CHECK(w.window.quickExitButton()->text() == u"Snel weg");
        checkEverythingChanges(w.window);
        CHECK(w.window.quickExitButton()->text() == u"Quick exit");
    }
}

TEST_CASE("switching the language on an answer or a card or the results changes them too")
{
    Window w(test::builtInContent());
    SECTION("an answer")
    {
        w.window.openEntry(QStringLiteral("anoniem-melden"));
        checkEverythingChanges(w.window);
    }
    SECTION("an organisation card")
    {
        w.window.openOrganisation(QStringLiteral("politie"));
        checkEverythingChanges(w.window);
    }
    SECTION("search results, with their kind labels")
    {
        QTest::keyClicks(w.window.searchField(), QStringLiteral("anoniem"));
        auto *list = w.window.findChild<QListView *>(QStringLiteral("resultList"));
        REQUIRE(list);
        auto *delegate = qobject_cast<ResultDelegate *>(list->itemDelegate());
        REQUIRE(delegate);
        REQUIRE(list->model()->rowCount() > 0);
        const auto kindsShown = [&] {
            QStringList kinds;
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                const QString html = delegate->html(list->model()->index(row, 0));
                for (const QString &kind : { QStringLiteral("VRAAG"), QStringLiteral("ORGANISATIE"),
                                            QStringLiteral("QUESTION"), QStringLiteral("ORGANISATION") })
                    if (html.contains(u'>' + kind + u'<'))
                        kinds << kind;
            }
            kinds.removeDuplicates();
            kinds.sort();
            return kinds;
        };
        CHECK(kindsShown() == QStringList { QStringLiteral("ORGANISATIE"), QStringLiteral("VRAAG") });
        CHECK(resultsHeading(w.window).contains(QStringLiteral(" voor “anoniem”")));
        checkEverythingChanges(w.window, false);
        REQUIRE(list->model()->rowCount() > 0);
        CHECK(kindsShown() == QStringList { QStringLiteral("ORGANISATION"), QStringLiteral("QUESTION") });
    }
}

TEST_CASE("the results heading counts in singular and plural")
{
    Window w(test::builtInContent());
    auto *heading = w.window.findChild<QWidget *>(QStringLiteral("resultsPage"))->findChild<QLabel *>(QStringLiteral("sectionHeading"));
    REQUIRE(heading);
    auto *list = w.window.findChild<QListView *>(QStringLiteral("resultList"));
    QTest::keyClicks(w.window.searchField(), QStringLiteral("cookies"));
    REQUIRE(list->model()->rowCount() >= 1);
    const int count = list->model()->rowCount();
    CHECK(heading->text() == QString::number(count) + (count == 1 ? u" resultaat voor “cookies”" : u" resultaten voor “cookies”"));
    w.window.searchField()->clear();
    QTest::keyClicks(w.window.searchField(), QStringLiteral("politie"));
    REQUIRE(list->model()->rowCount() > 1);
    CHECK(heading->text() == QString::number(list->model()->rowCount()) + u" resultaten voor “politie”");
}

TEST_CASE("the reset for the next visitor returns to the default language")
{
    Window w(test::builtInContent());
    QTest::mouseClick(languageButton(w.window, QStringLiteral("en")), Qt::LeftButton);
    CHECK(labelText(w.window, QStringLiteral("privacyLine")).startsWith(QStringLiteral("This app")));
    w.window.resetSession();
    CHECK(w.window.language() == u"nl");
    CHECK(languageButton(w.window, QStringLiteral("nl"))->isChecked());
    CHECK_FALSE(languageButton(w.window, QStringLiteral("en"))->isChecked());
    CHECK(labelText(w.window, QStringLiteral("privacyLine"))
          == u"Deze app werkt zonder internet en onthoudt niet wat je zoekt of leest.");
    CHECK(w.window.searchField()->placeholderText() == u"Zoek een vraag of een woord, bijvoorbeeld: anoniem");
}

TEST_CASE("a language added as data alone is offered on home and shown after switching")
{
    ContentWithFrisian frisian;
    CHECK(frisian.content.library.languageCodes()
          == QStringList { QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("fy") });
    Window w(frisian.content.library);

    QPushButton *button = languageButton(w.window, QStringLiteral("fy"));
    CHECK(button->isVisible());
    CHECK(button->text() == u"Frysk"); // named in itself
    CHECK(button->accessibleName() == u"Frysk");

    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(w.window.language() == u"fy");
    CHECK(button->isChecked());
    CHECK(labelText(w.window, QStringLiteral("emergencyText")) == u"Bern yn direkt gefaar? Skilje 112");
    CHECK(w.window.windowTitle() == u"Meldpunt Kinderporno: fragen en help");
    CHECK(w.window.searchField()->placeholderText() == u"Typ in fraach of in wurd, bygelyks: anonym");
    QStringList headings;
    for (QLabel *label : w.window.findChildren<QLabel *>(QStringLiteral("sectionHeading")))
        headings << label->text();
    CHECK(headings.contains(QStringLiteral("Wêr giet dyn fraach oer?")));
    QStringList tiles;
    for (QLabel *label : w.window.findChildren<QLabel *>(QStringLiteral("tileTitle")))
        tiles << label->text();
    CHECK(tiles.contains(QStringLiteral("Help en stipe")));

    QTest::keyClicks(w.window.searchField(), QStringLiteral("anonym"));
    auto *list = w.window.findChild<QListView *>(QStringLiteral("resultList"));
    REQUIRE(list->model()->rowCount() > 0);
    CHECK(resultsHeading(w.window).contains(QStringLiteral(" foar “anonym”")));
    auto *delegate = qobject_cast<ResultDelegate *>(list->itemDelegate());
    CHECK(delegate->html(list->model()->index(0, 0)).contains(QStringLiteral(">FRAACH<")));

    w.window.resetSession();
    CHECK(w.window.language() == u"nl");
    CHECK(labelText(w.window, QStringLiteral("emergencyText")) == u"Kind in direct gevaar? Bel 112");
}

TEST_CASE("the header keeps one row of the same height without squeezing a button's words: three languages and kiosk mode")
{
    ContentWithFrisian frisian;
    Window w(frisian.content.library, QStringLiteral("nl"), true);
    auto *header = w.window.findChild<QWidget *>(QStringLiteral("header"));
    REQUIRE(header);
    for (const int width : { 1280, 1024, 800 }) {
        w.window.resize(width, 900);
        QCoreApplication::processEvents();
        int height = 0;
        for (const QString &code : { QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("fy") }) {
            QTest::mouseClick(languageButton(w.window, code), Qt::LeftButton);
            // A focused button's border is a pixel wider; measure them all unfocused.
            w.window.searchField()->setFocus();
            header->layout()->activate();
            INFO(width << " px, " << code.toStdString());
            // The page below does not jump when the language changes.
            if (height == 0)
                height = header->height();
            CHECK(header->height() == height);
            int buttons = 0;
            for (QPushButton *button : header->findChildren<QPushButton *>()) {
                if (!button->isVisible())
                    continue;
                ++buttons;
                INFO(button->text().toStdString());
                CHECK(button->width() >= button->sizeHint().width());
                CHECK(header->rect().contains(button->geometry()));
                // One row.
                CHECK(std::abs(button->geometry().center().y() - header->rect().center().y()) <= 1);
            }
            CHECK(buttons == 3 + 1 + 1); // languages, Display (text size and contrast), quick exit
        }
    }
}

TEST_CASE("a right-to-left language mirrors the window but numbers and addresses stay left to right")
{
    test::ContentCopy copy;
    copy.replaceInFile(QStringLiteral("en/language.txt"), QStringLiteral("direction: ltr"),
                       QStringLiteral("direction: rtl"));
    // A name in a right-to-left script, as a real right-to-left language has.
    copy.replaceInFile(QStringLiteral("en/organisations.txt"), QStringLiteral("name: Offlimits"),
                       QStringLiteral("name: أوفليميتس"));
    const ContentLoader::Result content = ContentPack::load(copy.root());
    REQUIRE(content.ok());
    Window w(content.library);
    CHECK(w.window.layoutDirection() == Qt::LeftToRight);

    QTest::mouseClick(languageButton(w.window, QStringLiteral("en")), Qt::LeftButton);
    CHECK(w.window.layoutDirection() == Qt::RightToLeft);
    int rightAligned = 0;
    for (QPushButton *card : w.window.findChild<QWidget *>(QStringLiteral("homePage"))->findChildren<QPushButton *>(QStringLiteral("card"))) {
        auto *title = card->findChild<QLabel *>(QStringLiteral("cardTitle"));
        auto *contact = card->findChild<QLabel *>(QStringLiteral("cardContact"));
        REQUIRE(title);
        REQUIRE(contact);
        INFO(title->text().toStdString() << ": " << contact->text().toStdString());
        CHECK(contact->layoutDirection() == Qt::LeftToRight);
        // It lines up with the title above it, whichever way the title reads.
        const bool titleRightToLeft = title->text().isRightToLeft();
        CHECK(contact->alignment().testFlag(titleRightToLeft ? Qt::AlignRight : Qt::AlignLeft));
        rightAligned += titleRightToLeft ? 1 : 0;
    }
    CHECK(rightAligned == 1);

    w.window.openOrganisation(QStringLiteral("politie"));
    auto *back = w.window.findChild<QPushButton *>(QStringLiteral("backButton"));
    REQUIRE(back);
    CHECK(back->text() == u"Back →"); // the arrow points the way back
    const QList<QWidget *> boxes = w.window.findChildren<QWidget *>(QStringLiteral("contactBox"));
    REQUIRE(boxes.size() == 2);
    for (QWidget *box : boxes)
        CHECK(box->layoutDirection() == Qt::LeftToRight);

    QTest::mouseClick(languageButton(w.window, QStringLiteral("nl")), Qt::LeftButton);
    CHECK(w.window.layoutDirection() == Qt::LeftToRight);
    CHECK(back->text() == u"← Terug");
}
