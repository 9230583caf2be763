#include "CliCommands.h"

#include "ContentPack.h"
#include "ContentRenderer.h"
#include "HandoutWriter.h"
#include "PinHash.h"
#include "RccReader.h"
#include "ReviewSheet.h"
#include "SafeFile.h"
#include "SearchEngine.h"
#include "SigningKey.h"
#include "Startup.h"
#include "TerminalEcho.h"
#include "UiTranslator.h"
#include "Version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSaveFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <unistd.h>

namespace meldpunt {

namespace {

void writeLine(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
}

QString documentText(const LanguageContent &content, const SearchHit &hit)
{
    if (hit.kind == SearchHit::Kind::Faq) {
        const FaqEntry *entry = content.entry(hit.id);
        return entry ? plainText(entry->answer) : QString();
    }
    const Organisation *organisation = content.organisation(hit.id);
    return organisation ? organisation->plainText() : QString();
}

QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

int CliCommands::run(const Options &options, int argc, char *argv[])
{
    QTextStream out(stdout);
    switch (options.mode) {
    case Options::Mode::Help:
        out << CommandLine::helpText();
        return 0;
    case Options::Mode::Version:
        out << "meldpunt-kiosk " << version << '\n';
        return 0;
    case Options::Mode::HashPin: {
        QTextStream in(stdin);
        return hashPin(in, out, Startup::errors(), TerminalEcho::isTerminal(STDIN_FILENO));
    }
    case Options::Mode::MakeSigningKey:
        return makeSigningKey(options.newKeyFile, out);
    case Options::Mode::SignPack:
        return signPack(options.packToSign, options.keyFile, out);
    case Options::Mode::CheckContent: {
        QCoreApplication application(argc, argv);
        return checkContent(options.checkPath, Startup::trust(Startup::readConfig(options.configFile), false), out);
    }
    case Options::Mode::Search:
    case Options::Mode::List:
    case Options::Mode::Handout:
    case Options::Mode::ReviewSheet:
        break;
    case Options::Mode::Window:
        Q_ASSERT_X(false, "CliCommands::run", "the window is not a command");
        return 2;
    }

    // The handout's fonts need a QGuiApplication; offscreen, so that it needs no display.
    std::unique_ptr<QCoreApplication> application;
    int applicationArgc = 1;
    if (options.mode == Options::Mode::Handout) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(applicationArgc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(applicationArgc, argv);
    }
    // The configuration matters here only for whom it trusts to sign a pack.
    const ContentPack::Trust trust = options.contentPack.isEmpty()
        ? ContentPack::Trust() : Startup::trust(Startup::readConfig(options.configFile), false);
    const ContentLoader::Result content = Startup::loadContent(options.contentPack, trust);
    if (options.mode == Options::Mode::ReviewSheet)
        return reviewSheet(content.library, options.language, options.outputFile);
    QString error;
    const LanguageContent *language = Startup::chooseLanguage(content.library, options.language, error);
    if (!language)
        return Startup::refuse(error);
    switch (options.mode) {
    case Options::Mode::Search:
        return search(*language, options.query, options.limit, out);
    case Options::Mode::List:
        return list(*language, out);
    default:
        return handout(*language, options.handoutIds, options.outputFile);
    }
}

int CliCommands::search(const LanguageContent &content, const QString &query, int limit, QTextStream &out)
{
    // Written by hand to keep the contract's key order: kind, id, title, score, text.
    const SearchEngine engine(content);
    for (const SearchHit &hit : engine.search(query, limit)) {
        const QString line = u"{\"kind\":" + jsonString(SearchHit::kindName(hit.kind)) + u",\"id\":"
            + jsonString(hit.id) + u",\"title\":" + jsonString(hit.title) + u",\"score\":"
            + QString::number(hit.score, 'g', 6) + u",\"text\":" + jsonString(documentText(content, hit))
            + u"}\n";
        out << line;
    }
    out.flush();
    return 0;
}

int CliCommands::list(const LanguageContent &content, QTextStream &out)
{
    for (const FaqEntry &entry : content.faq) {
        writeLine(out, { { QStringLiteral("kind"), QStringLiteral("faq") },
                         { QStringLiteral("id"), entry.id },
                         { QStringLiteral("title"), entry.question },
                         { QStringLiteral("topic"), entry.topicId },
                         { QStringLiteral("terms"), toArray(entry.terms) },
                         { QStringLiteral("related"), toArray(entry.related) },
                         { QStringLiteral("editor-note"), entry.editorNote.text },
                         { QStringLiteral("omitted"), toArray(entry.omitted) },
                         { QStringLiteral("text"), plainText(entry.answer) } });
    }
    for (const Organisation &organisation : content.organisations) {
        // Evidence as tools read it: {"kind":"verified","checked":"2026-12-07","page":"politie.nl/..."}.
        const auto evidence = [](const Evidence &fact) {
            static const char *const kinds[] = { "none", "faq", "verified" };
            QJsonObject object { { QStringLiteral("kind"), QLatin1String(kinds[int(fact.kind)]) } };
            if (fact.kind == Evidence::Kind::Verified) {
                object.insert(QStringLiteral("checked"), fact.checked.toString(Qt::ISODate));
                object.insert(QStringLiteral("page"), fact.page);
            }
            return object;
        };
        QJsonArray contacts;
        for (const ContactPoint &contact : organisation.contacts) {
            QJsonObject object { { QStringLiteral("kind"), ContentRenderer::kindKey(contact.kind) },
                                 { QStringLiteral("value"), contact.value },
                                 { QStringLiteral("note"), contact.note },
                                 { QStringLiteral("qr"), contact.qrPayload() },
                                 { QStringLiteral("evidence"), evidence(contact.evidence) } };
            if (!contact.note.isEmpty())
                object.insert(QStringLiteral("noteEvidence"), evidence(contact.noteEvidence));
            contacts.append(object);
        }
        writeLine(out, { { QStringLiteral("kind"), QStringLiteral("organisation") },
                         { QStringLiteral("id"), organisation.id },
                         { QStringLiteral("title"), organisation.name },
                         // What the search reads besides the text, as for the entries.
                         { QStringLiteral("terms"), toArray(organisation.terms) },
                         { QStringLiteral("partOf"), organisation.partOf },
                         { QStringLiteral("contacts"), contacts },
                         { QStringLiteral("instead"), organisation.instead },
                         { QStringLiteral("text"), organisation.plainText() } });
    }
    out.flush();
    return 0;
}

int CliCommands::checkContent(const QString &path, const ContentPack::Trust &trust, QTextStream &out)
{
    const ContentPack::Result result = ContentPack::load(path, trust);
    // Facts due for a new check are listed whether or not the content is refused.
    for (const Diagnostic &due : result.dueForCheck)
        out << due.toString() << u'\n';
    if (!result.ok()) {
        for (const Diagnostic &diagnostic : result.diagnostics)
            out << diagnostic.toString() << u'\n';
        if (result.isPack && result.signature.status != PackSignature::Status::Bad)
            out << path << ": signature: " << PackSignature::describe(result.signature) << u'\n';
        out.flush();
        return 1;
    }
    qsizetype entries = 0;
    qsizetype cards = 0;
    for (const LanguageContent &language : result.library.languages()) {
        entries += language.faq.size();
        cards += language.organisations.size();
    }
    out << QStringLiteral("%1: valid: %2 languages (%3), %4 entries and %5 cards in all\n")
               .arg(path)
               .arg(result.library.languages().size())
               .arg(result.library.languageCodes().join(u", "))
               .arg(entries)
               .arg(cards);
    out << ReviewSheet::approvalLines(result.library);
    if (result.isPack) {
        out << path << ": signature: " << PackSignature::describe(result.signature) << u'\n';
        if (result.signature.status != PackSignature::Status::Valid)
            out << path << ": kiosk mode refuses this pack until it is signed by a key in trusted-key =\n";
    }
    out.flush();
    return 0;
}

int CliCommands::reviewSheet(const ContentLibrary &library, const QString &language, const QString &outputFile)
{
    // The sheet's headings in the language asked for, else in the source language: the owner's.
    QString error;
    const LanguageContent *headings = Startup::chooseLanguage(library, language, error);
    if (!headings)
        return Startup::refuse(error);
    UiTranslator translator;
    translator.install(headings->info.code, headings->info.folder);
    const ReviewSheet::Result result = ReviewSheet::write(library, outputFile);
    if (!result.ok) {
        Startup::errors() << "meldpunt-kiosk: " << result.error << '\n';
        Startup::errors().flush();
        return 1;
    }
    return 0;
}

int CliCommands::makeSigningKey(const QString &keyFile, QTextStream &out)
{
    const SigningKey key = SigningKey::generate();
    if (!key.isValid()) {
        Startup::errors() << "meldpunt-kiosk: no signing key could be made (libsodium)\n";
        return 1;
    }
    QByteArray text = key.fileText();
    const QString failure = SafeFile::createNew(keyFile, text, 0600);
    text.fill('\0');
    if (!failure.isEmpty()) {
        Startup::errors() << "meldpunt-kiosk: cannot write the signing key to " << keyFile << ": " << failure << '\n';
        return 1;
    }
    Startup::errors() << "meldpunt-kiosk: secret signing key written to " << keyFile
                      << " (mode 0600); keep it secret and out of every repository. Trust it in kiosk.conf with:\n";
    Startup::errors().flush();
    out << "trusted-key = " << key.publicKeyText() << '\n';
    return 0;
}

int CliCommands::signPack(const QString &packPath, const QString &keyFile, QTextStream &out)
{
    auto fail = [](const QString &file, const QString &message) {
        Startup::errors() << "meldpunt-kiosk: " << file << ": " << message << '\n';
        Startup::errors().flush();
        return 1;
    };
    SafeFile::Result keyText = SafeFile::readRegular(keyFile, 4096);
    if (!keyText.ok())
        return fail(keyFile, keyText.error);
    QString error;
    const SigningKey key = SigningKey::fromFileText(keyText.bytes, error);
    keyText.bytes.fill('\0');
    if (!key.isValid())
        return fail(keyFile, error);
    const SafeFile::Result pack = SafeFile::readRegular(packPath, ContentPack::maxPackSize);
    if (!pack.ok())
        return fail(packPath, pack.error);
    // Only a sound pack is worth a signature.
    const RccReader::Result structure = RccReader::read(pack.bytes);
    if (!structure.ok())
        return fail(packPath, QStringLiteral("not a sound content pack: %1").arg(structure.error));

    const QString signatureFile = PackSignature::fileFor(packPath);
    const QString unusable = SafeFile::checkOutput(signatureFile);
    if (!unusable.isEmpty())
        return fail(signatureFile, unusable);
    QSaveFile file(signatureFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(PackSignature::sign(pack.bytes, key)) < 0 || !file.commit())
        return fail(signatureFile, QStringLiteral("cannot write it: %1").arg(file.errorString()));
    out << signatureFile << ": signed by key " << key.publicKeyText() << '\n';
    return 0;
}

int CliCommands::handout(const LanguageContent &content, const QStringList &ids, const QString &outputFile)
{
    for (const QString &id : ids) {
        if (!content.entry(id) && !content.organisation(id))
            return Startup::refuse(
                QStringLiteral("there is no entry or card '%1' (meldpunt-kiosk --list shows the ids)").arg(id));
    }
    UiTranslator translator;
    translator.install(content.info.code, content.info.folder);
    const HandoutWriter::Result result = HandoutWriter::write(content, ids, outputFile);
    if (!result.ok) {
        Startup::errors() << "meldpunt-kiosk: " << result.error << '\n';
        Startup::errors().flush();
        return 1;
    }
    return 0;
}

int CliCommands::hashPin(QTextStream &in, QTextStream &out, QTextStream &prompt, bool terminal)
{
    // One line; on a terminal with the echo off (before the question, so that nothing typed
    // after it shows), so that nobody sees the PIN.
    const auto readPin = [&](const QString &question) {
        const TerminalEcho hidden(terminal ? STDIN_FILENO : -1);
        if (terminal) {
            prompt << question;
            prompt.flush();
        }
        QString line = in.readLine();
        if (line.endsWith(u'\r'))
            line.chop(1);
        return line;
    };
    QString pin = readPin(QStringLiteral("Administrator PIN (%1 characters or more): ").arg(PinHash::minLength));
    const QString why = PinHash::whyUnacceptable(pin);
    if (!why.isEmpty()) {
        pin.fill(u' ');
        return Startup::refuse(why);
    }
    if (terminal) {
        QString again = readPin(QStringLiteral("The same PIN again: "));
        const bool same = again == pin;
        again.fill(u' ');
        if (!same) {
            pin.fill(u' ');
            return Startup::refuse(QStringLiteral("the two PINs differ; nothing was made"));
        }
    }
    const QString hash = PinHash::hash(pin);
    pin.fill(u' ');
    if (hash.isEmpty()) {
        Startup::errors() << "meldpunt-kiosk: the PIN could not be hashed (libsodium)\n";
        return 1;
    }
    out << "admin-pin-hash = " << hash << '\n';
    return 0;
}

} // namespace meldpunt
