#include "OrganisationPage.h"

#include "ContentRenderer.h"
#include "Highlight.h"
#include "Provenance.h"
#include "QrCode.h"
#include "Theme.h"
#include "TileButton.h"
#include "TileGrid.h"
#include "WrappedLabel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QPushButton>
#include <QVBoxLayout>

namespace meldpunt {

OrganisationPage::OrganisationPage(const Theme &theme, bool allowCopy, QWidget *parent)
    : ScrollPage(QStringLiteral("organisationPage"), { 48, 20, 48, 32 }, 1200, parent)
    , m_theme(theme)
    , m_partOf(new QLabel)
    , m_title(new WrappedLabel)
    , m_helpsWith(new WrappedLabel)
    , m_contacts(new QVBoxLayout)
    , m_insteadHeading(new QLabel)
    , m_instead(new TileGrid(1))
    , m_hours(new WrappedLabel)
    , m_about(new WrappedLabel)
    , m_source(new WrappedLabel)
    , m_copy(new QPushButton)
{
    QVBoxLayout *layout = contentLayout();
    layout->setSpacing(12);

    m_partOf->setObjectName(QStringLiteral("muted"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    m_helpsWith->setObjectName(QStringLiteral("answerText"));
    m_about->setObjectName(QStringLiteral("answerText"));
    m_hours->setObjectName(QStringLiteral("answerText"));
    m_source->setObjectName(QStringLiteral("muted"));
    for (QLabel *label : { m_title, m_helpsWith, m_about, m_hours, m_source }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setOpenExternalLinks(false);
    }
    m_copy->setObjectName(QStringLiteral("copyContacts"));
    m_copy->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_contactText);
        m_copy->setText(tr("Copied"));
    });
    m_contacts->setSpacing(12);
    m_insteadHeading->setObjectName(QStringLiteral("sectionHeading"));
    m_insteadHeading->setWordWrap(true);

    layout->addWidget(m_partOf);
    layout->addWidget(m_title);
    // The ways to reach them right under the name: on a 1024x600 kiosk with its 112 band and
    // search field the page shows about 320 px, and the first way must be on it (the tile or
    // result that led here said already what they help with).
    layout->addLayout(m_contacts);
    layout->addWidget(m_insteadHeading);
    layout->addLayout(m_instead);
    layout->addWidget(m_copy);
    // Once it has a parent: shown before, the button would open a window of its own.
    m_copy->setVisible(allowCopy);
    layout->addWidget(m_helpsWith);
    layout->addWidget(m_hours);
    layout->addWidget(m_about);
    layout->addWidget(m_source);
    layout->addStretch();

    retranslate();
}

