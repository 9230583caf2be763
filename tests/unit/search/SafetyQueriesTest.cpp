// Safe answers for people in distress (issue 12): every query of tests/data/safety-queries.tsv
// gives a first result that fits the situation, in the kiosk's content and the workstation's.
#include "SearchEngine.h"
#include "TestSupport.h"

using namespace meldpunt;

namespace {

QStringList ids(const QString &column)
{
    if (column.trimmed() == u"-")
        return {};
    QStringList list;
    for (const QString &id : column.split(u'|'))
        list << id.trimmed();
    return list;
}

struct Outcome
{
    int total = 0;
    int passed = 0;
    QStringList failures;
};

Outcome run(bool kiosk)
{
    const ContentLibrary library = kiosk ? test::builtInContent().verifiedOnly() : test::builtInContent();
    const SearchEngine dutch(*library.language(QStringLiteral("nl")));
    const SearchEngine english(*library.language(QStringLiteral("en")));
    Outcome outcome;
    for (const QString &line : test::readFile(test::dataPath(QStringLiteral("safety-queries.tsv"))).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        REQUIRE(columns.size() == 4);
        const QStringList first = ids(columns[2]);
        const QStringList never = ids(columns[3]);
        const auto hits = (columns[0] == u"en" ? english : dutch).search(columns[1], 3);
        const QString top = hits.isEmpty() ? QString() : hits.first().id;
        ++outcome.total;
        if (!top.isEmpty() && (first.isEmpty() || first.contains(top)) && !never.contains(top)) {
            ++outcome.passed;
            continue;
        }
        QStringList got;
        for (const SearchHit &hit : hits)
            got << hit.id;
        outcome.failures << QStringLiteral("%1 '%2': got %3").arg(columns[0], columns[1], got.join(u", "));
    }
    return outcome;
}

} // namespace

TEST_CASE("safety queries: the first result fits the situation, in kiosk and workstation content")
{
    for (const bool kiosk : { true, false }) {
        const Outcome outcome = run(kiosk);
        WARN(QStringLiteral("safety-queries.tsv (%1): %2 queries, %3 pass")
                 .arg(kiosk ? QStringLiteral("kiosk") : QStringLiteral("workstation"))
                 .arg(outcome.total)
                 .arg(outcome.passed)
                 .toStdString());
        INFO(outcome.failures.join(u'\n').toStdString());
        CHECK(outcome.total >= 40);
        CHECK(outcome.passed == outcome.total);
    }
}
