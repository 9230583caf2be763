// Files that are not files: FIFOs, devices, folders and symlinks to them, made in a temporary
// folder (never a real device of the machine).
#include "SafeFile.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace meldpunt;

namespace {

/// A FIFO, a /dev/zero and a /dev/null character device, a folder, and symlinks to each.
struct Specials
{
    QTemporaryDir dir;
    QString fifo = dir.filePath(QStringLiteral("fifo"));
    QString zero = dir.filePath(QStringLiteral("zero"));
    QString null = dir.filePath(QStringLiteral("null"));
    QString folder = dir.filePath(QStringLiteral("folder"));
    bool devices = false; ///< mknod needs root (the sessions and CI run as root)

    Specials()
    {
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        devices = ::mknod(QFile::encodeName(zero).constData(), S_IFCHR | 0600, makedev(1, 5)) == 0
            && ::mknod(QFile::encodeName(null).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0;
        REQUIRE(QDir().mkdir(folder));
        for (const QString &target : { fifo, zero, null, folder })
            QFile::link(target, target + QStringLiteral(".link"));
    }
    QStringList all() const
    {
        QStringList paths { fifo, folder, fifo + QStringLiteral(".link"), folder + QStringLiteral(".link") };
        if (devices)
            paths << zero << null << zero + QStringLiteral(".link") << null + QStringLiteral(".link");
        return paths;
    }
};

} // namespace

TEST_CASE("a regular file is read whole, and one over the limit is refused after limit + 1 bytes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
    test::writeFile(path, QStringLiteral("[kiosk]\n"));
    const SafeFile::Result read = SafeFile::readRegular(path, 8);
    CHECK(read.ok());
    CHECK(read.bytes == "[kiosk]\n");
    const SafeFile::Result tooLarge = SafeFile::readRegular(path, 7);
    CHECK(tooLarge.problem == SafeFile::Problem::TooLarge);
    CHECK(tooLarge.error == u"larger than 7 bytes");
    CHECK(tooLarge.bytes.isEmpty());
    const QString link = dir.filePath(QStringLiteral("link.conf"));
    REQUIRE(QFile::link(path, link));
    CHECK(SafeFile::readRegular(link, 64).bytes == "[kiosk]\n"); // a symlink to a regular file is fine
    CHECK(SafeFile::readRegular(dir.filePath(QStringLiteral("none")), 64).problem == SafeFile::Problem::Missing);
    CHECK(SafeFile::readRegular(QStringLiteral(":/content/nl/language.txt"), 4096).ok());
    CHECK(SafeFile::readRegular(QStringLiteral(":/content/nl/faq.txt"), 10).problem == SafeFile::Problem::TooLarge);
}

TEST_CASE("a FIFO, a device, a folder and symlinks to them are refused at once, never read")
{
    Specials specials;
    for (const QString &path : specials.all()) {
        INFO(path.toStdString());
        const SafeFile::Result result = SafeFile::readRegular(path, 1024);
        CHECK(result.problem == SafeFile::Problem::NotRegular);
        CHECK(result.error.endsWith(u", not a regular file"));
    }
    CHECK(SafeFile::readRegular(specials.fifo, 10).error == u"a FIFO (named pipe), not a regular file");
    CHECK(SafeFile::readRegular(specials.folder, 10).error == u"a folder, not a regular file");
    if (specials.devices)
        CHECK(SafeFile::readRegular(specials.zero, 10).error == u"a device, not a regular file");
}

TEST_CASE("an output is a regular file or a new path; a device, FIFO, folder or link to one is refused")
{
    Specials specials;
    CHECK(SafeFile::checkOutput(specials.dir.filePath(QStringLiteral("new.pdf"))).isEmpty());
    const QString existing = specials.dir.filePath(QStringLiteral("old.pdf"));
    test::writeFile(existing, QStringLiteral("x"));
    CHECK(SafeFile::checkOutput(existing).isEmpty());
    for (const QString &path : specials.all()) {
        INFO(path.toStdString());
        CHECK(SafeFile::checkOutput(path).contains(u"only a regular file or a new path is written"));
    }
    if (specials.devices)
        CHECK(SafeFile::checkOutput(specials.null + QStringLiteral(".link"))
                  .startsWith(u"a symbolic link to a device, not to a regular file"));
    const QString dangling = specials.dir.filePath(QStringLiteral("dangling"));
    REQUIRE(QFile::link(specials.dir.filePath(QStringLiteral("nowhere")), dangling));
    CHECK(SafeFile::checkOutput(dangling).startsWith(u"a symbolic link to nothing"));
}

TEST_CASE("a new file is created with its permissions, and nothing that exists is replaced")
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("key"));
    CHECK(SafeFile::createNew(key, "secret\n", 0600).isEmpty());
    CHECK(test::readFile(key) == u"secret\n");
    struct stat status {};
    REQUIRE(::stat(QFile::encodeName(key).constData(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0600);
    CHECK(SafeFile::createNew(key, "other\n", 0600).startsWith(u"it exists already"));
    CHECK(test::readFile(key) == u"secret\n");
    const QString link = dir.filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("target")), link));
    CHECK(SafeFile::createNew(link, "x", 0600).startsWith(u"it exists already"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("target"))));
}
