#include "ContentValidator.h"

#include <QCryptographicHash>
#include <QSet>

namespace meldpunt {

namespace {

QString shortHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.simplified().toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

template<typename T>
void checkUniqueIds(const QList<T> &items, const QString &file, Diagnostics &diagnostics)
{
    QHash<QString, int> firstLine;
    for (const T &item : items) {
        if (firstLine.contains(item.id)) {
            diagnostics.append({ file, item.line,
                                 QStringLiteral("id '%1' is used twice (first on line %2)")
                                     .arg(item.id)
                                     .arg(firstLine.value(item.id)) });
        } else {
            firstLine.insert(item.id, item.line);
        }
    }
}

void checkLanguage(const LanguageContent &content, const QString &folder, Diagnostics &diagnostics)
{
    const QString faqFile = folder + u"/faq.txt";
    checkUniqueIds(content.topics, folder + u"/topics.txt", diagnostics);
    checkUniqueIds(content.faq, faqFile, diagnostics);
    checkUniqueIds(content.organisations, folder + u"/organisations.txt", diagnostics);

    // One id, one thing: --open, --handout and links name an entry or a card by it.
    for (const Organisation &organisation : content.organisations) {
        if (const FaqEntry *entry = content.entry(organisation.id))
            diagnostics.append({ folder + u"/organisations.txt", organisation.line,
                                 QStringLiteral("id '%1' is also an entry's (%2:%3); an entry and a card need "
                                                "different ids")
                                     .arg(organisation.id, faqFile)
                                     .arg(entry->line) });
    }
    if (content.faq.isEmpty())
        diagnostics.append({ faqFile, 0, QStringLiteral("holds no entries") });
    for (const QString &id : content.info.generalHelp) {
        if (!content.organisation(id))
            diagnostics.append({ folder + u"/language.txt", content.info.generalHelpLine,
                                 QStringLiteral("general-help names organisation '%1', which organisations.txt "
                                                "does not have")
                                     .arg(id) });
    }
    // No card is a dead end for a visitor: each has a verified way to reach it, or names the
    // card to go to instead, which has one.
    const QString organisationsFile = folder + u"/organisations.txt";
    for (const Organisation &organisation : content.organisations) {
        const Organisation *instead = organisation.instead.isEmpty() ? nullptr : content.organisation(organisation.instead);
        if (!organisation.instead.isEmpty() && !instead)
            diagnostics.append({ organisationsFile, organisation.line,
                                 QStringLiteral("'%1' names '%2' as where to go instead, which organisations.txt "
                                                "does not have")
                                     .arg(organisation.id, organisation.instead) });
        else if (instead && instead->primaryContact().isEmpty())
            diagnostics.append({ organisationsFile, organisation.line,
                                 QStringLiteral("'%1' sends visitors to '%2' instead, which has no verified contact either")
                                     .arg(organisation.id, organisation.instead) });
        else if (!instead && organisation.primaryContact().isEmpty())
            diagnostics.append({ organisationsFile, organisation.line,
                                 QStringLiteral("'%1' has no verified way to reach it, so in kiosk mode it would be a "
                                                "dead end: verify a contact, or name the card to go to instead "
                                                "('instead: <card id>')")
                                     .arg(organisation.id) });
    }
    for (const FaqEntry &entry : content.faq) {
        if (!entry.topicId.isEmpty() && !content.topic(entry.topicId))
            diagnostics.append({ faqFile, entry.line,
                                 QStringLiteral("'%1' names topic '%2', which topics.txt does not have")
                                     .arg(entry.id, entry.topicId) });
        for (const QString &related : entry.related) {
            if (!content.organisation(related))
                diagnostics.append({ faqFile, entry.line,
                                     QStringLiteral("'%1' names organisation '%2', which "
                                                    "organisations.txt does not have")
                                         .arg(entry.id, related) });
        }
    }
}

/// What a translation must keep of its source beyond the text: an editor's note with the
/// same date, as much left-out text, and the same evidence under each contact line.
void checkKeeps(const FaqEntry &source, const FaqEntry &translation, const QString &file, Diagnostics &diagnostics)
{
    if (source.editorNote.isEmpty() != translation.editorNote.isEmpty()
        || source.editorNote.date != translation.editorNote.date)
        diagnostics.append({ file, translation.line,
                             QStringLiteral("'%1': the source has %2; the translation needs the same "
                                            "(editor-note-date %3)")
                                 .arg(translation.id,
                                      source.editorNote.isEmpty() ? QStringLiteral("no editor-note")
                                                                  : QStringLiteral("an editor-note"),
                                      source.editorNote.date.isEmpty() ? QStringLiteral("-") : source.editorNote.date) });
    if (source.omitted.size() != translation.omitted.size())
        diagnostics.append({ file, translation.line,
                             QStringLiteral("'%1': the source leaves out %2 piece(s) of text ('omitted:'), "
                                            "the translation %3")
                                 .arg(translation.id)
                                 .arg(source.omitted.size())
                                 .arg(translation.omitted.size()) });
}

void checkKeeps(const Organisation &source, const Organisation &translation, const QString &file,
                Diagnostics &diagnostics)
{
    if (source.editorNote.isEmpty() != translation.editorNote.isEmpty()
        || source.editorNote.date != translation.editorNote.date)
        diagnostics.append({ file, translation.line,
                             QStringLiteral("'%1': the source has %2; the translation needs the same")
                                 .arg(translation.id, source.editorNote.isEmpty() ? QStringLiteral("no editor-note")
                                                                                  : QStringLiteral("an editor-note")) });
    bool same = source.contacts.size() == translation.contacts.size();
    for (qsizetype i = 0; same && i < source.contacts.size(); ++i) {
        const ContactPoint &original = source.contacts[i];
        const ContactPoint &translated = translation.contacts[i];
        same = original.evidence.sameAs(translated.evidence) && original.note.isEmpty() == translated.note.isEmpty()
            && (original.note.isEmpty() || original.noteEvidence.sameAs(translated.noteEvidence));
    }
    if (!same)
        diagnostics.append({ file, translation.line,
                             QStringLiteral("'%1': the translation's contact lines need the same evidence as the "
                                            "source's, line for line ('verified:', 'note-verified:', 'unverified:')")
                                 .arg(translation.id) });
    if (source.instead != translation.instead)
        diagnostics.append({ file, translation.line,
                             QStringLiteral("'%1': the source sends visitors to '%2' instead; the translation needs "
                                            "the same 'instead:'")
                                 .arg(translation.id, source.instead.isEmpty() ? QStringLiteral("no card") : source.instead) });
}

template<typename T>
void checkTranslation(const QList<T> &source, const QList<T> &translation, const QString &sourceFile,
                      const QString &file, const QString &languageName, Diagnostics &diagnostics)
{
    QSet<QString> translatedIds;
    for (const T &item : translation) {
        translatedIds.insert(item.id);
        auto original = std::find_if(source.begin(), source.end(),
                                     [&](const T &s) { return s.id == item.id; });
        if (original == source.end()) {
            diagnostics.append({ file, item.line,
                                 QStringLiteral("'%1' is not in the source language (%2)")
                                     .arg(item.id, sourceFile) });
            continue;
        }
        checkKeeps(*original, item, file, diagnostics);
        const QString expected = ContentValidator::fingerprint(*original);
        if (item.sourceFingerprint != expected) {
            diagnostics.append(
                { file, item.line,
                  QStringLiteral("stale translation of '%1': the source text changed (fingerprint "
                                 "%2, expected %3); update the %4 text, then its source-fingerprint")
                      .arg(item.id,
                           item.sourceFingerprint.isEmpty() ? QStringLiteral("missing")
                                                            : item.sourceFingerprint,
                           expected, languageName) });
        }
    }
    for (const T &item : source) {
        if (!translatedIds.contains(item.id))
            diagnostics.append({ file, 0,
                                 QStringLiteral("no translation of '%1' (%2:%3)")
                                     .arg(item.id, sourceFile)
                                     .arg(item.line) });
    }
}

} // namespace

// An editor's note counts only when there is one, so that other fingerprints stay as they were.
QString ContentValidator::fingerprint(const FaqEntry &entry)
{
    QString text = entry.question + u'\n' + plainText(entry.answer);
    if (!entry.editorNote.isEmpty())
        text += u'\n' + entry.editorNote.text;
    return shortHash(text);
}

QString ContentValidator::fingerprint(const Organisation &organisation)
{
    QString text = organisation.plainText() + u'\n' + organisation.partOf;
    if (!organisation.editorNote.isEmpty())
        text += u'\n' + organisation.editorNote.text;
    return shortHash(text);
}

void ContentValidator::validate(const QList<LanguageContent> &languages, const QString &displayRoot,
                                Diagnostics &diagnostics)
{
    const LanguageContent *source = nullptr;
    for (const LanguageContent &content : languages) {
        const QString folder = displayRoot + u'/' + content.info.code;
        checkLanguage(content, folder, diagnostics);
        if (content.info.translatedFrom.isEmpty()) {
            if (source)
                diagnostics.append({ folder + u"/language.txt", 0,
                                     QStringLiteral("two source languages (%1 and %2): a translation "
                                                    "says 'translated-from'")
                                         .arg(source->info.code, content.info.code) });
            else
                source = &content;
        }
    }
    if (!source) {
        diagnostics.append({ displayRoot, 0,
                             QStringLiteral("no source language: every language says "
                                            "'translated-from'") });
        return;
    }

    const QString sourceFolder = displayRoot + u'/' + source->info.code;
    for (const LanguageContent &content : languages) {
        if (&content == source)
            continue;
        const QString folder = displayRoot + u'/' + content.info.code;
        if (content.info.translatedFrom != source->info.code) {
            diagnostics.append({ folder + u"/language.txt", 0,
                                 QStringLiteral("translated-from names '%1', but the source "
                                                "language is '%2'")
                                     .arg(content.info.translatedFrom, source->info.code) });
            continue;
        }
        checkTranslation(source->faq, content.faq, sourceFolder + u"/faq.txt", folder + u"/faq.txt",
                         content.info.name, diagnostics);
        checkTranslation(source->organisations, content.organisations,
                         sourceFolder + u"/organisations.txt", folder + u"/organisations.txt",
                         content.info.name, diagnostics);
        QSet<QString> topicIds;
        for (const Topic &topic : content.topics)
            topicIds.insert(topic.id);
        for (const Topic &topic : source->topics) {
            if (!topicIds.contains(topic.id))
                diagnostics.append({ folder + u"/topics.txt", 0,
                                     QStringLiteral("no translation of topic '%1'").arg(topic.id) });
        }
    }
}

} // namespace meldpunt
