// Ranking on small contents made here: BM25F over the fields, the coverage of the query,
// the boosts and the prior of SearchTuning.h, the tiers, near ties, and the limit.

#include "QueryExpansion.h"
#include "Ranking.h"
#include "SearchFixtures.h"
#include "SearchIndex.h"
#include "SearchTuning.h"
#include "TestSupport.h"

using namespace meldpunt;
namespace tuning = meldpunt::SearchTuning;

namespace {

/// One content's stages, as SearchEngine composes them.
class Stages
{
public:
    explicit Stages(LanguageContent content)
        : m_content(std::move(content))
        , m_index(m_content)
        , m_expansion(m_index, m_content.synonyms)
        , m_ranking(m_index)
    {
    }

    std::vector<RankedDocument> rank(const QString &query, int limit = 50) const
    {
        return m_ranking.rank(m_expansion.expand(query), limit);
    }

    QStringList ids(const QString &query, int limit = 50) const
    {
        QStringList result;
        for (const RankedDocument &found : rank(query, limit))
            result << m_index.document(found.document).id;
        return result;
    }

    double score(const QString &query, const QString &id) const
    {
        for (const RankedDocument &found : rank(query))
            if (m_index.document(found.document).id == id)
                return found.score;
        return -1;
    }

private:
    LanguageContent m_content;
    SearchIndex m_index;
    QueryExpansion m_expansion;
    Ranking m_ranking;
};

Organisation card(const QString &id, const QString &name, const QString &helpsWith)
{
    Organisation result;
    result.id = id;
    result.name = name;
    result.helpsWith = helpsWith;
    return result;
}

} // namespace

TEST_CASE("ranking: a word in the question weighs more than in the answer; nothing found, nothing ranked")
{
    const Stages stages(test::dutchContent({
        test::faqEntry(QStringLiteral("answer"), QStringLiteral("Over lessen"), {}, QStringLiteral("Zwemles voor iedereen")),
        test::faqEntry(QStringLiteral("question"), QStringLiteral("Over zwemles"), {}, QStringLiteral("Lessen voor iedereen")),
        test::faqEntry(QStringLiteral("term"), QStringLiteral("Over lessen"), { QStringLiteral("zwemles") },
                       QStringLiteral("Voor iedereen")),
    }));
    static_assert(tuning::titleWeight > tuning::termsWeight && tuning::termsWeight > tuning::bodyWeight);
    const QStringList order = stages.ids(QStringLiteral("zwemles"));
    REQUIRE(order.size() == 3);
    CHECK(order.last() == u"answer");
    CHECK(stages.rank(QStringLiteral("duiken")).empty());
    CHECK(stages.rank(QStringLiteral("zwemles"), 0).empty());
    CHECK(stages.ids(QStringLiteral("zwemles"), 1) == order.mid(0, 1));
    // Scores as a hit shows them: three decimals.
    for (const RankedDocument &found : stages.rank(QStringLiteral("zwemles")))
        CHECK(found.score * 1000 == Approx(std::round(found.score * 1000)).margin(1e-9));
}

TEST_CASE("ranking: coverage squared: all the query's words before more of one")
{
    const Stages stages(test::dutchContent({
        test::faqEntry(QStringLiteral("one"), QStringLiteral("Zwemles zwemles zwemles"), { QStringLiteral("zwemles les") },
                       QStringLiteral("Zwemles, zwemles.")),
        test::faqEntry(QStringLiteral("both"), QStringLiteral("Overzicht"), {}, QStringLiteral("Zwemles in het bad, en verder veel andere tekst.")),
    }));
    CHECK(stages.ids(QStringLiteral("zwemles bad")) == QStringList { QStringLiteral("both"), QStringLiteral("one") });
    // Half the query's words: a quarter of the score.
    CHECK(stages.score(QStringLiteral("zwemles bad"), QStringLiteral("one"))
          == Approx(stages.score(QStringLiteral("zwemles"), QStringLiteral("one")) / 4).margin(0.002));
}

TEST_CASE("ranking: query words next to each other, near each other, or the whole term")
{
    // The same words, the same lengths: only where they stand differs.
    const Stages stages(test::dutchContent({
        test::faqEntry(QStringLiteral("apart"), QStringLiteral("Vraag een"), {}, QStringLiteral("veilig aa bb cc dd thuis")),
        test::faqEntry(QStringLiteral("near"), QStringLiteral("Vraag twee"), {}, QStringLiteral("veilig aa thuis bb cc dd")),
        test::faqEntry(QStringLiteral("next"), QStringLiteral("Vraag drie"), {}, QStringLiteral("veilig thuis aa bb cc dd")),
        test::faqEntry(QStringLiteral("terms"), QStringLiteral("Vraag vier"), { QStringLiteral("veilig thuis") },
                       QStringLiteral("aa bb cc dd ee ff")),
        test::faqEntry(QStringLiteral("two-terms"), QStringLiteral("Vraag vijf"), { QStringLiteral("veilig"), QStringLiteral("thuis") },
                       QStringLiteral("aa bb cc dd ee ff")),
    }));
    const QString query = QStringLiteral("veilig thuis");
    const double apart = stages.score(query, QStringLiteral("apart"));
    REQUIRE(apart > 0);
    CHECK(stages.score(query, QStringLiteral("near")) / apart == Approx(tuning::nearbyBoost).epsilon(0.002));
    CHECK(stages.score(query, QStringLiteral("next")) / apart == Approx(tuning::adjacentBoost).epsilon(0.002));
    // Two terms do not stand together; one term that is the whole query is adjacent and whole.
    const double twoTerms = stages.score(query, QStringLiteral("two-terms"));
    CHECK(stages.score(query, QStringLiteral("terms")) / twoTerms
          == Approx(tuning::adjacentBoost * tuning::wholePhraseBoost).epsilon(0.002));
    CHECK(stages.ids(query).first() == u"terms");
}

