// Evidence in the window: a kiosk card shows every verified number with its QR code and where
// it was checked; a kiosk visitor never reads an unverified fact, a review note or "possibly out
// of date"; a counsellor's workstation shows the fact, marked; every answer says where its text
// comes from, and an editor's note is shown as this app's. Run on the shipped content: these
// are its content tests in the window.
#include "AnswerPage.h"
#include "ContentLoader.h"
#include "MainWindow.h"
#include "OrganisationPage.h"
#include "Provenance.h"
#include "SearchResultModel.h"
#include "TestSupport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QPushButton>
#include <QTest>

using namespace meldpunt;

namespace {

/// Every text the window shows now: labels and buttons.
QString shownText(const QWidget &window)
{
    QStringList texts;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&window))
            texts << label->text() << label->accessibleName();
    }
    for (const QPushButton *button : window.findChildren<QPushButton *>()) {
        if (button->isVisibleTo(&window))
            texts << button->text() << button->accessibleName();
    }
    return texts.join(u'\n');
}

/// The numbers and notes of the built-in content that have no evidence. A value that a
/// verified contact of another kind shares (a chat at the website's address) is not one.
QStringList unverifiedFacts(const LanguageContent &content)
{
    QStringList facts;
    QStringList shown;
    for (const Organisation &organisation : content.organisations) {
        for (const ContactPoint &contact : organisation.contacts) {
            if (!contact.shown())
                facts << contact.value;
            else
                shown << contact.value;
            if (contact.shown() && !contact.noteShown())
                facts << contact.note;
        }
    }
    for (const QString &value : shown)
        facts.removeAll(value);
    return facts;
}

/// The visible labels named `name` on the page, in their order.
QStringList labelTexts(const QWidget &page, const QString &name)
{
    QStringList texts;
    for (const QLabel *label : page.findChildren<QLabel *>(name)) {
        if (label->isVisibleTo(&page))
            texts << label->text();
    }
    return texts;
}

} // namespace

TEST_CASE("kiosk mode shows no unverified fact on any card, nor in the no-results help")
{
    MainWindow window(test::builtInContent(), { QStringLiteral("nl"), true, {} });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const LanguageContent &nl = *test::builtInContent().language(QStringLiteral("nl"));
    const QStringList facts = unverifiedFacts(nl);
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
    CHECK(!all.contains(QStringLiteral("niet gecontroleerd")));
}

TEST_CASE("a kiosk card shows each verified number and address, with its QR code and where it was checked")
{
    for (const QString &code : { QStringLiteral("nl"), QStringLiteral("en") }) {
        MainWindow window(test::builtInContent(), { code, true, {} });
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const LanguageContent shown = test::builtInContent().language(code)->verifiedOnly();
        auto *page = window.findChild<QWidget *>(QStringLiteral("organisationPage"));
        REQUIRE(page);
        int numbers = 0;
        for (const Organisation &organisation : shown.organisations) {
            INFO(code.toStdString() << " " << organisation.id.toStdString());
            window.openOrganisation(organisation.id);
            // A layout shows the widgets it was given on a visible page by a queued call.
            QCoreApplication::processEvents();
            QStringList wanted;
            QStringList origins;
            for (const ContactPoint &contact : organisation.contacts) {
                wanted << contact.value;
                origins << Provenance::contactOrigin(contact, code);
                numbers += contact.kind == ContactPoint::Kind::Phone ? 1 : 0;
            }
            // Read off the screen: every verified value once, in the content's order, each with
            // a QR code and its evidence.
            CHECK(labelTexts(*page, QStringLiteral("contactValue")) == wanted);
            CHECK(labelTexts(*page, QStringLiteral("qrCode")).size() == wanted.size());
            CHECK(labelTexts(*page, QStringLiteral("evidence")) == origins);
            CHECK(labelTexts(*page, QStringLiteral("unverified")).isEmpty());
            // Said once: where the card's description repeats the source's sentence, only the
            // source's words show.
            const QString text = labelTexts(*page, QStringLiteral("answerText")).join(u'\n');
            if (organisation.helpsWithRepeatsAbout())
                CHECK(!text.contains(organisation.helpsWith.toHtmlEscaped()));
            // No dead end: without a contact, the card to go to instead is there to tap.
            if (organisation.contacts.isEmpty()) {
                const auto tiles = page->findChildren<QPushButton *>(QStringLiteral("card"));
                REQUIRE(tiles.size() == 1);
                CHECK(tiles.first()->property("organisationId").toString() == organisation.instead);
                QTest::mouseClick(tiles.first(), Qt::LeftButton);
                QCoreApplication::processEvents();
                CHECK(qobject_cast<OrganisationPage *>(page)->organisationId() == organisation.instead);
            }
        }
        CHECK(numbers >= 8);
    }
}

