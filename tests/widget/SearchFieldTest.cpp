#include "MainWindow.h"
#include "SearchResultModel.h"
#include "TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace meldpunt;

namespace {

struct Window
{
    Window()
        : window(test::builtInContent(), { QStringLiteral("nl"), false, {} })
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        REQUIRE(search);
        list = window.findChild<QListView *>(QStringLiteral("resultList"));
        REQUIRE(list);
        noResults = window.findChild<QWidget *>(QStringLiteral("noResults"));
        REQUIRE(noResults);
    }

    /// Types text key by key, one character (code point) per key press, as a keyboard or
    /// the touch keyboard delivers it; every keystroke runs the search.
    void type(const QString &text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype length = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, text.mid(i, length),
                                Qt::NoModifier);
            i += length - 1;
        }
    }

    QString page() const { return window.currentPage()->objectName(); }
    QString firstId() const
    {
        return list->model()->rowCount() > 0
            ? list->model()->index(0, 0).data(SearchResultModel::IdRole).toString()
            : QString();
    }

    /// The page says that nothing was found and offers the general help.
    void checkNothingFound() const
    {
        CHECK(page() == u"resultsPage");
        CHECK(noResults->isVisible());
        CHECK_FALSE(list->isVisible());
        // The content's general help, each card with a way to reach it.
        QStringList cards;
        for (QPushButton *card : noResults->findChildren<QPushButton *>()) {
            if (!card->isVisible())
                continue;
            const QString id = card->property("organisationId").toString();
            cards << id;
            const Organisation *organisation = test::builtInContent().language(QStringLiteral("nl"))->organisation(id);
            REQUIRE(organisation);
            INFO(id.toStdString());
            CHECK(!organisation->primaryContact().isEmpty());
            CHECK(card->accessibleDescription().contains(organisation->primaryContact()));
        }
        // In the content's order: the first three of general-help with a verified contact.
        QStringList wanted;
        const LanguageContent shown = test::builtInContent().language(QStringLiteral("nl"))->verifiedOnly();
        for (const Organisation *organisation : shown.generalHelp(3))
            wanted << organisation->id;
        CHECK(wanted.size() == 3);
        CHECK(cards == wanted);
        bool saysSo = false;
        for (QLabel *label : noResults->findChildren<QLabel *>())
            saysSo = saysSo || label->text().contains(QStringLiteral("112"));
        CHECK(saysSo);
        // As tall as its content: the help cards do not stretch down the page (the page
        // scrolls when the content is taller than the screen).
        const int natural = noResults->hasHeightForWidth() ? noResults->heightForWidth(noResults->width())
                                                           : noResults->sizeHint().height();
        CHECK(noResults->height() <= natural);
    }

    MainWindow window;
    QLineEdit *search = nullptr;
    QListView *list = nullptr;
    QWidget *noResults = nullptr;
};

} // namespace

TEST_CASE(
    "typing bad queries into the search field: nothing found, the general help, and typing goes on")
{
    Window w;
    const QStringList nonsense { QStringLiteral("?!.,;"), QStringLiteral("-"),
                                 QStringLiteral("🙂🙂🙂"), QStringLiteral("مرحبا كيف حالك"),
                                 QStringLiteral("😀 👍🏽 🇳🇱") };
    for (const QString &query : nonsense) {
        INFO(query.toStdString());
        w.search->clear();
        CHECK(w.page() == u"homePage");
        w.type(query);
        CHECK(w.search->text() == query);
        w.checkNothingFound();
    }

    // After all that, a real question still works, key by key.
    w.search->clear();
    w.type(QStringLiteral("kan ik anon"));
    CHECK(w.firstId() == u"anoniem-melden");
    w.type(QStringLiteral("iem melden"));
    CHECK(w.firstId() == u"anoniem-melden");
}

TEST_CASE("pasted bad queries: control characters, 10,000 characters, empty")
{
    Window w;

    // Control characters: a key press cannot type them, a paste can.
    w.search->insert(QStringLiteral("\u0001\u0002\u001b[0m\u200f\u202e"));
    CHECK(w.page() == u"resultsPage");
    w.checkNothingFound();

    // 10,000 characters of a real word: the field keeps them, the search reads the start.
    w.search->clear();
    w.search->insert(QStringLiteral("anoniem ").repeated(1250));
    CHECK(w.search->text().size() == 10000);
    CHECK(w.page() == u"resultsPage");
    CHECK(w.firstId() == u"anoniem-melden");

    // 10,000 letters of nothing: nothing found; more than the field's limit is cut off.
    w.search->clear();
    w.search->insert(QString(10001, u'x'));
    CHECK(w.search->text().size() == 10000);
    w.checkNothingFound();

    // Only spaces, or nothing: back home.
    w.search->clear();
    w.type(QStringLiteral("   "));
    CHECK(w.page() == u"homePage");
    w.type(QStringLiteral("a"));
    CHECK(w.page() == u"resultsPage");
    QTest::keyClick(w.search, Qt::Key_Backspace);
    QTest::keyClick(w.search, Qt::Key_Backspace);
    QTest::keyClick(w.search, Qt::Key_Backspace);
    QTest::keyClick(w.search, Qt::Key_Backspace);
    CHECK(w.search->text().isEmpty());
    CHECK(w.page() == u"homePage");
}

TEST_CASE("typing a misspelled or half-typed word still finds the answer, with its words marked")
{
    Window w;
    w.type(QStringLiteral("verkrachtng"));
    REQUIRE(w.list->model()->rowCount() > 0);
    const QStringList marked
        = w.list->model()->index(0, 0).data(SearchResultModel::MatchedWordsRole).toStringList();
    CHECK(marked.contains(QStringLiteral("verkrachting")));

    w.search->clear();
    w.type(QStringLiteral("vrijwilli"));
    CHECK(w.firstId() == u"vrijwilligers");
}
