#include "Highlight.h"
#include "SearchEngine.h"
#include "TestSupport.h"

#include <QElapsedTimer>

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
    return hits.isEmpty() ? QString() : hits.first().id;
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

} // namespace

TEST_CASE("search: the anonymity answer first for 'anoniem'")
{
    CHECK(firstId(QStringLiteral("anoniem")) == u"anoniem-melden");
    CHECK(firstId(QStringLiteral("ANONIEM")) == u"anoniem-melden");
}

TEST_CASE("search: prefixes while typing, typos, compounds, stems")
{
    CHECK(firstId(QStringLiteral("anon")) == u"anoniem-melden");
    CHECK(firstId(QStringLiteral("anoniiem")) == u"anoniem-melden");
    CHECK(firstId(QStringLiteral("vrijwilligerswerk")) == u"vrijwilligers");
    CHECK(firstId(QStringLiteral("verkrachtng")) != QString());
    const auto hits = engine(QStringLiteral("nl")).search(QStringLiteral("misbruik"), 50);
    bool compound = false;
    for (const SearchHit &hit : hits)
        compound = compound || hit.id == u"vrijwilligers"; // "kindermisbruik"
    CHECK(compound);
}

bool matched(const QString &query, const QString &word, const QString &language = QStringLiteral("nl"))
{
    for (const SearchHit &hit : engine(language).search(query, 50)) {
        if (hit.matchedWords.contains(word))
            return true;
    }
    return false;
}

TEST_CASE("search: stems on text and query alike, in Dutch and English")
{
    CHECK(matched(QStringLiteral("meldingen"), QStringLiteral("melding")));
    CHECK(matched(QStringLiteral("slachtoffers"), QStringLiteral("slachtoffer")));
    // Derivations that Snowball leaves apart: "melden" (stem "meld") and "melding".
    CHECK(matched(QStringLiteral("melden doen"), QStringLiteral("melding")));
    CHECK_FALSE(matched(QStringLiteral("melden doen"), QStringLiteral("meldpunt")));
    CHECK(matched(QStringLiteral("reporting"), QStringLiteral("report"), QStringLiteral("en")));
    CHECK(firstId(QStringLiteral("reporting anonymously"), QStringLiteral("en")) == u"anoniem-melden");
    CHECK(firstId(QStringLiteral("volunteers"), QStringLiteral("en")) == u"vrijwilligers");
}

TEST_CASE("search: compounds, both ways")
{
    // A query word inside a longer word of the text.
    CHECK(matched(QStringLiteral("misbruik"), QStringLiteral("kindermisbruik")));
    CHECK(matched(QStringLiteral("materiaal"), QStringLiteral("beeldmateriaal")));
    // ... but not after a mere prefix: "anonim" is a typo of "anoniem", not part of "geanonimiseerd".
    CHECK_FALSE(matched(QStringLiteral("anonim"), QStringLiteral("geanonimiseerd")));
    CHECK(firstId(QStringLiteral("anonim")) == u"anoniem-melden");

    // A long query word split into known words, with linking s, e or en.
    CHECK(matched(QStringLiteral("kinderpornomateriaal"), QStringLiteral("kinderporno")));
    CHECK(matched(QStringLiteral("kinderpornomateriaal"), QStringLiteral("materiaal")));
    CHECK(matched(QStringLiteral("stichtingswebsite"), QStringLiteral("stichting")));   // s
    CHECK(matched(QStringLiteral("stichtingswebsite"), QStringLiteral("website")));
    CHECK(matched(QStringLiteral("hulplijnenwebsite"), QStringLiteral("hulplijn")));    // en
    CHECK(matched(QStringLiteral("hulplijnenwebsite"), QStringLiteral("website")));
    CHECK(matched(QStringLiteral("slachtofferhulpverlening"), QStringLiteral("slachtofferhulp")));
    const QString victims = firstId(QStringLiteral("slachtofferhulpverlening"));
    CHECK((victims == u"slachtofferhulp" || victims == u"hulp-slachtoffers"));
    CHECK(matched(QStringLiteral("nudistenfoto"), QStringLiteral("nudisten")));
    CHECK(matched(QStringLiteral("politiezedenafdeling"), QStringLiteral("zeden")));
    // Mostly unknown: no split into stray short words.
    CHECK(engine(QStringLiteral("nl")).search(QStringLiteral("xyzqwvkindxyzqwv"), 5).isEmpty());
}

