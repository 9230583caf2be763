#include "RccReader.h"

#include <QSet>

#include <vector>

#include <zlib.h>
#include <zstd.h>

namespace meldpunt {

namespace {

enum NodeFlag : quint16 { Compressed = 0x01, Directory = 0x02, CompressedZstd = 0x04 };

/// Big-endian numbers at offsets that the caller has checked.
class Bytes
{
public:
    explicit Bytes(const QByteArray &bytes)
        : m_data(reinterpret_cast<const uchar *>(bytes.constData())), m_size(bytes.size())
    {
    }

    qint64 size() const { return m_size; }
    const uchar *at(qint64 offset) const { return m_data + offset; }
    /// True when [offset, offset + length) lies inside the buffer.
    bool holds(qint64 offset, qint64 length) const
    {
        return offset >= 0 && length >= 0 && offset <= m_size && length <= m_size - offset;
    }
    quint16 u16(qint64 offset) const { return quint16((m_data[offset] << 8) | m_data[offset + 1]); }
    quint32 u32(qint64 offset) const
    {
        return (quint32(m_data[offset]) << 24) | (quint32(m_data[offset + 1]) << 16)
            | (quint32(m_data[offset + 2]) << 8) | quint32(m_data[offset + 3]);
    }

private:
    const uchar *m_data;
    qint64 m_size;
};

struct Walker
{
    const Bytes &bytes;
    const RccReader::Limits &limits;
    RccReader::Result &result;
    qint64 tree = 0;
    qint64 names = 0;
    qint64 data = 0;
    qint64 nodeSize = 0;
    qint64 nodesThatFit = 0;
    quint32 features = 0; ///< the compression features the header declares (version 3)
    qint64 totalSize = 0;

    bool fail(const QString &message)
    {
        if (result.error.isEmpty())
            result.error = message;
        return false;
    }

    qint64 nodeOffset(qint64 node) const { return tree + node * nodeSize; }

    /// The node's name, checked: inside the buffer, a sane length and characters, its hash right.
    bool readName(qint64 node, QString &name)
    {
        const qint64 at = names + qint64(bytes.u32(nodeOffset(node)));
        if (!bytes.holds(at, 6))
            return fail(QStringLiteral("node %1: its name lies past the end of the file (truncated or damaged)").arg(node));
        const qint64 length = bytes.u16(at);
        if (length == 0 || length > limits.maxNameLength)
            return fail(QStringLiteral("node %1: a name of %2 characters (1 to %3 allowed)")
                            .arg(node).arg(length).arg(limits.maxNameLength));
        if (!bytes.holds(at + 6, length * 2))
            return fail(QStringLiteral("node %1: its name lies past the end of the file (truncated or damaged)").arg(node));
        name.resize(qsizetype(length));
        for (qint64 i = 0; i < length; ++i)
            name[qsizetype(i)] = QChar(bytes.u16(at + 6 + 2 * i));
        if (name.contains(u'/') || name.contains(QChar(0)) || name == u"." || name == u"..")
            return fail(QStringLiteral("node %1: '%2' is not a file or folder name").arg(node).arg(name));
        if (RccReader::nameHash(name) != bytes.u32(at + 2))
            return fail(QStringLiteral("node %1: the stored hash of '%2' is wrong (damaged)").arg(node).arg(name));
        return true;
    }

