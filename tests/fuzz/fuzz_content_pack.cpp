// Any bytes as a content pack (.rcc): RccReader accepts it or refuses it with a message, and
// whatever it accepts Qt can register and read whole (every file, compressed or not) without
// a crash; the content loader then reports its problems. Issue 15: Qt's own reader crashed on
// 93 of 400 simple mutants of the real pack.
#include "ContentLoader.h"
#include "RccReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QResource>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

std::string readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

void put32(std::string &bytes, size_t offset, quint32 value)
{
    if (offset + 4 > bytes.size())
        return;
    for (int i = 0; i < 4; ++i)
        bytes[offset + size_t(i)] = char(value >> (24 - 8 * i));
}

quint32 get32(const std::string &bytes, size_t offset)
{
    quint32 value = 0;
    for (size_t i = 0; i < 4 && offset + i < bytes.size(); ++i)
        value = (value << 8) | uchar(bytes[offset + i]);
    return value;
}

/// With MELDPUNT_FUZZ_STATS set, how many inputs were accepted and refused (for the report).
struct Stats
{
    long accepted = 0;
    long refused = 0;
    ~Stats()
    {
        if (std::getenv("MELDPUNT_FUZZ_STATS"))
            std::fprintf(stderr, "packs accepted: %ld, refused with a message: %ld\n", accepted,
                         refused);
    }
} stats;

} // namespace

/// The real pack, every truncation at a 4 KiB boundary and of its last 1 to 64 bytes, crafted
/// header and tree offsets, and every regression input in tests/data/packs.
std::vector<std::string> fuzzSeeds()
{
    const std::string pack = readFile(QStringLiteral(MELDPUNT_CONTENT_PACK));
    std::vector<std::string> seeds { pack };
    for (size_t length = 0; length < pack.size(); length += 4096)
        seeds.push_back(pack.substr(0, length));
    for (size_t cut = 1; cut <= 64 && cut <= pack.size(); ++cut)
        seeds.push_back(pack.substr(0, pack.size() - cut));
    const quint32 tree = get32(pack, 8);
    for (const size_t field : { size_t(4), size_t(8), size_t(12), size_t(16), size_t(20) }) {
        for (const quint32 value :
             { 0u, 1u, 3u, 20u, quint32(pack.size() - 1), quint32(pack.size()), 0x7fffffffu,
               0xffffffffu, get32(pack, field) + 22, get32(pack, field) - 1 }) {
            std::string mutant = pack;
            put32(mutant, field, value);
            seeds.push_back(mutant);
        }
    }
    // The root and its first children: counts, first child, names and data offsets.
    for (size_t node = 0; node < 4; ++node) {
        for (const size_t field : { size_t(0), size_t(6), size_t(10) }) {
            for (const quint32 value : { 0u, 1u, 2u, 0xffffu, 0x7fffffffu, 0xffffffffu }) {
                std::string mutant = pack;
                put32(mutant, tree + node * 22 + field, value);
                seeds.push_back(mutant);
            }
        }
    }
    const QDir regressions(QStringLiteral(MELDPUNT_PACK_REGRESSIONS));
    for (const QString &name : regressions.entryList({ QStringLiteral("*.rcc") }, QDir::Files))
        seeds.push_back(readFile(regressions.filePath(name)));
    return seeds;
}

#ifdef MELDPUNT_LIBFUZZER
/// For libFuzzer, which takes its seeds from a folder: MELDPUNT_FUZZ_WRITE_SEEDS=DIR writes them
/// there and exits (make fuzz).
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const char *folder = std::getenv("MELDPUNT_FUZZ_WRITE_SEEDS");
    if (!folder)
        return 0;
    int number = 0;
    for (const std::string &seed : fuzzSeeds()) {
        QFile file(QFile::decodeName(folder) + QStringLiteral("/seed-%1.rcc").arg(++number, 3, 10, QLatin1Char('0')));
        if (file.open(QIODevice::WriteOnly))
            file.write(seed.data(), qint64(seed.size()));
    }
    std::printf("%d seeds written to %s\n", number, folder);
    std::exit(0);
}
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication application(argc, argv);

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const meldpunt::RccReader::Result result = meldpunt::RccReader::read(bytes);
    if (!result.ok()) {
        if (result.error.isEmpty() || !result.files.isEmpty())
            __builtin_trap(); // a refusal says why, and lists nothing
        ++stats.refused;
        return 0;
    }
    ++stats.accepted;
    // What the reader accepts, Qt reads whole.
    const uchar *buffer = reinterpret_cast<const uchar *>(bytes.constData());
    const QString mountPoint = QStringLiteral("/fuzz");
    if (!QResource::registerResource(buffer, mountPoint))
        return 0;
    {
        qint64 files = 0;
        QDirIterator it(QStringLiteral(":/fuzz"), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                file.readAll();
            ++files;
        }
        if (files != result.files.size())
            __builtin_trap(); // Qt sees the same files as the reader
        if (QDir(QStringLiteral(":/fuzz/content")).exists())
            meldpunt::ContentLoader::load(QStringLiteral(":/fuzz/content"), QStringLiteral("pack"));
        QResource::unregisterResource(buffer, mountPoint);
    }
    return 0;
}
