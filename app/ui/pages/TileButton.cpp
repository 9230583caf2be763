#include "TileButton.h"

#include <QLabel>
#include <QVBoxLayout>

namespace meldpunt {

TileButton::TileButton(const QString &objectName, QWidget *parent)
    : QPushButton(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_contact(new QLabel(this))
{
    setObjectName(objectName);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    const bool card = objectName == u"card";
    m_title->setObjectName(card ? QStringLiteral("cardTitle") : QStringLiteral("tileTitle"));
    m_text->setObjectName(card ? QStringLiteral("cardText") : QStringLiteral("tileText"));
    m_contact->setObjectName(QStringLiteral("cardContact"));
    for (QLabel *label : { m_title, m_text, m_contact }) {
        label->setWordWrap(true);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        label->setTextFormat(Qt::PlainText);
    }
    m_contact->setTextFormat(Qt::PlainText);
    m_contact->setLayoutDirection(Qt::LeftToRight); // phone numbers read left to right

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_contact);
    layout->addStretch();
}

void TileButton::setContent(const QString &title, const QString &text, const QString &contact)
{
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_contact->setText(contact);
    // The contact reads left to right, but lines up with the title, whichever way that reads
    // (a label aligns plain text by the text's own direction).
    m_contact->setAlignment((title.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
    m_contact->setVisible(!contact.isEmpty());
    setAccessibleName(title);
    setAccessibleDescription(contact.isEmpty() ? text : text + u' ' + contact);
    updateGeometry();
}

QSize TileButton::sizeHint() const
{
    return layout()->sizeHint().expandedTo(QSize(200, 96));
}

QSize TileButton::minimumSizeHint() const
{
    return QSize(160, std::max(96, layout()->minimumSize().height()));
}

} // namespace meldpunt
