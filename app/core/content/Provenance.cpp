#include "Provenance.h"

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

QString Provenance::cardSourceLine(const Organisation &organisation)
{
    QString line = tr("Source: %1", "where the contact details come from").arg(organisation.source);
    if (!organisation.checked.isEmpty())
        line += u" · " + tr("checked: %1", "a date").arg(organisation.checked);
    return line;
}

QString Provenance::unconfirmedMark()
{
    return tr("not yet confirmed by Offlimits; not shown in kiosk mode nor printed");
}

} // namespace meldpunt
