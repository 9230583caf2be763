#include "Overlay.h"

#include <QEvent>
#include <QPainter>
#include <QStyleOption>

namespace meldpunt {

Overlay::Overlay(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_StyledBackground);
    setAutoFillBackground(false);
    hide();
    parent->installEventFilter(this);
}

void Overlay::cover()
{
    setGeometry(parentWidget()->rect());
    show();
    raise();
}

bool Overlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void Overlay::paintEvent(QPaintEvent *)
{
    // Style sheet backgrounds on a plain QWidget subclass need this.
    QStyleOption option;
    option.initFrom(this);
    QPainter painter(this);
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this);
}

} // namespace meldpunt
