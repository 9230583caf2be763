#pragma once

#include <QByteArray>
#include <QString>

namespace meldpunt {

/// Files the program reads or writes, treated as untrusted: only a regular file is read (a
/// FIFO would hang the program, a device such as /dev/zero would fill its memory), and never
/// more than the limit + 1 byte of it. Resource paths (":/...") are read through Qt.
///
///     readRegular("/etc/meldpunt-kiosk/kiosk.conf", 64 KiB) => its bytes
///     readRegular("/tmp/fifo", 64 KiB)      => Problem::NotRegular, "a FIFO (named pipe), not a regular file"
///     readRegular("/dev/zero", 4 MiB)       => Problem::NotRegular, "a device, not a regular file"
///     readRegular("/tmp/big.rcc", 64 MiB)   => Problem::TooLarge, "larger than 64 MiB" (65 MiB on disk)
///     readRegular("/nonexistent", 10)       => Problem::Missing, "no such file"
///     checkOutput("/tmp/new.pdf")           => "" (a new path)
///     checkOutput("/dev/full")              => "a device, not a regular file; ..."
///     createNew("/tmp/key", bytes, 0600)    => "" or why not (an existing path is never replaced)
class SafeFile
{
public:
    enum class Problem { None, Missing, NotRegular, TooLarge, Unreadable };

    struct Result
    {
        QByteArray bytes;
        Problem problem = Problem::None;
        QString error; ///< what is wrong, without the path; empty when read

        bool ok() const { return problem == Problem::None; }
    };

    /// The whole file when it is a regular file (or a symlink to one) of at most maxBytes.
    static Result readRegular(const QString &path, qint64 maxBytes);

    /// Empty when `path` may be written: a regular file (or a symlink to one) or a path that
    /// does not exist yet; else why not. Outputs are then written through QSaveFile.
    static QString checkOutput(const QString &path);

    /// Writes a new file with the given permissions (such as 0600), refusing any path that
    /// exists, a dangling symlink included; empty when written, else why not.
    static QString createNew(const QString &path, const QByteArray &bytes, int permissions);

    /// "64 KiB", "4 MiB": limits in messages.
    static QString sizeText(qint64 bytes);
};

} // namespace meldpunt