TEST_CASE("the Veilig Thuis card shows its number once and its description once")
{
    MainWindow window(test::builtInContent(), { QStringLiteral("nl"), true, {} });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openOrganisation(QStringLiteral("veilig-thuis"));
    auto *page = window.findChild<QWidget *>(QStringLiteral("organisationPage"));
    REQUIRE(page);
    QString shown;
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->isVisibleTo(page))
            shown += label->text() + u'\n';
    }
    CHECK(shown.count(QStringLiteral("0800-2000")) == 1);
    CHECK(shown.count(QStringLiteral("veiligheid van een kind in je omgeving")) == 1);
    CHECK(shown.contains(QStringLiteral("Gecontroleerd op 7 december 2026 bij rijksoverheid.nl")));
}

TEST_CASE("kiosk search finds no unverified fact: not by the fact itself, a part of it, nor the card's name")
{
    for (const QString &code : { QStringLiteral("nl"), QStringLiteral("en") }) {
        MainWindow window(test::builtInContent(), { code, true, {} });
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const LanguageContent &language = *test::builtInContent().language(code);
        const QStringList facts = unverifiedFacts(language);
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

TEST_CASE("workstation mode shows an unverified fact, marked; the no-results help shows only verified numbers")
{
    MainWindow window(test::builtInContent(), { QStringLiteral("en"), false, {} });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openOrganisation(QStringLiteral("verbreek-de-stilte"));
    const QString card = shownText(window);
    CHECK(card.contains(QStringLiteral("0900-9999 001")));
    CHECK(card.contains(QStringLiteral("Not verified at the organisation's own site or a government site")));

    window.searchField()->insert(QStringLiteral("qqqxxyz"));
    auto *noResults = window.findChild<QWidget *>(QStringLiteral("noResults"));
    REQUIRE(noResults);
    QString help;
    for (const QLabel *label : noResults->findChildren<QLabel *>())
        help += label->text() + u'\n';
    CHECK(help.contains(QStringLiteral("112")));
    for (const QString &fact : unverifiedFacts(*test::builtInContent().language(QStringLiteral("en")))) {
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

TEST_CASE("on a fixture: the kiosk shows a card's verified facts only, a workstation marks the rest")
{
    const auto fixture = ContentLoader::load(test::dataPath(QStringLiteral("evidence")));
    REQUIRE(fixture.ok());
    for (const bool kiosk : { true, false }) {
        INFO((kiosk ? "kiosk" : "workstation"));
        MainWindow window(fixture.library, { QStringLiteral("nl"), kiosk, {} });
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<QWidget *>(QStringLiteral("organisationPage"));
        REQUIRE(page);
        window.openOrganisation(QStringLiteral("gecontroleerd"));
        QCoreApplication::processEvents();
        CHECK(labelTexts(*page, QStringLiteral("contactValue"))
              == (kiosk ? QStringList { QStringLiteral("0800-2000") }
                        : QStringList { QStringLiteral("0800-2000"), QStringLiteral("veiligthuis.nl") }));
        CHECK(labelTexts(*page, QStringLiteral("evidence")) == QStringList { QStringLiteral("Gecontroleerd op 7 december 2026 bij rijksoverheid.nl") });
        CHECK(labelTexts(*page, QStringLiteral("unverified")).size() == (kiosk ? 0 : 1));
        // The description repeats the source's sentence: the source's words stand alone.
        CHECK(!shownText(*page).contains(QStringLiteral("Als je je zorgen maakt om de veiligheid van een kind in je omgeving.")));

        window.openOrganisation(QStringLiteral("niet-gecontroleerd"));
        QCoreApplication::processEvents();
        CHECK(labelTexts(*page, QStringLiteral("contactValue")).size() == (kiosk ? 0 : 1));
        const auto tiles = page->findChildren<QPushButton *>(QStringLiteral("card"));
        // A workstation shows the number, marked; both say where to go instead, since the
        // card has no verified way to reach it.
        REQUIRE(tiles.size() == 1);
        CHECK(tiles.first()->property("organisationId").toString() == u"gecontroleerd");
    }
}
