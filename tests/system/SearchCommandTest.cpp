#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace meldpunt;

namespace {

/// Runs --search without a display and checks that every line of stdout is a JSON object.
QList<QJsonObject> search(const QString &query, const QString &language = QStringLiteral("nl"))
{
    const auto result = test::runProgram(
        { QStringLiteral("--lang"), language, QStringLiteral("--search"), query },
        { QStringLiteral("QT_QPA_PLATFORM=") });
    INFO(query.left(40).toStdString());
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    QList<QJsonObject> hits;
    for (const QString &line : result.out.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        INFO(line.left(200).toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(document.isObject());
        hits << document.object();
    }
    CHECK(result.out.isEmpty() == hits.isEmpty());
    return hits;
}

} // namespace

TEST_CASE("command-line search with bad queries answers with nothing, not an error")
{
    const QStringList nonsense { QString(),
                                 QStringLiteral("   "),
                                 QStringLiteral("?!.,;"),
                                 QStringLiteral("-"),
                                 QStringLiteral("🙂🙂🙂"),
                                 QStringLiteral("مرحبا كيف حالك"),
                                 QStringLiteral("\u0001\u0002\u001b[0m\u202e"),
                                 QString(10000, u'x') };
    for (const QString &query : nonsense)
        CHECK(search(query).isEmpty());
}

TEST_CASE(
    "command-line search with 10,000 characters of real words still ranks, and 10,001 is refused")
{
    const auto hits = search(QStringLiteral("anoniem ").repeated(1250));
    REQUIRE(!hits.isEmpty());
    CHECK(hits.first().value(QStringLiteral("id")).toString() == u"anoniem-melden");
    const auto refused = test::runProgram({ QStringLiteral("--search"), QString(10001, u'x') },
                                          { QStringLiteral("QT_QPA_PLATFORM=") });
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("10,000")));
}

TEST_CASE("command-line search understands misspelled, compound and English queries")
{
    CHECK(search(QStringLiteral("anoniiem")).value(0).value(QStringLiteral("id")).toString()
          == u"anoniem-melden");
    CHECK(
        search(QStringLiteral("vrijwilligerswerk")).value(0).value(QStringLiteral("id")).toString()
        == u"vrijwilligers");
    CHECK(search(QStringLiteral("reporting anonymously"), QStringLiteral("en"))
              .value(0)
              .value(QStringLiteral("id"))
              .toString()
          == u"anoniem-melden");
    // Mixed: an emoji and punctuation around a real word do not get in the way.
    CHECK(search(QStringLiteral("🙂 anoniem?!")).value(0).value(QStringLiteral("id")).toString()
          == u"anoniem-melden");
}
