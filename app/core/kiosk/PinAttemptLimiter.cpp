#include "PinAttemptLimiter.h"

namespace meldpunt {

PinAttemptLimiter::PinAttemptLimiter(MonotonicClock clock)
    : m_clock(std::move(clock))
{
}

bool PinAttemptLimiter::mayTry()
{
    if (m_wrong < tries)
        return true;
    if (m_clock() - m_lockedAt < lockout)
        return false;
    m_wrong = 0;
    return true;
}

bool PinAttemptLimiter::failed()
{
    if (++m_wrong < tries)
        return false;
    m_lockedAt = m_clock();
    return true;
}

void PinAttemptLimiter::succeeded()
{
    m_wrong = 0;
}

} // namespace meldpunt
