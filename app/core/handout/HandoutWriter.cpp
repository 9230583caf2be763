#include "HandoutWriter.h"

#include "ContentRenderer.h"
#include "Provenance.h"
#include "QrCode.h"
#include "SafeFile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace meldpunt {

namespace {

QString blockHtml(const TextBlock &block)
{
    return ContentRenderer::html(RichText { block });
}

/// A piece of the handout that a page break never cuts.
struct Block
{
    QString html;
    bool startsSection = false; ///< a little more room above it
};

/// The handout's blocks and the QR code images they name.
struct Document
{
    QList<Block> blocks;
    QList<QImage> codes;
    QString error;
};

/// One row per distinct target: chat and website at one address share a QR code. Each line
/// says where and when its fact was checked.
QString contactsHtml(const Organisation &organisation, const QString &languageCode, QList<QImage> &codes)
{
    struct Target
    {
        QString payload;
        QStringList lines;
    };
    QList<Target> targets;
    for (const ContactPoint &contact : organisation.contacts) {
        QString line = ContentRenderer::kindLabel(contact.kind).toHtmlEscaped() + QStringLiteral("<br><b style=\"font-size:large\">")
            + contact.value.toHtmlEscaped() + QStringLiteral("</b>");
        if (!contact.note.isEmpty())
            line += QStringLiteral("<br>") + contact.note.toHtmlEscaped();
        line += QStringLiteral("<br><small>") + Provenance::contactOrigin(contact, languageCode).toHtmlEscaped()
            + QStringLiteral("</small>");
        const QString payload = contact.qrPayload();
        auto same = std::find_if(targets.begin(), targets.end(), [&payload](const Target &t) { return t.payload == payload; });
        if (same != targets.end())
            same->lines << line;
        else
            targets.append({ payload, { line } });
    }
    QString html = QStringLiteral("<table cellpadding=\"6\">");
    for (const Target &target : targets) {
        const QImage code = QrCode::image(target.payload, 3);
        QString image;
        if (!code.isNull()) {
            codes << code;
            // About 25 mm on paper: large enough for any phone's camera.
            image = QStringLiteral("<img src=\"qr:%1\" width=\"120\" height=\"120\">").arg(codes.size() - 1);
        }
        html += QStringLiteral("<tr><td>") + image + QStringLiteral("</td><td valign=\"middle\">")
            + target.lines.join(QStringLiteral("<br><br>")) + QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

Document build(const LanguageContent &everything, const QStringList &ids, const HandoutWriter::Options &options)
{
    // No fact without its evidence is printed, in any mode.
    const LanguageContent content = everything.verifiedOnly();
    Document document;
    // The top says what matters first: where to call at once, and how to use the codes.
    QString top = QStringLiteral("<h1>") + HandoutWriter::title(options).toHtmlEscaped() + QStringLiteral("</h1>");
    top += QStringLiteral("<p>") + QLocale(content.info.code).toString(options.date, QLocale::LongFormat).toHtmlEscaped()
        + QStringLiteral("</p>");
    top += QStringLiteral("<p><b>") + HandoutWriter::tr("Child in direct danger? Call 112").toHtmlEscaped()
        + QStringLiteral("</b></p>");
    top += QStringLiteral("<p>")
        + HandoutWriter::tr("Scan a QR code with your own phone to call, chat or visit the website.").toHtmlEscaped()
        + QStringLiteral("</p>");
    document.blocks.append({ top, false });

    for (const QString &id : ids) {
        if (const FaqEntry *entry = content.entry(id)) {
            // The question keeps with its first paragraph; the rest may go to a next page.
            QString first = QStringLiteral("<h2>") + entry->question.toHtmlEscaped() + QStringLiteral("</h2>");
            if (!entry->answer.isEmpty())
                first += blockHtml(entry->answer.first());
            document.blocks.append({ first, true });
            for (qsizetype i = 1; i < entry->answer.size(); ++i)
                document.blocks.append({ blockHtml(entry->answer[i]), false });
            QString after;
            if (!entry->editorNote.isEmpty())
                after += QStringLiteral("<p><i>") + Provenance::editorNoteHeading(entry->editorNote).toHtmlEscaped()
                    + QStringLiteral(":</i> ") + entry->editorNote.text.toHtmlEscaped() + QStringLiteral("</p>");
            after += QStringLiteral("<p><small>") + Provenance::answerLine(*entry, content.info).toHtmlEscaped()
                + QStringLiteral("</small></p>");
            document.blocks.append({ after, false });
            continue;
        }
        const Organisation *organisation = content.organisation(id);
        if (!organisation) {
            document.error = QStringLiteral("no entry or card '%1'").arg(id);
            return document;
        }
        // A card is one block: its name never stands apart from its numbers.
        QString card = QStringLiteral("<h2>") + organisation->name.toHtmlEscaped() + QStringLiteral("</h2>");
        card += QStringLiteral("<p>") + organisation->helpsWith.toHtmlEscaped() + QStringLiteral("</p>");
        card += contactsHtml(*organisation, content.info.code, document.codes);
        if (const Organisation *instead = content.organisation(organisation->instead);
            instead && organisation->primaryContact().isEmpty()) {
            card += QStringLiteral("<p><b>") + HandoutWriter::tr("Where to go instead: %1", "%1 is an organisation")
                                                   .arg(instead->name).toHtmlEscaped()
                + QStringLiteral("</b></p>") + contactsHtml(*instead, content.info.code, document.codes);
        }
        if (!organisation->hours.isEmpty())
            card += QStringLiteral("<p>") + organisation->hours.toHtmlEscaped() + QStringLiteral("</p>");
        if (!organisation->editorNote.isEmpty())
            card += QStringLiteral("<p><i>") + Provenance::editorNoteHeading(organisation->editorNote).toHtmlEscaped()
                + QStringLiteral(":</i> ") + organisation->editorNote.text.toHtmlEscaped() + QStringLiteral("</p>");
        document.blocks.append({ card, true });
    }
    const QString origin = options.namedTitle
        ? HandoutWriter::tr("The answers are from the FAQ of Meldpunt Kinderporno (Offlimits); the questions, the "
                            "cards' texts and the notes were written for this app.")
        : HandoutWriter::tr("The answers are from the FAQ of a hotline of the Offlimits foundation (offlimits.nl); "
                            "the questions, the cards' texts and the notes were written for this app.");
    document.blocks.append({ QStringLiteral("<hr><p><small>") + origin.toHtmlEscaped() + QStringLiteral("</small></p>"),
                             true });
    return document;
}

} // namespace

QString HandoutWriter::title(const Options &options)
{
    return options.namedTitle ? tr("Meldpunt Kinderporno: information and help")
                              : tr("Help and information", "the handout's neutral title");
}

QString HandoutWriter::html(const LanguageContent &content, const QStringList &ids, const Options &options)
{
    const Document document = build(content, ids, options);
    if (!document.error.isEmpty())
        return {};
    QString html;
    for (const Block &block : document.blocks)
        html += block.html;
    return html;
}

HandoutWriter::Result HandoutWriter::write(const LanguageContent &content, const QStringList &ids, QIODevice *device,
                                           const Options &options)
{
    if (ids.isEmpty())
        return { false, QStringLiteral("choose at least one entry or card"), 0 };
    const Document document = build(content, ids, options);
    if (!document.error.isEmpty())
        return { false, document.error, 0 };

    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setTitle(title(options));
    writer.setCreator(QStringLiteral("Meldpunt Kiosk"));

    // Each block laid out on its own, at the PDF's resolution (not the screen's) so that
    // point sizes hold on paper.
    QList<std::shared_ptr<QTextDocument>> texts;
    for (const Block &block : document.blocks) {
        auto text = std::make_shared<QTextDocument>();
        text->documentLayout()->setPaintDevice(&writer);
        QFont font = text->defaultFont();
        font.setPointSize(11);
        text->setDefaultFont(font);
        text->setDocumentMargin(0);
        for (qsizetype i = 0; i < document.codes.size(); ++i) {
            const QString name = QStringLiteral("qr:%1").arg(i);
            if (block.html.contains(u'"' + name + u'"'))
                text->addResource(QTextDocument::ImageResource, QUrl(name), document.codes[i]);
        }
        text->setHtml(block.html);
        text->setTextWidth(writer.width());
        texts << text;
    }

    // Where each block goes: the next page when it does not fit on this one.
    const qreal pageHeight = writer.height();
    const qreal millimetre = writer.resolution() / 25.4;
    struct Place
    {
        int page;
        qreal y;
    };
    QList<Place> places;
    int page = 0;
    qreal y = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const qreal gap = y > 0 ? (document.blocks[i].startsSection ? 6 : 1) * millimetre : 0;
        const qreal height = texts[i]->size().height();
        if (y > 0 && y + gap + height > pageHeight) {
            ++page;
            y = 0;
        } else {
            y += gap;
        }
        places.append({ page, y });
        y += height;
    }
    const int pages = page + 1;

    QPainter painter;
    if (!painter.begin(&writer))
        return { false, QStringLiteral("cannot start the PDF"), 0 };
    int current = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        while (current < places[i].page) {
            writer.newPage();
            ++current;
        }
        painter.save();
        painter.translate(0, places[i].y);
        // A block taller than a page (never seen in the content) is clipped rather than
        // drawn over the next one.
        texts[i]->drawContents(&painter, QRectF(0, 0, writer.width(), pageHeight - places[i].y));
        painter.restore();
    }
    painter.end();
    return { true, {}, pages };
}

HandoutWriter::Result HandoutWriter::write(const LanguageContent &content, const QStringList &ids,
                                           const QString &fileName, const Options &options)
{
    // A device, FIFO or folder (or a symlink to one) is never written to or replaced.
    const QString unusable = SafeFile::checkOutput(fileName);
    if (!unusable.isEmpty())
        return { false, QStringLiteral("cannot write %1: it is %2").arg(fileName, unusable), 0 };
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return { false, QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString()), 0 };
    Result result = write(content, ids, &file, options);
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return { false, QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString()), 0 };
    return result;
}

} // namespace meldpunt
