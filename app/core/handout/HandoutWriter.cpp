#include "HandoutWriter.h"

#include "ContentRenderer.h"
#include "Provenance.h"
#include "QrCode.h"
#include "SafeFile.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace meldpunt {

namespace {

/// The handout's HTML and the QR code images it names.
struct Document
{
    QString html;
    QList<QImage> codes;
    QString error;
};

Document build(const LanguageContent &everything, const QStringList &ids)
{
    // Nothing the content owner has not confirmed is printed, in any mode (issue 12).
    const LanguageContent content = everything.confirmedOnly();
    Document document;
    QString &html = document.html;
    html += QStringLiteral("<h1>") + HandoutWriter::tr("Meldpunt Kinderporno: information and help").toHtmlEscaped()
        + QStringLiteral("</h1>");
    html += QStringLiteral("<p><b>") + HandoutWriter::tr("Child in direct danger? Call 112").toHtmlEscaped()
        + QStringLiteral("</b></p>");

    for (const QString &id : ids) {
        if (const FaqEntry *entry = content.entry(id)) {
            html += QStringLiteral("<h2>") + entry->question.toHtmlEscaped() + QStringLiteral("</h2>");
            html += ContentRenderer::html(entry->answer);
            if (!entry->editorNote.isEmpty())
                html += QStringLiteral("<p><i>") + Provenance::editorNoteHeading(entry->editorNote).toHtmlEscaped()
                    + QStringLiteral(":</i> ") + entry->editorNote.text.toHtmlEscaped() + QStringLiteral("</p>");
            html += QStringLiteral("<p><small>") + Provenance::answerLine(*entry, content.info).toHtmlEscaped()
                + QStringLiteral("</small></p>");
            continue;
        }
        const Organisation *organisation = content.organisation(id);
        if (!organisation) {
            document.error = QStringLiteral("no entry or card '%1'").arg(id);
            return document;
        }
        html += QStringLiteral("<h2>") + organisation->name.toHtmlEscaped() + QStringLiteral("</h2>");
        html += QStringLiteral("<p>") + organisation->helpsWith.toHtmlEscaped() + QStringLiteral("</p>");
        html += QStringLiteral("<table cellpadding=\"6\">");
        for (const ContactPoint &contact : organisation->contacts) {
            const QImage code = QrCode::image(contact.qrPayload(), 3);
            QString image;
            if (!code.isNull()) {
                document.codes << code;
                image = QStringLiteral("<img src=\"qr:%1\" width=\"180\" height=\"180\">").arg(document.codes.size() - 1);
            }
            html += QStringLiteral("<tr><td>") + image + QStringLiteral("</td><td valign=\"middle\">")
                + ContentRenderer::kindLabel(contact.kind).toHtmlEscaped() + QStringLiteral("<br><b style=\"font-size:large\">")
                + contact.value.toHtmlEscaped() + QStringLiteral("</b>");
            if (!contact.note.isEmpty())
                html += QStringLiteral("<br>") + contact.note.toHtmlEscaped();
            html += QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
        if (!organisation->hours.isEmpty())
            html += QStringLiteral("<p>") + organisation->hours.toHtmlEscaped() + QStringLiteral("</p>");
        html += QStringLiteral("<p><small>") + Provenance::cardSourceLine(*organisation).toHtmlEscaped()
            + QStringLiteral("</small></p>");
    }
    html += QStringLiteral("<hr><p><small>")
        + HandoutWriter::tr("The answers are from the FAQ of Meldpunt Kinderporno (Offlimits); the questions, the "
                            "cards' texts and the notes were written for this app. Scan a QR code with your own "
                            "phone to call or visit.")
              .toHtmlEscaped()
        + QStringLiteral("</small></p>");
    return document;
}

} // namespace

QString HandoutWriter::html(const LanguageContent &content, const QStringList &ids)
{
    const Document document = build(content, ids);
    return document.error.isEmpty() ? document.html : QString();
}

HandoutWriter::Result HandoutWriter::write(const LanguageContent &content, const QStringList &ids, QIODevice *device)
{
    if (ids.isEmpty())
        return { false, QStringLiteral("choose at least one entry or card") };
    const Document document = build(content, ids);
    if (!document.error.isEmpty())
        return { false, document.error };

    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setTitle(HandoutWriter::tr("Meldpunt Kinderporno: information and help"));
    writer.setCreator(QStringLiteral("Meldpunt Kiosk"));

    QTextDocument text;
    // Lay out at the PDF's resolution, not the screen's, so that point sizes hold on paper.
    text.documentLayout()->setPaintDevice(&writer);
    QFont font = text.defaultFont();
    font.setPointSize(11);
    text.setDefaultFont(font);
    for (qsizetype i = 0; i < document.codes.size(); ++i)
        text.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr:%1").arg(i)), document.codes[i]);
    text.setHtml(document.html);
    text.setPageSize(QSizeF(writer.width(), writer.height()));
    QPainter painter;
    if (!painter.begin(&writer))
        return { false, QStringLiteral("cannot start the PDF") };
    // QTextDocument::print() would need Qt Print Support; paint page by page instead.
    const qreal pageHeight = writer.height();
    const int pages = std::max(1, int(std::ceil(text.size().height() / pageHeight)));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * pageHeight);
        text.drawContents(&painter, QRectF(0, page * pageHeight, writer.width(), pageHeight));
        painter.restore();
    }
    painter.end();
    return { true, {} };
}

HandoutWriter::Result HandoutWriter::write(const LanguageContent &content, const QStringList &ids,
                                           const QString &fileName)
{
    // A device, FIFO or folder (or a symlink to one) is never written to or replaced.
    const QString unusable = SafeFile::checkOutput(fileName);
    if (!unusable.isEmpty())
        return { false, QStringLiteral("cannot write %1: it is %2").arg(fileName, unusable) };
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return { false, QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString()) };
    Result result = write(content, ids, &file);
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return { false, QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString()) };
    return result;
}

} // namespace meldpunt
