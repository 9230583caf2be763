#include "KineticScroll.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QScrollerProperties>
#include <QStyle>

namespace meldpunt::KineticScroll {

void enable(QAbstractScrollArea *area, Input input)
{
    QWidget *viewport = area->viewport();
    // A pointer drag is what many kiosk touch panels send; a touch that no widget takes
    // arrives as one too, so the pointer gesture serves both.
    const QScroller::ScrollerGestureType gesture =
        input == Input::TouchAndPointer ? QScroller::LeftMouseButtonGesture : QScroller::TouchGesture;
    QScroller::grabGesture(viewport, gesture);

    QScrollerProperties properties = QScroller::scroller(viewport)->scrollerProperties();
    // Held back this long, a press that turns into a drag never reaches the tile under it.
    properties.setScrollMetric(QScrollerProperties::MousePressEventDelay, 0.2);
    // A few millimetres of movement make it a drag; less is a tap on a shaky finger.
    properties.setScrollMetric(QScrollerProperties::DragStartDistance, 0.004);
    // The page ends where it ends: no rubber band that shows an empty strip.
    properties.setScrollMetric(QScrollerProperties::HorizontalOvershootPolicy,
                               QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    properties.setScrollMetric(QScrollerProperties::VerticalOvershootPolicy,
                               QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    QScroller::scroller(viewport)->setScrollerProperties(properties);

    // The scroller moves the view by pixels; a list that scrolls by items would jump.
    if (auto *view = qobject_cast<QAbstractItemView *>(area))
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    // A handle a finger can grab (the style sheet's QScrollBar[touch="true"]).
    QScrollBar *bar = area->verticalScrollBar();
    bar->setProperty("touch", true);
    bar->style()->unpolish(bar);
    bar->style()->polish(bar);
    // A view that scrolls needs no height of its own: the wider bar's arrows and handle
    // would otherwise ask for more than a short window with the touch keyboard has.
    area->setMinimumHeight(1);
}

} // namespace meldpunt::KineticScroll
