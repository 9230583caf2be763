#include "HomePage.h"

#include "TileButton.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace meldpunt {

namespace {

void clearGrid(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

HomePage::HomePage(QWidget *parent)
    : ScrollPage(QStringLiteral("homePage"), { 32, 16, 32, 32 }, parent)
    , m_topicsHeading(new QLabel(this))
    , m_organisationsHeading(new QLabel(this))
    , m_topics(new QGridLayout)
    , m_organisations(new QGridLayout)
{
    QVBoxLayout *layout = contentLayout();
    layout->setSpacing(14);
    m_topicsHeading->setObjectName(QStringLiteral("sectionHeading"));
    m_organisationsHeading->setObjectName(QStringLiteral("sectionHeading"));
    m_topics->setSpacing(16);
    m_organisations->setSpacing(16);
    layout->addWidget(m_topicsHeading);
    layout->addLayout(m_topics);
    layout->addSpacing(12);
    layout->addWidget(m_organisationsHeading);
    layout->addLayout(m_organisations);
    layout->addStretch();

    retranslate();
}

void HomePage::setContent(const LanguageContent &content)
{
    clearGrid(m_topics);
    clearGrid(m_organisations);

    constexpr int topicColumns = 2;
    for (qsizetype i = 0; i < content.topics.size(); ++i) {
        const Topic &topic = content.topics[i];
        auto *tile = new TileButton(QStringLiteral("tile"));
        tile->setContent(topic.title, topic.description);
        tile->setProperty("topicId", topic.id);
        connect(tile, &QPushButton::clicked, this, [this, id = topic.id] { Q_EMIT topicClicked(id); });
        m_topics->addWidget(tile, int(i / topicColumns), int(i % topicColumns));
    }

    constexpr int cardColumns = 3;
    for (qsizetype i = 0; i < content.organisations.size(); ++i) {
        const Organisation &organisation = content.organisations[i];
        auto *card = new TileButton(QStringLiteral("card"));
        card->setContent(organisation.name, excerpt(organisation.helpsWith, 110), organisation.primaryContact());
        card->setProperty("organisationId", organisation.id);
        connect(card, &QPushButton::clicked, this,
                [this, id = organisation.id] { Q_EMIT organisationClicked(id); });
        m_organisations->addWidget(card, int(i / cardColumns), int(i % cardColumns));
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
