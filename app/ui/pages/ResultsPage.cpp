#include "ResultsPage.h"


#include "ResultDelegate.h"
#include "SearchResultModel.h"
#include "Theme.h"
#include "TileButton.h"
#include "TileGrid.h"
#include "WrappedLabel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace meldpunt {

namespace {
// As many help cards as fit one row.
constexpr int generalHelpCards = 3;
}

ResultsPage::ResultsPage(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_model(new SearchResultModel(this))
    , m_heading(new WrappedLabel(this))
    , m_list(new QListView(this))
    , m_helpArea(new QScrollArea(this))
    , m_noResults(new QWidget)
    , m_noResultsTitle(new WrappedLabel(m_noResults))
    , m_noResultsText(new WrappedLabel(m_noResults))
{
    setObjectName(QStringLiteral("resultsPage"));
    m_heading->setObjectName(QStringLiteral("sectionHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    m_list->setObjectName(QStringLiteral("resultList"));
    m_list->setModel(m_model);
    m_delegate = new ResultDelegate(theme, m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->installEventFilter(this);
    // On a short page (the touch keyboard up at a larger text size) the page gives the list
    // what is left, and the keyboard says when that is too little (leastUsefulHeight()).
    m_list->setMinimumHeight(1);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setDragEnabled(false);
    m_list->setContextMenuPolicy(Qt::NoContextMenu);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        const SearchHit &hit = m_model->hit(index.row());
        Q_EMIT hitActivated(hit.kind, hit.id);
    });
    // A single tap opens a hit on a touch screen, whatever the platform's double-click habit.
    connect(m_list, &QListView::clicked, m_list, &QListView::activated);

    m_noResults->setObjectName(QStringLiteral("noResults"));
    m_noResultsTitle->setObjectName(QStringLiteral("sectionHeading"));
    m_noResultsTitle->setWordWrap(true);
    m_noResultsText->setWordWrap(true);
    auto *noResultsLayout = new QVBoxLayout(m_noResults);
    noResultsLayout->setContentsMargins(24, 20, 24, 24);
    noResultsLayout->addWidget(m_noResultsTitle);
    noResultsLayout->addWidget(m_noResultsText);
    auto *cards = new TileGrid(3);
    for (int i = 0; i < generalHelpCards; ++i) {
        auto *card = new TileButton(QStringLiteral("card"), m_noResults);
        connect(card, &QPushButton::clicked, this, [this, card] {
            Q_EMIT organisationClicked(card->property("organisationId").toString());
        });
        m_helpCards << card;
        cards->addWidget(card);
    }
    noResultsLayout->addLayout(cards);

    // The help scrolls rather than being cut on a short screen or under the touch keyboard.
    auto *helpPage = new QWidget;
    helpPage->setObjectName(QStringLiteral("page"));
    auto *helpLayout = new QVBoxLayout(helpPage);
    helpLayout->setContentsMargins(0, 0, 0, 0);
    helpLayout->addWidget(m_noResults);
    helpLayout->addStretch();
    m_helpArea->setObjectName(QStringLiteral("helpArea"));
    m_helpArea->setWidget(helpPage);
    m_helpArea->setWidgetResizable(true);
    m_helpArea->setFrameShape(QFrame::NoFrame);
    m_helpArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Its cards take the focus; the area itself is no Tab stop of its own.
    m_helpArea->setFocusPolicy(Qt::NoFocus);
    m_helpArea->setMinimumHeight(1);
    m_helpArea->installEventFilter(this);
    m_helpArea->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 12, 32, 12);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_helpArea, 1);
    layout->addWidget(m_list, 1);
    retranslate();
}

void ResultsPage::setGeneralHelp(const LanguageContent &content)
{
    const QList<const Organisation *> help = content.generalHelp(generalHelpCards);
    for (qsizetype i = 0; i < m_helpCards.size(); ++i) {
        const Organisation *organisation = help.value(i);
        m_helpCards[i]->setVisible(organisation != nullptr);
        if (!organisation)
            continue;
        m_helpCards[i]->setProperty("organisationId", organisation->id);
        m_helpCards[i]->setContent(organisation->name, {}, organisation->primaryContact());
    }
}

void ResultsPage::showHits(QList<SearchHit> hits, const QString &query, const QString &heading)
{
    m_query = query;
    m_topicHeading = heading;
    const bool empty = hits.isEmpty();
    m_model->setHits(std::move(hits));
    m_helpArea->setVisible(empty && heading.isEmpty());
    m_list->setVisible(!empty);
    if (!empty)
        m_list->setCurrentIndex(m_model->index(0));
    retranslate();
}

