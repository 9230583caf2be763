// Signed content packs end to end, as an administrator makes and deploys them (issue 9): a key,
// a signature, the config's trusted-key, and a pack whose English phone number 0800-2000 was
// changed to 0800-9000 after signing: refused where a signature is required (kiosk mode, or
// require-signed-content), with the built-in content (0800-2000) listed instead.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace meldpunt;

namespace {

/// A key, a signed copy of the real pack and a config that trusts the key, in a temporary folder.
struct SignedPack
{
    QTemporaryDir dir;
    QString key = dir.filePath(QStringLiteral("signing.key"));
    QString pack = dir.filePath(QStringLiteral("content.rcc"));
    QString strict = dir.filePath(QStringLiteral("strict.conf"));
    QString trusting = dir.filePath(QStringLiteral("trusting.conf"));
    QString trustedKeyLine;

    SignedPack()
    {
        const auto made = test::runProgram({ QStringLiteral("--make-signing-key"), key });
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        trustedKeyLine = made.out.trimmed();
        REQUIRE(trustedKeyLine.startsWith(u"trusted-key = "));
        test::writeBytes(pack, test::readBytes(QStringLiteral(MELDPUNT_CONTENT_PACK)));
        const auto signedPack = test::runProgram({ QStringLiteral("--sign-pack"), pack, QStringLiteral("--key"), key });
        INFO(signedPack.err.toStdString());
        REQUIRE(signedPack.exitCode == 0);
        CHECK(signedPack.out == pack + u".sig: signed by key " + trustedKeyLine.mid(14) + u'\n');
        test::writeFile(trusting, u"[kiosk]\n" + trustedKeyLine + u'\n');
        test::writeFile(strict, u"[kiosk]\n" + trustedKeyLine + u"\nrequire-signed-content = yes\n");
    }

    /// Changes the English 0800-2000 of Veilig Thuis's card to 0800-9000: one byte, and still
    /// sound content (its evidence is a page, so no check against the FAQ's text catches it).
    void alter()
    {
        QByteArray bytes = test::readBytes(pack);
        const qsizetype at = bytes.indexOf("0800-2000 (free,");
        REQUIRE(at > 0);
        bytes[at + 5] = '9';
        test::writeBytes(pack, bytes);
    }

    test::ProcessResult listEnglish(const QString &config) const
    {
        return test::runProgram({ QStringLiteral("--list"), QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("--config"), config, QStringLiteral("--content"), pack });
    }
};

} // namespace

TEST_CASE("a signing key is a new file of mode 0600, and an existing path or a FIFO is never written")
{
    SignedPack signedPack;
    struct stat status {};
    REQUIRE(::stat(QFile::encodeName(signedPack.key).constData(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0600);
    CHECK(test::readBytes(signedPack.key).contains("# trusted-key = "));

    const QByteArray before = test::readBytes(signedPack.key);
    const auto again = test::runProgram({ QStringLiteral("--make-signing-key"), signedPack.key });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"it exists already"));
    CHECK(test::readBytes(signedPack.key) == before);

    const QString fifo = signedPack.dir.filePath(QStringLiteral("fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK(test::runProgram({ QStringLiteral("--make-signing-key"), fifo }).exitCode == 1);
    const auto fifoKey = test::runProgram({ QStringLiteral("--sign-pack"), signedPack.pack, QStringLiteral("--key"), fifo });
    CHECK(fifoKey.exitCode == 1);
    CHECK(fifoKey.err.contains(u"a FIFO (named pipe), not a regular file"));
}

TEST_CASE("check-content reports a pack's signature: valid by a trusted key, untrusted, bad")
{
    SignedPack signedPack;
    const auto valid = test::runProgram({ QStringLiteral("--check-content"), signedPack.pack,
                                          QStringLiteral("--config"), signedPack.trusting });
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.contains(signedPack.pack + u": signature: valid, by trusted key " + signedPack.trustedKeyLine.mid(14)));

    const auto untrusted = test::runProgram({ QStringLiteral("--check-content"), signedPack.pack,
                                              QStringLiteral("--config"), QStringLiteral("/nonexistent.conf") });
    CHECK(untrusted.exitCode == 0);
    CHECK(untrusted.out.contains(u"which the configuration does not trust"));
    CHECK(untrusted.out.contains(u"kiosk mode refuses this pack"));

    signedPack.alter();
    const auto bad = test::runProgram({ QStringLiteral("--check-content"), signedPack.pack,
                                        QStringLiteral("--config"), signedPack.trusting });
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains(signedPack.pack + u".sig: the signature does not match the pack"));
}

