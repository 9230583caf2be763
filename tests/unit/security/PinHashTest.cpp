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
    CHECK_FALSE(PinHash::whyUnacceptable(QStringLiteral("1234567")).isEmpty());
    CHECK(PinHash::whyUnacceptable(QStringLiteral("12345678")).isEmpty());
    CHECK_FALSE(PinHash::whyUnacceptable(QStringLiteral("1234\u00075678")).isEmpty());
}