TEST_CASE("ranking: a card needs a clearer match; the card named so first")
{
    LanguageContent content = test::dutchContent({
        test::faqEntry(QStringLiteral("faq"), QStringLiteral("Zwemclub"), {}, QStringLiteral("Les in zwemmen.")),
        test::faqEntry(QStringLiteral("mentions"), QStringLiteral("Wie helpt?"), {},
                       QStringLiteral("De politie, de politie en nog eens de politie.")),
    });
    content.organisations = { card(QStringLiteral("card"), QStringLiteral("Zwemclub"), QStringLiteral("Les in zwemmen.")),
                              card(QStringLiteral("politie"), QStringLiteral("Politie"), QStringLiteral("Aangifte doen.")) };
    const Stages stages(content);
    // The same fields: the card's score is the FAQ's times cardPrior.
    CHECK(stages.score(QStringLiteral("zwemclub"), QStringLiteral("card")) / stages.score(QStringLiteral("zwemclub"), QStringLiteral("faq"))
          == Approx(tuning::cardPrior).epsilon(0.002));
    CHECK(stages.ids(QStringLiteral("zwemclub")) == QStringList { QStringLiteral("faq"), QStringLiteral("card") });
    // The query is the card's whole name: it comes first, whatever the scores.
    CHECK(stages.ids(QStringLiteral("politie")) == QStringList { QStringLiteral("politie"), QStringLiteral("mentions") });
}

TEST_CASE("ranking: a match as typed before a match through a typo only, whatever the scores")
{
    const Stages stages(test::dutchContent({
        test::faqEntry(QStringLiteral("typo"), QStringLiteral("Anoniem"), { QStringLiteral("anoniem") }, QStringLiteral("Anoniem.")),
        test::faqEntry(QStringLiteral("typed"), QStringLiteral("Iets anders"), {},
                       QStringLiteral("Een lange tekst waarin ergens het woord melder staat, en nog veel meer tekst.")),
    }));
    // "melder" as typed in one document; "anoniem" one edit from two words of the query in the other.
    const QString query = QStringLiteral("anoneim anoniim melder ");
    const double typo = stages.score(query, QStringLiteral("typo"));
    const double typed = stages.score(query, QStringLiteral("typed"));
    INFO("typo " << typo << ", typed " << typed);
    REQUIRE(typo > typed);
    CHECK(stages.ids(query) == QStringList { QStringLiteral("typed"), QStringLiteral("typo") });
    // Without the word as typed, the correction finds the other one, marked fuzzy.
    const std::vector<RankedDocument> fuzzy = stages.rank(QStringLiteral("anoneim "));
    REQUIRE(fuzzy.size() == 1);
    CHECK(fuzzy.front().fuzzyOnly);
    CHECK_FALSE(stages.rank(QStringLiteral("anoniem ")).front().fuzzyOnly);
}

TEST_CASE("ranking: a near tie goes to the words as typed; equal scores keep the content's order")
{
    LanguageContent content = test::dutchContent({
        // A synonym in the question scores a little higher than the word as typed in the answer.
        test::faqEntry(QStringLiteral("synonym"), QStringLiteral("Vraag een"), {}, QStringLiteral("beeld beeld aa bb")),
        test::faqEntry(QStringLiteral("typed"), QStringLiteral("Vraag twee"), {}, QStringLiteral("foto aa bb cc")),
        test::faqEntry(QStringLiteral("zwemles-z"), QStringLiteral("Zwemles"), {}, QStringLiteral("Over zwemles.")),
        test::faqEntry(QStringLiteral("zwemles-a"), QStringLiteral("Zwemles"), {}, QStringLiteral("Over zwemles.")),
    });
    content.synonyms.insert(QStringLiteral("foto"), { QStringLiteral("beeld") });
    const Stages stages(content);
    CHECK(stages.ids(QStringLiteral("zwemles")) == QStringList { QStringLiteral("zwemles-z"), QStringLiteral("zwemles-a") });
    const QString query = QStringLiteral("foto ");
    const double typed = stages.score(query, QStringLiteral("typed"));
    const double synonym = stages.score(query, QStringLiteral("synonym"));
    INFO("typed " << typed << ", synonym " << synonym);
    REQUIRE(synonym > typed);
    REQUIRE(typed >= synonym * tuning::nearTie);
    CHECK(stages.ids(query) == QStringList { QStringLiteral("typed"), QStringLiteral("synonym") });
}
