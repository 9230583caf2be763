#include "BlockFileParser.h"
#include "TestSupport.h"

using namespace meldpunt;

TEST_CASE("fields, blocks and long text with paragraphs and list items")
{
    Diagnostics diagnostics;
    const auto result = BlockFileParser({ QStringLiteral("answer") })
                            .parse(QStringLiteral("# comment\nname: Nederlands\n\n[first-id]\nquestion: Wat?\n"
                                                  "answer:\nLine one\nwrapped.\n\n• item one\n• item two\n"
                                                  "\nLast.\n[second]\nquestion: Q2\n"),
                                   QStringLiteral("f.txt"), diagnostics);
    CHECK(diagnostics.isEmpty());
    REQUIRE(result.header.size() == 1);
    CHECK(result.header[0].name == u"name");
    REQUIRE(result.blocks.size() == 2);
    CHECK(result.blocks[0].id == u"first-id");
    CHECK(result.blocks[0].line == 4);
    const auto *answer = result.blocks[0].field(QStringLiteral("answer"));
    REQUIRE(answer);
    REQUIRE(answer->longText.size() == 4);
    CHECK(answer->longText[0] == TextBlock { false, QStringLiteral("Line one wrapped.") });
    CHECK(answer->longText[1] == TextBlock { true, QStringLiteral("item one") });
    CHECK(answer->longText[2] == TextBlock { true, QStringLiteral("item two") });
    CHECK(answer->longText[3] == TextBlock { false, QStringLiteral("Last.") });
    CHECK(result.blocks[1].field(QStringLiteral("question"))->value == u"Q2");
}

TEST_CASE("malformed lines are reported with file and line")
{
    Diagnostics diagnostics;
    BlockFileParser({}).parse(QStringLiteral("[Bad Id]\nquestion Wat\n[ok]\n[unclosed\n"), QStringLiteral("x.txt"),
                              diagnostics);
    REQUIRE(diagnostics.size() == 3);
    CHECK(diagnostics[0].toString().startsWith(u"x.txt:1: 'Bad Id' is not a valid id"));
    CHECK(diagnostics[1].toString().startsWith(u"x.txt:2: expected 'name: value'"));
    CHECK(diagnostics[2].toString().startsWith(u"x.txt:4: a block starts with [id]"));
}

TEST_CASE("Windows line ends and a byte order mark are accepted")
{
    Diagnostics diagnostics;
    const auto result = BlockFileParser({}).parse(QStringLiteral("\uFEFF[a]\r\ntitle: T\r\n"), QStringLiteral("x"),
                                                  diagnostics);
    CHECK(diagnostics.isEmpty());
    REQUIRE(result.blocks.size() == 1);
    CHECK(result.blocks[0].field(QStringLiteral("title"))->value == u"T");
}
