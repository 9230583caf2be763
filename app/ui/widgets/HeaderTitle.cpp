#include "HeaderTitle.h"

#include <QEvent>
#include <QLabel>

#include <algorithm>

namespace meldpunt {

HeaderTitle::HeaderTitle(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
{
    setObjectName(QStringLiteral("headerTitle"));
    m_title->setObjectName(QStringLiteral("appTitle"));
    m_subtitle->setObjectName(QStringLiteral("appSubtitle"));
    for (QLabel *label : { m_title, m_subtitle })
        label->setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void HeaderTitle::setTexts(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    updateGeometry();
    place();
}

QSize HeaderTitle::sizeHint() const
{
    const QSize title = m_title->sizeHint();
    const QSize subtitle = m_subtitle->sizeHint();
    return { std::max(title.width(), subtitle.width()), title.height() + subtitle.height() };
}

QSize HeaderTitle::minimumSizeHint() const
{
    return { 0, sizeHint().height() };
}

bool HeaderTitle::event(QEvent *event)
{
    // The labels' fonts follow the style sheet (the text size): measure again.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LayoutRequest || event->type() == QEvent::Polish) {
        updateGeometry();
        place();
    }
    return QWidget::event(event);
}

void HeaderTitle::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    place();
}

void HeaderTitle::place()
{
    m_title->ensurePolished();
    m_subtitle->ensurePolished();
    const QSize title = m_title->sizeHint();
    const QSize subtitle = m_subtitle->sizeHint();
    const bool showTitle = title.width() <= width() && !m_title->text().isEmpty();
    const bool showSubtitle = showTitle && subtitle.width() <= width() && !m_subtitle->text().isEmpty();
    const int top = (height() - (showSubtitle ? title.height() + subtitle.height() : title.height())) / 2;
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    auto line = [&](const QSize &size, int y) {
        return QRect(rightToLeft ? width() - size.width() : 0, y, size.width(), size.height());
    };
    m_title->setGeometry(line(title, std::max(0, top)));
    m_subtitle->setGeometry(line(subtitle, std::max(0, top) + title.height()));
    m_title->setVisible(showTitle);
    m_subtitle->setVisible(showSubtitle);
}

} // namespace meldpunt
