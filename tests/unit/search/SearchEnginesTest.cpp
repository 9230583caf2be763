#include "SearchEngines.h"

#include "SearchEngine.h"
#include "TestSupport.h"

using namespace meldpunt;

namespace {

LanguageContent fixtureLanguage(const QString &code, const QString &question)
{
    LanguageContent content;
    content.info.code = code;
    FaqEntry entry;
    entry.id = QStringLiteral("vraag");
    entry.topicId = QStringLiteral("onderwerp");
    entry.question = question;
    entry.answer = { { false, QStringLiteral("Een antwoord van precies zoveel woorden.") } };
    content.faq = { entry };
    return content;
}

} // namespace

TEST_CASE("one engine per language, built once and kept")
{
    ContentLibrary library;
    library.addLanguage(fixtureLanguage(QStringLiteral("nl"), QStringLiteral("Hoe meld ik iets?")));
    library.addLanguage(fixtureLanguage(QStringLiteral("en"), QStringLiteral("How do I report something?")));
    SearchEngines engines(library);

    const SearchEngine *dutch = engines.forLanguage(QStringLiteral("nl"));
    REQUIRE(dutch != nullptr);
    CHECK(engines.forLanguage(QStringLiteral("nl")) == dutch);
    const SearchEngine *english = engines.forLanguage(QStringLiteral("en"));
    REQUIRE(english != nullptr);
    CHECK(english != dutch);
    CHECK(dutch->search(QStringLiteral("meld")).size() == 1);
    CHECK(english->search(QStringLiteral("report")).size() == 1);
    CHECK(english->search(QStringLiteral("meld")).isEmpty());
    CHECK(engines.forLanguage(QStringLiteral("de")) == nullptr);
}

TEST_CASE("a topic's entries as hits, with the start of the answer as snippet")
{
    const LanguageContent content = fixtureLanguage(QStringLiteral("nl"), QStringLiteral("Hoe meld ik iets?"));
    const QList<SearchHit> hits = SearchEngine::topicHits(content, QStringLiteral("onderwerp"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == SearchHit::Kind::Faq);
    CHECK(hits[0].id == u"vraag");
    CHECK(hits[0].title == u"Hoe meld ik iets?");
    CHECK(hits[0].snippet == u"Een antwoord van precies zoveel woorden.");
    CHECK(SearchEngine::topicHits(content, QStringLiteral("geen")).isEmpty());
}
