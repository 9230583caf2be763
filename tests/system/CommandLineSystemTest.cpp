#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace meldpunt;

namespace {

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> objects;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        INFO(line.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        objects << document.object();
    }
    return objects;
}

} // namespace

TEST_CASE("search for anoniem puts the anonymity answer first, as JSON Lines")
{
    const auto result = test::runProgram({ QStringLiteral("--search"), QStringLiteral("anoniem") },
                                         { QStringLiteral("QT_QPA_PLATFORM=") });
    REQUIRE(result.exitCode == 0);
    const auto hits = jsonLines(result.out);
    REQUIRE(!hits.isEmpty());
    CHECK(hits.size() <= 10);
    CHECK(hits[0].value(QStringLiteral("kind")).toString() == u"faq");
    CHECK(hits[0].value(QStringLiteral("id")).toString() == u"anoniem-melden");
    CHECK(hits[0].value(QStringLiteral("text")).toString().contains(QStringLiteral("volledig anoniem")));
    CHECK(hits[0].value(QStringLiteral("score")).toDouble() > 0);
    CHECK(result.out.startsWith(QStringLiteral("{\"kind\":\"faq\",\"id\":\"anoniem-melden\",\"title\":")));
}

TEST_CASE("list in Dutch holds every answer of the source word for word")
{
    const auto result = test::runProgram({ QStringLiteral("--list"), QStringLiteral("--lang"), QStringLiteral("nl") });
    REQUIRE(result.exitCode == 0);
    QString texts;
    QStringList omitted;
    for (const QJsonObject &object : jsonLines(result.out)) {
        texts += object.value(QStringLiteral("text")).toString() + u'\n';
        for (const QJsonValue &left : object.value(QStringLiteral("omitted")).toArray())
            omitted << left.toString();
    }
    const QStringList chrome { QStringLiteral("FAQ"), QStringLiteral("Kinderporno tegengekomen?"), QStringLiteral("MELD HET") };
    for (QString paragraph : test::readFile(test::dataPath(QStringLiteral("meldpunt-faq.txt"))).split(u'\n')) {
        paragraph = paragraph.trimmed();
        if (paragraph.isEmpty() || chrome.contains(paragraph))
            continue;
        // Left out on purpose, and listed as such: a sentence that points at nothing offline.
        for (const QString &left : omitted)
            paragraph.replace(left, QString());
        paragraph = paragraph.trimmed();
        INFO(paragraph.toStdString());
        CHECK((paragraph.isEmpty() || texts.contains(paragraph)));
    }
}

TEST_CASE("list gives the cards' extra terms as it gives the entries'")
{
    const auto result = test::runProgram({ QStringLiteral("--list"), QStringLiteral("--lang"), QStringLiteral("nl") });
    REQUIRE(result.exitCode == 0);
    const LanguageContent *nl = test::builtInContent().language(QStringLiteral("nl"));
    int cards = 0;
    for (const QJsonObject &object : jsonLines(result.out)) {
        if (object.value(QStringLiteral("kind")).toString() != u"organisation")
            continue;
        const Organisation *organisation = nl->organisation(object.value(QStringLiteral("id")).toString());
        REQUIRE(organisation);
        CHECK(object.value(QStringLiteral("terms")).toVariant().toStringList() == organisation->terms);
        CHECK(object.value(QStringLiteral("partOf")).toString() == organisation->partOf);
        ++cards;
    }
    CHECK(cards == nl->organisations.size());
}

TEST_CASE("list in English, and an unknown language is refused")
{
    const auto english = test::runProgram({ QStringLiteral("--list"), QStringLiteral("--lang"), QStringLiteral("en") });
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.contains(QStringLiteral("\"title\":\"Can I make a report anonymously")));
    const auto unknown = test::runProgram({ QStringLiteral("--list"), QStringLiteral("--lang"), QStringLiteral("fy") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("no content in language 'fy'")));
}

TEST_CASE("check-content accepts the content pack and rejects broken content with file:line")
{
    const auto pack = test::runProgram({ QStringLiteral("--check-content"), QStringLiteral(MELDPUNT_BINARY).section(u'/', 0, -3) + QStringLiteral("/meldpunt-content.rcc") });
    CHECK(pack.exitCode == 0);
    CHECK(pack.out.contains(QStringLiteral("valid: 2 languages")));

    test::ContentCopy copy;
    copy.replaceInFile(QStringLiteral("nl/faq.txt"), QStringLiteral("topic: melden"), QStringLiteral("topic: nergens"));
    const auto broken = test::runProgram({ QStringLiteral("--check-content"), copy.root() });
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QRegularExpression(QStringLiteral("/nl/faq\\.txt:\\d+: '[a-z-]+' names topic 'nergens'"))));

    const auto missing = test::runProgram({ QStringLiteral("--check-content"), QStringLiteral("/nonexistent") });
    CHECK(missing.exitCode == 1);
}

TEST_CASE("bad arguments and unsafe environments exit 2 with a message")
{
    auto result = test::runProgram({ QStringLiteral("--limit"), QStringLiteral("many"), QStringLiteral("--search"), QStringLiteral("x") });
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--limit")));
    result = test::runProgram({ QStringLiteral("--search"), QStringLiteral("x") }, { QStringLiteral("QT_QPA_GENERIC_PLUGINS=tuiotouch") });
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("QT_QPA_GENERIC_PLUGINS")));
    result = test::runProgram({ QStringLiteral("-platform"), QStringLiteral("vnc") });
    CHECK(result.exitCode == 2);
}

