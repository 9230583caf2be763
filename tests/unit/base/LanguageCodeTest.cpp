#include "LanguageCode.h"
#include "TestSupport.h"

using namespace meldpunt;

TEST_CASE("a language code is two or three small Latin letters")
{
    for (const char *code : { "nl", "en", "fy", "pap", "tzm" }) {
        INFO(code);
        CHECK(LanguageCode::isValid(QString::fromLatin1(code)));
    }
}

TEST_CASE("anything else is no language code: capitals, regions, paths, other letters")
{
    for (const QString &code : { QString(), QStringLiteral("n"), QStringLiteral("nlde"), QStringLiteral("NL"),
                                 QStringLiteral("Nl"), QStringLiteral("nl_NL"), QStringLiteral("nl-BE"),
                                 QStringLiteral(" nl"), QStringLiteral("nl\n"), QStringLiteral("../nl"),
                                 QStringLiteral("n1"), QStringLiteral("ñl"), QStringLiteral("ｎｌ") }) {
        INFO(code.toStdString());
        CHECK_FALSE(LanguageCode::isValid(code));
    }
}
