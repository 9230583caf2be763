// SearchIndex on a small content made here: the words, their stems and places, the ends
// of compounds, the walk of the vocabulary, and the whole questions, names and terms.

#include "SearchFixtures.h"
#include "SearchIndex.h"
#include "SearchTuning.h"
#include "TestSupport.h"

using namespace meldpunt;

namespace {

LanguageContent fixture()
{
    LanguageContent content = test::dutchContent({
        test::faqEntry(QStringLiteral("anoniem"), QStringLiteral("Kan ik anoniem melden?"),
                       { QStringLiteral("privacy"), QStringLiteral("anonieme melder") },
                       QStringLiteral("Ja. Als melder ben je anoniem.\nDit meldt niemand door.")),
        test::faqEntry(QStringLiteral("misbruik"), QStringLiteral("Wat is kindermisbruik?"), { QStringLiteral("dader bekend") },
                       QStringLiteral("Het gaat om kinderen, en terecht.")),
    });
    Organisation police;
    police.id = QStringLiteral("politie");
    police.name = QStringLiteral("Politie");
    police.helpsWith = QStringLiteral("Aangifte doen.");
    content.organisations = { police };
    return content;
}

const SearchIndex &index()
{
    static const LanguageContent content = fixture();
    static const SearchIndex instance(content);
    return instance;
}

int idOf(const QString &text)
{
    for (int id = 0; id < index().wordCount(); ++id) {
        if (index().word(id).text == text)
            return id;
    }
    return -1;
}

int documentOf(const QString &id)
{
    for (int d = 0; d < index().documentCount(); ++d) {
        if (index().document(d).id == id)
            return d;
    }
    return -1;
}

QStringList texts(const std::vector<int> &ids)
{
    QStringList result;
    for (int id : ids)
        result << index().word(id).text;
    return result;
}

QStringList wordsStartingWith(const QString &prefix)
{
    QStringList result;
    for (int id : index().wordsStartingWith(prefix))
        result << index().word(id).text;
    return result;
}

QStringList compoundsContaining(const QString &word)
{
    QStringList result;
    index().forEachCompoundContaining(word, [&result](int id) { result << index().word(id).text; });
    return result;
}

/// The words within maxEdits of word, and their distance: "anoniem:1".
QStringList walk(const QString &word, int maxEdits)
{
    QStringList result;
    index().walkVocabulary(word, maxEdits, int(word.size()) + maxEdits, [&](size_t begin, size_t end, int depth, int distance) {
        for (size_t i = begin; i < end; ++i) {
            const QString &text = index().word(index().sortedWordId(i)).text;
            if (text.size() == depth)
                result << text + u':' + QString::number(distance);
        }
    });
    result.sort();
    return result;
}

} // namespace

TEST_CASE("index: every document, every folded word once, each with its stem")
{
    CHECK(index().documentCount() == 3);
    REQUIRE(documentOf(QStringLiteral("politie")) == 2); // the FAQ first, then the cards
    CHECK(index().document(2).kind == SearchHit::Kind::Organisation);
    CHECK(index().document(2).body == u"Aangifte doen."); // the name is the title, not the body
    CHECK(index().contains(QStringLiteral("anoniem")));
    CHECK_FALSE(index().contains(QStringLiteral("Anoniem"))); // folded
    const int anoniem = idOf(QStringLiteral("anoniem"));
    REQUIRE(anoniem >= 0);
    // In the question, a term ("anonieme" is another word) and the answer of one document.
    CHECK(index().word(anoniem).documentFrequency == 1);
    CHECK(index().word(anoniem).postings.size() == 2);
    CHECK(index().isStopword(QStringLiteral("dit")));
    CHECK_FALSE(index().isStopword(QStringLiteral("melder")));
}

TEST_CASE("index: a posting says the field and the position; the body says where a word starts")
{
    const int d = documentOf(QStringLiteral("anoniem"));
    const SearchIndex::PostingRange melder = index().postings(idOf(QStringLiteral("melder")), d);
    QStringList places;
    for (const SearchIndex::Posting &posting : melder)
        places << QStringLiteral("%1@%2").arg(posting.field()).arg(posting.position());
    // Terms: "privacy" 0, a gap between terms, "anonieme" and "melder" after it; body: "melder" third.
    const int second = 1 + SearchTuning::termGap;
    CHECK(places == QStringList { QStringLiteral("%1@%2").arg(SearchIndex::Terms).arg(second + 1),
                                  QStringLiteral("%1@2").arg(SearchIndex::Body) });
    const QString &body = index().document(d).body;
    CHECK(index().bodyStart(d, 2) == body.indexOf(QStringLiteral("melder")));
    CHECK(index().postings(idOf(QStringLiteral("melder")), documentOf(QStringLiteral("misbruik"))).empty());
    // Field lengths count words: the question's four, the answer's ten.
    CHECK(index().document(d).length[SearchIndex::Title] == 4);
    CHECK(index().document(d).length[SearchIndex::Body] == 10);
}

