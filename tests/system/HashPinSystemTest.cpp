// --hash-pin as an administrator runs it: the real program, the PIN on standard input, or
// typed at a terminal (a pseudo-terminal of our own).
#include "KioskConfig.h"
#include "PinHash.h"
#include "TestSupport.h"

#include <QElapsedTimer>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace meldpunt;

namespace {

/// Everything the program writes to the terminal until `expected` shows, the program ends,
/// or 10 s pass.
QByteArray readUntil(int controller, QByteArray &seen, const QByteArray &expected)
{
    QElapsedTimer timer;
    timer.start();
    while (!seen.contains(expected) && timer.elapsed() < 10000) {
        pollfd poller { controller, POLLIN, 0 };
        if (poll(&poller, 1, 200) <= 0)
            continue;
        char buffer[512];
        const ssize_t n = read(controller, buffer, sizeof buffer);
        if (n <= 0)
            break;
        seen.append(buffer, int(n));
    }
    return seen;
}

} // namespace

TEST_CASE("the hash-pin option reads the PIN on stdin and prints a config line that the config reader takes")
{
    const auto result = test::runProgram({ QStringLiteral("--hash-pin") }, {}, QByteArrayLiteral("25802580\n"));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.startsWith(QStringLiteral("admin-pin-hash = $argon2id$")));
    CHECK_FALSE(result.out.contains(QStringLiteral("2580")));
    CHECK(result.err.isEmpty());
    const KioskConfig::Result config = KioskConfig::parse(u"[kiosk]\n" + result.out, QStringLiteral("kiosk.conf"));
    CHECK(config.diagnostics.isEmpty());
    CHECK(PinHash::verify(QStringLiteral("25802580"), config.config.adminPinHash));
    CHECK_FALSE(PinHash::verify(QStringLiteral("25802581"), config.config.adminPinHash));
}

TEST_CASE("the hash-pin option refuses an empty or short PIN")
{
    const auto empty = test::runProgram({ QStringLiteral("--hash-pin") });
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(QStringLiteral("at least 8")));
    CHECK(empty.out.isEmpty());
    const auto shortPin = test::runProgram({ QStringLiteral("--hash-pin") }, {}, QByteArrayLiteral("2580258\n"));
    CHECK(shortPin.exitCode == 2);
    CHECK(shortPin.out.isEmpty());
}

TEST_CASE("at a terminal, the hash-pin option asks twice and never shows the PIN")
{
    int controller = -1;
    const pid_t child = forkpty(&controller, nullptr, nullptr, nullptr);
    REQUIRE(child >= 0);
    if (child == 0) {
        execl(MELDPUNT_BINARY, MELDPUNT_BINARY, "--hash-pin", static_cast<char *>(nullptr));
        _exit(127);
    }
    QByteArray seen;
    readUntil(controller, seen, "or more): ");
    REQUIRE(seen.contains("8 characters or more"));
    REQUIRE(write(controller, "25802580\n", 9) == 9);
    readUntil(controller, seen, "again: ");
    REQUIRE(write(controller, "25802580\n", 9) == 9);
    readUntil(controller, seen, "\x01"); // to the end: reading fails once the program has exited
    int status = -1;
    REQUIRE(waitpid(child, &status, 0) == child);
    close(controller);

    INFO(seen.toStdString());
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(seen.contains("again"));
    CHECK(seen.contains("admin-pin-hash = $argon2id$"));
    CHECK_FALSE(seen.contains("2580"));
}
