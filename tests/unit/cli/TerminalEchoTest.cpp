// The echo of a terminal off while a TerminalEcho lives, on a pseudo-terminal of our own.
#include "TerminalEcho.h"
#include "TestSupport.h"

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace meldpunt;

namespace {
bool echoes(int fd)
{
    termios settings {};
    REQUIRE(tcgetattr(fd, &settings) == 0);
    return settings.c_lflag & ECHO;
}
} // namespace

TEST_CASE("a TerminalEcho turns the echo off while it lives, and on again")
{
    int controller = -1;
    int terminal = -1;
    REQUIRE(openpty(&controller, &terminal, nullptr, nullptr, nullptr) == 0);
    REQUIRE(echoes(terminal));
    {
        const TerminalEcho hidden(terminal);
        CHECK(hidden.active());
        CHECK_FALSE(echoes(terminal));
    }
    CHECK(echoes(terminal));
    close(terminal);
    close(controller);
}

TEST_CASE("a TerminalEcho does nothing to what is not a terminal")
{
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const TerminalEcho hidden(fds[0]);
    CHECK_FALSE(hidden.active());
    CHECK_FALSE(TerminalEcho::isTerminal(fds[0]));
    close(fds[0]);
    close(fds[1]);
}