TEST_CASE("search: typos, one edit in 4 to 7 letters, two in longer words")
{
    const auto fuzzy = engine(QStringLiteral("nl")).search(QStringLiteral("anoneim"), 5); // a swap: one edit
    REQUIRE(!fuzzy.isEmpty());
    CHECK(fuzzy.first().id == u"anoniem-melden");
    CHECK(fuzzy.first().fuzzyOnly);
    CHECK(fuzzy.first().matchedWords.contains(QStringLiteral("anoniem")));
    CHECK(matched(QStringLiteral("kimd"), QStringLiteral("kind")));                      // 4 letters, 1 edit
    CHECK_FALSE(matched(QStringLiteral("kimt"), QStringLiteral("kind")));                // 4 letters, 2 edits
    CHECK_FALSE(matched(QStringLiteral("kid"), QStringLiteral("kind")));                 // 3 letters: none
    CHECK(matched(QStringLiteral("discrimmenatie"), QStringLiteral("discriminatie")));   // 2 edits
    CHECK_FALSE(matched(QStringLiteral("dascrimmenatie"), QStringLiteral("discriminatie"))); // 3 edits
    CHECK(matched(QStringLiteral("verkrachtng"), QStringLiteral("verkrachting")));
    CHECK(firstId(QStringLiteral("vrijwiligerswerk")) == u"vrijwilligers");
    // While typing: a typo in the start of a long word.
    CHECK(matched(QStringLiteral("kinderpr"), QStringLiteral("kinderporno")));
}

TEST_CASE("search: visitors' words are data: terms, synonyms, stopwords")
{
    CHECK(firstId(QStringLiteral("groepsapp")) == u"chatapp");          // a term of the entry
    CHECK(matched(QStringLiteral("pedo"), QStringLiteral("pedofiel")));  // synonyms.txt
    CHECK(matched(QStringLiteral("cops"), QStringLiteral("police"), QStringLiteral("en")));
    // Stopwords are left out while other words remain, and searched when they are all there is.
    const auto withStopwords = engine(QStringLiteral("nl")).search(QStringLiteral("blijf ik dan wel anoniem"), 5);
    REQUIRE(!withStopwords.isEmpty());
    CHECK(withStopwords.first().id == u"anoniem-melden");
    CHECK(!engine(QStringLiteral("nl")).search(QStringLiteral("wat is"), 5).isEmpty());
    // The stopwords come from language.txt, and words with meaning are not among them.
    for (const char *code : { "nl", "en" }) {
        const QStringList &stopwords = test::builtInContent().language(QLatin1String(code))->info.stopwords;
        CHECK(stopwords.size() > 40);
        for (const char *meaningful : { "niet", "geen", "zelf", "wie", "not", "no", "who" })
            CHECK_FALSE(stopwords.contains(QLatin1String(meaningful)));
    }
}

TEST_CASE("search: a query that is a whole term or question ranks its entry first, ties stay stable")
{
    const QString safeHome = firstId(QStringLiteral("veilig thuis")); // a term of both
    CHECK((safeHome == u"veilig-thuis" || safeHome == u"zorgen-om-kind"));
    CHECK(firstId(QStringLiteral("dader bekend")) == u"dader-bekend");
    CHECK(firstId(QStringLiteral("direct gevaar")) == u"direct-gevaar");
    const auto once = engine(QStringLiteral("nl")).search(QStringLiteral("melden"), 50);
    const auto again = engine(QStringLiteral("nl")).search(QStringLiteral("melden"), 50);
    REQUIRE(once.size() == again.size());
    for (qsizetype i = 0; i < once.size(); ++i)
        CHECK(once[i].id == again[i].id);
}

