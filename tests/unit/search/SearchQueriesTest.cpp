// The search on the shipped content: the visitors' query sets of tests/data. The rules
// themselves are tested on a small content of their own in SearchEngineTest.cpp.

#include "SearchEngine.h"
#include "TestSupport.h"

using namespace meldpunt;

namespace {

const SearchEngine &engine(const QString &code)
{
    static SearchEngine dutch(*test::builtInContent().language(QStringLiteral("nl")));
    static SearchEngine english(*test::builtInContent().language(QStringLiteral("en")));
    return code == u"en" ? english : dutch;
}

QString firstId(const QString &query, const QString &language = QStringLiteral("nl"))
{
    const auto hits = engine(language).search(query, 5);
    return hits.isEmpty() ? QStringLiteral("(none)") : hits.first().id;
}

/// The Dutch text of an entry or card, to match the phrases of search-queries.tsv.
QString dutchText(const SearchHit &hit)
{
    const LanguageContent *nl = test::builtInContent().language(QStringLiteral("nl"));
    if (hit.kind == SearchHit::Kind::Faq) {
        const FaqEntry *entry = nl->entry(hit.id);
        return entry->question + u'\n' + plainText(entry->answer);
    }
    return nl->organisation(hit.id)->plainText();
}

struct QueryFileResult
{
    int total = 0;
    int first = 0;
    int topThree = 0;
    QStringList misses; ///< each query not first, with what came instead
};

/// Runs every query of a file: lang<TAB>query<TAB>wanted, where `wanted` holds phrases of the
/// Dutch text (search-queries.tsv) or, with `byId`, ids; ' | ' separates alternatives.
QueryFileResult runQueryFile(const QString &name, bool byId = false)
{
    QueryFileResult result;
    for (const QString &line : test::readFile(test::dataPath(name)).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        REQUIRE(columns.size() == 3);
        const QStringList wanted = columns[2].split(QStringLiteral(" | "));
        const auto hits = engine(columns[0]).search(columns[1], 3);
        int rank = -1;
        for (int i = 0; i < hits.size() && rank < 0; ++i) {
            for (const QString &want : wanted) {
                if (byId ? hits[i].id == want : dutchText(hits[i]).contains(want, Qt::CaseInsensitive))
                    rank = i;
            }
        }
        ++result.total;
        result.first += rank == 0 ? 1 : 0;
        result.topThree += rank >= 0 ? 1 : 0;
        if (rank != 0) {
            QStringList got;
            for (const SearchHit &hit : hits)
                got << hit.id;
            result.misses << QStringLiteral("%1 '%2' (want: %3) ranked %4, got: %5")
                                 .arg(columns[0], columns[1], columns[2],
                                      rank < 0 ? QStringLiteral("-") : QString::number(rank + 1), got.join(u", "));
        }
    }
    return result;
}

void report(const QString &name, const QueryFileResult &result)
{
    // Shown with -s, and in the log of a failure: the figures the README gives.
    WARN(QStringLiteral("%1: %2 queries, first %3 (%4%), in the first three %5 (%6%)")
             .arg(name)
             .arg(result.total)
             .arg(result.first)
             .arg(result.total ? result.first * 100 / result.total : 0)
             .arg(result.topThree)
             .arg(result.total ? result.topThree * 100 / result.total : 0)
             .append(result.misses.isEmpty() ? QString() : u'\n' + result.misses.join(u'\n'))
             .toStdString());
}

} // namespace

TEST_CASE("shipped: the query sets of tests/data, each above its bar")
{
    struct QuerySet
    {
        const char *file;
        bool byId;          ///< the wanted column holds ids, not phrases of the Dutch text
        int leastTotal;
        int leastFirst;     ///< percent of the queries whose answer comes first
        int leastTopThree;  ///< percent whose answer is in the first three
    };
    const QuerySet set = GENERATE(values<QuerySet>({
        // The visitors' queries, tuned on.
        { "search-queries.tsv", false, 40, 90, 97 },
        // Held out: written before tuning and not tuned on alone. A looser bar than the
        // sample's, so that a change that helps the sample but hurts other visitors' queries
        // still shows.
        { "search-queries-extra.tsv", false, 30, 80, 90 },
        // The honest measure: written before the ranking of issue 13 was tuned, and never
        // tuned on; the figures go into the README. The bar only guards against a collapse.
        { "search-queries-new.tsv", true, 40, 0, 80 },
        // Near ties and participles: the rules shown on the shipped content, every one first.
        { "search-queries-ranking.tsv", true, 12, 100, 100 },
    }));
    const QString name = QString::fromLatin1(set.file);
    INFO(set.file);
    const QueryFileResult result = runQueryFile(name, set.byId);
    report(name, result);
    INFO(result.misses.join(u'\n').toStdString());
    CHECK(result.total >= set.leastTotal);
    CHECK(result.first * 100 >= result.total * set.leastFirst);
    CHECK(result.topThree * 100 >= result.total * set.leastTopThree);
}

TEST_CASE("shipped: an organisation's name puts its card first")
{
    const QList<QPair<QString, QString>> names { { QStringLiteral("politie"), QStringLiteral("politie") },
                                                 { QStringLiteral("Veilig Thuis"), QStringLiteral("veilig-thuis") },
                                                 { QStringLiteral("helpwanted"), QStringLiteral("helpwanted") },
                                                 { QStringLiteral("stop it now"), QStringLiteral("stop-it-now") },
                                                 { QStringLiteral("Slachtofferhulp Nederland"), QStringLiteral("slachtofferhulp") } };
    for (const auto &[query, id] : names) {
        INFO(query.toStdString());
        CHECK(firstId(query) == id);
    }
}

TEST_CASE("shipped: English stems and questions")
{
    CHECK(firstId(QStringLiteral("reporting anonymously"), QStringLiteral("en")) == u"anoniem-melden");
    CHECK(firstId(QStringLiteral("volunteers"), QStringLiteral("en")) == u"vrijwilligers");
}
