#pragma once

#include <chrono>
#include <functional>

namespace meldpunt {

/// Time for the kiosk's state machines: milliseconds on a clock that never jumps. Tests
/// pass their own, so that they need no timers and no sleeps.
using MonotonicClock = std::function<std::chrono::milliseconds()>;

/// std::chrono::steady_clock, in milliseconds.
inline std::chrono::milliseconds steadyNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

} // namespace meldpunt
