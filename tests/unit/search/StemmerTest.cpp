// The Snowball stemmer and the Dutch past participles; what the search makes of them is in
// SearchEngineTest.cpp.

#include "Stemmer.h"
#include "TestSupport.h"

using namespace meldpunt;

TEST_CASE("stemmer: Snowball, with a long Dutch vowel kept long")
{
    const Stemmer dutch(QStringLiteral("nl"));
    CHECK(dutch.stem(QStringLiteral("meldingen")) == u"melding");
    CHECK(dutch.stem(QStringLiteral("weten")) == u"weet");
    CHECK(dutch.stem(QStringLiteral("weet")) == u"weet");
    CHECK(dutch.stem(QStringLiteral("wetten")) == u"wet");
    CHECK(dutch.stem(QStringLiteral("wet")) == u"wet");
    CHECK(dutch.stem(QStringLiteral("sturen")) == u"stuur");
    CHECK(dutch.stem(QStringLiteral("stuur")) == u"stuur");
    CHECK(dutch.stem(QStringLiteral("maken")) == u"maak");
    CHECK(dutch.stem(QStringLiteral("kinderen")) == u"kinder");
    CHECK(dutch.stem(QStringLiteral("boeken")) == u"boek");
    CHECK(dutch.stem(QStringLiteral("melden")) == u"meld");
}

TEST_CASE("stemmer: word forms fold together; English; no stemmer for an unknown language")
{
    const Stemmer dutch(QStringLiteral("nl"));
    REQUIRE(dutch.isAvailable());
    CHECK(dutch.stem(QStringLiteral("afbeeldingen")) == dutch.stem(QStringLiteral("afbeelding")));
    const Stemmer english(QStringLiteral("en"));
    REQUIRE(english.isAvailable());
    CHECK(english.stem(QStringLiteral("reporting")) == u"report");
    const Stemmer none(QStringLiteral("xx"));
    CHECK_FALSE(none.isAvailable());
    CHECK(none.stem(QStringLiteral("woorden")) == u"woorden");
}

TEST_CASE("stemmer: a Dutch past participle's infinitives")
{
    const Stemmer dutch(QStringLiteral("nl"));
    auto infinitives = [&dutch](const char *word) { return dutch.participleInfinitives(QString::fromLatin1(word)); };
    CHECK(infinitives("aangerand").contains(u"aanranden"));
    CHECK(infinitives("gefilmd").contains(u"filmen"));
    CHECK(infinitives("gefotografeerd").contains(u"fotograferen"));
    CHECK(infinitives("gechanteerd").contains(u"chanteren"));
    CHECK(infinitives("misbruikt").contains(u"misbruiken"));
    CHECK(infinitives("verkracht").contains(u"verkrachten"));
    CHECK(infinitives("opgespoord").contains(u"opsporen"));
    CHECK(infinitives("doorgestuurd").contains(u"doorsturen"));
    CHECK(infinitives("geleefd").contains(u"leven"));
    CHECK(infinitives("bed").isEmpty());
    CHECK(infinitives("wereld").isEmpty());
    CHECK(infinitives("gevaar").isEmpty());
    CHECK(Stemmer(QStringLiteral("en")).participleInfinitives(QStringLiteral("reported")).isEmpty());
}
