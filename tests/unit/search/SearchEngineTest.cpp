// The search's rules, each on a small content made here, so that an edit of the shipped
// content cannot break them. The shipped content's query sets: SearchQueriesTest.cpp.

#include "Highlight.h"
#include "SearchEngine.h"
#include "TestSupport.h"

#include <QElapsedTimer>

#include <atomic>
#include <thread>

using namespace meldpunt;

namespace {

FaqEntry entry(const QString &id, const QString &question, const QStringList &terms, const QString &answer)
{
    FaqEntry result;
    result.id = id;
    result.topicId = QStringLiteral("topic");
    result.question = question;
    result.terms = terms;
    result.answer.append({ false, answer });
    return result;
}

/// A small Dutch content: one entry or card for each rule.
LanguageContent fixture()
{
    LanguageContent content;
    content.info.code = QStringLiteral("nl");
    content.info.name = QStringLiteral("Nederlands");
    content.info.stopwords = QStringLiteral("de het een en van in op om kan ik als is wat hoe je dit die er zijn bij me wie")
                                 .split(u' ');
    content.synonyms.insert(QStringLiteral("pedo"), { QStringLiteral("pedofiel") });
    content.synonyms.insert(QStringLiteral("filmen"), { QStringLiteral("filmpje") });
    content.faq = {
        entry(QStringLiteral("anoniem"), QStringLiteral("Kan ik anoniem een melding maken?"),
              { QStringLiteral("privacy"), QStringLiteral("melder") },
              QStringLiteral("Ja. Als melder ben je volledig anoniem. Er komen geen gegevens binnen.")),
        entry(QStringLiteral("kinderporno"), QStringLiteral("Wat is kinderporno?"), { QStringLiteral("definitie") },
              QStringLiteral("We spreken van kinderporno bij een beeld van een minderjarige.")),
        entry(QStringLiteral("zorgen"), QStringLiteral("Ik maak me zorgen om een kind."), { QStringLiteral("buurkind") },
              QStringLiteral("Neem contact op met Veilig Thuis als je je zorgen maakt om kinderen.")),
        entry(QStringLiteral("vrijwilligers"), QStringLiteral("Kan ik als vrijwilliger werken?"), { QStringLiteral("stage") },
              QStringLiteral("Het werk met beeldmateriaal van seksueel kindermisbruik is te zwaar.")),
        entry(QStringLiteral("nudisten"), QStringLiteral("Zijn nudistische afbeeldingen strafbaar?"),
              { QStringLiteral("nudisten"), QStringLiteral("camping") },
              QStringLiteral("Nudistische afbeeldingen zijn niet strafbaar.")),
        entry(QStringLiteral("wet"), QStringLiteral("Wanneer is materiaal strafbaar?"), { QStringLiteral("wet") },
              QStringLiteral("De wet noemt een expliciete seksuele houding strafbaar.")),
        entry(QStringLiteral("dader"), QStringLiteral("Kan ik melden als ik weet wie de dader is?"),
              { QStringLiteral("dader bekend") }, QStringLiteral("Doe dan aangifte bij de politie.")),
        entry(QStringLiteral("discriminatie"), QStringLiteral("Kan ik discriminatie melden?"), { QStringLiteral("racisme") },
              QStringLiteral("Daarvoor is er een ander meldpunt.")),
        entry(QStringLiteral("gevoelens"), QStringLiteral("Waar kan ik terecht met mijn gevoelens?"),
              { QStringLiteral("pedofiel") }, QStringLiteral("Bel de hulplijn.")),
        entry(QStringLiteral("aanranding"), QStringLiteral("Hulp na een aanranding"), {},
              QStringLiteral("Praat erover, dat mag wel.")),
        entry(QStringLiteral("filmpje"), QStringLiteral("Er staat een filmpje van mij online"), {},
              QStringLiteral("Vraag om hulp.")),
        // Two entries that score the same for "zwemles": the content's order decides, not the id.
        entry(QStringLiteral("zwemles-z"), QStringLiteral("Zwemles"), {}, QStringLiteral("Over zwemles.")),
        entry(QStringLiteral("zwemles-a"), QStringLiteral("Zwemles"), {}, QStringLiteral("Over zwemles.")),
    };
    Organisation police;
    police.id = QStringLiteral("politie");
    police.name = QStringLiteral("Politie");
    police.helpsWith = QStringLiteral("Aangifte doen.");
    police.terms = { QStringLiteral("zeden") };
    content.organisations = { police };
    return content;
}

const SearchEngine &engine()
{
    static const LanguageContent content = fixture();
    static const SearchEngine instance(content);
    return instance;
}

QStringList ids(const QString &query, int limit = 50)
{
    QStringList result;
    for (const SearchHit &hit : engine().search(query, limit))
        result << hit.id;
    return result;
}

QString firstId(const QString &query)
{
    const QStringList found = ids(query, 1);
    return found.isEmpty() ? QStringLiteral("(none)") : found.first();
}

/// Every word of the text that a query matched, over all hits.
QStringList matched(const QString &query)
{
    QSet<QString> words;
    for (const SearchHit &hit : engine().search(query, 50))
        words.unite(hit.matchedWords);
    QStringList list(words.begin(), words.end());
    list.sort();
    return list;
}

} // namespace

