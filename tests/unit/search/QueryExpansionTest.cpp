// QueryExpansion on a small content made here: which words of the text a query word stands
// for, and at which factor of SearchTuning.h (synonyms, the prefix walk, participles and
// derivations, compounds both ways, typos, the cap).

#include "QueryExpansion.h"
#include "SearchFixtures.h"
#include "SearchIndex.h"
#include "SearchTuning.h"
#include "TestSupport.h"

#include <algorithm>

using namespace meldpunt;
namespace tuning = meldpunt::SearchTuning;

namespace {

LanguageContent fixture()
{
    LanguageContent content = test::dutchContent({
        test::faqEntry(QStringLiteral("anoniem"), QStringLiteral("Kan ik anoniem melden?"), { QStringLiteral("melder") },
                       QStringLiteral("Een melding blijft anoniem.")),
        test::faqEntry(QStringLiteral("kinderporno"), QStringLiteral("Wat is kinderporno?"), {},
                       QStringLiteral("Beelden van kinderen, kindermisbruik en beeldmateriaal.")),
        test::faqEntry(QStringLiteral("kind"), QStringLiteral("Zorgen om een kind"), {}, QStringLiteral("Bel Veilig Thuis.")),
        test::faqEntry(QStringLiteral("vrijwilliger"), QStringLiteral("Vrijwilliger worden"), {},
                       QStringLiteral("Het werk is zwaar. Wij zoeken nudisten noch discriminatie.")),
        test::faqEntry(QStringLiteral("film"), QStringLiteral("Een filmpje van mij"), {},
                       QStringLiteral("Filmen zonder toestemming; aanranden is strafbaar, en een aanranding ook.")),
        test::faqEntry(QStringLiteral("schrik"), QStringLiteral("Geschrokken"), {}, QStringLiteral("Ben je van streek? Een chatapp helpt.")),
    });
    content.synonyms.insert(QStringLiteral("pedo"), { QStringLiteral("kinderporno") });
    // A synonym of several words, with a stopword ("van") that finds nothing.
    content.synonyms.insert(QStringLiteral("bang"), { QStringLiteral("van streek"), QStringLiteral("geschrokken") });
    content.synonyms.insert(QStringLiteral("meldingen"), { QStringLiteral("chatapp") });
    content.synonyms.insert(QStringLiteral("filmen"), { QStringLiteral("filmpje") });
    content.synonyms.insert(QStringLiteral("volwassen porno"), { QStringLiteral("zorgen van kind") });
    return content;
}

const LanguageContent &content()
{
    static const LanguageContent instance = fixture();
    return instance;
}

const SearchIndex &index()
{
    static const SearchIndex instance(content());
    return instance;
}

const QueryExpansion &expansion()
{
    static const QueryExpansion instance(index(), content().synonyms);
    return instance;
}

/// Each word of the text the query word stands for, with its factor: "anoniem=1".
QStringList expanded(const QueryWord &slot)
{
    QStringList result;
    for (const Expansion &e : slot.expansions)
        result << index().word(e.wordId).text + u'=' + QString::number(double(e.factor), 'g', 4);
    result.sort();
    return result;
}

QStringList typed(const QString &word)
{
    return expanded(expansion().expandWord(word, true));
}

QStringList finished(const QString &word)
{
    return expanded(expansion().expandWord(word, false));
}

QString at(const QString &word, float factor)
{
    return word + u'=' + QString::number(double(factor), 'g', 4);
}

} // namespace

TEST_CASE("expansion: a query folded and split, stopwords dropped while other words remain")
{
    const ExpandedQuery query = expansion().expand(QStringLiteral("Kan ik ANONIEM melden"));
    CHECK(query.words == QStringList { QStringLiteral("kan"), QStringLiteral("ik"), QStringLiteral("anoniem"), QStringLiteral("melden") });
    CHECK(query.kept == QStringList { QStringLiteral("anoniem"), QStringLiteral("melden") });
    REQUIRE(query.slots.size() == 2);
    CHECK(query.slots[0].word == u"anoniem");
    // The last word is still being typed, unless a space or a stopword follows it.
    const auto last = [](const QString &text) { return expanded(expansion().expand(text).slots.back()); };
    const QStringList typing { at(QStringLiteral("anoniem"), tuning::typingPrefixFactor) };
    const QStringList done { at(QStringLiteral("anoniem"), tuning::finishedPrefixFactor) };
    CHECK(last(QStringLiteral("kan ik anon")) == typing);
    CHECK(last(QStringLiteral("kan ik anon ")) == done);
    CHECK(last(QStringLiteral("kan ik anon?")) == done);
    CHECK(last(QStringLiteral("anon ik")) == done);
    // Only stopwords: what is there is searched.
    CHECK(expansion().expand(QStringLiteral("wat is")).kept == QStringList { QStringLiteral("wat"), QStringLiteral("is") });
    CHECK(expansion().expand(QStringLiteral("🙂 ?")).slots.empty());
    // At most maxQueryWords words.
    const ExpandedQuery many = expansion().expand(QStringLiteral("kind ").repeated(tuning::maxQueryWords + 5));
    CHECK(many.words.size() == tuning::maxQueryWords);
    CHECK(many.slots.size() == size_t(tuning::maxQueryWords));
}

