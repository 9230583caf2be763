#include "TerminalEcho.h"

#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace meldpunt {

namespace {

// The terminal's settings before, for the signal handler: only one TerminalEcho at a time.
int savedFd = -1;
termios savedSettings {};
constexpr int restoredSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
struct sigaction previousActions[sizeof(restoredSignals) / sizeof(restoredSignals[0])];

// Async-signal-safe: give the echo back, then end as the signal would have.
void restoreAndRaise(int signal)
{
    if (savedFd >= 0)
        tcsetattr(savedFd, TCSANOW, &savedSettings);
    std::signal(signal, SIG_DFL);
    raise(signal);
}

} // namespace

bool TerminalEcho::isTerminal(int fd)
{
    return isatty(fd) == 1;
}

TerminalEcho::TerminalEcho(int fd)
{
    termios settings {};
    if (savedFd >= 0 || !isTerminal(fd) || tcgetattr(fd, &settings) != 0 || !(settings.c_lflag & ECHO))
        return;
    savedFd = fd;
    savedSettings = settings;
    struct sigaction action {};
    action.sa_handler = restoreAndRaise;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof(restoredSignals) / sizeof(restoredSignals[0]); ++i)
        sigaction(restoredSignals[i], &action, &previousActions[i]);
    settings.c_lflag &= ~tcflag_t(ECHO);
    settings.c_lflag |= ECHONL;
    m_active = tcsetattr(fd, TCSANOW, &settings) == 0;
    if (!m_active) {
        for (size_t i = 0; i < sizeof(restoredSignals) / sizeof(restoredSignals[0]); ++i)
            sigaction(restoredSignals[i], &previousActions[i], nullptr);
        savedFd = -1;
    }
}

TerminalEcho::~TerminalEcho()
{
    if (!m_active)
        return;
    tcsetattr(savedFd, TCSANOW, &savedSettings);
    for (size_t i = 0; i < sizeof(restoredSignals) / sizeof(restoredSignals[0]); ++i)
        sigaction(restoredSignals[i], &previousActions[i], nullptr);
    savedFd = -1;
}

} // namespace meldpunt
