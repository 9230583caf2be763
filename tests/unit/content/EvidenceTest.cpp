// Contact evidence on a fixture (tests/data/evidence): a fact the FAQ states, a fact verified at
// a page on a given day, and a fact without evidence, as the loader reads them, as kiosk mode and
// the handout keep them, as --list and the review sheet show them; what the build refuses; and
// facts that are due for a new check.
#include "CliCommands.h"
#include "ContentLoader.h"
#include "ContentRenderer.h"
#include "HandoutWriter.h"
#include "Provenance.h"
#include "ReviewSheet.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace meldpunt;

namespace {

const QDate checkedOn(2026, 12, 7);

/// The fixture copied to a temporary folder, to change one line of.
class Fixture
{
public:
    Fixture()
    {
        REQUIRE(m_dir.isValid());
        for (const QString &name : QDir(source()).entryList(QDir::Files))
            test::writeFile(path(name), test::readFile(source() + u'/' + name));
    }
    QString root() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.path() + u"/nl/" + name; }
    void replace(const QString &before, const QString &after)
    {
        QString text = test::readFile(path(QStringLiteral("organisations.txt")));
        REQUIRE(text.contains(before));
        text.replace(before, after);
        test::writeFile(path(QStringLiteral("organisations.txt")), text);
    }
    ContentLoader::Result load(const QDate &today = checkedOn) const
    {
        return ContentLoader::load(root(), QStringLiteral("c"), today);
    }

private:
    static QString source() { return test::dataPath(QStringLiteral("evidence/nl")); }
    QTemporaryDir m_dir;
};

LanguageContent fixture()
{
    const auto result = Fixture().load();
    INFO((result.diagnostics.isEmpty() ? std::string() : result.diagnostics.first().toString().toStdString()));
    REQUIRE(result.ok());
    return result.library.languages().first();
}

QStringList messages(const ContentLoader::Result &result)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : result.diagnostics)
        lines << diagnostic.toString();
    return lines;
}

QStringList values(const Organisation &organisation)
{
    QStringList shown;
    for (const ContactPoint &contact : organisation.contacts)
        shown << contact.value + (contact.note.isEmpty() ? QString() : u" (" + contact.note + u')');
    return shown;
}

} // namespace

TEST_CASE("evidence: the FAQ's own fact, a verified fact and a fact without evidence are read as such")
{
    const LanguageContent content = fixture();
    const Organisation *faq = content.organisation(QStringLiteral("uit-de-faq"));
    const Organisation *verified = content.organisation(QStringLiteral("gecontroleerd"));
    const Organisation *unverified = content.organisation(QStringLiteral("niet-gecontroleerd"));
    REQUIRE(faq);
    REQUIRE(verified);
    REQUIRE(unverified);

    const ContactPoint &tip = faq->contacts.first();
    CHECK(tip.evidence.kind == Evidence::Kind::Faq);
    CHECK(tip.noteEvidence.kind == Evidence::Kind::Verified);
    CHECK(tip.noteEvidence.page == u"politie.nl/themas/meld-misdaad-anoniem.html");
    CHECK(tip.noteEvidence.checked == checkedOn);

    const ContactPoint &phone = verified->contacts.first();
    CHECK(phone.evidence.kind == Evidence::Kind::Verified);
    CHECK(phone.evidence.page == u"www.rijksoverheid.nl/onderwerpen/huiselijk-geweld");
    CHECK(phone.evidence.site() == u"rijksoverheid.nl");
    // A note without evidence of its own is covered by its value's.
    CHECK(phone.noteEvidence.sameAs(phone.evidence));
    CHECK(phone.evidence.line == 14);
    CHECK(verified->contacts[1].evidence.kind == Evidence::Kind::None);
    CHECK(verified->contacts[1].evidence.why == u"de landelijke site is niet gecontroleerd");

    CHECK(!unverified->contacts.first().shown());
    CHECK(unverified->hasUnverifiedFacts());
    CHECK(!faq->hasUnverifiedFacts());
    CHECK(unverified->instead == u"gecontroleerd");
}