TEST_CASE("search: a past participle finds its verb, what is made of it, and its synonyms")
{
    CHECK(firstId(QStringLiteral("aangerand")) == u"aanranding"); // aanranden => aanranding
    CHECK(firstId(QStringLiteral("gefilmd")) == u"filmpje"); // filmen => filmpje (a synonym)
    // "geweld" looks like one ("ge" + "wel" + "d"), but "wel" is too short a stem to guess.
    CHECK(ids(QStringLiteral("geweld")).isEmpty());
}

TEST_CASE("search: case and diacritics folded, the entry first")
{
    CHECK(firstId(QStringLiteral("Anoniem")) == u"anoniem");
    CHECK(firstId(QStringLiteral("ANONIËM")) == u"anoniem");
}

TEST_CASE("search: the word being typed is a prefix; a finished known word is not")
{
    CHECK(firstId(QStringLiteral("anon")) == u"anoniem");
    CHECK(matched(QStringLiteral("anon")) == QStringList { QStringLiteral("anoniem") });
    // "kind" may still become "kinderporno", weakly; "kind " is finished.
    CHECK(ids(QStringLiteral("kind")) == QStringList { QStringLiteral("zorgen"), QStringLiteral("kinderporno"), QStringLiteral("vrijwilligers") });
    CHECK(ids(QStringLiteral("kind ")) == QStringList { QStringLiteral("zorgen") });
    CHECK(matched(QStringLiteral("kind melden")).contains(QStringLiteral("kinderporno")) == false);
}

TEST_CASE("search: stems on text and query alike; derivations; 'weten' is not 'wet'")
{
    CHECK(matched(QStringLiteral("meldingen")) == QStringList { QStringLiteral("melding") });
    // "melden" (stem "meld"): "melder" and "melding" are derivations Snowball leaves apart.
    CHECK(matched(QStringLiteral("melden ")) == QStringList { QStringLiteral("melden"), QStringLiteral("melder"), QStringLiteral("melding") });
    CHECK(ids(QStringLiteral("weten")) == QStringList { QStringLiteral("dader") });
    CHECK(ids(QStringLiteral("wet")) == QStringList { QStringLiteral("wet") });
}

