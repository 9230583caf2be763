#include "TestSupport.h"

#include "ContentPack.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace meldpunt::test {

const ContentLibrary &builtInContent()
{
    static const ContentLoader::Result result = ContentPack::loadBuiltIn();
    for (const Diagnostic &diagnostic : result.diagnostics)
        UNSCOPED_INFO(diagnostic.toString());
    REQUIRE(result.ok());
    return result.library;
}

QString dataPath(const QString &name)
{
    return QStringLiteral(MELDPUNT_TEST_DATA) + u'/' + name;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString readFile(const QString &path)
{
    return QString::fromUtf8(readBytes(path));
}

void writeFile(const QString &path, const QString &text)
{
    writeBytes(path, text.toUtf8());
}

ContentCopy::ContentCopy()
{
    QTemporaryDir dir;
    dir.setAutoRemove(false);
    REQUIRE(dir.isValid());
    m_root = dir.path() + QStringLiteral("/content");
    const QString source = QStringLiteral(MELDPUNT_SOURCE_DIR) + QStringLiteral("/resources/content");
    QDirIterator it(source, { QStringLiteral("*.txt") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        writeFile(m_root + file.mid(source.size()), readFile(file));
    }
}

ContentCopy::~ContentCopy()
{
    QDir(QFileInfo(m_root).absolutePath()).removeRecursively();
}

void ContentCopy::replaceInFile(const QString &relative, const QString &before, const QString &after)
{
    QString text = readFile(path(relative));
    REQUIRE(text.contains(before));
    text.replace(text.indexOf(before), before.size(), after);
    writeFile(path(relative), text);
}

void ContentCopy::addLanguage(const QString &code, const QString &qmFile)
{
    const QDir data(dataPath(u"languages/" + code));
    REQUIRE(data.exists());
    for (const QString &name : data.entryList({ QStringLiteral("*.txt") }, QDir::Files))
        writeFile(path(code + u'/' + name), readFile(data.filePath(name)));
    for (const QString &name : { QStringLiteral("faq.txt"), QStringLiteral("organisations.txt") }) {
        if (!QFile::exists(path(code + u'/' + name)))
            writeFile(path(code + u'/' + name), readFile(path(u"en/" + name)));
    }
    REQUIRE(QFile::copy(qmFile, path(code + u"/meldpunt-kiosk.qm")));
}

ProcessResult runProgram(const QStringList &arguments, const QStringList &environment, const QByteArray &input,
                         const QString &wrapper)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &assignment : environment)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(wrapper.isEmpty() ? QStringLiteral(MELDPUNT_BINARY) : wrapper, arguments);
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace meldpunt::test
