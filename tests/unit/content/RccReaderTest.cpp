// Our own reader of .rcc files: the real packs pass, every truncation and every crafted
// header or tree is refused with a message (issue 15: Qt's reader crashed on them).
#include "ContentPack.h"
#include "RccReader.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

using namespace meldpunt;

namespace {

QByteArray readPack(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray realPack()
{
    return readPack(QStringLiteral(MELDPUNT_CONTENT_PACK));
}

QString testPack(const char *name)
{
    return QStringLiteral(MELDPUNT_TEST_PACKS "/") + QLatin1String(name);
}

void put32(QByteArray &bytes, qsizetype offset, quint32 value)
{
    qToBigEndian(value, bytes.data() + offset);
}

quint32 get32(const QByteArray &bytes, qsizetype offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

const RccReader::File *find(const RccReader::Result &result, const QString &path)
{
    for (const RccReader::File &file : result.files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the real pack and its uncompressed, zlib and zstd twins are read whole")
{
    for (const auto &[path, compression] :
         { std::pair { QStringLiteral(MELDPUNT_CONTENT_PACK), RccReader::Compression::None },
           std::pair { testPack("uncompressed.rcc"), RccReader::Compression::None },
           std::pair { testPack("zstd.rcc"), RccReader::Compression::Zstd },
           std::pair { testPack("zlib.rcc"), RccReader::Compression::Zlib } }) {
        INFO(path.toStdString());
        const RccReader::Result result = RccReader::read(readPack(path));
        INFO(result.error.toStdString());
        REQUIRE(result.ok());
        CHECK(result.version == 3);
        const RccReader::File *faq = find(result, QStringLiteral("content/nl/faq.txt"));
        REQUIRE(faq);
        CHECK(faq->compression == compression);
        QFile builtIn(QStringLiteral(":/content/nl/faq.txt"));
        CHECK(faq->size == builtIn.size());
        CHECK(find(result, QStringLiteral("content/en/meldpunt-kiosk.qm")));
        CHECK(result.files.size() >= 10);
    }
}

TEST_CASE("names carry Qt's hash")
{
    CHECK(RccReader::nameHash(QStringLiteral("nl")) == 1868);
    CHECK(RccReader::nameHash(QString()) == 0);
}

TEST_CASE("every truncation of the real pack is refused with a message, by the reader and by ContentPack")
{
    QByteArray pack = realPack();
    SECTION("the real pack") {}
    SECTION("its zstd twin") { pack = readPack(testPack("zstd.rcc")); }
    SECTION("its zlib twin") { pack = readPack(testPack("zlib.rcc")); }
    QList<qsizetype> lengths;
    for (qsizetype length = 0; length < pack.size(); length += 4096)
        lengths << length;
    for (qsizetype cut = 1; cut <= 64; ++cut)
        lengths << pack.size() - cut;
    for (qsizetype length = 1; length < 32; ++length)
        lengths << length;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.rcc"));
    const int registered = ContentPack::registeredPacks();
    for (const qsizetype length : lengths) {
        INFO("cut to " << length << " of " << pack.size() << " bytes");
        const RccReader::Result result = RccReader::read(pack.left(length));
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.error.isEmpty());
        CHECK(result.files.isEmpty());
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(pack.left(length));
        file.close();
        const ContentPack::Result loaded = ContentPack::load(path);
        CHECK_FALSE(loaded.ok());
        REQUIRE(loaded.diagnostics.size() == 1);
        CHECK(loaded.diagnostics[0].file == path);
    }
    CHECK(ContentPack::registeredPacks() == registered);
}

TEST_CASE("crafted headers and trees are refused, each with its reason")
{
    const QByteArray pack = realPack();
    const quint32 tree = get32(pack, 8);

    QByteArray notRcc = pack;
    notRcc[0] = 'P';
    CHECK(RccReader::read(notRcc).error.startsWith(u"not a Qt resource file (.rcc)"));

    QByteArray version = pack;
    put32(version, 4, 4);
    CHECK(RccReader::read(version).error == u"rcc format version 4 is not one this program reads (1 to 3)");

    for (const qsizetype field : { 8, 12, 16 }) {
        QByteArray offset = pack;
        put32(offset, field, quint32(pack.size()));
        CHECK(RccReader::read(offset).error.contains(u"offset"));
        put32(offset, field, 0xffffffffu);
        CHECK_FALSE(RccReader::read(offset).ok());
    }

    QByteArray features = pack;
    put32(features, 20, 0x80);
    CHECK(RccReader::read(features).error.startsWith(u"the header declares unknown features"));

    // The root's first child is the root itself: a cycle.
    QByteArray cycle = pack;
    put32(cycle, tree + 10, 0);
    CHECK_FALSE(RccReader::read(cycle).ok());
    put32(cycle, tree + 10, get32(pack, tree + 10));
    put32(cycle, tree + 6, get32(pack, tree + 6) + 1); // one child more: reaches a grandchild twice
    CHECK_FALSE(RccReader::read(cycle).ok());

    QByteArray children = pack;
    put32(children, tree + 6, 0x7fffffff);
    CHECK_FALSE(RccReader::read(children).ok());

    QByteArray rootIsFile = pack;
    rootIsFile[tree + 5] = 0;
    CHECK(RccReader::read(rootIsFile).error == u"the root of the tree is not a folder");

    QByteArray unknownFlag = pack;
    unknownFlag[tree + 5] = char(0x12);
    CHECK(RccReader::read(unknownFlag).error.startsWith(u"node 0: unknown flags"));

    // Every byte of the root's first child, flipped one at a time, is either harmless or refused.
    const quint32 child = tree + get32(pack, tree + 10) * 22;
    for (quint32 at = child; at < child + 14; ++at) {
        QByteArray flipped = pack;
        flipped[at] = char(flipped[at] ^ 0x41);
        const RccReader::Result result = RccReader::read(flipped);
        CHECK((result.ok() || !result.error.isEmpty()));
    }
}

TEST_CASE("the limits on nodes and depth hold")
{
    const QByteArray pack = realPack();
    RccReader::Limits few;
    few.maxNodes = 3;
    CHECK(RccReader::read(pack, few).error == u"more than 3 files and folders");
    RccReader::Limits shallow;
    shallow.maxDepth = 1;
    CHECK(RccReader::read(pack, shallow).error.contains(u"nested deeper than 1"));
    RccReader::Limits small;
    small.maxFileSize = 1000;
    CHECK(RccReader::read(pack, small).error.contains(u"larger than"));
}

TEST_CASE("every regression input from fuzzing is refused without a crash")
{
    const QDir dir(QStringLiteral(MELDPUNT_TEST_DATA "/packs"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.rcc") }, QDir::Files)) {
        INFO(name.toStdString());
        const RccReader::Result result = RccReader::read(readPack(dir.filePath(name)));
        CHECK_FALSE(result.ok());
    }
}
