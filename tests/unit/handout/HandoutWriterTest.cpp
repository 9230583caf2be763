#include "HandoutWriter.h"
#include "TestSupport.h"
#include "UiTranslator.h"

#include <QBuffer>
#include <QRegularExpression>

using namespace meldpunt;

namespace {

const LanguageContent &dutch()
{
    const LanguageContent *nl = test::builtInContent().language(QStringLiteral("nl"));
    REQUIRE(nl);
    return *nl;
}

} // namespace

TEST_CASE("handout: a neutral title by default, the date and the scan hint at the top")
{
    UiTranslator translator;
    REQUIRE(translator.install(QStringLiteral("nl"), QStringLiteral(":/content/nl")));
    HandoutWriter::Options options;
    options.date = QDate(2026, 12, 2);
    const QString html = HandoutWriter::html(dutch(), { QStringLiteral("anoniem-melden"), QStringLiteral("helpwanted") }, options);
    REQUIRE_FALSE(html.isEmpty());
    const qsizetype firstSection = html.indexOf(QStringLiteral("<h2>"));
    const QString top = html.left(firstSection);
    CHECK(top.contains(QStringLiteral("<h1>Hulp en informatie</h1>")));
    CHECK_FALSE(top.contains(QStringLiteral("Kinderporno")));
    CHECK(top.contains(QStringLiteral("2 december 2026")));
    CHECK(top.contains(QStringLiteral("112")));
    CHECK(top.contains(QStringLiteral("QR")));

    options.namedTitle = true;
    CHECK(HandoutWriter::html(dutch(), { QStringLiteral("helpwanted") }, options).contains(QStringLiteral("<h1>Meldpunt Kinderporno")));
}

TEST_CASE("handout: one QR code per distinct target of a card")
{
    // Every card, as printed (verified facts only): as many codes as distinct targets
    // (HelpWanted's chat and website are one address: one code for both).
    const LanguageContent printed = dutch().verifiedOnly();
    for (const Organisation &organisation : printed.organisations) {
        INFO(organisation.id.toStdString());
        QSet<QString> targets;
        for (const ContactPoint &contact : organisation.contacts)
            targets << contact.qrPayload();
        // A card without a verified contact prints the one to go to instead, with its codes.
        if (organisation.contacts.isEmpty()) {
            const Organisation *instead = printed.organisation(organisation.instead);
            REQUIRE(instead);
            for (const ContactPoint &contact : instead->contacts)
                targets << contact.qrPayload();
            CHECK(!targets.isEmpty());
        }
        const QString html = HandoutWriter::html(dutch(), { organisation.id });
        CHECK(html.count(QRegularExpression(QStringLiteral("src=\"qr:\\d+\""))) == targets.size());
        for (const ContactPoint &contact : organisation.contacts)
            CHECK(html.contains(contact.value.toHtmlEscaped()));
    }
}

TEST_CASE("handout: every entry and card in one PDF, pages broken between blocks")
{
    QStringList ids;
    for (const FaqEntry &entry : dutch().faq)
        ids << entry.id;
    for (const Organisation &organisation : dutch().organisations)
        ids << organisation.id;
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const HandoutWriter::Result result = HandoutWriter::write(dutch(), ids, &buffer);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(result.pages > 5);
    CHECK(buffer.data().startsWith("%PDF-"));

    QBuffer small;
    REQUIRE(small.open(QIODevice::WriteOnly));
    CHECK(HandoutWriter::write(dutch(), { QStringLiteral("helpwanted") }, &small).pages == 1);
}
