#include "ReviewSheet.h"

#include "SafeFile.h"


#include <QFileInfo>
#include <QSaveFile>
#include <QTextBoundaryFinder>

namespace meldpunt {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

QString contactLine(const ContactPoint &contact)
{
    return contact.note.isEmpty() ? contact.value : contact.value + u" (" + contact.note + u')';
}

/// The language's own date for what it wrote, or a dash when language.txt gives none.
QString editedOn(const LanguageContent &content)
{
    return orDash(content.info.editedOn);
}

} // namespace

int ReviewSheet::sentenceCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    int count = 0;
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        if (!text.mid(start, end - start).trimmed().isEmpty())
            ++count;
        start = end;
    }
    return count;
}

QList<ReviewSheet::Item> ReviewSheet::items(const LanguageContent &content, const LanguageContent *source)
{
    QList<Item> items;
    const QString ours = tr("written for this app");
    const QString questions = tr("Questions written for this app (the FAQ lost its question headings)");
    const QString notes = tr("Editor's notes, shown to visitors as this app's");
    const QString cards = tr("Card texts written for this app");
    const QString facts = tr("Contact facts on the cards");
    const QString left = tr("FAQ text left out of the answers");
    const QString owner = tr("Notes for the content owner (never shown to visitors)");
    const QString translation = tr("The translation");

    for (const FaqEntry &entry : content.faq)
        items << Item { questions, entry.id, entry.question, ours, editedOn(content), {} };
    for (const FaqEntry &entry : content.faq) {
        if (!entry.editorNote.isEmpty())
            items << Item { notes, entry.id, entry.editorNote.text, entry.editorNote.source, entry.editorNote.date, {} };
    }
    for (const Organisation &organisation : content.organisations) {
        if (!organisation.editorNote.isEmpty())
            items << Item { notes, organisation.id, organisation.editorNote.text, organisation.editorNote.source,
                            organisation.editorNote.date, {} };
    }
    for (const Organisation &organisation : content.organisations) {
        items << Item { cards, organisation.id, organisation.helpsWith, ours, editedOn(content), {} };
        if (!organisation.partOf.isEmpty())
            items << Item { cards, organisation.id, tr("Part of %1", "an umbrella organisation").arg(organisation.partOf),
                            ours, editedOn(content), {} };
    }
    // Every fact with its evidence in full (the page's whole address), so that the owner can
    // open each page and approve the facts in one pass.
    const auto evidenceSource = [](const Evidence &evidence) {
        switch (evidence.kind) {
        case Evidence::Kind::Faq:
            return tr("FAQ");
        case Evidence::Kind::Verified:
            return evidence.page;
        case Evidence::Kind::None:
            break;
        }
        return tr("not verified: %1", "%1 says why").arg(orDash(evidence.why));
    };
    const auto evidenceDate = [](const Evidence &evidence) {
        return evidence.kind == Evidence::Kind::Verified ? evidence.checked.toString(Qt::ISODate) : QStringLiteral("–");
    };
    for (const Organisation &organisation : content.organisations) {
        for (const ContactPoint &contact : organisation.contacts) {
            const bool noteApart = !contact.note.isEmpty() && !contact.noteEvidence.sameAs(contact.evidence);
            const QString shown = tr("shown in kiosk mode, on the workstation and on handouts");
            const QString held = tr("not shown in kiosk mode nor printed until verified");
            items << Item { facts, organisation.id, noteApart ? contact.value : contactLine(contact),
                            evidenceSource(contact.evidence), evidenceDate(contact.evidence),
                            contact.shown() ? shown : held };
            if (noteApart)
                items << Item { facts, organisation.id, contact.value + u" (" + contact.note + u')',
                                evidenceSource(contact.noteEvidence), evidenceDate(contact.noteEvidence),
                                contact.noteShown() ? shown : tr("the note is not shown in kiosk mode nor printed until verified") };
        }
    }
    for (const FaqEntry &entry : content.faq) {
        for (const QString &text : entry.omitted)
            items << Item { left, entry.id, text, tr("FAQ"), editedOn(content), entry.reviewNote };
    }
    for (const FaqEntry &entry : content.faq) {
        if (!entry.reviewNote.isEmpty())
            items << Item { owner, entry.id, entry.reviewNote, ours, editedOn(content), {} };
    }
    for (const Organisation &organisation : content.organisations) {
        if (!organisation.reviewNote.isEmpty())
            items << Item { owner, organisation.id, organisation.reviewNote, ours, editedOn(content), {} };
    }
    if (source) {
        const QString from = tr("translation of %1 by this app", "%1 is a language code").arg(source->info.code);
        for (const FaqEntry &entry : content.faq) {
            for (const TextBlock &block : entry.answer)
                items << Item { translation, entry.id, block.text, from, editedOn(content), {} };
        }
        for (const Organisation &organisation : content.organisations) {
            for (const TextBlock &block : organisation.about)
                items << Item { translation, organisation.id, block.text, from, editedOn(content), {} };
        }
    }
    return items;
}

