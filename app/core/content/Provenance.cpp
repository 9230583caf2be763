#include "Provenance.h"

#include <QLocale>

namespace meldpunt {

QString Provenance::answerLine(const FaqEntry &entry, const LanguageInfo &language)
{
    QString line;
    if (!language.translatedFrom.isEmpty())
        line = tr("The answer is this app's translation of the FAQ of Meldpunt Kinderporno (Offlimits).");
    else if (entry.omitted.isEmpty())
        line = tr("The answer is the text of the FAQ of Meldpunt Kinderporno (Offlimits), word for word.");
    else
        line = tr("The answer is the text of the FAQ of Meldpunt Kinderporno (Offlimits), word for word, "
                  "shortened where the FAQ points to a website or an address that is not in this app.");
    line += u' ' + tr("The question above it was written for this app.");
    if (!entry.editorNote.isEmpty())
        line += u' ' + tr("The editor's note was written for this app too.");
    return line;
}

QString Provenance::editorNoteHeading(const EditorNote &note)
{
    return tr("Note from this app, not from the FAQ (source: %1; checked: %2)",
              "%1 is where the note's facts come from, %2 a date")
        .arg(note.source, note.date);
}

QString Provenance::evidenceText(const Evidence &evidence, const QString &languageCode)
{
    switch (evidence.kind) {
    case Evidence::Kind::Faq:
        return tr("From the FAQ of Meldpunt Kinderporno", "where a phone number or address comes from");
    case Evidence::Kind::Verified:
        return tr("Checked on %1 at %2", "%1 is a date (7 December 2026), %2 a website (rijksoverheid.nl)")
            .arg(QLocale(languageCode).toString(evidence.checked, QStringLiteral("d MMMM yyyy")), evidence.site());
    case Evidence::Kind::None:
        break;
    }
    return unverifiedMark();
}

QString Provenance::contactOrigin(const ContactPoint &contact, const QString &languageCode)
{
    QString origin = evidenceText(contact.evidence, languageCode);
    if (!contact.note.isEmpty() && !contact.noteEvidence.sameAs(contact.evidence))
        origin = tr("%1. The note in brackets: %2", "%1 is where a number comes from, %2 where its note in brackets comes from")
                     .arg(origin, evidenceText(contact.noteEvidence, languageCode));
    return origin;
}

QString Provenance::unverifiedMark()
{
    return tr("Not verified at the organisation's own site or a government site; not shown in kiosk mode nor printed");
}

} // namespace meldpunt