TEST_CASE("index: words by stem, and by their start in text order")
{
    const std::vector<int> *meld = index().wordsWithStem(QStringLiteral("meld"));
    REQUIRE(meld);
    QStringList forms = texts(*meld);
    forms.sort();
    CHECK(forms == QStringList { QStringLiteral("melden") }); // Snowball leaves the t of "meldt"
    CHECK(index().wordsWithStem(QStringLiteral("nergens")) == nullptr);
    CHECK(wordsStartingWith(QStringLiteral("anon")) == QStringList { QStringLiteral("anoniem"), QStringLiteral("anonieme") });
    CHECK(wordsStartingWith(QStringLiteral("melder")) == QStringList { QStringLiteral("melder") });
    CHECK(wordsStartingWith(QStringLiteral("zzz")).isEmpty());
}

TEST_CASE("index: the ends of compounds after a known word, indexed at build time")
{
    // "kinder" is the stem of "kinderen", a word of the text.
    CHECK(compoundsContaining(QStringLiteral("misbruik")) == QStringList { QStringLiteral("kindermisbruik") });
    CHECK(compoundsContaining(QStringLiteral("misb")) == QStringList { QStringLiteral("kindermisbruik") });
    // "ter" is no word of the text: "echt" does not stand in "terecht".
    CHECK(compoundsContaining(QStringLiteral("echt")).isEmpty());
    CHECK(compoundsContaining(QStringLiteral("kindermisbruik")).isEmpty()); // a word is no end of itself
}

TEST_CASE("index: a known part of a query word is a word or stem of the text, no stopword")
{
    CHECK(index().isKnownPart(QStringLiteral("melder")));
    CHECK(index().isKnownPart(QStringLiteral("meldingen")) == false); // "melding" is not a stem of the text
    CHECK(index().isKnownPart(QStringLiteral("melders"))); // by its stem, "melder"
    CHECK_FALSE(index().isKnownPart(QStringLiteral("dit")));  // a stopword
    CHECK_FALSE(index().isKnownPart(QStringLiteral("dits"))); // stems to the stopword "dit"
    CHECK_FALSE(index().isKnownPart(QStringLiteral("ja")));   // shorter than a part may be
}

TEST_CASE("index: the walk of the vocabulary finds the words within the edits")
{
    CHECK(walk(QStringLiteral("anoneim"), 1) == QStringList { QStringLiteral("anoniem:1") }); // a swap is one edit
    CHECK(walk(QStringLiteral("anoniem"), 0) == QStringList { QStringLiteral("anoniem:0") });
    CHECK(walk(QStringLiteral("anonim"), 1) == QStringList { QStringLiteral("anoniem:1") });
    CHECK(walk(QStringLiteral("anonim"), 2) == QStringList { QStringLiteral("anoniem:1"), QStringLiteral("anonieme:2") });
    CHECK(walk(QStringLiteral("xnoneix"), 2).isEmpty());
    // A run of longer words whose start is within the edits comes as one call.
    size_t longer = 0;
    index().walkVocabulary(QStringLiteral("anon"), 0, 4, [&](size_t begin, size_t end, int depth, int distance) {
        CHECK(depth == 4);
        CHECK(distance == 0);
        longer += end - begin;
    });
    CHECK(longer == 2);
}

TEST_CASE("index: whole questions, names and terms, folded")
{
    const std::vector<int> *police = index().documentsWithTitle(QStringLiteral("politie"));
    REQUIRE(police);
    CHECK(*police == std::vector<int> { documentOf(QStringLiteral("politie")) });
    const std::vector<int> *term = index().documentsWithPhrase(QStringLiteral("dader bekend"));
    REQUIRE(term);
    CHECK(*term == std::vector<int> { documentOf(QStringLiteral("misbruik")) });
    CHECK(index().documentsWithPhrase(QStringLiteral("kan ik anoniem melden")) != nullptr);
    CHECK(index().documentsWithTitle(QStringLiteral("dader bekend")) == nullptr); // a term, no title
    CHECK(index().documentsWithPhrase(QStringLiteral("dader")) == nullptr);
}
