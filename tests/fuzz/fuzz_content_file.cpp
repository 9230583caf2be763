// Any bytes as a content file: the loader reports problems with file:line and never crashes.
#include "ContentLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <string>
#include <vector>

namespace {

/// A copy of the built-in content in a temporary folder, made once.
const QString &contentCopy()
{
    static QTemporaryDir dir;
    static const QString root = [] {
        QDirIterator it(QStringLiteral(":/content"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target = dir.path() + file.mid(QStringLiteral(":/content").size());
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::copy(file, target);
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        }
        return dir.path();
    }();
    return root;
}

} // namespace

std::vector<std::string> fuzzSeeds()
{
    std::vector<std::string> seeds;
    for (const char *name : { "nl/faq.txt", "en/organisations.txt", "nl/language.txt", "nl/synonyms.txt" }) {
        QFile file(QStringLiteral(":/content/") + QString::fromLatin1(name));
        file.open(QIODevice::ReadOnly);
        seeds.push_back(file.readAll().left(6000).toStdString());
    }
    return seeds;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication application(argc, argv);
    const QString root = contentCopy();
    // Alternate the file under test so every reader sees hostile input.
    static const char *files[] = { "nl/faq.txt", "nl/organisations.txt", "en/faq.txt", "nl/language.txt",
                                   "nl/synonyms.txt", "nl/topics.txt" };
    const char *target = files[size % (sizeof files / sizeof *files)];
    const QString path = root + u'/' + QString::fromLatin1(target);
    QFile original(path);
    original.open(QIODevice::ReadOnly);
    const QByteArray saved = original.readAll();
    original.close();
    {
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const auto result = meldpunt::ContentLoader::load(root, QStringLiteral("c"));
    for (const meldpunt::Diagnostic &diagnostic : result.diagnostics) {
        if (diagnostic.file.isEmpty() || diagnostic.message.isEmpty())
            __builtin_trap(); // every problem names its file and says what is wrong
    }
    QFile restore(path);
    restore.open(QIODevice::WriteOnly | QIODevice::Truncate);
    restore.write(saved);
    return 0;
}
