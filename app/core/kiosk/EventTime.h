#pragma once

#include <QtGlobal>

namespace meldpunt {

/// Input events' own times (QInputEvent::timestamp(): the platform's milliseconds, 0 when
/// not known). X11 and Wayland count in 32 bits, which wrap after 49 days, a time a kiosk
/// may well run; differences are taken in 32 bits for that.
///
///     eventTimeElapsed(5200, 5000)            => 200
///     eventTimeElapsed(5000, 5200)            => -200
///     eventTimeElapsed(0x10, 0xFFFFFFF0)      => 32 (across the wrap)
inline qint64 eventTimeElapsed(quint64 later, quint64 earlier)
{
    return qint64(qint32(quint32(later) - quint32(earlier)));
}

/// Whether input at `time` happened before `reference`; false when either is not known.
///
///     eventTimeBefore(100, 500) => true;  eventTimeBefore(0, 500) => false
inline bool eventTimeBefore(quint64 time, quint64 reference)
{
    return time != 0 && reference != 0 && eventTimeElapsed(time, reference) < 0;
}

} // namespace meldpunt
