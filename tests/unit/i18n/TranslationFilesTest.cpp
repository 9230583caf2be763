// The Qt Linguist files of the interface: complete, and in step with the tr() calls in the code.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList forms; ///< one translation, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *language = nullptr)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            if (language)
                *language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message { context, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes",
                                false, {} };
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            message.finished = type.isEmpty();
            if (!message.numerus)
                message.forms << xml.readElementText();
            messages << message; // numerus forms follow, appended below
        } else if (name == u"numerusform") {
            REQUIRE(!messages.isEmpty());
            messages.last().forms << xml.readElementText();
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE(!xml.hasError());
    return messages;
}

QString tsPath(const QString &code)
{
    return QStringLiteral(MELDPUNT_SOURCE_DIR) + u"/translations/meldpunt-kiosk_" + code + u".ts";
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(n|[1-9])"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

} // namespace

TEST_CASE("every interface string is translated and finished in Dutch and English")
{
    for (const QString &code : { QStringLiteral("nl"), QStringLiteral("en") }) {
        QString language;
        const QList<Message> messages = readTs(tsPath(code), &language);
        INFO(code.toStdString());
        CHECK(language.startsWith(code));
        CHECK(messages.size() >= 40);
        for (const Message &message : messages) {
            INFO(QString(message.context + u": " + message.source).toStdString());
            CHECK(message.finished);
            // Dutch and English both have a singular and a plural form.
            CHECK(message.forms.size() == (message.numerus ? 2 : 1));
            for (const QString &form : message.forms) {
                CHECK(!form.trimmed().isEmpty());
                // Every %1 and %n of the source is in the translation: the value shows.
                CHECK(placeholders(form) == placeholders(message.source));
            }
            // Translators see what a placeholder stands for.
            if (message.source.contains(QRegularExpression(QStringLiteral("%[1-9]"))))
                CHECK(!message.comment.isEmpty());
        }
    }
}

TEST_CASE("the Dutch interface speaks plain Dutch")
{
    QHash<QString, QString> dutch;
    for (const Message &message : readTs(tsPath(QStringLiteral("nl"))))
        dutch.insert(message.source, message.forms.join(u'|'));
    CHECK(dutch.value(QStringLiteral("Child in direct danger? Call 112")) == u"Kind in direct gevaar? Bel 112");
    CHECK(dutch.value(QStringLiteral("Quick exit")) == u"Snel weg");
    CHECK(dutch.value(QStringLiteral("Back")) == u"Terug");
    CHECK(dutch.value(QStringLiteral("%n result(s) for “%1”")) == u"%n resultaat voor “%1”|%n resultaten voor “%1”");
}

TEST_CASE("the .ts files hold every tr() of the code (run the update_translations target)")
{
    // lupdate over the same sources as update_translations, into a scratch file.
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const QString fresh = scratch.filePath(QStringLiteral("fresh_nl.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(MELDPUNT_LUPDATE),
                  { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral(MELDPUNT_SOURCE_DIR) + u"/app/core",
                    QStringLiteral(MELDPUNT_SOURCE_DIR) + u"/app/ui", QStringLiteral("-ts"), fresh });
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(QString::fromUtf8(lupdate.readAllStandardError()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    QSet<QString> inCode;
    for (const Message &message : readTs(fresh))
        inCode.insert(message.context + u'\x1f' + message.source + u'\x1f' + message.comment);
    REQUIRE(inCode.size() >= 40);
    // Every language's file, also one a translator has just added.
    const QDir translations(QStringLiteral(MELDPUNT_SOURCE_DIR) + u"/translations");
    const QStringList files = translations.entryList({ QStringLiteral("meldpunt-kiosk_*.ts") }, QDir::Files);
    CHECK(files.size() >= 2);
    for (const QString &file : files) {
        const QString code = file.section(u'_', 1).section(u'.', 0, 0);
        QSet<QString> inFile;
        for (const Message &message : readTs(tsPath(code)))
            inFile.insert(message.context + u'\x1f' + message.source + u'\x1f' + message.comment);
        for (const QString &missing : inCode - inFile) {
            INFO(code.toStdString() + " lacks " + QString(missing).replace(u'\x1f', u'|').toStdString());
            CHECK(false);
        }
        for (const QString &extra : inFile - inCode) {
            INFO(code.toStdString() + " holds a string the code no longer has: "
                 + QString(extra).replace(u'\x1f', u'|').toStdString());
            CHECK(false);
        }
    }
}
