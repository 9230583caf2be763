#include "TestSupport.h"
#include "TextFolding.h"

using namespace meldpunt;

TEST_CASE("folding: case, diacritics, ligatures, width and apostrophes")
{
    CHECK(TextFolding::fold(QStringLiteral("Financiële ĲSSEL")) == u"financiele ijssel");
    CHECK(TextFolding::fold(QStringLiteral("video’s")) == u"videos");
    CHECK(TextFolding::fold(QStringLiteral("zo'n")) == u"zon");
    CHECK(TextFolding::fold(QStringLiteral("ＷｈａｔｓＡｐｐ")) == u"whatsapp");
    CHECK(TextFolding::fold(QStringLiteral("Cæsar œuvre")) == u"caesar oeuvre");
    CHECK(TextFolding::fold(QStringLiteral("Straße")) == u"strasse");
    CHECK(TextFolding::fold(QStringLiteral("Łódź")) == u"lodz");
    CHECK(TextFolding::fold(QStringLiteral("ﬁlm")) == u"film");
    CHECK(TextFolding::fold(QStringLiteral("ＷＨＡＴＳＡＰＰ ＃１")) == u"whatsapp #1");
    CHECK(TextFolding::fold(QStringLiteral("Ĳsland ĳs")) == u"ijsland ijs");
    CHECK(TextFolding::fold(QStringLiteral("naïef coördinatie")) == u"naief coordinatie");
    CHECK(TextFolding::fold(QStringLiteral("MELDPUNT")) == u"meldpunt");
}

TEST_CASE("words keep their place in the original text")
{
    const auto words = TextFolding::words(QStringLiteral("Ja. Als melder’s ë!"));
    REQUIRE(words.size() == 4);
    CHECK(words[0].start == 0);
    CHECK(words[0].folded == u"ja");
    CHECK(words[2].start == 8);
    CHECK(words[2].length == 8);
    CHECK(words[2].folded == u"melders");
    CHECK(words[3].folded == u"e");
}

TEST_CASE("both apostrophes and punctuation: the same words")
{
    const QStringList expected { QStringLiteral("videos"), QStringLiteral("zon"), QStringLiteral("e"),
                                 QStringLiteral("mail") };
    CHECK(TextFolding::tokens(QStringLiteral("video’s, zo’n e-mail!")) == expected);
    CHECK(TextFolding::tokens(QStringLiteral("video's; zo'n (e-mail)?")) == expected);
    CHECK(TextFolding::tokens(QStringLiteral("‘video’s’ «zo'n» „e–mail”")) == expected);
}

TEST_CASE("hostile text gives no words and no crash")
{
    CHECK(TextFolding::tokens(QStringLiteral("🙂🙂 \u0001\u0002 ... ???")).isEmpty());
    CHECK(TextFolding::tokens(QString()).isEmpty());
    CHECK(TextFolding::tokens(QStringLiteral("مرحبا")) == QStringList { QStringLiteral("مرحبا") });
}
