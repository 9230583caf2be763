#include "QuickExitDetector.h"

namespace meldpunt {

QuickExitDetector::QuickExitDetector(MonotonicClock clock)
    : m_clock(std::move(clock))
{
}

void QuickExitDetector::keyDown(bool isShift)
{
    if (isShift) {
        m_shiftDown = true;
        m_shiftAlone = true;
        return;
    }
    // A capital letter, a shortcut: not Shift on its own.
    m_shiftAlone = false;
    m_count = 0;
}

bool QuickExitDetector::keyUp(bool isShift)
{
    if (!isShift || !m_shiftDown)
        return false;
    m_shiftDown = false;
    if (!m_shiftAlone)
        return false;
    const std::chrono::milliseconds now = m_clock();
    if (m_count == 0 || now - m_firstAt > window) {
        m_count = 0;
        m_firstAt = now;
    }
    if (++m_count < presses)
        return false;
    m_count = 0;
    return true;
}

void QuickExitDetector::pointerPressed()
{
    m_shiftAlone = false;
    m_count = 0;
}

void QuickExitDetector::reset()
{
    m_shiftDown = false;
    m_shiftAlone = false;
    m_count = 0;
}

} // namespace meldpunt
