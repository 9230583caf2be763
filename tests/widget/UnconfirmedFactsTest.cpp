// Issue 12 in the window: a kiosk visitor never reads an unconfirmed fact, a review note or
// "possibly out of date"; a counsellor's workstation shows the fact, marked; every answer says
// where its text comes from, and an editor's note is shown as this app's.
#include "AnswerPage.h"
#include "MainWindow.h"
#include "SearchResultModel.h"
#include "TestSupport.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QPushButton>
#include <QTest>

using namespace meldpunt;

namespace {

/// Every text the window shows now: labels and buttons. A card's source line is left out: it
/// names the sites its facts were checked on ("Bron: FAQ; helpwanted.nl"), not a way to reach
/// the organisation.
QString shownText(const QWidget &window)
{
    QStringList texts;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&window) && !label->text().startsWith(QStringLiteral("Bron: "))
            && !label->text().startsWith(QStringLiteral("Source: ")))
            texts << label->text() << label->accessibleName();
    }
    for (const QPushButton *button : window.findChildren<QPushButton *>()) {
        if (button->isVisibleTo(&window))
            texts << button->text() << button->accessibleName();
    }
    return texts.join(u'\n');
}

/// The numbers and notes of the built-in content that wait for the owner's confirmation.
QStringList unconfirmedFacts(const LanguageContent &content)
{
    QStringList facts;
    for (const Organisation &organisation : content.organisations) {
        for (const ContactPoint &contact : organisation.contacts) {
            if (!contact.confirmed)
                facts << contact.value;
            else if (!contact.note.isEmpty() && !contact.noteConfirmed)
                facts << contact.note;
        }
    }
    return facts;
}

} // namespace

TEST_CASE("kiosk mode shows no unconfirmed fact on any card, nor in the no-results help")
{
    MainWindow window(test::builtInContent(), { QStringLiteral("nl"), true, {} });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const LanguageContent &nl = *test::builtInContent().language(QStringLiteral("nl"));
    const QStringList facts = unconfirmedFacts(nl);
    REQUIRE(facts.contains(QStringLiteral("0900-9999 001")));

    QStringList pages { shownText(window) }; // home, with its cards
    for (const Organisation &organisation : nl.organisations) {
        window.openOrganisation(organisation.id);
        pages << shownText(window);
    }
    window.searchField()->insert(QStringLiteral("qqqxxyz"));
    pages << shownText(window);
    const QString all = pages.join(u'\n');
    for (const QString &fact : facts) {
        INFO(fact.toStdString());
        CHECK(!all.contains(fact));
    }
    CHECK(!all.contains(QStringLiteral("mogelijk verouderd")));
    CHECK(!all.contains(QStringLiteral("bevestigd door Offlimits")));
    CHECK(!all.contains(QStringLiteral("confirmed by Offlimits")));
}

TEST_CASE("kiosk search finds no unconfirmed fact: not by the fact itself, a part of it, nor the card's name")
{
    for (const QString &code : { QStringLiteral("nl"), QStringLiteral("en") }) {
        MainWindow window(test::builtInContent(), { code, true, {} });
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const LanguageContent &language = *test::builtInContent().language(code);
        const QStringList facts = unconfirmedFacts(language);
        REQUIRE(!facts.isEmpty());
        QStringList queries;
        for (const QString &fact : facts) {
            queries << fact;
            for (const QString &part : fact.split(QRegularExpression(QStringLiteral("[\\s(),-]+")), Qt::SkipEmptyParts)) {
                if (part.size() >= 3)
                    queries << part;
            }
        }
        for (const Organisation &organisation : language.organisations)
            queries << organisation.name;
        auto *list = window.findChild<QListView *>(QStringLiteral("resultList"));
        REQUIRE(list);
        int rowsRead = 0;
        for (const QString &query : queries) {
            window.searchField()->setText(query);
            const QAbstractItemModel *model = list->model();
            for (int row = 0; row < model->rowCount(); ++row, ++rowsRead) {
                const QModelIndex index = model->index(row, 0);
                const QString shown = index.data(Qt::DisplayRole).toString() + u'\n'
                    + index.data(SearchResultModel::SnippetRole).toString();
                for (const QString &fact : facts) {
                    INFO(code.toStdString() << ": query \"" << query.toStdString() << "\" shows \""
                                            << shown.toStdString() << "\"");
                    CHECK(!shown.contains(fact));
                }
            }
        }
        // The queries did find hits: the check above read real results.
        CHECK(rowsRead > queries.size());
    }
}

TEST_CASE("workstation mode shows an unconfirmed fact, marked; the no-results help shows only confirmed numbers")
{
    MainWindow window(test::builtInContent(), { QStringLiteral("en"), false, {} });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openOrganisation(QStringLiteral("verbreek-de-stilte"));
    const QString card = shownText(window);
    CHECK(card.contains(QStringLiteral("0900-9999 001")));
    CHECK(card.contains(QStringLiteral("not yet confirmed by Offlimits")));

    window.searchField()->insert(QStringLiteral("qqqxxyz"));
    auto *noResults = window.findChild<QWidget *>(QStringLiteral("noResults"));
    REQUIRE(noResults);
    QString help;
    for (const QLabel *label : noResults->findChildren<QLabel *>())
        help += label->text() + u'\n';
    CHECK(help.contains(QStringLiteral("112")));
    for (const QString &fact : unconfirmedFacts(*test::builtInContent().language(QStringLiteral("en")))) {
        INFO(fact.toStdString());
        CHECK(!help.contains(fact));
    }
}

TEST_CASE("an answer says where its text comes from, and shows an editor's note as this app's")
{
    MainWindow window(test::builtInContent(), { QStringLiteral("nl"), true, {} });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openEntry(QStringLiteral("opsporing"));
    auto *note = window.findChild<QLabel *>(QStringLiteral("editorNote"));
    REQUIRE(note);
    CHECK(note->isVisibleTo(&window));
    CHECK(note->text().contains(QStringLiteral("Openbaar Ministerie")));
    CHECK(note->text().contains(QStringLiteral("2026-12-02")));
    const QString page = shownText(window);
    // In the kiosk's language, Dutch.
    CHECK(page.contains(QStringLiteral("woord voor woord")));
    CHECK(page.contains(QStringLiteral("Ook de noot van de redactie is voor deze app geschreven")));

    window.openEntry(QStringLiteral("anoniem-melden"));
    CHECK(!note->isVisibleTo(&window));
}
