#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace meldpunt;

TEST_CASE("kiosk mode starts with a bad configuration, naming each bad line")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("kiosk.conf"));
    test::writeFile(config, QStringLiteral("[kiosk]\nlanguage = en\nidle-timeout = 2\ntext-size = enormous\n"));
    const auto result = test::runProgram({ QStringLiteral("--kiosk"), QStringLiteral("--config"), config,
                                           QStringLiteral("--quit-after-first-paint") });
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.err.contains(config + QStringLiteral(":3: idle-timeout must be a whole number of seconds from 15 to 3600")));
    CHECK(result.err.contains(config + QStringLiteral(":4: text-size must be normal, large or larger")));
    CHECK(result.err.contains(QStringLiteral("no admin-pin-hash")));
    CHECK_FALSE(result.err.contains(QStringLiteral("could not be installed"))); // the filter was installed
}

TEST_CASE("kiosk mode starts without its configuration file, and says so")
{
    const auto result = test::runProgram({ QStringLiteral("--kiosk"), QStringLiteral("--config"),
                                           QStringLiteral("/nonexistent/kiosk.conf"),
                                           QStringLiteral("--quit-after-first-paint") });
    CHECK(result.exitCode == 0);
    CHECK(result.err.contains(QStringLiteral("/nonexistent/kiosk.conf: cannot read the configuration")));
}

TEST_CASE("the configuration's content pack is used, and a bad one is refused for the built-in content")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("kiosk.conf"));
    test::writeFile(config, QStringLiteral("[kiosk]\ncontent = /nonexistent/pack.rcc\n"));
    const auto fromConfig = test::runProgram({ QStringLiteral("--kiosk"), QStringLiteral("--config"), config,
                                               QStringLiteral("--quit-after-first-paint") });
    CHECK(fromConfig.exitCode == 0);
    CHECK(fromConfig.err.contains(QStringLiteral("/nonexistent/pack.rcc is refused")));
    // The command line overrides the configuration; kiosk mode takes a pack signed by a key
    // that the configuration trusts.
    const QString pack = dir.filePath(QStringLiteral("content.rcc"));
    REQUIRE(QFile::copy(QStringLiteral(MELDPUNT_CONTENT_PACK), pack));
    const QString key = dir.filePath(QStringLiteral("signing.key"));
    const auto made = test::runProgram({ QStringLiteral("--make-signing-key"), key });
    REQUIRE(made.exitCode == 0);
    REQUIRE(test::runProgram({ QStringLiteral("--sign-pack"), pack, QStringLiteral("--key"), key }).exitCode == 0);
    test::writeFile(config, u"[kiosk]\ncontent = /nonexistent/pack.rcc\n" + made.out);
    const auto overridden = test::runProgram({ QStringLiteral("--kiosk"), QStringLiteral("--config"), config,
                                               QStringLiteral("--content"), pack,
                                               QStringLiteral("--quit-after-first-paint") });
    CHECK(overridden.exitCode == 0);
    CHECK_FALSE(overridden.err.contains(QStringLiteral("is refused")));
}