TEST_CASE("evidence: kiosk mode and the handout keep only facts with evidence")
{
    const LanguageContent content = fixture();
    const LanguageContent kiosk = content.verifiedOnly();
    CHECK(values(*kiosk.organisation(QStringLiteral("uit-de-faq")))
          == QStringList { QStringLiteral("0800-7000 (gratis)"), QStringLiteral("meldmisdaadanoniem.nl") });
    CHECK(values(*kiosk.organisation(QStringLiteral("gecontroleerd")))
          == QStringList { QStringLiteral("0800-2000 (gratis, dag en nacht)") });
    CHECK(kiosk.organisation(QStringLiteral("niet-gecontroleerd"))->contacts.isEmpty());
    // The workstation keeps all of them.
    CHECK(values(*content.organisation(QStringLiteral("gecontroleerd"))).size() == 2);
    // The no-results help: only cards with a verified contact.
    QStringList help;
    for (const Organisation *organisation : kiosk.generalHelp(3))
        help << organisation->id;
    CHECK(help == QStringList { QStringLiteral("uit-de-faq"), QStringLiteral("gecontroleerd") });

    // The handout, from the whole content: the verified facts with where and when, each with a
    // QR code; nothing without evidence; the card without a contact says where to go instead.
    const QString handout = HandoutWriter::html(content, { QStringLiteral("gecontroleerd"),
                                                           QStringLiteral("niet-gecontroleerd"),
                                                           QStringLiteral("uit-de-faq") });
    CHECK(handout.contains(QStringLiteral("0800-2000")));
    CHECK(handout.contains(QStringLiteral("Checked on 7 december 2026 at rijksoverheid.nl")));
    CHECK(handout.contains(QStringLiteral("From the FAQ of Meldpunt Kinderporno. The note in brackets: Checked on "
                                          "7 december 2026 at politie.nl")));
    CHECK(!handout.contains(QStringLiteral("veiligthuis.nl")));
    CHECK(!handout.contains(QStringLiteral("0900-9999 001")));
    CHECK(handout.contains(QStringLiteral("Where to go instead: Veilig Thuis")));
    // 0800-2000 twice (its own card, and where Verbreek de Stilte sends you), 0800-7000 and the website.
    CHECK(handout.count(QRegularExpression(QStringLiteral("src=\"qr:\\d+\""))) == 4);
}

TEST_CASE("evidence: --list and the review sheet show each fact's evidence")
{
    const LanguageContent content = fixture();
    QString text;
    QTextStream out(&text);
    REQUIRE(CliCommands::list(content, out) == 0);
    QJsonObject card;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        if (object.value(QStringLiteral("id")).toString() == u"gecontroleerd")
            card = object;
    }
    const QJsonArray contacts = card.value(QStringLiteral("contacts")).toArray();
    REQUIRE(contacts.size() == 2);
    const QJsonObject phone = contacts[0].toObject();
    CHECK(phone.value(QStringLiteral("qr")).toString() == u"tel:08002000");
    const QJsonObject evidence = phone.value(QStringLiteral("evidence")).toObject();
    CHECK(evidence.value(QStringLiteral("kind")).toString() == u"verified");
    CHECK(evidence.value(QStringLiteral("checked")).toString() == u"2026-12-07");
    CHECK(evidence.value(QStringLiteral("page")).toString() == u"www.rijksoverheid.nl/onderwerpen/huiselijk-geweld");
    CHECK(contacts[1].toObject().value(QStringLiteral("evidence")).toObject().value(QStringLiteral("kind")).toString() == u"none");

    // One row per fact, the note apart where its page differs, each with its page and day.
    const auto rows = ReviewSheet::items(content, nullptr);
    auto row = [&rows](const QString &wanted) {
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const ReviewSheet::Item &item) { return item.text == wanted; });
        REQUIRE(it != rows.end());
        return *it;
    };
    CHECK(row(QStringLiteral("0800-2000 (gratis, dag en nacht)")).source == u"www.rijksoverheid.nl/onderwerpen/huiselijk-geweld");
    CHECK(row(QStringLiteral("0800-2000 (gratis, dag en nacht)")).date == u"2026-12-07");
    CHECK(row(QStringLiteral("0800-7000")).source == u"FAQ");
    CHECK(row(QStringLiteral("0800-7000 (gratis)")).source == u"politie.nl/themas/meld-misdaad-anoniem.html");
    CHECK(row(QStringLiteral("veiligthuis.nl")).source == u"not verified: de landelijke site is niet gecontroleerd");
    CHECK(row(QStringLiteral("veiligthuis.nl")).status == u"not shown in kiosk mode nor printed until verified");
}

