#include "ScrollPage.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace meldpunt {

ScrollPage::ScrollPage(const QString &objectName, const QMargins &margins, QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(objectName);
    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("page"));
    m_content = new QVBoxLayout(inner);
    m_content->setContentsMargins(margins);

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
