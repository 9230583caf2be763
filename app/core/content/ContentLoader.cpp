#include "ContentLoader.h"

#include "BlockFileParser.h"
#include "ContentValidator.h"
#include "SafeFile.h"
#include "TextFolding.h"
#include "UiTranslator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace meldpunt {

namespace {

struct FileReader
{
    QString root;
    QString displayRoot;
    Diagnostics &diagnostics;

    QString displayName(const QString &relative) const { return displayRoot + u'/' + relative; }

    /// The file's text, or a null string (with a diagnostic) when it cannot be used.
    QString read(const QString &relative, bool required) const
    {
        // A regular file only, at most the limit + 1 byte read: a FIFO or /dev/zero behind a
        // content file is refused, not waited on or read into all memory.
        const SafeFile::Result file = SafeFile::readRegular(root + u'/' + relative, ContentLoader::maxFileSize);
        if (file.problem == SafeFile::Problem::Missing) {
            if (required)
                diagnostics.append({ displayName(relative), 0, QStringLiteral("file is missing") });
            return {};
        }
        if (file.problem == SafeFile::Problem::TooLarge) {
            diagnostics.append({ displayName(relative), 0,
                                 QStringLiteral("file is larger than 4 MiB; is it the right file?") });
            return {};
        }
        if (!file.ok()) {
            diagnostics.append({ displayName(relative), 0, QStringLiteral("cannot use the file: %1").arg(file.error) });
            return {};
        }
        const QByteArray &bytes = file.bytes;
        if (bytes.contains('\0')) {
            diagnostics.append({ displayName(relative), 0,
                                 QStringLiteral("this is not a text file") });
            return {};
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder(bytes);
        return text.isNull() ? QStringLiteral("") : text;
    }
};

/// Checks the field names of one block against what its file allows.
void checkFieldNames(const BlockFileParser::Block &block, const QStringList &allowed,
                     const QStringList &repeatable, const QString &file, Diagnostics &diagnostics)
{
    QStringList seen;
    for (const BlockFileParser::Field &field : block.fields) {
        if (!allowed.contains(field.name)) {
            diagnostics.append({ file, field.line,
                                 QStringLiteral("unknown field '%1' in '%2'; known fields: %3")
                                     .arg(field.name, block.id, allowed.join(u", ")) });
        } else if (seen.contains(field.name) && !repeatable.contains(field.name)) {
            diagnostics.append({ file, field.line,
                                 QStringLiteral("field '%1' appears twice in '%2'")
                                     .arg(field.name, block.id) });
        }
        seen << field.name;
    }
}

QString requiredValue(const BlockFileParser::Block &block, const QString &name, const QString &file,
                      Diagnostics &diagnostics)
{
    const BlockFileParser::Field *field = block.field(name);
    if (!field || (field->value.isEmpty() && field->longText.isEmpty())) {
        diagnostics.append({ file, field ? field->line : block.line,
                             QStringLiteral("'%1' needs a '%2'").arg(block.id, name) });
        return {};
    }
    return field->value;
}

QString optionalValue(const BlockFileParser::Block &block, const QString &name)
{
    const BlockFileParser::Field *field = block.field(name);
    return field ? field->value : QString();
}

QStringList listValue(const BlockFileParser::Block &block, const QString &name)
{
    QStringList items;
    for (const QString &item : optionalValue(block, name).split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

/// A date as the editor-note and language dates take it: 2026, 2026-11 or 2026-11-30.
bool isDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^20[0-9]{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"));
    return pattern.match(text).hasMatch();
}

const QString dateMessage = QStringLiteral("is a date: 2026, 2026-11 or 2026-11-30");

/// The visible editor's note of an entry or a card: its text needs a source and a date, and
/// a source or date needs the text.
EditorNote readEditorNote(const BlockFileParser::Block &block, const QString &file, Diagnostics &diagnostics)
{
    EditorNote note { optionalValue(block, QStringLiteral("editor-note")),
                      optionalValue(block, QStringLiteral("editor-note-source")),
                      optionalValue(block, QStringLiteral("editor-note-date")) };
    const BlockFileParser::Field *text = block.field(QStringLiteral("editor-note"));
    const int line = text ? text->line : block.line;
    if (!note.text.isEmpty() && (note.source.isEmpty() || note.date.isEmpty()))
        diagnostics.append({ file, line,
                             QStringLiteral("'%1': an editor-note needs its editor-note-source and "
                                            "editor-note-date")
                                 .arg(block.id) });
    if (note.text.isEmpty() && (!note.source.isEmpty() || !note.date.isEmpty()))
        diagnostics.append({ file, line,
                             QStringLiteral("'%1': editor-note-source and editor-note-date go with an "
                                            "editor-note")
                                 .arg(block.id) });
    if (!note.date.isEmpty() && !isDate(note.date))
        diagnostics.append({ file, block.field(QStringLiteral("editor-note-date"))->line,
                             QStringLiteral("editor-note-date ") + dateMessage });
    return note;
}

QStringList repeatedValues(const BlockFileParser::Block &block, const QString &name)
{
    QStringList values;
    for (const BlockFileParser::Field &field : block.fields) {
        if (field.name == name)
            values << field.value;
    }
    return values;
}

LanguageInfo readLanguage(const QString &code, const QString &text, const QString &file,
                          Diagnostics &diagnostics)
{
    LanguageInfo info;
    info.code = code;
    const BlockFileParser::Result parsed = BlockFileParser({}).parse(text, file, diagnostics);
    if (!parsed.blocks.isEmpty())
        diagnostics.append({ file, parsed.blocks.first().line,
                             QStringLiteral("language.txt holds fields only, no [blocks]") });
    for (const BlockFileParser::Field &field : parsed.header) {
        if (field.name == u"name") {
            info.name = field.value;
        } else if (field.name == u"direction") {
            if (field.value == u"rtl")
                info.direction = Qt::RightToLeft;
            else if (field.value != u"ltr")
                diagnostics.append({ file, field.line,
                                     QStringLiteral("direction is 'ltr' or 'rtl', not '%1'").arg(field.value) });
        } else if (field.name == u"translated-from") {
            info.translatedFrom = field.value;
        } else if (field.name == u"stopwords") {
            for (const QString &word : field.value.split(u',', Qt::SkipEmptyParts)) {
                const QString folded = TextFolding::fold(word).trimmed();
                if (!folded.isEmpty())
                    info.stopwords << folded;
            }
        } else if (field.name == u"edited-on" || field.name == u"approved-on") {
            (field.name == u"edited-on" ? info.editedOn : info.approvedOn) = field.value;
            if (!isDate(field.value))
                diagnostics.append({ file, field.line, field.name + u' ' + dateMessage });
        } else if (field.name == u"approved-by") {
            info.approvedBy = field.value;
        } else if (field.name == u"general-help") {
            info.generalHelpLine = field.line;
            for (const QString &id : field.value.split(u',', Qt::SkipEmptyParts))
                info.generalHelp << id.trimmed();
        } else if (field.name == u"order") {
            bool ok = false;
            info.order = field.value.toInt(&ok);
            if (!ok)
                diagnostics.append({ file, field.line,
                                     QStringLiteral("order is a whole number, not '%1'").arg(field.value) });
        } else {
            diagnostics.append({ file, field.line,
                                 QStringLiteral("unknown field '%1'; known fields: name, direction, "
                                                "translated-from, order, stopwords, edited-on, "
                                                "approved-by, approved-on, general-help")
                                     .arg(field.name) });
        }
    }
    if (info.name.isEmpty())
        diagnostics.append({ file, 1, QStringLiteral("the language needs a 'name'") });
    if (info.approvedBy.isEmpty() != info.approvedOn.isEmpty())
        diagnostics.append({ file, 1,
                             QStringLiteral("approved-by and approved-on go together: who approved "
                                            "the content, and when") });
    return info;
}

QList<Topic> readTopics(const QString &text, const QString &file, Diagnostics &diagnostics)
{
    QList<Topic> topics;
    const BlockFileParser::Result parsed = BlockFileParser({}).parse(text, file, diagnostics);
    for (const BlockFileParser::Block &block : parsed.blocks) {
        checkFieldNames(block, { QStringLiteral("title"), QStringLiteral("description") }, {}, file,
                        diagnostics);
        topics.append({ block.id, requiredValue(block, QStringLiteral("title"), file, diagnostics),
                        optionalValue(block, QStringLiteral("description")), block.line });
    }
    return topics;
}

QList<FaqEntry> readFaq(const QString &text, const QString &file, Diagnostics &diagnostics)
{
    static const QStringList allowed { QStringLiteral("topic"),   QStringLiteral("question"),
                                       QStringLiteral("terms"),   QStringLiteral("related"),
                                       QStringLiteral("note"),    QStringLiteral("source-fingerprint"),
                                       QStringLiteral("editor-note"), QStringLiteral("editor-note-source"),
                                       QStringLiteral("editor-note-date"), QStringLiteral("omitted"),
                                       QStringLiteral("answer") };
    QList<FaqEntry> entries;
    const BlockFileParser::Result parsed =
        BlockFileParser({ QStringLiteral("answer") }).parse(text, file, diagnostics);
    for (const BlockFileParser::Block &block : parsed.blocks) {
        checkFieldNames(block, allowed, { QStringLiteral("omitted") }, file, diagnostics);
        FaqEntry entry;
        entry.id = block.id;
        entry.line = block.line;
        entry.topicId = requiredValue(block, QStringLiteral("topic"), file, diagnostics);
        entry.question = requiredValue(block, QStringLiteral("question"), file, diagnostics);
        entry.terms = listValue(block, QStringLiteral("terms"));
        entry.related = listValue(block, QStringLiteral("related"));
        entry.sourceFingerprint = optionalValue(block, QStringLiteral("source-fingerprint"));
        entry.editorNote = readEditorNote(block, file, diagnostics);
        entry.omitted = repeatedValues(block, QStringLiteral("omitted"));
        entry.reviewNote = optionalValue(block, QStringLiteral("note"));
        if (const BlockFileParser::Field *answer = block.field(QStringLiteral("answer")))
            entry.answer = answer->longText;
        if (entry.answer.isEmpty())
            diagnostics.append({ file, block.line,
                                 QStringLiteral("'%1' needs an 'answer' (last in its block)").arg(block.id) });
        entries.append(entry);
    }
    return entries;
}

ContactPoint readContact(ContactPoint::Kind kind, const BlockFileParser::Field &field,
                         const QString &file, Diagnostics &diagnostics)
{
    static const QRegularExpression withNote(QStringLiteral("^(.*?)\\s*\\(([^()]*)\\)$"));
    ContactPoint contact;
    contact.kind = kind;
    const QRegularExpressionMatch match = withNote.match(field.value);
    contact.value = match.hasMatch() ? match.captured(1) : field.value;
    contact.note = match.hasMatch() ? match.captured(2).trimmed() : QString();
    if (contact.value.isEmpty())
        diagnostics.append({ file, field.line, QStringLiteral("'%1' is empty").arg(field.name) });
    if (kind == ContactPoint::Kind::Phone || kind == ContactPoint::Kind::WhatsApp) {
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 -]{1,18}[0-9]$"));
        if (!contact.value.isEmpty() && !phone.match(contact.value).hasMatch())
            diagnostics.append({ file, field.line,
                                 QStringLiteral("'%1' is not a phone number (digits, spaces and "
                                                "hyphens; a note goes in brackets after it)")
                                     .arg(contact.value) });
    }
    return contact;
}

/// The one table of contact fields and their kinds.
const QList<QPair<QString, ContactPoint::Kind>> &contactFields()
{
    static const QList<QPair<QString, ContactPoint::Kind>> fields {
        { QStringLiteral("phone"), ContactPoint::Kind::Phone },
        { QStringLiteral("whatsapp"), ContactPoint::Kind::WhatsApp },
        { QStringLiteral("chat"), ContactPoint::Kind::Chat },
        { QStringLiteral("email"), ContactPoint::Kind::Email },
        { QStringLiteral("website"), ContactPoint::Kind::Website },
    };
    return fields;
}

const QStringList evidenceFields { QStringLiteral("verified"), QStringLiteral("unverified"),
                                   QStringLiteral("note-verified"), QStringLiteral("note-unverified") };

const QString evidenceForms = QStringLiteral("'verified: <date> <page>' (the organisation's own or a government "
                                             "page, read that day), 'verified: FAQ', or 'unverified: <why>'");

/// `verified: FAQ`, `verified: 2026-12-07 rijksoverheid.nl/...` or `unverified: why`.
Evidence readEvidence(const BlockFileParser::Field &field, const QDate &today, const QString &file,
                      Diagnostics &diagnostics)
{
    Evidence evidence;
    evidence.line = field.line;
    if (field.name.endsWith(u"unverified")) {
        evidence.why = field.value;
        return evidence;
    }
    if (field.value == u"FAQ") {
        evidence.kind = Evidence::Kind::Faq;
        return evidence;
    }
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2})\\s+(\\S+)$"));
    const QRegularExpressionMatch match = pattern.match(field.value);
    const QDate checked = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    const QString page = match.captured(2);
    if (!checked.isValid() || !page.contains(u'.')) {
        diagnostics.append({ file, field.line,
                             QStringLiteral("%1: needs the day the page was read and its address, as in "
                                            "'%1: 2026-12-07 rijksoverheid.nl/onderwerpen/huiselijk-geweld', "
                                            "or 'FAQ' when the FAQ text states it")
                                 .arg(field.name) });
        return evidence;
    }
    if (page.contains(QStringLiteral("://"))) {
        diagnostics.append({ file, field.line,
                             QStringLiteral("the page's address goes without 'https://': '%1'")
                                 .arg(page.section(QStringLiteral("://"), 1)) });
        return evidence;
    }
    if (checked > today) {
        diagnostics.append({ file, field.line,
                             QStringLiteral("%1 is a day still to come; the evidence is the day the page was read")
                                 .arg(match.captured(1)) });
        return evidence;
    }
    evidence.kind = Evidence::Kind::Verified;
    evidence.checked = checked;
    evidence.page = page;
    return evidence;
}

/// Every contact line with the evidence lines right under it: `verified:` or `unverified:`
/// for the value (required), and `note-verified:` or `note-unverified:` for the note in
/// brackets when another page (or none) states it.
QList<ContactPoint> readContacts(const BlockFileParser::Block &block, const QDate &today, const QString &file,
                                 Diagnostics &diagnostics)
{
    QList<ContactPoint> contacts;
    QStringList evidenceSeen; // of the last contact line
    bool afterContact = false;
    auto finish = [&]() {
        if (!afterContact)
            return;
        ContactPoint &contact = contacts.last();
        if (!evidenceSeen.contains(u"verified") && !evidenceSeen.contains(u"unverified"))
            diagnostics.append({ file, contact.evidence.line,
                                 QStringLiteral("'%1' in '%2' needs its evidence on the next line: %3")
                                     .arg(contact.value, block.id, evidenceForms) });
        if (!evidenceSeen.contains(u"note-verified") && !evidenceSeen.contains(u"note-unverified"))
            contact.noteEvidence = contact.evidence;
    };
    for (const BlockFileParser::Field &field : block.fields) {
        const auto kind = std::find_if(contactFields().begin(), contactFields().end(),
                                       [&](const auto &entry) { return entry.first == field.name; });
        if (kind != contactFields().end()) {
            finish();
            contacts << readContact(kind->second, field, file, diagnostics);
            contacts.last().evidence.line = field.line; // until its evidence line says more
            evidenceSeen.clear();
            afterContact = true;
            continue;
        }
        if (!evidenceFields.contains(field.name)) {
            finish();
            afterContact = false;
            continue;
        }
        if (!afterContact) {
            diagnostics.append({ file, field.line,
                                 QStringLiteral("'%1:' goes right under the contact line it is the evidence for")
                                     .arg(field.name) });
            continue;
        }
        ContactPoint &contact = contacts.last();
        const bool forNote = field.name.startsWith(u"note-");
        const QString other = forNote ? (field.name == u"note-verified" ? QStringLiteral("note-unverified")
                                                                         : QStringLiteral("note-verified"))
                                      : (field.name == u"verified" ? QStringLiteral("unverified")
                                                                   : QStringLiteral("verified"));
        if (evidenceSeen.contains(field.name) || evidenceSeen.contains(other)) {
            diagnostics.append({ file, field.line,
                                 QStringLiteral("'%1' already has its %2 evidence")
                                     .arg(contact.value, forNote ? QStringLiteral("note's") : QStringLiteral("value's")) });
            continue;
        }
        if (forNote && contact.note.isEmpty()) {
            diagnostics.append({ file, field.line,
                                 QStringLiteral("'%1:' is for the note in brackets, and '%2' has none")
                                     .arg(field.name, contact.value) });
            continue;
        }
        evidenceSeen << field.name;
        (forNote ? contact.noteEvidence : contact.evidence) = readEvidence(field, today, file, diagnostics);
    }
    finish();
    return contacts;
}

/// `verified: FAQ` holds only when the FAQ text says so: the number's digits or the address
/// are in an answer or in what the source says of a card.
void checkFaqEvidence(const LanguageContent &content, const QString &file, Diagnostics &diagnostics)
{
    QString faqText;
    for (const FaqEntry &entry : content.faq)
        faqText += plainText(entry.answer) + u'\n';
    for (const Organisation &organisation : content.organisations)
        faqText += plainText(organisation.about) + u'\n';
    // Each number of the text as its digits: "06-428 346 35" => "0642834635".
    static const QRegularExpression number(QStringLiteral("[0-9][0-9 -]*[0-9]|[0-9]"));
    QStringList faqNumbers;
    for (const QRegularExpressionMatch &match : number.globalMatch(faqText))
        faqNumbers << match.captured().remove(u' ').remove(u'-');
    const QString faqFolded = faqText.toCaseFolded();
    for (const Organisation &organisation : content.organisations) {
        for (const ContactPoint &contact : organisation.contacts) {
            if (contact.evidence.kind != Evidence::Kind::Faq)
                continue;
            const bool isNumber = contact.kind == ContactPoint::Kind::Phone || contact.kind == ContactPoint::Kind::WhatsApp;
            QString digits;
            for (QChar c : contact.value) {
                if (c.isDigit())
                    digits += c;
            }
            const bool found = isNumber ? faqNumbers.contains(digits) : faqFolded.contains(contact.value.toCaseFolded());
            if (!found)
                diagnostics.append({ file, contact.evidence.line,
                                     QStringLiteral("'%1' is not in the FAQ text, so 'verified: FAQ' does not hold for "
                                                    "it; give the page that states it and the day it was read")
                                         .arg(contact.value) });
        }
    }
}

/// A verification older than a year is due again: a warning, the fact stays shown.
void checkEvidenceAge(const LanguageContent &content, const QDate &today, const QString &file,
                      Diagnostics &warnings)
{
    constexpr int monthsValid = 12;
    for (const Organisation &organisation : content.organisations) {
        for (const ContactPoint &contact : organisation.contacts) {
            for (const Evidence *evidence : { &contact.evidence, &contact.noteEvidence }) {
                if (evidence->kind != Evidence::Kind::Verified || evidence->checked.addMonths(monthsValid) >= today)
                    continue;
                if (evidence == &contact.noteEvidence && (contact.note.isEmpty() || evidence->sameAs(contact.evidence)))
                    continue;
                warnings.append({ file, evidence->line,
                                  QStringLiteral("warning: due for a new check: '%1' in '%2' was checked on %3 at %4, "
                                                 "more than %5 months ago; read the page again and update the date")
                                      .arg(evidence == &contact.evidence ? contact.value : contact.note, organisation.id,
                                           evidence->checked.toString(Qt::ISODate), evidence->page)
                                      .arg(monthsValid) });
            }
        }
    }
}

QList<Organisation> readOrganisations(const QString &text, const QDate &today, const QString &file,
                                      Diagnostics &diagnostics)
{
    static const QStringList allowed {
        QStringLiteral("name"),    QStringLiteral("part-of"), QStringLiteral("helps-with"),
        QStringLiteral("phone"),   QStringLiteral("whatsapp"), QStringLiteral("chat"),
        QStringLiteral("email"),   QStringLiteral("website"), QStringLiteral("verified"),
        QStringLiteral("unverified"), QStringLiteral("note-verified"), QStringLiteral("note-unverified"),
        QStringLiteral("hours"),   QStringLiteral("terms"),   QStringLiteral("instead"),
        QStringLiteral("note"),    QStringLiteral("source-fingerprint"),
        QStringLiteral("editor-note"), QStringLiteral("editor-note-source"),
        QStringLiteral("editor-note-date"), QStringLiteral("about")
    };
    static const QStringList repeatable { QStringLiteral("phone"), QStringLiteral("whatsapp"),
                                          QStringLiteral("chat"), QStringLiteral("email"),
                                          QStringLiteral("website"), QStringLiteral("verified"),
                                          QStringLiteral("unverified"), QStringLiteral("note-verified"),
                                          QStringLiteral("note-unverified") };
    // Fields of the format before each fact carried its own evidence: say what replaced them.
    static const QStringList replaced { QStringLiteral("source"), QStringLiteral("checked"),
                                        QStringLiteral("review"), QStringLiteral("unconfirmed") };

    QList<Organisation> organisations;
    const BlockFileParser::Result parsed =
        BlockFileParser({ QStringLiteral("about") }).parse(text, file, diagnostics);
    for (const BlockFileParser::Block &block : parsed.blocks) {
        BlockFileParser::Block known = block;
        known.fields.clear();
        for (const BlockFileParser::Field &field : block.fields) {
            if (replaced.contains(field.name))
                diagnostics.append({ file, field.line,
                                     QStringLiteral("'%1:' is no longer used: each contact line carries its own "
                                                    "evidence on the next line, %2")
                                         .arg(field.name, evidenceForms) });
            else
                known.fields << field;
        }
        checkFieldNames(known, allowed, repeatable, file, diagnostics);
        Organisation organisation;
        organisation.id = block.id;
        organisation.line = block.line;
        organisation.name = requiredValue(block, QStringLiteral("name"), file, diagnostics);
        organisation.partOf = optionalValue(block, QStringLiteral("part-of"));
        organisation.helpsWith = requiredValue(block, QStringLiteral("helps-with"), file, diagnostics);
        organisation.hours = optionalValue(block, QStringLiteral("hours"));
        organisation.terms = listValue(block, QStringLiteral("terms"));
        organisation.instead = optionalValue(block, QStringLiteral("instead"));
        organisation.sourceFingerprint = optionalValue(block, QStringLiteral("source-fingerprint"));
        if (const BlockFileParser::Field *about = block.field(QStringLiteral("about")))
            organisation.about = about->longText;
        organisation.contacts = readContacts(known, today, file, diagnostics);
        organisation.editorNote = readEditorNote(block, file, diagnostics);
        organisation.reviewNote = optionalValue(block, QStringLiteral("note"));
        organisations.append(organisation);
    }
    return organisations;
}

QHash<QString, QStringList> readSynonyms(const QString &text, const QString &file,
                                         Diagnostics &diagnostics)
{
    QHash<QString, QStringList> synonyms;
    const BlockFileParser::Result parsed = BlockFileParser({}).parse(text, file, diagnostics);
    if (!parsed.blocks.isEmpty())
        diagnostics.append({ file, parsed.blocks.first().line,
                             QStringLiteral("synonyms.txt holds 'word: other words' lines only") });
    for (const BlockFileParser::Field &field : parsed.header) {
        const QString word = TextFolding::fold(field.name).simplified();
        QStringList others;
        for (const QString &other : field.value.split(u',', Qt::SkipEmptyParts)) {
            const QString folded = TextFolding::fold(other).simplified();
            if (!folded.isEmpty())
                others << folded;
        }
        if (word.isEmpty() || others.isEmpty()) {
            diagnostics.append({ file, field.line,
                                 QStringLiteral("expected 'word: other word, another word'") });
            continue;
        }
        synonyms[word] += others;
    }
    return synonyms;
}

/// A language folder may carry the translation of the user interface (UiTranslator); it
/// must be one that Qt can load.
void checkUiTranslation(const QString &folder, const QString &file, Diagnostics &diagnostics)
{
    const QString path = folder + u'/' + UiTranslator::fileName;
    if (QFile::exists(path) && !UiTranslator::isTranslation(path))
        diagnostics.append({ file, 0,
                             QStringLiteral("not a compiled Qt translation; make it from the .ts "
                                            "file with lrelease") });
}


} // namespace

