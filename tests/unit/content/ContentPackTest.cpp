// A pack is untrusted until every check has passed; a refused pack leaves nothing registered.
#include "ContentPack.h"
#include "SigningKey.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace meldpunt;

namespace {

/// A copy of the uncompressed test pack in a temporary folder, to sign and break.
struct PackCopy
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("content.rcc"));
    QByteArray bytes = test::readBytes(QStringLiteral(MELDPUNT_TEST_PACKS "/uncompressed.rcc"));

    PackCopy() { test::writeBytes(path, bytes); }
    void sign(const SigningKey &key) { test::writeBytes(PackSignature::fileFor(path), PackSignature::sign(bytes, key)); }
};

QString messages(const ContentLoader::Result &result)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : result.diagnostics)
        lines << diagnostic.toString();
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("an unsigned pack is used outside kiosk mode with a warning, and refused where a signature is required")
{
    PackCopy pack;
    const int registered = ContentPack::registeredPacks();
    const ContentPack::Result used = ContentPack::load(pack.path);
    INFO(messages(used).toStdString());
    CHECK(used.ok());
    CHECK(used.isPack);
    CHECK(used.signature.status == PackSignature::Status::Unsigned);
    REQUIRE(used.warnings.size() == 1);
    CHECK(used.warnings[0].startsWith(u"the pack is not signed"));
    CHECK(ContentPack::registeredPacks() == registered + 1);

    const ContentPack::Result refused = ContentPack::load(pack.path, { {}, true });
    CHECK_FALSE(refused.ok());
    CHECK(refused.library.isEmpty());
    CHECK(messages(refused) == pack.path + u": the pack is not signed (no content.rcc.sig); kiosk mode takes only a "
                                              "pack signed by a key that the configuration trusts");
    CHECK(ContentPack::registeredPacks() == registered + 1);
}

TEST_CASE("a pack signed by a trusted key is taken; by another key or altered, it is refused and not registered")
{
    const SigningKey key = SigningKey::generate();
    const SigningKey stranger = SigningKey::generate();
    const ContentPack::Trust kiosk { { key.publicKey() }, true };
    PackCopy pack;
    pack.sign(key);
    const int registered = ContentPack::registeredPacks();

    const ContentPack::Result taken = ContentPack::load(pack.path, kiosk);
    INFO(messages(taken).toStdString());
    CHECK(taken.ok());
    CHECK(taken.signature.status == PackSignature::Status::Valid);
    CHECK(taken.warnings.isEmpty());
    CHECK(ContentPack::registeredPacks() == registered + 1);

    pack.sign(stranger);
    const ContentPack::Result untrusted = ContentPack::load(pack.path, kiosk);
    CHECK_FALSE(untrusted.ok());
    CHECK(messages(untrusted).contains(u"signed by key " + stranger.publicKeyText()
                                       + u", which the configuration does not trust"));
    const ContentPack::Result workstation = ContentPack::load(pack.path, { { key.publicKey() }, false });
    CHECK(workstation.ok());
    CHECK(workstation.warnings.value(0).contains(u"a kiosk would refuse it"));

    // One byte of an English phone number, changed after signing.
    pack.sign(key);
    const qsizetype at = pack.bytes.indexOf("0800-7000");
    REQUIRE(at > 0);
    QByteArray altered = pack.bytes;
    altered[at + 5] = '9';
    test::writeBytes(pack.path, altered);
    const int before = ContentPack::registeredPacks();
    for (const bool required : { true, false }) {
        const ContentPack::Result bad = ContentPack::load(pack.path, { { key.publicKey() }, required });
        CHECK_FALSE(bad.ok());
        CHECK(bad.signature.status == PackSignature::Status::Bad);
        CHECK(messages(bad).startsWith(pack.path + u".sig: the signature does not match the pack"));
    }
    CHECK(ContentPack::registeredPacks() == before);
}

TEST_CASE("a sound .rcc without content is unregistered again; a folder needs no signature only outside kiosk mode")
{
    const int registered = ContentPack::registeredPacks();
    const ContentPack::Result empty = ContentPack::load(QStringLiteral(MELDPUNT_TEST_PACKS "/not-content.rcc"));
    CHECK_FALSE(empty.ok());
    CHECK(messages(empty).contains(u"no language folder"));
    CHECK(ContentPack::registeredPacks() == registered);

    test::ContentCopy copy;
    CHECK(ContentPack::load(copy.root()).ok());
    const ContentPack::Result folder = ContentPack::load(copy.root(), { {}, true });
    CHECK(messages(folder).endsWith(u"a content folder cannot be signed; only a content pack (.rcc) signed by a "
                                    "trusted key is taken here"));
}

TEST_CASE("a FIFO or a folder as a pack's file, or as its signature, is refused without waiting")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pack.rcc"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK(messages(ContentPack::load(fifo)) == fifo + u": a FIFO (named pipe), not a regular file");

    PackCopy pack;
    REQUIRE(::mkfifo(QFile::encodeName(PackSignature::fileFor(pack.path)).constData(), 0600) == 0);
    CHECK(messages(ContentPack::load(pack.path)) == pack.path + u".sig: a FIFO (named pipe), not a regular file");
}