TEST_CASE("search: compounds, both ways")
{
    // A query word at the end of a longer word of the text, after a known word.
    CHECK(ids(QStringLiteral("misbruik")) == QStringList { QStringLiteral("vrijwilligers") });
    CHECK(matched(QStringLiteral("misbruik")) == QStringList { QStringLiteral("kindermisbruik") });
    CHECK(matched(QStringLiteral("materiaal ")) == QStringList { QStringLiteral("beeldmateriaal"), QStringLiteral("materiaal") });
    // A long query word split into known words, with a linking s.
    CHECK(firstId(QStringLiteral("vrijwilligerswerk")) == u"vrijwilligers");
    CHECK(matched(QStringLiteral("vrijwilligerswerk ")) == QStringList { QStringLiteral("vrijwilliger"), QStringLiteral("werk"), QStringLiteral("werken") });
    CHECK(matched(QStringLiteral("kinderpornomateriaal ")).contains(QStringLiteral("kinderporno")));
    CHECK(matched(QStringLiteral("kinderpornomateriaal ")).contains(QStringLiteral("materiaal")));
    // Mostly unknown: no split into stray short words.
    CHECK(ids(QStringLiteral("xyzqwvkindxyzqwv")).isEmpty());
}

TEST_CASE("search: typos, one edit in 4 to 7 letters, two in longer words, from a walk of the vocabulary")
{
    const auto swap = engine().search(QStringLiteral("anoneim"), 5); // a swap: one edit
    REQUIRE(swap.size() == 1);
    CHECK(swap.first().id == u"anoniem");
    CHECK(swap.first().fuzzyOnly);
    CHECK(swap.first().matchedWords == QSet<QString> { QStringLiteral("anoniem") });
    CHECK(firstId(QStringLiteral("anoniiem")) == u"anoniem");
    CHECK(matched(QStringLiteral("kimd ")) == QStringList { QStringLiteral("kind") });  // 4 letters, 1 edit
    CHECK(matched(QStringLiteral("kimt ")).isEmpty());                                // 4 letters, 2 edits
    CHECK(matched(QStringLiteral("kid ")).isEmpty());                                 // 3 letters: none
    CHECK(ids(QStringLiteral("discrimmenatie")) == QStringList { QStringLiteral("discriminatie") }); // 2 edits
    CHECK(ids(QStringLiteral("dascrimmenatie")).isEmpty());                           // 3 edits
    // While typing: a typo in the start of a long word.
    // ... and "kinder" + "pr" split: "kinder" is the stem of "kinderen".
    CHECK(matched(QStringLiteral("kinderpr")) == QStringList { QStringLiteral("kinderen"), QStringLiteral("kinderporno") });
    CHECK(matched(QStringLiteral("kimderpo")) == QStringList { QStringLiteral("kinderporno") });
}

TEST_CASE("search: a one-edit correction beats a split covering little of the word")
{
    // "nuditsen" is "nudisten" with two letters swapped, not "nu" + "dits" ("dit", a stopword).
    CHECK(ids(QStringLiteral("nuditsen")) == QStringList { QStringLiteral("nudisten") });
    CHECK(matched(QStringLiteral("nuditsen")) == QStringList { QStringLiteral("nudisten") });
}

TEST_CASE("search: visitors' words are data: terms, synonyms, stopwords")
{
    CHECK(firstId(QStringLiteral("buurkind")) == u"zorgen"); // a term of the entry
    CHECK(ids(QStringLiteral("pedo ")) == QStringList { QStringLiteral("gevoelens") });
    // Stopwords are left out while other words remain, and searched when they are all there is.
    CHECK(firstId(QStringLiteral("kan ik anoniem")) == u"anoniem");
    // The shortest questions with "kan" and "ik" first; "zorgen" has "ik" alone.
    CHECK(ids(QStringLiteral("kan ik")) == QStringList { QStringLiteral("discriminatie"), QStringLiteral("vrijwilligers"),
                                                         QStringLiteral("anoniem"), QStringLiteral("dader"),
                                                         QStringLiteral("gevoelens"), QStringLiteral("zorgen") });
}

