// --hash-pin as an administrator runs it: the real program, the PIN on standard input.
#include "KioskConfig.h"
#include "PinHash.h"
#include "TestSupport.h"

using namespace meldpunt;

TEST_CASE("the hash-pin option reads the PIN on stdin and prints a config line that the config reader takes")
{
    const auto result = test::runProgram({ QStringLiteral("--hash-pin") }, {}, QByteArrayLiteral("2580\n"));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.startsWith(QStringLiteral("admin-pin-hash = $argon2id$")));
    CHECK_FALSE(result.out.contains(QStringLiteral("2580")));
    const KioskConfig::Result config = KioskConfig::parse(u"[kiosk]\n" + result.out, QStringLiteral("kiosk.conf"));
    CHECK(config.diagnostics.isEmpty());
    CHECK(PinHash::verify(QStringLiteral("2580"), config.config.adminPinHash));
    CHECK_FALSE(PinHash::verify(QStringLiteral("2581"), config.config.adminPinHash));
}

TEST_CASE("the hash-pin option refuses an empty or short PIN")
{
    const auto empty = test::runProgram({ QStringLiteral("--hash-pin") });
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(QStringLiteral("at least 4")));
    CHECK(empty.out.isEmpty());
    const auto shortPin = test::runProgram({ QStringLiteral("--hash-pin") }, {}, QByteArrayLiteral("12\n"));
    CHECK(shortPin.exitCode == 2);
}