TEST_CASE("help and version")
{
    const auto help = test::runProgram({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    for (const char *option : { "--kiosk", "--search", "--list", "--check-content", "--lang", "--handout", "--open",
                                "--review-sheet", "--make-signing-key", "--sign-pack", "--key" })
        CHECK(help.out.contains(QString::fromLatin1(option)));
    const auto version = test::runProgram({ QStringLiteral("--version") });
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("meldpunt-kiosk ")));
}

TEST_CASE("the window starts and exits after its first frame")
{
    const auto result = test::runProgram({ QStringLiteral("--quit-after-first-paint") });
    CHECK(result.exitCode == 0);
}

TEST_CASE("the program links no network library")
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), { QStringLiteral("-d"), QStringLiteral(MELDPUNT_BINARY) });
    REQUIRE(readelf.waitForFinished(30000));
    const QString dynamic = QString::fromUtf8(readelf.readAllStandardOutput());
    CHECK(dynamic.contains(QStringLiteral("libQt6Widgets")));
    CHECK_FALSE(dynamic.contains(QStringLiteral("Network")));
    CHECK_FALSE(dynamic.contains(QStringLiteral("curl")));

    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), { QStringLiteral(MELDPUNT_BINARY) });
    REQUIRE(ldd.waitForFinished(30000));
    CHECK_FALSE(QString::fromUtf8(ldd.readAllStandardOutput()).contains(QStringLiteral("Network")));
}

TEST_CASE("handout writes a PDF of the chosen entries and cards")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    const auto result = test::runProgram({ QStringLiteral("--handout"), QStringLiteral("anoniem-melden,helpwanted"),
                                           QStringLiteral("--output"), pdf },
                                         { QStringLiteral("QT_QPA_PLATFORM=") });
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(file.size() > 5000);
}

TEST_CASE("handout refuses an unknown id or an unwritable file and keeps what was there")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("keep.pdf"));
    test::writeFile(pdf, QStringLiteral("earlier handout"));
    auto result = test::runProgram({ QStringLiteral("--handout"), QStringLiteral("anoniem-melden,bestaat-niet"),
                                     QStringLiteral("--output"), pdf });
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("'bestaat-niet'")));
    CHECK(test::readFile(pdf) == u"earlier handout");

    result = test::runProgram({ QStringLiteral("--handout"), QStringLiteral("anoniem-melden"), QStringLiteral("--output"),
                                QStringLiteral("/nonexistent-folder/h.pdf") });
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("cannot write")));
}

TEST_CASE("review sheet: the content owner's sheet in Dutch, and the content's approval in check-content")
{
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("review.html"));
    const auto result = test::runProgram({ QStringLiteral("--review-sheet"), QStringLiteral("--output"), html });
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString sheet = test::readFile(html);
    CHECK(sheet.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(sheet.contains(QStringLiteral("Kan ik ook virtueel materiaal melden?")));
    CHECK(sheet.contains(QStringLiteral("Nog niet goedgekeurd")));

    const auto refused = test::runProgram({ QStringLiteral("--review-sheet"), QStringLiteral("--output"), dir.path() });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not a regular file")));

    const auto check = test::runProgram({ QStringLiteral("--check-content"), QStringLiteral(MELDPUNT_SOURCE_DIR "/resources/content") });
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("nl: not approved by the content owner yet")));
}

TEST_CASE("every mode runs under the sandbox from before its first socket, and starts no other program")
{
    if (QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty()) {
        WARN("strace is not installed: skipped");
        return;
    }
    QTemporaryDir output;
    const QList<QStringList> modes { { QStringLiteral("--search"), QStringLiteral("anoniem") },
                                     { QStringLiteral("--list") },
                                     { QStringLiteral("--version") },
                                     { QStringLiteral("--handout"), QStringLiteral("anoniem-melden"),
                                       QStringLiteral("--output"), output.filePath(QStringLiteral("h.pdf")) },
                                     { QStringLiteral("--quit-after-first-paint") },
                                     { QStringLiteral("--kiosk"), QStringLiteral("--quit-after-first-paint") } };
    for (const QStringList &mode : modes) {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("strace.log"));
        // On the sanitize build: LeakSanitizer's check at exit attaches to the process's
        // threads with ptrace, which fails while strace traces them.
        const QStringList noLeakCheck { QStringLiteral("ASAN_OPTIONS=") + qEnvironmentVariable("ASAN_OPTIONS")
                                        + QStringLiteral(":detect_leaks=0") };
        const auto result = test::runProgram(QStringList { QStringLiteral("-f"), QStringLiteral("-e"),
                                                           QStringLiteral("trace=seccomp,socket,execve"),
                                                           QStringLiteral("-o"), log, QStringLiteral(MELDPUNT_BINARY) }
                                                 + mode,
                                             noLeakCheck, {}, QStringLiteral("strace"));
        INFO(mode.join(u' ').toStdString() << "\n" << result.err.toStdString());
        CHECK(result.exitCode == 0);
        const QString trace = test::readFile(log);
        const qsizetype filter = trace.indexOf(QStringLiteral("SECCOMP_SET_MODE_FILTER"));
        CHECK(filter >= 0);
        // No socket at all before the filter (the display and the bus come after it).
        const qsizetype firstSocket = trace.indexOf(QStringLiteral("socket("));
        CHECK((firstSocket < 0 || firstSocket > filter));
        CHECK_FALSE(trace.contains(QStringLiteral("socket(AF_INET")));
        CHECK_FALSE(trace.contains(QStringLiteral("socket(AF_INET6")));
        CHECK(trace.count(QStringLiteral("execve(")) == 1);
    }
}
