#include "QuickExitDetector.h"

#include "EventTime.h"

namespace meldpunt {

QuickExitDetector::QuickExitDetector(MonotonicClock clock)
    : m_clock(std::move(clock))
{
}

bool QuickExitDetector::fromBefore(quint64 eventTime) const
{
    return eventTimeBefore(eventTime, m_count > 0 ? m_countStart : m_shiftDown ? m_shiftDownAt : 0);
}

void QuickExitDetector::cancel()
{
    m_shiftAlone = false;
    m_count = 0;
}

void QuickExitDetector::keyDown(bool isShift, quint64 eventTime)
{
    if (isShift) {
        // The same press may come twice (ShortcutOverride, then KeyPress): its time once.
        if (!m_shiftDown)
            m_shiftDownAt = eventTime;
        if (m_count == 0)
            m_countStart = m_shiftDownAt;
        m_shiftDown = true;
        m_shiftAlone = true;
        return;
    }
    // A capital letter, a shortcut: not Shift on its own. Unless it was pressed before
    // the Shifts began and only arrives now.
    if (!fromBefore(eventTime))
        cancel();
}

bool QuickExitDetector::keyUp(bool isShift, quint64 eventTime)
{
    if (!isShift || !m_shiftDown)
        return false;
    m_shiftDown = false;
    if (!m_shiftAlone)
        return false;
    const std::chrono::milliseconds now = m_clock();
    // The window by the events' own times when both are known: a visitor's three presses
    // within a second stay within it however late the program gets to them.
    const bool byEventTime = eventTime != 0 && m_firstEventAt != 0;
    const bool tooLate = byEventTime ? eventTimeElapsed(eventTime, m_firstEventAt) > window.count() : now - m_firstAt > window;
    if (m_count == 0 || tooLate) {
        m_count = 0;
        m_firstAt = now;
        m_firstEventAt = eventTime;
        m_countStart = m_shiftDownAt;
    }
    if (++m_count < presses)
        return false;
    m_count = 0;
    return true;
}

void QuickExitDetector::pointerPressed(quint64 eventTime)
{
    if (!fromBefore(eventTime))
        cancel();
}

void QuickExitDetector::reset()
{
    m_shiftDown = false;
    m_shiftAlone = false;
    m_count = 0;
    m_firstEventAt = 0;
    m_shiftDownAt = 0;
    m_countStart = 0;
}

} // namespace meldpunt