void ResultsPage::clear()
{
    showHits({}, {});
    m_helpArea->hide();
}

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_list->doItemsLayout(); // the delegate writes each hit's kind in the new language
        m_list->viewport()->update();
    }
    QWidget::changeEvent(event);
}

bool ResultsPage::isCompact() const
{
    return m_delegate->isCompact();
}

int ResultsPage::leastUsefulHeight() const
{
    // As laid out on a short page: compact rows, the help without its text.
    const QMargins margins = layout()->contentsMargins();
    const int frame = 2 * m_list->frameWidth();
    int height = margins.top() + margins.bottom();
    if (m_helpArea->isVisibleTo(this)) {
        const QMargins inner = m_noResults->layout()->contentsMargins();
        const int width = std::max(1, m_helpArea->width() - inner.left() - inner.right());
        height += inner.top() + m_noResultsTitle->heightForWidth(width) + m_noResults->layout()->spacing();
        const TileButton *card = m_helpCards.value(0);
        return height + (card ? card->heightForWidth(card->width() > 0 ? card->width() : width) : 0);
    }
    // Without the heading: on a page too short for both, the first hit wins.
    const int row = m_model->rowCount() > 0
        ? m_delegate->compactHeight(m_model->index(0), m_list->viewport()->width())
        : ResultDelegate::compactRowHeight(m_theme.basePixelSize());
    return height + row + frame;
}

int ResultsPage::headingHeight() const
{
    const QMargins margins = layout()->contentsMargins();
    return m_heading->heightForWidth(std::max(1, width() - margins.left() - margins.right())) + layout()->spacing();
}

void ResultsPage::updateHeading()
{
    // The heading ("8 results for “hulp”") gives way to the first hit on a page too short for
    // both (the touch keyboard up at the largest text): the search field says what was typed.
    const bool room = m_helpArea->isVisibleTo(this) || height() >= leastUsefulHeight() + headingHeight();
    m_heading->setVisible(!m_heading->text().isEmpty() && room);
}

void ResultsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateHeading();
}

void ResultsPage::updateCompact()
{
    const int lines = QFontMetrics(m_list->font()).lineSpacing() * compactBelowLines;
    // The help's text gives way to its cards on a short page: the 112 band says it too.
    m_noResultsText->setVisible(m_helpArea->height() >= lines);
    const bool compact = m_list->height() < lines;
    if (compact == m_delegate->isCompact())
        return;
    m_delegate->setCompact(compact);
    // The style sheet gives compact rows smaller margins.
    m_list->setProperty("compact", compact);
    m_list->style()->unpolish(m_list);
    m_list->style()->polish(m_list);
    m_list->doItemsLayout();
    m_list->viewport()->update();
}

bool ResultsPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_list || watched == m_helpArea)
        && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        updateCompact();
    if (watched == m_list && event->type() == QEvent::Resize)
        keepCurrentInView();
    return QWidget::eventFilter(watched, event);
}

void ResultsPage::keepCurrentInView()
{
    // Asked before the list takes its new size: only a chosen result that was in view is
    // kept there (one the visitor scrolled away from stays away).
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_list->viewport()->rect().intersects(m_list->visualRect(current)))
        return;
    // Once the list has its new size and its rows their new heights.
    QMetaObject::invokeMethod(
        this,
        [this, current = QPersistentModelIndex(current)] {
            if (current.isValid() && current == m_list->currentIndex())
                m_list->scrollTo(current);
        },
        Qt::QueuedConnection);
}

void ResultsPage::retranslate()
{
    const int count = m_model->rowCount();
    if (!m_topicHeading.isEmpty())
        m_heading->setText(m_topicHeading);
    else if (count > 0)
        m_heading->setText(tr("%n result(s) for “%1”", "search hits; %1 is what the visitor typed", count)
                               .arg(m_query.left(60)));
    else
        m_heading->setText({});
    updateHeading();
    m_list->setAccessibleName(m_heading->text().isEmpty() ? tr("Results") : m_heading->text());
    // One or two letters are not yet a word: ask for more rather than say nothing was found.
    if (m_query.trimmed().size() < shortQuery) {
        m_noResultsTitle->setText(tr("Keep typing…", "shown while the visitor has typed only one or two letters"));
        m_noResultsText->setText(tr("You can always talk to someone: is a child in direct danger, call 112. "
                                    "These organisations can help too:"));
    } else {
        m_noResultsTitle->setText(tr("Nothing found for “%1”", "%1 is what the visitor typed").arg(m_query.left(60)));
        m_noResultsText->setText(
            tr("Try other or fewer words. You can always talk to someone: is a child in direct danger, "
               "call 112. These organisations can help too:"));
    }
}

} // namespace meldpunt
