#include "CliCommands.h"

#include "ContentPack.h"
#include "ContentRenderer.h"
#include "HandoutWriter.h"
#include "PinHash.h"
#include "SearchEngine.h"
#include "Startup.h"
#include "UiTranslator.h"
#include "Version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

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
        return hashPin(in, out);
    }
    case Options::Mode::CheckContent: {
        QCoreApplication application(argc, argv);
        return checkContent(options.checkPath, out);
    }
    case Options::Mode::Search:
    case Options::Mode::List:
    case Options::Mode::Handout:
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
    const ContentLoader::Result content = Startup::loadContent(options.contentPack);
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
                         { QStringLiteral("text"), plainText(entry.answer) } });
    }
    for (const Organisation &organisation : content.organisations) {
        QJsonArray contacts;
        for (const ContactPoint &contact : organisation.contacts) {
            contacts.append(QJsonObject { { QStringLiteral("kind"), ContentRenderer::kindKey(contact.kind) },
                                          { QStringLiteral("value"), contact.value },
                                          { QStringLiteral("note"), contact.note } });
        }
        writeLine(out, { { QStringLiteral("kind"), QStringLiteral("organisation") },
                         { QStringLiteral("id"), organisation.id },
                         { QStringLiteral("title"), organisation.name },
                         { QStringLiteral("contacts"), contacts },
                         { QStringLiteral("source"), organisation.source },
                         { QStringLiteral("checked"), organisation.checked },
                         { QStringLiteral("review"), organisation.needsReview },
                         { QStringLiteral("text"), organisation.plainText() } });
    }
    out.flush();
    return 0;
}

int CliCommands::checkContent(const QString &path, QTextStream &out)
{
    const ContentLoader::Result result = ContentPack::load(path);
    if (!result.ok()) {
        for (const Diagnostic &diagnostic : result.diagnostics)
            out << diagnostic.toString() << u'\n';
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
    out.flush();
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

int CliCommands::hashPin(QTextStream &in, QTextStream &out)
{
    QString pin = in.readLine();
    if (pin.endsWith(u'\r'))
        pin.chop(1);
    const QString why = PinHash::whyUnacceptable(pin);
    if (!why.isEmpty())
        return Startup::refuse(why);
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
