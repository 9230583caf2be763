#include "TileButton.h"

#include "EnterClicks.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace meldpunt {

TileButton::TileButton(const QString &objectName, QWidget *parent)
    : QPushButton(parent)
    , m_title(new WrappedLabel(this))
    , m_text(new WrappedLabel(this))
    , m_contact(new WrappedLabel(this))
{
    setObjectName(objectName);
    setCursor(Qt::PointingHandCursor);
    EnterClicks::add(this); // Enter and Return open a tile as Space does
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
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
    // A web address as a title ("meldkindersekstoerisme.nl") may break after its dots rather
    // than run out of the tile; screen readers get the title as it is.
    QString breakable = title;
    breakable.replace(QRegularExpression(QStringLiteral("\\.(?=\\w)")), QStringLiteral(".\u200B"));
    m_title->setText(breakable);
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
    constexpr int width = 240;
    return QSize(width, heightForWidth(width));
}

QSize TileButton::minimumSizeHint() const
{
    constexpr int width = 160;
    return QSize(width, heightForWidth(width));
}

int TileButton::heightForWidth(int width) const
{
    return std::max(96, layout()->totalHeightForWidth(width));
}

} // namespace meldpunt
