#include "HomePage.h"

#include "ContentRenderer.h"
#include "TileButton.h"
#include "TileGrid.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace meldpunt {

HomePage::HomePage(QWidget *parent)
    : ScrollPage(QStringLiteral("homePage"), { 32, 16, 32, 32 }, 2400, parent)
    , m_topicsHeading(new QLabel(this))
    , m_organisationsHeading(new QLabel(this))
    // As many columns as fit at the text size: content scrolls rather than squeezes.
    , m_topics(new TileGrid(2))
    , m_organisations(new TileGrid(3))
{
    QVBoxLayout *layout = contentLayout();
    layout->setSpacing(14);
    m_topicsHeading->setObjectName(QStringLiteral("sectionHeading"));
    m_organisationsHeading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(m_topicsHeading);
    layout->addLayout(m_topics);
    layout->addSpacing(12);
    layout->addWidget(m_organisationsHeading);
    layout->addLayout(m_organisations);
    layout->addStretch();

    // The tiles take the focus, and the page scrolls to them: the page itself is no Tab stop
    // (one that showed nothing).
    scrollArea()->setFocusPolicy(Qt::NoFocus);
    retranslate();
}

void HomePage::setContent(const LanguageContent &content)
{
    m_topics->clear();
    m_organisations->clear();

    for (const Topic &topic : content.topics) {
        auto *tile = new TileButton(QStringLiteral("tile"));
        tile->setContent(topic.title, topic.description);
        tile->setProperty("topicId", topic.id);
        connect(tile, &QPushButton::clicked, this, [this, id = topic.id] { Q_EMIT topicClicked(id); });
        m_topics->addWidget(tile);
    }

    for (const Organisation &organisation : content.organisations) {
        auto *card = new TileButton(QStringLiteral("card"));
        card->setContent(organisation.name, excerpt(organisation.helpsWith, ExcerptLength::card),
                         ContentRenderer::reachLine(organisation, content));
        card->setProperty("organisationId", organisation.id);
        connect(card, &QPushButton::clicked, this,
                [this, id = organisation.id] { Q_EMIT organisationClicked(id); });
        m_organisations->addWidget(card);
    }
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HomePage::retranslate()
{
    //: Heading above the topic tiles on the home screen. The app speaks to visitors informally (Dutch: je)
    m_topicsHeading->setText(tr("What is your question about?"));
    //: Heading above the help organisations' cards on the home screen
    m_organisationsHeading->setText(tr("Where you can get help"));
}

} // namespace meldpunt
