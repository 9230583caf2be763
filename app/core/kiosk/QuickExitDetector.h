#pragma once

#include "MonotonicClock.h"

#include <chrono>

namespace meldpunt {

/// Quick exit by keyboard, as GOV.UK's "Exit this page": Shift pressed and released on its
/// own three times within a few seconds. Typing capitals never triggers it: a Shift that
/// goes with another key or a click does not count, and resets the count.
///
///     shift down, up, down, up, down, up (within 4 s)     => the third up returns true
///     shift down, "A" down, shift up, ... (a capital)      => never true
///     three shifts over 5 s                                => false; counting starts again
///     shift down, shift down (auto-repeat), up             => counts once
class QuickExitDetector
{
public:
    static constexpr int presses = 3;
    static constexpr std::chrono::milliseconds window = std::chrono::seconds(4);

    explicit QuickExitDetector(MonotonicClock clock = steadyNow);

    /// A key went down. isShift: it is Shift (either one).
    void keyDown(bool isShift);
    /// A key came up; true when this release completes a quick exit.
    bool keyUp(bool isShift);
    /// A click or touch: Shift held with it is not Shift on its own.
    void pointerPressed();
    void reset();

private:
    MonotonicClock m_clock;
    bool m_shiftDown = false;
    bool m_shiftAlone = false;
    int m_count = 0;
    std::chrono::milliseconds m_firstAt { 0 };
};

} // namespace meldpunt