QString ReviewSheet::html(const ContentLibrary &library)
{
    const LanguageContent *source = nullptr;
    for (const LanguageContent &content : library.languages()) {
        if (content.info.translatedFrom.isEmpty())
            source = &content;
    }
    QString body;
    int allItems = 0;
    int allSentences = 0;
    for (const LanguageContent &content : library.languages()) {
        const QList<Item> items = ReviewSheet::items(content, &content == source ? nullptr : source);
        body += u"<h2>" + content.info.name.toHtmlEscaped() + u" (" + content.info.code.toHtmlEscaped() + u")</h2>";
        const QString approval = content.info.approvedBy.isEmpty()
            ? tr("Not approved yet. After approval, fill in approved-by and approved-on in %1/language.txt.",
                 "%1 is a language code such as nl")
                  .arg(content.info.code)
            : tr("Approved by %1 on %2.", "%1 is who approved the content, %2 a date")
                  .arg(content.info.approvedBy, content.info.approvedOn);
        body += u"<p class=\"approval\">" + approval.toHtmlEscaped() + u"</p>";
        QString group;
        int sentences = 0;
        for (const Item &item : items) {
            if (item.group != group) {
                if (!group.isEmpty())
                    body += QStringLiteral("</table>");
                group = item.group;
                body += u"<h3>" + group.toHtmlEscaped() + u"</h3><table><tr><th>" + tr("Where").toHtmlEscaped()
                    + u"</th><th>" + tr("Text").toHtmlEscaped() + u"</th><th>" + tr("Source").toHtmlEscaped()
                    + u"</th><th>" + tr("Date").toHtmlEscaped() + u"</th><th>" + tr("Status").toHtmlEscaped()
                    + u"</th><th>" + tr("Approved / correction").toHtmlEscaped() + u"</th></tr>";
            }
            sentences += sentenceCount(item.text);
            body += u"<tr><td>" + item.where.toHtmlEscaped() + u"</td><td>" + item.text.toHtmlEscaped()
                + u"</td><td>" + item.source.toHtmlEscaped() + u"</td><td>" + item.date.toHtmlEscaped()
                + u"</td><td>" + item.status.toHtmlEscaped() + u"</td><td>☐ " + tr("approved").toHtmlEscaped()
                + u"<br>☐ " + tr("correction:").toHtmlEscaped() + u"</td></tr>";
        }
        if (!group.isEmpty())
            body += QStringLiteral("</table>");
        body += u"<p class=\"count\">"
            + tr("%1: %2 texts, %3 sentences.", "%1 is a language code, %2 and %3 numbers").arg(content.info.code).arg(items.size()).arg(sentences).toHtmlEscaped()
            + u"</p>";
        allItems += int(items.size());
        allSentences += sentences;
    }
    const QString title = tr("Review sheet of the content of Meldpunt Kiosk");
    return u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title.toHtmlEscaped()
        + u"</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}"
          u"td,th{border:1px solid #888;padding:4px;vertical-align:top;text-align:left}"
          u"td:nth-child(6){white-space:nowrap}h3{margin-top:1.5em}</style></head><body>\n<h1>"
        + title.toHtmlEscaped() + u"</h1><p>"
        + tr("Every text below was written or chosen by this app, not taken word for word from the FAQ of "
             "Meldpunt Kinderporno. Please approve or correct each one.")
              .toHtmlEscaped()
        + u"</p><p class=\"count\">"
        + tr("In all: %1 texts, %2 sentences.", "%1 and %2 are numbers").arg(allItems).arg(allSentences).toHtmlEscaped() + u"</p>\n" + body
        + u"\n</body></html>\n";
}

QString ReviewSheet::approvalLines(const ContentLibrary &library)
{
    QString lines;
    for (const LanguageContent &language : library.languages()) {
        lines += language.info.approvedBy.isEmpty()
            ? QStringLiteral("%1: not approved by the content owner yet\n").arg(language.info.code)
            : QStringLiteral("%1: approved by %2 on %3\n")
                  .arg(language.info.code, language.info.approvedBy, language.info.approvedOn);
    }
    return lines;
}

ReviewSheet::Result ReviewSheet::write(const ContentLibrary &library, const QString &fileName)
{
    // The same rule as every output: a device, FIFO or folder (or a link to one) is never
    // written to or replaced.
    const QString unusable = SafeFile::checkOutput(fileName);
    if (!unusable.isEmpty())
        return { false, QStringLiteral("cannot write %1: it is %2").arg(fileName, unusable) };
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return { false, QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString()) };
    file.write(html(library).toUtf8());
    if (!file.commit())
        return { false, QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString()) };
    return { true, {} };
}

} // namespace meldpunt