ContentLoader::Result ContentLoader::load(const QString &rootDir, const QString &displayRoot, const QDate &today)
{
    Result result;
    FileReader reader { rootDir, displayRoot.isEmpty() ? rootDir : displayRoot, result.diagnostics };

    const QDir root(rootDir);
    if (!root.exists()) {
        result.diagnostics.append({ reader.displayRoot, 0, QStringLiteral("no such content folder") });
        return result;
    }

    QList<LanguageContent> languages;
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &code : folders) {
        if (!QFile::exists(rootDir + u'/' + code + u"/language.txt"))
            continue;
        LanguageContent content;
        const QString languageText = reader.read(code + u"/language.txt", true);
        content.info = readLanguage(code, languageText, reader.displayName(code + u"/language.txt"),
                                    result.diagnostics);
        content.info.folder = rootDir + u'/' + code;
        checkUiTranslation(content.info.folder, reader.displayName(code + u'/' + UiTranslator::fileName),
                           result.diagnostics);
        const QString prefix = code + u'/';
        content.topics = readTopics(reader.read(prefix + u"topics.txt", true),
                                    reader.displayName(prefix + u"topics.txt"), result.diagnostics);
        content.faq = readFaq(reader.read(prefix + u"faq.txt", true),
                              reader.displayName(prefix + u"faq.txt"), result.diagnostics);
        const QString organisationsFile = reader.displayName(prefix + u"organisations.txt");
        content.organisations = readOrganisations(reader.read(prefix + u"organisations.txt", true), today,
                                                  organisationsFile, result.diagnostics);
        checkFaqEvidence(content, organisationsFile, result.diagnostics);
        checkEvidenceAge(content, today, organisationsFile, result.dueForCheck);
        content.synonyms = readSynonyms(reader.read(prefix + u"synonyms.txt", false),
                                        reader.displayName(prefix + u"synonyms.txt"),
                                        result.diagnostics);
        languages.append(std::move(content));
    }

    if (languages.isEmpty()) {
        result.diagnostics.append({ reader.displayRoot, 0,
                                    QStringLiteral("no language folder with a language.txt found") });
        return result;
    }

    ContentValidator::validate(languages, reader.displayRoot, result.diagnostics);
    for (LanguageContent &content : languages)
        result.library.addLanguage(std::move(content));
    return result;
}

} // namespace meldpunt
