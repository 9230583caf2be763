#pragma once

#include "MonotonicClock.h"

#include <chrono>

namespace meldpunt {

/// Slows down guessing the administrator's PIN at the terminal: after five wrong PINs in a
/// row no PIN is even checked for a minute.
///
///     4 x failed()                 => mayTry() true
///     5 x failed()                 => mayTry() false for 60 s, then true (and counting anew)
///     4 x failed(), succeeded()    => counting starts again
class PinAttemptLimiter
{
public:
    static constexpr int tries = 5;
    static constexpr std::chrono::milliseconds lockout = std::chrono::seconds(60);

    explicit PinAttemptLimiter(MonotonicClock clock = steadyNow);

    /// False while locked out.
    bool mayTry();
    /// A wrong PIN; true when it starts a lockout.
    bool failed();
    void succeeded();

private:
    MonotonicClock m_clock;
    int m_wrong = 0;
    std::chrono::milliseconds m_lockedAt { 0 };
};

} // namespace meldpunt
