#include "AnswerPage.h"

#include "ContentRenderer.h"
#include "Highlight.h"
#include "Provenance.h"
#include "Theme.h"
#include "TileButton.h"
#include "TileGrid.h"
#include "WrappedLabel.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace meldpunt {

AnswerPage::AnswerPage(const Theme &theme, QWidget *parent)
    : ScrollPage(QStringLiteral("answerPage"), { 48, 20, 48, 32 }, 1200, parent)
    , m_theme(theme)
    , m_topic(new QLabel)
    , m_title(new WrappedLabel)
    , m_text(new WrappedLabel)
    , m_relatedHeading(new QLabel)
    , m_related(new TileGrid(2))
    , m_editorNote(new WrappedLabel)
    , m_sourceNote(new WrappedLabel)
{
    QVBoxLayout *layout = contentLayout();
    layout->setSpacing(12);

    m_topic->setObjectName(QStringLiteral("muted"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_text->setObjectName(QStringLiteral("answerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(false);
    m_text->setTextInteractionFlags(Qt::NoTextInteraction);
    m_relatedHeading->setObjectName(QStringLiteral("sectionHeading"));
    // The editor's note is this app's, not the FAQ's: set apart, with its source and date.
    m_editorNote->setObjectName(QStringLiteral("editorNote"));
    m_editorNote->setWordWrap(true);
    m_editorNote->setTextFormat(Qt::RichText);
    m_editorNote->setTextInteractionFlags(Qt::NoTextInteraction);
    m_editorNote->hide();
    m_sourceNote->setObjectName(QStringLiteral("muted"));
    m_sourceNote->setWordWrap(true);

    layout->addWidget(m_topic);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_editorNote);
    layout->addSpacing(8);
    layout->addWidget(m_relatedHeading);
    layout->addLayout(m_related);
    layout->addSpacing(8);
    layout->addWidget(m_sourceNote);
    layout->addStretch();

    retranslate();
}

void AnswerPage::showEntry(const FaqEntry &entry, const LanguageContent &content, const QSet<QString> &marked)
{
    m_entryId = entry.id;
    m_shown = &entry;
    m_content = &content;
    const Topic *topic = content.topic(entry.topicId);
    m_topic->setText(topic ? topic->title : QString());
    const QString mark = m_theme.markOpenTag();
    m_title->setText(highlightHtml(entry.question, marked, mark, QStringLiteral("</span>")));
    m_text->setText(ContentRenderer::html(entry.answer, { marked, mark, true }));
    setAccessibleName(entry.question);
    // The text is a Tab stop (to scroll it with the keys): it says what it holds.
    scrollArea()->setAccessibleName(entry.question);
    m_title->setAccessibleName(entry.question);
    m_text->setAccessibleName(plainText(entry.answer));

    m_related->clear();
    for (const QString &id : entry.related) {
        const Organisation *organisation = content.organisation(id);
        if (!organisation)
            continue;
        auto *card = new TileButton(QStringLiteral("card"));
        card->setContent(organisation->name, organisation->helpsWith, ContentRenderer::reachLine(*organisation, content));
        card->setProperty("organisationId", organisation->id);
        connect(card, &QPushButton::clicked, this, [this, id] { Q_EMIT organisationClicked(id); });
        m_related->addWidget(card);
    }
    m_relatedHeading->setVisible(!entry.related.isEmpty());
    retranslate();
    scrollToTop();
}

void AnswerPage::clear()
{
    m_entryId.clear();
    m_shown = nullptr;
    m_content = nullptr;
    m_editorNote->clear();
    m_editorNote->hide();
    m_sourceNote->clear();
    m_topic->clear();
    m_title->clear();
    m_text->clear();
    setAccessibleName(QString());
    scrollArea()->setAccessibleName(QString());
    m_title->setAccessibleName(QString());
    m_text->setAccessibleName(QString());
    m_related->clear();
}

void AnswerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnswerPage::retranslate()
{
    m_relatedHeading->setText(tr("Who can help you further"));
    if (!m_shown) {
        m_sourceNote->clear();
        return;
    }
    m_sourceNote->setText(Provenance::answerLine(*m_shown, m_content->info));
    const EditorNote &note = m_shown->editorNote;
    m_editorNote->setVisible(!note.isEmpty());
    m_editorNote->setText(note.isEmpty() ? QString()
                                         : u"<p><b>" + Provenance::editorNoteHeading(note).toHtmlEscaped()
                                               + u"</b></p><p>" + note.text.toHtmlEscaped() + u"</p>");
    m_editorNote->setAccessibleName(note.isEmpty() ? QString() : Provenance::editorNoteHeading(note) + u": " + note.text);
}

} // namespace meldpunt