TEST_CASE("expansion: the word as typed and its stem count fully")
{
    CHECK(finished(QStringLiteral("anoniem")) == QStringList { at(QStringLiteral("anoniem"), tuning::exactFactor) });
    // "beelden" has the stem of "beeld".
    CHECK(finished(QStringLiteral("beeld")).contains(at(QStringLiteral("beelden"), tuning::exactFactor)));
    CHECK(finished(QStringLiteral("onbekendwoord")).isEmpty());
}

TEST_CASE("expansion: one synonym helper for a word, a verb and a pair of words")
{
    // A synonym of one word; a word of a synonym of several, its stopword left out.
    CHECK(finished(QStringLiteral("pedo")) == QStringList { at(QStringLiteral("kinderporno"), tuning::synonymFactor) });
    CHECK(finished(QStringLiteral("bang")) == QStringList { at(QStringLiteral("geschrokken"), tuning::synonymFactor),
                                                            at(QStringLiteral("streek"), tuning::synonymPhraseFactor) });
    // A one-word key is known by its stem too: "melding" finds what "meldingen" is a synonym of.
    CHECK(finished(QStringLiteral("melding")) == QStringList { at(QStringLiteral("chatapp"), tuning::synonymFactor),
                                                               at(QStringLiteral("melding"), tuning::exactFactor) });
    // A key of two query words: each word of its synonyms, stopwords left out as well.
    const ExpandedQuery pair = expansion().expand(QStringLiteral("volwassen porno "));
    REQUIRE(pair.slots.size() == 2);
    CHECK(expanded(pair.slots[0]).isEmpty());
    CHECK(expanded(pair.slots[1]) == QStringList { at(QStringLiteral("kind"), tuning::pairSynonymFactor),
                                                   at(QStringLiteral("kinderporno"), tuning::compoundEndFactor),
                                                   at(QStringLiteral("zorgen"), tuning::pairSynonymFactor) });
    // A participle's verb's synonyms: at participleFactor x participleSynonymFactor.
    CHECK(finished(QStringLiteral("gefilmd")).contains(
        at(QStringLiteral("filmpje"), tuning::participleFactor * tuning::participleSynonymFactor)));
}

TEST_CASE("expansion: the prefix walk, while typed and when finished")
{
    // An unknown word being typed: its longer words at typingPrefixFactor.
    CHECK(typed(QStringLiteral("anon")) == QStringList { at(QStringLiteral("anoniem"), tuning::typingPrefixFactor) });
    // A known word being typed: its longer words only weakly; finished, not at all.
    CHECK(typed(QStringLiteral("kind")) == QStringList { at(QStringLiteral("kind"), tuning::exactFactor),
                                                         at(QStringLiteral("kinderen"), tuning::typingKnownPrefixFactor),
                                                         at(QStringLiteral("kindermisbruik"), tuning::typingKnownPrefixFactor),
                                                         at(QStringLiteral("kinderporno"), tuning::typingKnownPrefixFactor) });
    CHECK(finished(QStringLiteral("kind")) == QStringList { at(QStringLiteral("kind"), tuning::exactFactor) });
    // A finished unknown word cut short, from minFinishedPrefix letters.
    CHECK(finished(QStringLiteral("anon")) == QStringList { at(QStringLiteral("anoniem"), tuning::finishedPrefixFactor) });
    CHECK(finished(QStringLiteral("ano")).isEmpty());
    CHECK(typed(QStringLiteral("an")) == QStringList { at(QStringLiteral("anoniem"), tuning::typingPrefixFactor) });
    CHECK(typed(QStringLiteral("a")).isEmpty()); // shorter than minTypingPrefix
}

TEST_CASE("expansion: a past participle finds its verb, derivations find what is made of a stem")
{
    // "aangerand" => "aanranden", and "aanranding" of the same stem, at participleFactor.
    CHECK(finished(QStringLiteral("aangerand")) == QStringList { at(QStringLiteral("aanranden"), tuning::participleFactor),
                                                                 at(QStringLiteral("aanranding"), tuning::participleFactor) });
    // "gemeld" => "melden", and the derivations of its stem "meld", less sure still.
    const float derived = tuning::derivationFactor * tuning::participleFactor;
    CHECK(finished(QStringLiteral("gemeld")) == QStringList { at(QStringLiteral("melden"), tuning::participleFactor),
                                                              at(QStringLiteral("melder"), derived),
                                                              at(QStringLiteral("melding"), derived) });
    // "gefilmd" => "filmen" and its synonym.
    CHECK(finished(QStringLiteral("gefilmd")).contains(at(QStringLiteral("filmen"), tuning::participleFactor)));
    // "geweld" is no participle of "wellen": a verb stem shorter than minParticipleStem.
    CHECK(finished(QStringLiteral("geweld")).isEmpty());
    // "melden" (stem "meld"): "melder" and "melding", derivations Snowball leaves apart.
    CHECK(finished(QStringLiteral("melden")) == QStringList { at(QStringLiteral("melden"), tuning::exactFactor),
                                                              at(QStringLiteral("melder"), tuning::derivationFactor),
                                                              at(QStringLiteral("melding"), tuning::derivationFactor) });
}

