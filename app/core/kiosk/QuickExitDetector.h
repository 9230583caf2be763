#pragma once

#include "MonotonicClock.h"

#include <QtGlobal>

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
///
/// Input is judged by when it happened, not by when it arrives. Each step may take the
/// event's own time (QInputEvent::timestamp(), the platform's milliseconds; 0 when not
/// known). Under load the platform delivers late, and not always in order: Qt's xcb plugin
/// may hand over a click after a key pressed after it. So:
///
///     click at 100, shift down at 500, [click at 100 delivered], up, down, up, down, up
///                                                          => true: the click came first
///     shift down at 500, click at 600, up, ...             => the click counts: not alone
///     three shifts at 0, 100, 200, delivered 6 s later    => true: 200 ms apart as pressed
///
/// Without event times the injected clock decides the window, as the input arrives.
class QuickExitDetector
{
public:
    static constexpr int presses = 3;
    static constexpr std::chrono::milliseconds window = std::chrono::seconds(4);

    explicit QuickExitDetector(MonotonicClock clock = steadyNow);

    /// A key went down. isShift: it is Shift (either one).
    void keyDown(bool isShift, quint64 eventTime = 0);
    /// A key came up; true when this release completes a quick exit.
    bool keyUp(bool isShift, quint64 eventTime = 0);
    /// A click or touch: Shift held with it is not Shift on its own.
    void pointerPressed(quint64 eventTime = 0);
    void reset();

private:
    /// Whether input at `eventTime` happened before the Shifts being counted began.
    bool fromBefore(quint64 eventTime) const;
    void cancel();

    MonotonicClock m_clock;
    bool m_shiftDown = false;
    bool m_shiftAlone = false;
    int m_count = 0;
    std::chrono::milliseconds m_firstAt { 0 }; ///< the first counted release, by the clock
    quint64 m_firstEventAt = 0;                ///< the same, by its event time
    quint64 m_shiftDownAt = 0;                 ///< the Shift being held, by its event time
    quint64 m_countStart = 0;                  ///< the press that began the count, by its event time
};

} // namespace meldpunt