    /// A file's payload: inside the buffer, within the limits, and (when compressed) a stream
    /// that decompresses to exactly the size it declares.
    bool checkPayload(qint64 node, quint16 flags, const QString &path)
    {
        const qint64 offset = nodeOffset(node);
        // A file for one locale only is hidden from Qt under every other locale; packs use
        // none (territory AnyTerritory 0, language C 1). Found by fuzzing.
        if (bytes.u16(offset + 6) != 0 || bytes.u16(offset + 8) != 1)
            return fail(QStringLiteral("%1: a file for one locale only (territory %2, language %3); a content pack "
                                       "has none").arg(path).arg(bytes.u16(offset + 6)).arg(bytes.u16(offset + 8)));
        const qint64 at = data + qint64(bytes.u32(offset + 10));
        if (!bytes.holds(at, 4))
            return fail(QStringLiteral("%1: its data lies past the end of the file (truncated or damaged)").arg(path));
        const qint64 length = bytes.u32(at);
        if (!bytes.holds(at + 4, length))
            return fail(QStringLiteral("%1: its %2 bytes of data run past the end of the file (truncated or damaged)")
                            .arg(path).arg(length));
        const uchar *payload = bytes.at(at + 4);
        RccReader::File file { path, length, RccReader::Compression::None };
        if (flags & Compressed) {
            file.compression = RccReader::Compression::Zlib;
            // Qt's qUncompress format: the uncompressed size (4 bytes), then a zlib stream.
            if (length < 4)
                return fail(QStringLiteral("%1: its compressed data is damaged (zlib)").arg(path));
            file.size = Bytes(QByteArray::fromRawData(reinterpret_cast<const char *>(payload), 4)).u32(0);
            if (file.size > limits.maxFileSize)
                return tooLarge(path);
            std::vector<uchar> out(size_t(file.size) + 1);
            uLongf outSize = uLongf(out.size());
            if (uncompress(out.data(), &outSize, payload + 4, uLong(length - 4)) != Z_OK || qint64(outSize) != file.size)
                return fail(QStringLiteral("%1: its compressed data is damaged (zlib)").arg(path));
        } else if (flags & CompressedZstd) {
            file.compression = RccReader::Compression::Zstd;
            const unsigned long long declared = ZSTD_getFrameContentSize(payload, size_t(length));
            if (declared == ZSTD_CONTENTSIZE_ERROR || declared == ZSTD_CONTENTSIZE_UNKNOWN)
                return fail(QStringLiteral("%1: its compressed data is damaged (zstd)").arg(path));
            if (declared > quint64(limits.maxFileSize))
                return tooLarge(path);
            file.size = qint64(declared);
            // One byte more than declared: a stream that holds more does not fit and fails.
            std::vector<uchar> out(size_t(declared) + 1);
            const size_t got = ZSTD_decompress(out.data(), out.size(), payload, size_t(length));
            if (ZSTD_isError(got) || got != declared)
                return fail(QStringLiteral("%1: its compressed data is damaged (zstd)").arg(path));
        } else if (file.size > limits.maxFileSize) {
            return tooLarge(path);
        }
        totalSize += file.size;
        if (totalSize > limits.maxTotalSize)
            return fail(QStringLiteral("the files hold more than %1 in all").arg(sizeText(limits.maxTotalSize)));
        result.files.append(file);
        return true;
    }

    bool tooLarge(const QString &path)
    {
        return fail(QStringLiteral("%1: larger than %2 uncompressed").arg(path, sizeText(limits.maxFileSize)));
    }

    static QString sizeText(qint64 size) { return QStringLiteral("%1 MiB").arg(size / (1024 * 1024)); }