TEST_CASE("expansion: compounds, a query word inside them and a query word split into them")
{
    CHECK(finished(QStringLiteral("misbruik")) == QStringList { at(QStringLiteral("kindermisbruik"), tuning::compoundEndFactor) });
    // "kinder" is a known word (the stem of "kinderen"): "porno" stands after it.
    CHECK(finished(QStringLiteral("porno")) == QStringList { at(QStringLiteral("kinderporno"), tuning::compoundEndFactor) });
    CHECK(finished(QStringLiteral("por")).isEmpty()); // shorter than minCompoundQueryWord
    // "vrijwilliger-s-werk": each part by its share of the word's letters.
    const float n = float(QStringLiteral("vrijwilligerswerk").size());
    // The split takes "vrijwilligers" (found by its stem, "vrijwilliger") before a linking s.
    const float vrijwilliger = tuning::compoundPartBase + tuning::compoundPartShare * 13.0f / n;
    const float werk = tuning::compoundPartBase + tuning::compoundPartShare * 4.0f / n;
    CHECK(finished(QStringLiteral("vrijwilligerswerk")) == QStringList { at(QStringLiteral("vrijwilliger"), vrijwilliger),
                                                                         at(QStringLiteral("werk"), werk) });
    // Mostly unknown: no split into stray short words.
    CHECK(finished(QStringLiteral("xyzqwvwerkxyzqwv")).isEmpty());
}

TEST_CASE("expansion: typos by length, a correction beats a small part, the word being typed")
{
    CHECK(finished(QStringLiteral("anoneim")) == QStringList { at(QStringLiteral("anoniem"), tuning::oneEditFactor) });
    CHECK(finished(QStringLiteral("kimd")) == QStringList { at(QStringLiteral("kind"), tuning::oneEditFactor) });
    CHECK(finished(QStringLiteral("kimt")).isEmpty()); // 4 letters: one edit only
    CHECK(finished(QStringLiteral("kid")).isEmpty());  // shorter than minTypoLength
    CHECK(finished(QStringLiteral("discrimmenatie")) == QStringList { at(QStringLiteral("discriminatie"), tuning::twoEditsFactor) });
    CHECK(finished(QStringLiteral("dascrimmenatie")).isEmpty()); // three edits
    // "nuditsen" is "nudisten" with one swap, not "nu" + "dits" + "en".
    CHECK(finished(QStringLiteral("nuditsen")) == QStringList { at(QStringLiteral("nudisten"), tuning::oneEditFactor) });
    // Being typed: a typo in the start of a longer word.
    CHECK(typed(QStringLiteral("kimderpo")) == QStringList { at(QStringLiteral("kinderporno"), tuning::typingTypoFactor) });
    CHECK(finished(QStringLiteral("kimderpo")).isEmpty());
}

TEST_CASE("expansion: a word reached twice counts once at its best factor; at most maxExpansions")
{
    // "kinderen" has the stem "kinder" and is a longer word of "kinder" being typed: exact wins.
    CHECK(typed(QStringLiteral("kinder")) == QStringList { at(QStringLiteral("kinderen"), tuning::exactFactor),
                                                           at(QStringLiteral("kindermisbruik"), tuning::typingKnownPrefixFactor),
                                                           at(QStringLiteral("kinderporno"), tuning::typingKnownPrefixFactor) });

    // Many words that start with "za", one of them frequent: the cap keeps it.
    QList<FaqEntry> faq;
    QStringList words;
    for (int i = 0; i < tuning::maxExpansions + 10; ++i)
        words << QStringLiteral("za%1%2q").arg(QChar(u'a' + i / 26)).arg(QChar(u'a' + i % 26));
    for (int i = 0; i < 3; ++i)
        faq << test::faqEntry(QStringLiteral("v%1").arg(i), QStringLiteral("zazzle"), {}, words.join(u' '));
    faq << test::faqEntry(QStringLiteral("often"), QStringLiteral("zazzle zaaaq"));
    const LanguageContent many = test::dutchContent(faq);
    const SearchIndex manyIndex(many);
    const QueryExpansion manyExpansion(manyIndex, {});
    const QueryWord slot = manyExpansion.expandWord(QStringLiteral("za"), true);
    REQUIRE(slot.expansions.size() == size_t(tuning::maxExpansions));
    // "zazzle" stands in four documents, "zaaaq" too: the two most frequent are kept.
    QStringList kept;
    for (const Expansion &e : slot.expansions)
        kept << manyIndex.word(e.wordId).text;
    CHECK(kept.contains(QStringLiteral("zazzle")));
    CHECK(kept.contains(QStringLiteral("zaaaq")));
    // Sorted by word id for the ranking.
    CHECK(std::is_sorted(slot.expansions.begin(), slot.expansions.end(),
                         [](const Expansion &x, const Expansion &y) { return x.wordId < y.wordId; }));
}