TEST_CASE("search: the matched words of a prefix or a typo are the text's own words")
{
    // What ResultDelegate and AnswerPage mark comes from matchedWords.
    const auto prefix = engine(QStringLiteral("nl")).search(QStringLiteral("anon"), 1);
    REQUIRE(!prefix.isEmpty());
    CHECK(prefix.first().matchedWords.contains(QStringLiteral("anoniem")));
    CHECK(highlightHtml(prefix.first().title, prefix.first().matchedWords, QStringLiteral("<m>"), QStringLiteral("</m>"))
              .contains(QStringLiteral("<m>anoniem</m>")));
    const auto typo = engine(QStringLiteral("nl")).search(QStringLiteral("anoneim"), 1);
    REQUIRE(!typo.isEmpty());
    CHECK(highlightHtml(typo.first().snippet, typo.first().matchedWords, QStringLiteral("<m>"), QStringLiteral("</m>"))
              .contains(QStringLiteral("<m>anoniem</m>")));
}

TEST_CASE("search: exact hits rank above typo corrections")
{
    const auto hits = engine(QStringLiteral("nl")).search(QStringLiteral("melder"), 50);
    REQUIRE(!hits.isEmpty());
    bool seenFuzzy = false;
    for (const SearchHit &hit : hits) {
        if (hit.fuzzyOnly)
            seenFuzzy = true;
        else
            CHECK_FALSE(seenFuzzy);
    }
}

TEST_CASE("search: hostile queries answer quickly and sensibly")
{
    const QStringList queries { QString(), QStringLiteral("   "), QString(10000, u'a'),
                                QStringLiteral("anoniem ").repeated(1250), QStringLiteral("🙂🙂🙂"),
                                QStringLiteral("مرحبا كيف"), QStringLiteral("\u0001\u0002\u001b[31m"),
                                QStringLiteral("?!.,;"), QStringLiteral("%1 %2 <b>&amp;") };
    for (const QString &query : queries) {
        QElapsedTimer timer;
        timer.start();
        const auto hits = engine(QStringLiteral("nl")).search(query, 10);
        INFO(query.left(40).toStdString());
        CHECK(hits.size() <= 10);
        CHECK(timer.elapsed() < 2000); // a hang guard, not a benchmark: see tests/bench
    }
    CHECK(engine(QStringLiteral("nl")).search(QStringLiteral("🙂"), 10).isEmpty());
    CHECK(firstId(QStringLiteral("anoniem ").repeated(1250)) == u"anoniem-melden");
}

namespace {

struct QueryFileResult
{
    int total = 0;
    int first = 0;
    int topThree = 0;
    QStringList misses; ///< each query not first, with what came instead
};

/// Runs every query of a file in the format of search-queries.tsv.
QueryFileResult runQueryFile(const QString &name)
{
    QueryFileResult result;
    for (const QString &line : test::readFile(test::dataPath(name)).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        REQUIRE(columns.size() == 3);
        const QStringList phrases = columns[2].split(QStringLiteral(" | "));
        const auto hits = engine(columns[0]).search(columns[1], 3);
        int rank = -1;
        for (int i = 0; i < hits.size() && rank < 0; ++i) {
            for (const QString &phrase : phrases) {
                if (dutchText(hits[i]).contains(phrase, Qt::CaseInsensitive))
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
    // Shown with -s, and in the log of a failure: the figures the issue asks for.
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

TEST_CASE("search: the visitors' queries of search-queries.tsv")
{
    const QueryFileResult result = runQueryFile(QStringLiteral("search-queries.tsv"));
    report(QStringLiteral("search-queries.tsv"), result);
    INFO(result.misses.join(u'\n').toStdString());
    CHECK(result.total >= 40);
    CHECK(result.first * 100 >= result.total * 90);
    CHECK(result.topThree * 100 >= result.total * 97);
}

TEST_CASE("search: the held-out queries of search-queries-extra.tsv")
{
    // Written before tuning and not tuned on alone: a looser bar than the sample's, so that
    // a change that helps the sample but hurts other visitors' queries still shows.
    const QueryFileResult result = runQueryFile(QStringLiteral("search-queries-extra.tsv"));
    report(QStringLiteral("search-queries-extra.tsv"), result);
    INFO(result.misses.join(u'\n').toStdString());
    CHECK(result.total >= 30);
    CHECK(result.first * 100 >= result.total * 80);
    CHECK(result.topThree * 100 >= result.total * 90);
}

TEST_CASE("search: an organisation's name puts its card first")
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
