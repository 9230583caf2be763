#include "ScrollPage.h"


#include <QScrollArea>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QVBoxLayout>

namespace meldpunt {

ScrollPage::ScrollPage(const QString &objectName, const QMargins &margins, int maximumWidth, QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(objectName);
    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("page"));
    // The width limit on the column, not on its labels: a label narrower than its layout
    // would be asked its height for the wrong width, and the page below it squeezed.
    auto *row = new QHBoxLayout(inner);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    auto *column = new QWidget;
    column->setObjectName(QStringLiteral("page"));
    column->setMaximumWidth(maximumWidth);
    m_content = new QVBoxLayout(column);
    m_content->setContentsMargins(margins);
    row->addWidget(column, 1);
    row->addStretch(0);

    m_scroll->setWidget(inner);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
}

void ScrollPage::scrollToTop()
{
    m_scroll->verticalScrollBar()->setValue(0);
}

} // namespace meldpunt
