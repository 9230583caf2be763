#include "Overlay.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QStyleOption>
#include <QVBoxLayout>

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

QVBoxLayout *Overlay::addCentredPanel(int width, int margin, int spacing)
{
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("overlayPanel"));
    panel->setAttribute(Qt::WA_StyledBackground);
    // A fixed width and stretches (not an alignment) keep the wrapped text's height right.
    panel->setFixedWidth(width);
    auto *inner = new QVBoxLayout(panel);
    inner->setContentsMargins(margin, margin * 4 / 5, margin, margin * 4 / 5);
    inner->setSpacing(spacing);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return inner;
}

bool Overlay::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
        touched();
        event->accept();
        return true;
    case QEvent::LanguageChange:
        retranslate();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void Overlay::mousePressEvent(QMouseEvent *)
{
    touched();
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
