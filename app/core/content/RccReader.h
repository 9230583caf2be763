#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace meldpunt {

/// Reads the structure of a binary Qt resource file (.rcc, rcc format versions 1 to 3 of Qt 6)
/// as untrusted input, before Qt sees it: Qt's own reader checks only that the three header
/// offsets lie inside the file, and a truncated or crafted pack crashes it. Every node of the
/// tree is walked once from the root, and every offset, length, name, flag and compressed
/// payload is checked against the buffer:
///
///     read(real pack)                 => ok; files "content/nl/faq.txt", ... with their sizes
///     read(real pack minus last byte) => "node 2: its 6 children (from node 10) lie past the end of the file ..."
///     read("PK\3\4...")              => "not a Qt resource file (.rcc): it does not start with 'qres'"
///     read(a tree whose child is its parent) => "node 0 is reached twice ..."
///     read(a zstd payload cut short)  => "content/en/faq.txt: its compressed data is damaged (zstd)"
///     read(a file for one locale only) => "hello.txt: a file for one locale only (territory 256, language 13) ..."
///
/// Layout (big-endian): "qres", version, tree offset, data offset, names offset, and from
/// version 3 the compression features used. A tree node is 14 bytes (22 from version 2, with a
/// time stamp): name offset (4), flags (2), then either child count (4) and first child (4)
/// for a folder, or territory (2), language (2) and data offset (4) for a file. A name is its
/// length in UTF-16 units (2), its hash (4) and the UTF-16 text; a payload is its length (4)
/// and the bytes, compressed with zlib (flag 1, a 4-byte size first) or zstd (flag 4).
class RccReader
{
public:
    struct Limits
    {
        qsizetype maxNodes = 4096;
        int maxDepth = 16;
        qsizetype maxNameLength = 255;
        qint64 maxFileSize = 16 * 1024 * 1024;  ///< uncompressed, per file
        qint64 maxTotalSize = 128 * 1024 * 1024; ///< uncompressed, all files
    };

    enum class Compression { None, Zlib, Zstd };

    struct File
    {
        QString path;     ///< "content/nl/faq.txt"
        qint64 size = 0;  ///< uncompressed
        Compression compression = Compression::None;
    };

    struct Result
    {
        QList<File> files;
        int version = 0;
        QString error; ///< empty when the structure is sound

        bool ok() const { return error.isEmpty(); }
    };

    /// Checks the whole structure; decompresses every compressed payload to check it.
    static Result read(const QByteArray &bytes, const Limits &limits);
    static Result read(const QByteArray &bytes) { return read(bytes, Limits()); }

    /// The hash Qt stores with each name (qt_hash of Qt 6):
    ///     nameHash(u"nl") => 1868
    static quint32 nameHash(const QString &name);
};

} // namespace meldpunt