TEST_CASE("evidence: the build refuses a fact whose evidence is missing or malformed")
{
    Fixture copy;
    struct Case
    {
        const char *what;
        QString before;
        QString after;
        QString message;
    };
    const QList<Case> cases {
        { "a contact line without evidence", QStringLiteral("unverified: alleen een oude pagina\n"), QString(),
          QStringLiteral("c/nl/organisations.txt:23: '0900-9999 001' in 'niet-gecontroleerd' needs its evidence on the next line") },
        { "a verified fact without a date", QStringLiteral("verified: 2026-12-07 www.rijksoverheid.nl"),
          QStringLiteral("verified: www.rijksoverheid.nl"), QStringLiteral(":14: verified: needs the day the page was read and its address") },
        { "a verified fact without an address", QStringLiteral("verified: 2026-12-07 www.rijksoverheid.nl/onderwerpen/huiselijk-geweld"),
          QStringLiteral("verified: 2026-12-07"), QStringLiteral(":14: verified: needs the day the page was read and its address") },
        { "an impossible date", QStringLiteral("verified: 2026-12-07 www"), QStringLiteral("verified: 2026-02-30 www"),
          QStringLiteral(":14: verified: needs the day the page was read") },
        { "a day still to come", QStringLiteral("verified: 2026-12-07 www"), QStringLiteral("verified: 2026-12-08 www"),
          QStringLiteral(":14: 2026-12-08 is a day still to come") },
        { "an address with its scheme", QStringLiteral("2026-12-07 www."), QStringLiteral("2026-12-07 https://www."),
          QStringLiteral("the page's address goes without 'https://'") },
        { "'verified: FAQ' for a number the FAQ does not give", QStringLiteral("phone: 0800-7000 (gratis)"),
          QStringLiteral("phone: 0800-7001 (gratis)"), QStringLiteral(":5: '0800-7001' is not in the FAQ text") },
        { "evidence that stands under no contact", QStringLiteral("instead: gecontroleerd"),
          QStringLiteral("instead: gecontroleerd\nterms: a\nverified: FAQ"), QStringLiteral("'verified:' goes right under the contact line") },
        { "two pieces of evidence for one value", QStringLiteral("unverified: alleen een oude pagina"),
          QStringLiteral("unverified: alleen een oude pagina\nverified: FAQ"), QStringLiteral("'0900-9999 001' already has its value's evidence") },
        { "note evidence for a contact without a note", QStringLiteral("website: meldmisdaadanoniem.nl\nverified: FAQ"),
          QStringLiteral("website: meldmisdaadanoniem.nl\nverified: FAQ\nnote-verified: FAQ"),
          QStringLiteral("'note-verified:' is for the note in brackets, and 'meldmisdaadanoniem.nl' has none") },
        { "a field of the old format", QStringLiteral("instead: gecontroleerd"),
          QStringLiteral("instead: gecontroleerd\nunconfirmed: 0900-9999 001"), QStringLiteral("'unconfirmed:' is no longer used") },
        { "a card that would be a dead end", QStringLiteral("instead: gecontroleerd\n"), QString(),
          QStringLiteral("'niet-gecontroleerd' has no verified way to reach it") },
        { "a card sent to an unknown card", QStringLiteral("instead: gecontroleerd"), QStringLiteral("instead: elders"),
          QStringLiteral("'niet-gecontroleerd' names 'elders' as where to go instead") },
        { "a card that shares an entry's id", QStringLiteral("[uit-de-faq]"), QStringLiteral("[anoniem-blijven]"),
          QStringLiteral("id 'anoniem-blijven' is also an entry's") },
    };
    for (const Case &wrong : cases) {
        DYNAMIC_SECTION(wrong.what)
        {
            copy.replace(wrong.before, wrong.after);
            const auto result = copy.load();
            INFO(messages(result).join(u'\n').toStdString());
            CHECK(!result.ok());
            CHECK(!messages(result).filter(wrong.message).isEmpty());
        }
    }
}

