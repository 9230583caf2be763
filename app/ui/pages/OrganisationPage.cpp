#include "OrganisationPage.h"

#include "ContentRenderer.h"
#include "Highlight.h"
#include "Provenance.h"
#include "QrCode.h"
#include "Theme.h"
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

    layout->addWidget(m_partOf);
    layout->addWidget(m_title);
    layout->addWidget(m_helpsWith);
    layout->addSpacing(6);
    layout->addLayout(m_contacts);
    layout->addWidget(m_copy);
    // Once it has a parent: shown before, the button would open a window of its own.
    m_copy->setVisible(allowCopy);
    layout->addWidget(m_hours);
    layout->addWidget(m_about);
    layout->addWidget(m_source);
    layout->addStretch();

    retranslate();
}

void OrganisationPage::showOrganisation(const Organisation &organisation, const QSet<QString> &marked)
{
    clear();
    m_organisationId = organisation.id;
    m_shown = &organisation;
    const QString mark = m_theme.markOpenTag();
    const QString close = QStringLiteral("</span>");
    m_partOf->setText(organisation.partOf.isEmpty() ? QString() : tr("Part of %1", "an umbrella organisation").arg(organisation.partOf));
    m_partOf->setVisible(!organisation.partOf.isEmpty());
    m_title->setText(highlightHtml(organisation.name, marked, mark, close));
    m_title->setAccessibleName(organisation.name);
    m_helpsWith->setText(highlightHtml(organisation.helpsWith, marked, mark, close));
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
        // Only a workstation gets here with an unconfirmed fact: the kiosk's content has none.
        if (!contact.confirmed || (!contact.note.isEmpty() && !contact.noteConfirmed)) {
            auto *unconfirmed = new QLabel(Provenance::unconfirmedMark());
            unconfirmed->setObjectName(QStringLiteral("unconfirmed"));
            unconfirmed->setWordWrap(true);
            unconfirmed->setTextFormat(Qt::PlainText);
            texts->addWidget(unconfirmed);
        }
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
    if (!m_shown) {
        m_source->clear();
        return;
    }
    QString source = Provenance::cardSourceLine(*m_shown).toHtmlEscaped();
    if (m_shown->needsReview)
        source += u" · " + tr("to be confirmed by Offlimits before release");
    const EditorNote &note = m_shown->editorNote;
    if (!note.isEmpty())
        source = u"<b>" + Provenance::editorNoteHeading(note).toHtmlEscaped() + u"</b><br>"
            + note.text.toHtmlEscaped() + u"<br><br>" + source;
    m_source->setText(source);
}

} // namespace meldpunt
