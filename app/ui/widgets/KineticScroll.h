#pragma once

class QAbstractScrollArea;

namespace meldpunt {

/// Swipe and flick scroll a view, as a finger expects: the content follows the finger, a
/// flick keeps it moving and it slows to a stop, and a swipe that starts on a tile, a result
/// or a contact scrolls and presses nothing (the press is held back until it is clearly not a
/// drag); a tap still taps. The view's scroll bar gets a handle a finger can grab (48 px).
///
///     enable(answer, Input::Touch)           a touch screen's swipe scrolls; a mouse drag
///                                            still selects, as on any desktop
///     enable(answer, Input::TouchAndPointer) a press-and-drag of the pointer scrolls too: the
///                                            kiosk, whose touch panel may be a pointer
namespace KineticScroll {

enum class Input { Touch, TouchAndPointer };

void enable(QAbstractScrollArea *area, Input input);

/// The thickness of a scroll bar that a finger can grab.
constexpr int touchBarWidth = 48;

} // namespace KineticScroll

} // namespace meldpunt
