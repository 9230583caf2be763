// --hash-pin's dialogue, without a terminal: the streams given, the terminal's questions on
// `prompt`. The echo itself is TerminalEchoTest's and HashPinSystemTest's.
#include "CliCommands.h"
#include "KioskConfig.h"
#include "PinHash.h"
#include "TestSupport.h"

#include <QIODevice>

using namespace meldpunt;

namespace {
struct Dialogue
{
    int exitCode = -1;
    QString out;
    QString prompt;
};

Dialogue hashPin(const QString &typed, bool terminal)
{
    QString input = typed;
    Dialogue dialogue;
    QTextStream in(&input, QIODevice::ReadOnly);
    QTextStream out(&dialogue.out);
    QTextStream prompt(&dialogue.prompt);
    dialogue.exitCode = CliCommands::hashPin(in, out, prompt, terminal);
    out.flush();
    prompt.flush();
    return dialogue;
}
} // namespace

TEST_CASE("on a terminal, --hash-pin asks twice and prints the hash of a PIN typed the same twice")
{
    const Dialogue dialogue = hashPin(QStringLiteral("25802580\n25802580\n"), true);
    REQUIRE(dialogue.exitCode == 0);
    CHECK(dialogue.prompt.contains(QStringLiteral("8 characters or more")));
    CHECK(dialogue.prompt.contains(QStringLiteral("again")));
    CHECK(dialogue.out.startsWith(QStringLiteral("admin-pin-hash = $argon2id$")));
    CHECK_FALSE(dialogue.out.contains(QStringLiteral("2580")));
    const KioskConfig::Result config = KioskConfig::parse(u"[kiosk]\n" + dialogue.out, QStringLiteral("kiosk.conf"));
    CHECK(PinHash::verify(QStringLiteral("25802580"), config.config.adminPinHash));
}

TEST_CASE("on a terminal, two different PINs make nothing")
{
    const Dialogue dialogue = hashPin(QStringLiteral("25802580\n25802581\n"), true);
    CHECK(dialogue.exitCode == 2);
    CHECK(dialogue.out.isEmpty());
}

TEST_CASE("a PIN of fewer than 8 characters is refused before it is asked again")
{
    const Dialogue dialogue = hashPin(QStringLiteral("2580258\n2580258\n"), true);
    CHECK(dialogue.exitCode == 2);
    CHECK(dialogue.out.isEmpty());
    CHECK_FALSE(dialogue.prompt.contains(QStringLiteral("again")));
}

TEST_CASE("without a terminal, --hash-pin reads one line and asks nothing")
{
    const Dialogue dialogue = hashPin(QStringLiteral("25802580\r\n"), false);
    REQUIRE(dialogue.exitCode == 0);
    CHECK(dialogue.prompt.isEmpty());
    CHECK(dialogue.out.startsWith(QStringLiteral("admin-pin-hash = $argon2id$")));
}