TEST_CASE("a pack altered after signing is refused and the built-in content is listed instead")
{
    SignedPack signedPack;
    const auto good = signedPack.listEnglish(signedPack.strict);
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.err.isEmpty());
    CHECK(good.out.contains(u"\"value\":\"0800-2000\""));

    signedPack.alter();
    const auto altered = signedPack.listEnglish(signedPack.strict);
    CHECK(altered.exitCode == 0);
    CHECK(altered.err.contains(signedPack.pack + u".sig: the signature does not match the pack"));
    CHECK(altered.err.contains(u"the content pack " + signedPack.pack + u" is refused; using the built-in content"));
    CHECK(altered.out.contains(u"\"value\":\"0800-2000\""));
    CHECK_FALSE(altered.out.contains(u"0800-9000"));

    // Without its signature the change would show: the workstation takes an unsigned pack with
    // a warning, and a config that requires a signature refuses it.
    QFile::remove(signedPack.pack + u".sig");
    const auto unsignedPack = signedPack.listEnglish(signedPack.trusting);
    CHECK(unsignedPack.err.contains(u"the pack is not signed; it is used because this is not kiosk mode"));
    CHECK(unsignedPack.out.contains(u"\"value\":\"0800-9000\""));
    const auto strictUnsigned = signedPack.listEnglish(signedPack.strict);
    CHECK(strictUnsigned.err.contains(u"the pack is not signed (no content.rcc.sig)"));
    CHECK(strictUnsigned.out.contains(u"\"value\":\"0800-2000\""));
    CHECK_FALSE(strictUnsigned.out.contains(u"0800-9000"));
}

TEST_CASE("kiosk mode takes a pack signed by a trusted key and refuses an altered, unsigned or FIFO pack")
{
    SignedPack signedPack;
    auto kiosk = [&](const QString &pack) {
        return test::runProgram({ QStringLiteral("--kiosk"), QStringLiteral("--config"), signedPack.trusting,
                                  QStringLiteral("--content"), pack, QStringLiteral("--quit-after-first-paint") });
    };
    const auto good = kiosk(signedPack.pack);
    CHECK(good.exitCode == 0);
    CHECK_FALSE(good.err.contains(u"refused"));

    signedPack.alter();
    const auto altered = kiosk(signedPack.pack);
    CHECK(altered.exitCode == 0);
    CHECK(altered.err.contains(u"the signature does not match the pack"));
    CHECK(altered.err.contains(u"is refused; using the built-in content"));

    QFile::remove(signedPack.pack + u".sig");
    const auto unsignedPack = kiosk(signedPack.pack);
    CHECK(unsignedPack.exitCode == 0);
    CHECK(unsignedPack.err.contains(u"the pack is not signed (no content.rcc.sig); kiosk mode takes only"));

    const QString fifo = signedPack.dir.filePath(QStringLiteral("fifo.rcc"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto fromFifo = kiosk(fifo);
    CHECK(fromFifo.exitCode == 0);
    CHECK(fromFifo.err.contains(fifo + u": a FIFO (named pipe), not a regular file"));
}

TEST_CASE("every truncation of the real pack is refused by the program with a message, and it lists the built-in content")
{
    QTemporaryDir dir;
    const QByteArray pack = test::readBytes(QStringLiteral(MELDPUNT_CONTENT_PACK));
    const QString cut = dir.filePath(QStringLiteral("cut.rcc"));
    for (const qsizetype length : { qsizetype(4096), qsizetype(65536), pack.size() - 64, pack.size() - 1 }) {
        INFO("cut to " << length);
        test::writeBytes(cut, pack.left(length));
        const auto checked = test::runProgram({ QStringLiteral("--check-content"), cut });
        CHECK(checked.exitCode == 1);
        CHECK(checked.out.startsWith(cut + u": not a sound content pack: "));
        const auto listed = test::runProgram({ QStringLiteral("--list"), QStringLiteral("--lang"), QStringLiteral("en"),
                                               QStringLiteral("--content"), cut });
        CHECK(listed.exitCode == 0);
        CHECK(listed.err.contains(u"is refused; using the built-in content"));
        CHECK(listed.out.contains(u"\"value\":\"0800-2000\""));
    }
}

TEST_CASE("the handout refuses a device, a FIFO or a link to a device as output, and leaves it untouched")
{
    QTemporaryDir dir;
    const QString null = dir.filePath(QStringLiteral("null"));
    const bool devices = ::mknod(QFile::encodeName(null).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0;
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QStringList outputs { fifo, dir.path() };
    if (devices) {
        const QString link = dir.filePath(QStringLiteral("link.pdf"));
        REQUIRE(QFile::link(null, link));
        outputs << null << link;
    }
    for (const QString &output : outputs) {
        INFO(output.toStdString());
        const auto result = test::runProgram({ QStringLiteral("--handout"), QStringLiteral("helpwanted"),
                                               QStringLiteral("--output"), output });
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(u"only a regular file or a new path is written"));
    }
    if (devices) {
        struct stat status {};
        REQUIRE(::lstat(QFile::encodeName(null).constData(), &status) == 0);
        CHECK(S_ISCHR(status.st_mode)); // still the device node, not a PDF
    }
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size() == (devices ? 3 : 1));
}
