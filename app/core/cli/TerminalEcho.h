#pragma once

namespace meldpunt {

/// Turns the echo of a terminal off for as long as it lives, so that a PIN typed at
/// `--hash-pin` is not shown, and back on when it ends, also when Ctrl+C, a hangup or a kill
/// ends the program first. Enter still shows as a new line (ECHONL). Not a terminal: nothing.
///
///     { TerminalEcho hidden(STDIN_FILENO); read a line }  => typed characters not shown
///     TerminalEcho hidden(pipe)                            => hidden.active() == false
class TerminalEcho
{
public:
    explicit TerminalEcho(int fd);
    ~TerminalEcho();
    TerminalEcho(const TerminalEcho &) = delete;
    TerminalEcho &operator=(const TerminalEcho &) = delete;

    /// True when the echo was on and this object turned it off.
    bool active() const { return m_active; }

    static bool isTerminal(int fd);

private:
    bool m_active = false;
};

} // namespace meldpunt
