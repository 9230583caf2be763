#include "HandoutBar.h"

#include "HandoutBasket.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalBlocker>

namespace meldpunt {

HandoutBar::HandoutBar(QWidget *parent)
    : QWidget(parent)
    , m_basket(new HandoutBasket(this))
    , m_add(new QPushButton)
    , m_save(new QPushButton)
{
    setObjectName(QStringLiteral("handoutBar"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16); // the search row's
    m_add->setObjectName(QStringLiteral("addToHandout"));
    m_add->setCheckable(true);
    connect(m_add, &QPushButton::toggled, this, [this](bool chosen) { m_basket->setChosen(m_id, chosen); });
    m_save->setObjectName(QStringLiteral("saveHandout"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_content)
            m_basket->save(*m_content, window());
    });
    connect(m_basket, &HandoutBasket::changed, this, &HandoutBar::refresh);
    row->addWidget(m_add);
    row->addWidget(m_save);
    refresh();
}

void HandoutBar::showDocument(const LanguageContent &content, const QString &id)
{
    m_content = &content;
    m_id = id;
    refresh();
}

void HandoutBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void HandoutBar::refresh()
{
    const bool canChoose = !m_id.isEmpty();
    m_add->setVisible(canChoose);
    {
        const QSignalBlocker blocker(m_add);
        m_add->setChecked(canChoose && m_basket->contains(m_id));
    }
    m_add->setText(m_add->isChecked() ? tr("In handout") : tr("Add to handout"));
    m_add->setAccessibleName(m_add->text());
    const int count = int(m_basket->ids().size());
    m_save->setVisible(count > 0);
    m_save->setText(tr("Save handout (%n)", "number of chosen answers and cards", count));
    m_save->setAccessibleName(m_save->text());
    // Without a parent it would become a window of its own.
    if (parentWidget())
        setVisible(canChoose || count > 0);
}

} // namespace meldpunt
