#include "KioskConfig.h"
#include "PinHash.h"
#include "TestSupport.h"

using namespace meldpunt;

TEST_CASE("a PIN hash is salted argon2id and verifies only its own PIN")
{
    const QString first = PinHash::hash(QStringLiteral("4711"));
    const QString second = PinHash::hash(QStringLiteral("4711"));
    CHECK(first.startsWith(QStringLiteral("$argon2id$v=19$")));
    CHECK_FALSE(first.contains(QStringLiteral("4711")));
    CHECK(first != second); // a fresh salt each time
    CHECK(PinHash::verify(QStringLiteral("4711"), first));
    CHECK(PinHash::verify(QStringLiteral("4711"), second));
    CHECK_FALSE(PinHash::verify(QStringLiteral("4712"), first));
    CHECK_FALSE(PinHash::verify(QStringLiteral("47111"), first));
    CHECK_FALSE(PinHash::verify(QString(), first));
    CHECK_FALSE(PinHash::verify(QStringLiteral("4711"), QStringLiteral("garbage")));
    CHECK_FALSE(PinHash::verify(QStringLiteral("4711"), QString()));
}

TEST_CASE("a PIN with letters and accents verifies too")
{
    const QString hash = PinHash::hash(QStringLiteral("Zeeuwse ëik 9"));
    CHECK(PinHash::verify(QStringLiteral("Zeeuwse ëik 9"), hash));
    CHECK_FALSE(PinHash::verify(QStringLiteral("Zeeuwse eik 9"), hash));
}

TEST_CASE("too short a PIN is not acceptable")
{
    CHECK_FALSE(PinHash::whyUnacceptable(QStringLiteral("123")).isEmpty());
    CHECK(PinHash::whyUnacceptable(QStringLiteral("1234")).isEmpty());
    CHECK_FALSE(PinHash::whyUnacceptable(QStringLiteral("12\u000734")).isEmpty());
}

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
