#include "CommandLine.h"
#include "TestSupport.h"

using namespace meldpunt;

namespace {
CommandLine::Result parse(const QString &line)
{
    return CommandLine::parse(line.split(u' ', Qt::SkipEmptyParts));
}
} // namespace

TEST_CASE("the command line contract")
{
    auto result = parse(QStringLiteral("--search anoniem --limit 3 --lang en"));
    CHECK(result.error.isEmpty());
    CHECK(result.options.mode == Options::Mode::Search);
    CHECK(result.options.query == u"anoniem");
    CHECK(result.options.limit == 3);
    CHECK(result.options.language == u"en");

    result = parse(QStringLiteral("--kiosk --idle-timeout 120 --open anoniem-melden"));
    CHECK(result.error.isEmpty());
    CHECK(result.options.kiosk);
    CHECK(result.options.idleTimeoutSeconds == 120);
    CHECK(result.options.openId == u"anoniem-melden");

    result = parse(QStringLiteral("--handout a,b --output x.pdf"));
    CHECK(result.options.handoutIds == QStringList { QStringLiteral("a"), QStringLiteral("b") });
    result = parse(QStringLiteral("--review-sheet --output review.html"));
    CHECK(result.error.isEmpty());
    CHECK(result.options.mode == Options::Mode::ReviewSheet);
    CHECK(result.options.outputFile == u"review.html");
    CHECK(parse(QStringLiteral("--search=abc")).options.query == u"abc");
    CHECK(parse(QStringLiteral("-platform offscreen")).options.qtArguments
          == QStringList { QStringLiteral("-platform"), QStringLiteral("offscreen") });
}

TEST_CASE("bad arguments give a clear error")
{
    CHECK(parse(QStringLiteral("--limit x")).error.contains(QStringLiteral("--limit")));
    CHECK(parse(QStringLiteral("--limit 0")).error.contains(QStringLiteral("--limit")));
    CHECK(parse(QStringLiteral("--idle-timeout 2")).error.contains(QStringLiteral("--idle-timeout")));
    CHECK(parse(QStringLiteral("--lang ../../etc")).error.contains(QStringLiteral("--lang")));
    CHECK(parse(QStringLiteral("--search")).error == u"--search needs a value");
    CHECK(parse(QStringLiteral("--frobnicate")).error == u"unknown option --frobnicate");
    CHECK(parse(QStringLiteral("stray")).error.contains(QStringLiteral("unexpected argument")));
    CHECK(parse(QStringLiteral("--search a --list")).error.contains(QStringLiteral("cannot be combined")));
    CHECK(parse(QStringLiteral("--handout a")).error.contains(QStringLiteral("--output")));
    CHECK(parse(QStringLiteral("--review-sheet")).error == u"--review-sheet needs --output FILE.html");
    CHECK(parse(QStringLiteral("--list --output x")).error.contains(QStringLiteral("--output goes with")));
    CHECK(parse(QStringLiteral("--kiosk --review-sheet --output x.html")).error.contains(QStringLiteral("--kiosk")));
    // A kiosk writes nothing: no handout file, and no command that bypasses its lockdown.
    CHECK(parse(QStringLiteral("--kiosk --handout a --output x.pdf")).error.contains(QStringLiteral("--kiosk")));
    CHECK(parse(QStringLiteral("--kiosk --search x")).error.contains(QStringLiteral("--kiosk")));
}

TEST_CASE("signing keys and signed packs: --make-signing-key, --sign-pack with --key")
{
    auto result = parse(QStringLiteral("--make-signing-key /secure/k.key"));
    CHECK(result.error.isEmpty());
    CHECK(result.options.mode == Options::Mode::MakeSigningKey);
    CHECK(result.options.newKeyFile == u"/secure/k.key");

    result = parse(QStringLiteral("--sign-pack p.rcc --key k.key"));
    CHECK(result.error.isEmpty());
    CHECK(result.options.mode == Options::Mode::SignPack);
    CHECK(result.options.packToSign == u"p.rcc");
    CHECK(result.options.keyFile == u"k.key");

    CHECK(parse(QStringLiteral("--sign-pack p.rcc")).error.startsWith(u"--sign-pack needs --key"));
    CHECK(parse(QStringLiteral("--list --key k.key")).error == u"--key goes with --sign-pack");
    CHECK(parse(QStringLiteral("--make-signing-key")).error == u"--make-signing-key needs a value");
    CHECK(parse(QStringLiteral("--kiosk --sign-pack p.rcc --key k")).error.startsWith(u"--kiosk opens the window"));
    CHECK(parse(QStringLiteral("--make-signing-key a --sign-pack p --key k")).error.endsWith(u"cannot be combined with another command"));
}