    /// Depth first from the root; every node is reached exactly once (no cycle, no node shared).
    bool walk()
    {
        std::vector<bool> seen(size_t(nodesThatFit), false);
        struct Pending
        {
            qint64 node;
            int depth;
            QString path;
        };
        std::vector<Pending> stack { { 0, 0, QString() } };
        seen[0] = true;
        qsizetype visited = 1;
        while (!stack.empty()) {
            const Pending current = stack.back();
            stack.pop_back();
            const qint64 offset = nodeOffset(current.node);
            const quint16 flags = bytes.u16(offset + 4);
            if (flags & ~quint16(Compressed | Directory | CompressedZstd))
                return fail(QStringLiteral("node %1: unknown flags 0x%2").arg(current.node).arg(flags, 0, 16));
            const bool isRoot = current.node == 0;
            if (!(flags & Directory)) {
                if (isRoot)
                    return fail(QStringLiteral("the root of the tree is not a folder"));
                if ((flags & Compressed) && (flags & CompressedZstd))
                    return fail(QStringLiteral("%1: compressed with both zlib and zstd").arg(current.path));
                if (result.version >= 3 && (flags & ~features & (Compressed | CompressedZstd)))
                    return fail(QStringLiteral("%1: compressed in a way the header does not declare").arg(current.path));
                if (!checkPayload(current.node, flags, current.path))
                    return false;
                continue;
            }
            if (flags & (Compressed | CompressedZstd))
                return fail(QStringLiteral("node %1: a folder cannot be compressed").arg(current.node));
            const qint64 count = bytes.u32(offset + 6);
            const qint64 first = bytes.u32(offset + 10);
            if (count == 0)
                continue;
            if (current.depth + 1 > limits.maxDepth)
                return fail(QStringLiteral("%1: folders nested deeper than %2").arg(current.path).arg(limits.maxDepth));
            if (count > limits.maxNodes || visited + count > limits.maxNodes)
                return fail(QStringLiteral("more than %1 files and folders").arg(limits.maxNodes));
            if (first < 1 || first + count > nodesThatFit)
                return fail(QStringLiteral("node %1: its %2 children (from node %3) lie past the end of the file "
                                           "(truncated or damaged)").arg(current.node).arg(count).arg(first));
            quint32 previousHash = 0;
            QSet<QString> namesSeen; // Qt would show a name given twice (a locale variant) once
            for (qint64 child = first; child < first + count; ++child) {
                if (seen[size_t(child)])
                    return fail(QStringLiteral("node %1 is reached twice (a cycle or a shared node)").arg(child));
                seen[size_t(child)] = true;
                ++visited;
                QString name;
                if (!readName(child, name))
                    return false;
                if (namesSeen.contains(name))
                    return fail(QStringLiteral("node %1: '%2' appears twice in one folder").arg(child).arg(name));
                namesSeen.insert(name);
                // Qt finds a name by a binary search on these hashes.
                const quint32 hash = bytes.u32(names + qint64(bytes.u32(nodeOffset(child))) + 2);
                if (child > first && hash < previousHash)
                    return fail(QStringLiteral("node %1: its children are out of order (damaged)").arg(current.node));
                previousHash = hash;
                stack.push_back({ child, current.depth + 1, isRoot ? name : current.path + u'/' + name });
            }
        }
        return true;
    }
};

} // namespace

quint32 RccReader::nameHash(const QString &name)
{
    quint32 hash = 0;
    for (const QChar character : name) {
        hash = (hash << 4) + character.unicode();
        hash ^= (hash & 0xf0000000) >> 23;
        hash &= 0x0fffffff;
    }
    return hash;
}

RccReader::Result RccReader::read(const QByteArray &buffer, const Limits &limits)
{
    Result result;
    const Bytes bytes(buffer);
    Walker walker { bytes, limits, result };
    if (bytes.size() < 20 || bytes.u32(0) != 0x71726573) { // "qres"
        walker.fail(bytes.size() >= 4 && buffer.startsWith("qres")
                        ? QStringLiteral("the file ends inside the resource header (truncated)")
                        : QStringLiteral("not a Qt resource file (.rcc): it does not start with 'qres'; make "
                                         "one with the content-pack build target"));
        return result;
    }
    result.version = int(bytes.u32(4));
    if (result.version < 1 || result.version > 3) {
        walker.fail(QStringLiteral("rcc format version %1 is not one this program reads (1 to 3)").arg(bytes.u32(4)));
        return result;
    }
    const qint64 headerSize = result.version >= 3 ? 24 : 20;
    if (bytes.size() < headerSize) {
        walker.fail(QStringLiteral("the file ends inside the resource header (truncated)"));
        return result;
    }
    walker.tree = bytes.u32(8);
    walker.data = bytes.u32(12);
    walker.names = bytes.u32(16);
    walker.features = result.version >= 3 ? bytes.u32(20) : 0;
    if (walker.features & ~quint32(Compressed | CompressedZstd)) {
        walker.fail(QStringLiteral("the header declares unknown features 0x%1").arg(walker.features, 0, 16));
        return result;
    }
    for (const auto &[offset, what] : { std::pair { walker.tree, "tree" }, std::pair { walker.data, "data" },
                                        std::pair { walker.names, "names" } }) {
        if (offset < headerSize || offset >= bytes.size()) {
            walker.fail(QStringLiteral("the header's %1 offset %2 lies outside the file (truncated or damaged)")
                            .arg(QLatin1String(what)).arg(offset));
            return result;
        }
    }
    walker.nodeSize = result.version >= 2 ? 22 : 14;
    walker.nodesThatFit = (bytes.size() - walker.tree) / walker.nodeSize;
    if (walker.nodesThatFit < 1) {
        walker.fail(QStringLiteral("the tree lies past the end of the file (truncated)"));
        return result;
    }
    if (!walker.walk())
        result.files.clear();
    return result;
}

} // namespace meldpunt