TEST_CASE("search: a whole name, term or question first")
{
    // "politie" stands in the answer of "dader" too: the card of that name comes first.
    CHECK(ids(QStringLiteral("politie")) == QStringList { QStringLiteral("politie"), QStringLiteral("dader") });
    CHECK(firstId(QStringLiteral("dader bekend")) == u"dader");
}

TEST_CASE("search: equal scores keep the content's order")
{
    const auto hits = engine().search(QStringLiteral("zwemles"), 10);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].id == u"zwemles-z");
    CHECK(hits[1].id == u"zwemles-a");
    CHECK(hits[0].score == hits[1].score);
}

TEST_CASE("search: the matched words of a prefix or a typo are the text's own words")
{
    // What ResultDelegate and AnswerPage mark comes from matchedWords.
    const auto prefix = engine().search(QStringLiteral("anon"), 1);
    REQUIRE(prefix.size() == 1);
    CHECK(highlightHtml(prefix.first().title, prefix.first().matchedWords, QStringLiteral("<m>"), QStringLiteral("</m>"))
          == u"Kan ik <m>anoniem</m> een melding maken?");
    const auto typo = engine().search(QStringLiteral("anoneim"), 1);
    REQUIRE(typo.size() == 1);
    CHECK(highlightHtml(typo.first().snippet, typo.first().matchedWords, QStringLiteral("<m>"), QStringLiteral("</m>"))
          == u"Ja. Als melder ben je volledig <m>anoniem</m>. Er komen geen gegevens binnen.");
}

TEST_CASE("search: exact hits rank above typo corrections")
{
    // "melder" is a word of "anoniem"; "melden" (one edit, and the same stem) of others.
    const auto hits = engine().search(QStringLiteral("vrijwilliger"), 50);
    REQUIRE(!hits.isEmpty());
    bool seenFuzzy = false;
    for (const SearchHit &hit : hits) {
        if (hit.fuzzyOnly)
            seenFuzzy = true;
        else
            CHECK_FALSE(seenFuzzy);
    }
    const auto typoOnly = engine().search(QStringLiteral("strafbaat"), 50);
    REQUIRE(typoOnly.size() == 2);
    CHECK(typoOnly[0].fuzzyOnly);
}

TEST_CASE("search: one query word stands for at most maxExpansions words of the text")
{
    LanguageContent content;
    content.info.code = QStringLiteral("nl");
    for (int i = 0; i < SearchEngine::maxExpansions + 20; ++i)
        content.faq.append(entry(QStringLiteral("e%1").arg(i), QStringLiteral("zwerm%1").arg(i), {}, QString()));
    const SearchEngine many(content);
    CHECK(many.search(QStringLiteral("zw"), 1000).size() == SearchEngine::maxExpansions);
    CHECK(many.search(QStringLiteral("zwerm7"), 1000).size() == 1);
}

TEST_CASE("search: one engine answers several threads at once")
{
    const QStringList queries { QStringLiteral("anoniem melden"), QStringLiteral("kinderpornomateriaal"),
                                QStringLiteral("nuditsen"), QStringLiteral("weten"), QStringLiteral("vrijwilligerswerk") };
    QList<QStringList> expected;
    for (const QString &query : queries)
        expected << ids(query);
    std::vector<std::thread> threads;
    std::atomic<int> differences { 0 };
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&]() {
            for (int round = 0; round < 50; ++round) {
                for (qsizetype q = 0; q < queries.size(); ++q) {
                    if (ids(queries[q]) != expected[q])
                        ++differences;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(differences == 0);
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
        const auto hits = engine().search(query, 10);
        INFO(query.left(40).toStdString());
        CHECK(hits.size() <= 10);
        CHECK(timer.elapsed() < 2000); // a hang guard, not a benchmark: see tests/bench
    }
    CHECK(ids(QStringLiteral("🙂")).isEmpty());
    CHECK(ids(QString()).isEmpty());
    CHECK(ids(QStringLiteral("anoniem ").repeated(1250)) == QStringList { QStringLiteral("anoniem") });
}
