#pragma once

#include "MonotonicClock.h"

namespace meldpunt::test {

/// A clock a test moves by hand, for the kiosk's state machines: no timers, no sleeps.
struct ManualClock
{
    std::chrono::milliseconds now { 1000 };

    MonotonicClock function()
    {
        return [this] { return now; };
    }
};

} // namespace meldpunt::test