void OrganisationPage::showOrganisation(const Organisation &organisation, const LanguageContent &content,
                                        const QSet<QString> &marked)
{
    clear();
    m_organisationId = organisation.id;
    m_shown = &organisation;
    m_content = &content;
    const QString mark = m_theme.markOpenTag();
    const QString close = QStringLiteral("</span>");
    m_partOf->setText(organisation.partOf.isEmpty() ? QString() : tr("Part of %1", "an umbrella organisation").arg(organisation.partOf));
    m_partOf->setVisible(!organisation.partOf.isEmpty());
    m_title->setText(highlightHtml(organisation.name, marked, mark, close));
    m_title->setAccessibleName(organisation.name);
    m_helpsWith->setText(highlightHtml(organisation.helpsWith, marked, mark, close));
    // Said once: where this app's sentence repeats the source's, the source's words stand.
    m_helpsWith->setVisible(!organisation.helpsWithRepeatsAbout());
    m_hours->setText(organisation.hours.toHtmlEscaped());
    m_hours->setVisible(!organisation.hours.isEmpty());
    m_about->setText(ContentRenderer::html(organisation.about, { marked, mark, true }));
    m_about->setVisible(!organisation.about.isEmpty());
    setAccessibleName(organisation.name);
    // The page is a Tab stop (to scroll it with the keys): it says what it holds.
    scrollArea()->setAccessibleName(organisation.name);

    for (const ContactPoint &contact : organisation.contacts) {
        auto *box = new QWidget;
        box->setObjectName(QStringLiteral("contactBox"));
        box->setAttribute(Qt::WA_StyledBackground);
        box->setLayoutDirection(Qt::LeftToRight); // numbers and addresses read left to right
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(20, 14, 20, 14);
        row->setSpacing(20);
        auto *texts = new QVBoxLayout;
        // Its own spacing, not the row's 20 px: the kind, number, note and evidence read as
        // one fact, and the box stays short enough for a short screen's first view.
        texts->setSpacing(4);
        auto *kind = new QLabel(ContentRenderer::kindLabel(contact.kind));
        kind->setObjectName(QStringLiteral("muted"));
        auto *value = new QLabel(contact.value);
        value->setObjectName(QStringLiteral("contactValue"));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::NoTextInteraction);
        texts->addWidget(kind);
        texts->addWidget(value);
        if (!contact.note.isEmpty()) {
            auto *note = new QLabel(contact.note);
            note->setWordWrap(true);
            note->setTextFormat(Qt::PlainText);
            texts->addWidget(note);
        }
        // Where and when the fact was checked. Only a workstation gets here with an unverified
        // fact (the kiosk's content has none): it is marked as such.
        const bool verified = contact.shown() && contact.noteShown();
        auto *origin = new QLabel(contact.shown() ? Provenance::contactOrigin(contact, content.info.code)
                                                  : Provenance::unverifiedMark());
        origin->setObjectName(verified ? QStringLiteral("evidence") : QStringLiteral("unverified"));
        origin->setWordWrap(true);
        origin->setTextFormat(Qt::PlainText);
        texts->addWidget(origin);
        texts->addStretch();
        row->addLayout(texts, 1);
        const QImage code = QrCode::image(contact.qrPayload(), 4);
        if (!code.isNull()) {
            auto *qr = new QLabel;
            qr->setObjectName(QStringLiteral("qrCode"));
            // Every code at one size, whatever its version, so the boxes line up.
            qr->setPixmap(QPixmap::fromImage(code.scaled(132, 132, Qt::KeepAspectRatio, Qt::FastTransformation)));
            qr->setAccessibleName(tr("QR code for %1: scan it with your own phone", "%1 is a phone number or address")
                                      .arg(contact.value));
            qr->setToolTip(qr->accessibleName());
            row->addWidget(qr, 0, Qt::AlignRight | Qt::AlignVCenter);
        }
        box->setAccessibleName(ContentRenderer::kindLabel(contact.kind) + u": " + contact.value);
        m_contacts->addWidget(box);
    }
    // No dead end: a card without a verified way to reach it offers the one to go to instead.
    const Organisation *instead = content.organisation(organisation.instead);
    if (instead && organisation.primaryContact().isEmpty()) {
        auto *card = new TileButton(QStringLiteral("card"));
        card->setContent(instead->name, instead->helpsWith, instead->primaryContact());
        card->setProperty("organisationId", instead->id);
        const QString id = instead->id;
        connect(card, &QPushButton::clicked, this, [this, id] { Q_EMIT organisationClicked(id); });
        m_instead->addWidget(card);
    }
    m_insteadHeading->setVisible(m_instead->count() > 0);
    m_contactText = ContentRenderer::contactText(organisation);
    m_copy->setEnabled(!organisation.contacts.isEmpty());
    retranslate();
    scrollToTop();
}

void OrganisationPage::clear()
{
    m_organisationId.clear();
    m_contactText.clear();
    m_shown = nullptr;
    m_content = nullptr;
    m_instead->clear();
    m_insteadHeading->hide();
    while (QLayoutItem *item = m_contacts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QLabel *label : { m_partOf, m_title, m_helpsWith, m_hours, m_about, m_source })
        label->clear();
    m_title->setAccessibleName(QString());
    setAccessibleName(QString());
    scrollArea()->setAccessibleName(QString());
}

void OrganisationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrganisationPage::retranslate()
{
    m_copy->setText(tr("Copy contact details"));
    m_copy->setAccessibleName(m_copy->text());
    m_insteadHeading->setText(tr("Where to go instead"));
    if (!m_shown) {
        m_source->clear();
        return;
    }
    // Each contact says where it was checked; what is left for the foot is an editor's note.
    const EditorNote &note = m_shown->editorNote;
    m_source->setText(note.isEmpty() ? QString()
                                     : u"<b>" + Provenance::editorNoteHeading(note).toHtmlEscaped() + u"</b><br>"
                                           + note.text.toHtmlEscaped());
    m_source->setVisible(!note.isEmpty());
}

} // namespace meldpunt
