#include "SafeFile.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace meldpunt {

namespace {

/// What a file of this type is, for a message: "a FIFO (named pipe)".
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("a folder");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO (named pipe)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a file");
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Closes a descriptor when it goes out of scope.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

SafeFile::Result failure(SafeFile::Problem problem, const QString &error)
{
    SafeFile::Result result;
    result.problem = problem;
    result.error = error;
    return result;
}

SafeFile::Result tooLarge(qint64 maxBytes)
{
    return failure(SafeFile::Problem::TooLarge, QStringLiteral("larger than %1").arg(SafeFile::sizeText(maxBytes)));
}

/// A resource is in memory and is never a FIFO or a device: Qt reads it.
SafeFile::Result readResource(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.exists())
        return failure(SafeFile::Problem::Missing, QStringLiteral("no such file"));
    if (!file.open(QIODevice::ReadOnly))
        return failure(SafeFile::Problem::Unreadable, QStringLiteral("cannot read it: %1").arg(file.errorString()));
    SafeFile::Result result;
    result.bytes = file.read(maxBytes + 1);
    if (result.bytes.size() > maxBytes)
        return tooLarge(maxBytes);
    return result;
}

} // namespace

QString SafeFile::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

SafeFile::Result SafeFile::readRegular(const QString &path, qint64 maxBytes)
{
    if (path.startsWith(u':'))
        return readResource(path, maxBytes);
    if (path.isEmpty())
        return failure(Problem::Missing, QStringLiteral("no such file"));

    // Never opened when it is not a regular file: opening a device can itself do something
    // (rewind a tape, hang up a modem), and a container may refuse it with a less clear error.
    const QByteArray name = QFile::encodeName(path);
    struct stat named {};
    if (::stat(name.constData(), &named) == 0 && !S_ISREG(named.st_mode))
        return failure(Problem::NotRegular, QStringLiteral("%1, not a regular file").arg(kindOf(named.st_mode)));

    // O_NONBLOCK: should a FIFO be swapped in after that check, opening it must not wait for
    // a writer; fstat then says what was opened, so the check above is not relied on.
    Descriptor file;
    file.fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (file.fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return failure(Problem::Missing, QStringLiteral("no such file"));
        return failure(Problem::Unreadable, QStringLiteral("cannot read it: %1").arg(systemError(error)));
    }
    struct stat status {};
    if (::fstat(file.fd, &status) != 0)
        return failure(Problem::Unreadable, QStringLiteral("cannot read it: %1").arg(systemError(errno)));
    if (!S_ISREG(status.st_mode))
        return failure(Problem::NotRegular, QStringLiteral("%1, not a regular file").arg(kindOf(status.st_mode)));
    if (status.st_size > maxBytes)
        return tooLarge(maxBytes);

    // At most one byte more than the limit, however the file grows while it is read; the
    // buffer starts at the size fstat gave and grows only if the file does.
    const qint64 wanted = maxBytes + 1;
    Result result;
    result.bytes.resize(qsizetype(std::min<qint64>(qint64(status.st_size) + 1, wanted)));
    qint64 total = 0;
    while (total < wanted) {
        if (total == result.bytes.size())
            result.bytes.resize(qsizetype(std::min<qint64>(total * 2, wanted)));
        const ssize_t got = ::read(file.fd, result.bytes.data() + total, size_t(result.bytes.size() - total));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return failure(Problem::Unreadable, QStringLiteral("cannot read it: %1").arg(systemError(errno)));
        }
        if (got == 0)
            break;
        total += got;
    }
    if (total > maxBytes)
        return tooLarge(maxBytes);
    result.bytes.truncate(qsizetype(total));
    return result;
}

QString SafeFile::checkOutput(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat link {};
    if (::lstat(name.constData(), &link) != 0)
        return errno == ENOENT ? QString() : QStringLiteral("cannot use it: %1").arg(systemError(errno));
    if (S_ISREG(link.st_mode))
        return {};
    const QString only = QStringLiteral("only a regular file or a new path is written");
    if (!S_ISLNK(link.st_mode))
        return QStringLiteral("%1, not a regular file; %2").arg(kindOf(link.st_mode), only);
    struct stat target {};
    if (::stat(name.constData(), &target) != 0)
        return QStringLiteral("a symbolic link to nothing; %1").arg(only);
    if (!S_ISREG(target.st_mode))
        return QStringLiteral("a symbolic link to %1, not to a regular file; %2").arg(kindOf(target.st_mode), only);
    return {};
}

QString SafeFile::createNew(const QString &path, const QByteArray &bytes, int permissions)
{
    // O_EXCL with O_CREAT fails on any existing path, a symlink included: nothing is replaced.
    Descriptor file;
    file.fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                     mode_t(permissions));
    if (file.fd < 0) {
        if (errno == EEXIST)
            return QStringLiteral("it exists already; a new file is never written over another");
        return QStringLiteral("cannot create it: %1").arg(systemError(errno));
    }
    // A file that could not be written whole is removed again.
    const auto abandon = [&](const QString &message) {
        ::unlink(QFile::encodeName(path).constData());
        return message;
    };
    // The umask may have removed bits; it never adds any, so this only narrows.
    if (::fchmod(file.fd, mode_t(permissions)) != 0)
        return abandon(QStringLiteral("cannot set its permissions: %1").arg(systemError(errno)));
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t put = ::write(file.fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (put < 0) {
            if (errno == EINTR)
                continue;
            return abandon(QStringLiteral("cannot write it: %1").arg(systemError(errno)));
        }
        written += put;
    }
    if (::fsync(file.fd) != 0)
        return abandon(QStringLiteral("cannot write it: %1").arg(systemError(errno)));
    return {};
}

} // namespace meldpunt