TEST_CASE("evidence: a check older than twelve months is due again, and the fact stays shown")
{
    Fixture copy;
    // Twelve months to the day: not due yet.
    CHECK(copy.load(QDate(2027, 12, 7)).dueForCheck.isEmpty());
    const auto later = copy.load(QDate(2027, 12, 8));
    REQUIRE(later.ok());
    QStringList due;
    for (const Diagnostic &diagnostic : later.dueForCheck)
        due << diagnostic.toString();
    CHECK(due
          == QStringList {
              QStringLiteral("c/nl/organisations.txt:6: warning: due for a new check: 'gratis' in 'uit-de-faq' was checked on "
                             "2026-12-07 at politie.nl/themas/meld-misdaad-anoniem.html, more than 12 months ago; read the "
                             "page again and update the date"),
              QStringLiteral("c/nl/organisations.txt:14: warning: due for a new check: '0800-2000' in 'gecontroleerd' was checked "
                             "on 2026-12-07 at www.rijksoverheid.nl/onderwerpen/huiselijk-geweld, more than 12 months ago; "
                             "read the page again and update the date") });
    CHECK(values(*later.library.languages().first().verifiedOnly().organisation(QStringLiteral("gecontroleerd")))
          == QStringList { QStringLiteral("0800-2000 (gratis, dag en nacht)") });

    // --check-content lists them and still says the content is valid.
    copy.replace(QStringLiteral("verified: 2026-12-07 www"), QStringLiteral("verified: 2020-01-31 www"));
    QString text;
    QTextStream out(&text);
    CHECK(CliCommands::checkContent(copy.root(), {}, out) == 0);
    CHECK(text.contains(copy.root() + u"/nl/organisations.txt:14: warning: due for a new check: '0800-2000'"));
    CHECK(text.contains(QStringLiteral("valid: 1 languages")));
}

TEST_CASE("evidence: a card's description that repeats the source's sentence is said once")
{
    const LanguageContent content = fixture();
    CHECK(content.organisation(QStringLiteral("gecontroleerd"))->helpsWithRepeatsAbout());
    // No source sentence to repeat.
    CHECK(!content.organisation(QStringLiteral("uit-de-faq"))->helpsWithRepeatsAbout());
    Organisation other;
    other.helpsWith = QStringLiteral("Advies na online misbruik, ook voor ouders.");
    other.about = { { false, QStringLiteral("Of neem contact op met onze collega's.") } };
    CHECK(!other.helpsWithRepeatsAbout());
}

TEST_CASE("evidence: a tile reaches the organisation, or the card to go to instead")
{
    const LanguageContent content = fixture();
    CHECK(ContentRenderer::reachLine(*content.organisation(QStringLiteral("uit-de-faq")), content) == u"0800-7000");
    const LanguageContent kiosk = content.verifiedOnly();
    CHECK(ContentRenderer::reachLine(*kiosk.organisation(QStringLiteral("niet-gecontroleerd")), kiosk)
          == u"Via Veilig Thuis: 0800-2000");
}
